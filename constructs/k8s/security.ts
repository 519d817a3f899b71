import * as kplus from 'cdk8s-plus-30';

/**
 * The security context of the lab's own containers: a fixed non-root user (images that name
 * their user, or set none, cannot be checked by the kubelet otherwise), a read-only root
 * filesystem, no privilege escalation and no Linux capabilities.
 */
export function restrictedContainer(user: number, group: number = user): kplus.ContainerSecurityContextProps {
  return {
    ensureNonRoot: true,
    user,
    group,
    readOnlyRootFilesystem: true,
    allowPrivilegeEscalation: false,
    capabilities: { drop: [kplus.Capability.ALL] },
  };
}
