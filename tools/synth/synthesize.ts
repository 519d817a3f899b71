import path from 'node:path';
import type { Environment } from '../../hub/environment';
import { buildLab } from '../../hub/lab';
import { renderApp, RenderedTree } from './render';
import { writeTree, WriteResult } from './write';

export interface SynthOptions {
  /** Every environment the lab defines. */
  readonly environments: readonly Environment[];
  /**
   * Names of the environments to synthesize.
   * @default - all of them
   */
  readonly only?: readonly string[];
  /** The folder to write to. */
  readonly outdir: string;
}

export interface SynthResult extends WriteResult {
  readonly environments: readonly string[];
  readonly tree: RenderedTree;
}

/** Renders the lab in memory; nothing is written. */
export function renderLab(environments: readonly Environment[]): RenderedTree {
  return renderApp(buildLab({ environments }));
}

/**
 * Renders the selected environments and brings the output folder in line. A full synth may
 * remove any file it wrote before; a synth of some environments only those in their folders,
 * `experiments/` (built in full by every synth) and the other shared top-level folders it
 * produced, so other environments' files stay. Files synth did not write are never removed
 * (write.ts).
 */
export function synthesize(options: SynthOptions): SynthResult {
  const selected = options.only?.length
    ? options.environments.filter((e) => options.only!.includes(e.name))
    : options.environments;
  const tree = renderLab(selected);
  const full = selected.length === options.environments.length;
  // Every synth builds every experiment, so experiments/ is always owned, even when it is empty.
  const shared = [...new Set(['experiments', ...[...tree.files.keys()].map((f) => f.split('/')[0]).filter((top) => top !== 'hub')])];
  const owned = full ? [''] : [...selected.map((e) => e.distPath), ...shared];
  const result = writeTree(path.resolve(options.outdir), tree.files, owned, options.outdir);
  return { ...result, environments: selected.map((e) => e.name), tree };
}
