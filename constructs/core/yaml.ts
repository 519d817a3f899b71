import yaml from 'js-yaml';
import { version as jsYamlVersion } from 'js-yaml/package.json';

/**
 * Plain scalars that a YAML 1.1 reader (Kubernetes tooling) takes for numbers or dates but js-yaml,
 * a 1.2 writer, would leave unquoted: `1_000`, `+.5`, `0b1_0`, `1:30` (base 60), `685.230_15e+03`,
 * `.e3`, `2024-1-1`. Registering them as an implicit type makes js-yaml quote such strings. The
 * patterns are those of the 1.1 type repository (int, float, timestamp) and of the `yaml`
 * package's 1.1 schema, which reads a little more than the spec; `0o17`, a 1.2 octal, is added
 * for 1.2 readers. js-yaml quotes 1.1 booleans, nulls and the common number and date forms itself.
 * test/yaml.test.ts checks every form with the `yaml` package reading as `version: '1.1'` (ADR 0052).
 */
const YAML11_PATTERNS: readonly RegExp[] = [
  /^[-+]?(0b[0-1_]+|0o[0-7]+|0[0-7_]+|[0-9][0-9_]*|0x[0-9a-fA-F_]+|[0-9][0-9_]*(:[0-5]?[0-9])+)$/,
  /^[-+]?([0-9][0-9_]*)?(\.[0-9_]*)?[eE][-+]?[0-9]+$/,
  /^[-+]?([0-9][0-9_]*)?\.[0-9_.]*([eE][-+][0-9]+)?$/,
  /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*$/,
  // Timestamps with one-digit months or days (`2024-1-1`), which js-yaml's own type does not know.
  /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt]|[ \t]|$)/,
];

const YAML11_SCALAR = new yaml.Type('tag:illm-lab/yaml11-scalar', {
  kind: 'scalar',
  resolve: (data: string) => YAML11_PATTERNS.some((pattern) => pattern.test(data)),
  construct: (data: string) => data,
});

const SCHEMA = yaml.DEFAULT_SCHEMA.extend({ implicit: [YAML11_SCALAR] });

const DUMP_OPTIONS = { noRefs: true, lineWidth: -1, sortKeys: false } as const;

/**
 * Writes one object as YAML that YAML 1.1 readers (Kubernetes tooling) read back unchanged:
 * every string that 1.1 would take for a boolean, number, null or date is quoted. Keys keep their
 * order, long lines are not folded, and the text ends with one newline. While a synth runs with
 * its YAML cache (`withYamlWriter`), the cache answers, with the same text.
 */
export function toYaml(value: unknown): string {
  return activeWriter ? activeWriter(value) : dumpYaml(value);
}

/** What `toYaml` writes, always from scratch: the writer behind any cache. */
export function dumpYaml(value: unknown): string {
  return yaml.dump(value, { schema: SCHEMA, ...DUMP_OPTIONS });
}

let activeWriter: ((value: unknown) => string) | undefined;

/**
 * Runs `run` with `write` answering every `toYaml` call, the constructs' own (workflow steps
 * that embed manifests) as well as synth's, and restores the previous writer afterwards.
 * `write` must give exactly what `dumpYaml` gives.
 */
export function withYamlWriter<T>(write: (value: unknown) => string, run: () => T): T {
  const previous = activeWriter;
  activeWriter = write;
  try {
    return run();
  } finally {
    activeWriter = previous;
  }
}

/**
 * Everything `dumpYaml`'s output depends on besides the value: js-yaml's version (which fixes its
 * default schema), the dump options and the extra patterns. Synth's YAML cache (ADR 0056) keeps
 * text only for the writer that made it.
 */
export const YAML_WRITER = `js-yaml ${jsYamlVersion}; ${JSON.stringify(DUMP_OPTIONS)}; ${YAML11_PATTERNS.map((p) => p.source).join(' ')}`;
