import { serviceHost } from '../core/service-host';
import { addressRequest } from '../metallb/address-request';
import { Construct, IConstruct } from 'constructs';
import type { Dashboard } from '@grafana/grafana-foundation-sdk/dashboard';
import { Component, ComponentProps } from '../argocd/component';
import { ValidationError } from '../core/errors';
import { checkLabelName, checkQuantity } from '../core/validation';
import { recordWiring } from '../core/wiring';
import type { IOpenBaoSecretStore } from '../external-secrets/openbao-secret';
import { OpenBaoSecret } from '../external-secrets/openbao-secret';
import { GrafanaDashboard } from '../grafana/grafana-dashboard';
import { KPS_GRAFANA } from '../grafana/sidecar';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import type { LoadBalancerAddress } from '../network/address-pool';
import { declareChartMetrics } from './metrics-declarations';
import type { IScrapeJob } from './metrics-endpoint';
import { checkPrometheusDuration } from './prometheus-duration';
import { ScrapeMonitors } from './scrape-monitors';
import type { KubePrometheusStackValues } from './values';

/** Where Grafana's admin login lives in OpenBao. */
export interface GrafanaAdminRef {
  /** The secret's path relative to the KV mount. */
  readonly key: string;
  /** The field holding the user name. */
  readonly userProperty: string;
  /** The field holding the password. */
  readonly passwordProperty: string;
}

export interface MonitoringStackProps extends ComponentProps {
  /** The pinned kube-prometheus-stack chart. */
  readonly chart: HelmChart;
  /** The store Grafana's admin login is read through. */
  readonly secretStore: IOpenBaoSecretStore;
  /** The StorageClass of Prometheus' volume. */
  readonly storageClass: string;
  /**
   * Grafana's fixed LoadBalancer address.
   * @default - a ClusterIP service only
   */
  readonly grafanaAddress?: LoadBalancerAddress;
  /**
   * Namespace.
   * @default 'monitoring'
   */
  readonly namespace?: string;
  /**
   * How long Prometheus keeps samples.
   * @default '7d'
   */
  readonly retention?: string;
  /**
   * The most Prometheus keeps on disk before it drops the oldest blocks (Prometheus' units: MB,
   * GB, GiB, ...); keep it below {@link volumeSize}, which also holds the write-ahead log.
   * @default '4GiB'
   */
  readonly retentionSize?: string;
  /**
   * Size of Prometheus' volume claim.
   * @default '6Gi'
   */
  readonly volumeSize?: string;
  /**
   * Prometheus' requests and limits.
   * @default 200m/512Mi requested, 1/1536Mi limit
   */
  readonly prometheusResources?: Resources;
  /**
   * Grafana's requests and limits.
   * @default 50m/128Mi requested, 500m/384Mi limit
   */
  readonly grafanaResources?: Resources;
  /**
   * Alertmanager's requests and limits.
   * @default 10m/32Mi requested, 100m/64Mi limit
   */
  readonly alertmanagerResources?: Resources;
  /**
   * Requests and limits of the small agents: the operator, its config reloader, Grafana's
   * sidecars, kube-state-metrics and node-exporter (each).
   * @default 10m/32Mi requested, 200m/128Mi limit
   */
  readonly agentResources?: Resources;
  /**
   * Where Grafana's admin login lives in OpenBao.
   * @default { key: 'grafana/admin', userProperty: 'user', passwordProperty: 'password' }
   */
  readonly grafanaAdmin?: GrafanaAdminRef;
}

/** The release name: kube-prometheus-stack names its objects after it. */
const RELEASE = 'kube-prometheus-stack';
/** The label and value Grafana's dashboard sidecar looks for (kps 88.5.3 values). */
const DASHBOARD_LABEL = KPS_GRAFANA.dashboardLabel;
const PROMETHEUS_PORT = 9090;
const GRAFANA_JOB = 'grafana';
const ADMIN_SECRET = 'grafana-admin';
/** Secret keys the chart's defaults read the admin login from (`grafana.admin.userKey`, `passwordKey`). */
const ADMIN_KEYS = { user: 'admin-user', password: 'admin-password' } as const;

