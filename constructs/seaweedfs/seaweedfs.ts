import { serviceHost } from '../core/service-host';
import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { ValidationError } from '../core/errors';
import { checkLabelName, checkQuantity } from '../core/validation';
import { recordWiring } from '../core/wiring';
import type { IOpenBaoSecretStore } from '../external-secrets/openbao-secret';
import { OpenBaoSecret } from '../external-secrets/openbao-secret';
import type { HelmChart } from '../helm/helm-chart';
import { checkResources, Resources } from '../k8s/resources';
import { scrape } from '../monitoring/metrics-declarations';
import type { IObjectStore, S3Bucket, S3CredentialsSecret } from './object-store';
import { S3Identities, S3KeyPairRef } from './s3-identities';
import type { SeaweedFsValues } from './values';

export interface SeaweedFsProps extends ComponentProps {
  /** The pinned seaweedfs chart. */
  readonly chart: HelmChart;
  /** The store the S3 key pair is read through. */
  readonly secretStore: IOpenBaoSecretStore;
  /** The StorageClass of the data volume. */
  readonly storageClass: string;
  /**
   * Size of the data volume.
   * @default '10Gi'
   */
  readonly size?: string;
  /**
   * Buckets created at install (a post-install hook of the chart); components add theirs with
   * {@link addBucket}.
   * @default ['results', 'artifacts']
   */
  readonly buckets?: readonly string[];
  /**
   * Where the S3 key pair lives in OpenBao.
   * @default { key: 'seaweedfs/s3', accessKeyProperty: 'access-key', secretKeyProperty: 'secret-key' }
   */
  readonly keyPair?: S3KeyPairRef;
  /**
   * Namespace.
   * @default 'seaweedfs'
   */
  readonly namespace?: string;
  /**
   * Requests and limits of the one server (master, volume, filer and S3 gateway in one process).
   * @default 100m/256Mi requested, 1/768Mi limit
   */
  readonly resources?: Resources;
}

const RELEASE = 'seaweedfs';
const S3_PORT = 8333;
/** The Secret key the chart mounts as `-s3.config` (allInOne.s3.existingConfigSecret). */
const CONFIG_KEY = 'seaweedfs_s3_config';
/** Keys of the credential Secrets handed to clients, as Argo Workflows' examples name them. */
const ACCESS_KEY = 'accessKey';
const SECRET_KEY = 'secretKey';
/** An S3 bucket name: 3-63 lower-case letters, digits, "-" and ".", starting and ending with a letter or digit. */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * SeaweedFS as the lab's bucket store: the chart's all-in-one server (master, volume server,
 * filer and S3 gateway in one pod, chart 4.44.0 `allInOne`) on one volume claim, small enough
 * for a laptop. S3 requires a key pair, read from OpenBao into SeaweedFS's identities file;
 * clients get the same pair in their own namespace through {@link credentialsFor}.
 */
export class SeaweedFs extends Component implements IObjectStore {
  public readonly endpoint: string;
  public readonly url: string;
  public readonly insecure = true;
  /** The buckets created at install, including those added with {@link addBucket}. */
  public get buckets(): readonly string[] {
    return this.bucketNames;
  }
  /** Also the list the chart's bucket hook is given, so a bucket added later is created too. */
  private readonly bucketNames: string[];
  private readonly createBuckets: Array<{ name: string }>;
  private readonly keyPair: S3KeyPairRef;
  private readonly secretStore: IOpenBaoSecretStore;
  private readonly grants = new Set<string>();

