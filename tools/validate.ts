/**
 * `npm run validate [folder]`: validates every object under dist/ (or the given folder) against
 * the Kubernetes 1.30 API and the pinned CRD schemas, strictly, offline, using the schemas that
 * `npm run import` derived into imports/schemas/. Prints one line per error and a summary.
 * Exit code: 0 all valid, 1 errors found, 2 nothing to validate (folder missing or without YAML).
 */
import fs from 'node:fs';
import path from 'node:path';
import { LabError } from '../constructs/core/errors';
import { parseCommandLine } from './args';
import { PROJECT_ROOT } from './paths';

const USAGE = 'usage: npm run validate [-- FOLDER]   (default: dist/)';
import { formatIssue, SchemaStore, validateTree } from './validate/index';
import { SCHEMAS_DIR } from './validate/schema-files';

export async function main(argv: string[]): Promise<number> {
  const args = parseCommandLine('validate', argv, USAGE, {}, true).positionals;
  if (args.length > 1) throw new LabError(`validate: one folder at most, got ${args.length}; ${USAGE}`);
  const dir = args[0] ? path.resolve(args[0]) : path.join(PROJECT_ROOT, 'dist');
  const hint = args[0] ? '' : '; run `npm run synth` first to write it';
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error(`validate: ${dir} is missing${hint}`);
    return 2;
  }
  const started = performance.now();
  // Compiled validators are kept in .build/ between runs (they depend only on the schemas).
  const report = validateTree(dir, new SchemaStore(SCHEMAS_DIR, path.join(PROJECT_ROOT, '.build')));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  for (const issue of report.issues) console.log(formatIssue(issue));
  if (report.files === 0) {
    // An empty tree would pass vacuously; ArgoCD would then sync nothing.
    console.error(`validate: no *.yaml files under ${dir}${hint}`);
    return 2;
  }
  const errors = report.issues.length;
  console.log(`validate: ${report.objects} objects in ${report.files} files, ${errors} error${errors === 1 ? '' : 's'} (${seconds} s)`);
  return errors ? 1 : 0;
}
