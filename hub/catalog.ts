import type { Construct } from 'constructs';
import type { Component } from '../constructs/argocd/component';
import { LabError } from '../constructs/core/errors';
import { Capabilities, CapabilityKey } from '../constructs/catalog/capabilities';
import type { Capability } from '../constructs/catalog/capability';
import type { ArgoWorkflows } from '../constructs/argo-workflows/argo-workflows';
import type { CertManager } from '../constructs/cert-manager/cert-manager';
import { Keda } from '../constructs/autoscaling/keda';
import { MetricsServer } from '../constructs/autoscaling/metrics-server';
import { VerticalPodAutoscaler } from '../constructs/autoscaling/vertical-pod-autoscaler';
import { IstioBase } from '../constructs/istio/istio-base';
import { IstioGateway } from '../constructs/istio/istio-gateway';
import { Istiod } from '../constructs/istio/istiod';
import { K6Operator } from '../constructs/k6-operator/k6-operator';
import { IstioCni } from '../constructs/istio/istio-cni';
import { Ztunnel } from '../constructs/istio/ztunnel';
import { LinkerdControlPlane } from '../constructs/linkerd/linkerd-control-plane';
import { LinkerdCrds } from '../constructs/linkerd/linkerd-crds';
import { LinkerdIdentity } from '../constructs/linkerd/linkerd-identity';
import { StrimziOperator } from '../constructs/kafka/strimzi-operator';
import { CloudNativePgOperator } from '../constructs/postgres/cloudnative-pg-operator';
import { BarmanCloudPlugin } from '../constructs/postgres/barman-cloud-plugin';
import { EnvoyGateway } from '../constructs/gateway-api/envoy-gateway';
import { GatewayApiCrds } from '../constructs/gateway-api/gateway-api-crds';
import { NginxGatewayFabric } from '../constructs/gateway-api/nginx-gateway-fabric';
import { Traefik } from '../constructs/gateway-api/traefik';
import { Nack } from '../constructs/nats/nack';
import { RabbitmqClusterOperator } from '../constructs/rabbitmq/rabbitmq-cluster-operator';
import { RabbitmqTopologyOperator } from '../constructs/rabbitmq/rabbitmq-topology-operator';
import type { MetalLb } from '../constructs/metallb/metallb';
import type { MonitoringStack } from '../constructs/monitoring/monitoring-stack';
import { VictoriaMetrics } from '../constructs/victoria-metrics/victoria-metrics';
import type { AddressAllocator } from '../constructs/network/address-pool';
import type { SeaweedFs } from '../constructs/seaweedfs/seaweedfs';
import { BACKUPS_BUCKET } from '../constructs/seaweedfs/hub-object-store';
import { Jaeger } from '../constructs/tracing/jaeger';
import { OpenTelemetryOperator } from '../constructs/tracing/opentelemetry-operator';
import { Tempo } from '../constructs/tracing/tempo';
import type { Environment, HubAddressOwner } from './environment';
import { Alloy } from '../constructs/logging/alloy';
import { EckOperator } from '../constructs/logging/eck-operator';
import { ElasticLogStore } from '../constructs/logging/elastic-log-store';
import { FluentBit } from '../constructs/logging/fluent-bit';
import { Loki } from '../constructs/logging/loki';

/** What a catalog entry may use of the hub it is installed into. */
export interface CatalogHost extends Construct {
  readonly environment: Environment;
  /** Hands out the environment's fixed addresses, each once. */
  readonly addresses: AddressAllocator<HubAddressOwner>;
  /** MetalLB, which announces LoadBalancer addresses. */
  readonly metallb: MetalLb;
  /** The hub's Argo Workflows, a core component. */
  readonly argoWorkflows: ArgoWorkflows;
  /** The lab's S3 bucket store, a core component; on-demand stores add their buckets to it. */
  readonly objectStore: SeaweedFs;
  /** cert-manager, a core component: operators whose webhooks it certifies come after it. */
  readonly certManager: CertManager;
  /** The hub's Prometheus and Grafana, a core component. */
  readonly monitoring: MonitoringStack;
}

/** A capability the hub's core always provides. */
export interface CoreEntry {
  readonly kind: 'core';
  /** The core component that provides it. */
  component(hub: CatalogHost): Component;
}

/** A capability installed only on hubs where an enabled experiment needs it. */
export interface OnDemandEntry {
  readonly kind: 'on-demand';
  /**
   * Capabilities installed first; their components are passed to {@link install}.
   * @default - none
   */
  readonly requires?: readonly Capability[];
  /** Installs it into `hub`, after `dependsOn`; returns the component experiments wait for. */
  install(hub: CatalogHost, dependsOn: readonly Component[]): Component;
}

export type CatalogEntry = CoreEntry | OnDemandEntry;

/**
 * How a hub provides each capability: every key of {@link Capabilities} has exactly one entry
 * (the type says so). Entries are installed where an environment's experiments need them, once,
 * with what they require before them.
 */
