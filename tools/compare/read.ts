import fs from 'node:fs';
import path from 'node:path';
import { LabError } from '../../constructs/core/errors';
import type { ResultsDocument } from '../../constructs/results/results-document';
import { checkResultsDocument, schemaVersionOf, upgradeResults } from '../../constructs/results/validate-results';

/** A valid document and the file it came from. */
export interface LoadedDocument {
  readonly file: string;
  readonly document: ResultsDocument;
}

/** A file that is not a valid results document, and why. */
export interface RejectedFile {
  readonly file: string;
  readonly reason: string;
}

export interface ReadResults {
  readonly documents: readonly LoadedDocument[];
  readonly rejected: readonly RejectedFile[];
}

/**
 * Reads every `.json` file named or found (recursively, in name order) under the folders named.
 * Files that do not parse, do not match the schema or repeat a run already read are rejected
 * with a reason, never dropped silently. A missing path, or no file at all, is a usage error.
 */
export function readResults(inputs: readonly string[]): ReadResults {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = fs.statSync(input, { throwIfNoEntry: false });
    if (!stat) throw new LabError(`compare: ${input} does not exist`);
    if (stat.isDirectory()) files.push(...jsonFilesUnder(input));
    else files.push(input);
  }
  if (files.length === 0) throw new LabError(`compare: no .json files under ${inputs.join(', ')}`);

  const documents: LoadedDocument[] = [];
  const rejected: RejectedFile[] = [];
  const seen = new Map<string, string>();
  for (const file of [...new Set(files)]) {
    let value: unknown;
    try {
      value = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (err) {
      rejected.push({ file, reason: `not JSON: ${(err as Error).message}` });
      continue;
    }
    const problem = checkResultsDocument(value);
    if (problem) {
      rejected.push({ file, reason: `does not match the results schema v${schemaVersionOf(value)}: ${problem.at} ${problem.message}` });
      continue;
    }
    // Older versions are read in the current shape; the file stays as written.
    const document = upgradeResults(value);
    const key = `${document.experiment}/${document.run}`;
    const first = seen.get(key);
    if (first !== undefined) {
      rejected.push({ file, reason: `run ${document.run} of ${document.experiment} was already read from ${first}` });
      continue;
    }
    seen.set(key, file);
    documents.push({ file, document });
  }
  return { documents, rejected };
}

function jsonFilesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...jsonFilesUnder(full));
    else if (entry.isFile() && entry.name.endsWith('.json')) found.push(full);
  }
  return found;
}
