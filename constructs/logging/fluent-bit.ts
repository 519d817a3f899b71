import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { recordWiring } from '../core/wiring';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import type { ElasticLogStore } from './elastic-log-store';
import { LOG_PIPELINE_LABEL } from './log-pipeline';
import type { FluentBitValues } from './values';

/** Fluent Bit's image at the pinned chart's app version (fluent-bit 0.58.1). */
export const FLUENT_BIT_VERSION = '5.1.1';

export interface FluentBitProps extends ComponentProps {
  /** The pinned fluent-bit chart. */
  readonly chart: HelmChart;
  /** The Elasticsearch it ships to; its pipeline names the pods it keeps. */
  readonly store: ElasticLogStore;
  /**
   * Requests and limits of each collector pod (one per node).
   * @default 100m/128Mi requested, 1 CPU/512Mi limit
   */
  readonly resources?: Resources;
}

/** One section of Fluent Bit's classic configuration. */
function section(name: string, entries: ReadonlyArray<readonly [string, string]>): string {
  return [`[${name}]`, ...entries.map(([k, v]) => `    ${k} ${v}`), ''].join('\n');
}

/**
 * Fluent Bit as a DaemonSet: the collector of the `elasticsearch` log pipeline. It tails the
 * containers' CRI log files, adds the pods' metadata, keeps only the lines of pods that carry the
 * pipeline's label and bulk-writes them to one index. Fluent Bit cannot select files by pod label,
 * so it reads every container's file and drops the rest after the `kubernetes` filter; Alloy selects
 * the pods before it opens their files (ADR 0124).
 */
export class FluentBit extends Component {
  public constructor(scope: Construct, id: string, props: FluentBitProps) {
    super(scope, id, props, { name: 'fluent-bit', namespace: props.store.pipeline.namespace, after: [props.store] });
    const where = this.node.path;
    const pipeline = props.store.pipeline;
    const url = new URL(pipeline.backend.url);
    const values: FluentBitValues = {
      image: { tag: FLUENT_BIT_VERSION },
      resources: checkResources(where, 'resources', props.resources ?? {
        requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' },
      }),
      config: {
        inputs: section('INPUT', [
          ['Name', 'tail'],
          ['Path', '/var/log/containers/*.log'],
          ['multiline.parser', 'cri'],
          ['Tag', 'kube.*'],
          // Room for a generator's bursts before the input pauses.
          ['Mem_Buf_Limit', '64MB'],
          ['Skip_Long_Lines', 'On'],
        ]),
        filters: section('FILTER', [
          ['Name', 'kubernetes'],
          ['Match', 'kube.*'],
          ['Merge_Log', 'Off'],
          ['Labels', 'On'],
          ['Annotations', 'Off'],
        ]) + section('FILTER', [
          ['Name', 'grep'],
          ['Match', 'kube.*'],
          ['Regex', `$kubernetes['labels']['${LOG_PIPELINE_LABEL}'] ^${pipeline.name}$`],
        ]),
        outputs: section('OUTPUT', [
          ['Name', 'es'],
          ['Match', 'kube.*'],
          ['Host', url.hostname],
          ['Port', url.port],
          ['Index', pipeline.backend.index!],
          ['Suppress_Type_Name', 'On'],
          // Label keys such as app.kubernetes.io/name would otherwise be read as object paths.
          ['Replace_Dots', 'On'],
          ['Retry_Limit', 'False'],
        ]),
      },
    };
    // Chart 0.58.1's default `kind: DaemonSet`: one Fluent Bit per node.
    this.installChart(props.chart, values, { perNodeValues: ['resources'] });
    recordWiring(this, props.store, 'logs');
    // Fluent Bit's HTTP server (metricsPort 2020, container port `http`) serves Prometheus text at
    // /api/v2/metrics/prometheus; chart 0.58.1 labels its pods with the chart's name and the release.
    scrape(this, {
      job: 'fluent-bit', target: 'pod', namespace: this.namespace,
      selector: { 'app.kubernetes.io/name': 'fluent-bit', 'app.kubernetes.io/instance': this.componentName },
      port: 'http', path: '/api/v2/metrics/prometheus',
    });
  }
}
