import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * A ProviderConfig configures a Helm 'provider', i.e. a connection to a particular
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
 * A ProviderConfig configures a Helm 'provider', i.e. a connection to a particular
 *
 * @schema ProviderConfig
 */
export interface ProviderConfigProps {
    /**
     * @schema ProviderConfig#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * A ProviderConfigSpec defines the desired state of a Provider.
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
 * A ProviderConfigSpec defines the desired state of a Provider.
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
    GOOGLE_APPLICATION_CREDENTIALS = "GoogleApplicationCredentials"
}
/**
 * A ProviderConfig configures a Helm 'provider', i.e. a connection to a particular
 *
 * @schema ProviderConfigV1Beta1
 */
export declare class ProviderConfigV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ProviderConfigV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ProviderConfigV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ProviderConfigV1Beta1Props): any;
    /**
     * Defines a "ProviderConfigV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ProviderConfigV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * A ProviderConfig configures a Helm 'provider', i.e. a connection to a particular
 *
 * @schema ProviderConfigV1Beta1
 */
export interface ProviderConfigV1Beta1Props {
    /**
     * @schema ProviderConfigV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * A ProviderConfigSpec defines the desired state of a ProviderConfig.
     *
     * @schema ProviderConfigV1Beta1#spec
     */
    readonly spec: ProviderConfigV1Beta1Spec;
}
/**
 * Converts an object of type 'ProviderConfigV1Beta1Props' to JSON representation.
 */
