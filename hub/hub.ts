import { Construct } from 'constructs';
import { LabChart } from '../charts/lab-chart';
import { AppOfApps } from '../constructs/argocd/app-of-apps';
import { AppProject } from '../constructs/argocd/app-project';
import { ArgoCd } from '../constructs/argocd/argocd';
import { Crossplane } from '../constructs/crossplane/crossplane';
import { CrossplaneProviders } from '../constructs/crossplane/crossplane-providers';
import { OpenBao } from '../constructs/openbao/openbao';
import { AddressAllocator } from '../constructs/network/address-pool';
import { PROVIDER_PACKAGES } from './chart-catalog';
import type { Environment } from './environment';

/** Label keys the lab puts on its objects. */
export const LABELS = {
  partOf: 'app.kubernetes.io/part-of',
  managedBy: 'app.kubernetes.io/managed-by',
  environment: 'illmlab.xyz/environment',
  experiment: 'illmlab.xyz/experiment',
} as const;

/** Where the host directory Kind mounts into its node keeps OpenBao's data. */
const KIND_OPENBAO_DATA = '/mnt/openbao-data';

/**
 * The hub cluster of one environment: its components, their Applications in `apps/`, and the
 * `bootstrap/` folder with the root Application that is applied once by hand.
 */
export class Hub extends AppOfApps {
  public readonly environment: Environment;
  /** Hands out the environment's fixed LoadBalancer addresses, each once. */
  public readonly addresses: AddressAllocator;
  /** The chart of the bootstrap folder. */
  public readonly bootstrap: LabChart;

  public readonly argocd: ArgoCd;
  public readonly openbao: OpenBao;
  public readonly crossplane: Crossplane;
  public readonly crossplaneProviders: CrossplaneProviders;

  public constructor(scope: Construct, env: Environment) {
    super(scope, env.name, {
      repository: env.repository,
      path: env.distPath,
      projectName: 'hub',
      projectDescription: `The ${env.name} hub's platform components`,
      labels: { [LABELS.managedBy]: 'illm-lab', [LABELS.environment]: env.name },
    });
    this.environment = env;
    this.addresses = env.addressPool.allocator();
    const pool = this.addresses;
    const charts = env.charts;

    this.bootstrap = new LabChart(this, 'bootstrap', { path: `${env.distPath}/bootstrap`, labels: this.labels });
    this.addParentApplication(this.bootstrap, 'root', { name: 'hub', project: AppProject.fromName('default') });

    this.argocd = new ArgoCd(this, 'argocd', { chart: charts.argoCd, address: pool.allocate('argocd') });
    this.openbao = new OpenBao(this, 'openbao', {
      chart: charts.openbao,
      address: pool.allocate('openbao'),
      storage: env.storage === 'host-path'
        ? { kind: 'host-path', path: KIND_OPENBAO_DATA }
        : { kind: 'volume-claim', storageClass: env.storageClass, size: '1Gi' },
    });
    this.crossplane = new Crossplane(this, 'crossplane', { chart: charts.crossplane });
    this.crossplaneProviders = new CrossplaneProviders(this, 'crossplane-providers', {
      packages: [PROVIDER_PACKAGES.kubernetes, PROVIDER_PACKAGES.helm],
      dependsOn: [this.crossplane],
    });
  }
}
