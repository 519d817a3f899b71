import { ProjectFileStamp, projectFilesUnchanged } from '../../constructs/core/project-files';
import { FileIdentity, identityOf, isFileIdentity, sameIdentity } from './file-identity';

/**
 * Everything a synth's output is made from (ADR 0162): the bundles it runs from, which hold all
 * of its code and the data that code imports (libraries, bindings, chart defaults); node; the
 * environments it renders; and the project files constructs read while building (k6 scripts,
 * the results step's program: constructs/core/project-files.ts). The time zone, the locale and the
 * rest of the process environment do not change the output (test/dist.test.ts).
 */
export interface RenderInputs {
  /** Each bundle's identity: a rebuild writes a bundle afresh, which gives it a new ctime at least. */
  readonly program: readonly FileIdentity[];
  /** `process.version`. */
  readonly node: string;
  /** The names of the environments rendered, in the lab's order. */
  readonly environments: readonly string[];
  /** The project files read while building, with their size and mtime then. */
  readonly projectFiles: readonly ProjectFileStamp[];
}

/** What a render gave, to report again when nothing it was made from has changed. */
export interface RenderSummary {
  readonly charts: number;
  readonly objects: number;
  /** Files written or left in place, the record not counted. */
  readonly files: number;
}

/** A render as the written state keeps it: what it was made from and what it gave. */
export interface LastRender {
  readonly inputs: RenderInputs;
  readonly summary: RenderSummary;
}

/**
 * The inputs of a synth run from `bundles` now, before it builds anything: the project files it
 * will read are known only after the build, so they start out empty (see {@link withFilesRead}).
 * Undefined when a bundle cannot be read, which makes every synth render.
 */
export function currentInputs(bundles: readonly string[], environments: readonly string[]): RenderInputs | undefined {
  const program = bundles.map(identityOf);
  if (program.length === 0 || !program.every((identity) => identity !== undefined)) return undefined;
  return { program, node: process.version, environments: [...environments], projectFiles: [] };
}

/** `inputs` with the project files a build read. */
export function withFilesRead(inputs: RenderInputs, projectFiles: readonly ProjectFileStamp[]): RenderInputs {
  return { ...inputs, projectFiles: [...projectFiles] };
}

/**
 * Whether a render from `now` gives what `last` gave: the same bundle, node and environments, and
 * every project file `last` read unchanged in size and mtime. (The runner trusts size and mtime
 * the same way to decide whether the bundle itself is fresh.)
 */
export function sameInputs(last: RenderInputs, now: RenderInputs): boolean {
  return sameList(last.program, now.program, sameIdentity) && last.node === now.node &&
    sameList(last.environments, now.environments, (a, b) => a === b) && projectFilesUnchanged(last.projectFiles);
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((x, i) => same(x, b[i]));
}

/** Whether `value`, read back from the state file, has the shape of a {@link LastRender}. */
export function isLastRender(value: unknown): value is LastRender {
  const v = value as LastRender | undefined;
  return typeof v === 'object' && v !== null &&
    typeof v.inputs === 'object' && v.inputs !== null && Array.isArray(v.inputs.program) && v.inputs.program.length > 0 &&
    v.inputs.program.every(isFileIdentity) && typeof v.inputs.node === 'string' &&
    Array.isArray(v.inputs.environments) && v.inputs.environments.every((e) => typeof e === 'string') &&
    Array.isArray(v.inputs.projectFiles) &&
    v.inputs.projectFiles.every((f) => Array.isArray(f) && f.length === 3 && typeof f[0] === 'string' && typeof f[1] === 'number' && typeof f[2] === 'number') &&
    typeof v.summary === 'object' && v.summary !== null && typeof v.summary.charts === 'number' && typeof v.summary.objects === 'number' && typeof v.summary.files === 'number';
}
