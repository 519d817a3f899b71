import { Construct } from 'constructs';
import { LabChart } from '../charts/lab-chart';
import { LabFile } from '../charts/lab-file';
import { ArgoWorkflows } from '../constructs/argo-workflows/argo-workflows';
import { AppOfApps } from '../constructs/argocd/app-of-apps';
import { Application } from '../constructs/argocd/application';
import { ArgoCd } from '../constructs/argocd/argocd';
import type { Component } from '../constructs/argocd/component';
import { PROVIDER_PACKAGES } from '../constructs/catalog/charts';
import type { Capability } from '../constructs/catalog/capability';
import type { LabContext } from '../constructs/catalog/lab-context';
import { CertManager } from '../constructs/cert-manager/cert-manager';
import { Cilium } from '../constructs/cilium/cilium';
import { OpenBaoIssuer } from '../constructs/cert-manager/openbao-issuer';
import { LAB_LABELS, LAB_MANAGER } from '../constructs/core/labels';
import { Crossplane } from '../constructs/crossplane/crossplane';
import { CrossplaneProviders } from '../constructs/crossplane/crossplane-providers';
import { DnsStack } from '../constructs/dns/dns-stack';
import type { ExperimentHost } from '../constructs/experiment/experiment';
import { ExternalSecrets } from '../constructs/external-secrets/external-secrets';
import { Istiod } from '../constructs/istio/istiod';
import { PROXY_INIT_LABEL } from '../constructs/istio/mesh-namespace';
import { LinkerdControlPlane } from '../constructs/linkerd/linkerd-control-plane';
import { Kyverno } from '../constructs/kyverno/kyverno';
import { imagesSignedByGitHubActions } from '../constructs/kyverno/signed-images';
import { MetalLb } from '../constructs/metallb/metallb';
import { AddressAllocator } from '../constructs/network/address-pool';
import { OpenBaoSecret } from '../constructs/external-secrets/openbao-secret';
import { setupCommands } from '../constructs/openbao/access';
import { OpenBao } from '../constructs/openbao/openbao';
import { WebhookRelay } from '../constructs/webhook-relay/webhook-relay';
import { hubOverviewDashboard } from '../constructs/grafana/hub-overview';
import { MonitoringStack } from '../constructs/monitoring/monitoring-stack';
import { OpenCost } from '../constructs/opencost/opencost';
import { Pyrra } from '../constructs/pyrra/pyrra';
import { ArgoArtifactRepository } from '../constructs/seaweedfs/argo-artifact-repository';
import { SeaweedFs } from '../constructs/seaweedfs/seaweedfs';
import { RunSettings } from '../constructs/results/run-settings';
import type { MeshProxies } from './application-usage';
import { ENVIRONMENT_PRICES, PRICE_SHEETS } from './prices';
import { bootstrapFiles } from './bootstrap';
import { CatalogHost, entryOf } from './catalog';
import { checkFit } from './fit';
import { rootProject } from './root-project';
import type { Environment, HubAddressOwner } from './environment';

/** Below this much memory for the lab, the measurement stack keeps a short history (bytes). */
const SMALL_CLUSTER_MEMORY = 16 * 2 ** 30;

/** Where the host directory Kind mounts into its node keeps OpenBao's data. */
export const KIND_OPENBAO_DATA = '/mnt/openbao-data';

export interface HubProps {
  /** What is lab-wide: the repository, the workflow runner, the pinned charts. */
  readonly lab: LabContext;
  /** The environment whose hub this is. */
  readonly environment: Environment;
}

/** Why the hub runs a capability's component. */
export interface InstalledCapability {
  readonly capability: Capability;
  /** The component that provides it. */
  readonly component: Component;
  /** `core`, or the experiments and capabilities that need it, sorted. */
  readonly neededBy: readonly string[];
}

/**
 * The hub cluster of one environment: its core components, the catalog entries its enabled
 * experiments need (installed on demand, see {@link provide}), their Applications in `apps/`,
 * and the `bootstrap/` folder with the root Application and the install inputs.
 */
export class Hub extends AppOfApps implements ExperimentHost, CatalogHost {
  public readonly environment: Environment;
  public readonly lab: LabContext;
  /** Hands out the environment's fixed LoadBalancer addresses, each once. */
  public readonly addresses: AddressAllocator<HubAddressOwner>;
  /** The chart of the bootstrap folder. */
  public readonly bootstrap: LabChart;
  /** The root Application, applied once by hand. */
  public readonly root: Application;

