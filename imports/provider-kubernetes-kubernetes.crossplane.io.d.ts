import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * A ProviderConfig configures a Template provider.
 *
 * @schema ProviderConfig
 */
export declare class ProviderConfig extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ProviderConfig"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ProviderConfig".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ProviderConfigProps): any;
    /**
     * Defines a "ProviderConfig" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ProviderConfigProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * A ProviderConfig configures a Template provider.
 *
 * @schema ProviderConfig
 */
export interface ProviderConfigProps {
    /**
     * @schema ProviderConfig#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * A ProviderConfigSpec defines the desired state of a ProviderConfig.
     *
     * @schema ProviderConfig#spec
     */
    readonly spec: ProviderConfigSpec;
}
/**
 * Converts an object of type 'ProviderConfigProps' to JSON representation.
 */
export declare function toJson_ProviderConfigProps(obj: ProviderConfigProps | undefined): Record<string, any> | undefined;
/**
 * A ProviderConfigSpec defines the desired state of a ProviderConfig.
 *
 * @schema ProviderConfigSpec
 */
export interface ProviderConfigSpec {
    /**
     * Credentials used to connect to the Kubernetes API. Typically a
     * kubeconfig file. Use InjectedIdentity for in-cluster config.
     *
     * @schema ProviderConfigSpec#credentials
     */
    readonly credentials: ProviderConfigSpecCredentials;
    /**
     * Identity used to authenticate to the Kubernetes API. The identity
     * credentials can be used to supplement kubeconfig 'credentials', for
     * example by configuring a bearer token source such as OAuth.
     *
     * @schema ProviderConfigSpec#identity
     */
    readonly identity?: ProviderConfigSpecIdentity;
}
/**
 * Converts an object of type 'ProviderConfigSpec' to JSON representation.
 */
export declare function toJson_ProviderConfigSpec(obj: ProviderConfigSpec | undefined): Record<string, any> | undefined;
/**
 * Credentials used to connect to the Kubernetes API. Typically a
 * kubeconfig file. Use InjectedIdentity for in-cluster config.
 *
 * @schema ProviderConfigSpecCredentials
 */
