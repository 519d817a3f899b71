/**
 * `npm run import`: regenerates imports/ offline from the pinned upstream files in ../shared.
 *
 * - imports/*.ts: CRD bindings, one `cdk8s import` per entry of cdk8s.yaml, each entry's upstream
 *   URL mapped to its pinned copy in ../shared/crds (see ../shared/crds/README.md).
 * - imports/helm-values/: the key shape of each pinned chart's default values, used to refuse
 *   values keys a chart does not have (Helm ignores them silently).
 * - further derived files registered in DERIVERS (schemas for validation).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { LabError } from '../constructs/core/errors';
import { deriveValuesShapes } from './import/helm-values';
import { deriveSchemas } from './import/schemas';
import { PROJECT_ROOT, SHARED_ROOT } from './paths';

const run = promisify(execFile);

interface ImportSpec {
  readonly name: string;
  readonly url: string;
  readonly local: string;
}

/** Reads cdk8s.yaml's imports and finds each one's pinned copy under ../shared/crds. */
export function readImportSpecs(): ImportSpec[] {
  const config = yaml.load(fs.readFileSync(path.join(PROJECT_ROOT, 'cdk8s.yaml'), 'utf8')) as { imports: string[] };
  const table = fs.readFileSync(path.join(SHARED_ROOT, 'crds', 'README.md'), 'utf8');
  return config.imports.map((entry) => {
    const [name, url] = entry.split(':=');
    const m = /^https:\/\/raw\.githubusercontent\.com\/([^/]+\/[^/]+)\/([^/]+)\/(.+)$/.exec(url);
    if (!m) throw new LabError(`cdk8s.yaml: import ${name} has URL ${url}; expected a raw GitHub URL at a tag`);
    const [, repo, tag, file] = m;
    const row = table.split('\n').find((line) => line.includes(`| ${repo} | ${tag} | ${file} |`));
    if (!row) throw new LabError(`cdk8s.yaml: import ${name} (${repo}@${tag}:${file}) is not among the pinned CRDs in ../shared/crds/README.md`);
    const component = row.split('|')[1].trim();
    return { name, url, local: path.join(SHARED_ROOT, 'crds', component, tag, path.basename(file)) };
  });
}

async function importCrds(specs: ImportSpec[]): Promise<number> {
  const cli = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'cdk8s');
  const outdir = path.join(PROJECT_ROOT, 'imports');
  let done = 0;
  // `cdk8s import` appends each spec to the cdk8s.yaml of its working folder, so it runs in a
  // scratch folder; two at a time suits the 2-core machine.
  const queue = [...specs];
  const worker = async () => {
    for (let spec = queue.shift(); spec; spec = queue.shift()) {
      const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-import-'));
      try {
        await run(cli, ['import', '--language', 'typescript', '--output', outdir, `${spec.name}:=${spec.local}`], { cwd: scratch });
      } catch (err) {
        throw new LabError(`cdk8s import of ${spec.name} from ${spec.local} failed: ${(err as Error).message}`);
      } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
      }
      done += 1;
      if (process.stdout.isTTY) process.stdout.write(`\r  CRD bindings: ${done}/${specs.length}`);
    }
  };
  await Promise.all([worker(), worker()]);
  process.stdout.write(`${process.stdout.isTTY ? '\r' : ''}  CRD bindings: ${done}/${specs.length}\n`);
  return done;
}

/** Steps that derive committed files from ../shared; each returns a one-line summary. */
export const DERIVERS: Array<{ name: string; run: () => string }> = [
  { name: 'helm values shapes', run: deriveValuesShapes },
  { name: 'validation schemas', run: deriveSchemas },
];

export async function main(argv: string[]): Promise<number> {
  if (!fs.existsSync(SHARED_ROOT)) {
    throw new LabError(`import needs the pinned upstream files at ${SHARED_ROOT}; they are absent`);
  }
  const onlyDerived = argv.includes('--derived-only');
  if (!onlyDerived) {
    const specs = readImportSpecs();
    console.log(`importing ${specs.length} CRD sources from ${path.relative(PROJECT_ROOT, SHARED_ROOT)}/crds`);
    await importCrds(specs);
  }
  for (const step of DERIVERS) {
    console.log(`  ${step.name}: ${step.run()}`);
  }
  return 0;
}
