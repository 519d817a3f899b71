import { Construct } from 'constructs';
import { LabChart } from '../charts/lab-chart';
import { LabFile } from '../charts/lab-file';
import { ArgoWorkflows } from '../constructs/argo-workflows/argo-workflows';
import { AppOfApps } from '../constructs/argocd/app-of-apps';
import { AppProject } from '../constructs/argocd/app-project';
import { Application } from '../constructs/argocd/application';
import { ArgoCd } from '../constructs/argocd/argocd';
import type { Component } from '../constructs/argocd/component';
import { PROVIDER_PACKAGES } from '../constructs/catalog/charts';
import type { Capability } from '../constructs/catalog/capability';
import type { LabContext } from '../constructs/catalog/lab-context';
import { CertManager } from '../constructs/cert-manager/cert-manager';
import { LAB_LABELS, LAB_MANAGER } from '../constructs/core/labels';
import { Crossplane } from '../constructs/crossplane/crossplane';
import { CrossplaneProviders } from '../constructs/crossplane/crossplane-providers';
import { DnsStack } from '../constructs/dns/dns-stack';
import type { ExperimentHost } from '../constructs/experiment/experiment';
import { ExternalSecrets } from '../constructs/external-secrets/external-secrets';
import { ImageUpdater } from '../constructs/image-updater/image-updater';
import { SIDECAR_INJECTION_LABEL } from '../constructs/istio/mesh-namespace';
import { Kyverno } from '../constructs/kyverno/kyverno';
import { imagesSignedByGitHubActions } from '../constructs/kyverno/signed-images';
import { MetalLb } from '../constructs/metallb/metallb';
import { AddressAllocator } from '../constructs/network/address-pool';
import { OpenBao } from '../constructs/openbao/openbao';
import { WebhookRelay } from '../constructs/webhook-relay/webhook-relay';
import { bootstrapFiles } from './bootstrap';
import { CatalogHost, entryOf } from './catalog';
import type { Environment, HubAddressOwner } from './environment';

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
  public readonly argoWorkflows: ArgoWorkflows;
  public readonly imageUpdater: ImageUpdater;
  public readonly webhookRelay: WebhookRelay;

  private readonly installed = new Map<Capability, { component: Component; neededBy: Set<string> }>();

  public constructor(scope: Construct, props: HubProps) {
    const env = props.environment;
    super(scope, env.name, {
      repository: props.lab.repository,
      path: env.distPath,
      projectName: 'hub',
      projectDescription: `The ${env.name} hub's platform components`,
      labels: { [LAB_LABELS.managedBy]: LAB_MANAGER, [LAB_LABELS.environment]: env.name },
    });
    this.environment = env;
    this.lab = props.lab;
    this.addresses = env.addressPool.allocator();
    const pool = this.addresses;
    const charts = env.charts;

    this.bootstrap = new LabChart(this, 'bootstrap', { path: `${env.distPath}/bootstrap`, labels: this.labels });
    // Deleting the root must not cascade into ArgoCD, which it would reach through the argocd Application.
    this.root = this.addParentApplication(this.bootstrap, 'root', { name: 'hub', project: AppProject.fromName('default'), cascadeDelete: false });

    // Every fixed address below comes from the pool MetalLB announces.
    this.metallb = new MetalLb(this, 'metallb', { chart: charts.metallb, pool: env.addressPool });
    this.kyverno = new Kyverno(this, 'kyverno', {
      chart: charts.kyverno,
      // The lab's images are built and signed by its repository's GitHub Actions.
      signedImages: imagesSignedByGitHubActions(this.node.path, props.lab.repository.url),
      labNamespaceLabel: LAB_LABELS.experiment,
      // Experiments in the Istio mesh get sidecars whose init container needs NET_ADMIN.
      exemptNamespaceLabels: SIDECAR_INJECTION_LABEL,
    });
    this.argocd = new ArgoCd(this, 'argocd', { chart: charts.argoCd, address: pool.allocate('argocd') });
    this.openbao = new OpenBao(this, 'openbao', {
      chart: charts.openbao,
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
    this.certManager = new CertManager(this, 'cert-manager', {
      chart: charts.certManager, openbao: this.openbao, dependsOn: [this.openbao],
    });
    this.argoWorkflows = new ArgoWorkflows(this, 'argo-workflows', {
      chart: charts.argoWorkflows, runner: props.lab.runner, dependsOn: [this.kyverno],
    });
    this.imageUpdater = new ImageUpdater(this, 'argocd-image-updater', { chart: charts.argocdImageUpdater, dependsOn: [this.argocd] });
    this.webhookRelay = new WebhookRelay(this, 'webhook-relay', {
      argocd: this.argocd, secretStore: this.externalSecrets.store, dependsOn: [this.externalSecrets, this.kyverno],
    });
    // The namespaces where the lab runs its own pods meet the Pod Security Standards baseline.
    this.kyverno.requireBaseline(this.dns, this.argoWorkflows, this.webhookRelay);
    this.crossplane = new Crossplane(this, 'crossplane', { chart: charts.crossplane });
    this.crossplaneProviders = new CrossplaneProviders(this, 'crossplane-providers', {
      packages: [PROVIDER_PACKAGES.kubernetes, PROVIDER_PACKAGES.helm],
      dependsOn: [this.crossplane],
    });

    // What `bootstrap/install/` gives the person who creates the cluster.
    for (const file of bootstrapFiles(this, KIND_OPENBAO_DATA)) new LabFile(this.bootstrap, file.name, { path: `${this.bootstrap.path}/install/${file.name}`, content: file.content });
    this.node.addValidation({ validate: () => this.checkKubernetesVersion() });
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
      }
      installed = { component, neededBy: new Set(entry.kind === 'core' ? ['core'] : []) };
      this.installed.set(capability, installed);
    }
    installed.neededBy.add(neededBy);
    return installed.component;
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
