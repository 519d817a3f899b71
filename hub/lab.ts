import { App } from 'cdk8s';
import { buildExperiments } from '../experiments';
import type { Environment } from './environment';
import { Hub } from './hub';

/** What one synth builds. */
export interface LabSelection {
  /** The environments whose hubs are built. */
  readonly environments: readonly Environment[];
}

/** Builds the construct tree of the selected environments' hubs and of every experiment. */
export function buildLab(selection: LabSelection): App {
  const app = new App({ outdir: 'dist' });
  // Every experiment once, for dist/experiments; each hub enables those its environment lists.
  const experiments = buildExperiments(app);
  for (const env of selection.environments) {
    const hub = new Hub(app, env);
    for (const name of env.experiments) experiments.get(name)!.enableOn(hub);
  }
  return app;
}
