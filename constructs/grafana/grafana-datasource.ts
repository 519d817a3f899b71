import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { checkLabelName } from '../core/validation';
import { KPS_GRAFANA } from './sidecar';

/** The data source types the lab's backends provide (Grafana's built-in plugin ids). */
export type GrafanaDatasourceType = 'prometheus' | 'loki' | 'tempo' | 'jaeger' | 'elasticsearch';

const TYPES: readonly GrafanaDatasourceType[] = ['prometheus', 'loki', 'tempo', 'jaeger', 'elasticsearch'];

/** Grafana's limit on a data source uid, and the characters it allows. */
const UID = /^[a-zA-Z0-9_-]{1,40}$/;

export interface GrafanaDatasourceProps {
  /** The name Grafana shows, e.g. `Loki`. */
  readonly name: string;
  /** The uid dashboards and links refer to; unique in the Grafana. */
  readonly uid: string;
  readonly type: GrafanaDatasourceType;
  /** Where Grafana's server reaches the backend (it proxies every query). */
  readonly url: string;
  /** The namespace of the ConfigMap: the backend's own (the sidecar searches every namespace). */
  readonly namespace: string;
  /**
   * Type-specific settings (Elasticsearch's `index`, Tempo's `tracesToLogsV2`, ...).
   * @default - none
   */
  readonly jsonData?: Readonly<Record<string, unknown>>;
}

/**
 * A Grafana data source as a provisioning file in a ConfigMap that the hub Grafana's datasource
 * sidecar loads (kube-prometheus-stack 88.5.3: label `grafana_datasource: "1"`; the lab lets it
 * search every namespace). The handle a backend exposes: dashboards refer to it by `uid`.
 */
export class GrafanaDatasource extends Construct {
  public readonly uid: string;
  public readonly type: GrafanaDatasourceType;
  public readonly configMap: kplus.ConfigMap;

  public constructor(scope: Construct, id: string, props: GrafanaDatasourceProps) {
    super(scope, id);
    const where = this.node.path;
    if (typeof props.name !== 'string' || props.name.trim() === '') throw new ValidationError(where, 'name', props.name, 'a name Grafana shows');
    if (typeof props.uid !== 'string' || !UID.test(props.uid)) {
      throw new ValidationError(where, 'uid', props.uid, '1-40 letters, digits, "-" or "_"');
    }
    if (!TYPES.includes(props.type)) throw new ValidationError(where, 'type', props.type, `one of ${TYPES.join(', ')}`);
    if (typeof props.url !== 'string' || !/^https?:\/\/[^\s/]+/.test(props.url)) {
      throw new ValidationError(where, 'url', props.url, 'an http:// or https:// URL Grafana can reach');
    }
    checkLabelName(where, 'namespace', props.namespace);
    this.uid = props.uid;
    this.type = props.type;
    const name = `datasource-${props.uid.toLowerCase().replace(/_/g, '-')}`;
    checkLabelName(where, 'uid (as a ConfigMap name)', name);
    const file = {
      apiVersion: 1,
      datasources: [{
        name: props.name, type: props.type, uid: props.uid, url: props.url, access: 'proxy', editable: false,
        ...(props.jsonData ? { jsonData: props.jsonData } : {}),
      }],
    };
    const label = KPS_GRAFANA.datasourceLabel;
    this.configMap = new kplus.ConfigMap(this, 'ConfigMap', {
      metadata: { name, namespace: props.namespace, labels: { [label.key]: label.value } },
      // JSON is YAML: Grafana reads provisioning files with a YAML parser.
      data: { [`${props.uid}.yaml`]: `${JSON.stringify(file, null, 2)}\n` },
    });
  }
}