  public readonly argocd: ArgoCd;
  public readonly openbao: OpenBao;
  public readonly crossplane: Crossplane;
  public readonly crossplaneProviders: CrossplaneProviders;
  public readonly metallb: MetalLb;
  public readonly kyverno: Kyverno;
  public readonly dns: DnsStack;
  public readonly externalSecrets: ExternalSecrets;
  public readonly certManager: CertManager;
  public readonly openbaoIssuer: OpenBaoIssuer;
  public readonly argoWorkflows: ArgoWorkflows;
  public readonly webhookRelay: WebhookRelay;
  // Measurement (ADR 0080-0084): metrics and dashboards, the bucket store, cost, objectives.
  public readonly monitoring: MonitoringStack;
  public readonly objectStore: SeaweedFs;
  public readonly artifactRepository: ArgoArtifactRepository;
  public readonly openCost: OpenCost;
  public readonly pyrra: Pyrra;
  /** The cluster's CNI where the environment runs Cilium (ADR 0153). */
  public readonly cilium?: Cilium;

  private readonly installed = new Map<Capability, { component: Component; neededBy: Set<string> }>();

  public constructor(scope: Construct, props: HubProps) {
    const env = props.environment;
    super(scope, env.name, {
      repository: props.lab.repository,
      path: env.distPath,
      projectName: 'hub',
      projectDescription: `The ${env.name} hub's platform components`,
      // The hub installs operators: their charts render CRDs, cluster roles and webhooks.
      clusterResources: [{ group: '*', kind: '*' }],
      labels: { [LAB_LABELS.managedBy]: LAB_MANAGER, [LAB_LABELS.environment]: env.name },
    });
    this.environment = env;
    this.lab = props.lab;
    this.addresses = env.addressPool.allocator();
    const pool = this.addresses;
    const charts = env.charts;

    this.bootstrap = new LabChart(this, 'Bootstrap', { path: `${env.distPath}/bootstrap`, labels: this.labels });
    // Deleting the root must not cascade into ArgoCD, which it would reach through the argocd Application.
    this.root = this.addParentApplication(this.bootstrap, 'root', { name: 'hub', project: rootProject(this.bootstrap), cascadeDelete: false });

    // The network first: on a Cilium environment nothing runs before it (installed by hand, then adopted).
    if (env.cni === 'cilium') this.cilium = new Cilium(this, 'cilium', { chart: charts.cilium });
    // Every fixed address below comes from the pool MetalLB announces.
    this.metallb = new MetalLb(this, 'metallb', { chart: charts.metallb, pool: env.addressPool });
    this.kyverno = new Kyverno(this, 'kyverno', {
      chart: charts.kyverno,
      // The lab's images are built and signed by its repository's GitHub Actions.
      signedImages: imagesSignedByGitHubActions(this.node.path, props.lab.repository.url),
      labNamespaceLabel: LAB_LABELS.experiment,
      // Experiments in a sidecar mesh (Istio, Linkerd) get proxies whose init container needs NET_ADMIN.
      exemptNamespaceLabels: PROXY_INIT_LABEL,
    });
    this.argocd = new ArgoCd(this, 'argocd', { chart: charts.argoCd, domain: env.domain, address: pool.allocate('argocd') });
    this.certManager = new CertManager(this, 'cert-manager', { chart: charts.certManager });
    this.openbao = new OpenBao(this, 'openbao', {
      chart: charts.openbao,
      certManager: this.certManager,
      address: pool.allocate('openbao'),
      dependsOn: [this.metallb],
      storage: env.storage === 'host-path'
        ? { kind: 'host-path', path: KIND_OPENBAO_DATA }
        : { kind: 'volume-claim', storageClass: env.storageClass, size: '1Gi' },
    });
    this.dns = new DnsStack(this, 'dns-stack', {
      domain: env.domain, address: pool.allocate('dns'), dependsOn: [this.metallb, this.kyverno],
    });
    this.externalSecrets = new ExternalSecrets(this, 'external-secrets', {
      chart: charts.externalSecrets, openbao: this.openbao, argocd: this.argocd, dependsOn: [this.openbao],
    });
    this.openbaoIssuer = new OpenBaoIssuer(this, 'openbao-issuer', { certManager: this.certManager, openbao: this.openbao });
    this.argoWorkflows = new ArgoWorkflows(this, 'argo-workflows', {
      chart: charts.argoWorkflows, runner: props.lab.runner, dependsOn: [this.kyverno],
    });
    this.webhookRelay = new WebhookRelay(this, 'webhook-relay', {
      argocd: this.argocd, secretStore: this.externalSecrets.store, dependsOn: [this.externalSecrets, this.kyverno],
    });
    // The namespaces where the lab runs its own pods meet the Pod Security Standards baseline.
    this.kyverno.requireBaseline(this.dns, this.argoWorkflows, this.webhookRelay);
    this.crossplane = new Crossplane(this, 'crossplane', { chart: charts.crossplane });
    this.crossplaneProviders = new CrossplaneProviders(this, 'crossplane-providers', {
      packages: [PROVIDER_PACKAGES.kubernetes, PROVIDER_PACKAGES.helm],
      crossplane: this.crossplane,
    });

    // Measurement: metrics, dashboards, the bucket store, measured cost and objectives (ADR 0080-0084).
    // Sized by what the environment's nodes leave for the lab: a laptop's single node keeps a short
    // history, a cluster with room a longer one.
    const laptop = env.capacity.available.memory < SMALL_CLUSTER_MEMORY;
    this.monitoring = new MonitoringStack(this, 'kube-prometheus-stack', {
      chart: charts.kubePrometheusStack,
      secretStore: this.externalSecrets.store,
      storageClass: env.storageClass,
      grafanaAddress: pool.allocate('grafana'),
      dependsOn: [this.externalSecrets, this.metallb],
      ...(laptop
        ? { retention: '3d', retentionSize: '2GiB', volumeSize: '3Gi' }
        : {
          retention: '15d', retentionSize: '8GiB', volumeSize: '10Gi',
          prometheusResources: { requests: { cpu: '250m', memory: '768Mi' }, limits: { cpu: '1500m', memory: '2Gi' } },
        }),
    });
    this.objectStore = new SeaweedFs(this, 'seaweedfs', {
      chart: charts.seaweedfs, secretStore: this.externalSecrets.store, storageClass: env.storageClass,
      size: laptop ? '5Gi' : '20Gi', dependsOn: [this.externalSecrets],
    });
    this.artifactRepository = new ArgoArtifactRepository(this, 'argo-artifacts', {
      argoWorkflows: this.argoWorkflows, bucket: this.objectStore.bucket('artifacts'),
      dependsOn: [this.argoWorkflows, this.objectStore, this.externalSecrets],
    });
    // What every experiment run reads about this hub: environment, prices, Prometheus, results bucket (ADR 0090).
    const results = this.objectStore.bucket('results');
    new RunSettings(this.artifactRepository.objects, 'RunSettings', {
      namespace: props.lab.runner.namespace,
      values: {
        environment: env.name,
        // An environment without a price sheet gets runs without a document, whose results step says so.
        ...(ENVIRONMENT_PRICES[env.name] ? { prices: PRICE_SHEETS[ENVIRONMENT_PRICES[env.name]] } : {}),
        prometheusUrl: this.monitoring.prometheusUrl,
        remoteWriteUrl: this.monitoring.remoteWriteUrl,
        results: { endpoint: results.store.endpoint, bucket: results.name, insecure: results.store.insecure, ...this.artifactRepository.credentials },
      },
    });
    this.openCost = new OpenCost(this, 'opencost', {
      chart: charts.opencost, monitoring: this.monitoring, clusterId: env.name, dependsOn: [this.monitoring],
    });
    this.pyrra = new Pyrra(this, 'pyrra', { chart: charts.pyrra, monitoring: this.monitoring, dependsOn: [this.monitoring] });

    this.monitoring.addDashboard('HubOverview', hubOverviewDashboard({
      datasourceUid: this.monitoring.datasourceUid,
      argocdController: this.argocd.controllerMetrics, workflowsController: this.argoWorkflows.controllerMetrics,
    }));
    // gRPC codes that mean the server failed, not the caller (the rest are client errors).
    const grpcServerErrors = { label: 'grpc_code', matches: 'Unknown|Internal|Unavailable|DataLoss|DeadlineExceeded' };
    this.pyrra.addObjective('ArgoCdApi', {
      name: 'argocd-api', description: 'ArgoCD\'s API server answers 99 % of gRPC calls without a server error.',
      target: 99, source: this.argocd.serverMetrics, metric: 'grpc_server_handled_total', errors: grpcServerErrors,
    });
    this.pyrra.addObjective('ArgoWorkflowsApi', {
      name: 'argo-workflows-api', description: 'Argo Workflows\' API server answers 99 % of gRPC calls without a server error.',
      target: 99, source: this.argoWorkflows.serverMetrics, metric: 'grpc_server_handled_total', errors: grpcServerErrors,
    });
    this.pyrra.addObjective('Grafana', {
      name: 'grafana-http', description: 'Grafana answers 99 % of HTTP requests without a 5xx status.',
      target: 99, source: this.monitoring.grafanaMetrics, metric: 'grafana_http_request_duration_seconds_count',
      errors: { label: 'status_code', matches: '5..' },
    });
    // Last: the monitors of every endpoint the components declared.
    this.monitoring.addScrapeMonitors(this);

    // What `bootstrap/install/` gives the person who creates the cluster.
    for (const file of bootstrapFiles(this, KIND_OPENBAO_DATA)) new LabFile(this.bootstrap, file.name, { path: `${this.bootstrap.path}/install/${file.name}`, content: file.content });
    this.node.addValidation({ validate: () => this.checkKubernetesVersion() });
    // At synth, once experiments have added their Applications; a hub that does not fit throws.
    this.node.addValidation({ validate: () => (checkFit(env, this), []) });
  }

