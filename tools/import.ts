/**
 * `npm run import`: regenerates imports/ offline from the pinned upstream files in ../shared.
 *
 * - imports/*.js and imports/*.d.ts: CRD bindings, one `cdk8s import` per entry of cdk8s.yaml,
 *   each entry's upstream URL mapped to its pinned copy in ../shared/crds (see
 *   ../shared/crds/README.md), compiled once (ADR 0050); `--upstream` imports from the URLs.
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
import { parseCommandLine } from './args';
import { compileBindings } from './import/compile-bindings';
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
    // A row may say more of the file after its path, in brackets (nack's one bundled file).
    const row = table.split('\n').find((line) => line.includes(`| ${repo} | ${tag} | ${file} |`) || line.includes(`| ${repo} | ${tag} | ${file} (`));
    if (!row) throw new LabError(`cdk8s.yaml: import ${name} (${repo}@${tag}:${file}) is not among the pinned CRDs in ../shared/crds/README.md`);
    const component = row.split('|')[1].trim();
    return { name, url, local: path.join(SHARED_ROOT, 'crds', component, tag, path.basename(file)) };
  });
}

/** Runs `cdk8s import` for every spec (from its pinned copy, or its URL) and compiles the bindings into imports/. */
async function importCrds(specs: ImportSpec[], upstream: boolean): Promise<number> {
  const cli = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'cdk8s');
  // Inside the project, so the compile step resolves cdk8s and constructs.
  const outdir = path.join(PROJECT_ROOT, '.build', 'import-bindings');
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  let done = 0;
  // `cdk8s import` appends each spec to the cdk8s.yaml of its working folder, so it runs in a
  // scratch folder; two at a time suits the 2-core machine.
  const queue = [...specs];
  const worker = async () => {
    for (let spec = queue.shift(); spec; spec = queue.shift()) {
      const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-import-'));
      try {
        const from = upstream ? spec.url : spec.local;
        await run(cli, ['import', '--language', 'typescript', '--output', outdir, `${spec.name}:=${from}`], { cwd: scratch });
      } catch (err) {
        throw new LabError(`cdk8s import of ${spec.name} from ${upstream ? spec.url : spec.local} failed: ${(err as Error).message}`);
      } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
      }
      done += 1;
      if (process.stdout.isTTY) process.stdout.write(`\r  CRD bindings: ${done}/${specs.length}`);
    }
  };
  await Promise.all([worker(), worker()]);
  process.stdout.write(`${process.stdout.isTTY ? '\r' : ''}  CRD bindings: ${done}/${specs.length}\n`);
  const modules = compileBindings(outdir, path.join(PROJECT_ROOT, 'imports'));
  fs.rmSync(outdir, { recursive: true, force: true });
  console.log(`  compiled into imports/: ${modules.length} modules (.js and .d.ts)`);
  return done;
}

/** Steps that derive committed files from ../shared; each returns a one-line summary. */
export const DERIVERS: Array<{ name: string; run: () => string }> = [
  { name: 'helm values shapes', run: deriveValuesShapes },
  { name: 'validation schemas', run: deriveSchemas },
];

const USAGE = 'usage: npm run import [-- --derived-only]; npm run import:upstream';

export interface ImportArgs {
  /** Only the files derived from ../shared (values shapes, schemas), no CRD bindings. */
  readonly derivedOnly: boolean;
  /** CRD bindings from the upstream URLs of cdk8s.yaml instead of the pinned copies. */
  readonly upstream: boolean;
}

export function parseImportArgs(argv: readonly string[]): ImportArgs {
  const { values } = parseCommandLine('import', argv, USAGE, {
    'derived-only': { type: 'boolean', default: false },
    upstream: { type: 'boolean', default: false },
  });
  return { derivedOnly: values['derived-only'] === true, upstream: values.upstream === true };
}

export async function main(argv: string[]): Promise<number> {
  const args = parseImportArgs(argv);
  if (!fs.existsSync(SHARED_ROOT)) {
    throw new LabError(`import needs the pinned upstream files at ${SHARED_ROOT}; they are absent`);
  }
  if (!args.derivedOnly) {
    const specs = readImportSpecs();
    console.log(`importing ${specs.length} CRD sources from ${args.upstream ? 'their upstream URLs' : `${path.relative(PROJECT_ROOT, SHARED_ROOT)}/crds`}`);
    await importCrds(specs, args.upstream);
  }
  for (const step of DERIVERS) {
    console.log(`  ${step.name}: ${step.run()}`);
  }
  return 0;
}
