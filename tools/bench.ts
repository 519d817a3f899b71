// `npm run bench`: how long a full synth takes and how much memory it needs, and how both grow
// with the number of experiments.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LabError } from '../constructs/core/errors';
import { nonEmpty, parseCommandLine } from './args';
import { measureNode, ProcessRun } from './bench/measure';
import { runnerNodeOptions } from './bench/npm-script';
import { scaledSynth, ScaleSample, TEMPLATE_EXPERIMENT } from './bench/scale';
import { formatMb, formatMs, median } from './bench/stats';
import { PROJECT_ROOT } from './paths';
import { bundleOptions, librariesOptions, libraryNeeds } from './bundle.mjs';

const USAGE = 'usage: npm run bench [-- --runs N] [--sizes 1,10,100] [--tests]';

/** What the lab should manage with 100 experiments on the 2-core machine. */
const AIM = { experiments: 100, wallMs: 2000, rssBytes: 300 * 2 ** 20 };

/** At most this many times the bare load of the libraries synth needs (see `bareLoadArgs`). */
const AIM_SYNTH_RATIO = 1.5;

/** At most this long for the whole test suite. */
const AIM_TESTS_MS = 30_000;

export interface BenchArgs {
  /** Measured runs of each kind (after one warm-up run). */
  readonly runs: number;
  /** Numbers of generated experiments to measure; empty for the plain synth only. */
  readonly sizes: readonly number[];
  /** Also time the whole test suite (`vitest run`), once. */
  readonly tests: boolean;
  /** Set in the child processes of the scaling part: measure this size and print it as JSON. */
  readonly worker?: { readonly experiments: number; readonly outdir: string };
}

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseCommandLine('bench', argv, USAGE, {
    runs: { type: 'string' },
    sizes: { type: 'string' },
    tests: { type: 'boolean', default: false },
    worker: { type: 'string' },
    out: { type: 'string' },
  });
  const count = (flag: string, v: string, max: number) => {
    const n = Number(v);
    if (v === '' || !/^[0-9]+$/.test(v) || n > max) {
      throw new LabError(`bench: --${flag} takes whole numbers from 0 to ${max}; ${USAGE}`);
    }
    return n;
  };
  const runs = values.runs === undefined ? 5 : Math.max(1, count('runs', values.runs, 100));
  const sizes = values.sizes === undefined ? [1, 10, 100] : values.sizes.split(',').filter((v) => v !== '').map((v) => count('sizes', v, 1000));
  const workerSize = values.worker === undefined ? undefined : count('worker', values.worker, 1000);
  const outdir = nonEmpty('bench', 'out', values.out, USAGE);
  if ((workerSize === undefined) !== (outdir === undefined)) throw new LabError('bench: --worker and --out go together');
  return {
    runs, sizes, tests: values.tests === true,
    ...(workerSize !== undefined ? { worker: { experiments: workerSize, outdir: outdir! } } : {}),
  };
}

