import * as kplus from 'cdk8s-plus-30';
import { Construct, IConstruct } from 'constructs';
import { PeerAuthentication, PeerAuthenticationSpecMtlsMode, PeerAuthenticationSpecPortLevelMtlsMode } from '../../imports/istio-security.istio.io';
import { SYNC_WAVE_ANNOTATION } from '../argocd/constants';
import { ValidationError } from '../core/errors';
import { checkInteger, checkLabelName, checkOneOf } from '../core/validation';
import type { PlainTextIngress } from './plain-text-ingress';
import { Waypoint } from './waypoint';

/**
 * How pods of a namespace join a mesh: Istio's sidecar proxy injected into each pod, Istio's
 * ambient mode (the node's ztunnel, no proxy in the pod), or Linkerd's proxy injected into each pod.
 */
export type MeshDataplaneMode = 'sidecar' | 'ambient' | 'linkerd';

/** Every mode, in the order errors list them. */
export const MESH_DATAPLANE_MODES: readonly MeshDataplaneMode[] = ['sidecar', 'ambient', 'linkerd'];

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
   * An L7 proxy for the namespace's services (ambient only): a waypoint Gateway that Istio
   * deploys, through which HTTP is routed, retried and measured per request.
   * @default false
   */
  readonly waypoint?: boolean;
  /**
   * Further labels of the Namespace.
   * @default - none
   */
  readonly labels?: Readonly<Record<string, string>>;
}

/** The namespace label that makes istiod inject its sidecar into the namespace's pods. */
export const SIDECAR_INJECTION_LABEL: Readonly<Record<string, string>> = { 'istio-injection': 'enabled' };

/**
 * The label of namespaces whose pods start with a proxy-init container that needs NET_ADMIN and
 * NET_RAW (Istio sidecars and Linkerd without their CNI plugins): the hub's Pod Security baseline
 * exempts them.
 */
export const PROXY_INIT_LABEL: Readonly<Record<string, string>> = { 'illmlab.xyz/mesh-proxy-init': 'net-admin' };

/** Istio's per-pod switch to inject its proxy as a Kubernetes native sidecar (an init container that keeps running), so that a Job's pod ends with its main container. */
export const NATIVE_SIDECAR_ANNOTATION = 'sidecar.istio.io/nativeSidecar';

/** A label key: optional DNS prefix and a name of at most 63 characters. */
const LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;

/** Without its CNI plugin, each pod's init container needs NET_ADMIN and NET_RAW, which Talos's enforced baseline refuses. */
const PRIVILEGED = { 'pod-security.kubernetes.io/enforce': 'privileged', ...PROXY_INIT_LABEL };

/** The labels that enroll a namespace in each mode. */
const MODE_LABELS: Readonly<Record<MeshDataplaneMode, Readonly<Record<string, string>>>> = {
  sidecar: { ...SIDECAR_INJECTION_LABEL, ...PRIVILEGED },
  // Istio's CNI agent redirects the pods' traffic to ztunnel: no init container, the baseline holds.
  ambient: { 'istio.io/dataplane-mode': 'ambient' },
  linkerd: { ...PRIVILEGED },
};

/** Labels that follow from the mode and may not be set by hand. */
const RESERVED_LABELS = new Set([
  ...MESH_DATAPLANE_MODES.flatMap((m) => Object.keys(MODE_LABELS[m])), 'istio.io/rev', 'istio.io/use-waypoint',
]);

/** The mode of each namespace a {@link MeshNamespace} enrolls, by construct tree (its root). */
const ENROLLED = new WeakMap<IConstruct, Map<string, MeshDataplaneMode>>();

/**
 * The namespaces enrolled in a mesh anywhere in `scope`'s construct tree, with their modes: the
 * usage model adds an injected proxy to every pod of a `sidecar` or `linkerd` namespace.
 */
export function meshModes(scope: IConstruct): ReadonlyMap<string, MeshDataplaneMode> {
  return ENROLLED.get(scope.node.root) ?? new Map();
}

/** Linkerd's namespace annotation that makes its injector add a proxy to every new pod. */
export const LINKERD_INJECT_ANNOTATION = 'linkerd.io/inject';
/** Linkerd's policy for inbound connections no Server selects: the counterpart of a namespace-wide PeerAuthentication. */
const LINKERD_INBOUND_POLICY = 'config.linkerd.io/default-inbound-policy';
/** Inbound ports Linkerd's proxy leaves alone, for every pod of the namespace. */
const LINKERD_SKIP_INBOUND = 'config.linkerd.io/skip-inbound-ports';

