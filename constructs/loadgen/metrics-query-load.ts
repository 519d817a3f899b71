import { Construct } from 'constructs';
import { Experiment } from '../experiment/experiment';
import type { ILoadGenerator, LoadSteps, RunContext } from '../experiment/load-generator';
import type { PlainTextIngress } from '../istio/plain-text-ingress';
import type { Resources } from '../k8s/resources';
import type { IMetricsBackend } from '../monitoring/metrics-backend';
import type { Measurement } from '../results/run-plan';
import { K6Test } from './k6-test';
import { MetricsQuery, MetricsQueryScript } from './metrics-query-script';

export interface MetricsQueryLoadProps {
  /** The store the queries are sent to. */
  readonly backend: IMetricsBackend;
  /** The fixed query set, asked in turn. */
  readonly queries: readonly MetricsQuery[];
  /** Namespace of the k6 runners: the experiment's, not the store's. */
  readonly namespace: string;
  /**
   * The variant the load measures.
   * @default - the experiment's name
   */
  readonly variant?: string;
  /**
   * Requests and limits of each k6 runner.
   * @default - K6Test's
   */
  readonly resources?: Resources;
}

/**
 * A k6 query load on a metrics store: a {@link K6Test} running a fixed PromQL query set against
 * the store's typed query API, with the run's users, duration and rate. The variant is charged
 * the usage of its own namespace only: the store is a hub component (the hub's Prometheus shares
 * its namespace with Grafana and the exporters), so the store's own CPU, memory and disk are
 * measured by container instead (ADR 0122).
 *
 * @example
 * exp.runLoad(exporter, new MetricsQueryLoad(exp, 'query-vm', { backend: vm, queries, namespace }));
 */
export class MetricsQueryLoad extends Construct implements ILoadGenerator {
  /** The k6 test that carries the load. */
  public readonly k6: K6Test;
  public readonly backend: IMetricsBackend;
  public readonly loadName: string;
  public readonly namespace: string;
  public readonly variant: string;
  public readonly measuredNamespaces: readonly string[];
  public readonly summaryFormat = 'k6';
  public readonly takesRunParameters = true;
  public readonly plainTextIngress: readonly PlainTextIngress[];
  /** The store's ingestion over the variant's window, read from the hub's Prometheus. */
  public readonly measurements: readonly Measurement[];

  public constructor(scope: Construct, id: string, props: MetricsQueryLoadProps) {
    Experiment.of(scope);
    super(scope, `${id}-query-load`);
    this.backend = props.backend;
    this.k6 = new K6Test(scope, id, {
      target: props.backend.query,
      script: new MetricsQueryScript(props.queries),
      namespace: props.namespace,
      variant: props.variant,
      resources: props.resources,
    });
    this.loadName = this.k6.loadName;
    this.namespace = this.k6.namespace;
    this.variant = this.k6.variant;
    this.measuredNamespaces = [this.k6.namespace];
    this.plainTextIngress = this.k6.plainTextIngress;
    const q = props.backend.ingestion;
    this.measurements = [
      { name: 'ingestionCpuCores', unit: 'cores', query: q.cpuCores },
      { name: 'ingestionPeakMemory', unit: 'bytes', query: q.peakMemoryBytes },
      { name: 'diskBytes', unit: 'bytes', query: q.diskBytes },
      { name: 'diskGrowth', unit: 'bytes-per-second', query: q.diskGrowthBytesPerSecond },
      { name: 'samplesIngested', unit: 'per-second', query: q.samplesPerSecond },
      { name: 'activeSeries', unit: 'count', query: q.activeSeries },
    ];
  }

  public loadSteps(run: RunContext): LoadSteps {
    return this.k6.loadSteps(run);
  }
}
