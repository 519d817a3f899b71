import { serviceDnsNames, serviceHost } from '../core/service-host';
import type { BoundServiceAccount, OpenBaoAccess } from './access';
import { Construct } from 'constructs';
import { Certificate, CertificateSpecPrivateKeyAlgorithm } from '../../imports/certmanager-certificate-cert-manager.io';
import { Component, ComponentProps } from '../argocd/component';
import { SYNC_WAVE_ANNOTATION } from '../argocd/constants';
import type { CaBundleRef, CertManager } from '../cert-manager/cert-manager';
import { ValidationError } from '../core/errors';
import { checkDuration, checkLabelName, checkQuantity } from '../core/validation';
import { recordWiring } from '../core/wiring';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { addressRequest } from '../metallb/address-request';
import { scrape } from '../monitoring/metrics-declarations';
import type { LoadBalancerAddress } from '../network/address-pool';
import { hostPathOwner } from './host-path-owner';
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
   * The cert-manager whose bootstrap CA signs the server's TLS certificate; OpenBao is synced
   * after it, and clients trust that CA ({@link OpenBao.caBundle}).
   */
  readonly certManager: CertManager;
  /**
   * The fixed address of the UI and API LoadBalancer service (served over TLS, with the address
   * in the certificate).
   * @default - a ClusterIP service only
   */
  readonly address?: LoadBalancerAddress;
  /**
   * Namespace.
   * @default 'openbao'
   */
  readonly namespace?: string;
  /**
   * Lifetime of the server certificate; cert-manager renews it at two thirds. OpenBao reads the
   * files again on SIGHUP or restart, so a renewal takes effect at the next restart.
   * @default '8760h' (a year)
   */
  readonly certificateDuration?: string;
  /**
   * Server requests and limits.
   * @default 100m/128Mi requested, 500m/256Mi limit
   */
  readonly serverResources?: Resources;
}

/** Where OpenBao's server keeps file storage inside its container. */
const DATA_PATH = '/openbao/data';
/** Where the server's certificate, key and CA are mounted. */
const TLS_PATH = '/openbao/tls';
const PORT = 8200;
/** A listener of its own for Prometheus, reached on the pod only: no Service publishes it. */
const METRICS_PORT = 8209;
const METRICS_PORT_NAME = 'metrics';
const NAME = 'openbao';

/**
 * Ready while the server answers, sealed or not: a sealed OpenBao is a state to act on (unseal),
 * not a failed rollout, and it must not hold back the hub's components that do not use it. What
 * needs it unsealed (the secret store, the OpenBao issuer) reports its own health.
 * `/v1/sys/health` answers 503 sealed and 501 uninitialised unless told otherwise
 * (openbao.org, API docs, /sys/health).
 */
const READINESS_PATH = '/v1/sys/health?standbyok=true&sealedcode=204&uninitcode=204';

/**
 * OpenBao, the lab's secret store: one standalone server with file storage and the UI, serving
 * TLS with a certificate from the bootstrap CA (ADR 0072). The agent injector is off: no workload
 * uses it, and its webhook's CA bundle, patched at run time, kept the Application OutOfSync.
 * Other components reach it through {@link address} and trust {@link caBundle}.
 */
export class OpenBao extends Component {
  /** The in-cluster HTTPS URL of the API, for secret stores and issuers. */
  public readonly address: string;
  /** The CA that signs the server's certificate, as a Secret clients read. */
  public readonly caBundle: CaBundleRef;
  /** The KV version 2 mount the lab keeps its secrets in. */
  public readonly kvMount = 'secret';
  /** The PKI mount of the lab's internal CA. */
  public readonly pkiMount = 'pki';
  /** The common name of the internal CA the PKI mount generates. */
  public readonly pkiCommonName = 'illm-lab internal CA';

  private readonly accesses = new Map<string, OpenBaoAccess>();
  private readonly pkiRoles = new Map<string, string>();

  /**
   * Lets `serviceAccount` log in as `role` and read every secret of the KV mount (External
   * Secrets' store). Returns the role name, for the client's configuration.
   */
  public grantRead(role: string, serviceAccount: BoundServiceAccount): string {
    return this.addAccess({ role, serviceAccount, ttl: '1h', rules: [{ path: `${this.kvMount}/data/*`, capabilities: ['read'] }] });
  }

