import jsyaml from 'js-yaml';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { toYaml } from '../constructs/core/yaml';
import { LAB } from '../lab';
import { renderLab } from '../tools/synth/synthesize';

/** A real YAML 1.1 reader: the `yaml` package with the 1.1 core schema, as Kubernetes tooling reads. */
const read11 = (text: string): unknown => parse(text, { version: '1.1' });
/** A YAML 1.2 reader: js-yaml, as the project's own diff and validate read. */
const read12 = (text: string): unknown => jsyaml.load(text);

/** Strings a YAML 1.1 or 1.2 reader would take for a boolean, number, null, date or merge key when unquoted. */
const AMBIGUOUS = [
  'on', 'off', 'On', 'OFF', 'yes', 'no', 'Yes', 'NO', 'y', 'Y', 'n', 'N', 'true', 'True', 'FALSE',
  '0755', '012', '-012', '0o17', '0b1_0', '+0b11', '0x1F', '0x_1f', '12', '+12', '-0', '00', '1_000', '1__0', '1_2:3',
  '1:20', '-1:20', '190:20:30.15', '1.0', '0.', '.5', '+.5', '-.5', '1e3', '1E3', '1e+3', '1.5e-3', '6.8523015e+5',
  '685.230_15e+03', '685_230.15', '.e3', '1.2.3', '.inf', '-.Inf', '+.INF', '.NaN', '.nan',
  '~', 'null', 'Null', 'NULL', '', '<<', '2024-01-01', '2024-1-1', '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5',
];

describe('YAML output read by a YAML 1.1 reader', () => {
  it.each(AMBIGUOUS)('keeps %j a string', (text) => {
    const out = toYaml({ key: text });
    expect(read11(out)).toEqual({ key: text });
    expect(read12(out)).toEqual({ key: text });
  });

  it("needs the project's quoting: js-yaml alone leaves 1.1 numbers plain", () => {
    // If js-yaml ever quotes all of these itself, tools/synth/yaml.ts can drop its extra type.
    const plain = (text: string) => read11(jsyaml.dump({ key: text })) as { key: unknown };
    expect(plain('1_000').key).toBe(1000);
    expect(plain('+.5').key).toBe(0.5);
    expect(plain('0b1_0').key).toBe(2);
    expect(plain('685_230.15').key).toBe(685230.15);
  });

  it('leaves plain words plain and writes multi-line strings as blocks', () => {
    expect(toYaml({ a: 'openbao', b: 'line one\nline two\n', c: 'v1.2' })).toBe('a: openbao\nb: |\n  line one\n  line two\nc: v1.2\n');
  });

  it('reads back every synthesized file as the object it was written from', () => {
    // A render of its own: with isolation off, other files share lab()'s cached objects.
    const { objects, files } = renderLab(LAB);
    expect(objects.length).toBeGreaterThan(100);
    for (const { file, manifest } of objects) {
      expect(read11(files.get(file)!), file).toEqual(manifest);
    }
  });
});