/**
 * Prometheus' Service as every hub's stack names it (the default namespace), for objects built once
 * for every hub that must name a fixed query address in Git (KEDA's Prometheus trigger).
 */
export const HUB_PROMETHEUS_SERVICE = { name: `${RELEASE}-prometheus`, namespace: 'monitoring', port: PROMETHEUS_PORT } as const;

/** A Prometheus volume size written as a Kubernetes quantity (Gi) and a retention size (GiB, GB). */
const RETENTION_SIZE = /^[0-9]+(\.[0-9]+)?(B|KB|MB|GB|TB|PB|EB|KiB|MiB|GiB|TiB|PiB|EiB)$/;

/**
 * The hub's metrics: kube-prometheus-stack (Prometheus operator, Prometheus, Alertmanager,
 * Grafana, kube-state-metrics, node-exporter), sized for a small machine. Prometheus picks up
 * ServiceMonitors, PodMonitors and rules from every namespace and accepts remote write; Grafana
 * loads dashboards from ConfigMaps labelled {@link dashboardLabel} in any namespace and logs its
 * admin in with a login from OpenBao. The component's folder holds the monitors of every
 * endpoint the hub's components declare ({@link addScrapeMonitors}).
 */
export class MonitoringStack extends Component {
  /** The in-cluster URL of Prometheus' API, for OpenCost, Pyrra and queries. */
  public readonly prometheusUrl: string;
  /** Prometheus' Service, for components that take its parts separately. */
  public readonly prometheusService: { readonly name: string; readonly namespace: string; readonly port: number };
  /** Where other Prometheus-compatible agents push samples (remote write). */
  public readonly remoteWriteUrl: string;
  /** The in-cluster URL of Grafana. */
  public readonly grafanaUrl: string;
  /** The label Grafana's sidecar loads dashboards from. */
  public readonly dashboardLabel: { readonly key: string; readonly value: string } = DASHBOARD_LABEL;
  /** The uid of Grafana's Prometheus data source (the chart's default). */
  public readonly datasourceUid = KPS_GRAFANA.datasourceUid;
  /** The scrape job of Grafana's own metrics (written by the chart's ServiceMonitor). */
  public readonly grafanaMetrics: IScrapeJob = { job: GRAFANA_JOB };
  /** How long Prometheus keeps samples, for stores that should keep the same (VictoriaMetrics). */
  public readonly retention: string;
  /** The size of Prometheus' volume claim. */
  public readonly volumeSize: string;
  private scrapes?: ScrapeMonitors;
  private readonly prometheusSpec: { remoteWrite?: readonly RemoteWriteTarget[] };
  private readonly chart: HelmChart;

