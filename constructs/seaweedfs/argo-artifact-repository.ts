import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import yaml from 'js-yaml';
import type { ArgoWorkflows } from '../argo-workflows/argo-workflows';
import { Component, ComponentProps } from '../argocd/component';
import { checkLabelName } from '../core/validation';
import { recordWiring } from '../core/wiring';
import { declareNoMetrics } from '../monitoring/metrics-declarations';
import type { S3Bucket, S3CredentialsSecret } from './object-store';

export interface ArgoArtifactRepositoryProps extends ComponentProps {
  /** The Argo Workflows whose workflows keep their artifacts in the bucket. */
  readonly argoWorkflows: ArgoWorkflows;
  /** The bucket artifacts go to. */
  readonly bucket: S3Bucket;
  /**
   * The key of the repository in the ConfigMap, named by the default annotation.
   * @default 'default-v1'
   */
  readonly key?: string;
}

/** The ConfigMap name Argo Workflows looks for when a workflow names no repository. */
const CONFIG_MAP = 'artifact-repositories';
/** The annotation naming the ConfigMap's default key (Argo Workflows 3.0 and later). */
const DEFAULT_KEY_ANNOTATION = 'workflows.argoproj.io/default-artifact-repository';

/**
 * The default artifact repository of Argo Workflows' runner namespace: the `artifact-repositories`
 * ConfigMap in the format of Argo Workflows' "Artifact Repository Ref" (an `s3` block with
 * endpoint, bucket, insecure and the access and secret key references), pointing at a bucket of
 * the lab's object store, and the store's credentials in that namespace.
 */
export class ArgoArtifactRepository extends Component {
  /** The store's credentials in the runner's namespace, for other S3 clients of the workflows. */
  public readonly credentials: S3CredentialsSecret;

  public constructor(scope: Construct, id: string, props: ArgoArtifactRepositoryProps) {
    super(scope, id, props, { name: 'argo-artifacts', namespace: props.argoWorkflows.runner.namespace });
    const where = this.node.path;
    const key = checkLabelName(where, 'key', props.key ?? 'default-v1');
    const namespace = this.namespace;
    const store = props.bucket.store;
    const credentials = store.credentialsFor(this.objects, namespace);
    this.credentials = credentials;
    const repository = {
      s3: {
        endpoint: store.endpoint,
        bucket: props.bucket.name,
        insecure: store.insecure,
        accessKeySecret: { name: credentials.secretName, key: credentials.accessKeyKey },
        secretKeySecret: { name: credentials.secretName, key: credentials.secretKeyKey },
      },
    };
    new kplus.ConfigMap(this.objects, 'Repositories', {
      metadata: { name: CONFIG_MAP, namespace, annotations: { [DEFAULT_KEY_ANNOTATION]: key } },
      data: { [key]: yaml.dump(repository, { sortKeys: false, lineWidth: -1 }) },
    });
    recordWiring(this, props.argoWorkflows, 'artifact repository');
    if (Construct.isConstruct(store)) recordWiring(this, store, 'artifacts bucket');
    declareNoMetrics(this, 'it holds configuration only: a ConfigMap and a credentials Secret, no process');
  }
}
