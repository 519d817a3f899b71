import type { Resources } from '../k8s/resources';

/**
 * The user and group the openbao chart runs the server as (chart 0.29.2: the pod's security
 * context defaults to `runAsUser: 100`, `runAsGroup: 1000`, `fsGroup: 1000`, values.yaml).
 */
export const OPENBAO_USER = 100;
export const OPENBAO_GROUP = 1000;

/** A shell-free busybox, pinned: `chown` is all the container runs. */
export const HOST_PATH_OWNER_IMAGE = 'busybox:1.37.0';

/** One `chown` and exit. */
const RESOURCES: Resources = { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '100m', memory: '32Mi' } };

/** An init container as the chart's `server.extraInitContainers` takes it. */
export interface InitContainer {
  readonly name: string;
  readonly image: string;
  readonly command: readonly string[];
  readonly resources: Resources;
  readonly securityContext: Readonly<Record<string, unknown>>;
  readonly volumeMounts: ReadonlyArray<{ readonly name: string; readonly mountPath: string }>;
}

/**
 * Gives the server's user the host directory mounted at `mountPath`. Kubernetes applies fsGroup
 * to volumes that support ownership management, not to a hostPath, and the directory the kubelet
 * creates (DirectoryOrCreate) belongs to root, so the server (uid 100) could not write it. The
 * container runs as root with only the CHOWN capability and changes the directory itself, not
 * its contents: what is inside was written by the server.
 */
export function hostPathOwner(volume: string, mountPath: string): InitContainer {
  return {
    name: 'own-data',
    image: HOST_PATH_OWNER_IMAGE,
    command: ['chown', `${OPENBAO_USER}:${OPENBAO_GROUP}`, mountPath],
    resources: RESOURCES,
    securityContext: {
      runAsUser: 0,
      runAsNonRoot: false,
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'], add: ['CHOWN'] },
    },
    volumeMounts: [{ name: volume, mountPath }],
  };
}
