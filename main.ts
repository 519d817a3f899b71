// Entry point of `npm run synth`: every environment the lab defines, synthesized into dist/.
import { LAB } from './lab';
import type { CommandRun } from './tools/command-run';
import { runSynth } from './tools/synth/command';

export async function main(argv: string[], run?: CommandRun): Promise<number> {
  return runSynth(argv, LAB, run);
}
