import { Construct } from 'constructs';
import { Experiment, ExperimentDefinition } from '../constructs/experiment/experiment';
import { LAB_REPOSITORY } from '../hub/repository';
import { httpBaseline } from './http-baseline';
import { kafkaThroughput } from './kafka-throughput';
import { meshOverhead } from './mesh-overhead';

/**
 * Every experiment the lab defines, one folder each. dist/experiments/ holds all of them for
 * review; an environment runs those it lists in `experiments`.
 */
export const EXPERIMENTS: readonly ExperimentDefinition[] = [httpBaseline, kafkaThroughput, meshOverhead];

/** The names an environment may list. */
export const EXPERIMENT_NAMES: readonly string[] = EXPERIMENTS.map((e) => e.name);

/** Builds every experiment once, below `scope`, by name. */
export function buildExperiments(scope: Construct): ReadonlyMap<string, Experiment> {
  const group = new Construct(scope, 'experiments');
  return new Map(EXPERIMENTS.map((definition) => [
    definition.name,
    new Experiment(group, definition.name, { ...definition, repository: LAB_REPOSITORY }),
  ]));
}
