import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import {
  ExternalSecret,
  ExternalSecretSpecSecretStoreRefKind,
  ExternalSecretSpecTargetCreationPolicy,
  ExternalSecretSpecTargetTemplateEngineVersion,
} from '../../imports/eso-externalsecret-external-secrets.io';
import type { IOpenBaoSecretStore } from '../external-secrets/openbao-secret';

/** Where the store's S3 key pair lives in OpenBao. */
export interface S3KeyPairRef {
  /** The secret's path relative to the KV mount. */
  readonly key: string;
  /** The field holding the access key id. */
  readonly accessKeyProperty: string;
  /** The field holding the secret access key. */
  readonly secretKeyProperty: string;
}

/** Placeholders in the identities file that the template replaces. */
const ACCESS_KEY = '@access-key@';
const SECRET_KEY = '@secret-key@';

export interface S3IdentitiesProps {
  /** The store the key pair is read through. */
  readonly store: IOpenBaoSecretStore;
  /** Where the key pair lives. */
  readonly keyPair: S3KeyPairRef;
  /** The Secret's name. */
  readonly name: string;
  /** The Secret's namespace: SeaweedFS's. */
  readonly namespace: string;
  /** The Secret key SeaweedFS reads its identities file from. */
  readonly configKey: string;
  /** The identity's name in SeaweedFS (shows in its audit log). */
  readonly identity: string;
}

/**
 * SeaweedFS's S3 identities file (`-s3.config`) as a Secret that External Secrets renders from
 * OpenBao: one identity with full rights on every bucket, its key pair filled in from OpenBao.
 * Git holds only the file's shape. The identity format is the one of SeaweedFS's s3.json
 * (`identities[].credentials[].accessKey/secretKey`, `actions`).
 */
export class S3Identities extends Construct {
  /** The ExternalSecret, for ordering. */
  public readonly resource: ApiObject;

  public constructor(scope: Construct, id: string, props: S3IdentitiesProps) {
    super(scope, id);
    const config = {
      identities: [{
        name: props.identity,
        credentials: [{ accessKey: ACCESS_KEY, secretKey: SECRET_KEY }],
        actions: ['Admin', 'Read', 'List', 'Tagging', 'Write'],
      }],
    };
    this.resource = new ExternalSecret(this, 'Resource', {
      metadata: { name: props.name, namespace: props.namespace },
      spec: {
        refreshInterval: '1h',
        secretStoreRef: { kind: ExternalSecretSpecSecretStoreRefKind.CLUSTER_SECRET_STORE, name: props.store.storeName },
        target: {
          name: props.name,
          creationPolicy: ExternalSecretSpecTargetCreationPolicy.OWNER,
          // A Go template (engine v2, with Sprig's toJson) writes each key as a JSON string,
          // whatever characters it holds.
          template: {
            engineVersion: ExternalSecretSpecTargetTemplateEngineVersion.V2,
            data: {
              [props.configKey]: JSON.stringify(config)
                .replace(JSON.stringify(ACCESS_KEY), '{{ .accessKey | toJson }}')
                .replace(JSON.stringify(SECRET_KEY), '{{ .secretKey | toJson }}'),
            },
          },
        },
        data: [
          { secretKey: 'accessKey', remoteRef: { key: props.keyPair.key, property: props.keyPair.accessKeyProperty } },
          { secretKey: 'secretKey', remoteRef: { key: props.keyPair.key, property: props.keyPair.secretKeyProperty } },
        ],
      },
    });
  }
}
