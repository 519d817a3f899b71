import { LabError } from '../../constructs/core/errors';
import type { Environment } from '../../hub/environment';
import type { Lab } from '../../lab/lab';
import { synthesize } from './synthesize';

export interface SynthArgs {
  readonly only: string[];
  readonly outdir: string;
}

const USAGE = 'usage: npm run synth [-- --env NAME[,NAME...]] [--out DIR]';

/** Parses the synth command line against the known environments. */
export function parseSynthArgs(argv: readonly string[], environments: readonly Environment[]): SynthArgs {
  const only: string[] = [];
  let outdir = 'dist';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new LabError(`synth: ${flag} needs a value; ${USAGE}`);
      return v;
    };
    if (flag === '--env') only.push(...value().split(',').map((s) => s.trim()).filter(Boolean));
    else if (flag === '--out') outdir = value();
    else throw new LabError(`synth: unknown argument ${JSON.stringify(arg)}; ${USAGE}`);
  }
  const known = environments.map((e) => e.name);
  for (const name of only) {
    if (!known.includes(name)) {
      throw new LabError(`synth: --env ${JSON.stringify(name)} is not a defined environment; known environments: ${known.join(', ')}`);
    }
  }
  return { only, outdir };
}

/** `npm run synth`: renders, writes, and prints one summary line. */
export function runSynth(argv: readonly string[], lab: Lab): number {
  const args = parseSynthArgs(argv, lab.environments);
  const result = synthesize({ lab, only: args.only, outdir: args.outdir });
  // Since the process started: bundling and loading included, as the user waits for it.
  const seconds = process.uptime();
  const changed = result.written + result.removed;
  const envs = result.environments;
  console.log(
    `synth: ${envs.length} environment${envs.length === 1 ? '' : 's'} (${envs.join(', ')}), ` +
    `${result.tree.charts} charts, ${result.tree.objects.length} objects, ` +
    `${changed} file${changed === 1 ? '' : 's'} changed (${result.written} written, ${result.removed} removed) ` +
    `in ${args.outdir}/ [${seconds.toFixed(2)} s]`,
  );
  return 0;
}
