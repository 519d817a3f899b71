import { autoscalingResponse } from '../experiments/autoscaling-response';
import { httpBaseline } from '../experiments/http-baseline';
import { kafkaThroughput } from '../experiments/kafka-throughput';
import { meshOverhead } from '../experiments/mesh-overhead';
import { messagingComparison } from '../experiments/messaging-comparison';
import { postgresPgbench } from '../experiments/postgres-pgbench';
import { kind } from './environments/kind';
import { talos } from './environments/talos';
import { Lab } from './lab';

/** The lab: one repository, one workflow runner, its environments and its experiments. */
export const LAB = new Lab({
  repository: { url: 'https://github.com/illMadeCoder/illm-k8s-ai-labs.git', revision: 'HEAD' },
  runner: { namespace: 'argo-workflows', serviceAccountName: 'experiment-runner' },
  environments: [kind, talos],
  experiments: [httpBaseline, kafkaThroughput, meshOverhead, postgresPgbench, autoscalingResponse, messagingComparison],
});
