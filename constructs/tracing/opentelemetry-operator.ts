import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import type { OpenTelemetryOperatorValues } from './values';

export interface OpenTelemetryOperatorProps extends ComponentProps {
  /** The pinned opentelemetry-operator chart. */
  readonly chart: HelmChart;
  /**
   * Namespace the operator runs in.
   * @default 'opentelemetry-operator'
   */
  readonly namespace?: string;
  /**
   * Requests and limits of the operator's manager.
   * @default 50m/128Mi requested, 500m/256Mi limit
   */
  readonly resources?: Resources;
}

/**
 * The OpenTelemetry operator (chart opentelemetry-operator 0.122.0, operator 0.158.0) and its CRDs
 * (OpenTelemetryCollector, Instrumentation, ...). Its admission webhook injects an SDK into pods
 * annotated for an {@link Instrumentation}; the webhook's certificate comes from cert-manager (the
 * chart's default, `admissionWebhooks.certManager.enabled`), so it syncs after the hub's
 * cert-manager. Installed only where an experiment instruments something.
 */
export class OpenTelemetryOperator extends Component {
  public constructor(scope: Construct, id: string, props: OpenTelemetryOperatorProps) {
    super(scope, id, props, {
      name: 'opentelemetry-operator',
      namespace: props.namespace ?? 'opentelemetry-operator',
      // The OpenTelemetryCollector CRD is larger than client-side apply's annotation limit.
      serverSideApply: true,
    });
    const where = this.node.path;
    const values: OpenTelemetryOperatorValues = {
      manager: {
        resources: checkResources(where, 'resources', props.resources ?? {
          requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' },
        }),
        // Plain HTTP metrics (`--metrics-secure=false`): a PodMonitor cannot present Prometheus'
        // token, which the operator's authenticated metrics server would ask for (ADR 0085).
        metrics: { secure: false },
      },
    };
    this.installChart(props.chart, values);
    // The manager container serves /metrics on its `metrics` port (8443); the chart's selector
    // label is app.kubernetes.io/name=<chart name> ("opentelemetry-operator.selectorLabels").
    scrape(this, {
      job: 'opentelemetry-operator', target: 'pod', namespace: this.namespace,
      selector: { 'app.kubernetes.io/name': 'opentelemetry-operator' }, port: 'metrics',
    });
  }
}
