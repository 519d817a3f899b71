import { ApiObject } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { customResourceAfter } from '../argocd/sync-order';
import type { Component } from '../argocd/component';
import { LabError } from '../core/errors';
import { scrapeEndpointsIn } from './metrics-declarations';
import { writeMonitor } from './monitor';

export interface ScrapeMonitorsProps {
  /** The namespace the monitors are written to (the monitoring stack's). */
  readonly namespace: string;
}

/**
 * The ServiceMonitors and PodMonitors of the endpoints components declared, except those a
 * component writes in its own folder. They live in the monitoring stack's namespace and select
 * their targets' namespace, so no component needs Prometheus' CRDs before it syncs. Each sets the
 * `job` label to the declared job name, which dashboards and SLOs select by.
 */
export class ScrapeMonitors extends Construct {
  private readonly namespace: string;
  private readonly done = new Set<Component>();
  private readonly jobs = new Map<string, string>();
  private readonly written: ApiObject[] = [];

  public constructor(scope: Construct, id: string, props: ScrapeMonitorsProps) {
    super(scope, id);
    this.namespace = props.namespace;
  }

  /** The monitors written so far, in the order written. */
  public get monitors(): readonly ApiObject[] {
    return [...this.written];
  }

  /**
   * Writes the monitors of the components below `root` not added before; components created
   * later (capabilities a hub installs on demand) are added by calling it again. A job name
   * declared twice throws.
   */
  public addFrom(root: IConstruct): void {
    for (const { component, endpoint, ownFolder } of scrapeEndpointsIn(root)) {
      if (this.done.has(component)) continue;
      const other = this.jobs.get(endpoint.job);
      if (other !== undefined) {
        throw new LabError(`${component.node.path}: metrics job "${endpoint.job}" is declared twice (also by ${other}); each job name once`);
      }
      this.jobs.set(endpoint.job, component.node.path);
      if (ownFolder) continue;
      const monitor = writeMonitor(this, endpoint, this.namespace);
      customResourceAfter(monitor);
      this.written.push(monitor);
    }
    for (const { component } of scrapeEndpointsIn(root)) this.done.add(component);
  }
}
