import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { toYaml } from '../constructs/core/yaml';

/** A reader with YAML 1.1's implicit types, the way Kubernetes tooling reads manifests. */
const YAML11_BOOL = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;

describe('YAML output', () => {
  const ambiguous = ['on', 'off', 'yes', 'no', 'y', 'N', 'True', '0755', '012', '1e3', '1_000', '+.5', '.5', '0x1F', '0b1_0',
    '1:20', '190:20:30.15', '2024-01-01', '2001-12-14t21:59:43.10-05:00', '~', 'null', 'NULL', '.inf', '-.Inf', '.NaN', '12', '1.0'];

  it.each(ambiguous)('quotes %s, which YAML 1.1 would not read as a string', (text) => {
    const out = toYaml({ key: text });
    expect(out).toMatch(/^key: ['"]/);
    expect((yaml.load(out) as { key: unknown }).key).toBe(text);
  });

  it('checks the list against YAML 1.1 booleans', () => {
    for (const word of ambiguous) if (YAML11_BOOL.test(word)) expect(toYaml(word)).toMatch(/^['"]/);
  });

  it('leaves plain strings plain and writes multi-line strings as blocks', () => {
    expect(toYaml({ a: 'openbao', b: 'line one\nline two\n' })).toBe('a: openbao\nb: |\n  line one\n  line two\n');
  });
});
