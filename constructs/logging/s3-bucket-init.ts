import type { SeaweedFs } from '../seaweedfs/seaweedfs';
import type { Resources } from '../k8s/resources';

/** SeaweedFS's own image at the pinned chart's app version (seaweedfs 4.44.0): it carries `weed shell`. */
export const SEAWEEDFS_IMAGE = 'chrislusf/seaweedfs:4.44';
/** The master's port of SeaweedFS's all-in-one server (`-master.port`, 9333 by default). */
const MASTER_PORT = 9333;
/** The user the init container runs as; `weed shell` writes nothing but its history under $HOME. */
const USER = 10001;

/**
 * An init container that makes sure a bucket exists in the lab's SeaweedFS before its client
 * starts: a component installed on demand brings its own bucket instead of every hub creating
 * it. It asks SeaweedFS's master with `weed shell` (`s3.bucket.create`, then `s3.bucket.list`
 * to check), as the chart's own bucket hook does, and fails (so the kubelet retries) while the
 * store is not up or the bucket is missing.
 */
export function s3BucketInitContainer(store: SeaweedFs, bucket: string, resources: Resources): Record<string, unknown> {
  const master = `${store.endpoint.split(':')[0]}:${MASTER_PORT}`;
  const shell = `weed shell -master=${master}`;
  return {
    name: 'create-bucket',
    image: SEAWEEDFS_IMAGE,
    command: ['/bin/sh', '-c', `echo "s3.bucket.create -name ${bucket}" | ${shell}; echo "s3.bucket.list" | ${shell} | grep -qw "${bucket}"`],
    env: [{ name: 'HOME', value: '/tmp' }],
    resources,
    securityContext: {
      runAsNonRoot: true, runAsUser: USER, runAsGroup: USER, allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    },
  };
}
