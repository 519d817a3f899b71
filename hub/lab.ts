import { App } from 'cdk8s';
import type { Environment } from './environment';
import { Hub } from './hub';

/** What one synth builds. */
export interface LabSelection {
  /** The environments whose hubs are built. */
  readonly environments: readonly Environment[];
}

/** Builds the construct tree of the selected environments' hubs. */
export function buildLab(selection: LabSelection): App {
  const app = new App({ outdir: 'dist' });
  for (const env of selection.environments) new Hub(app, env);
  return app;
}
