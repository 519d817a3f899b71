import path from 'node:path';
import type { Environment } from '../../hub/environment';
import type { Lab } from '../../lab/lab';
import { withYamlWriter } from '../../constructs/core/yaml';
import { withDashboardMemo } from '../../constructs/grafana/dashboard-memo';
import { renderApp, RenderedTree } from './render';
import { TextStore } from './text-store';
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
   * A folder where synth keeps what it made, to reuse it next time: the YAML of every object
   * (yaml-cache.ts) and the dashboards' JSON (dashboard-memo.ts). The output is the same either way.
   * @default - none: everything is made afresh
   */
  readonly cacheDir?: string;
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
  const render = () => renderLab(options.lab, selected);
  const caches = options.cacheDir === undefined ? undefined : openCaches(options.cacheDir);
  const tree = caches
    ? withYamlWriter((value) => caches.yaml.toYaml(value), () => withDashboardMemo(caches.dashboards, render))
    : render();
  const full = selected.length === all.length;
  // Every synth builds every experiment, so experiments/ is always owned, even when it is empty.
  const shared = [...new Set(['experiments', ...[...tree.files.keys()].map((f) => f.split('/')[0]).filter((top) => top !== 'hub')])];
  const owned = full ? [''] : [...selected.map((e) => e.distPath), ...shared];
  const result = writeTree(path.resolve(options.outdir), tree.files, owned, options.outdir);
  caches?.yaml.save();
  caches?.dashboards.save();
  return { ...result, environments: selected.map((e) => e.name), tree };
}

/** The caches synth keeps in `dir`, one file each. */
function openCaches(dir: string): { yaml: YamlCache; dashboards: TextStore } {
  return {
    yaml: YamlCache.open(path.join(dir, 'synth-yaml.json')),
    // A dashboard's key names its code and the SDK's version (dashboard-memo.ts), so one writer.
    dashboards: TextStore.open(path.join(dir, 'synth-dashboards.json'), 'dashboard JSON'),
  };
}
