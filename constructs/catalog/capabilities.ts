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
  /** The RabbitMQ cluster operator: runs RabbitmqClusters. */
  rabbitmqClusterOperator: new Capability('rabbitmq-cluster-operator', 'runs RabbitMQ clusters'),
  /** nack, NATS' JetStream controller: creates JetStream streams and consumers from custom resources. */
  nack: new Capability('nack', 'manages NATS JetStream streams and consumers'),
} as const;

/** The key of a capability in {@link Capabilities}. */
export type CapabilityKey = keyof typeof Capabilities;
