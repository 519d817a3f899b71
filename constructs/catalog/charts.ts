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
    // Rendered whole as the container's resources; the defaults list only requests. `profile` is
    // read by templates/zzz_profile.yaml (set only where a hub runs ambient, ADR 0150).
    openValuePaths: ['resources', 'profile'],
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
  // Logs (issue 11): on-demand log pipelines of the logs-pipeline experiment (ADR 0124).
  loki: new HelmChart({
    // The open-source chart moved to the grafana-community repository (../shared/helm-values/NOTES.md).
    repoUrl: 'https://grafana-community.github.io/helm-charts', chart: 'loki', version: '18.11.0',
    // bucketNames is documented only in a comment; limits_config is Loki's own configuration
    // block, passed through whole (`@schema additionalProperties:true` in the chart's values).
    openValuePaths: ['loki.storage.bucketNames', 'loki.limits_config'],
  }),
  alloy: new HelmChart({
    repoUrl: 'https://grafana.github.io/helm-charts', chart: 'alloy', version: '1.11.1',
    crdGroups: ['monitoring.grafana.com'],
  }),
  eckOperator: new HelmChart({
    repoUrl: 'https://helm.elastic.co', chart: 'eck-operator', version: '3.5.0',
    crdGroups: [
      'elasticsearch.k8s.elastic.co', 'kibana.k8s.elastic.co', 'apm.k8s.elastic.co', 'beat.k8s.elastic.co', 'agent.k8s.elastic.co',
      'enterprisesearch.k8s.elastic.co', 'maps.k8s.elastic.co', 'logstash.k8s.elastic.co', 'stackconfigpolicy.k8s.elastic.co',
      'autoscaling.k8s.elastic.co', 'autoops.k8s.elastic.co', 'packageregistry.k8s.elastic.co',
    ],
  }),
  fluentBit: new HelmChart({
    repoUrl: 'https://fluent.github.io/helm-charts', chart: 'fluent-bit', version: '0.58.1',
  }),
  // Tracing (issue 11): backends and the collector of the tracing-backends experiment.
  tempo: new HelmChart({
    // The grafana-community repository; the grafana/helm-charts copy was removed.
    repoUrl: 'https://grafana-community.github.io/helm-charts', chart: 'tempo', version: '2.2.4',
    // Documented in comments of the chart's values: the S3 block (written whole into tempo.yaml) and the claim's class.
    openValuePaths: ['tempo.storage.trace.s3', 'persistence.storageClassName'],
  }),
  jaeger: new HelmChart({
    repoUrl: 'https://jaegertracing.github.io/helm-charts', chart: 'jaeger', version: '4.11.1',
    // Documented in a comment of the chart's values; the Deployment renders it whole (templates/jaeger/jaeger-deploy.yaml).
    openValuePaths: ['jaeger.resources'],
  }),
  openTelemetryCollector: new HelmChart({
    repoUrl: 'https://open-telemetry.github.io/opentelemetry-helm-charts', chart: 'opentelemetry-collector', version: '0.170.0',
  }),
  openTelemetryOperator: new HelmChart({
    repoUrl: 'https://open-telemetry.github.io/opentelemetry-helm-charts', chart: 'opentelemetry-operator', version: '0.122.0',
    crdGroups: ['opentelemetry.io'],
  }),
  // Meshes (issue 15): Istio ambient, Linkerd, and Cilium as a CNI (ADR 0150-0154).
  istioCni: new HelmChart({
    repoUrl: 'https://istio-release.storage.googleapis.com/charts', chart: 'cni', version: '1.30.3', defaultsName: 'istio-cni',
    defaultsRoot: ISTIO_DEFAULTS,
    // `profile` is read by the chart's templates/zzz_profile.yaml (Istio's documented
    // `--set profile=ambient`), not listed in values.yaml; `resources` is rendered whole (the
    // defaults list only requests).
    openValuePaths: ['profile', 'resources'],
  }),
  ztunnel: new HelmChart({
    repoUrl: 'https://istio-release.storage.googleapis.com/charts', chart: 'ztunnel', version: '1.30.3',
    defaultsRoot: ISTIO_DEFAULTS,
    // As for the CNI agent; `resources` is rendered whole (the defaults list only requests).
    openValuePaths: ['profile', 'resources'],
  }),
  linkerdCrds: new HelmChart({
    repoUrl: 'https://helm.linkerd.io/edge', chart: 'linkerd-crds', version: '2026.4.4',
    crdGroups: ['policy.linkerd.io', 'linkerd.io', 'workload.linkerd.io'],
  }),
  linkerdControlPlane: new HelmChart({
    repoUrl: 'https://helm.linkerd.io/edge', chart: 'linkerd-control-plane', version: '2026.4.4',
    // The chart documents the components' resources in comments only (`#identityResources:`, see
    // `proxy.resources` for the fields); its templates render them whole.
    openValuePaths: ['identityResources', 'destinationResources', 'proxyInjectorResources', 'spValidatorResources'],
  }),
  cilium: new HelmChart({
    repoUrl: 'https://helm.cilium.io', chart: 'cilium', version: '1.20.0',
    // `resources: {}` at the top level and under operator: rendered whole as the containers' resources.
    openValuePaths: ['resources', 'operator.resources'],
  }),
  // Data (issue 13, second part): Valkey, installed by the experiments that run it.
  valkey: new HelmChart({
    repoUrl: 'https://valkey.io/valkey-helm', chart: 'valkey', version: '0.11.0',
    // `{}` in the defaults; the templates render whatever is given (templates/deploy_valkey.yaml).
    openValuePaths: ['resources', 'initResources', 'metrics.exporter.resources', 'metrics.exporter.securityContext'],
  }),
  barmanCloud: new HelmChart({
    repoUrl: 'https://cloudnative-pg.github.io/charts', chart: 'plugin-barman-cloud', version: '0.7.0',
    // `resources: {}` in the defaults; the template renders whatever is given.
    openValuePaths: ['resources'],
    crdGroups: ['barmancloud.cnpg.io'],
  }),
  // Observability, metrics (issue 11): the store compared with the hub's Prometheus.
  victoriaMetricsSingle: new HelmChart({
    repoUrl: 'https://victoriametrics.github.io/helm-charts', chart: 'victoria-metrics-single', version: '0.45.0',
    // Rendered whole, less `enabled`, as the pod's and the container's securityContext
    // (victoria-metrics-common 0.3.15, "vm.securityContext"); the defaults list only `enabled`.
    openValuePaths: ['server.podSecurityContext', 'server.securityContext'],
  }),
  // Traffic (issue 12): gateway implementations, each with the Gateway API's own CRDs turned off (ADR 0130).
  envoyGateway: new HelmChart({
    // Published only to an OCI registry; the chart version carries the `v`.
    repoUrl: 'oci://docker.io/envoyproxy', chart: 'gateway-helm', version: 'v1.9.0',
    // Envoy Gateway's configuration file (an EnvoyGateway object), written whole by the chart; the
    // controller's resources, rendered whole (the defaults list a memory limit only).
    openValuePaths: ['config.envoyGateway', 'deployment.envoyGateway.resources'],
    crdGroups: ['gateway.envoyproxy.io'],
  }),
  traefik: new HelmChart({
    // Its crds/ folder holds Traefik's own CRDs (traefik.io), no Gateway API CRD.
    repoUrl: 'https://traefik.github.io/charts', chart: 'traefik', version: '41.3.0',
    // Rendered whole as the container's resources; the defaults hold `{}`.
    openValuePaths: ['resources'],
    crdGroups: ['traefik.io'],
  }),
  nginxGatewayFabric: new HelmChart({
    // Published only to an OCI registry. Its crds/ folder holds NGINX Gateway Fabric's own CRDs.
    repoUrl: 'oci://ghcr.io/nginx/charts', chart: 'nginx-gateway-fabric', version: '2.6.7',
    // Rendered whole as the containers' resources; the defaults hold `{}`.
    openValuePaths: ['nginxGateway.resources', 'nginx.container.resources'],
    crdGroups: ['gateway.nginx.org'],
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
