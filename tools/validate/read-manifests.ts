import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { isSetupFile } from '../../charts/lab-file';
import { PROJECT_ROOT } from '../paths';
import type { ValidationIssue } from './issue';
import type { Manifest } from './manifest';

/** The documents of every manifest file under a folder, and the files that did not parse. */
export interface ManifestSet {
  readonly files: readonly string[];
  readonly manifests: readonly Manifest[];
  readonly issues: readonly ValidationIssue[];
}

/** Every `*.yaml`/`*.yml` file under `dir`, recursively, in a stable order (code units of the path). */
export function findManifestFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    // Set-up files (Helm values, a Kind config) are inputs for people, not objects.
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name) && !isSetupFile(path.join(entry.parentPath, entry.name)))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A file as errors show it: relative to the project root when inside it, else absolute. */
export function displayPath(file: string): string {
  const relative = path.relative(PROJECT_ROOT, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/**
 * Parses one manifest file's text into its documents; empty documents (a trailing `---`) are
 * skipped. The YAML 1.2 core schema is used because the Kubernetes tooling turns YAML into JSON
 * without js-yaml's extra types: an unquoted date stays a string there, not a Date.
 */
export function parseDocuments(file: string, text: string): Manifest[] {
  const manifests: Manifest[] = [];
  let document = 0;
  yaml.loadAll(
    text,
    (object) => {
      document += 1;
      if (object !== null && object !== undefined) manifests.push({ file, document, object });
    },
    { filename: file, schema: yaml.CORE_SCHEMA },
  );
  return manifests;
}

/**
 * A YAML error of `parseDocuments` as one line: what is wrong and where (js-yaml's mark counts
 * from 0), without the file, which the caller names.
 */
export function describeYamlError(err: unknown): string {
  const e = err as { reason?: unknown; mark?: { line?: unknown; column?: unknown }; message?: unknown };
  if (typeof e?.reason === 'string' && typeof e.mark?.line === 'number' && typeof e.mark.column === 'number') {
    return `${e.reason} (line ${e.mark.line + 1}, column ${e.mark.column + 1})`;
  }
  return String(e?.message ?? err).split('\n')[0];
}

/** Reads and parses every manifest file under `dir`; a file that does not parse is an issue. */
export function readManifests(dir: string): ManifestSet {
  const files = findManifestFiles(dir);
  const manifests: Manifest[] = [];
  const issues: ValidationIssue[] = [];
  for (const full of files) {
    const file = displayPath(full);
    try {
      manifests.push(...parseDocuments(file, fs.readFileSync(full, 'utf8')));
    } catch (err) {
      issues.push({ file, reason: `not valid YAML: ${describeYamlError(err)}` });
    }
  }
  return { files: files.map(displayPath), manifests, issues };
}
