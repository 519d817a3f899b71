import { Construct } from 'constructs';
import { LabChart } from '../charts/lab-chart';
import { AppOfApps } from '../constructs/argocd/app-of-apps';
import { AppProject } from '../constructs/argocd/app-project';
import { ArgoCd } from '../constructs/argocd/argocd';
import { Crossplane } from '../constructs/crossplane/crossplane';
import { CrossplaneProviders } from '../constructs/crossplane/crossplane-providers';
import { OpenBao } from '../constructs/openbao/openbao';
import { ArgoWorkflows } from '../constructs/argo-workflows/argo-workflows';
import { CertManager } from '../constructs/cert-manager/cert-manager';
import { OpenBaoIssuer } from '../constructs/cert-manager/openbao-issuer';
import { DnsStack } from '../constructs/dns/dns-stack';
import { ExternalSecrets } from '../constructs/external-secrets/external-secrets';
import { Kyverno } from '../constructs/kyverno/kyverno';
import { imagesSignedByGitHubActions } from '../constructs/kyverno/signed-images';
import { MetalLb } from '../constructs/metallb/metallb';
import { WebhookRelay } from '../constructs/webhook-relay/webhook-relay';
import { StrimziOperator } from '../constructs/kafka/strimzi-operator';
import { IstioBase } from '../constructs/istio/istio-base';
import { Istiod } from '../constructs/istio/istiod';
import { IstioGateway } from '../constructs/istio/istio-gateway';
import { SIDECAR_INJECTION_LABEL } from '../constructs/istio/mesh-namespace';
import { K6Operator } from '../constructs/k6-operator/k6-operator';
import type { Application } from '../constructs/argocd/application';
import type { ExperimentHost, HubOperator } from '../constructs/experiment/experiment';
import { AddressAllocator } from '../constructs/network/address-pool';
import { PROVIDER_PACKAGES } from './chart-catalog';
import type { Environment } from './environment';
import { LAB_REPOSITORY } from './repository';
import { LAB_LABELS, LAB_MANAGER } from '../constructs/core/labels';

/** Where the host directory Kind mounts into its node keeps OpenBao's data. */
const KIND_OPENBAO_DATA = '/mnt/openbao-data';

/**
 * The hub cluster of one environment: its components, their Applications in `apps/`, and the
 * `bootstrap/` folder with the root Application that is applied once by hand.
 */
export class Hub extends AppOfApps implements ExperimentHost {
  public readonly environment: Environment;
  /** Hands out the environment's fixed LoadBalancer addresses, each once. */
  public readonly addresses: AddressAllocator;
  /** The chart of the bootstrap folder. */
  public readonly bootstrap: LabChart;

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
  public readonly strimzi: StrimziOperator;
  public readonly istioBase: IstioBase;
  public readonly istiod: Istiod;
  public readonly istioGateway: IstioGateway;
  public readonly k6Operator: K6Operator;

  public constructor(scope: Construct, env: Environment) {
    super(scope, env.name, {
      repository: env.repository,
      path: env.distPath,
      projectName: 'hub',
      projectDescription: `The ${env.name} hub's platform components`,
      // The hub installs operators: their charts render CRDs, cluster roles and webhooks.
      clusterResources: [{ group: '*', kind: '*' }],
      labels: { [LAB_LABELS.managedBy]: LAB_MANAGER, [LAB_LABELS.environment]: env.name },
    });
    this.environment = env;
    this.addresses = env.addressPool.allocator();
    const pool = this.addresses;
    const charts = env.charts;

    this.bootstrap = new LabChart(this, 'bootstrap', { path: `${env.distPath}/bootstrap`, labels: this.labels });
    this.addParentApplication(this.bootstrap, 'root', { name: 'hub', project: AppProject.fromName('default') });

    // Every fixed address below comes from the pool MetalLB announces.
    this.metallb = new MetalLb(this, 'metallb', { chart: charts.metallb, pool: env.addressPool });
    this.kyverno = new Kyverno(this, 'kyverno', {
      chart: charts.kyverno,
      // The lab's images are built and signed by its repository's GitHub Actions.
      signedImages: imagesSignedByGitHubActions(this.node.path, LAB_REPOSITORY.url),
      labNamespaceLabel: LAB_LABELS.experiment,
      // Experiments in the Istio mesh get sidecars whose init container needs NET_ADMIN.
      exemptNamespaceLabels: SIDECAR_INJECTION_LABEL,
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
    this.argoWorkflows = new ArgoWorkflows(this, 'argo-workflows', { chart: charts.argoWorkflows, dependsOn: [this.kyverno] });
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
    this.strimzi = new StrimziOperator(this, 'strimzi', { chart: charts.strimzi });
    this.istioBase = new IstioBase(this, 'istio-base', { chart: charts.istioBase });
    this.istiod = new Istiod(this, 'istiod', { chart: charts.istiod, base: this.istioBase });
    this.istioGateway = new IstioGateway(this, 'istio-gateway', {
      chart: charts.istioGateway, istiod: this.istiod, address: pool.allocate('istio-gateway'), dependsOn: [this.metallb],
    });
    this.k6Operator = new K6Operator(this, 'k6-operator', { chart: charts.k6Operator });
  }

  /** The Application of the component that runs `operator`, for the experiments that need it. */
  public operatorApplication(operator: HubOperator): Application | undefined {
    const components = {
      'argo-workflows': this.argoWorkflows, 'k6-operator': this.k6Operator, 'strimzi': this.strimzi, 'istio': this.istiod,
    } satisfies Record<HubOperator, unknown>;
    return components[operator]?.application;
  }
}
