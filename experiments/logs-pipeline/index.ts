import type { ExperimentDefinition } from '../../constructs/experiment/experiment';
import { LogGenerator } from '../../constructs/loadgen/log-generator';
import { LOG_PIPELINES } from '../../constructs/logging/log-pipeline';

/** The load both variants get: lines per second, bytes per line, and for how long. */
const LOAD = { rate: 1000, lineBytes: 512, duration: '5m' } as const;

/**
 * What a gigabyte of logs costs to ship, keep and search in each of two stacks: Loki fed by
 * Alloy, and Elasticsearch fed by Fluent Bit. The same generator writes the same lines to each in
 * turn (its own namespace per variant, the pipeline's namespace charged to it too), then measures
 * the seconds until every line can be found, the latency of a count over the run's lines, and the
 * bytes the backend stored for them (ADR 0126).
 */
export const logsPipeline: ExperimentDefinition = {
  name: 'logs-pipeline',
  description: 'Loki with Alloy against Elasticsearch with Fluent Bit at the same log rate: ingest lag, stored bytes per GB, query latency, cost per GB',
  // Bounds a stage: the generator's five minutes, then the probe's wait for the last line.
  parameters: { duration: '5m' },
  build(exp) {
    // One after the other, so the two pipelines do not share the node's disk and CPU.
    for (const [variant, pipeline] of [['loki', LOG_PIPELINES.loki], ['elasticsearch', LOG_PIPELINES.elasticsearch]] as const) {
      exp.runLoad(new LogGenerator(exp, `loggen-${variant}`, {
        name: `loggen-${variant}`, namespace: exp.namespace(variant), variant, pipeline, ...LOAD,
      }));
    }
  },
};
