import type { IConstruct } from 'constructs';
import { Component } from '../argocd/component';
import { customResourceAfter } from '../argocd/sync-order';
import { LabError } from '../core/errors';
import { MetricsEndpoint, MetricsEndpointProps } from './metrics-endpoint';
import { writeMonitor } from './monitor';

/** How a component is measured: what it declared about its metrics. */
export type MetricsDeclaration =
  /**
   * An endpoint the lab's Prometheus scrapes through a ServiceMonitor or PodMonitor the lab
   * writes: in the hub's monitoring folder, or (`ownFolder`) in the component's own folder.
   */
  | { readonly kind: 'endpoint'; readonly endpoint: MetricsEndpoint; readonly ownFolder: boolean }
  /** The component's own Helm chart writes its ServiceMonitors or PodMonitors. */
  | { readonly kind: 'chart'; readonly description: string }
  /** The component pushes its metrics (Prometheus remote write) instead of being scraped, and how. */
  | { readonly kind: 'pushed'; readonly description: string }
  /** The component has nothing to scrape, and why. */
  | { readonly kind: 'none'; readonly reason: string };

/** The construct metadata type under which declarations are kept. */
const METRICS_METADATA = 'illm-lab:metrics';

function checkSentence(component: Component, field: string, text: string): string {
  if (typeof text !== 'string' || text.trim().length < 10 || /\n/.test(text)) {
    throw new LabError(`${component.node.path}: ${field} ${JSON.stringify(text)} is invalid: a sentence on one line saying why (at least 10 characters)`);
  }
  return text.trim();
}

function add(component: Component, declaration: MetricsDeclaration): void {
  const existing = metricsDeclarationsOf(component);
  const none = existing.find((d) => d.kind === 'none');
  if (none || (declaration.kind === 'none' && existing.length > 0)) {
    throw new LabError(`${component.node.path}: declares metrics and also that it has none; keep one`);
  }
  component.node.addMetadata(METRICS_METADATA, declaration);
}

/**
 * Declares a metrics endpoint of a component; the hub's monitoring stack turns it into a
 * ServiceMonitor or PodMonitor. Returns the checked endpoint, whose `job` selects its series.
 */
export function scrape(component: Component, props: MetricsEndpointProps): MetricsEndpoint {
  const endpoint = new MetricsEndpoint(component.node.path, props);
  add(component, { kind: 'endpoint', endpoint, ownFolder: false });
  return endpoint;
}

/**
 * Declares a metrics endpoint whose ServiceMonitor or PodMonitor the component writes in its own
 * folder and namespace: for the parts of experiments, which are built once for every hub and
 * cannot write into a hub's monitoring folder. Their Applications sync after the hub, whose
 * monitoring stack has installed the CRDs by then.
 */
export function scrapeFromOwnFolder(component: Component, props: MetricsEndpointProps): MetricsEndpoint {
  const endpoint = new MetricsEndpoint(component.node.path, props);
  add(component, { kind: 'endpoint', endpoint, ownFolder: true });
  customResourceAfter(writeMonitor(component.objects, endpoint, component.namespace));
  return endpoint;
}

/** Declares that the component's Helm chart writes its own monitors (say which, in a sentence). */
export function declareChartMetrics(component: Component, description: string): void {
  add(component, { kind: 'chart', description: checkSentence(component, 'chart metrics description', description) });
}

/** Declares that a component pushes its metrics (remote write) rather than being scraped, and how. */
export function declarePushedMetrics(component: Component, description: string): void {
  add(component, { kind: 'pushed', description: checkSentence(component, 'pushed metrics description', description) });
}

/** Declares that `component` has nothing to scrape, and why. */
export function declareNoMetrics(component: Component, reason: string): void {
  add(component, { kind: 'none', reason: checkSentence(component, 'reason for no metrics', reason) });
}

/** What a component declared about its metrics, in the order declared. */
export function metricsDeclarationsOf(component: Component): MetricsDeclaration[] {
  return component.node.metadata
    .filter((entry) => entry.type === METRICS_METADATA)
    .map((entry) => entry.data as MetricsDeclaration);
}

/** Every component below `root`, in tree order. */
export function componentsIn(root: IConstruct): Component[] {
  return root.node.findAll().filter((c): c is Component => c instanceof Component);
}

/** The components below `root` that declared nothing about their metrics. */
export function componentsWithoutMetricsDeclaration(root: IConstruct): Component[] {
  return componentsIn(root).filter((c) => metricsDeclarationsOf(c).length === 0);
}

/** Every declared endpoint below `root`, with its component and where its monitor is written, in tree order. */
export function scrapeEndpointsIn(root: IConstruct): Array<{ readonly component: Component; readonly endpoint: MetricsEndpoint; readonly ownFolder: boolean }> {
  return componentsIn(root).flatMap((component) => metricsDeclarationsOf(component)
    .flatMap((d) => (d.kind === 'endpoint' ? [{ component, endpoint: d.endpoint, ownFolder: d.ownFolder }] : [])));
}
