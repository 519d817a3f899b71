import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../tools/bench';
import { main as cost } from '../tools/cost';
import { parseDiffArgs } from '../tools/diff';
import { main as graph } from '../tools/graph';
import { parseImportArgs } from '../tools/import';
import { parseSynthArgs } from '../tools/synth/command';
import { main as validate } from '../tools/validate';
import { ENVIRONMENTS } from './support/lab';

// Every command reads its arguments with util.parseArgs (tools/args.ts); its errors are one line.
describe('command lines', () => {
  it('synth: environments, repeated or comma-separated, and an output folder', () => {
    expect(parseSynthArgs([], ENVIRONMENTS)).toEqual({ only: [], outdir: 'dist', force: false });
    expect(parseSynthArgs(['--env', 'kind,talos', '--out=/tmp/x'], ENVIRONMENTS)).toEqual({ only: ['kind', 'talos'], outdir: '/tmp/x', force: false });
    expect(parseSynthArgs(['--env=kind', '--env', 'talos', '--force'], ENVIRONMENTS)).toEqual({ only: ['kind', 'talos'], outdir: 'dist', force: true });
  });

  it('synth: a flag without its value, an empty value, a stray word', () => {
    const usage = 'usage: npm run synth [-- --env NAME[,NAME...]] [--out DIR] [--force]';
    expect(() => parseSynthArgs(['--force=yes'], ENVIRONMENTS)).toThrow(`synth: --force takes no value; ${usage}`);
    expect(() => parseSynthArgs(['--out'], ENVIRONMENTS)).toThrow(`synth: --out needs a value; ${usage}`);
    expect(() => parseSynthArgs(['--out='], ENVIRONMENTS)).toThrow(`synth: --out needs a value; ${usage}`);
    expect(() => parseSynthArgs(['kind'], ENVIRONMENTS)).toThrow(`synth: unexpected argument "kind"; ${usage}`);
  });

  it('diff: a flag that takes no value', () => {
    expect(() => parseDiffArgs(['--markdown=yes'])).toThrow('diff: --markdown takes no value; usage: npm run diff [-- --against REF] [--markdown]');
    expect(() => parseDiffArgs(['--against='])).toThrow('diff: --against needs a value; usage: npm run diff');
  });

  it('bench: counts, sizes and the test-suite switch', () => {
    expect(parseBenchArgs([])).toEqual({ runs: 5, sizes: [1, 10, 100], tests: false });
    expect(parseBenchArgs(['--runs', '3', '--sizes=', '--tests'])).toEqual({ runs: 3, sizes: [], tests: true });
    expect(() => parseBenchArgs(['--runs', 'x'])).toThrow('bench: --runs takes whole numbers from 0 to 100; usage: npm run bench');
    expect(() => parseBenchArgs(['--runs=-1'])).toThrow('bench: --runs takes whole numbers from 0 to 100');
    expect(() => parseBenchArgs(['--worker', '3'])).toThrow('bench: --worker and --out go together');
    expect(() => parseBenchArgs(['--fast'])).toThrow('bench: unknown argument "--fast"; usage: npm run bench');
  });

  it('import: its two switches', () => {
    expect(parseImportArgs(['--derived-only'])).toEqual({ derivedOnly: true, upstream: false });
    expect(parseImportArgs(['--upstream'])).toEqual({ derivedOnly: false, upstream: true });
    expect(() => parseImportArgs(['--derived'])).toThrow('import: unknown argument "--derived"; usage: npm run import');
  });

  it('cost, graph and validate refuse what they do not take', async () => {
    await expect(cost(['--yaml'])).rejects.toThrow('cost: unknown argument "--yaml"; usage: npm run cost [-- --json]');
    await expect(graph(['docs'])).rejects.toThrow('graph: unexpected argument "docs"; usage: npm run graph');
    await expect(validate(['--strict'])).rejects.toThrow('validate: unknown argument "--strict"; usage: npm run validate');
    await expect(validate(['a', 'b'])).rejects.toThrow('validate: one folder at most, got 2; usage: npm run validate');
  });
});
