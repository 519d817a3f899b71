import path from 'node:path';
import type { Environment } from '../../hub/environment';
import type { Lab } from '../../lab/lab';
import { withYamlWriter } from '../../constructs/core/yaml';
import { renderApp, RenderedTree } from './render';
import { writeTree, WriteResult } from './write';
import { YamlCache } from './yaml-cache';

export interface SynthOptions {
  /** The lab, with every environment it defines. */
  readonly lab: Lab;
  /**
   * Names of the environments to synthesize.
   * @default - all of them
   */
  readonly only?: readonly string[];
  /** The folder to write to. */
  readonly outdir: string;
  /**
   * A file that keeps the YAML of the objects written, to reuse it next time (yaml-cache.ts).
   * @default - no cache: every object is written afresh
   */
  readonly yamlCache?: string;
}

export interface SynthResult extends WriteResult {
  readonly environments: readonly string[];
  readonly tree: RenderedTree;
}

/** Renders the lab's experiments and the hubs of `environments` (all by default) in memory; nothing is written. */
export function renderLab(lab: Lab, environments: readonly Environment[] = lab.environments): RenderedTree {
  return renderApp(lab.build(environments));
}

/**
 * Renders the selected environments and brings the output folder in line. A full synth may
 * remove any file it wrote before; a synth of some environments only those in their folders,
 * `experiments/` (built in full by every synth) and the other shared top-level folders it
 * produced, so other environments' files stay. Files synth did not write are never removed
 * (write.ts).
 */
export function synthesize(options: SynthOptions): SynthResult {
  const all = options.lab.environments;
  const selected = options.only?.length ? all.filter((e) => options.only!.includes(e.name)) : all;
  const cache = options.yamlCache === undefined ? undefined : YamlCache.open(options.yamlCache);
  const render = () => renderLab(options.lab, selected);
  const tree = cache ? withYamlWriter((value) => cache.toYaml(value), render) : render();
  const full = selected.length === all.length;
  // Every synth builds every experiment, so experiments/ is always owned, even when it is empty.
  const shared = [...new Set(['experiments', ...[...tree.files.keys()].map((f) => f.split('/')[0]).filter((top) => top !== 'hub')])];
  const owned = full ? [''] : [...selected.map((e) => e.distPath), ...shared];
  const result = writeTree(path.resolve(options.outdir), tree.files, owned, options.outdir);
  cache?.save();
  return { ...result, environments: selected.map((e) => e.name), tree };
}
