import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * StackConfigPolicy represents a StackConfigPolicy resource in a Kubernetes cluster.
 *
 * @schema StackConfigPolicy
 */
export declare class StackConfigPolicy extends ApiObject {
    /**
     * Returns the apiVersion and kind for "StackConfigPolicy"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "StackConfigPolicy".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: StackConfigPolicyProps): any;
    /**
     * Defines a "StackConfigPolicy" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: StackConfigPolicyProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * StackConfigPolicy represents a StackConfigPolicy resource in a Kubernetes cluster.
 *
 * @schema StackConfigPolicy
 */
export interface StackConfigPolicyProps {
    /**
     * @schema StackConfigPolicy#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema StackConfigPolicy#spec
     */
    readonly spec?: StackConfigPolicySpec;
}
/**
 * Converts an object of type 'StackConfigPolicyProps' to JSON representation.
 */
export declare function toJson_StackConfigPolicyProps(obj: StackConfigPolicyProps | undefined): Record<string, any> | undefined;
/**
 * @schema StackConfigPolicySpec
 */
export interface StackConfigPolicySpec {
    /**
     * @schema StackConfigPolicySpec#elasticsearch
     */
    readonly elasticsearch?: StackConfigPolicySpecElasticsearch;
    /**
     * @schema StackConfigPolicySpec#kibana
     */
    readonly kibana?: StackConfigPolicySpecKibana;
    /**
     * A label selector is a label query over a set of resources. The result of matchLabels and
     * matchExpressions are ANDed. An empty label selector matches all objects. A null
     * label selector matches no objects.
     *
     * @schema StackConfigPolicySpec#resourceSelector
     */
    readonly resourceSelector?: StackConfigPolicySpecResourceSelector;
    /**
     * Deprecated: SecureSettings only applies to Elasticsearch and is deprecated. It must be set per application instead.
     *
     * @schema StackConfigPolicySpec#secureSettings
     */
    readonly secureSettings?: StackConfigPolicySpecSecureSettings[];
    /**
     * VariablesFrom references ConfigMaps or Secrets from which substitution variables are loaded.
     * Each source's keys become variables that can be referenced as ${VAR} in the Elasticsearch and Kibana spec fields.
     * Sources without a namespace default to the policy's namespace; cross-namespace sources are only
     * permitted for policies deployed in the operator namespace.
     * Later entries take precedence over earlier ones on key conflicts.
     * If no sources are specified, no variable substitution is performed and ${VAR} expressions are left as-is.
     * Only keys present in a source are substituted; any other ${...} expression (including native
     * ES references such as ${ENV} or ${foo.bar}) is left verbatim so it can be resolved by
     * Elasticsearch at runtime. Use ${VAR:-default} to supply a fallback for an optional key.
     * Values from sources are JSON-escaped before substitution and are limited to string-typed
     * fields: numeric, boolean, and object fields cannot be templated because ConfigMap and Secret
     * values are always strings and the intended target type cannot be inferred.
     *
     * @schema StackConfigPolicySpec#variablesFrom
     */
    readonly variablesFrom?: StackConfigPolicySpecVariablesFrom[];
    /**
     * Weight determines the priority of this policy when multiple policies target the same resource.
     * Higher weight values take precedence. Defaults to 0.
     *
     * @default 0.
     * @schema StackConfigPolicySpec#weight
     */
    readonly weight?: number;
}
/**
 * Converts an object of type 'StackConfigPolicySpec' to JSON representation.
 */
export declare function toJson_StackConfigPolicySpec(obj: StackConfigPolicySpec | undefined): Record<string, any> | undefined;
/**
 * @schema StackConfigPolicySpecElasticsearch
 */
export interface StackConfigPolicySpecElasticsearch {
    /**
     * ClusterSettings holds the Elasticsearch cluster settings (/_cluster/settings)
     *
     * @schema StackConfigPolicySpecElasticsearch#clusterSettings
     */
    readonly clusterSettings?: any;
    /**
     * Config holds the settings that go into elasticsearch.yml.
     *
     * @schema StackConfigPolicySpecElasticsearch#config
     */
    readonly config?: any;
    /**
     * IndexLifecyclePolicies holds the Index Lifecycle policies settings (/_ilm/policy)
     *
     * @schema StackConfigPolicySpecElasticsearch#indexLifecyclePolicies
     */
    readonly indexLifecyclePolicies?: any;
    /**
     * IndexTemplates holds the Index and Component Templates settings
     *
     * @schema StackConfigPolicySpecElasticsearch#indexTemplates
     */
    readonly indexTemplates?: StackConfigPolicySpecElasticsearchIndexTemplates;
    /**
     * IngestPipelines holds the Ingest Pipelines settings (/_ingest/pipeline)
     *
     * @schema StackConfigPolicySpecElasticsearch#ingestPipelines
     */
    readonly ingestPipelines?: any;
    /**
     * SecretMounts are additional Secrets that need to be mounted into the Elasticsearch pods.
     *
     * @schema StackConfigPolicySpecElasticsearch#secretMounts
     */
    readonly secretMounts?: StackConfigPolicySpecElasticsearchSecretMounts[];
    /**
     * SecureSettings are additional Secrets that contain data to be configured to Elasticsearch's keystore.
     *
     * @schema StackConfigPolicySpecElasticsearch#secureSettings
     */
    readonly secureSettings?: StackConfigPolicySpecElasticsearchSecureSettings[];
    /**
     * SecurityRoleMappings holds the Role Mappings settings (/_security/role_mapping)
     *
     * @schema StackConfigPolicySpecElasticsearch#securityRoleMappings
     */
    readonly securityRoleMappings?: any;
    /**
     * SecurityRoles holds the Role definitions (/_security/role).
     * Roles defined here are merged into the roles.yml file mounted into Elasticsearch pods.
     *
     * @schema StackConfigPolicySpecElasticsearch#securityRoles
     */
    readonly securityRoles?: any;
    /**
     * SnapshotLifecyclePolicies holds the Snapshot Lifecycle Policies settings (/_slm/policy)
     *
     * @schema StackConfigPolicySpecElasticsearch#snapshotLifecyclePolicies
     */
    readonly snapshotLifecyclePolicies?: any;
    /**
     * SnapshotRepositories holds the Snapshot Repositories settings (/_snapshot)
     *
     * @schema StackConfigPolicySpecElasticsearch#snapshotRepositories
     */
    readonly snapshotRepositories?: any;
}
/**
 * Converts an object of type 'StackConfigPolicySpecElasticsearch' to JSON representation.
 */
export declare function toJson_StackConfigPolicySpecElasticsearch(obj: StackConfigPolicySpecElasticsearch | undefined): Record<string, any> | undefined;
/**
 * @schema StackConfigPolicySpecKibana
 */
export interface StackConfigPolicySpecKibana {
    /**
     * Config holds the settings that go into kibana.yml.
     *
     * @schema StackConfigPolicySpecKibana#config
     */
    readonly config?: any;
    /**
     * SecureSettings are additional Secrets that contain data to be configured to Kibana's keystore.
     *
     * @schema StackConfigPolicySpecKibana#secureSettings
     */
    readonly secureSettings?: StackConfigPolicySpecKibanaSecureSettings[];
}
/**
 * Converts an object of type 'StackConfigPolicySpecKibana' to JSON representation.
 */
export declare function toJson_StackConfigPolicySpecKibana(obj: StackConfigPolicySpecKibana | undefined): Record<string, any> | undefined;
/**
 * A label selector is a label query over a set of resources. The result of matchLabels and
 * matchExpressions are ANDed. An empty label selector matches all objects. A null
 * label selector matches no objects.
 *
 * @schema StackConfigPolicySpecResourceSelector
 */
export interface StackConfigPolicySpecResourceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema StackConfigPolicySpecResourceSelector#matchExpressions
     */
    readonly matchExpressions?: StackConfigPolicySpecResourceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema StackConfigPolicySpecResourceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'StackConfigPolicySpecResourceSelector' to JSON representation.
 */
export declare function toJson_StackConfigPolicySpecResourceSelector(obj: StackConfigPolicySpecResourceSelector | undefined): Record<string, any> | undefined;
/**
 * SecretSource defines a data source based on a Kubernetes Secret.
 *
 * @schema StackConfigPolicySpecSecureSettings
 */
export interface StackConfigPolicySpecSecureSettings {
    /**
     * Entries define how to project each key-value pair in the secret to filesystem paths.
     * If not defined, all keys will be projected to similarly named paths in the filesystem.
     * If defined, only the specified keys will be projected to the corresponding paths.
     *
     * @schema StackConfigPolicySpecSecureSettings#entries
     */
    readonly entries?: StackConfigPolicySpecSecureSettingsEntries[];
    /**
     * SecretName is the name of the secret.
     *
     * @schema StackConfigPolicySpecSecureSettings#secretName
     */
    readonly secretName: string;
}
/**
 * Converts an object of type 'StackConfigPolicySpecSecureSettings' to JSON representation.
 */
export declare function toJson_StackConfigPolicySpecSecureSettings(obj: StackConfigPolicySpecSecureSettings | undefined): Record<string, any> | undefined;
/**
 * VariableSource references a ConfigMap or Secret from which variables are loaded for substitution.
 *
 * @schema StackConfigPolicySpecVariablesFrom
 */
export interface StackConfigPolicySpecVariablesFrom {
    /**
     * Kind is the type of the source, either ConfigMap or Secret.
     *
     * @schema StackConfigPolicySpecVariablesFrom#kind
     */
    readonly kind: StackConfigPolicySpecVariablesFromKind;
    /**
     * Name is the name of the ConfigMap or Secret.
     *
     * @schema StackConfigPolicySpecVariablesFrom#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the ConfigMap or Secret.
     * When empty, the StackConfigPolicy's own namespace is used.
     * Cross-namespace references are only permitted for policies
     * deployed in the operator namespace; all other policies must
     * reference sources in their own namespace.
     *
     * @schema StackConfigPolicySpecVariablesFrom#namespace
     */
    readonly namespace?: string;
    /**
     * Optional indicates whether the source is optional. When true,
     * a missing ConfigMap or Secret is silently ignored instead of
     * causing a reconciliation error.
     *
     * @schema StackConfigPolicySpecVariablesFrom#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'StackConfigPolicySpecVariablesFrom' to JSON representation.
 */
export declare function toJson_StackConfigPolicySpecVariablesFrom(obj: StackConfigPolicySpecVariablesFrom | undefined): Record<string, any> | undefined;
/**
 * IndexTemplates holds the Index and Component Templates settings
 *
 * @schema StackConfigPolicySpecElasticsearchIndexTemplates
 */
export interface StackConfigPolicySpecElasticsearchIndexTemplates {
    /**
     * ComponentTemplates holds the Component Templates settings (/_component_template)
     *
     * @schema StackConfigPolicySpecElasticsearchIndexTemplates#componentTemplates
     */
    readonly componentTemplates?: any;
    /**
     * ComposableIndexTemplates holds the Index Templates settings (/_index_template)
     *
     * @schema StackConfigPolicySpecElasticsearchIndexTemplates#composableIndexTemplates
     */
    readonly composableIndexTemplates?: any;
}
/**
 * Converts an object of type 'StackConfigPolicySpecElasticsearchIndexTemplates' to JSON representation.
 */
export declare function toJson_StackConfigPolicySpecElasticsearchIndexTemplates(obj: StackConfigPolicySpecElasticsearchIndexTemplates | undefined): Record<string, any> | undefined;
/**
 * SecretMount contains information about additional secrets to be mounted to the elasticsearch pods
 *
 * @schema StackConfigPolicySpecElasticsearchSecretMounts
 */
export interface StackConfigPolicySpecElasticsearchSecretMounts {
    /**
     * MountPath denotes the path to which the secret should be mounted to inside the elasticsearch pod
     *
     * @schema StackConfigPolicySpecElasticsearchSecretMounts#mountPath
     */
    readonly mountPath?: string;
    /**
     * SecretName denotes the name of the secret that needs to be mounted to the elasticsearch pod
     *
     * @schema StackConfigPolicySpecElasticsearchSecretMounts#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'StackConfigPolicySpecElasticsearchSecretMounts' to JSON representation.
 */
export declare function toJson_StackConfigPolicySpecElasticsearchSecretMounts(obj: StackConfigPolicySpecElasticsearchSecretMounts | undefined): Record<string, any> | undefined;
/**
 * SecretSource defines a data source based on a Kubernetes Secret.
 *
 * @schema StackConfigPolicySpecElasticsearchSecureSettings
 */
export interface StackConfigPolicySpecElasticsearchSecureSettings {
    /**
     * Entries define how to project each key-value pair in the secret to filesystem paths.
     * If not defined, all keys will be projected to similarly named paths in the filesystem.
     * If defined, only the specified keys will be projected to the corresponding paths.
     *
     * @schema StackConfigPolicySpecElasticsearchSecureSettings#entries
     */
    readonly entries?: StackConfigPolicySpecElasticsearchSecureSettingsEntries[];
    /**
     * SecretName is the name of the secret.
     *
     * @schema StackConfigPolicySpecElasticsearchSecureSettings#secretName
     */
    readonly secretName: string;
}
/**
 * Converts an object of type 'StackConfigPolicySpecElasticsearchSecureSettings' to JSON representation.
 */
export declare function toJson_StackConfigPolicySpecElasticsearchSecureSettings(obj: StackConfigPolicySpecElasticsearchSecureSettings | undefined): Record<string, any> | undefined;
/**
 * SecretSource defines a data source based on a Kubernetes Secret.
 *
 * @schema StackConfigPolicySpecKibanaSecureSettings
 */
export interface StackConfigPolicySpecKibanaSecureSettings {
    /**
     * Entries define how to project each key-value pair in the secret to filesystem paths.
     * If not defined, all keys will be projected to similarly named paths in the filesystem.
     * If defined, only the specified keys will be projected to the corresponding paths.
     *
     * @schema StackConfigPolicySpecKibanaSecureSettings#entries
     */
    readonly entries?: StackConfigPolicySpecKibanaSecureSettingsEntries[];
    /**
     * SecretName is the name of the secret.
     *
     * @schema StackConfigPolicySpecKibanaSecureSettings#secretName
     */
    readonly secretName: string;
}
/**
 * Converts an object of type 'StackConfigPolicySpecKibanaSecureSettings' to JSON representation.
 */
export declare function toJson_StackConfigPolicySpecKibanaSecureSettings(obj: StackConfigPolicySpecKibanaSecureSettings | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema StackConfigPolicySpecResourceSelectorMatchExpressions
 */
export interface StackConfigPolicySpecResourceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema StackConfigPolicySpecResourceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema StackConfigPolicySpecResourceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema StackConfigPolicySpecResourceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'StackConfigPolicySpecResourceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_StackConfigPolicySpecResourceSelectorMatchExpressions(obj: StackConfigPolicySpecResourceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * KeyToPath defines how to map a key in a Secret object to a filesystem path.
 *
 * @schema StackConfigPolicySpecSecureSettingsEntries
 */
export interface StackConfigPolicySpecSecureSettingsEntries {
    /**
     * Key is the key contained in the secret.
     *
     * @schema StackConfigPolicySpecSecureSettingsEntries#key
     */
    readonly key: string;
    /**
     * Path is the relative file path to map the key to.
     * Path must not be an absolute file path and must not contain any ".." components.
     *
     * @schema StackConfigPolicySpecSecureSettingsEntries#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'StackConfigPolicySpecSecureSettingsEntries' to JSON representation.
 */
export declare function toJson_StackConfigPolicySpecSecureSettingsEntries(obj: StackConfigPolicySpecSecureSettingsEntries | undefined): Record<string, any> | undefined;
/**
 * Kind is the type of the source, either ConfigMap or Secret.
 *
 * @schema StackConfigPolicySpecVariablesFromKind
 */
export declare enum StackConfigPolicySpecVariablesFromKind {
    /** ConfigMap */
    CONFIG_MAP = "ConfigMap",
    /** Secret */
    SECRET = "Secret"
}
/**
 * KeyToPath defines how to map a key in a Secret object to a filesystem path.
 *
 * @schema StackConfigPolicySpecElasticsearchSecureSettingsEntries
 */
export interface StackConfigPolicySpecElasticsearchSecureSettingsEntries {
    /**
     * Key is the key contained in the secret.
     *
     * @schema StackConfigPolicySpecElasticsearchSecureSettingsEntries#key
     */
    readonly key: string;
    /**
     * Path is the relative file path to map the key to.
     * Path must not be an absolute file path and must not contain any ".." components.
     *
     * @schema StackConfigPolicySpecElasticsearchSecureSettingsEntries#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'StackConfigPolicySpecElasticsearchSecureSettingsEntries' to JSON representation.
 */
export declare function toJson_StackConfigPolicySpecElasticsearchSecureSettingsEntries(obj: StackConfigPolicySpecElasticsearchSecureSettingsEntries | undefined): Record<string, any> | undefined;
/**
 * KeyToPath defines how to map a key in a Secret object to a filesystem path.
 *
 * @schema StackConfigPolicySpecKibanaSecureSettingsEntries
 */
export interface StackConfigPolicySpecKibanaSecureSettingsEntries {
    /**
     * Key is the key contained in the secret.
     *
     * @schema StackConfigPolicySpecKibanaSecureSettingsEntries#key
     */
    readonly key: string;
    /**
     * Path is the relative file path to map the key to.
     * Path must not be an absolute file path and must not contain any ".." components.
     *
     * @schema StackConfigPolicySpecKibanaSecureSettingsEntries#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'StackConfigPolicySpecKibanaSecureSettingsEntries' to JSON representation.
 */
export declare function toJson_StackConfigPolicySpecKibanaSecureSettingsEntries(obj: StackConfigPolicySpecKibanaSecureSettingsEntries | undefined): Record<string, any> | undefined;
