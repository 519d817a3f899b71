import { Capability } from './capability';

/**
 * Every capability a hub can provide. Each has exactly one entry in the hub's catalog
 * (hub/catalog.ts), which the compiler holds to: a capability without an entry does not build.
 */
export const Capabilities = {
  /** Argo Workflows: every experiment's lifecycle workflow runs there (a core hub component). */
  argoWorkflows: new Capability('argo-workflows', 'runs the experiments\' lifecycle workflows'),
  /** The k6-operator: runs k6 TestRuns. */
  k6Operator: new Capability('k6-operator', 'runs k6 TestRuns'),
  /** Strimzi: runs Kafka clusters, node pools and topics. */
  strimzi: new Capability('strimzi', 'runs Kafka clusters and topics'),
  /** Istio's control plane: a sidecar service mesh for enrolled namespaces. */
  istio: new Capability('istio', 'a sidecar service mesh with mutual TLS'),
  /** Istio's ingress gateway on the hub's fixed `istio-gateway` address. */
  istioIngress: new Capability('istio-ingress', 'an Istio ingress gateway on a fixed address'),
  /** CloudNativePG: runs PostgreSQL clusters and their PgBouncer poolers. */
  cloudNativePg: new Capability('cloudnative-pg', 'runs PostgreSQL clusters and PgBouncer poolers'),
  /** metrics-server: the resource metrics API that CPU and memory HorizontalPodAutoscalers read. */
  metricsServer: new Capability('metrics-server', 'serves the resource metrics API for CPU-based autoscaling'),
  /** KEDA: scales workloads on event sources (Prometheus queries, Kafka consumer lag). */
  keda: new Capability('keda', 'scales workloads on Prometheus queries and Kafka lag'),
  /** The Vertical Pod Autoscaler's recommender: CPU and memory recommendations, never applied. */
  verticalPodAutoscaler: new Capability('vertical-pod-autoscaler', 'recommends CPU and memory requests'),
  /** Loki (monolithic, on the lab's S3 store) fed by Grafana Alloy: a log pipeline. */
  lokiLogs: new Capability('loki-logs', 'stores and queries logs in Loki, shipped by Alloy'),
  /** Elastic Cloud on Kubernetes: runs Elasticsearch and Kibana. */
  eck: new Capability('eck', 'runs Elasticsearch and Kibana (Elastic License 2.0)'),
  /** Elasticsearch and Kibana fed by Fluent Bit: a log pipeline. */
  elasticLogs: new Capability('elastic-logs', 'stores and queries logs in Elasticsearch, shipped by Fluent Bit'),
  /** Grafana Tempo: a trace store on the lab's S3 bucket store, with a Grafana data source. */
  tempo: new Capability('tempo', 'stores traces in the lab\'s S3 bucket store'),
  /** Jaeger v2: a trace store on a local Badger volume, with a Grafana data source. */
  jaeger: new Capability('jaeger', 'stores traces in Badger on a volume claim'),
  /** The OpenTelemetry operator: injects auto-instrumentation into pods an Instrumentation names. */
  openTelemetryOperator: new Capability('opentelemetry-operator', 'injects OpenTelemetry auto-instrumentation into annotated pods'),
  // Meshes (issue 15, ADR 0150-0151).
  /** Istio's ambient data plane: the CNI agent and ztunnel on every node, istiod in the ambient profile. */
  istioAmbient: new Capability('istio-ambient', 'Istio\'s sidecar-free ambient mesh (ztunnel)'),
  /** Linkerd's control plane, its certificates from cert-manager: a sidecar mesh with mutual TLS. */
  linkerd: new Capability('linkerd', 'Linkerd\'s sidecar service mesh with mutual TLS'),
  /** CloudNativePG's Barman Cloud plugin: WAL archiving and base backups of PostgreSQL clusters to S3. */
  barmanCloud: new Capability('barman-cloud', 'backs PostgreSQL clusters up to S3'),
  /** VictoriaMetrics single-node: a second metrics store, fed every sample the hub's Prometheus scrapes. */
  victoriaMetrics: new Capability('victoria-metrics', 'a VictoriaMetrics store holding the same series as the hub\'s Prometheus'),
  // Traffic (issue 12, ADR 0130-0133): the Gateway API and its implementations.
  /** The Gateway API's CRDs, standard channel: every gateway implementation needs them. */
  gatewayApi: new Capability('gateway-api', 'the Gateway API CRDs (standard channel)'),
  /** Envoy Gateway: Gateway API gateways on Envoy proxies, GatewayClass `envoy-gateway`. */
  envoyGateway: new Capability('envoy-gateway', 'Gateway API gateways on Envoy proxies'),
  /** Traefik: Gateway API gateways on its own shared proxy, GatewayClass `traefik`. */
  traefik: new Capability('traefik', 'Gateway API gateways on Traefik'),
  /** NGINX Gateway Fabric: Gateway API gateways on NGINX, GatewayClass `nginx`. */
  nginxGatewayFabric: new Capability('nginx-gateway-fabric', 'Gateway API gateways on NGINX'),
  /** The RabbitMQ cluster operator: runs RabbitmqClusters. */
  rabbitmqClusterOperator: new Capability('rabbitmq-cluster-operator', 'runs RabbitMQ clusters'),
  /** The RabbitMQ messaging topology operator: declares queues and streams from Queue resources. */
  rabbitmqTopologyOperator: new Capability('rabbitmq-topology-operator', 'declares RabbitMQ queues and streams from resources'),
  /** nack, NATS' JetStream controller: creates JetStream streams and consumers from custom resources. */
  nack: new Capability('nack', 'manages NATS JetStream streams and consumers'),
} as const;

/** The key of a capability in {@link Capabilities}. */
export type CapabilityKey = keyof typeof Capabilities;
