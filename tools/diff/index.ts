// The diff core: comparing two parsed dist/ trees is pure; reading them is done by the callers.
export { compareTrees, exitCodeOf, hasChanges } from './compare';
export type { ApplicationDiff, ChangedObject, TreeDiff } from './compare';
export { diffFields } from './fields';
export type { FieldChange } from './fields';
export { formatMarkdown, formatText } from './format';
export type { Baseline } from './format';
export { parseManifests, refOf } from './manifests';
export type { ManifestTree, ObjectRef } from './manifests';
export { folderOwners } from './owners';
export type { Owner } from './owners';
