import type { Construct } from 'constructs';
import type { Component } from '../constructs/argocd/component';
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
import { StrimziOperator } from '../constructs/kafka/strimzi-operator';
import { CloudNativePgOperator } from '../constructs/postgres/cloudnative-pg-operator';
import { Nack } from '../constructs/nats/nack';
import { RabbitmqClusterOperator } from '../constructs/rabbitmq/rabbitmq-cluster-operator';
import type { MetalLb } from '../constructs/metallb/metallb';
import type { AddressAllocator } from '../constructs/network/address-pool';
import type { Environment, HubAddressOwner } from './environment';

/** What a catalog entry may use of the hub it is installed into. */
export interface CatalogHost extends Construct {
  readonly environment: Environment;
  /** Hands out the environment's fixed addresses, each once. */
  readonly addresses: AddressAllocator<HubAddressOwner>;
  /** MetalLB, which announces LoadBalancer addresses. */
  readonly metallb: MetalLb;
  /** The hub's Argo Workflows, a core component. */
  readonly argoWorkflows: ArgoWorkflows;
  /** The hub's cert-manager, a core component: webhooks of on-demand operators get certificates from it. */
  readonly certManager: CertManager;
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
      istiod: dependsOn.find((c): c is Istiod => c instanceof Istiod)!,
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
  rabbitmqClusterOperator: {
    kind: 'on-demand',
    install: (hub) => new RabbitmqClusterOperator(hub, 'rabbitmq-cluster-operator', { certManager: hub.certManager }),
  },
  nack: {
    kind: 'on-demand',
    install: (hub) => new Nack(hub, 'nack', { chart: hub.environment.charts.nack }),
  },
};

/** The catalog entry of a capability, and its key. */
export function entryOf(capability: Capability): { readonly key: CapabilityKey; readonly entry: CatalogEntry } {
  const key = (Object.keys(Capabilities) as CapabilityKey[]).find((k) => Capabilities[k] === capability);
  if (key === undefined) throw new Error(`capability ${String(capability)} is not one of Capabilities`);
  return { key, entry: CATALOG[key] };
}
