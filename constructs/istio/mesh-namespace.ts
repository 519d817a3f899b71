import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { PeerAuthentication, PeerAuthenticationSpecMtlsMode, PeerAuthenticationSpecPortLevelMtlsMode } from '../../imports/istio-security.istio.io';
import { SYNC_WAVE_ANNOTATION } from '../argocd/constants';
import { ValidationError } from '../core/errors';
import { checkInteger, checkLabelName, checkOneOf } from '../core/validation';
import type { PlainTextIngress } from './plain-text-ingress';

/**
 * How pods of a namespace join the mesh: a sidecar proxy injected into each pod, or ambient mode
 * (a per-node ztunnel). Ambient needs Istio's istio-cni and ztunnel charts, which the lab does not
 * pin yet, so it is refused.
 */
export type MeshDataplaneMode = 'sidecar' | 'ambient';

/** Whether workloads in the namespace accept plain-text traffic besides mutual TLS. */
export type MeshMtlsMode = 'STRICT' | 'PERMISSIVE';

export interface MeshNamespaceProps {
  /** The namespace's name. */
  readonly name: string;
  /**
   * How its pods join the mesh.
   * @default 'sidecar'
   */
  readonly mode?: MeshDataplaneMode;
  /**
   * Mutual TLS for traffic into the namespace's workloads.
   * @default 'STRICT'
   */
  readonly mtls?: MeshMtlsMode;
  /**
   * Further labels of the Namespace.
   * @default - none
   */
  readonly labels?: Readonly<Record<string, string>>;
}

/** Data-plane modes the hub can serve: the charts ambient needs are not pinned. */
const SUPPORTED_MODES: readonly MeshDataplaneMode[] = ['sidecar'];

/** The namespace label that makes istiod inject its sidecar into the namespace's pods. */
export const SIDECAR_INJECTION_LABEL: Readonly<Record<string, string>> = { 'istio-injection': 'enabled' };

/** Istio's per-pod switch to inject its proxy as a Kubernetes native sidecar (an init container that keeps running), so that a Job's pod ends with its main container. */
export const NATIVE_SIDECAR_ANNOTATION = 'sidecar.istio.io/nativeSidecar';

/** A label key: optional DNS prefix and a name of at most 63 characters. */
const LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;

/** The labels that enroll a namespace in each mode. */
const MODE_LABELS: Readonly<Record<MeshDataplaneMode, Readonly<Record<string, string>>>> = {
  // Without Istio's CNI plugin, each pod's istio-init container needs NET_ADMIN and NET_RAW,
  // which the Pod Security baseline refuses; Talos enforces that baseline on every namespace.
  sidecar: { ...SIDECAR_INJECTION_LABEL, 'pod-security.kubernetes.io/enforce': 'privileged' },
  ambient: { 'istio.io/dataplane-mode': 'ambient' },
};

/**
 * A namespace enrolled in the hub's Istio mesh: the Namespace with the label that makes istiod
 * inject a sidecar into every new pod, and a namespace-wide PeerAuthentication (`default`) that
 * requires mutual TLS. Both sync in wave -1 of their folder, so that pods created later in the
 * same sync are already injected. Pods that existed before enrollment keep running unmeshed
 * until restarted.
 *
 * @example
 * const ns = new MeshNamespace(experiment.objects, 'mesh', { name: 'mesh-overhead' });
 * ns.namespaceName; // 'mesh-overhead'
 */
export class MeshNamespace extends Construct {
  /** The namespace's name. */
  public readonly namespaceName: string;
  /** How its pods join the mesh. */
  public readonly mode: MeshDataplaneMode;
  /** The mutual TLS mode in force. */
  public readonly mtls: MeshMtlsMode;
  /** The Namespace object. */
  public readonly namespace: kplus.Namespace;

  private readonly plainText = new Map<string, string>();

  public constructor(scope: Construct, id: string, props: MeshNamespaceProps) {
    super(scope, id);
    const where = this.node.path;
    this.namespaceName = checkLabelName(where, 'name', props.name);
    this.mode = checkOneOf(where, 'mode', props.mode ?? 'sidecar', ['sidecar', 'ambient']);
    if (!SUPPORTED_MODES.includes(this.mode)) {
      throw new ValidationError(where, 'mode', this.mode,
        'ambient mode needs Istio\'s istio-cni and ztunnel charts, which the hub does not install (they are not pinned in constructs/catalog/charts.ts); use "sidecar"');
    }
    this.mtls = checkOneOf(where, 'mtls', props.mtls ?? 'STRICT', ['STRICT', 'PERMISSIVE']);
    const own = MODE_LABELS[this.mode];
    for (const key of Object.keys(props.labels ?? {})) {
      if (key in MODE_LABELS.sidecar || key in MODE_LABELS.ambient || key === 'istio.io/rev') {
        throw new ValidationError(where, `labels["${key}"]`, props.labels?.[key], 'the mesh labels follow from mode; set mode instead');
      }
    }

    const early = { [SYNC_WAVE_ANNOTATION]: '-1' };
    this.namespace = new kplus.Namespace(this, 'Namespace', {
      metadata: { name: this.namespaceName, labels: { ...(props.labels ?? {}), ...own }, annotations: early },
    });
    new PeerAuthentication(this, 'PeerAuthentication', {
      // `default` is the name Istio gives the namespace-wide policy.
      metadata: { name: 'default', namespace: this.namespaceName, annotations: early },
      spec: { mtls: { mode: PeerAuthenticationSpecMtlsMode[this.mtls] } },
    });
  }

  /**
   * Lets a caller outside the mesh reach the selected pods in plain text on one port: a
   * PeerAuthentication for those pods whose mode stays the namespace's (UNSET inherits it) except
   * PERMISSIVE on that port. Istio takes the selector-scoped policy over the namespace-wide one
   * for the pods it selects (istio.io, PeerAuthentication reference, 1.30). The same path
   * declared twice (two k6 tests in one namespace) yields one policy.
   */
  public acceptPlainText(ingress: PlainTextIngress): void {
    const where = `${this.node.path}/plain-text`;
    const name = checkLabelName(where, 'name', ingress.name);
    const port = checkInteger(where, `${name}.port`, ingress.port, 1, 65535);
    const selector = ingress.podSelector ?? {};
    const entries = Object.entries(selector).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (entries.length === 0) {
      throw new ValidationError(where, `${name}.podSelector`, selector, 'at least one pod label: Istio applies port-level modes only to selected workloads');
    }
    for (const [key, value] of entries) {
      if (!LABEL_KEY.test(key) || typeof value !== 'string' || !LABEL_VALUE.test(value)) {
        throw new ValidationError(where, `${name}.podSelector`, { [key]: value }, 'label keys and values as Kubernetes writes them, such as app: k6');
      }
    }
    const identity = JSON.stringify({ entries, port });
    const earlier = this.plainText.get(name);
    if (earlier !== undefined) {
      if (earlier === identity) return;
      throw new ValidationError(where, 'name', name, `one path per name in namespace ${this.namespaceName}; "${name}" already lets in another selector or port`);
    }
    this.plainText.set(name, identity);
    new PeerAuthentication(this, `PlainText-${name}`, {
      metadata: { name, namespace: this.namespaceName, annotations: { [SYNC_WAVE_ANNOTATION]: '-1' } },
      spec: {
        selector: { matchLabels: Object.fromEntries(entries) },
        mtls: { mode: PeerAuthenticationSpecMtlsMode.UNSET },
        portLevelMtls: { [String(port)]: { mode: PeerAuthenticationSpecPortLevelMtlsMode.PERMISSIVE } },
      },
    });
  }
}
