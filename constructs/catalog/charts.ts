import { HelmChart } from '../helm/helm-chart';

/** Istio's charts keep their defaults under this key and merge the values set at the top level. */
const ISTIO_DEFAULTS = '_internal_defaults_do_not_set';

/**
 * Every Helm chart the lab installs, pinned to the versions whose defaults are in
 * imports/helm-values (derived from ../shared/helm-values). Environments use these unless
 * they pin their own.
 */
export const CHARTS = {
  argoCd: new HelmChart({
    repoUrl: 'https://argoproj.github.io/argo-helm', chart: 'argo-cd', version: '10.1.1',
    openValuePaths: ['configs.cm', 'configs.params'],
    crdGroups: ['argoproj.io'],
  }),
  argoWorkflows: new HelmChart({
    repoUrl: 'https://argoproj.github.io/argo-helm', chart: 'argo-workflows', version: '1.0.18',
    crdGroups: ['argoproj.io'],
  }),
  openbao: new HelmChart({
    repoUrl: 'https://openbao.github.io/openbao-helm', chart: 'openbao', version: '0.29.2',
    // Documented in a comment of the chart's values, read by its StatefulSet template.
    openValuePaths: ['server.readinessProbe.path'],
  }),
  crossplane: new HelmChart({
    repoUrl: 'https://charts.crossplane.io/stable', chart: 'crossplane', version: '2.3.4',
    crdGroups: ['pkg.crossplane.io', 'apiextensions.crossplane.io'],
  }),
  metallb: new HelmChart({
    repoUrl: 'https://metallb.github.io/metallb', chart: 'metallb', version: '0.16.1',
    crdGroups: ['metallb.io'],
  }),
  certManager: new HelmChart({
    repoUrl: 'https://charts.jetstack.io', chart: 'cert-manager', version: 'v1.21.1',
    crdGroups: ['cert-manager.io', 'acme.cert-manager.io'],
  }),
  externalSecrets: new HelmChart({
    repoUrl: 'https://charts.external-secrets.io', chart: 'external-secrets', version: '2.8.0',
    crdGroups: ['external-secrets.io', 'generators.external-secrets.io'],
  }),
  kyverno: new HelmChart({
    repoUrl: 'https://kyverno.github.io/kyverno', chart: 'kyverno', version: '3.9.0',
    crdGroups: ['kyverno.io', 'policies.kyverno.io', 'wgpolicyk8s.io', 'reports.kyverno.io'],
  }),
  k6Operator: new HelmChart({
    repoUrl: 'https://grafana.github.io/helm-charts', chart: 'k6-operator', version: '4.6.0',
    crdGroups: ['k6.io'],
  }),
  strimzi: new HelmChart({
    // Published only to an OCI registry; ArgoCD pulls it as an OCI source (see ADR 0020).
    repoUrl: 'oci://quay.io/strimzi-helm', chart: 'strimzi-kafka-operator', version: '1.2.0',
    crdGroups: ['kafka.strimzi.io', 'core.strimzi.io'],
  }),
  istioBase: new HelmChart({
    repoUrl: 'https://istio-release.storage.googleapis.com/charts', chart: 'base', version: '1.30.3', defaultsName: 'istio-base',
    defaultsRoot: ISTIO_DEFAULTS,
    crdGroups: ['networking.istio.io', 'security.istio.io', 'telemetry.istio.io', 'extensions.istio.io'],
  }),
  istiod: new HelmChart({
    repoUrl: 'https://istio-release.storage.googleapis.com/charts', chart: 'istiod', version: '1.30.3',
    defaultsRoot: ISTIO_DEFAULTS,
    // Rendered whole as the container's resources; the defaults list only requests.
    openValuePaths: ['resources'],
  }),
  istioGateway: new HelmChart({
    repoUrl: 'https://istio-release.storage.googleapis.com/charts', chart: 'gateway', version: '1.30.3', defaultsName: 'istio-gateway',
    defaultsRoot: ISTIO_DEFAULTS,
  }),
  kubePrometheusStack: new HelmChart({
    repoUrl: 'https://prometheus-community.github.io/helm-charts', chart: 'kube-prometheus-stack', version: '88.5.3',
    // Its grafana subchart (grafana-community 12.11.1) has defaults of its own, pinned separately.
    subchartDefaults: { grafana: 'grafana@12.11.1' },
    // Subcharts kube-state-metrics 8.4.0 and prometheus-node-exporter 4.56.1 take `resources`
    // (`resources: {}` in their values.yaml); kps lists only the keys it overrides there.
    openValuePaths: ['kube-state-metrics.resources', 'prometheus-node-exporter.resources'],
    crdGroups: ['monitoring.coreos.com'],
  }),
  seaweedfs: new HelmChart({
    repoUrl: 'https://seaweedfs.github.io/seaweedfs/helm', chart: 'seaweedfs', version: '4.44.0',
    // Documented in a comment of the chart's values, read by its post-install bucket hook.
    openValuePaths: ['allInOne.s3.createBuckets'],
  }),
  opencost: new HelmChart({
    repoUrl: 'https://opencost.github.io/opencost-helm-chart', chart: 'opencost', version: '2.5.17',
    // Rendered whole as the containers' resources (templates/deployment.yaml); the defaults set no CPU limit.
    openValuePaths: ['opencost.exporter.resources', 'opencost.ui.resources'],
  }),
  pyrra: new HelmChart({
    // Installs the ServiceLevelObjective CRD from its crds/ folder.
    repoUrl: 'https://pyrra-dev.github.io/helm-charts', chart: 'pyrra', version: '1.11.0',
    // Rendered whole as the containers' resources (templates/_pod.tpl); the defaults set no CPU limit.
    openValuePaths: ['resources', 'operator.resources'],
    crdGroups: ['pyrra.dev'],
  }),
  cloudNativePg: new HelmChart({
    repoUrl: 'https://cloudnative-pg.github.io/charts', chart: 'cloudnative-pg', version: '0.29.0',
    // `resources: {}` in the defaults; the template renders whatever is given.
    openValuePaths: ['resources'],
    crdGroups: ['postgresql.cnpg.io'],
  }),
  // Autoscaling (issue 16): on-demand capabilities of the autoscaling experiments.
  metricsServer: new HelmChart({
    repoUrl: 'https://kubernetes-sigs.github.io/metrics-server', chart: 'metrics-server', version: '3.13.1',
    // Rendered whole as the container's resources; the defaults list requests and leave limits in a comment.
    openValuePaths: ['resources'],
  }),
  keda: new HelmChart({
    repoUrl: 'https://kedacore.github.io/charts', chart: 'keda', version: '2.20.2',
    crdGroups: ['keda.sh'],
  }),
  verticalPodAutoscaler: new HelmChart({
    repoUrl: 'https://kubernetes.github.io/autoscaler', chart: 'vertical-pod-autoscaler', version: '0.11.0',
    crdGroups: ['autoscaling.k8s.io'],
  }),
  // Messaging (issue 14): NATS runs in an experiment, nack (JetStream streams and consumers as CRDs) on demand.
  nats: new HelmChart({
    repoUrl: 'https://nats-io.github.io/k8s/helm/charts/', chart: 'nats', version: '2.14.2',
    // `resources: {}` in the defaults; the template renders whatever is given.
    openValuePaths: ['container.resources'],
  }),
  nack: new HelmChart({
    repoUrl: 'https://nats-io.github.io/k8s/helm/charts/', chart: 'nack', version: '0.34.0',
    openValuePaths: ['resources', 'containerSecurityContext', 'securityContext'],
    crdGroups: ['jetstream.nats.io'],
  }),
} as const;

export type ChartCatalog = { readonly [K in keyof typeof CHARTS]: HelmChart };

/**
 * Crossplane provider packages, pinned to the versions whose CRDs are in imports/, with the API
 * groups each installs (so that objects of those groups can be ordered after the package).
 */
export const PROVIDER_PACKAGES = {
  kubernetes: {
    kind: 'kubernetes', image: 'xpkg.crossplane.io/crossplane-contrib/provider-kubernetes:v1.2.1',
    crdGroups: ['kubernetes.crossplane.io', 'kubernetes.m.crossplane.io'],
  },
  helm: {
    kind: 'helm', image: 'xpkg.crossplane.io/crossplane-contrib/provider-helm:v1.4.0',
    crdGroups: ['helm.crossplane.io', 'helm.m.crossplane.io'],
  },
} as const;
