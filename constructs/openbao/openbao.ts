import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { HelmSource } from '../argocd/sources';
import { ValidationError } from '../core/errors';
import { checkLabelName, checkQuantity } from '../core/validation';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import type { LoadBalancerAddress } from '../network/address-pool';
import type { OpenBaoValues } from './values';

/** Where OpenBao keeps its file storage. */
export type OpenBaoStorage =
  | { readonly kind: 'volume-claim'; readonly storageClass: string; readonly size: string }
  | { readonly kind: 'host-path'; readonly path: string };

export interface OpenBaoProps extends ComponentProps {
  /** The pinned openbao chart. */
  readonly chart: HelmChart;
  /** Where the server keeps its data. */
  readonly storage: OpenBaoStorage;
  /**
   * The fixed address of the UI and API LoadBalancer service.
   * @default - a ClusterIP service only
   */
  readonly address?: LoadBalancerAddress;
  /**
   * Namespace.
   * @default 'openbao'
   */
  readonly namespace?: string;
  /**
   * Server requests and limits.
   * @default 100m/128Mi requested, 500m/256Mi limit
   */
  readonly serverResources?: Resources;
  /**
   * Injector requests and limits.
   * @default 50m/64Mi requested, 250m/128Mi limit
   */
  readonly injectorResources?: Resources;
}

/** Where OpenBao's server keeps file storage inside its container. */
const DATA_PATH = '/openbao/data';
const PORT = 8200;

/**
 * OpenBao, the lab's secret store: one standalone server with file storage, the agent injector
 * and the UI. Other components reach it through {@link address}.
 */
export class OpenBao extends Component {
  /** The in-cluster URL of the API, for secret stores and issuers. */
  public readonly address: string;
  /** The KV version 2 mount the lab keeps its secrets in. */
  public readonly kvMount = 'secret';
  /** The PKI mount of the lab's internal CA. */
  public readonly pkiMount = 'pki';

  public constructor(scope: Construct, id: string, props: OpenBaoProps) {
    const namespace = props.namespace ?? 'openbao';
    const where = `${scope.node.path}/${id}`;
    checkLabelName(where, 'namespace', namespace);
    const serverResources = checkResources(where, 'serverResources', props.serverResources ?? {
      requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' },
    });
    const injectorResources = checkResources(where, 'injectorResources', props.injectorResources ?? {
      requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '250m', memory: '128Mi' },
    });
    const values: OpenBaoValues = {
      global: { enabled: true, tlsDisable: true },
      server: {
        resources: serverResources,
        ...storageValues(where, props.storage),
        standalone: { enabled: true, config: serverConfig() },
        ha: { enabled: false },
      },
      injector: { enabled: true, resources: injectorResources },
      ui: props.address
        ? { enabled: true, serviceType: 'LoadBalancer', loadBalancerIP: props.address.ip }
        : { enabled: true, serviceType: 'ClusterIP' },
      csi: { enabled: false },
    };
    super(scope, id, props, {
      name: 'openbao',
      namespace,
      helm: new HelmSource({ chart: props.chart, values, releaseName: 'openbao' }),
      serverSideApply: true,
    });
    this.address = `http://openbao.${namespace}.svc.cluster.local:${PORT}`;
  }
}

function storageValues(where: string, storage: OpenBaoStorage): Pick<OpenBaoValues['server'], 'dataStorage' | 'volumes' | 'volumeMounts'> {
  if (storage.kind === 'host-path') {
    return {
      dataStorage: { enabled: false },
      volumes: [{ name: 'data', hostPath: { path: storage.path, type: 'DirectoryOrCreate' } }],
      volumeMounts: [{ name: 'data', mountPath: DATA_PATH }],
    };
  }
  if (storage.kind !== 'volume-claim') {
    throw new ValidationError(where, 'storage.kind', (storage as { kind: unknown }).kind, 'must be one of volume-claim, host-path');
  }
  return {
    dataStorage: {
      enabled: true,
      size: checkQuantity(where, 'storage.size', storage.size),
      storageClass: checkLabelName(where, 'storage.storageClass', storage.storageClass),
      accessMode: 'ReadWriteOnce',
    },
  };
}

/** The server's HCL configuration: plain HTTP inside the cluster, file storage. */
function serverConfig(): string {
  return [
    'ui = true',
    '',
    'listener "tcp" {',
    '  tls_disable = 1',
    `  address = "[::]:${PORT}"`,
    '  cluster_address = "[::]:8201"',
    '}',
    '',
    'storage "file" {',
    `  path = "${DATA_PATH}"`,
    '}',
    '',
  ].join('\n');
}