export const CATALOG: { readonly [K in CapabilityKey]: CatalogEntry } = {
  argoWorkflows: { kind: 'core', component: (hub) => hub.argoWorkflows },
  k6Operator: {
    kind: 'on-demand',
    install: (hub) => new K6Operator(hub, 'k6-operator', { chart: hub.environment.charts.k6Operator }),
  },
  strimzi: {
    kind: 'on-demand',
    install: (hub) => new StrimziOperator(hub, 'strimzi', { chart: hub.environment.charts.strimzi }),
  },
  istio: {
    kind: 'on-demand',
    install: (hub) => {
      const base = new IstioBase(hub, 'istio-base', { chart: hub.environment.charts.istioBase });
      return new Istiod(hub, 'istiod', { chart: hub.environment.charts.istiod, base });
    },
  },
  istioIngress: {
    kind: 'on-demand',
    requires: [Capabilities.istio],
    install: (hub, dependsOn) => new IstioGateway(hub, 'istio-gateway', {
      chart: hub.environment.charts.istioGateway,
      istiod: provided(dependsOn, Istiod),
      address: hub.addresses.allocate('istio-gateway'),
      dependsOn: [hub.metallb],
    }),
  },
  cloudNativePg: {
    kind: 'on-demand',
    install: (hub) => new CloudNativePgOperator(hub, 'cloudnative-pg', { chart: hub.environment.charts.cloudNativePg }),
  },
  metricsServer: {
    kind: 'on-demand',
    install: (hub) => new MetricsServer(hub, 'metrics-server', {
      chart: hub.environment.charts.metricsServer,
      kubeletInsecureTls: hub.environment.cluster === 'kind',
    }),
  },
  keda: {
    kind: 'on-demand',
    install: (hub) => new Keda(hub, 'keda', { chart: hub.environment.charts.keda }),
  },
  verticalPodAutoscaler: {
    kind: 'on-demand',
    requires: [Capabilities.metricsServer],
    install: (hub, dependsOn) => new VerticalPodAutoscaler(hub, 'vertical-pod-autoscaler', {
      chart: hub.environment.charts.verticalPodAutoscaler, dependsOn,
    }),
  },
  lokiLogs: {
    kind: 'on-demand',
    install: (hub) => {
      const loki = new Loki(hub, 'loki', {
        chart: hub.environment.charts.loki, bucket: hub.objectStore.addBucket('loki'), storageClass: hub.environment.storageClass,
        dependsOn: [hub.objectStore],
      });
      return new Alloy(hub, 'alloy', { chart: hub.environment.charts.alloy, loki });
    },
  },
  eck: {
    kind: 'on-demand',
    install: (hub) => new EckOperator(hub, 'eck-operator', { chart: hub.environment.charts.eckOperator }),
  },
  elasticLogs: {
    kind: 'on-demand',
    requires: [Capabilities.eck],
    install: (hub, dependsOn) => {
      const store = new ElasticLogStore(hub, 'elasticsearch', {
        operator: provided(dependsOn, EckOperator), storageClass: hub.environment.storageClass,
      });
      return new FluentBit(hub, 'fluent-bit', { chart: hub.environment.charts.fluentBit, store });
    },
  },
  tempo: {
    kind: 'on-demand',
    install: (hub) => new Tempo(hub, 'tempo', {
      chart: hub.environment.charts.tempo, bucket: hub.objectStore.addBucket('traces'),
      storageClass: hub.environment.storageClass, dependsOn: [hub.objectStore],
    }),
  },
  jaeger: {
    kind: 'on-demand',
    install: (hub) => new Jaeger(hub, 'jaeger', { chart: hub.environment.charts.jaeger, storageClass: hub.environment.storageClass }),
  },
  openTelemetryOperator: {
    kind: 'on-demand',
    install: (hub) => new OpenTelemetryOperator(hub, 'opentelemetry-operator', {
      chart: hub.environment.charts.openTelemetryOperator, dependsOn: [hub.certManager],
    }),
  },
  // Meshes (issue 15, ADR 0150-0151).
  istioAmbient: {
    kind: 'on-demand',
    requires: [Capabilities.istio],
    install: (hub, dependsOn) => {
      const istiod = provided(dependsOn, Istiod);
      const base = hub.node.findAll().find((c): c is IstioBase => c instanceof IstioBase)!;
      const cni = new IstioCni(hub, 'istio-cni', { chart: hub.environment.charts.istioCni, base });
      return new Ztunnel(hub, 'ztunnel', { chart: hub.environment.charts.ztunnel, istiod, cni });
    },
  },
  linkerd: {
    kind: 'on-demand',
    // The control plane watches the Gateway API's HTTPRoute and GRPCRoute (v1, standard channel);
    // its Application comes after the CRDs' (ADR 0154).
    requires: [Capabilities.gatewayApi],
    install: (hub, dependsOn) => {
      const gatewayApi = provided(dependsOn, GatewayApiCrds);
      const crds = new LinkerdCrds(hub, 'linkerd-crds', { chart: hub.environment.charts.linkerdCrds });
      const identity = new LinkerdIdentity(hub, 'linkerd-identity', { certManager: hub.certManager });
      return new LinkerdControlPlane(hub, 'linkerd-control-plane', {
        chart: hub.environment.charts.linkerdControlPlane, crds, identity, gatewayApi,
      });
    },
  },
  barmanCloud: {
    kind: 'on-demand',
    // It reads Clusters and Backups of CloudNativePG's CRDs and runs in the operator's namespace.
    requires: [Capabilities.cloudNativePg],
    install: (hub, dependsOn) => {
      // The bucket the clusters' ObjectStores name (HUB_OBJECT_STORE.bucket(BACKUPS_BUCKET)).
      hub.objectStore.addBucket(BACKUPS_BUCKET);
      return new BarmanCloudPlugin(hub, 'barman-cloud', {
        chart: hub.environment.charts.barmanCloud, certManager: hub.certManager, dependsOn,
      });
    },
  },
  victoriaMetrics: {
    kind: 'on-demand',
    install: (hub) => {
      // The same retention and volume as the hub's Prometheus, which forwards every sample to it.
      const vm = new VictoriaMetrics(hub, 'victoria-metrics', {
        chart: hub.environment.charts.victoriaMetricsSingle,
        storageClass: hub.environment.storageClass,
        retention: hub.monitoring.retention,
        volumeSize: hub.monitoring.volumeSize,
      });
      hub.monitoring.addRemoteWrite({ name: 'victoria-metrics', url: vm.remoteWriteUrl });
      return vm;
    },
  },
  // Traffic (ADR 0130-0133): the CRDs once, before every implementation that needs them.
  gatewayApi: {
    kind: 'on-demand',
    install: (hub) => new GatewayApiCrds(hub, 'gateway-api'),
  },
  envoyGateway: {
    kind: 'on-demand',
    requires: [Capabilities.gatewayApi],
    install: (hub, dependsOn) => new EnvoyGateway(hub, 'envoy-gateway', {
      chart: hub.environment.charts.envoyGateway,
      gatewayApi: provided(dependsOn, GatewayApiCrds),
    }),
  },
  traefik: {
    kind: 'on-demand',
    requires: [Capabilities.gatewayApi],
    install: (hub, dependsOn) => new Traefik(hub, 'traefik', {
      chart: hub.environment.charts.traefik,
      gatewayApi: provided(dependsOn, GatewayApiCrds),
    }),
  },
  nginxGatewayFabric: {
    kind: 'on-demand',
    requires: [Capabilities.gatewayApi],
    install: (hub, dependsOn) => new NginxGatewayFabric(hub, 'nginx-gateway-fabric', {
      chart: hub.environment.charts.nginxGatewayFabric,
      gatewayApi: provided(dependsOn, GatewayApiCrds),
    }),
  },
  rabbitmqClusterOperator: {
    kind: 'on-demand',
    install: (hub) => new RabbitmqClusterOperator(hub, 'rabbitmq-cluster-operator', { certManager: hub.certManager }),
  },
  // It runs in the cluster operator's namespace and reaches clusters that operator runs.
  rabbitmqTopologyOperator: {
    kind: 'on-demand',
    requires: [Capabilities.rabbitmqClusterOperator],
    install: (hub, dependsOn) => new RabbitmqTopologyOperator(hub, 'rabbitmq-topology-operator', {
      certManager: hub.certManager,
      clusterOperator: provided(dependsOn, RabbitmqClusterOperator),
    }),
  },
  nack: {
    kind: 'on-demand',
    install: (hub) => new Nack(hub, 'nack', { chart: hub.environment.charts.nack }),
  },
};

/**
 * The component of a required capability, by its class: `requires` puts it in `dependsOn`. A
 * missing one is a catalog entry that forgot its `requires`, named here rather than left undefined.
 */
function provided<T extends Component>(dependsOn: readonly Component[], type: abstract new (...args: never[]) => T): T {
  const found = dependsOn.find((c): c is T => c instanceof type);
  if (!found) {
    throw new LabError(`hub catalog: an entry needs ${type.name}, but its requires gave ${dependsOn.map((c) => c.node.path).join(', ') || 'nothing'}`);
  }
  return found;
}

/** The catalog entry of a capability, and its key. */
export function entryOf(capability: Capability): { readonly key: CapabilityKey; readonly entry: CatalogEntry } {
  const key = (Object.keys(Capabilities) as CapabilityKey[]).find((k) => Capabilities[k] === capability);
  if (key === undefined) throw new Error(`capability ${String(capability)} is not one of Capabilities`);
  return { key, entry: CATALOG[key] };
}
