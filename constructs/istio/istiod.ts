import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import { ISTIO_IMAGE_REGISTRY, ISTIO_NAMESPACE, ISTIO_WEBHOOK_DIFFERENCES, IstioBase } from './istio-base';
import type { IstiodValues } from './values';

export interface IstiodProps extends ComponentProps {
  /** The pinned `istiod` chart. */
  readonly chart: HelmChart;
  /** Istio's base (CRDs); istiod is synced after it. */
  readonly base: IstioBase;
  /**
   * Requests and limits of istiod.
   * @default 100m/256Mi requested, 1 CPU/1Gi limit
   */
  readonly resources?: Resources;
  /**
   * Requests and limits of the sidecar proxy istiod injects into each pod of a `sidecar`
   * `MeshNamespace` (`global.proxy.resources`).
   * @default 100m/128Mi requested, 2 CPU/1Gi limit: the chart's own default (istiod 1.30.3
   * values.yaml), written out so that the usage model can count it per meshed pod
   */
  readonly sidecarResources?: Resources;
  /**
   * Requests and limits of the Envoy istiod deploys for each `Waypoint`
   * (`global.waypoint.resources`).
   * @default 100m/128Mi requested, 2 CPU/1Gi limit: the chart's own default (istiod 1.30.3
   * values.yaml), written out so that the usage model can count it per waypoint
   */
  readonly waypointResources?: Resources;
}


/**
 * Istio's control plane (the `istiod` chart): one replica without autoscaling, which is plenty for
 * the lab. It injects the sidecar proxy into pods of namespaces a {@link MeshNamespace} enrolls.
 *
 * @example
 * const istiod = new Istiod(hub, 'istiod', { chart: env.charts.istiod, base });
 */
export class Istiod extends Component {
  /** The Istio release the control plane and proxies run. */
  public readonly istioVersion: string;
  /** Requests and limits of each sidecar proxy istiod injects. */
  public readonly sidecarResources: Resources;
  /** Requests and limits of each waypoint's Envoy. */
  public readonly waypointResources: Resources;
  /** The chart's values, kept so that {@link enableAmbient} can add the profile before synth. */
  private readonly values: IstiodValues;

  public constructor(scope: Construct, id: string, props: IstiodProps) {
    super(scope, id, props, {
      after: [props.base],
      name: 'istiod',
      namespace: ISTIO_NAMESPACE,
      serverSideApply: true,
      ignoreDifferences: ISTIO_WEBHOOK_DIFFERENCES,
    });
    const where = this.node.path;
    const sidecar = checkResources(where, 'sidecarResources', props.sidecarResources ?? {
      requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2', memory: '1Gi' },
    });
    // istiod sizes a sidecar from `global.proxy.resources` unless the pod's annotations say
    // otherwise (files/injection-template.yaml), and a waypoint's Envoy, one pod, from
    // `global.waypoint.resources` (files/waypoint.yaml): istio-discovery at the 1.30.3 tag.
    const waypoint = checkResources(where, 'waypointResources', props.waypointResources ?? {
      requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '2', memory: '1Gi' },
    });
    const values: IstiodValues = {
      autoscaleEnabled: false,
      replicaCount: 1,
      resources: checkResources(where, 'resources', props.resources ?? {
        requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' },
      }),
      // The chart's source defaults name a test registry and `latest`, which Istio's packaging
      // rewrites; writing the release here keeps the image of every proxy visible and pinned.
      global: { hub: ISTIO_IMAGE_REGISTRY, tag: props.chart.version, proxy: { resources: sidecar }, waypoint: { resources: waypoint } },
    };
    // The sidecar's and the waypoint's blocks size pods of meshed namespaces, not istiod's own (ADR 0158).
    this.installChart(props.chart, values, { injectedValues: ['global.proxy.resources', 'global.waypoint.resources'] });
    this.sidecarResources = sidecar;
    this.waypointResources = waypoint;
    this.values = values;
    this.istioVersion = props.chart.version;
    // istiod serves its control-plane metrics (pilot_xds_*, pushes, sidecar injections) on the
    // container port `http-monitoring` (15014); without a revision the 1.30.3 chart labels its
    // pod app=istiod and istio=pilot (istio-discovery/templates/deployment.yaml).
    scrape(this, {
      job: 'istiod', target: 'pod', namespace: this.namespace,
      selector: { app: 'istiod', istio: 'pilot' }, port: 'http-monitoring',
    });
  }

  /** Whether istiod runs Istio's `ambient` profile. */
  public get ambient(): boolean {
    return this.values.profile === 'ambient';
  }

  /**
   * Switches istiod to Istio's `ambient` profile, which serves ztunnel besides sidecars (a hub
   * that runs ambient also keeps its sidecar namespaces working). The ambient capability calls it
   * when it installs ztunnel; a hub without ambient keeps the default profile.
   */
  public enableAmbient(): void {
    this.values.profile = 'ambient';
  }
}