export async function main(argv: string[]): Promise<number> {
  const args = parseBenchArgs(argv);
  if (args.worker) {
    process.stdout.write(`${JSON.stringify(scaledSynth(args.worker.experiments, args.worker.outdir))}\n`);
    return 0;
  }

  const cpus = os.cpus().length;
  const load = () => os.loadavg()[0].toFixed(1);
  console.log(`machine: ${cpus} CPUs, load average ${load()} at the start (other work on the machine slows every figure)`);
  const synth = benchSynth(args.runs);
  console.log(`synth: ${args.runs} runs of each kind, each a new \`node ${[...runnerNodeOptions('synth'), 'tools/run.cjs synth'].join(' ')}\` process`);
  printRuns('again', synth.again, '(output folder already holds the last synth and nothing changed: the usual run before a commit; nothing is rendered)');
  printRuns('render', synth.render, '(the same with --force: every object rendered; after a source edit, rebuilding and compiling the synth\'s own code come on top)');
  printRuns('first', synth.first, '(empty output folder: every object rendered, every file created)');
  printRuns('edited', benchEdits(args.runs), `(after touching ${EDITED_FILE}, in a copy of the project: the synth's own bundle rebuilt and compiled, every object rendered)`);
  printRuns('bare load', synth.bare, '(node loading cdk8s, cdk8s-plus-30 and js-yaml, nothing else)');
  const bareMs = median(synth.bare.map((r) => r.wallMs));
  const ratio = (runs: readonly ProcessRun[]) => median(runs.map((r) => r.wallMs)) / bareMs;
  const verdict = (r: number) => `aim at most ${AIM_SYNTH_RATIO.toFixed(2)}: ${r <= AIM_SYNTH_RATIO ? 'met' : 'missed'}`;
  console.log(`  ratio     ${ratio(synth.again).toFixed(2)} (synth again / bare load, medians of wall time; ${verdict(ratio(synth.again))})`);
  console.log(`            ${ratio(synth.render).toFixed(2)} (synth --force / bare load: a render; ${verdict(ratio(synth.render))})`);
  const bundling = await bundleMs();
  console.log(`  bundling  +${formatMs(bundling.own)} after a source edit (the synth's own bundle), ` +
    `+${formatMs(bundling.libraries)} more when its libraries' bundle is rebuilt (the runs above reuse both)`);

  if (args.tests) {
    const tests = benchTests();
    // Wall time only: the CPU the probe reports is the runner's, not its workers'.
    console.log(`tests: \`vitest run\` ${formatMs(tests.wallMs)} wall ` +
      `(aim at most ${formatMs(AIM_TESTS_MS)}: ${tests.wallMs <= AIM_TESTS_MS ? 'met' : 'missed'}; ` +
      'a fresh clone also bundles and compiles validators once)');
  }

  const sizes = args.sizes.filter((n) => n > 0);
  if (sizes.length) {
    console.log('');
    console.log(`experiments: the lab plus N copies of ${TEMPLATE_EXPERIMENT} added in memory; median of ${args.runs} processes each, ` +
      'writing into a folder that holds the last synth of that size');
    printScaling(benchScaling([0, ...sizes], args.runs));
  }
  console.log(`machine: load average ${load()} at the end`);
  return 0;
}

function printRuns(name: string, runs: readonly ProcessRun[], note: string): void {
  const wall = runs.map((r) => r.wallMs);
  console.log(`  ${name.padEnd(8)}  median ${formatMs(median(wall))} wall (${formatMs(Math.min(...wall))}-${formatMs(Math.max(...wall))}), ` +
    `${formatMs(median(runs.map((r) => r.cpuMs)))} CPU, peak memory ${formatMb(median(runs.map((r) => r.maxRssBytes)))} ${note}`);
}

/** The processes `benchSynth` timed, by kind. */
export interface SynthRuns {
  readonly again: ProcessRun[];
  readonly render: ProcessRun[];
  readonly first: ProcessRun[];
  readonly bare: ProcessRun[];
}

/**
 * Synths as the user runs them, each a new `node tools/run.cjs synth` process with the node
 * options of `npm run synth` (package.json): `again` into a folder holding the previous synth, with
 * nothing changed since (nothing is rendered, ADR 0162); `render` the same with `--force` (every
 * object rendered; unchanged files are compared, not rewritten); `first` into a new empty folder.
 * A warm-up run first fills the bundle cache and that folder; it is not counted.
 */
export function benchSynth(runs: number): SynthRuns {
  const options = runnerNodeOptions('synth');
  const synth = (out: string, ...flags: string[]) => measureNode([...options, 'tools/run.cjs', 'synth', '--out', out, ...flags], PROJECT_ROOT);
  const bareLoad = () => measureNode(bareLoadArgs(), PROJECT_ROOT);
  return withTempDir('lab-bench-synth-', (base) => {
    const kept = path.join(base, 'out');
    synth(kept);
    bareLoad();
    // Interleaved, so a burst of load from elsewhere on the machine hits both kinds alike.
    const again: ProcessRun[] = [];
    const render: ProcessRun[] = [];
    const bare: ProcessRun[] = [];
    for (let i = 0; i < runs; i++) {
      again.push(synth(kept));
      render.push(synth(kept, '--force'));
      bare.push(bareLoad());
    }
    const first = Array.from({ length: runs }, (_, i) => synth(path.join(base, `first-${i}`)));
    return { again, render, first, bare };
  });
}