export interface ProviderConfigSpecCredentials {
    /**
     * Env is a reference to an environment variable that contains credentials
     * that must be used to connect to the provider.
     *
     * @schema ProviderConfigSpecCredentials#env
     */
    readonly env?: ProviderConfigSpecCredentialsEnv;
    /**
     * Fs is a reference to a filesystem location that contains credentials that
     * must be used to connect to the provider.
     *
     * @schema ProviderConfigSpecCredentials#fs
     */
    readonly fs?: ProviderConfigSpecCredentialsFs;
    /**
     * A SecretRef is a reference to a secret key that contains the credentials
     * that must be used to connect to the provider.
     *
     * @schema ProviderConfigSpecCredentials#secretRef
     */
    readonly secretRef?: ProviderConfigSpecCredentialsSecretRef;
    /**
     * Source of the provider credentials.
     *
     * @schema ProviderConfigSpecCredentials#source
     */
    readonly source: ProviderConfigSpecCredentialsSource;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentials' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentials(obj: ProviderConfigSpecCredentials | undefined): Record<string, any> | undefined;
/**
 * Identity used to authenticate to the Kubernetes API. The identity
 * credentials can be used to supplement kubeconfig 'credentials', for
 * example by configuring a bearer token source such as OAuth.
 *
 * @schema ProviderConfigSpecIdentity
 */
export interface ProviderConfigSpecIdentity {
    /**
     * Env is a reference to an environment variable that contains credentials
     * that must be used to connect to the provider.
     *
     * @schema ProviderConfigSpecIdentity#env
     */
    readonly env?: ProviderConfigSpecIdentityEnv;
    /**
     * Fs is a reference to a filesystem location that contains credentials that
     * must be used to connect to the provider.
     *
     * @schema ProviderConfigSpecIdentity#fs
     */
    readonly fs?: ProviderConfigSpecIdentityFs;
    /**
     * A SecretRef is a reference to a secret key that contains the credentials
     * that must be used to connect to the provider.
     *
     * @schema ProviderConfigSpecIdentity#secretRef
     */
    readonly secretRef?: ProviderConfigSpecIdentitySecretRef;
    /**
     * Source of the provider credentials.
     *
     * @schema ProviderConfigSpecIdentity#source
     */
    readonly source: ProviderConfigSpecIdentitySource;
    /**
     * Type of identity.
     *
     * @schema ProviderConfigSpecIdentity#type
     */
    readonly type: ProviderConfigSpecIdentityType;
}
/**
 * Converts an object of type 'ProviderConfigSpecIdentity' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecIdentity(obj: ProviderConfigSpecIdentity | undefined): Record<string, any> | undefined;
/**
 * Env is a reference to an environment variable that contains credentials
 * that must be used to connect to the provider.
 *
 * @schema ProviderConfigSpecCredentialsEnv
 */
export interface ProviderConfigSpecCredentialsEnv {
    /**
     * Name is the name of an environment variable.
     *
     * @schema ProviderConfigSpecCredentialsEnv#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsEnv' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsEnv(obj: ProviderConfigSpecCredentialsEnv | undefined): Record<string, any> | undefined;
/**
 * Fs is a reference to a filesystem location that contains credentials that
 * must be used to connect to the provider.
 *
 * @schema ProviderConfigSpecCredentialsFs
 */
export interface ProviderConfigSpecCredentialsFs {
    /**
     * Path is a filesystem path.
     *
     * @schema ProviderConfigSpecCredentialsFs#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsFs' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsFs(obj: ProviderConfigSpecCredentialsFs | undefined): Record<string, any> | undefined;
/**
 * A SecretRef is a reference to a secret key that contains the credentials
 * that must be used to connect to the provider.
 *
 * @schema ProviderConfigSpecCredentialsSecretRef
 */
export interface ProviderConfigSpecCredentialsSecretRef {
    /**
     * The key to select.
     *
     * @schema ProviderConfigSpecCredentialsSecretRef#key
     */
    readonly key: string;
    /**
     * Name of the secret.
     *
     * @schema ProviderConfigSpecCredentialsSecretRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema ProviderConfigSpecCredentialsSecretRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecCredentialsSecretRef' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecCredentialsSecretRef(obj: ProviderConfigSpecCredentialsSecretRef | undefined): Record<string, any> | undefined;
/**
 * Source of the provider credentials.
 *
 * @schema ProviderConfigSpecCredentialsSource
 */
export declare enum ProviderConfigSpecCredentialsSource {
    /** None */
    NONE = "None",
    /** Secret */
    SECRET = "Secret",
    /** InjectedIdentity */
    INJECTED_IDENTITY = "InjectedIdentity",
    /** Environment */
    ENVIRONMENT = "Environment",
    /** Filesystem */
    FILESYSTEM = "Filesystem"
}
/**
 * Env is a reference to an environment variable that contains credentials
 * that must be used to connect to the provider.
 *
 * @schema ProviderConfigSpecIdentityEnv
 */
export interface ProviderConfigSpecIdentityEnv {
    /**
     * Name is the name of an environment variable.
     *
     * @schema ProviderConfigSpecIdentityEnv#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecIdentityEnv' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecIdentityEnv(obj: ProviderConfigSpecIdentityEnv | undefined): Record<string, any> | undefined;
/**
 * Fs is a reference to a filesystem location that contains credentials that
 * must be used to connect to the provider.
 *
 * @schema ProviderConfigSpecIdentityFs
 */
export interface ProviderConfigSpecIdentityFs {
    /**
     * Path is a filesystem path.
     *
     * @schema ProviderConfigSpecIdentityFs#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecIdentityFs' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecIdentityFs(obj: ProviderConfigSpecIdentityFs | undefined): Record<string, any> | undefined;
/**
 * A SecretRef is a reference to a secret key that contains the credentials
 * that must be used to connect to the provider.
 *
 * @schema ProviderConfigSpecIdentitySecretRef
 */
export interface ProviderConfigSpecIdentitySecretRef {
    /**
     * The key to select.
     *
     * @schema ProviderConfigSpecIdentitySecretRef#key
     */
    readonly key: string;
    /**
     * Name of the secret.
     *
     * @schema ProviderConfigSpecIdentitySecretRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema ProviderConfigSpecIdentitySecretRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'ProviderConfigSpecIdentitySecretRef' to JSON representation.
 */
export declare function toJson_ProviderConfigSpecIdentitySecretRef(obj: ProviderConfigSpecIdentitySecretRef | undefined): Record<string, any> | undefined;
/**
 * Source of the provider credentials.
 *
 * @schema ProviderConfigSpecIdentitySource
 */
export declare enum ProviderConfigSpecIdentitySource {
    /** None */
    NONE = "None",
    /** Secret */
    SECRET = "Secret",
    /** InjectedIdentity */
    INJECTED_IDENTITY = "InjectedIdentity",
    /** Environment */
    ENVIRONMENT = "Environment",
    /** Filesystem */
    FILESYSTEM = "Filesystem"
}
/**
 * Type of identity.
 *
 * @schema ProviderConfigSpecIdentityType
 */
export declare enum ProviderConfigSpecIdentityType {
    /** GoogleApplicationCredentials */
    GOOGLE_APPLICATION_CREDENTIALS = "GoogleApplicationCredentials",
    /** AzureServicePrincipalCredentials */
    AZURE_SERVICE_PRINCIPAL_CREDENTIALS = "AzureServicePrincipalCredentials",
    /** AzureWorkloadIdentityCredentials */
    AZURE_WORKLOAD_IDENTITY_CREDENTIALS = "AzureWorkloadIdentityCredentials",
    /** UpboundTokens */
    UPBOUND_TOKENS = "UpboundTokens",
    /** AWSWebIdentityCredentials */
    AWS_WEB_IDENTITY_CREDENTIALS = "AWSWebIdentityCredentials"
}
