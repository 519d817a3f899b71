import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { ValidationError } from '../core/errors';
import { recordWiring } from '../core/wiring';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import type { MonitoringStack } from '../monitoring/monitoring-stack';
import { RequestSlo, RequestSloProps } from './request-slo';
import type { PyrraValues } from './values';

export interface PyrraProps extends ComponentProps {
  /** The pinned pyrra chart (it installs the ServiceLevelObjective CRD). */
  readonly chart: HelmChart;
  /** The Prometheus the objectives are computed in. */
  readonly monitoring: MonitoringStack;
  /**
   * Namespace, also of the objectives and the rules Pyrra writes for them.
   * @default 'pyrra'
   */
  readonly namespace?: string;
  /**
   * Requests and limits of the API and UI container.
   * @default 10m/64Mi requested, 100m/128Mi limit
   */
  readonly resources?: Resources;
  /**
   * Requests and limits of the operator that turns objectives into PrometheusRules.
   * @default 10m/64Mi requested, 100m/128Mi limit
   */
  readonly operatorResources?: Resources;
}

const RELEASE = 'pyrra';
const SMALL: Resources = { requests: { cpu: '10m', memory: '64Mi' }, limits: { cpu: '100m', memory: '128Mi' } };

/**
 * Pyrra: service level objectives as ServiceLevelObjective objects, which its operator turns into
 * recording and burn-rate alerting rules (PrometheusRules in the objective's namespace, which the
 * hub's Prometheus loads from every namespace); its UI shows the error budgets. Objectives are
 * added with {@link addObjective} and live in this component's folder, after the chart's CRD.
 */
export class Pyrra extends Component {
  private readonly objectiveNames = new Set<string>();

  public constructor(scope: Construct, id: string, props: PyrraProps) {
    super(scope, id, props, {
      name: RELEASE,
      namespace: props.namespace ?? RELEASE,
      serverSideApply: true,
    });
    const where = this.node.path;
    const namespace = this.namespace;
    const values: PyrraValues = {
      prometheusUrl: props.monitoring.prometheusUrl,
      resources: checkResources(where, 'resources', props.resources ?? SMALL),
      operator: { resources: checkResources(where, 'operatorResources', props.operatorResources ?? SMALL) },
    };
    this.installChart(props.chart, values);
    recordWiring(this, props.monitoring, 'objectives and rules');
    // The operator container serves its metrics on port `op-metrics` (chart templates/_pod.tpl).
    scrape(this, {
      job: 'pyrra',
      target: 'pod',
      namespace,
      selector: { 'app.kubernetes.io/name': 'pyrra', 'app.kubernetes.io/instance': RELEASE },
      port: 'op-metrics',
    });
  }

  /** Adds an objective, computed from the series of a declared metrics endpoint. */
  public addObjective(id: string, props: Omit<RequestSloProps, 'namespace'>): RequestSlo {
    if (this.objectiveNames.has(props.name)) {
      throw new ValidationError(this.node.path, `objectives.${id}.name`, props.name, 'each objective name once');
    }
    this.objectiveNames.add(props.name);
    return new RequestSlo(this.objects, id, { ...props, namespace: this.namespace });
  }
}