/** The source file `benchEdits` touches: one that every command's own bundle holds. */
const EDITED_FILE = 'constructs/core/labels.ts';

/** What a copy of the project for `benchEdits` leaves out: installed packages (linked instead), Git, build output. */
const NOT_COPIED = new Set(['node_modules', '.git', '.build']);

/**
 * Synths after a source edit, as a developer waits for them (ADR 0163): each touches
 * {@link EDITED_FILE}, so the runner rebuilds and recompiles the synth's own bundle and the synth
 * renders every object. They run in a copy of the project (its packages linked), so the bench
 * changes nothing of the project itself; a first synth there builds both bundles and is not counted.
 */
export function benchEdits(runs: number): ProcessRun[] {
  const options = runnerNodeOptions('synth');
  return withTempDir('lab-bench-edit-', (base) => {
    const copy = path.join(base, 'project');
    fs.cpSync(PROJECT_ROOT, copy, { recursive: true, filter: (src) => !NOT_COPIED.has(path.relative(PROJECT_ROOT, src)) });
    fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
    const synth = () => measureNode([...options, 'tools/run.cjs', 'synth'], copy);
    synth();
    const edited = path.join(copy, EDITED_FILE);
    return Array.from({ length: runs }, (_, i) => {
      // A later mtime each time, whatever the clock's resolution.
      const at = new Date(Date.now() + (i + 1) * 1000);
      fs.utimesSync(edited, at, at);
      return synth();
    });
  });
}

/**
 * The floor synth is measured against: a node process that loads the libraries every synth needs
 * and does nothing else.
 */
export function bareLoadArgs(): string[] {
  return ['-e', "require('cdk8s'); require('cdk8s-plus-30'); require('js-yaml');"];
}

