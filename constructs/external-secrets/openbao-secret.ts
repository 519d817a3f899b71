import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import {
  ExternalSecret,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
} from '../../imports/eso-externalsecret-external-secrets.io';
import { ValidationError } from '../core/errors';
import { checkDuration, checkLabelName, checkSubdomainName } from '../core/validation';

/** A secret store backed by OpenBao's KV engine, as ExternalSecrets name it. */
export interface IOpenBaoSecretStore {
  /** The ClusterSecretStore's name. */
  readonly storeName: string;
  /** The KV version 2 mount the store reads; keys are given relative to it. */
  readonly kvMount: string;
}

/** Where one key of the Kubernetes Secret comes from in OpenBao. */
export interface OpenBaoValueRef {
  /** The secret's path relative to the KV mount, e.g. `github/argocd-webhook`. */
  readonly key: string;
  /** The field of that secret. */
  readonly property: string;
}

export interface OpenBaoSecretProps {
  /** The store to read through. */
  readonly store: IOpenBaoSecretStore;
  /** The name of the ExternalSecret and of the Secret it writes. */
  readonly name: string;
  /** The namespace of both. */
  readonly namespace: string;
  /** The Secret's keys and where each comes from. */
  readonly data: Readonly<Record<string, OpenBaoValueRef>>;
  /**
   * The Secret's type.
   * @default 'Opaque'
   */
  readonly type?: string;
  /**
   * Labels of the Secret (not of the ExternalSecret).
   * @default - none
   */
  readonly secretLabels?: Record<string, string>;
  /**
   * How often the value is read again.
   * @default '1h'
   */
  readonly refreshInterval?: string;
}

/** A Secret key: letters, digits, `-`, `_` and `.`. */
const SECRET_KEY = /^[-._a-zA-Z0-9]+$/;

/**
 * A Kubernetes Secret whose values External Secrets copies from OpenBao. Git holds only where
 * each value lives, never the value (ADR 0004).
 */
export class OpenBaoSecret extends Construct {
  /** The Secret's name, for pods and charts that read it. */
  public readonly secretName: string;
  /** The ExternalSecret object, for ordering. */
  public readonly resource: ApiObject;
  /** The OpenBao secrets it reads, each with the fields read. */
  public readonly reads: readonly { readonly key: string; readonly properties: readonly string[] }[];

  public constructor(scope: Construct, id: string, props: OpenBaoSecretProps) {
    super(scope, id);
    const where = this.node.path;
    this.secretName = checkSubdomainName(where, 'name', props.name);
    checkLabelName(where, 'namespace', props.namespace);
    const refreshInterval = checkDuration(where, 'refreshInterval', props.refreshInterval ?? '1h');
    const entries = Object.entries(props.data);
    if (entries.length === 0) throw new ValidationError(where, 'data', props.data, 'at least one key and where it comes from');
    const mount = props.store.kvMount;
    for (const [secretKey, ref] of entries) {
      if (!SECRET_KEY.test(secretKey)) {
        throw new ValidationError(where, `data.${secretKey}`, secretKey, 'a Secret key of letters, digits, "-", "_" and "."');
      }
      // The store already names the mount and ESO inserts `data/`: a full API path would be read
      // as `<mount>/data/<mount>/data/...` and never be found.
      if (!/^[a-zA-Z0-9][-_a-zA-Z0-9./]*$/.test(ref.key) || ref.key.startsWith(`${mount}/`) || ref.key.startsWith('data/') || ref.key.includes('//')) {
        throw new ValidationError(where, `data.${secretKey}.key`, ref.key,
          `a path relative to the KV mount "${mount}", such as github/argocd-webhook (without "${mount}/" or "data/")`);
      }
      if (typeof ref.property !== 'string' || ref.property === '') {
        throw new ValidationError(where, `data.${secretKey}.property`, ref.property, 'the field of the OpenBao secret to read');
      }
    }

    const byKey = new Map<string, Set<string>>();
    for (const [, ref] of entries) byKey.set(ref.key, new Set([...(byKey.get(ref.key) ?? []), ref.property]));
    this.reads = [...byKey].map(([key, properties]) => ({ key, properties: [...properties].sort() }));

    const template = props.type !== undefined || props.secretLabels !== undefined
      ? {
        ...(props.type !== undefined ? { type: props.type } : {}),
        ...(props.secretLabels !== undefined ? { metadata: { labels: { ...props.secretLabels } } } : {}),
      }
      : undefined;
    this.resource = new ExternalSecret(this, 'Resource', {
      metadata: { name: this.secretName, namespace: props.namespace },
      spec: {
        refreshInterval,
        secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: props.store.storeName },
        target: {
          name: this.secretName,
          creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER,
          ...(template ? { template } : {}),
        },
        data: entries.map(([secretKey, ref]) => ({ secretKey, remoteRef: { key: ref.key, property: ref.property } })),
      },
    });
  }
}
