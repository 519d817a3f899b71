import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PRICE_SHEETS } from '../hub/prices';
import { main } from '../tools/compare';
import { parseCompareArgs } from '../tools/compare/args';
import { renderCharts } from '../tools/compare/charts';
import { compareDocuments } from '../tools/compare/model';
import { meshOverheadDocument, MIB, RUNS } from './results-fixtures';
import { ROOT } from './support/lab';

const GIB = 2 ** 30;
const RUN_IDS = ['mesh-overhead-a1b2c', 'mesh-overhead-d3e4f'];
const dirs: string[] = [];

/** A folder laid out as `aws s3 cp --recursive s3://results/mesh-overhead` leaves it. */
function resultsFolder(extra: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-compare-'));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, 'mesh-overhead'));
  for (const run of RUN_IDS) fs.writeFileSync(path.join(dir, 'mesh-overhead', `${run}.json`), JSON.stringify(meshOverheadDocument(run), null, 2));
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, 'mesh-overhead', name), text);
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

/** Runs `main` in this process and collects what it prints. */
async function compare(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out += String(chunk); return true; });
  vi.spyOn(console, 'log').mockImplementation((...a) => { out += `${a.join(' ')}\n`; });
  vi.spyOn(console, 'error').mockImplementation((...a) => { err += `${a.join(' ')}\n`; });
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, out, err };
}

/** Expected figures of a variant in a run, from the fixture's raw inputs and the kind price sheet. */
function expected(run: string, variant: 'plain' | 'meshed') {
  const v = RUNS[run].find((x) => x.name === variant)!;
  const hours = (Date.parse(v.endedAt) - Date.parse(v.startedAt)) / 3_600_000;
  const cpu = v.cpu[0] + v.cpu[1];
  const memory = v.memory[0] + v.memory[1];
  const cost = (cpu / 3600) * PRICE_SHEETS.kind.vcpuHour + (memory / GIB) * hours * PRICE_SHEETS.kind.gibHour;
  return { rate: v.rate, p50: v.med, p95: v.p95, p99: v.p99, errorRate: v.errorRate, cpu, memoryMib: memory / MIB, perMillion: (cost / v.requests) * 1e6 };
}

const pct = (value: number, base: number) => ((value - base) / base) * 100;

/** Tags balance and every tag is closed: enough to tell a whole SVG from a cut or broken one. */
function wellFormed(svg: string): boolean {
  const stack: string[] = [];
  for (const [, close, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)(?:\s[^<>]*?)?(\/?)>/g)) {
    if (selfClosing) continue;
    if (!close) stack.push(name);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0 && svg.trimStart().startsWith('<svg') && !/<(?![/a-zA-Z])/.test(svg);
}

