import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Environment } from '../../hub/environment';
import type { Lab } from '../../lab/lab';
import { toYaml, withYamlWriter } from '../../constructs/core/yaml';
import { withDashboardMemo } from '../../constructs/grafana/dashboard-memo';
import { projectFilesRead } from '../../constructs/core/project-files';
import { compare, renderApp, RenderedObjects, renderObjects, RenderedTree } from './render';
import { TextStore } from './text-store';
import { openOutputFolder, RECORD_FILE } from './record';
import { currentInputs, type RenderInputs, type RenderSummary, sameInputs, withFilesRead } from './render-inputs';
import { FileText, IN_PLACE, writeTree, WriteResult } from './write';
import { WrittenState } from './written-state';
import { keyOf, YAML_TEXT_WRITER, YamlCache } from './yaml-cache';

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
  /**
   * The bundles this synth runs from (tools/run.cjs). With them and `cacheDir`, a synth renders
   * nothing when its inputs (the bundles, node, the environments and the project files the last
   * render read) are those of its last run into `outdir` and every file it wrote there is as it
   * left it: the folder holds what a render would write (ADR 0162).
   * @default - none: every synth renders
   */
  readonly program?: readonly string[];
  /**
   * Render even when nothing changed since the last synth into `outdir`.
   * @default false
   */
  readonly force?: boolean;
}

export interface SynthResult extends WriteResult {
  readonly environments: readonly string[];
  /** Objects rendered. */
  readonly objects: number;
  /** Charts that produced at least one object. */
  readonly charts: number;
  /** False when nothing changed since the last synth, which this one reports again without rendering. */
  readonly rendered: boolean;
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
 * (write.ts). When nothing it is made from changed since its last run into the folder, it renders
 * nothing (see {@link SynthOptions.program}).
 */
export function synthesize(options: SynthOptions): SynthResult {
  // A folder that is not synth's is refused before the render, not after it.
  const folder = openOutputFolder(path.resolve(options.outdir), options.outdir);
  const all = options.lab.environments;
  const selected = options.only?.length ? all.filter((e) => options.only!.includes(e.name)) : all;
  const environments = selected.map((e) => e.name);
  const state = options.cacheDir === undefined ? undefined : WrittenState.open(options.cacheDir, options.outdir, YAML_TEXT_WRITER);
  const inputs = options.program === undefined ? undefined : currentInputs(options.program, environments);
  const unchanged = options.force ? undefined : unchangedRender(state, inputs);
  if (unchanged) {
    const { charts, objects, files } = unchanged;
    return { written: 0, removed: 0, unchanged: files, environments, charts, objects, rendered: false };
  }
  const caches = options.cacheDir === undefined || state === undefined ? undefined : openCaches(options.cacheDir, state);
  const render = () => {
    const rendered = renderObjects(options.lab.build(selected));
    return { rendered, texts: fileTexts(rendered, caches) };
  };
  const { rendered, texts } = caches
    ? withYamlWriter((value) => caches.yaml.toYaml(value), () => withDashboardMemo(caches.dashboards, render))
    : render();
  const files = new Map([...texts.files].sort(([a], [b]) => compare(a, b)));
  const full = selected.length === all.length;
  // Every synth builds every experiment, so experiments/ is always owned, even when it is empty.
  const shared = [...new Set(['experiments', ...[...files.keys()].map((f) => f.split('/')[0]).filter((top) => top !== 'hub')])];
  const owned = full ? [''] : [...selected.map((e) => e.distPath), ...shared];
  const result = writeTree(path.resolve(options.outdir), files, owned, {
    shown: options.outdir,
    folder,
    settled: (rel) => {
      const key = texts.keys.get(rel);
      if (key !== undefined) caches?.state.note(rel, key);
    },
  });
  const summary = { charts: rendered.charts, objects: rendered.objects.length, files: files.size };
  if (caches) {
    // The record is synth's too: a hand edit to it is undone by the next render, so it must not be skipped.
    caches.state.note(RECORD_FILE, RECORD_KEY);
    caches.yaml.save();
    caches.dashboards.save();
    caches.state.save(inputs && { inputs: withFilesRead(inputs, projectFilesRead()), summary });
  }
  return { ...result, environments, objects: summary.objects, charts: summary.charts, rendered: true };
}

/**
 * What the last render into the folder gave, when a render now would give the same: the same
 * inputs, and every file it wrote still as it left it (ADR 0162).
 */
function unchangedRender(state: WrittenState | undefined, inputs: RenderInputs | undefined): RenderSummary | undefined {
  const last = state?.lastRender;
  if (state === undefined || last === undefined || inputs === undefined) return undefined;
  return sameInputs(last.inputs, inputs) && state.intact() ? last.summary : undefined;
}

/** The written state's key for the output folder's record (record.ts), which is no object. */
const RECORD_KEY = 'record';

/** The texts of a render's files, and the keys of the objects among them (see written-state.ts). */
interface FileTexts {
  readonly files: ReadonlyMap<string, FileText>;
  readonly keys: ReadonlyMap<string, string>;
}

/**
 * Each file's text, or IN_PLACE where the output folder holds it already; without caches, every
 * file's text. An object's key is that of its JSON, a set-up file's that of its text.
 */
function fileTexts(rendered: RenderedObjects, caches: Caches | undefined): FileTexts {
  const files = new Map<string, FileText>();
  const keys = new Map<string, string>();
  const add = (file: string, key: string | undefined, text: () => string) => {
    if (key !== undefined && caches?.state.holds(file, key)) {
      files.set(file, IN_PLACE);
      caches.state.keep(file);
      return;
    }
    files.set(file, text());
    if (key !== undefined) keys.set(file, key);
  };
  for (const [file, text] of rendered.others) add(file, caches && textKey(text), () => text);
  for (const { file, manifest } of rendered.objects) {
    const key = caches && keyOf(manifest);
    add(file, key, () => (caches && key !== undefined ? caches.yaml.toYaml(manifest, key) : toYaml(manifest)));
  }
  return { files, keys };
}

/** The key of a file that is not an object (a set-up script): the digest of its text. */
function textKey(text: string): string {
  return `text ${createHash('sha1').update(text).digest('base64')}`;
}

interface Caches {
  readonly yaml: YamlCache;
  readonly dashboards: TextStore;
  readonly state: WrittenState;
}

/** The caches synth keeps in `dir`, one file each, with `state`, that of the output folder. */
function openCaches(dir: string, state: WrittenState): Caches {
  return {
    yaml: YamlCache.open(path.join(dir, 'synth-yaml.json')),
    // A dashboard's key names its code and the SDK's version (dashboard-memo.ts), so one writer.
    dashboards: TextStore.open(path.join(dir, 'synth-dashboards.json'), 'dashboard JSON'),
    state,
  };
}