  /**
   * Lets `serviceAccount` log in as `role`, with a token for `audience`, and sign certificates
   * with the PKI role `pkiRole` (created with certificates of at most `maxTtl`).
   */
  public grantSign(role: string, serviceAccount: BoundServiceAccount, pkiRole: string, options: { readonly audience?: string; readonly maxTtl?: string } = {}): string {
    this.pkiRoles.set(pkiRole, options.maxTtl ?? '720h');
    return this.addAccess({
      role, serviceAccount, ttl: '20m', audience: options.audience,
      rules: [{ path: `${this.pkiMount}/sign/${pkiRole}`, capabilities: ['create', 'update'] }],
    });
  }

  /** The Kubernetes-auth roles components asked for, by role name. */
  public get access(): readonly OpenBaoAccess[] {
    return [...this.accesses.values()];
  }

  /** The PKI roles components sign with, and their longest certificate lifetime. */
  public get pkiRoleList(): readonly { readonly name: string; readonly maxTtl: string }[] {
    return [...this.pkiRoles.entries()].map(([name, maxTtl]) => ({ name, maxTtl })).sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  private addAccess(access: OpenBaoAccess): string {
    const where = this.node.path;
    checkLabelName(where, 'role', access.role);
    const other = this.accesses.get(access.role);
    if (other && JSON.stringify(other) !== JSON.stringify(access)) {
      throw new ValidationError(where, 'role', access.role, `each role once: it is already granted to ${other.serviceAccount.namespace}/${other.serviceAccount.name}`);
    }
    this.accesses.set(access.role, access);
    return access.role;
  }

  public constructor(scope: Construct, id: string, props: OpenBaoProps) {
    super(scope, id, props, {
      after: [props.certManager],
      name: NAME,
      namespace: props.namespace ?? NAME,
      serverSideApply: true,
    });
    const where = this.node.path;
    const namespace = this.namespace;
    const duration = checkDuration(where, 'certificateDuration', props.certificateDuration ?? '8760h');
    const serverResources = checkResources(where, 'serverResources', props.serverResources ?? {
      requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' },
    });
    const tlsSecret = `${NAME}-tls`;
    const storage = storageValues(where, props.storage);
    const values: OpenBaoValues = {
      global: { enabled: true, tlsDisable: false },
      server: {
        resources: serverResources,
        dataStorage: storage.dataStorage,
        ...(storage.extraInitContainers ? { extraInitContainers: storage.extraInitContainers } : {}),
        volumes: [...storage.volumes, { name: 'tls', secret: { secretName: tlsSecret } }],
        volumeMounts: [...storage.volumeMounts, { name: 'tls', mountPath: TLS_PATH, readOnly: true }],
        // The CLI in the pod (init, unseal) talks to https://127.0.0.1:8200 and checks it with this CA.
        extraEnvironmentVars: { BAO_CACERT: `${TLS_PATH}/ca.crt` },
        readinessProbe: { path: READINESS_PATH },
        extraPorts: [{ containerPort: METRICS_PORT, name: METRICS_PORT_NAME }],
        standalone: { enabled: true, config: serverConfig() },
        ha: { enabled: false },
      },
      injector: { enabled: false },
      ui: props.address
        ? { enabled: true, serviceType: 'LoadBalancer', annotations: addressRequest(props.address) }
        : { enabled: true, serviceType: 'ClusterIP' },
      csi: { enabled: false },
    };
    this.installChart(props.chart, values);
    this.address = `https://${serviceHost(NAME, namespace)}:${PORT}`;
    this.caBundle = props.certManager.caBundle;
    recordWiring(this, props.certManager, 'TLS certificate');

    const services = [NAME, `${NAME}-ui`];
    const certificate = new Certificate(this.objects, 'Certificate', {
      metadata: {
        name: tlsSecret,
        namespace,
        // Before the chart's StatefulSet (wave 0), which mounts the Secret; the CRD and the issuer
        // come from cert-manager, an Application of an earlier wave.
        annotations: { [SYNC_WAVE_ANNOTATION]: '-1' },
      },
      spec: {
        secretName: tlsSecret,
        duration,
        commonName: serviceHost(NAME, namespace),
        dnsNames: services.flatMap((s) => [s, `${s}.${namespace}`, ...serviceDnsNames(s, namespace)]),
        ipAddresses: ['127.0.0.1', ...(props.address ? [props.address.ip] : [])],
        privateKey: { algorithm: CertificateSpecPrivateKeyAlgorithm.ECDSA, size: 256 },
        issuerRef: { group: 'cert-manager.io', ...props.certManager.caIssuer },
      },
    });
    void certificate;

    // /v1/sys/metrics answers in Prometheus' format when asked with ?format=prometheus (JSON
    // otherwise), without a token on the metrics listener only (serverConfig). The 0.29.2 chart
    // adds `server.extraPorts` to the container and labels the server pod
    // app.kubernetes.io/name=openbao, app.kubernetes.io/instance=<release>, component=server
    // (templates/server-statefulset.yaml). The certificate names the Services, not the pod's
    // address, and its CA lives in cert-manager's namespace, out of a monitor's reach: the
    // in-cluster scrape skips verification, as the chart's own ServiceMonitor does by default.
    scrape(this, {
      job: 'openbao', target: 'pod', namespace,
      selector: { 'app.kubernetes.io/name': NAME, 'app.kubernetes.io/instance': this.componentName, component: 'server' },
      port: METRICS_PORT_NAME, path: '/v1/sys/metrics', params: { format: ['prometheus'] },
      scheme: 'https', insecureSkipVerify: true,
    });
  }
}

interface StorageValues {
  readonly dataStorage: OpenBaoValues['server']['dataStorage'];
  readonly volumes: NonNullable<OpenBaoValues['server']['volumes']>;
  readonly volumeMounts: NonNullable<OpenBaoValues['server']['volumeMounts']>;
  readonly extraInitContainers?: OpenBaoValues['server']['extraInitContainers'];
}

function storageValues(where: string, storage: OpenBaoStorage): StorageValues {
  if (storage.kind === 'host-path') {
    return {
      dataStorage: { enabled: false },
      volumes: [{ name: 'data', hostPath: { path: storage.path, type: 'DirectoryOrCreate' } }],
      volumeMounts: [{ name: 'data', mountPath: DATA_PATH }],
      // A hostPath ignores fsGroup: the directory the kubelet creates belongs to root.
      extraInitContainers: [hostPathOwner('data', DATA_PATH)],
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
    volumes: [],
    volumeMounts: [],
  };
}

/**
 * The server's HCL configuration: TLS with the mounted certificate, file storage, and metrics
 * for Prometheus (openbao.org, configuration: `telemetry` stanza and the tcp listener's
 * `telemetry.unauthenticated_metrics_access`). Metrics need no token on a second listener only,
 * which no Service publishes; the API and UI listener, behind the LoadBalancer, keeps asking for
 * one. The metrics hold counts and timings, no secrets.
 */
function serverConfig(): string {
  return [
    'ui = true',
    '',
    'listener "tcp" {',
    `  address = "[::]:${PORT}"`,
    '  cluster_address = "[::]:8201"',
    `  tls_cert_file = "${TLS_PATH}/tls.crt"`,
    `  tls_key_file = "${TLS_PATH}/tls.key"`,
    '}',
    '',
    'listener "tcp" {',
    `  address = "[::]:${METRICS_PORT}"`,
    `  tls_cert_file = "${TLS_PATH}/tls.crt"`,
    `  tls_key_file = "${TLS_PATH}/tls.key"`,
    '  telemetry {',
    '    unauthenticated_metrics_access = true',
    '  }',
    '}',
    '',
    // Names without the pod's host name, kept a day in memory between scrapes.
    'telemetry {',
    '  prometheus_retention_time = "24h"',
    '  disable_hostname = true',
    '}',
    '',
    'storage "file" {',
    `  path = "${DATA_PATH}"`,
    '}',
    '',
  ].join('\n');
}