  public constructor(scope: Construct, id: string, props: MonitoringStackProps) {
    super(scope, id, props, {
      name: RELEASE,
      namespace: props.namespace ?? HUB_PROMETHEUS_SERVICE.namespace,
      // The CRDs are too large for client-side apply's last-applied annotation (the
      // Prometheus CRD alone is about 830 kB; the annotation may hold 256 kB).
      serverSideApply: true,
      // node-exporter reads the host's /proc and /sys with the host's network and PID namespace.
      namespaceLabels: {
        'pod-security.kubernetes.io/enforce': 'privileged',
        'pod-security.kubernetes.io/audit': 'privileged',
        'pod-security.kubernetes.io/warn': 'privileged',
      },
    });
    const where = this.node.path;
    const namespace = this.namespace;
    const retention = checkPrometheusDuration(where, 'retention', props.retention ?? '7d');
    const retentionSize = props.retentionSize ?? '4GiB';
    if (typeof retentionSize !== 'string' || !RETENTION_SIZE.test(retentionSize)) {
      throw new ValidationError(where, 'retentionSize', retentionSize, 'a size in Prometheus\' units, such as 512MB, 4GiB or 10GB');
    }
    const volumeSize = checkQuantity(where, 'volumeSize', props.volumeSize ?? '6Gi');
    if (bytes(retentionSize) >= quantityBytes(volumeSize)) {
      throw new ValidationError(where, 'retentionSize', retentionSize,
        `must be smaller than volumeSize ${volumeSize}, which also holds the write-ahead log`);
    }
    const agent = checkResources(where, 'agentResources', props.agentResources ?? {
      requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '200m', memory: '128Mi' },
    });
    const admin = props.grafanaAdmin ?? { key: 'grafana/admin', userProperty: 'user', passwordProperty: 'password' };
    const values: KubePrometheusStackValues = {
      prometheus: {
        prometheusSpec: {
          retention,
          retentionSize,
          enableRemoteWriteReceiver: true,
          // With these false, the chart leaves the selectors empty, which select every object;
          // the namespace selectors are empty too (all namespaces) in the chart's defaults.
          serviceMonitorSelectorNilUsesHelmValues: false,
          podMonitorSelectorNilUsesHelmValues: false,
          ruleSelectorNilUsesHelmValues: false,
          probeSelectorNilUsesHelmValues: false,
          scrapeConfigSelectorNilUsesHelmValues: false,
          resources: checkResources(where, 'prometheusResources', props.prometheusResources ?? {
            requests: { cpu: '200m', memory: '512Mi' }, limits: { cpu: '1', memory: '1536Mi' },
          }),
          storageSpec: {
            volumeClaimTemplate: {
              spec: {
                storageClassName: checkLabelName(where, 'storageClass', props.storageClass),
                accessModes: ['ReadWriteOnce'],
                resources: { requests: { storage: volumeSize } },
              },
            },
          },
        },
      },
      alertmanager: {
        alertmanagerSpec: {
          resources: checkResources(where, 'alertmanagerResources', props.alertmanagerResources ?? {
            requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '100m', memory: '64Mi' },
          }),
        },
      },
      prometheusOperator: { resources: agent, prometheusConfigReloader: { resources: agent } },
      'kube-state-metrics': { resources: agent },
      'prometheus-node-exporter': { resources: agent },
      // Kind and Talos bind these control-plane metrics to the node's loopback address: their
      // targets would stay down and their alerts fire forever.
      kubeControllerManager: { enabled: false },
      kubeScheduler: { enabled: false },
      kubeEtcd: { enabled: false },
      kubeProxy: { enabled: false },
      grafana: {
        admin: { existingSecret: ADMIN_SECRET, userKey: ADMIN_KEYS.user, passwordKey: ADMIN_KEYS.password },
        resources: checkResources(where, 'grafanaResources', props.grafanaResources ?? {
          requests: { cpu: '50m', memory: '128Mi' }, limits: { cpu: '500m', memory: '384Mi' },
        }),
        sidecar: {
          resources: agent,
          dashboards: { enabled: true, label: DASHBOARD_LABEL.key, labelValue: DASHBOARD_LABEL.value, searchNamespace: 'ALL' },
          // Backends that experiments install register their data sources from their own namespaces.
          datasources: { label: KPS_GRAFANA.datasourceLabel.key, labelValue: KPS_GRAFANA.datasourceLabel.value, searchNamespace: 'ALL' },
        },
        // A fixed job name for Grafana's own metrics, which its SLO selects.
        serviceMonitor: { relabelings: [{ action: 'replace', targetLabel: 'job', replacement: GRAFANA_JOB }] },
        service: props.grafanaAddress
          ? { type: 'LoadBalancer', annotations: addressRequest(props.grafanaAddress) }
          : { type: 'ClusterIP' },
      },
    };
    // The prometheus-node-exporter subchart is a DaemonSet: one exporter per node.
    this.installChart(props.chart, values, { perNodeValues: ['prometheus-node-exporter.resources'] });
    this.retention = retention;
    this.volumeSize = volumeSize;
    this.prometheusSpec = values.prometheus.prometheusSpec;
    this.chart = props.chart;
    // The chart names Prometheus' Service `<fullname>-prometheus`; fullname is the release name
    // when it contains the chart's name (templates/_helpers.tpl).
    this.prometheusService = { name: HUB_PROMETHEUS_SERVICE.name, namespace, port: PROMETHEUS_PORT };
    this.prometheusUrl = `http://${serviceHost(this.prometheusService.name, namespace)}:${PROMETHEUS_PORT}`;
    this.remoteWriteUrl = `${this.prometheusUrl}/api/v1/write`;
    this.grafanaUrl = `http://${serviceHost(`${RELEASE}-grafana`, namespace)}`;
    declareChartMetrics(this, 'the chart writes ServiceMonitors for Prometheus, Alertmanager, the operator, Grafana, '
      + 'kube-state-metrics, node-exporter, the API server and the kubelets');

    new OpenBaoSecret(this.objects, 'GrafanaAdmin', {
      store: props.secretStore,
      name: ADMIN_SECRET,
      namespace,
      data: {
        [ADMIN_KEYS.user]: { key: admin.key, property: admin.userProperty },
        [ADMIN_KEYS.password]: { key: admin.key, property: admin.passwordProperty },
      },
    });
    if (Construct.isConstruct(props.secretStore)) recordWiring(this, props.secretStore, 'Grafana admin login');
  }

  /** Adds a dashboard (the foundation SDK's model) that Grafana loads from this component's folder. */
  public addDashboard(id: string, dashboard: Dashboard): GrafanaDashboard {
    return new GrafanaDashboard(this.objects, id, { grafana: this, dashboard, namespace: this.namespace });
  }

  /**
   * Makes Prometheus forward every sample it scrapes to another store through remote write
   * (`prometheus.prometheusSpec.remoteWrite`, the operator's RemoteWriteSpec: `name` and `url`).
   * The key is written only once a target is added, so hubs without one are unchanged.
   */
  public addRemoteWrite(target: RemoteWriteTarget): void {
    const list = this.prometheusSpec.remoteWrite ?? [];
    if (list.some((t) => t.name === target.name)) {
      throw new ValidationError(this.node.path, 'remoteWrite', target.name, 'each remote-write target once, by name');
    }
    const remoteWrite = [...list, { name: checkLabelName(this.node.path, 'remoteWrite.name', target.name), url: target.url }];
    // The chart's values were checked when it was installed; the key added now is checked the same way.
    this.chart.checkValues(this.node.path, { prometheus: { prometheusSpec: { remoteWrite } } });
    this.prometheusSpec.remoteWrite = remoteWrite;
  }

  /**
   * Writes the ServiceMonitors and PodMonitors of the endpoints the components below `root`
   * declared into this component's folder. Components added before are skipped, so it is called
   * again for components created later (capabilities a hub installs on demand).
   */
  public addScrapeMonitors(root: IConstruct): ScrapeMonitors {
    this.scrapes ??= new ScrapeMonitors(this.objects, 'Scrapes', { namespace: this.namespace });
    this.scrapes.addFrom(root);
    return this.scrapes;
  }
}

/** A store Prometheus forwards its samples to. */
export interface RemoteWriteTarget {
  /** The queue's name in Prometheus' own metrics (`remote_name`). */
  readonly name: string;
  /** The store's remote-write endpoint. */
  readonly url: string;
}

/** Bytes of a Prometheus size such as 4GiB or 512MB. */
function bytes(size: string): number {
  const m = /^([0-9.]+)([KMGTPE]?)(i?)B$/.exec(size)!;
  const power = ' KMGTPE'.indexOf(m[2] || ' ');
  return Number(m[1]) * (m[3] ? 1024 : 1000) ** power;
}

/** Bytes of a Kubernetes quantity with a binary or decimal suffix. */
function quantityBytes(quantity: string): number {
  const m = /^([0-9.]+)([KMGTPE]?)(i?)$/.exec(quantity);
  if (!m) return Number.POSITIVE_INFINITY;
  const power = ' KMGTPE'.indexOf(m[2] || ' ');
  return Number(m[1]) * (m[3] ? 1024 : 1000) ** power;
}
