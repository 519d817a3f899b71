// Entry point of `npm run synth`: every environment the lab defines, synthesized into dist/.
import { ENVIRONMENTS } from './hub/environments';
import { runSynth } from './tools/synth/command';

export async function main(argv: string[]): Promise<number> {
  return runSynth(argv, ENVIRONMENTS);
}