describe('npm run compare on two mesh-overhead runs', () => {
  it('lines the variants up by run against the baseline, with means over the runs', () => {
    const [c] = compareDocuments(RUN_IDS.map((r) => meshOverheadDocument(r)));
    expect(c.experiment).toBe('mesh-overhead');
    expect(c.baseline).toBe('plain');
    expect(c.columns.map((col) => `${col.run ?? 'mean'} ${col.variant}`)).toEqual([
      'mesh-overhead-a1b2c plain', 'mesh-overhead-a1b2c meshed', 'mesh-overhead-d3e4f plain', 'mesh-overhead-d3e4f meshed', 'mean plain', 'mean meshed',
    ]);
    for (const run of RUN_IDS) {
      const plain = expected(run, 'plain');
      const meshed = expected(run, 'meshed');
      const col = c.columns.find((x) => x.run === run && x.variant === 'meshed')!;
      expect(col.figures.throughput).toBe(meshed.rate);
      expect(col.figures.p95).toBe(meshed.p95);
      expect(col.figures.cpuSeconds).toBe(meshed.cpu);
      expect(col.figures.peakMemory).toBe(meshed.memoryMib);
      expect(col.figures.costPerUnit).toBeCloseTo(meshed.perMillion, 12);
      expect(col.diffs.p95).toBeCloseTo(pct(meshed.p95, plain.p95), 10);
      expect(col.diffs.p99).toBeCloseTo(pct(meshed.p99, plain.p99), 10);
      expect(col.diffs.throughput).toBeCloseTo(pct(meshed.rate, plain.rate), 10);
      expect(col.diffs.costPerUnit).toBeCloseTo(pct(meshed.perMillion, plain.perMillion), 8);
    }
    const meanMeshed = c.columns.find((x) => x.run === undefined && x.variant === 'meshed')!;
    const [a, b] = RUN_IDS.map((r) => expected(r, 'meshed'));
    const [pa, pb] = RUN_IDS.map((r) => expected(r, 'plain'));
    expect(meanMeshed.figures.p95).toBe((a.p95 + b.p95) / 2);
    expect(meanMeshed.diffs.p95).toBeCloseTo(pct((a.p95 + b.p95) / 2, (pa.p95 + pb.p95) / 2), 10);
  });

  it('prints the table, writes the report and three charts, and ends with a summary line', async () => {
    const dir = resultsFolder();
    const out = path.join(dir, 'report');
    const report = path.join(out, 'report.md');
    fs.mkdirSync(out);
    const result = await compare([dir, '--markdown', report, '--out', out]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const m = expected('mesh-overhead-a1b2c', 'meshed');
    const p = expected('mesh-overhead-a1b2c', 'plain');
    const row = (label: string) => result.out.split('\n').find((l) => l.trimStart().startsWith(label))!;
    expect(row('p95 latency ms')).toContain(`${m.p95.toFixed(2)} (+${pct(m.p95, p.p95).toFixed(1)} %)`);
    expect(row('requests/s')).toContain(`${m.rate.toFixed(2)} (${pct(m.rate, p.rate).toFixed(1)} %)`);
    expect(row('CPU-seconds')).toContain(`${m.cpu.toFixed(2)} (+${pct(m.cpu, p.cpu).toFixed(1)} %)`);
    expect(row('error rate %')).toContain(`${(m.errorRate * 100).toFixed(2)} (+${pct(m.errorRate, p.errorRate).toFixed(1)} %)`);
    expect(row('cost per million requests EUR')).toContain(`${m.perMillion.toPrecision(4)} (+${pct(m.perMillion, p.perMillion).toFixed(1)} %)`);
    expect(result.out).toContain(`compare: 2 valid documents, 1 experiment, 2 runs, 0 invalid, 3 charts in ${out}, report in ${report}`);

    const markdown = fs.readFileSync(report, 'utf8');
    expect(markdown).toContain('## mesh-overhead');
    expect(markdown).toContain(`| p95 latency ms | ${p.p95.toFixed(2)} | ${m.p95.toFixed(2)} (+${pct(m.p95, p.p95).toFixed(1)} %) |`);
    expect(markdown).toContain('![mesh-overhead-latency.svg](mesh-overhead-latency.svg)');

    for (const kind of ['latency', 'throughput', 'cost']) {
      const svg = fs.readFileSync(path.join(out, `mesh-overhead-${kind}.svg`), 'utf8');
      expect(wellFormed(svg), kind).toBe(true);
      expect(svg).toContain('>plain</text>');
      expect(svg).toContain('>meshed</text>');
    }
  });

  it('charts are byte-identical for the same documents', async () => {
    const [c] = compareDocuments(RUN_IDS.map((r) => meshOverheadDocument(r)));
    const first = await renderCharts(c);
    const again = await renderCharts(compareDocuments(RUN_IDS.map((r) => meshOverheadDocument(r)))[0]);
    expect(first.map((x) => x.file)).toEqual(['mesh-overhead-latency.svg', 'mesh-overhead-throughput.svg', 'mesh-overhead-cost.svg']);
    expect(again).toEqual(first);
  });

  it('names a document that does not match the schema and exits 1; the valid ones are still compared', async () => {
    const broken = JSON.parse(JSON.stringify(meshOverheadDocument('mesh-overhead-a1b2c')));
    broken.run = 'mesh-overhead-zzz';
    broken.variants[0].cost.per.unit = 'furlongs';
    const dir = resultsFolder({ 'mesh-overhead-zzz.json': JSON.stringify(broken), 'partial.json': '{"experiment": "mesh-' });
    const result = await compare([dir]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`compare: invalid: ${path.join(dir, 'mesh-overhead', 'mesh-overhead-zzz.json')}: does not match the results schema v2: /variants/0/cost/per/unit must be equal to one of the allowed values ("requests", "messages", "transactions", "operations", "spans", "bytes")`);
    expect(result.err).toContain(`compare: invalid: ${path.join(dir, 'mesh-overhead', 'partial.json')}: not JSON:`);
    expect(result.out).toContain('compare: 2 valid documents, 1 experiment, 2 runs, 2 invalid');
  });

  it('adds a row per measurement with its unit, and the difference from the baseline', async () => {
    const withMeasured = (run: string, plain: number, meshed: number | null) => {
      const doc = JSON.parse(JSON.stringify(meshOverheadDocument(run)));
      doc.variants[0].measurements = { timeToFirstScaleOut: { unit: 'seconds', value: plain } };
      doc.variants[1].measurements = { timeToFirstScaleOut: { unit: 'seconds', value: meshed } };
      return doc;
    };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-compare-'));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'a.json'), JSON.stringify(withMeasured(RUN_IDS[0], 20, 30)));
    fs.writeFileSync(path.join(dir, 'b.json'), JSON.stringify(withMeasured(RUN_IDS[1], 40, null)));
    const result = await compare([dir]);
    expect(result.code).toBe(0);
    const row = result.out.split('\n').find((l) => l.trimStart().startsWith('timeToFirstScaleOut seconds'))!;
    // Run 1: 20 and 30 (+50 %); run 2: 40 and not measured; means 30 and 30 (±0 %).
    expect(row.trim().split(/\s{2,}/)).toEqual(['timeToFirstScaleOut seconds', '20.00', '30.00 (+50.0 %)', '40.00', '-', '30.00', '30.00 (±0.0 %)']);
  });

  it('names a run read twice', async () => {
    const dir = resultsFolder();
    const copy = path.join(dir, 'copy.json');
    fs.copyFileSync(path.join(dir, 'mesh-overhead', `${RUN_IDS[0]}.json`), copy);
    const result = await compare([path.join(dir, 'mesh-overhead'), copy]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(`compare: invalid: ${copy}: run ${RUN_IDS[0]} of mesh-overhead was already read from ${path.join(dir, 'mesh-overhead', `${RUN_IDS[0]}.json`)}`);
  });
});

describe('the command line', () => {
  it('takes --markdown with a .md file, alone (standard output), or as --markdown=FILE', () => {
    expect(parseCompareArgs(['results', '--markdown', 'r.md'])).toEqual({ inputs: ['results'], markdown: 'r.md', out: undefined });
    expect(parseCompareArgs(['--markdown', 'results', '--out', 'charts'])).toEqual({ inputs: ['results'], markdown: '-', out: 'charts' });
    expect(parseCompareArgs(['--markdown=report.txt', 'a.json'])).toEqual({ inputs: ['a.json'], markdown: 'report.txt', out: undefined });
  });

  it.each([
    [[], 'compare: name at least one results document or folder; usage: npm run compare'],
    [['results', '--chart'], "compare: Unknown option '--chart'"],
    [['results', '--out'], "compare: Option '--out <value>' argument missing"],
    [['results', '--out', '--markdown'], "compare: Option '--out' argument is ambiguous; usage"],
    [['results', '--out=-x'], 'compare: --out needs a folder, not "-x"'],
    [['results', '--markdown='], 'compare: --markdown= needs a file name'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCompareArgs(argv)).toThrow(message);
  });

  it('a missing path or a folder without documents is a usage error', async () => {
    await expect(main(['/nonexistent/results'])).rejects.toThrow('compare: /nonexistent/results does not exist');
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-compare-'));
    dirs.push(empty);
    await expect(main([empty])).rejects.toThrow(`compare: no .json files under ${empty}`);
  });

  it('as npm runs it: exit 2 with one line for bad usage; charts identical under another time zone and locale', async () => {
    const bad = spawnSync(process.execPath, ['tools/run.cjs', 'compare', '--bogus'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain("error: compare: Unknown option '--bogus'");

    const dir = resultsFolder();
    const charts = (out: string) => fs.readdirSync(out).sort().map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]);
    // Here (the machine's zone and locale), and as npm runs it far from UTC in a German locale.
    const here = path.join(dir, 'charts-here');
    expect((await compare([path.join(dir, 'mesh-overhead'), '--out', here])).code).toBe(0);
    const far = path.join(dir, 'charts-far');
    const run = spawnSync(process.execPath, ['tools/run.cjs', 'compare', path.join(dir, 'mesh-overhead'), '--out', far], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ: 'Pacific/Auckland', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(charts(here)).toHaveLength(3);
    expect(charts(far)).toEqual(charts(here));
  });
});