  /**
   * The Application of the component that provides `capability`, installing the capability's
   * catalog entry (and what it requires) the first time something needs it.
   */
  public provide(capability: Capability, neededBy: string): Application {
    return this.install(capability, neededBy).application;
  }

  /** What the hub runs beyond its core and why, plus the core components that provide capabilities. */
  public get capabilities(): readonly InstalledCapability[] {
    return [...this.installed.entries()]
      .map(([capability, { component, neededBy }]) => ({ capability, component, neededBy: [...neededBy].sort() }))
      .sort((a, b) => (a.capability.name < b.capability.name ? -1 : a.capability.name > b.capability.name ? 1 : 0));
  }

  /**
   * The proxies the hub's meshes run beside the workloads: istiod's sidecar in each pod of a
   * `sidecar` namespace and its Envoy for each waypoint, Linkerd's proxy in each pod of a `linkerd`
   * namespace. Ambient pods get none (ztunnel runs per node and is counted there).
   */
  public get meshProxies(): MeshProxies {
    const components = this.capabilities.map((c) => c.component);
    const istiod = components.find((c): c is Istiod => c instanceof Istiod);
    const linkerd = components.find((c): c is LinkerdControlPlane => c instanceof LinkerdControlPlane);
    return {
      ...(istiod ? { sidecar: istiod.sidecarResources, waypoint: istiod.waypointResources } : {}),
      ...(linkerd ? { linkerd: linkerd.proxyResources } : {}),
    };
  }

