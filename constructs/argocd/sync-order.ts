import { ApiObject } from 'cdk8s';
import { SYNC_OPTIONS_ANNOTATION, SYNC_WAVE_ANNOTATION } from './constants';

/** Object waves given so far; objects never ordered here sync in wave 0, with the Helm chart's. */
const WAVES = new WeakMap<ApiObject, number>();

/** The object-level sync wave of an object within its Application. */
export function objectWaveOf(object: ApiObject): number {
  return WAVES.get(object) ?? 0;
}

/**
 * Orders a custom resource after whatever installs its CRD in the same Application: one wave
 * after the latest of `after` (or after the Helm chart's objects, which sync in wave 0). ArgoCD
 * finishes a wave, healthy, before it applies the next, so the operator's CRDs and webhooks are
 * in place; it skips the dry run of the resource while its CRD does not exist yet.
 *
 * A custom resource whose operator is another component goes in a component that `dependsOn` it
 * instead (ADR 0011). Returns the wave given.
 */
export function customResourceAfter(object: ApiObject, after: readonly ApiObject[] = []): number {
  const wave = Math.max(0, ...after.map(objectWaveOf)) + 1;
  WAVES.set(object, wave);
  object.metadata.addAnnotation(SYNC_WAVE_ANNOTATION, String(wave));
  object.metadata.addAnnotation(SYNC_OPTIONS_ANNOTATION, 'SkipDryRunOnMissingResource=true');
  return wave;
}
