import { HelloApp } from '../../constructs/apps/hello-app';
import type { ExperimentDefinition } from '../../constructs/experiment/experiment';
import { K6Script } from '../../constructs/loadgen/k6-script';
import { K6Test } from '../../constructs/loadgen/k6-test';

/**
 * The lab's reference point: the hello app under a steady k6 request mix (70 % page reads,
 * 20 % health checks, 10 % writes), passing while p95 latency stays below 500 ms and errors
 * below 10 %. Other experiments compare their numbers to this one's.
 */
export const httpBaseline: ExperimentDefinition = {
  name: 'http-baseline',
  description: 'Latency and throughput of a small HTTP app under a steady k6 request mix',
  parameters: { users: 10, duration: '60s', thresholds: { p95LatencyMs: 500, errorRate: 0.1 } },
  build(exp) {
    const target = new HelloApp(exp, 'target', { namespace: exp.namespace() });
    exp.runLoad(new K6Test(exp, 'loadgen', {
      target: target.http,
      script: K6Script.fromFile('experiments/http-baseline/baseline.js'),
    }));
  },
};
