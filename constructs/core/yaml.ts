import yaml from 'js-yaml';

/**
 * Numbers as YAML 1.1 reads them but YAML 1.2 does not (`1_000`, `+.5`, `0b1_0`, `1:30`).
 * Registering them as an implicit type makes js-yaml quote such strings when it writes them;
 * js-yaml already quotes 1.1 booleans (`on`, `yes`), octals (`0755`), floats and timestamps.
 */
const YAML11_NUMBER = new yaml.Type('tag:illm-lab/yaml11-number', {
  kind: 'scalar',
  resolve: (data: string) =>
    /^[-+]?(0b[0-1_]+|0[0-7_]+|(0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|[1-9][0-9_]*(:[0-5]?[0-9])+)$/.test(data) ||
    /^[-+]?([0-9][0-9_]*)?\.[0-9.]*([eE][-+][0-9]+)?$/.test(data) ||
    /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*$/.test(data),
  construct: (data: string) => data,
});

const SCHEMA = yaml.DEFAULT_SCHEMA.extend({ implicit: [YAML11_NUMBER] });

/**
 * Writes one object as YAML that YAML 1.1 readers (Kubernetes tooling) read back unchanged:
 * every string that 1.1 would take for a boolean, number, null or date is quoted. Keys keep their
 * order, long lines are not folded, and the text ends with one newline.
 */
export function toYaml(value: unknown): string {
  return yaml.dump(value, { schema: SCHEMA, noRefs: true, lineWidth: -1, sortKeys: false });
}