export declare function toJson_ProviderConfigV1Beta1Props(obj: ProviderConfigV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * A ProviderConfigSpec defines the desired state of a ProviderConfig.
 *
 * @schema ProviderConfigV1Beta1Spec
 */
export interface ProviderConfigV1Beta1Spec {
    /**
     * Credentials used to connect to the Kubernetes API. Typically a
     * kubeconfig file. Use InjectedIdentity for in-cluster config.
     *
     * @schema ProviderConfigV1Beta1Spec#credentials
     */
    readonly credentials: ProviderConfigV1Beta1SpecCredentials;
    /**
     * Identity used to authenticate to the Kubernetes API. The identity
     * credentials can be used to supplement kubeconfig 'credentials', for
     * example by configuring a bearer token source such as OAuth.
     *
     * @schema ProviderConfigV1Beta1Spec#identity
     */
    readonly identity?: ProviderConfigV1Beta1SpecIdentity;
}
/**
 * Converts an object of type 'ProviderConfigV1Beta1Spec' to JSON representation.
 */
export declare function toJson_ProviderConfigV1Beta1Spec(obj: ProviderConfigV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * Credentials used to connect to the Kubernetes API. Typically a
 * kubeconfig file. Use InjectedIdentity for in-cluster config.
 *
 * @schema ProviderConfigV1Beta1SpecCredentials
 */
export interface ProviderConfigV1Beta1SpecCredentials {
    /**
     * Env is a reference to an environment variable that contains credentials
     * that must be used to connect to the provider.
     *
     * @schema ProviderConfigV1Beta1SpecCredentials#env
     */
    readonly env?: ProviderConfigV1Beta1SpecCredentialsEnv;
    /**
     * Fs is a reference to a filesystem location that contains credentials that
     * must be used to connect to the provider.
     *
     * @schema ProviderConfigV1Beta1SpecCredentials#fs
     */
    readonly fs?: ProviderConfigV1Beta1SpecCredentialsFs;
    /**
     * A SecretRef is a reference to a secret key that contains the credentials
     * that must be used to connect to the provider.
     *
     * @schema ProviderConfigV1Beta1SpecCredentials#secretRef
     */
    readonly secretRef?: ProviderConfigV1Beta1SpecCredentialsSecretRef;
    /**
     * Source of the provider credentials.
     *
     * @schema ProviderConfigV1Beta1SpecCredentials#source
     */
    readonly source: ProviderConfigV1Beta1SpecCredentialsSource;
}
/**
 * Converts an object of type 'ProviderConfigV1Beta1SpecCredentials' to JSON representation.
 */
export declare function toJson_ProviderConfigV1Beta1SpecCredentials(obj: ProviderConfigV1Beta1SpecCredentials | undefined): Record<string, any> | undefined;
/**
 * Identity used to authenticate to the Kubernetes API. The identity
 * credentials can be used to supplement kubeconfig 'credentials', for
 * example by configuring a bearer token source such as OAuth.
 *
 * @schema ProviderConfigV1Beta1SpecIdentity
 */
export interface ProviderConfigV1Beta1SpecIdentity {
    /**
     * Env is a reference to an environment variable that contains credentials
     * that must be used to connect to the provider.
     *
     * @schema ProviderConfigV1Beta1SpecIdentity#env
     */
    readonly env?: ProviderConfigV1Beta1SpecIdentityEnv;
    /**
     * Fs is a reference to a filesystem location that contains credentials that
     * must be used to connect to the provider.
     *
     * @schema ProviderConfigV1Beta1SpecIdentity#fs
     */
    readonly fs?: ProviderConfigV1Beta1SpecIdentityFs;
    /**
     * A SecretRef is a reference to a secret key that contains the credentials
     * that must be used to connect to the provider.
     *
     * @schema ProviderConfigV1Beta1SpecIdentity#secretRef
     */
    readonly secretRef?: ProviderConfigV1Beta1SpecIdentitySecretRef;
    /**
     * Source of the provider credentials.
     *
     * @schema ProviderConfigV1Beta1SpecIdentity#source
     */
    readonly source: ProviderConfigV1Beta1SpecIdentitySource;
    /**
     * Type of identity.
     *
     * @schema ProviderConfigV1Beta1SpecIdentity#type
     */
    readonly type: ProviderConfigV1Beta1SpecIdentityType;
}
/**
 * Converts an object of type 'ProviderConfigV1Beta1SpecIdentity' to JSON representation.
 */
export declare function toJson_ProviderConfigV1Beta1SpecIdentity(obj: ProviderConfigV1Beta1SpecIdentity | undefined): Record<string, any> | undefined;
/**
 * Env is a reference to an environment variable that contains credentials
 * that must be used to connect to the provider.
 *
 * @schema ProviderConfigV1Beta1SpecCredentialsEnv
 */
export interface ProviderConfigV1Beta1SpecCredentialsEnv {
    /**
     * Name is the name of an environment variable.
     *
     * @schema ProviderConfigV1Beta1SpecCredentialsEnv#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ProviderConfigV1Beta1SpecCredentialsEnv' to JSON representation.
 */
export declare function toJson_ProviderConfigV1Beta1SpecCredentialsEnv(obj: ProviderConfigV1Beta1SpecCredentialsEnv | undefined): Record<string, any> | undefined;
/**
 * Fs is a reference to a filesystem location that contains credentials that
 * must be used to connect to the provider.
 *
 * @schema ProviderConfigV1Beta1SpecCredentialsFs
 */
export interface ProviderConfigV1Beta1SpecCredentialsFs {
    /**
     * Path is a filesystem path.
     *
     * @schema ProviderConfigV1Beta1SpecCredentialsFs#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'ProviderConfigV1Beta1SpecCredentialsFs' to JSON representation.
 */
export declare function toJson_ProviderConfigV1Beta1SpecCredentialsFs(obj: ProviderConfigV1Beta1SpecCredentialsFs | undefined): Record<string, any> | undefined;
/**
 * A SecretRef is a reference to a secret key that contains the credentials
 * that must be used to connect to the provider.
 *
 * @schema ProviderConfigV1Beta1SpecCredentialsSecretRef
 */
export interface ProviderConfigV1Beta1SpecCredentialsSecretRef {
    /**
     * The key to select.
     *
     * @schema ProviderConfigV1Beta1SpecCredentialsSecretRef#key
     */
    readonly key: string;
    /**
     * Name of the secret.
     *
     * @schema ProviderConfigV1Beta1SpecCredentialsSecretRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema ProviderConfigV1Beta1SpecCredentialsSecretRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'ProviderConfigV1Beta1SpecCredentialsSecretRef' to JSON representation.
 */
export declare function toJson_ProviderConfigV1Beta1SpecCredentialsSecretRef(obj: ProviderConfigV1Beta1SpecCredentialsSecretRef | undefined): Record<string, any> | undefined;
/**
 * Source of the provider credentials.
 *
 * @schema ProviderConfigV1Beta1SpecCredentialsSource
 */
export declare enum ProviderConfigV1Beta1SpecCredentialsSource {
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
 * @schema ProviderConfigV1Beta1SpecIdentityEnv
 */
export interface ProviderConfigV1Beta1SpecIdentityEnv {
    /**
     * Name is the name of an environment variable.
     *
     * @schema ProviderConfigV1Beta1SpecIdentityEnv#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ProviderConfigV1Beta1SpecIdentityEnv' to JSON representation.
 */
export declare function toJson_ProviderConfigV1Beta1SpecIdentityEnv(obj: ProviderConfigV1Beta1SpecIdentityEnv | undefined): Record<string, any> | undefined;
/**
 * Fs is a reference to a filesystem location that contains credentials that
 * must be used to connect to the provider.
 *
 * @schema ProviderConfigV1Beta1SpecIdentityFs
 */
export interface ProviderConfigV1Beta1SpecIdentityFs {
    /**
     * Path is a filesystem path.
     *
     * @schema ProviderConfigV1Beta1SpecIdentityFs#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'ProviderConfigV1Beta1SpecIdentityFs' to JSON representation.
 */
export declare function toJson_ProviderConfigV1Beta1SpecIdentityFs(obj: ProviderConfigV1Beta1SpecIdentityFs | undefined): Record<string, any> | undefined;
/**
 * A SecretRef is a reference to a secret key that contains the credentials
 * that must be used to connect to the provider.
 *
 * @schema ProviderConfigV1Beta1SpecIdentitySecretRef
 */
export interface ProviderConfigV1Beta1SpecIdentitySecretRef {
    /**
     * The key to select.
     *
     * @schema ProviderConfigV1Beta1SpecIdentitySecretRef#key
     */
    readonly key: string;
    /**
     * Name of the secret.
     *
     * @schema ProviderConfigV1Beta1SpecIdentitySecretRef#name
     */
    readonly name: string;
    /**
     * Namespace of the secret.
     *
     * @schema ProviderConfigV1Beta1SpecIdentitySecretRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'ProviderConfigV1Beta1SpecIdentitySecretRef' to JSON representation.
 */
export declare function toJson_ProviderConfigV1Beta1SpecIdentitySecretRef(obj: ProviderConfigV1Beta1SpecIdentitySecretRef | undefined): Record<string, any> | undefined;
/**
 * Source of the provider credentials.
 *
 * @schema ProviderConfigV1Beta1SpecIdentitySource
 */
export declare enum ProviderConfigV1Beta1SpecIdentitySource {
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
 * @schema ProviderConfigV1Beta1SpecIdentityType
 */
export declare enum ProviderConfigV1Beta1SpecIdentityType {
    /** GoogleApplicationCredentials */
    GOOGLE_APPLICATION_CREDENTIALS = "GoogleApplicationCredentials",
    /** AzureServicePrincipalCredentials */
    AZURE_SERVICE_PRINCIPAL_CREDENTIALS = "AzureServicePrincipalCredentials",
    /** AzureWorkloadIdentityCredentials */
    AZURE_WORKLOAD_IDENTITY_CREDENTIALS = "AzureWorkloadIdentityCredentials",
    /** UpboundTokens */
    UPBOUND_TOKENS = "UpboundTokens",
    /** AWSWebIdentityCredentials */
    AWS_WEB_IDENTITY_CREDENTIALS = "AWSWebIdentityCredentials",
    /** NebiusServiceAccountCredentials */
    NEBIUS_SERVICE_ACCOUNT_CREDENTIALS = "NebiusServiceAccountCredentials"
}