  /** What the hub runs beyond its core, and for whom: `k6-operator (for http-baseline)`. */
  public get onDemand(): string[] {
    return this.capabilities.filter((c) => !c.neededBy.includes('core'))
      .map((c) => `${c.capability.name} (for ${c.neededBy.join(', ')})`);
  }

  private install(capability: Capability, neededBy: string): Component {
    let installed = this.installed.get(capability);
    if (!installed) {
      const { entry } = entryOf(capability);
      let component: Component;
      if (entry.kind === 'core') {
        component = entry.component(this);
      } else {
        const dependsOn = (entry.requires ?? []).map((c) => this.install(c, capability.name));
        component = entry.install(this, dependsOn);
        // The monitors of what the entry installed (the core's were written in the constructor).
        this.monitoring.addScrapeMonitors(this);
      }
      installed = { component, neededBy: new Set(entry.kind === 'core' ? ['core'] : []) };
      this.installed.set(capability, installed);
    }
    installed.neededBy.add(neededBy);
    return installed.component;
  }

  /** The `bao` commands that set OpenBao up: its components' roles and policies, and the secrets they read. */
  public openbaoSetup(): string[] {
    const reads = this.node.findAll().filter((c): c is OpenBaoSecret => c instanceof OpenBaoSecret).flatMap((s) => s.reads);
    const byKey = new Map<string, Set<string>>();
    for (const r of reads) byKey.set(r.key, new Set([...(byKey.get(r.key) ?? []), ...r.properties]));
    return setupCommands({
      kvMount: this.openbao.kvMount,
      pki: { mount: this.openbao.pkiMount, commonName: this.openbao.pkiCommonName, roles: this.openbao.pkiRoleList },
      access: this.openbao.access,
      secrets: [...byKey].map(([key, properties]) => ({ key, properties: [...properties].sort() })),
    });
  }

  /** Charts whose pinned `kubeVersion` excludes the environment's Kubernetes: Helm would refuse them. */
  private checkKubernetesVersion(): string[] {
    const env = this.environment;
    return this.node.findAll()
      .filter((c): c is Application => c instanceof Application)
      .flatMap((app) => app.helmSources.map((source) => ({ app, problem: source.chart.kubernetesVersionProblem(env.kubernetesVersion) })))
      .filter(({ problem }) => problem !== undefined)
      .map(({ app, problem }) => `Application ${app.applicationName}: ${problem}, and environment "${env.name}" runs Kubernetes ${env.kubernetesVersion.minorVersion}`);
  }
}
