import type { Dashboard } from '@grafana/grafana-foundation-sdk/dashboard';
import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { checkLabelName } from '../core/validation';

/** The Grafana that loads dashboards from labelled ConfigMaps (the hub's monitoring stack). */
export interface IDashboardProvisioner {
  /** The label and value Grafana's sidecar loads dashboards from. */
  readonly dashboardLabel: { readonly key: string; readonly value: string };
}

export interface GrafanaDashboardProps {
  /** The Grafana that shows it. */
  readonly grafana: IDashboardProvisioner;
  /** The dashboard, as the foundation SDK's `DashboardBuilder.build()` returns it; it must have a uid. */
  readonly dashboard: Dashboard;
  /** The namespace of the ConfigMap (the sidecar searches every namespace). */
  readonly namespace: string;
}

/** Grafana's limit on a dashboard uid, and the characters it allows. */
const UID = /^[a-zA-Z0-9_-]{1,40}$/;

/**
 * A dashboard as code: the foundation SDK's model written as JSON into a ConfigMap that
 * Grafana's dashboard sidecar loads. The JSON's keys keep the SDK's order and carry no
 * timestamp, so the same code gives the same file.
 */
export class GrafanaDashboard extends Construct {
  /** The dashboard's uid, for links. */
  public readonly uid: string;
  /** The ConfigMap holding the JSON. */
  public readonly configMap: kplus.ConfigMap;

  public constructor(scope: Construct, id: string, props: GrafanaDashboardProps) {
    super(scope, id);
    const where = this.node.path;
    const uid = props.dashboard.uid;
    if (typeof uid !== 'string' || !UID.test(uid)) {
      throw new ValidationError(where, 'dashboard.uid', uid, 'a uid of 1-40 letters, digits, "-" or "_", set with DashboardBuilder.uid()');
    }
    if (!props.dashboard.title) throw new ValidationError(where, 'dashboard.title', props.dashboard.title, 'a title');
    checkLabelName(where, 'namespace', props.namespace);
    this.uid = uid;
    const name = `dashboard-${uid.toLowerCase().replace(/_/g, '-')}`;
    checkLabelName(where, 'dashboard.uid (as a ConfigMap name)', name);
    this.configMap = new kplus.ConfigMap(this, 'ConfigMap', {
      metadata: { name, namespace: props.namespace, labels: { [props.grafana.dashboardLabel.key]: props.grafana.dashboardLabel.value } },
      data: { [`${uid}.json`]: `${JSON.stringify(props.dashboard, null, 2)}\n` },
    });
  }
}
