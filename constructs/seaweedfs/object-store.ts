import type { Construct } from 'constructs';

/** A Secret holding S3 credentials, as S3 clients and Argo Workflows reference it. */
export interface S3CredentialsSecret {
  /** The Secret's name. */
  readonly secretName: string;
  /** The namespace it is in. */
  readonly namespace: string;
  /** The key holding the access key id. */
  readonly accessKeyKey: string;
  /** The key holding the secret access key. */
  readonly secretKeyKey: string;
}

/** A bucket of an {@link IObjectStore}. */
export interface S3Bucket {
  /** The bucket's name. */
  readonly name: string;
  /** The store it is in. */
  readonly store: IObjectStore;
}

/** An S3-compatible object store inside the cluster. */
export interface IObjectStore {
  /** `host:port` of the S3 API, as Argo Workflows and most S3 clients take it. */
  readonly endpoint: string;
  /** The S3 API's URL with its scheme. */
  readonly url: string;
  /** Whether the API is plain HTTP (in-cluster traffic only). */
  readonly insecure: boolean;
  /** A bucket the store creates; throws for a bucket it does not. */
  bucket(name: string): S3Bucket;
  /**
   * A Secret with the store's credentials in `namespace`, for a client there (External Secrets
   * copies them from OpenBao); `scope` is the consumer's chart.
   */
  credentialsFor(scope: Construct, namespace: string): S3CredentialsSecret;
}
