import { autoscalingResponse } from '../experiments/autoscaling-response';
import { autoscalingKafkaLag } from '../experiments/autoscaling-kafka-lag';
import { gatewayComparison } from '../experiments/gateway-comparison';
import { gatewayK6Locust } from '../experiments/gateway-k6-locust';
import { gatewayNginxTraefik } from '../experiments/gateway-nginx-traefik';
import { httpBaseline } from '../experiments/http-baseline';
import { kafkaThroughput } from '../experiments/kafka-throughput';
import { logsPipeline } from '../experiments/logs-pipeline';
import { meshComparison } from '../experiments/mesh-comparison';
import { meshOverhead } from '../experiments/mesh-overhead';
import { metricsBackends } from '../experiments/metrics-backends';
import { messagingComparison } from '../experiments/messaging-comparison';
import { postgresPgbench } from '../experiments/postgres-pgbench';
import { tracingBackends } from '../experiments/tracing-backends';
import { valkeyBenchmark } from '../experiments/valkey-benchmark';
import { postgresRestore } from '../experiments/postgres-restore';
import { kind } from './environments/kind';
import { kindCilium } from './environments/kind-cilium';
import { talos } from './environments/talos';
import { Lab } from './lab';

/** The lab: one repository, one workflow runner, its environments and its experiments. */
export const LAB = new Lab({
  repository: { url: 'https://github.com/illMadeCoder/illm-k8s-ai-labs.git', revision: 'HEAD' },
  runner: { namespace: 'argo-workflows', serviceAccountName: 'experiment-runner' },
  environments: [kind, talos, kindCilium],
  experiments: [
    httpBaseline,
    kafkaThroughput,
    meshOverhead,
    postgresPgbench,
    autoscalingResponse,
    autoscalingKafkaLag,
    logsPipeline,
    tracingBackends,
    meshComparison,
    valkeyBenchmark,
    postgresRestore,
    metricsBackends,
    gatewayComparison,
    gatewayNginxTraefik,
    gatewayK6Locust,
    messagingComparison,
  ],
});