/**
 * A namespace enrolled in one of the hub's meshes. For Istio (`sidecar`, `ambient`) the Namespace
 * carries the mode's label and a namespace-wide PeerAuthentication (`default`) sets mutual TLS;
 * ztunnel enforces it in ambient mode as sidecars do (istio.io, PeerAuthentication reference,
 * 1.30). For Linkerd the Namespace carries the `linkerd.io/inject` annotation, and STRICT becomes
 * Linkerd's `all-authenticated` default inbound policy (PERMISSIVE: `all-unauthenticated`, the
 * chart's default). Everything syncs in wave -1 of its folder, so that pods created later in the
 * same sync are already enrolled. Pods that existed before enrollment stay outside until restarted.
 *
 * @example
 * const ns = new MeshNamespace(experiment.objects, 'mesh', { name: 'mesh-overhead' });
 * new MeshNamespace(experiment.objects, 'linkerd', { name: 'mc-linkerd', mode: 'linkerd' });
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
  /** The namespace's L7 proxy, when one was asked for. */
  public readonly waypoint?: Waypoint;

  private readonly plainText = new Map<string, string>();
  private readonly skippedPorts = new Set<number>();

  public constructor(scope: Construct, id: string, props: MeshNamespaceProps) {
    super(scope, id);
    const where = this.node.path;
    this.namespaceName = checkLabelName(where, 'name', props.name);
    this.mode = checkOneOf(where, 'mode', props.mode ?? 'sidecar', MESH_DATAPLANE_MODES);
    this.mtls = checkOneOf(where, 'mtls', props.mtls ?? 'STRICT', ['STRICT', 'PERMISSIVE']);
    const waypoint = props.waypoint ?? false;
    if (typeof waypoint !== 'boolean') throw new ValidationError(where, 'waypoint', waypoint, 'true or false');
    if (waypoint && this.mode !== 'ambient') {
      throw new ValidationError(where, 'waypoint', waypoint,
        `a waypoint serves ambient namespaces only; mode "${this.mode}" already has an L7 proxy in every pod`);
    }
    for (const key of Object.keys(props.labels ?? {})) {
      if (RESERVED_LABELS.has(key)) {
        throw new ValidationError(where, `labels["${key}"]`, props.labels?.[key], 'the mesh labels follow from mode and waypoint; set those instead');
      }
    }

    const enrolled = ENROLLED.get(this.node.root) ?? new Map<string, MeshDataplaneMode>();
    ENROLLED.set(this.node.root, enrolled);
    const other = enrolled.get(this.namespaceName);
    if (other !== undefined && other !== this.mode) {
      throw new ValidationError(where, 'name', this.namespaceName,
        `a namespace not enrolled elsewhere in another mode; it is already a "${other}" namespace`);
    }
    enrolled.set(this.namespaceName, this.mode);

    const early = { [SYNC_WAVE_ANNOTATION]: '-1' };
    const linkerd: Record<string, string> = this.mode === 'linkerd'
      ? { [LINKERD_INJECT_ANNOTATION]: 'enabled', [LINKERD_INBOUND_POLICY]: this.mtls === 'STRICT' ? 'all-authenticated' : 'all-unauthenticated' }
      : {};
    this.namespace = new kplus.Namespace(this, 'Namespace', {
      metadata: {
        name: this.namespaceName,
        labels: { ...(props.labels ?? {}), ...MODE_LABELS[this.mode], ...(waypoint ? { 'istio.io/use-waypoint': Waypoint.NAME } : {}) },
        annotations: { ...early, ...linkerd },
      },
    });
    if (this.mode !== 'linkerd') {
      new PeerAuthentication(this, 'PeerAuthentication', {
        // `default` is the name Istio gives the namespace-wide policy.
        metadata: { name: 'default', namespace: this.namespaceName, annotations: early },
        spec: { mtls: { mode: PeerAuthenticationSpecMtlsMode[this.mtls] } },
      });
    }
    if (waypoint) this.waypoint = new Waypoint(this, 'Waypoint', { namespace: this.namespaceName });
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
    if (this.mode === 'linkerd') {
      // Linkerd has no port-level mode in a namespace annotation: the port bypasses the proxy in
      // every pod of the namespace (only the selected pods listen on it), so plain text reaches it.
      this.skippedPorts.add(port);
      this.namespace.metadata.addAnnotation(LINKERD_SKIP_INBOUND, [...this.skippedPorts].sort((a, b) => a - b).join(','));
      return;
    }
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