  public constructor(scope: Construct, id: string, props: SeaweedFsProps) {
    super(scope, id, props, {
      name: RELEASE,
      namespace: props.namespace ?? RELEASE,
      serverSideApply: true,
    });
    const where = this.node.path;
    const namespace = this.namespace;
    const buckets = [...(props.buckets ?? ['results', 'artifacts'])];
    if (buckets.length === 0) throw new ValidationError(where, 'buckets', buckets, 'at least one bucket');
    for (const [i, bucket] of buckets.entries()) {
      if (typeof bucket !== 'string' || !BUCKET.test(bucket) || bucket.includes('..')) {
        throw new ValidationError(where, `buckets[${i}]`, bucket, 'an S3 bucket name: 3-63 lower-case letters, digits, "-" or "."');
      }
      if (buckets.indexOf(bucket) !== i) throw new ValidationError(where, `buckets[${i}]`, bucket, 'each bucket once');
    }
    const keyPair = props.keyPair ?? { key: 'seaweedfs/s3', accessKeyProperty: 'access-key', secretKeyProperty: 'secret-key' };
    const configSecret = `${RELEASE}-s3-identities`;
    this.bucketNames = buckets;
    this.createBuckets = buckets.map((name) => ({ name }));
    const values: SeaweedFsValues = {
      // One process instead of three StatefulSets and a gateway.
      master: { enabled: false },
      volume: { enabled: false },
      filer: { enabled: false },
      allInOne: {
        enabled: true,
        s3: {
          enabled: true,
          enableAuth: true,
          existingConfigSecret: configSecret,
          createBuckets: this.createBuckets,
          createBucketsHook: {
            resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { cpu: '200m', memory: '128Mi' } },
          },
        },
        data: {
          type: 'persistentVolumeClaim',
          size: checkQuantity(where, 'size', props.size ?? '10Gi'),
          storageClass: checkLabelName(where, 'storageClass', props.storageClass),
        },
        resources: checkResources(where, 'resources', props.resources ?? {
          requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '768Mi' },
        }),
      },
    };
    this.installChart(props.chart, values);
    this.keyPair = keyPair;
    this.secretStore = props.secretStore;
    // The all-in-one Service is `<fullname>-all-in-one`; fullname is the release name here.
    this.endpoint = `${serviceHost(`${RELEASE}-all-in-one`, namespace)}:${S3_PORT}`;
    this.url = `http://${this.endpoint}`;
    if (Construct.isConstruct(props.secretStore)) recordWiring(this, props.secretStore, 'S3 key pair');

    new S3Identities(this.objects, 'Identities', {
      store: props.secretStore, keyPair, name: configSecret, namespace, configKey: CONFIG_KEY, identity: 'lab',
    });
    // The all-in-one container serves metrics on allInOne.metricsPort (9324) as `server-metrics`.
    scrape(this, {
      job: 'seaweedfs',
      target: 'pod',
      namespace,
      selector: { 'app.kubernetes.io/name': 'seaweedfs', 'app.kubernetes.io/component': 'seaweedfs-all-in-one' },
      port: 'server-metrics',
    });
  }

  public bucket(name: string): S3Bucket {
    if (!this.buckets.includes(name)) {
      throw new ValidationError(this.node.path, 'bucket', name, `a bucket the store creates: ${this.buckets.join(', ')}`);
    }
    return { name, store: this };
  }

  /**
   * Adds a bucket for a component installed on demand (a trace store): the chart's bucket hook,
   * which ArgoCD runs after every sync, creates it. Names are checked as the `buckets` prop.
   */
  public addBucket(name: string): S3Bucket {
    const field = `buckets[${this.bucketNames.length}]`;
    if (typeof name !== 'string' || !BUCKET.test(name) || name.includes('..')) {
      throw new ValidationError(this.node.path, field, name, 'an S3 bucket name: 3-63 lower-case letters, digits, "-" or "."');
    }
    if (this.bucketNames.includes(name)) throw new ValidationError(this.node.path, field, name, 'each bucket once');
    this.bucketNames.push(name);
    this.createBuckets.push({ name });
    return { name, store: this };
  }

  public credentialsFor(scope: Construct, namespace: string): S3CredentialsSecret {
    checkLabelName(this.node.path, 'credentials namespace', namespace);
    if (this.grants.has(namespace)) {
      throw new ValidationError(this.node.path, 'credentials namespace', namespace, 'one credentials Secret per namespace; reuse the first');
    }
    this.grants.add(namespace);
    const secret = new OpenBaoSecret(scope, `S3Credentials-${namespace}`, {
      store: this.secretStore,
      name: `${RELEASE}-s3-credentials`,
      namespace,
      data: {
        [ACCESS_KEY]: { key: this.keyPair.key, property: this.keyPair.accessKeyProperty },
        [SECRET_KEY]: { key: this.keyPair.key, property: this.keyPair.secretKeyProperty },
      },
    });
    return { secretName: secret.secretName, namespace, accessKeyKey: ACCESS_KEY, secretKeyKey: SECRET_KEY };
  }
}
