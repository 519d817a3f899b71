import { toYaml } from '../constructs/core/yaml';
import type { Environment } from './environment';

/** A set-up input written to `bootstrap/install/`. */
export interface BootstrapFile {
  /** The file name. */
  readonly name: string;
  /** Its content, produced at render time. */
  content(): string;
}

/** What the bootstrap files are made from: the hub's environment, its ArgoCD values, its OpenBao set-up. */
export interface BootstrapSource {
  readonly environment: Environment;
  /** The ArgoCD chart the self-managed Application installs, and its values. */
  readonly argocd: { readonly application: { readonly helmSources: readonly { readonly values: object }[] } };
  /** The `bao` commands that set OpenBao up for the hub's components. */
  openbaoSetup(): readonly string[];
  /** The CNI the lab installs first, where the environment runs Cilium: its values. */
  readonly cilium?: { readonly values: object };
}

/**
 * Where Kind's node finds the host folder it mounts for OpenBao: relative to the folder
 * `kind create cluster` runs in (the repository root), which Kind resolves to an absolute path.
 * `.lab-data/` is ignored by Git.
 */
export const KIND_HOST_DATA = '.lab-data';

/**
 * The files the first install takes: ArgoCD's Helm values, identical to those of the
 * self-managed `argocd` Application (so the Application health check that makes waves wait exists
 * from the start, and the Application adopts the release without a change), and for Kind the
 * cluster config with the node image of the environment's Kubernetes version and OpenBao's host
 * mount. `kubectl apply -f bootstrap/` does not read them: it does not descend into `install/`.
 */
export function bootstrapFiles(hub: BootstrapSource, openbaoMount: string): BootstrapFile[] {
  const env = hub.environment;
  const files: BootstrapFile[] = [{
    name: 'argocd-values.yaml',
    content: () => [
      `# ArgoCD's values for the first install on ${env.name}; the hub's argocd Application carries the same.`,
      toYaml(hub.argocd.application.helmSources[0].values),
    ].join('\n'),
  }];
  files.push({
    name: 'openbao-setup.sh',
    content: () => [
      '#!/bin/sh',
      `# OpenBao for the ${env.name} hub, after \`bao operator init\` and \`bao operator unseal\` (README, "OpenBao after`,
      '# the first sync"): the roles and policies its components log in with, and every secret an',
      '# ExternalSecret reads, from the environment variables named below (the script stops on an unset one).',
      'set -eu',
      ...hub.openbaoSetup(),
    ].join('\n'),
  });
  if (hub.cilium) {
    const cilium = hub.cilium;
    files.push({
      name: 'cilium-values.yaml',
      content: () => [
        `# Cilium's values for the first install on ${env.name}, before ArgoCD (no pod starts without a CNI);`,
        '# the hub\'s cilium Application carries the same and adopts the release.',
        toYaml(cilium.values),
      ].join('\n'),
    });
  }
  if (env.cluster === 'kind') {
    files.push({
      name: 'kind-cluster.yaml',
      content: () => [
        `# The ${env.name} hub's Kind cluster. Create it from the repository root, where ${KIND_HOST_DATA}/ keeps OpenBao's data.`,
        toYaml({
          kind: 'Cluster',
          apiVersion: 'kind.x-k8s.io/v1alpha4',
          name: `hub-${env.name}`,
          // The lab installs Cilium itself (cilium-values.yaml), so Kind brings no kindnet.
          ...(env.cni === 'cilium' ? { networking: { disableDefaultCNI: true } } : {}),
          nodes: [{
            role: 'control-plane',
            image: `kindest/node:${env.kubernetesVersion}`,
            ...(env.storage === 'host-path'
              ? { extraMounts: [{ hostPath: `${KIND_HOST_DATA}/${env.name}/openbao`, containerPath: openbaoMount }] }
              : {}),
          }],
        }),
      ].join('\n'),
    });
  }
  return files;
}