/** One run of the whole test suite, as `npm test` runs it. */
export function benchTests(): ProcessRun {
  const vitest = path.join(PROJECT_ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  return measureNode([vitest, 'run'], PROJECT_ROOT);
}

/** The medians of one size: in-process phases from the child, wall time and peak memory of the process. */
interface ScaleRow {
  readonly experiments: number;
  readonly objects: number;
  readonly buildMs: number;
  readonly renderMs: number;
  readonly writeMs: number;
  /** The write of the warm-up run, into an empty folder. */
  readonly firstWriteMs: number;
  readonly synthMs: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly rssBytes: number;
}

/** Each size measured in processes of its own (`bench --worker N`), so peak memory is that size's. */
export function benchScaling(sizes: readonly number[], runs: number): ScaleRow[] {
  // A scaled synth is a synth: the worker runs with the node options `npm run synth` uses.
  const options = runnerNodeOptions('synth');
  return sizes.map((n) => withTempDir('lab-bench-scale-', (outdir) => {
    const sample = () => {
      const run = measureNode([...options, 'tools/run.cjs', 'bench', '--worker', String(n), '--out', outdir], PROJECT_ROOT);
      return { run, sample: JSON.parse(run.stdout.trim().split('\n').pop()!) as ScaleSample };
    };
    const warmUp = sample();
    const samples = Array.from({ length: runs }, sample);
    const mid = (pick: (s: { run: ProcessRun; sample: ScaleSample }) => number) => median(samples.map(pick));
    return {
      experiments: n,
      objects: warmUp.sample.objects,
      buildMs: mid((s) => s.sample.buildMs),
      renderMs: mid((s) => s.sample.renderMs),
      writeMs: mid((s) => s.sample.writeMs),
      firstWriteMs: warmUp.sample.writeMs,
      synthMs: mid((s) => s.sample.synthMs),
      wallMs: mid((s) => s.run.wallMs),
      cpuMs: mid((s) => s.run.cpuMs),
      rssBytes: mid((s) => s.run.maxRssBytes),
    };
  }));
}

function printScaling(rows: readonly ScaleRow[]): void {
  const base = rows[0];
  const extra = (r: ScaleRow) => (r.synthMs - base.synthMs) / r.experiments;
  const table = [['experiments', 'objects', 'build', 'render', 'write', 'synth', 'per experiment', 'process', 'process CPU', 'peak memory', 'first write']];
  for (const r of rows) {
    table.push([String(r.experiments), String(r.objects), formatMs(r.buildMs), formatMs(r.renderMs), formatMs(r.writeMs),
      formatMs(r.synthMs), r.experiments ? formatMs(extra(r)) : '', formatMs(r.wallMs), formatMs(r.cpuMs), formatMb(r.rssBytes), formatMs(r.firstWriteMs)]);
  }
  const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
  for (const row of table) console.log(`  ${row.map((c, i) => c.padStart(widths[i])).join('  ')}`);
  console.log('  (build, render, write, synth: in the process; per experiment: synth time added per experiment over 0; process: wall and CPU time of the whole process)');

  // Marginal cost between consecutive sizes: flat when growth is linear, rising when it is not.
  const slopes = rows.slice(1).map((r, i) => {
    const prev = rows[i];
    const n = r.experiments - prev.experiments;
    return { from: prev.experiments, to: r.experiments, synth: (r.synthMs - prev.synthMs) / n, render: (r.renderMs - prev.renderMs) / n };
  });
  console.log(`  added per experiment: ${slopes.map((s) => `${s.from}->${s.to} ${formatMs(s.synth)} (render ${formatMs(s.render)})`).join(', ')}`);
  if (slopes.length >= 2) {
    const [before, last] = slopes.slice(-2);
    console.log(before.synth >= 1
      ? `  growth: ${formatMs(last.synth)} per experiment from ${last.from} to ${last.to} against ${formatMs(before.synth)} from ${before.from} to ${before.to}: ` +
        `ratio ${(last.synth / before.synth).toFixed(2)} (1.00 is linear, above it each experiment costs more than the one before)`
      : `  growth: the ${before.from}->${before.to} step is within the noise of the machine; no ratio`);
  }
  const aim = rows.find((r) => r.experiments === AIM.experiments);
  if (aim) {
    const met = aim.wallMs <= AIM.wallMs && aim.rssBytes <= AIM.rssBytes;
    console.log(`  aim for ${AIM.experiments} experiments: at most ${formatMs(AIM.wallMs)} and ${formatMb(AIM.rssBytes)}; ` +
      `measured ${formatMs(aim.wallMs)} and ${formatMb(aim.rssBytes)}: ${met ? 'met' : 'missed'}`);
  }
}

/** How long esbuild takes to bundle the synth entry afresh, as tools/run.cjs does after an edit. */
/**
 * How long the synth's two bundles take to build (ADR 0163): its own code, rebuilt after every
 * source edit, and its libraries', rebuilt after an install, `npm run import`, or when the code
 * starts using another library module or generated name.
 */
export async function bundleMs(): Promise<{ own: number; libraries: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-bench-bundle-'));
  try {
    const outfile = path.join(dir, 'synth.cjs');
    let started = process.hrtime.bigint();
    const { metafile } = await build(bundleOptions({ root: PROJECT_ROOT, entry: 'main.ts', outfile }));
    const own = Number(process.hrtime.bigint() - started) / 1e6;
    const needs = libraryNeeds(metafile, fs.readFileSync(outfile, 'latin1'));
    started = process.hrtime.bigint();
    await build(librariesOptions({ root: PROJECT_ROOT, needs, outfile: path.join(dir, 'synth.libraries.cjs') }));
    return { own, libraries: Number(process.hrtime.bigint() - started) / 1e6 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function withTempDir<T>(prefix: string, use: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    return use(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
