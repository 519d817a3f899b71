import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Logstash is the Schema for the logstashes API
 *
 * @schema Logstash
 */
export declare class Logstash extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Logstash"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Logstash".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: LogstashProps): any;
    /**
     * Defines a "Logstash" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: LogstashProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Logstash is the Schema for the logstashes API
 *
 * @schema Logstash
 */
export interface LogstashProps {
    /**
     * @schema Logstash#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * LogstashSpec defines the desired state of Logstash
     *
     * @schema Logstash#spec
     */
    readonly spec?: LogstashSpec;
}
/**
 * Converts an object of type 'LogstashProps' to JSON representation.
 */
export declare function toJson_LogstashProps(obj: LogstashProps | undefined): Record<string, any> | undefined;
/**
 * LogstashSpec defines the desired state of Logstash
 *
 * @schema LogstashSpec
 */
export interface LogstashSpec {
    /**
     * Config holds the Logstash configuration. At most one of [`Config`, `ConfigRef`] can be specified.
     *
     * @schema LogstashSpec#config
     */
    readonly config?: any;
    /**
     * ConfigRef contains a reference to an existing Kubernetes Secret holding the Logstash configuration.
     * Logstash settings must be specified as yaml, under a single "logstash.yml" entry. At most one of [`Config`, `ConfigRef`]
     * can be specified.
     *
     * @schema LogstashSpec#configRef
     */
    readonly configRef?: LogstashSpecConfigRef;
    /**
     * @schema LogstashSpec#count
     */
    readonly count?: number;
    /**
     * ElasticsearchRefs are references to Elasticsearch clusters running in the same Kubernetes cluster.
     *
     * @schema LogstashSpec#elasticsearchRefs
     */
    readonly elasticsearchRefs?: LogstashSpecElasticsearchRefs[];
    /**
     * Image is the Logstash Docker image to deploy. Version and Type have to match the Logstash in the image.
     *
     * @schema LogstashSpec#image
     */
    readonly image?: string;
    /**
     * Monitoring enables you to collect and ship log and monitoring data of this Logstash.
     * Metricbeat and Filebeat are deployed in the same Pod as sidecars and each one sends data to one or two different
     * Elasticsearch monitoring clusters running in the same Kubernetes cluster.
     *
     * @schema LogstashSpec#monitoring
     */
    readonly monitoring?: LogstashSpecMonitoring;
    /**
     * Pipelines holds the Logstash Pipelines. At most one of [`Pipelines`, `PipelinesRef`] can be specified.
     *
     * @schema LogstashSpec#pipelines
     */
    readonly pipelines?: any[];
    /**
     * PipelinesRef contains a reference to an existing Kubernetes Secret holding the Logstash Pipelines.
     * Logstash pipelines must be specified as yaml, under a single "pipelines.yml" entry. At most one of [`Pipelines`, `PipelinesRef`]
     * can be specified.
     *
     * @schema LogstashSpec#pipelinesRef
     */
    readonly pipelinesRef?: LogstashSpecPipelinesRef;
    /**
     * PodTemplate provides customization options for the Logstash pods.
     *
     * @schema LogstashSpec#podTemplate
     */
    readonly podTemplate?: any;
    /**
     * Resources provides a shorthand to set CPU and Memory resources on the Logstash container. When set, these
     * values override any CPU or memory resource settings specified in the PodTemplate for the primary Logstash
     * container. To set resources on other containers, use the PodTemplate.
     *
     * @schema LogstashSpec#resources
     */
    readonly resources?: LogstashSpecResources;
    /**
     * RevisionHistoryLimit is the number of revisions to retain to allow rollback in the underlying StatefulSet.
     *
     * @schema LogstashSpec#revisionHistoryLimit
     */
    readonly revisionHistoryLimit?: number;
    /**
     * SecureSettings is a list of references to Kubernetes Secrets containing sensitive configuration options for the Logstash.
     * Secrets data can be then referenced in the Logstash config using the Secret's keys or as specified in `Entries` field of
     * each SecureSetting.
     *
     * @schema LogstashSpec#secureSettings
     */
    readonly secureSettings?: LogstashSpecSecureSettings[];
    /**
     * ServiceAccountName is used to check access from the current resource to Elasticsearch resource in a different namespace.
     * Can only be used if ECK is enforcing RBAC on references.
     *
     * @schema LogstashSpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * Services contains details of services that Logstash should expose - similar to the HTTP layer configuration for the
     * rest of the stack, but also applicable for more use cases than the metrics API, as logstash may need to
     * be opened up for other services: Beats, TCP, UDP, etc, inputs.
     *
     * @schema LogstashSpec#services
     */
    readonly services?: LogstashSpecServices[];
    /**
     * UpdateStrategy is a StatefulSetUpdateStrategy. The default type is "RollingUpdate".
     *
     * @schema LogstashSpec#updateStrategy
     */
    readonly updateStrategy?: LogstashSpecUpdateStrategy;
    /**
     * Version of the Logstash.
     *
     * @schema LogstashSpec#version
     */
    readonly version: string;
    /**
     * VolumeClaimTemplates is a list of persistent volume claims to be used by each Pod.
     * Every claim in this list must have a matching volumeMount in one of the containers defined in the PodTemplate.
     * Items defined here take precedence over any default claims added by the operator with the same name.
     *
     * @schema LogstashSpec#volumeClaimTemplates
     */
    readonly volumeClaimTemplates?: LogstashSpecVolumeClaimTemplates[];
}
/**
 * Converts an object of type 'LogstashSpec' to JSON representation.
 */
export declare function toJson_LogstashSpec(obj: LogstashSpec | undefined): Record<string, any> | undefined;
/**
 * ConfigRef contains a reference to an existing Kubernetes Secret holding the Logstash configuration.
 * Logstash settings must be specified as yaml, under a single "logstash.yml" entry. At most one of [`Config`, `ConfigRef`]
 * can be specified.
 *
 * @schema LogstashSpecConfigRef
 */
export interface LogstashSpecConfigRef {
    /**
     * SecretName is the name of the secret.
     *
     * @schema LogstashSpecConfigRef#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'LogstashSpecConfigRef' to JSON representation.
 */
export declare function toJson_LogstashSpecConfigRef(obj: LogstashSpecConfigRef | undefined): Record<string, any> | undefined;
/**
 * ElasticsearchCluster is a named reference to an Elasticsearch cluster which can be used in a Logstash pipeline.
 *
 * @schema LogstashSpecElasticsearchRefs
 */
export interface LogstashSpecElasticsearchRefs {
    /**
     * ClientCertificateSecretName is the name of an existing Kubernetes secret containing a client certificate
     * (tls.crt) and private key (tls.key) for client authentication to the referenced resource.
     * This field is only relevant when the referenced Elasticsearch cluster has client authentication enabled.
     * If not specified and the referenced resource requires client authentication, ECK will auto-generate a
     * client certificate.
     *
     * @schema LogstashSpecElasticsearchRefs#clientCertificateSecretName
     */
    readonly clientCertificateSecretName?: string;
    /**
     * ClusterName is an alias for the cluster to be used to refer to the Elasticsearch cluster in Logstash
     * configuration files, and will be used to identify "named clusters" in Logstash
     *
     * @schema LogstashSpecElasticsearchRefs#clusterName
     */
    readonly clusterName: string;
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema LogstashSpecElasticsearchRefs#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema LogstashSpecElasticsearchRefs#namespace
     */
    readonly namespace?: string;
    /**
     * SecretName is the name of an existing Kubernetes secret that contains connection information for associating an
     * Elastic resource not managed by the operator.
     * The referenced secret must contain the following:
     * - `url`: the URL to reach the Elastic resource
     * - `username`: the username of the user to be authenticated to the Elastic resource
     * - `password`: the password of the user to be authenticated to the Elastic resource
     * - `ca.crt`: the CA certificate in PEM format (optional)
     * - `api-key`: the key to authenticate against the Elastic resource instead of a username and password (supported only for `elasticsearchRefs` in AgentSpec and in BeatSpec)
     * This field cannot be used in combination with the other fields name, namespace or serviceName.
     *
     * @schema LogstashSpecElasticsearchRefs#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema LogstashSpecElasticsearchRefs#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'LogstashSpecElasticsearchRefs' to JSON representation.
 */
export declare function toJson_LogstashSpecElasticsearchRefs(obj: LogstashSpecElasticsearchRefs | undefined): Record<string, any> | undefined;
/**
 * Monitoring enables you to collect and ship log and monitoring data of this Logstash.
 * Metricbeat and Filebeat are deployed in the same Pod as sidecars and each one sends data to one or two different
 * Elasticsearch monitoring clusters running in the same Kubernetes cluster.
 *
 * @schema LogstashSpecMonitoring
 */
export interface LogstashSpecMonitoring {
    /**
     * Logs holds references to Elasticsearch clusters which receive log data from an associated resource.
     *
     * @schema LogstashSpecMonitoring#logs
     */
    readonly logs?: LogstashSpecMonitoringLogs;
    /**
     * Metrics holds references to Elasticsearch clusters which receive monitoring data from this resource.
     *
     * @schema LogstashSpecMonitoring#metrics
     */
    readonly metrics?: LogstashSpecMonitoringMetrics;
}
/**
 * Converts an object of type 'LogstashSpecMonitoring' to JSON representation.
 */
export declare function toJson_LogstashSpecMonitoring(obj: LogstashSpecMonitoring | undefined): Record<string, any> | undefined;
/**
 * PipelinesRef contains a reference to an existing Kubernetes Secret holding the Logstash Pipelines.
 * Logstash pipelines must be specified as yaml, under a single "pipelines.yml" entry. At most one of [`Pipelines`, `PipelinesRef`]
 * can be specified.
 *
 * @schema LogstashSpecPipelinesRef
 */
export interface LogstashSpecPipelinesRef {
    /**
     * SecretName is the name of the secret.
     *
     * @schema LogstashSpecPipelinesRef#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'LogstashSpecPipelinesRef' to JSON representation.
 */
export declare function toJson_LogstashSpecPipelinesRef(obj: LogstashSpecPipelinesRef | undefined): Record<string, any> | undefined;
/**
 * Resources provides a shorthand to set CPU and Memory resources on the Logstash container. When set, these
 * values override any CPU or memory resource settings specified in the PodTemplate for the primary Logstash
 * container. To set resources on other containers, use the PodTemplate.
 *
 * @schema LogstashSpecResources
 */
export interface LogstashSpecResources {
    /**
     * Limits is the shorthand for the main container's CPU and memory limits.
     *
     * @schema LogstashSpecResources#limits
     */
    readonly limits?: LogstashSpecResourcesLimits;
    /**
     * Requests is the shorthand for the main container's CPU and memory requests.
     *
     * @schema LogstashSpecResources#requests
     */
    readonly requests?: LogstashSpecResourcesRequests;
}
/**
 * Converts an object of type 'LogstashSpecResources' to JSON representation.
 */
export declare function toJson_LogstashSpecResources(obj: LogstashSpecResources | undefined): Record<string, any> | undefined;
/**
 * SecretSource defines a data source based on a Kubernetes Secret.
 *
 * @schema LogstashSpecSecureSettings
 */
export interface LogstashSpecSecureSettings {
    /**
     * Entries define how to project each key-value pair in the secret to filesystem paths.
     * If not defined, all keys will be projected to similarly named paths in the filesystem.
     * If defined, only the specified keys will be projected to the corresponding paths.
     *
     * @schema LogstashSpecSecureSettings#entries
     */
    readonly entries?: LogstashSpecSecureSettingsEntries[];
    /**
     * SecretName is the name of the secret.
     *
     * @schema LogstashSpecSecureSettings#secretName
     */
    readonly secretName: string;
}
/**
 * Converts an object of type 'LogstashSpecSecureSettings' to JSON representation.
 */
export declare function toJson_LogstashSpecSecureSettings(obj: LogstashSpecSecureSettings | undefined): Record<string, any> | undefined;
/**
 * @schema LogstashSpecServices
 */
export interface LogstashSpecServices {
    /**
     * @schema LogstashSpecServices#name
     */
    readonly name?: string;
    /**
     * Service defines the template for the associated Kubernetes Service object.
     *
     * @schema LogstashSpecServices#service
     */
    readonly service?: LogstashSpecServicesService;
    /**
     * TLS defines options for configuring TLS for HTTP.
     *
     * @schema LogstashSpecServices#tls
     */
    readonly tls?: LogstashSpecServicesTls;
}
/**
 * Converts an object of type 'LogstashSpecServices' to JSON representation.
 */
export declare function toJson_LogstashSpecServices(obj: LogstashSpecServices | undefined): Record<string, any> | undefined;
/**
 * UpdateStrategy is a StatefulSetUpdateStrategy. The default type is "RollingUpdate".
 *
 * @schema LogstashSpecUpdateStrategy
 */
export interface LogstashSpecUpdateStrategy {
    /**
     * RollingUpdate is used to communicate parameters when Type is RollingUpdateStatefulSetStrategyType.
     *
     * @schema LogstashSpecUpdateStrategy#rollingUpdate
     */
    readonly rollingUpdate?: LogstashSpecUpdateStrategyRollingUpdate;
    /**
     * Type indicates the type of the StatefulSetUpdateStrategy.
     * Default is RollingUpdate.
     *
     * @default RollingUpdate.
     * @schema LogstashSpecUpdateStrategy#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'LogstashSpecUpdateStrategy' to JSON representation.
 */
export declare function toJson_LogstashSpecUpdateStrategy(obj: LogstashSpecUpdateStrategy | undefined): Record<string, any> | undefined;
/**
 * PersistentVolumeClaim is a user's request for and claim to a persistent volume
 *
 * @schema LogstashSpecVolumeClaimTemplates
 */
export interface LogstashSpecVolumeClaimTemplates {
    /**
     * APIVersion defines the versioned schema of this representation of an object.
     * Servers should convert recognized schemas to the latest internal value, and
     * may reject unrecognized values.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
     *
     * @schema LogstashSpecVolumeClaimTemplates#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Kind is a string value representing the REST resource this object represents.
     * Servers may infer this from the endpoint the client submits requests to.
     * Cannot be updated.
     * In CamelCase.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
     *
     * @schema LogstashSpecVolumeClaimTemplates#kind
     */
    readonly kind?: string;
    /**
     * Standard object's metadata.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
     *
     * @schema LogstashSpecVolumeClaimTemplates#metadata
     */
    readonly metadata?: LogstashSpecVolumeClaimTemplatesMetadata;
    /**
     * spec defines the desired characteristics of a volume requested by a pod author.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema LogstashSpecVolumeClaimTemplates#spec
     */
    readonly spec?: LogstashSpecVolumeClaimTemplatesSpec;
    /**
     * status represents the current information/status of a persistent volume claim.
     * Read-only.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema LogstashSpecVolumeClaimTemplates#status
     */
    readonly status?: LogstashSpecVolumeClaimTemplatesStatus;
}
/**
 * Converts an object of type 'LogstashSpecVolumeClaimTemplates' to JSON representation.
 */
export declare function toJson_LogstashSpecVolumeClaimTemplates(obj: LogstashSpecVolumeClaimTemplates | undefined): Record<string, any> | undefined;
/**
 * Logs holds references to Elasticsearch clusters which receive log data from an associated resource.
 *
 * @schema LogstashSpecMonitoringLogs
 */
export interface LogstashSpecMonitoringLogs {
    /**
     * ElasticsearchRefs is a reference to a list of monitoring Elasticsearch clusters running in the same Kubernetes cluster.
     * Due to existing limitations, only a single Elasticsearch cluster is currently supported.
     *
     * @schema LogstashSpecMonitoringLogs#elasticsearchRefs
     */
    readonly elasticsearchRefs?: LogstashSpecMonitoringLogsElasticsearchRefs[];
}
/**
 * Converts an object of type 'LogstashSpecMonitoringLogs' to JSON representation.
 */
export declare function toJson_LogstashSpecMonitoringLogs(obj: LogstashSpecMonitoringLogs | undefined): Record<string, any> | undefined;
/**
 * Metrics holds references to Elasticsearch clusters which receive monitoring data from this resource.
 *
 * @schema LogstashSpecMonitoringMetrics
 */
export interface LogstashSpecMonitoringMetrics {
    /**
     * ElasticsearchRefs is a reference to a list of monitoring Elasticsearch clusters running in the same Kubernetes cluster.
     * Due to existing limitations, only a single Elasticsearch cluster is currently supported.
     *
     * @schema LogstashSpecMonitoringMetrics#elasticsearchRefs
     */
    readonly elasticsearchRefs?: LogstashSpecMonitoringMetricsElasticsearchRefs[];
}
/**
 * Converts an object of type 'LogstashSpecMonitoringMetrics' to JSON representation.
 */
export declare function toJson_LogstashSpecMonitoringMetrics(obj: LogstashSpecMonitoringMetrics | undefined): Record<string, any> | undefined;
/**
 * Limits is the shorthand for the main container's CPU and memory limits.
 *
 * @schema LogstashSpecResourcesLimits
 */
export interface LogstashSpecResourcesLimits {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema LogstashSpecResourcesLimits#cpu
     */
    readonly cpu?: LogstashSpecResourcesLimitsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema LogstashSpecResourcesLimits#memory
     */
    readonly memory?: LogstashSpecResourcesLimitsMemory;
}
/**
 * Converts an object of type 'LogstashSpecResourcesLimits' to JSON representation.
 */
export declare function toJson_LogstashSpecResourcesLimits(obj: LogstashSpecResourcesLimits | undefined): Record<string, any> | undefined;
/**
 * Requests is the shorthand for the main container's CPU and memory requests.
 *
 * @schema LogstashSpecResourcesRequests
 */
export interface LogstashSpecResourcesRequests {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema LogstashSpecResourcesRequests#cpu
     */
    readonly cpu?: LogstashSpecResourcesRequestsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema LogstashSpecResourcesRequests#memory
     */
    readonly memory?: LogstashSpecResourcesRequestsMemory;
}
/**
 * Converts an object of type 'LogstashSpecResourcesRequests' to JSON representation.
 */
export declare function toJson_LogstashSpecResourcesRequests(obj: LogstashSpecResourcesRequests | undefined): Record<string, any> | undefined;
/**
 * KeyToPath defines how to map a key in a Secret object to a filesystem path.
 *
 * @schema LogstashSpecSecureSettingsEntries
 */
export interface LogstashSpecSecureSettingsEntries {
    /**
     * Key is the key contained in the secret.
     *
     * @schema LogstashSpecSecureSettingsEntries#key
     */
    readonly key: string;
    /**
     * Path is the relative file path to map the key to.
     * Path must not be an absolute file path and must not contain any ".." components.
     *
     * @schema LogstashSpecSecureSettingsEntries#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'LogstashSpecSecureSettingsEntries' to JSON representation.
 */
export declare function toJson_LogstashSpecSecureSettingsEntries(obj: LogstashSpecSecureSettingsEntries | undefined): Record<string, any> | undefined;
/**
 * Service defines the template for the associated Kubernetes Service object.
 *
 * @schema LogstashSpecServicesService
 */
export interface LogstashSpecServicesService {
    /**
     * ObjectMeta is the metadata of the service.
     * The name and namespace provided here are managed by ECK and will be ignored.
     *
     * @schema LogstashSpecServicesService#metadata
     */
    readonly metadata?: LogstashSpecServicesServiceMetadata;
    /**
     * Spec is the specification of the service.
     *
     * @schema LogstashSpecServicesService#spec
     */
    readonly spec?: LogstashSpecServicesServiceSpec;
}
/**
 * Converts an object of type 'LogstashSpecServicesService' to JSON representation.
 */
export declare function toJson_LogstashSpecServicesService(obj: LogstashSpecServicesService | undefined): Record<string, any> | undefined;
/**
 * TLS defines options for configuring TLS for HTTP.
 *
 * @schema LogstashSpecServicesTls
 */
export interface LogstashSpecServicesTls {
    /**
     * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
     * The referenced secret should contain the following:
     *
     * - `ca.crt`: The certificate authority (optional).
     * - `tls.crt`: The certificate (or a chain).
     * - `tls.key`: The private key to the first certificate in the certificate chain.
     *
     * @schema LogstashSpecServicesTls#certificate
     */
    readonly certificate?: LogstashSpecServicesTlsCertificate;
    /**
     * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
     *
     * @schema LogstashSpecServicesTls#selfSignedCertificate
     */
    readonly selfSignedCertificate?: LogstashSpecServicesTlsSelfSignedCertificate;
}
/**
 * Converts an object of type 'LogstashSpecServicesTls' to JSON representation.
 */
export declare function toJson_LogstashSpecServicesTls(obj: LogstashSpecServicesTls | undefined): Record<string, any> | undefined;
/**
 * RollingUpdate is used to communicate parameters when Type is RollingUpdateStatefulSetStrategyType.
 *
 * @schema LogstashSpecUpdateStrategyRollingUpdate
 */
export interface LogstashSpecUpdateStrategyRollingUpdate {
    /**
     * The maximum number of pods that can be unavailable during the update.
     * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
     * Absolute number is calculated from percentage by rounding up. This can not be 0.
     * Defaults to 1. This field is beta-level and is enabled by default. The field applies to all pods in the range 0 to
     * Replicas-1. That means if there is any unavailable pod in the range 0 to Replicas-1, it
     * will be counted towards MaxUnavailable.
     * This setting might not be effective for the OrderedReady podManagementPolicy. That policy ensures pods are created and become ready one at a time.
     *
     * @default 1. This field is beta-level and is enabled by default. The field applies to all pods in the range 0 to
     * @schema LogstashSpecUpdateStrategyRollingUpdate#maxUnavailable
     */
    readonly maxUnavailable?: LogstashSpecUpdateStrategyRollingUpdateMaxUnavailable;
    /**
     * Partition indicates the ordinal at which the StatefulSet should be partitioned
     * for updates. During a rolling update, all pods from ordinal Replicas-1 to
     * Partition are updated. All pods from ordinal Partition-1 to 0 remain untouched.
     * This is helpful in being able to do a canary based deployment. The default value is 0.
     *
     * @schema LogstashSpecUpdateStrategyRollingUpdate#partition
     */
    readonly partition?: number;
}
/**
 * Converts an object of type 'LogstashSpecUpdateStrategyRollingUpdate' to JSON representation.
 */
export declare function toJson_LogstashSpecUpdateStrategyRollingUpdate(obj: LogstashSpecUpdateStrategyRollingUpdate | undefined): Record<string, any> | undefined;
/**
 * Standard object's metadata.
 * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
 *
 * @schema LogstashSpecVolumeClaimTemplatesMetadata
 */
export interface LogstashSpecVolumeClaimTemplatesMetadata {
    /**
     * @schema LogstashSpecVolumeClaimTemplatesMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema LogstashSpecVolumeClaimTemplatesMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema LogstashSpecVolumeClaimTemplatesMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema LogstashSpecVolumeClaimTemplatesMetadata#name
     */
    readonly name?: string;
    /**
     * @schema LogstashSpecVolumeClaimTemplatesMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'LogstashSpecVolumeClaimTemplatesMetadata' to JSON representation.
 */
export declare function toJson_LogstashSpecVolumeClaimTemplatesMetadata(obj: LogstashSpecVolumeClaimTemplatesMetadata | undefined): Record<string, any> | undefined;
/**
 * spec defines the desired characteristics of a volume requested by a pod author.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
 *
 * @schema LogstashSpecVolumeClaimTemplatesSpec
 */
export interface LogstashSpecVolumeClaimTemplatesSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * dataSource field can be used to specify either:
     * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
     * * An existing PVC (PersistentVolumeClaim)
     * If the provisioner or an external controller can support the specified data source,
     * it will create a new volume based on the contents of the specified data source.
     * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
     * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
     * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpec#dataSource
     */
    readonly dataSource?: LogstashSpecVolumeClaimTemplatesSpecDataSource;
    /**
     * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
     * volume is desired. This may be any object from a non-empty API group (non
     * core object) or a PersistentVolumeClaim object.
     * When this field is specified, volume binding will only succeed if the type of
     * the specified object matches some installed volume populator or dynamic
     * provisioner.
     * This field will replace the functionality of the dataSource field and as such
     * if both fields are non-empty, they must have the same value. For backwards
     * compatibility, when namespace isn't specified in dataSourceRef,
     * both fields (dataSource and dataSourceRef) will be set to the same
     * value automatically if one of them is empty and the other is non-empty.
     * When namespace is specified in dataSourceRef,
     * dataSource isn't set to the same value and must be empty.
     * There are three important differences between dataSource and dataSourceRef:
     * * While dataSource only allows two specific types of objects, dataSourceRef
     * allows any non-core object, as well as PersistentVolumeClaim objects.
     * * While dataSource ignores disallowed values (dropping them), dataSourceRef
     * preserves all values, and generates an error if a disallowed value is
     * specified.
     * * While dataSource only allows local objects, dataSourceRef allows objects
     * in any namespaces.
     * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
     * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpec#dataSourceRef
     */
    readonly dataSourceRef?: LogstashSpecVolumeClaimTemplatesSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * Users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpec#resources
     */
    readonly resources?: LogstashSpecVolumeClaimTemplatesSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpec#selector
     */
    readonly selector?: LogstashSpecVolumeClaimTemplatesSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
     * If specified, the CSI driver will create or update the volume with the attributes defined
     * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
     * it can be changed after the claim is created. An empty string or nil value indicates that no
     * VolumeAttributesClass will be applied to the claim. If the claim enters an Infeasible error state,
     * this field can be reset to its previous value (including nil) to cancel the modification.
     * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
     * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
     * exists.
     * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'LogstashSpecVolumeClaimTemplatesSpec' to JSON representation.
 */
export declare function toJson_LogstashSpecVolumeClaimTemplatesSpec(obj: LogstashSpecVolumeClaimTemplatesSpec | undefined): Record<string, any> | undefined;
/**
 * status represents the current information/status of a persistent volume claim.
 * Read-only.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
 *
 * @schema LogstashSpecVolumeClaimTemplatesStatus
 */
export interface LogstashSpecVolumeClaimTemplatesStatus {
    /**
     * accessModes contains the actual access modes the volume backing the PVC has.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema LogstashSpecVolumeClaimTemplatesStatus#accessModes
     */
    readonly accessModes?: string[];
    /**
     * allocatedResourceStatuses stores status of resource being resized for the given PVC.
     * Key names follow standard Kubernetes label syntax. Valid values are either:
     * * Un-prefixed keys:
     * - storage - the capacity of the volume.
     * * Custom resources must use implementation-defined prefixed names such as "example.com/my-custom-resource"
     * Apart from above values - keys that are unprefixed or have kubernetes.io prefix are considered
     * reserved and hence may not be used.
     *
     * ClaimResourceStatus can be in any of following states:
     * - ControllerResizeInProgress:
     * State set when resize controller starts resizing the volume in control-plane.
     * - ControllerResizeFailed:
     * State set when resize has failed in resize controller with a terminal error.
     * - NodeResizePending:
     * State set when resize controller has finished resizing the volume but further resizing of
     * volume is needed on the node.
     * - NodeResizeInProgress:
     * State set when kubelet starts resizing the volume.
     * - NodeResizeFailed:
     * State set when resizing has failed in kubelet with a terminal error. Transient errors don't set
     * NodeResizeFailed.
     * For example: if expanding a PVC for more capacity - this field can be one of the following states:
     * - pvc.status.allocatedResourceStatus['storage'] = "ControllerResizeInProgress"
     * - pvc.status.allocatedResourceStatus['storage'] = "ControllerResizeFailed"
     * - pvc.status.allocatedResourceStatus['storage'] = "NodeResizePending"
     * - pvc.status.allocatedResourceStatus['storage'] = "NodeResizeInProgress"
     * - pvc.status.allocatedResourceStatus['storage'] = "NodeResizeFailed"
     * When this field is not set, it means that no resize operation is in progress for the given PVC.
     *
     * A controller that receives PVC update with previously unknown resourceName or ClaimResourceStatus
     * should ignore the update for the purpose it was designed. For example - a controller that
     * only is responsible for resizing capacity of the volume, should ignore PVC updates that change other valid
     * resources associated with PVC.
     *
     * @schema LogstashSpecVolumeClaimTemplatesStatus#allocatedResourceStatuses
     */
    readonly allocatedResourceStatuses?: {
        [key: string]: string;
    };
    /**
     * allocatedResources tracks the resources allocated to a PVC including its capacity.
     * Key names follow standard Kubernetes label syntax. Valid values are either:
     * * Un-prefixed keys:
     * - storage - the capacity of the volume.
     * * Custom resources must use implementation-defined prefixed names such as "example.com/my-custom-resource"
     * Apart from above values - keys that are unprefixed or have kubernetes.io prefix are considered
     * reserved and hence may not be used.
     *
     * Capacity reported here may be larger than the actual capacity when a volume expansion operation
     * is requested.
     * For storage quota, the larger value from allocatedResources and PVC.spec.resources is used.
     * If allocatedResources is not set, PVC.spec.resources alone is used for quota calculation.
     * If a volume expansion capacity request is lowered, allocatedResources is only
     * lowered if there are no expansion operations in progress and if the actual volume capacity
     * is equal or lower than the requested capacity.
     *
     * A controller that receives PVC update with previously unknown resourceName
     * should ignore the update for the purpose it was designed. For example - a controller that
     * only is responsible for resizing capacity of the volume, should ignore PVC updates that change other valid
     * resources associated with PVC.
     *
     * @schema LogstashSpecVolumeClaimTemplatesStatus#allocatedResources
     */
    readonly allocatedResources?: {
        [key: string]: LogstashSpecVolumeClaimTemplatesStatusAllocatedResources;
    };
    /**
     * capacity represents the actual resources of the underlying volume.
     *
     * @schema LogstashSpecVolumeClaimTemplatesStatus#capacity
     */
    readonly capacity?: {
        [key: string]: LogstashSpecVolumeClaimTemplatesStatusCapacity;
    };
    /**
     * conditions is the current Condition of persistent volume claim. If underlying persistent volume is being
     * resized then the Condition will be set to 'Resizing'.
     *
     * @schema LogstashSpecVolumeClaimTemplatesStatus#conditions
     */
    readonly conditions?: LogstashSpecVolumeClaimTemplatesStatusConditions[];
    /**
     * currentVolumeAttributesClassName is the current name of the VolumeAttributesClass the PVC is using.
     * When unset, there is no VolumeAttributeClass applied to this PersistentVolumeClaim
     *
     * @schema LogstashSpecVolumeClaimTemplatesStatus#currentVolumeAttributesClassName
     */
    readonly currentVolumeAttributesClassName?: string;
    /**
     * ModifyVolumeStatus represents the status object of ControllerModifyVolume operation.
     * When this is unset, there is no ModifyVolume operation being attempted.
     *
     * @schema LogstashSpecVolumeClaimTemplatesStatus#modifyVolumeStatus
     */
    readonly modifyVolumeStatus?: LogstashSpecVolumeClaimTemplatesStatusModifyVolumeStatus;
    /**
     * phase represents the current phase of PersistentVolumeClaim.
     *
     * @schema LogstashSpecVolumeClaimTemplatesStatus#phase
     */
    readonly phase?: string;
}
/**
 * Converts an object of type 'LogstashSpecVolumeClaimTemplatesStatus' to JSON representation.
 */
export declare function toJson_LogstashSpecVolumeClaimTemplatesStatus(obj: LogstashSpecVolumeClaimTemplatesStatus | undefined): Record<string, any> | undefined;
/**
 * ObjectSelector defines a reference to a Kubernetes object which can be an Elastic resource managed by the operator
 * or a Secret describing an external Elastic resource not managed by the operator.
 *
 * @schema LogstashSpecMonitoringLogsElasticsearchRefs
 */
export interface LogstashSpecMonitoringLogsElasticsearchRefs {
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema LogstashSpecMonitoringLogsElasticsearchRefs#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema LogstashSpecMonitoringLogsElasticsearchRefs#namespace
     */
    readonly namespace?: string;
    /**
     * SecretName is the name of an existing Kubernetes secret that contains connection information for associating an
     * Elastic resource not managed by the operator.
     * The referenced secret must contain the following:
     * - `url`: the URL to reach the Elastic resource
     * - `username`: the username of the user to be authenticated to the Elastic resource
     * - `password`: the password of the user to be authenticated to the Elastic resource
     * - `ca.crt`: the CA certificate in PEM format (optional)
     * - `api-key`: the key to authenticate against the Elastic resource instead of a username and password (supported only for `elasticsearchRefs` in AgentSpec and in BeatSpec)
     * This field cannot be used in combination with the other fields name, namespace or serviceName.
     *
     * @schema LogstashSpecMonitoringLogsElasticsearchRefs#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema LogstashSpecMonitoringLogsElasticsearchRefs#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'LogstashSpecMonitoringLogsElasticsearchRefs' to JSON representation.
 */
export declare function toJson_LogstashSpecMonitoringLogsElasticsearchRefs(obj: LogstashSpecMonitoringLogsElasticsearchRefs | undefined): Record<string, any> | undefined;
/**
 * ObjectSelector defines a reference to a Kubernetes object which can be an Elastic resource managed by the operator
 * or a Secret describing an external Elastic resource not managed by the operator.
 *
 * @schema LogstashSpecMonitoringMetricsElasticsearchRefs
 */
export interface LogstashSpecMonitoringMetricsElasticsearchRefs {
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema LogstashSpecMonitoringMetricsElasticsearchRefs#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema LogstashSpecMonitoringMetricsElasticsearchRefs#namespace
     */
    readonly namespace?: string;
    /**
     * SecretName is the name of an existing Kubernetes secret that contains connection information for associating an
     * Elastic resource not managed by the operator.
     * The referenced secret must contain the following:
     * - `url`: the URL to reach the Elastic resource
     * - `username`: the username of the user to be authenticated to the Elastic resource
     * - `password`: the password of the user to be authenticated to the Elastic resource
     * - `ca.crt`: the CA certificate in PEM format (optional)
     * - `api-key`: the key to authenticate against the Elastic resource instead of a username and password (supported only for `elasticsearchRefs` in AgentSpec and in BeatSpec)
     * This field cannot be used in combination with the other fields name, namespace or serviceName.
     *
     * @schema LogstashSpecMonitoringMetricsElasticsearchRefs#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema LogstashSpecMonitoringMetricsElasticsearchRefs#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'LogstashSpecMonitoringMetricsElasticsearchRefs' to JSON representation.
 */
export declare function toJson_LogstashSpecMonitoringMetricsElasticsearchRefs(obj: LogstashSpecMonitoringMetricsElasticsearchRefs | undefined): Record<string, any> | undefined;
/**
 * CPU overrides the main container's CPU request/limit when the parent Resources
 * is merged into a PodTemplate. A nil value means "do not override": any CPU
 * value already set on the main container in the PodTemplate is passed through
 * unchanged. Setting this field to nil does not unset a CPU value present in
 * the PodTemplate; to remove it, edit the PodTemplate's container resources.
 * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
 *
 * @schema LogstashSpecResourcesLimitsCpu
 */
export declare class LogstashSpecResourcesLimitsCpu {
    readonly value: number | string;
    static fromNumber(value: number): LogstashSpecResourcesLimitsCpu;
    static fromString(value: string): LogstashSpecResourcesLimitsCpu;
    private constructor();
}
/**
 * Memory overrides the main container's memory request/limit when the parent
 * Resources is merged into a PodTemplate. A nil value means "do not override":
 * any memory value already set on the main container in the PodTemplate is
 * passed through unchanged. Setting this field to nil does not unset a memory
 * value present in the PodTemplate; to remove it, edit the PodTemplate's
 * container resources.
 * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
 *
 * @schema LogstashSpecResourcesLimitsMemory
 */
export declare class LogstashSpecResourcesLimitsMemory {
    readonly value: number | string;
    static fromNumber(value: number): LogstashSpecResourcesLimitsMemory;
    static fromString(value: string): LogstashSpecResourcesLimitsMemory;
    private constructor();
}
/**
 * CPU overrides the main container's CPU request/limit when the parent Resources
 * is merged into a PodTemplate. A nil value means "do not override": any CPU
 * value already set on the main container in the PodTemplate is passed through
 * unchanged. Setting this field to nil does not unset a CPU value present in
 * the PodTemplate; to remove it, edit the PodTemplate's container resources.
 * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
 *
 * @schema LogstashSpecResourcesRequestsCpu
 */
export declare class LogstashSpecResourcesRequestsCpu {
    readonly value: number | string;
    static fromNumber(value: number): LogstashSpecResourcesRequestsCpu;
    static fromString(value: string): LogstashSpecResourcesRequestsCpu;
    private constructor();
}
/**
 * Memory overrides the main container's memory request/limit when the parent
 * Resources is merged into a PodTemplate. A nil value means "do not override":
 * any memory value already set on the main container in the PodTemplate is
 * passed through unchanged. Setting this field to nil does not unset a memory
 * value present in the PodTemplate; to remove it, edit the PodTemplate's
 * container resources.
 * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
 *
 * @schema LogstashSpecResourcesRequestsMemory
 */
export declare class LogstashSpecResourcesRequestsMemory {
    readonly value: number | string;
    static fromNumber(value: number): LogstashSpecResourcesRequestsMemory;
    static fromString(value: string): LogstashSpecResourcesRequestsMemory;
    private constructor();
}
/**
 * ObjectMeta is the metadata of the service.
 * The name and namespace provided here are managed by ECK and will be ignored.
 *
 * @schema LogstashSpecServicesServiceMetadata
 */
export interface LogstashSpecServicesServiceMetadata {
    /**
     * @schema LogstashSpecServicesServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema LogstashSpecServicesServiceMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema LogstashSpecServicesServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema LogstashSpecServicesServiceMetadata#name
     */
    readonly name?: string;
    /**
     * @schema LogstashSpecServicesServiceMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'LogstashSpecServicesServiceMetadata' to JSON representation.
 */
export declare function toJson_LogstashSpecServicesServiceMetadata(obj: LogstashSpecServicesServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Spec is the specification of the service.
 *
 * @schema LogstashSpecServicesServiceSpec
 */
export interface LogstashSpecServicesServiceSpec {
    /**
     * allocateLoadBalancerNodePorts defines if NodePorts will be automatically
     * allocated for services with type LoadBalancer.  Default is "true". It
     * may be set to "false" if the cluster load-balancer does not rely on
     * NodePorts.  If the caller requests specific NodePorts (by specifying a
     * value), those requests will be respected, regardless of this field.
     * This field may only be set for services with type LoadBalancer and will
     * be cleared if the type is changed to any other type.
     *
     * @default true". It
     * @schema LogstashSpecServicesServiceSpec#allocateLoadBalancerNodePorts
     */
    readonly allocateLoadBalancerNodePorts?: boolean;
    /**
     * clusterIP is the IP address of the service and is usually assigned
     * randomly. If an address is specified manually, is in-range (as per
     * system configuration), and is not in use, it will be allocated to the
     * service; otherwise creation of the service will fail. This field may not
     * be changed through updates unless the type field is also being changed
     * to ExternalName (which requires this field to be blank) or the type
     * field is being changed from ExternalName (in which case this field may
     * optionally be specified, as describe above).  Valid values are "None",
     * empty string (""), or a valid IP address. Setting this to "None" makes a
     * "headless service" (no virtual IP), which is useful when direct endpoint
     * connections are preferred and proxying is not required.  Only applies to
     * types ClusterIP, NodePort, and LoadBalancer. If this field is specified
     * when creating a Service of type ExternalName, creation will fail. This
     * field will be wiped when updating a Service to type ExternalName.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema LogstashSpecServicesServiceSpec#clusterIP
     */
    readonly clusterIp?: string;
    /**
     * ClusterIPs is a list of IP addresses assigned to this service, and are
     * usually assigned randomly.  If an address is specified manually, is
     * in-range (as per system configuration), and is not in use, it will be
     * allocated to the service; otherwise creation of the service will fail.
     * This field may not be changed through updates unless the type field is
     * also being changed to ExternalName (which requires this field to be
     * empty) or the type field is being changed from ExternalName (in which
     * case this field may optionally be specified, as describe above).  Valid
     * values are "None", empty string (""), or a valid IP address.  Setting
     * this to "None" makes a "headless service" (no virtual IP), which is
     * useful when direct endpoint connections are preferred and proxying is
     * not required.  Only applies to types ClusterIP, NodePort, and
     * LoadBalancer. If this field is specified when creating a Service of type
     * ExternalName, creation will fail. This field will be wiped when updating
     * a Service to type ExternalName.  If this field is not specified, it will
     * be initialized from the clusterIP field.  If this field is specified,
     * clients must ensure that clusterIPs[0] and clusterIP have the same
     * value.
     *
     * This field may hold a maximum of two entries (dual-stack IPs, in either order).
     * These IPs must correspond to the values of the ipFamilies field. Both
     * clusterIPs and ipFamilies are governed by the ipFamilyPolicy field.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema LogstashSpecServicesServiceSpec#clusterIPs
     */
    readonly clusterIPs?: string[];
    /**
     * externalIPs is a list of IP addresses for which nodes in the cluster
     * will also accept traffic for this service.  These IPs are not managed by
     * Kubernetes.  The user is responsible for ensuring that traffic arrives
     * at a node with this IP.  A common example is external load-balancers
     * that are not part of the Kubernetes system.
     *
     * @schema LogstashSpecServicesServiceSpec#externalIPs
     */
    readonly externalIPs?: string[];
    /**
     * externalName is the external reference that discovery mechanisms will
     * return as an alias for this service (e.g. a DNS CNAME record). No
     * proxying will be involved.  Must be a lowercase RFC-1123 hostname
     * (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".
     *
     * @schema LogstashSpecServicesServiceSpec#externalName
     */
    readonly externalName?: string;
    /**
     * externalTrafficPolicy describes how nodes distribute service traffic they
     * receive on one of the Service's "externally-facing" addresses (NodePorts,
     * ExternalIPs, and LoadBalancer IPs). If set to "Local", the proxy will configure
     * the service in a way that assumes that external load balancers will take care
     * of balancing the service traffic between nodes, and so each node will deliver
     * traffic only to the node-local endpoints of the service, without masquerading
     * the client source IP. (Traffic mistakenly sent to a node with no endpoints will
     * be dropped.) The default value, "Cluster", uses the standard behavior of
     * routing to all endpoints evenly (possibly modified by topology and other
     * features). Note that traffic sent to an External IP or LoadBalancer IP from
     * within the cluster will always get "Cluster" semantics, but clients sending to
     * a NodePort from within the cluster may need to take traffic policy into account
     * when picking a node.
     *
     * @schema LogstashSpecServicesServiceSpec#externalTrafficPolicy
     */
    readonly externalTrafficPolicy?: string;
    /**
     * healthCheckNodePort specifies the healthcheck nodePort for the service.
     * This only applies when type is set to LoadBalancer and
     * externalTrafficPolicy is set to Local. If a value is specified, is
     * in-range, and is not in use, it will be used.  If not specified, a value
     * will be automatically allocated.  External systems (e.g. load-balancers)
     * can use this port to determine if a given node holds endpoints for this
     * service or not.  If this field is specified when creating a Service
     * which does not need it, creation will fail. This field will be wiped
     * when updating a Service to no longer need it (e.g. changing type).
     * This field cannot be updated once set.
     *
     * @schema LogstashSpecServicesServiceSpec#healthCheckNodePort
     */
    readonly healthCheckNodePort?: number;
    /**
     * InternalTrafficPolicy describes how nodes distribute service traffic they
     * receive on the ClusterIP. If set to "Local", the proxy will assume that pods
     * only want to talk to endpoints of the service on the same node as the pod,
     * dropping the traffic if there are no local endpoints. The default value,
     * "Cluster", uses the standard behavior of routing to all endpoints evenly
     * (possibly modified by topology and other features).
     *
     * @schema LogstashSpecServicesServiceSpec#internalTrafficPolicy
     */
    readonly internalTrafficPolicy?: string;
    /**
     * IPFamilies is a list of IP families (e.g. IPv4, IPv6) assigned to this
     * service. This field is usually assigned automatically based on cluster
     * configuration and the ipFamilyPolicy field. If this field is specified
     * manually, the requested family is available in the cluster,
     * and ipFamilyPolicy allows it, it will be used; otherwise creation of
     * the service will fail. This field is conditionally mutable: it allows
     * for adding or removing a secondary IP family, but it does not allow
     * changing the primary IP family of the Service. Valid values are "IPv4"
     * and "IPv6".  This field only applies to Services of types ClusterIP,
     * NodePort, and LoadBalancer, and does apply to "headless" services.
     * This field will be wiped when updating a Service to type ExternalName.
     *
     * This field may hold a maximum of two entries (dual-stack families, in
     * either order).  These families must correspond to the values of the
     * clusterIPs field, if specified. Both clusterIPs and ipFamilies are
     * governed by the ipFamilyPolicy field.
     *
     * @schema LogstashSpecServicesServiceSpec#ipFamilies
     */
    readonly ipFamilies?: string[];
    /**
     * IPFamilyPolicy represents the dual-stack-ness requested or required by
     * this Service. If there is no value provided, then this field will be set
     * to SingleStack. Services can be "SingleStack" (a single IP family),
     * "PreferDualStack" (two IP families on dual-stack configured clusters or
     * a single IP family on single-stack clusters), or "RequireDualStack"
     * (two IP families on dual-stack configured clusters, otherwise fail). The
     * ipFamilies and clusterIPs fields depend on the value of this field. This
     * field will be wiped when updating a service to type ExternalName.
     *
     * @schema LogstashSpecServicesServiceSpec#ipFamilyPolicy
     */
    readonly ipFamilyPolicy?: string;
    /**
     * loadBalancerClass is the class of the load balancer implementation this Service belongs to.
     * If specified, the value of this field must be a label-style identifier, with an optional prefix,
     * e.g. "internal-vip" or "example.com/internal-vip". Unprefixed names are reserved for end-users.
     * This field can only be set when the Service type is 'LoadBalancer'. If not set, the default load
     * balancer implementation is used, today this is typically done through the cloud provider integration,
     * but should apply for any default implementation. If set, it is assumed that a load balancer
     * implementation is watching for Services with a matching class. Any default load balancer
     * implementation (e.g. cloud providers) should ignore Services that set this field.
     * This field can only be set when creating or updating a Service to type 'LoadBalancer'.
     * Once set, it can not be changed. This field will be wiped when a service is updated to a non 'LoadBalancer' type.
     *
     * @schema LogstashSpecServicesServiceSpec#loadBalancerClass
     */
    readonly loadBalancerClass?: string;
    /**
     * Only applies to Service Type: LoadBalancer.
     * This feature depends on whether the underlying cloud-provider supports specifying
     * the loadBalancerIP when a load balancer is created.
     * This field will be ignored if the cloud-provider does not support the feature.
     * Deprecated: This field was under-specified and its meaning varies across implementations.
     * Using it is non-portable and it may not support dual-stack.
     * Users are encouraged to use implementation-specific annotations when available.
     *
     * @schema LogstashSpecServicesServiceSpec#loadBalancerIP
     */
    readonly loadBalancerIp?: string;
    /**
     * If specified and supported by the platform, this will restrict traffic through the cloud-provider
     * load-balancer will be restricted to the specified client IPs. This field will be ignored if the
     * cloud-provider does not support the feature."
     * More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/
     *
     * @schema LogstashSpecServicesServiceSpec#loadBalancerSourceRanges
     */
    readonly loadBalancerSourceRanges?: string[];
    /**
     * The list of ports that are exposed by this service.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema LogstashSpecServicesServiceSpec#ports
     */
    readonly ports?: LogstashSpecServicesServiceSpecPorts[];
    /**
     * publishNotReadyAddresses indicates that any agent which deals with endpoints for this
     * Service should disregard any indications of ready/not-ready.
     * The primary use case for setting this field is for a StatefulSet's Headless Service to
     * propagate SRV DNS records for its Pods for the purpose of peer discovery.
     * The Kubernetes controllers that generate Endpoints and EndpointSlice resources for
     * Services interpret this to mean that all endpoints are considered "ready" even if the
     * Pods themselves are not. Agents which consume only Kubernetes generated endpoints
     * through the Endpoints or EndpointSlice resources can safely assume this behavior.
     *
     * @schema LogstashSpecServicesServiceSpec#publishNotReadyAddresses
     */
    readonly publishNotReadyAddresses?: boolean;
    /**
     * Route service traffic to pods with label keys and values matching this
     * selector. If empty or not present, the service is assumed to have an
     * external process managing its endpoints, which Kubernetes will not
     * modify. Only applies to types ClusterIP, NodePort, and LoadBalancer.
     * Ignored if type is ExternalName.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/
     *
     * @schema LogstashSpecServicesServiceSpec#selector
     */
    readonly selector?: {
        [key: string]: string;
    };
    /**
     * Supports "ClientIP" and "None". Used to maintain session affinity.
     * Enable client IP based session affinity.
     * Must be ClientIP or None.
     * Defaults to None.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @default None.
     * @schema LogstashSpecServicesServiceSpec#sessionAffinity
     */
    readonly sessionAffinity?: string;
    /**
     * sessionAffinityConfig contains the configurations of session affinity.
     *
     * @schema LogstashSpecServicesServiceSpec#sessionAffinityConfig
     */
    readonly sessionAffinityConfig?: LogstashSpecServicesServiceSpecSessionAffinityConfig;
    /**
     * TrafficDistribution offers a way to express preferences for how traffic
     * is distributed to Service endpoints. Implementations can use this field
     * as a hint, but are not required to guarantee strict adherence. If the
     * field is not set, the implementation will apply its default routing
     * strategy. If set to "PreferClose", implementations should prioritize
     * endpoints that are in the same zone.
     *
     * @schema LogstashSpecServicesServiceSpec#trafficDistribution
     */
    readonly trafficDistribution?: string;
    /**
     * type determines how the Service is exposed. Defaults to ClusterIP. Valid
     * options are ExternalName, ClusterIP, NodePort, and LoadBalancer.
     * "ClusterIP" allocates a cluster-internal IP address for load-balancing
     * to endpoints. Endpoints are determined by the selector or if that is not
     * specified, by manual construction of an Endpoints object or
     * EndpointSlice objects. If clusterIP is "None", no virtual IP is
     * allocated and the endpoints are published as a set of endpoints rather
     * than a virtual IP.
     * "NodePort" builds on ClusterIP and allocates a port on every node which
     * routes to the same endpoints as the clusterIP.
     * "LoadBalancer" builds on NodePort and creates an external load-balancer
     * (if supported in the current cloud) which routes to the same endpoints
     * as the clusterIP.
     * "ExternalName" aliases this service to the specified externalName.
     * Several other fields do not apply to ExternalName services.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#publishing-services-service-types
     *
     * @default ClusterIP. Valid
     * @schema LogstashSpecServicesServiceSpec#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'LogstashSpecServicesServiceSpec' to JSON representation.
 */
export declare function toJson_LogstashSpecServicesServiceSpec(obj: LogstashSpecServicesServiceSpec | undefined): Record<string, any> | undefined;
/**
 * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
 * The referenced secret should contain the following:
 *
 * - `ca.crt`: The certificate authority (optional).
 * - `tls.crt`: The certificate (or a chain).
 * - `tls.key`: The private key to the first certificate in the certificate chain.
 *
 * @schema LogstashSpecServicesTlsCertificate
 */
export interface LogstashSpecServicesTlsCertificate {
    /**
     * SecretName is the name of the secret.
     *
     * @schema LogstashSpecServicesTlsCertificate#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'LogstashSpecServicesTlsCertificate' to JSON representation.
 */
export declare function toJson_LogstashSpecServicesTlsCertificate(obj: LogstashSpecServicesTlsCertificate | undefined): Record<string, any> | undefined;
/**
 * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
 *
 * @schema LogstashSpecServicesTlsSelfSignedCertificate
 */
export interface LogstashSpecServicesTlsSelfSignedCertificate {
    /**
     * Disabled indicates that the provisioning of the self-signed certificate should be disabled.
     *
     * @schema LogstashSpecServicesTlsSelfSignedCertificate#disabled
     */
    readonly disabled?: boolean;
    /**
     * SubjectAlternativeNames is a list of SANs to include in the generated HTTP TLS certificate.
     *
     * @schema LogstashSpecServicesTlsSelfSignedCertificate#subjectAltNames
     */
    readonly subjectAltNames?: LogstashSpecServicesTlsSelfSignedCertificateSubjectAltNames[];
}
/**
 * Converts an object of type 'LogstashSpecServicesTlsSelfSignedCertificate' to JSON representation.
 */
export declare function toJson_LogstashSpecServicesTlsSelfSignedCertificate(obj: LogstashSpecServicesTlsSelfSignedCertificate | undefined): Record<string, any> | undefined;
/**
 * The maximum number of pods that can be unavailable during the update.
 * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
 * Absolute number is calculated from percentage by rounding up. This can not be 0.
 * Defaults to 1. This field is beta-level and is enabled by default. The field applies to all pods in the range 0 to
 * Replicas-1. That means if there is any unavailable pod in the range 0 to Replicas-1, it
 * will be counted towards MaxUnavailable.
 * This setting might not be effective for the OrderedReady podManagementPolicy. That policy ensures pods are created and become ready one at a time.
 *
 * @default 1. This field is beta-level and is enabled by default. The field applies to all pods in the range 0 to
 * @schema LogstashSpecUpdateStrategyRollingUpdateMaxUnavailable
 */
export declare class LogstashSpecUpdateStrategyRollingUpdateMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): LogstashSpecUpdateStrategyRollingUpdateMaxUnavailable;
    static fromString(value: string): LogstashSpecUpdateStrategyRollingUpdateMaxUnavailable;
    private constructor();
}
/**
 * dataSource field can be used to specify either:
 * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
 * * An existing PVC (PersistentVolumeClaim)
 * If the provisioner or an external controller can support the specified data source,
 * it will create a new volume based on the contents of the specified data source.
 * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
 * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
 * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
 *
 * @schema LogstashSpecVolumeClaimTemplatesSpecDataSource
 */
export interface LogstashSpecVolumeClaimTemplatesSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'LogstashSpecVolumeClaimTemplatesSpecDataSource' to JSON representation.
 */
export declare function toJson_LogstashSpecVolumeClaimTemplatesSpecDataSource(obj: LogstashSpecVolumeClaimTemplatesSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
 * volume is desired. This may be any object from a non-empty API group (non
 * core object) or a PersistentVolumeClaim object.
 * When this field is specified, volume binding will only succeed if the type of
 * the specified object matches some installed volume populator or dynamic
 * provisioner.
 * This field will replace the functionality of the dataSource field and as such
 * if both fields are non-empty, they must have the same value. For backwards
 * compatibility, when namespace isn't specified in dataSourceRef,
 * both fields (dataSource and dataSourceRef) will be set to the same
 * value automatically if one of them is empty and the other is non-empty.
 * When namespace is specified in dataSourceRef,
 * dataSource isn't set to the same value and must be empty.
 * There are three important differences between dataSource and dataSourceRef:
 * * While dataSource only allows two specific types of objects, dataSourceRef
 * allows any non-core object, as well as PersistentVolumeClaim objects.
 * * While dataSource ignores disallowed values (dropping them), dataSourceRef
 * preserves all values, and generates an error if a disallowed value is
 * specified.
 * * While dataSource only allows local objects, dataSourceRef allows objects
 * in any namespaces.
 * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
 * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
 *
 * @schema LogstashSpecVolumeClaimTemplatesSpecDataSourceRef
 */
export interface LogstashSpecVolumeClaimTemplatesSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'LogstashSpecVolumeClaimTemplatesSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_LogstashSpecVolumeClaimTemplatesSpecDataSourceRef(obj: LogstashSpecVolumeClaimTemplatesSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * Users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema LogstashSpecVolumeClaimTemplatesSpecResources
 */
export interface LogstashSpecVolumeClaimTemplatesSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpecResources#limits
     */
    readonly limits?: {
        [key: string]: LogstashSpecVolumeClaimTemplatesSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpecResources#requests
     */
    readonly requests?: {
        [key: string]: LogstashSpecVolumeClaimTemplatesSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'LogstashSpecVolumeClaimTemplatesSpecResources' to JSON representation.
 */
export declare function toJson_LogstashSpecVolumeClaimTemplatesSpecResources(obj: LogstashSpecVolumeClaimTemplatesSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema LogstashSpecVolumeClaimTemplatesSpecSelector
 */
export interface LogstashSpecVolumeClaimTemplatesSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpecSelector#matchExpressions
     */
    readonly matchExpressions?: LogstashSpecVolumeClaimTemplatesSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'LogstashSpecVolumeClaimTemplatesSpecSelector' to JSON representation.
 */
export declare function toJson_LogstashSpecVolumeClaimTemplatesSpecSelector(obj: LogstashSpecVolumeClaimTemplatesSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema LogstashSpecVolumeClaimTemplatesStatusAllocatedResources
 */
export declare class LogstashSpecVolumeClaimTemplatesStatusAllocatedResources {
    readonly value: number | string;
    static fromNumber(value: number): LogstashSpecVolumeClaimTemplatesStatusAllocatedResources;
    static fromString(value: string): LogstashSpecVolumeClaimTemplatesStatusAllocatedResources;
    private constructor();
}
/**
 * @schema LogstashSpecVolumeClaimTemplatesStatusCapacity
 */
export declare class LogstashSpecVolumeClaimTemplatesStatusCapacity {
    readonly value: number | string;
    static fromNumber(value: number): LogstashSpecVolumeClaimTemplatesStatusCapacity;
    static fromString(value: string): LogstashSpecVolumeClaimTemplatesStatusCapacity;
    private constructor();
}
/**
 * PersistentVolumeClaimCondition contains details about state of pvc
 *
 * @schema LogstashSpecVolumeClaimTemplatesStatusConditions
 */
export interface LogstashSpecVolumeClaimTemplatesStatusConditions {
    /**
     * lastProbeTime is the time we probed the condition.
     *
     * @schema LogstashSpecVolumeClaimTemplatesStatusConditions#lastProbeTime
     */
    readonly lastProbeTime?: Date;
    /**
     * lastTransitionTime is the time the condition transitioned from one status to another.
     *
     * @schema LogstashSpecVolumeClaimTemplatesStatusConditions#lastTransitionTime
     */
    readonly lastTransitionTime?: Date;
    /**
     * message is the human-readable message indicating details about last transition.
     *
     * @schema LogstashSpecVolumeClaimTemplatesStatusConditions#message
     */
    readonly message?: string;
    /**
     * reason is a unique, this should be a short, machine understandable string that gives the reason
     * for condition's last transition. If it reports "Resizing" that means the underlying
     * persistent volume is being resized.
     *
     * @schema LogstashSpecVolumeClaimTemplatesStatusConditions#reason
     */
    readonly reason?: string;
    /**
     * Status is the status of the condition.
     * Can be True, False, Unknown.
     * More info: https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/persistent-volume-claim-v1/#:~:text=state%20of%20pvc-,conditions.status,-(string)%2C%20required
     *
     * @schema LogstashSpecVolumeClaimTemplatesStatusConditions#status
     */
    readonly status: string;
    /**
     * Type is the type of the condition.
     * More info: https://kubernetes.io/docs/reference/kubernetes-api/config-and-storage-resources/persistent-volume-claim-v1/#:~:text=set%20to%20%27ResizeStarted%27.-,PersistentVolumeClaimCondition,-contains%20details%20about
     *
     * @schema LogstashSpecVolumeClaimTemplatesStatusConditions#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'LogstashSpecVolumeClaimTemplatesStatusConditions' to JSON representation.
 */
export declare function toJson_LogstashSpecVolumeClaimTemplatesStatusConditions(obj: LogstashSpecVolumeClaimTemplatesStatusConditions | undefined): Record<string, any> | undefined;
/**
 * ModifyVolumeStatus represents the status object of ControllerModifyVolume operation.
 * When this is unset, there is no ModifyVolume operation being attempted.
 *
 * @schema LogstashSpecVolumeClaimTemplatesStatusModifyVolumeStatus
 */
export interface LogstashSpecVolumeClaimTemplatesStatusModifyVolumeStatus {
    /**
     * status is the status of the ControllerModifyVolume operation. It can be in any of following states:
     * - Pending
     * Pending indicates that the PersistentVolumeClaim cannot be modified due to unmet requirements, such as
     * the specified VolumeAttributesClass not existing.
     * - InProgress
     * InProgress indicates that the volume is being modified.
     * - Infeasible
     * Infeasible indicates that the request has been rejected as invalid by the CSI driver. To
     * resolve the error, a valid VolumeAttributesClass needs to be specified.
     * Note: New statuses can be added in the future. Consumers should check for unknown statuses and fail appropriately.
     *
     * @schema LogstashSpecVolumeClaimTemplatesStatusModifyVolumeStatus#status
     */
    readonly status: string;
    /**
     * targetVolumeAttributesClassName is the name of the VolumeAttributesClass the PVC currently being reconciled
     *
     * @schema LogstashSpecVolumeClaimTemplatesStatusModifyVolumeStatus#targetVolumeAttributesClassName
     */
    readonly targetVolumeAttributesClassName?: string;
}
/**
 * Converts an object of type 'LogstashSpecVolumeClaimTemplatesStatusModifyVolumeStatus' to JSON representation.
 */
export declare function toJson_LogstashSpecVolumeClaimTemplatesStatusModifyVolumeStatus(obj: LogstashSpecVolumeClaimTemplatesStatusModifyVolumeStatus | undefined): Record<string, any> | undefined;
/**
 * ServicePort contains information on service's port.
 *
 * @schema LogstashSpecServicesServiceSpecPorts
 */
export interface LogstashSpecServicesServiceSpecPorts {
    /**
     * The application protocol for this port.
     * This is used as a hint for implementations to offer richer behavior for protocols that they understand.
     * This field follows standard Kubernetes label syntax.
     * Valid values are either:
     *
     * * Un-prefixed protocol names - reserved for IANA standard service names (as per
     * RFC-6335 and https://www.iana.org/assignments/service-names).
     *
     * * Kubernetes-defined prefixed names:
     * * 'kubernetes.io/h2c' - HTTP/2 prior knowledge over cleartext as described in https://www.rfc-editor.org/rfc/rfc9113.html#name-starting-http-2-with-prior-
     * * 'kubernetes.io/ws'  - WebSocket over cleartext as described in https://www.rfc-editor.org/rfc/rfc6455
     * * 'kubernetes.io/wss' - WebSocket over TLS as described in https://www.rfc-editor.org/rfc/rfc6455
     *
     * * Other protocols should use implementation-defined prefixed names such as
     * mycompany.com/my-custom-protocol.
     *
     * @schema LogstashSpecServicesServiceSpecPorts#appProtocol
     */
    readonly appProtocol?: string;
    /**
     * The name of this port within the service. This must be a DNS_LABEL.
     * All ports within a ServiceSpec must have unique names. When considering
     * the endpoints for a Service, this must match the 'name' field in the
     * EndpointPort.
     * Optional if only one ServicePort is defined on this service.
     *
     * @schema LogstashSpecServicesServiceSpecPorts#name
     */
    readonly name?: string;
    /**
     * The port on each node on which this service is exposed when type is
     * NodePort or LoadBalancer.  Usually assigned by the system. If a value is
     * specified, in-range, and not in use it will be used, otherwise the
     * operation will fail.  If not specified, a port will be allocated if this
     * Service requires one.  If this field is specified when creating a
     * Service which does not need it, creation will fail. This field will be
     * wiped when updating a Service to no longer need it (e.g. changing type
     * from NodePort to ClusterIP).
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#type-nodeport
     *
     * @schema LogstashSpecServicesServiceSpecPorts#nodePort
     */
    readonly nodePort?: number;
    /**
     * The port that will be exposed by this service.
     *
     * @schema LogstashSpecServicesServiceSpecPorts#port
     */
    readonly port: number;
    /**
     * The IP protocol for this port. Supports "TCP", "UDP", and "SCTP".
     * Default is TCP.
     *
     * @default TCP.
     * @schema LogstashSpecServicesServiceSpecPorts#protocol
     */
    readonly protocol?: string;
    /**
     * Number or name of the port to access on the pods targeted by the service.
     * Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.
     * If this is a string, it will be looked up as a named port in the
     * target Pod's container ports. If this is not specified, the value
     * of the 'port' field is used (an identity map).
     * This field is ignored for services with clusterIP=None, and should be
     * omitted or set equal to the 'port' field.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service
     *
     * @schema LogstashSpecServicesServiceSpecPorts#targetPort
     */
    readonly targetPort?: LogstashSpecServicesServiceSpecPortsTargetPort;
}
/**
 * Converts an object of type 'LogstashSpecServicesServiceSpecPorts' to JSON representation.
 */
export declare function toJson_LogstashSpecServicesServiceSpecPorts(obj: LogstashSpecServicesServiceSpecPorts | undefined): Record<string, any> | undefined;
/**
 * sessionAffinityConfig contains the configurations of session affinity.
 *
 * @schema LogstashSpecServicesServiceSpecSessionAffinityConfig
 */
export interface LogstashSpecServicesServiceSpecSessionAffinityConfig {
    /**
     * clientIP contains the configurations of Client IP based session affinity.
     *
     * @schema LogstashSpecServicesServiceSpecSessionAffinityConfig#clientIP
     */
    readonly clientIp?: LogstashSpecServicesServiceSpecSessionAffinityConfigClientIp;
}
/**
 * Converts an object of type 'LogstashSpecServicesServiceSpecSessionAffinityConfig' to JSON representation.
 */
export declare function toJson_LogstashSpecServicesServiceSpecSessionAffinityConfig(obj: LogstashSpecServicesServiceSpecSessionAffinityConfig | undefined): Record<string, any> | undefined;
/**
 * SubjectAlternativeName represents a SAN entry in a x509 certificate.
 *
 * @schema LogstashSpecServicesTlsSelfSignedCertificateSubjectAltNames
 */
export interface LogstashSpecServicesTlsSelfSignedCertificateSubjectAltNames {
    /**
     * DNS is the DNS name of the subject.
     *
     * @schema LogstashSpecServicesTlsSelfSignedCertificateSubjectAltNames#dns
     */
    readonly dns?: string;
    /**
     * IP is the IP address of the subject.
     *
     * @schema LogstashSpecServicesTlsSelfSignedCertificateSubjectAltNames#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'LogstashSpecServicesTlsSelfSignedCertificateSubjectAltNames' to JSON representation.
 */
export declare function toJson_LogstashSpecServicesTlsSelfSignedCertificateSubjectAltNames(obj: LogstashSpecServicesTlsSelfSignedCertificateSubjectAltNames | undefined): Record<string, any> | undefined;
/**
 * @schema LogstashSpecVolumeClaimTemplatesSpecResourcesLimits
 */
export declare class LogstashSpecVolumeClaimTemplatesSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): LogstashSpecVolumeClaimTemplatesSpecResourcesLimits;
    static fromString(value: string): LogstashSpecVolumeClaimTemplatesSpecResourcesLimits;
    private constructor();
}
/**
 * @schema LogstashSpecVolumeClaimTemplatesSpecResourcesRequests
 */
export declare class LogstashSpecVolumeClaimTemplatesSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): LogstashSpecVolumeClaimTemplatesSpecResourcesRequests;
    static fromString(value: string): LogstashSpecVolumeClaimTemplatesSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema LogstashSpecVolumeClaimTemplatesSpecSelectorMatchExpressions
 */
export interface LogstashSpecVolumeClaimTemplatesSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema LogstashSpecVolumeClaimTemplatesSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'LogstashSpecVolumeClaimTemplatesSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_LogstashSpecVolumeClaimTemplatesSpecSelectorMatchExpressions(obj: LogstashSpecVolumeClaimTemplatesSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Number or name of the port to access on the pods targeted by the service.
 * Number must be in the range 1 to 65535. Name must be an IANA_SVC_NAME.
 * If this is a string, it will be looked up as a named port in the
 * target Pod's container ports. If this is not specified, the value
 * of the 'port' field is used (an identity map).
 * This field is ignored for services with clusterIP=None, and should be
 * omitted or set equal to the 'port' field.
 * More info: https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service
 *
 * @schema LogstashSpecServicesServiceSpecPortsTargetPort
 */
export declare class LogstashSpecServicesServiceSpecPortsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): LogstashSpecServicesServiceSpecPortsTargetPort;
    static fromString(value: string): LogstashSpecServicesServiceSpecPortsTargetPort;
    private constructor();
}
/**
 * clientIP contains the configurations of Client IP based session affinity.
 *
 * @schema LogstashSpecServicesServiceSpecSessionAffinityConfigClientIp
 */
export interface LogstashSpecServicesServiceSpecSessionAffinityConfigClientIp {
    /**
     * timeoutSeconds specifies the seconds of ClientIP type session sticky time.
     * The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP".
     * Default value is 10800(for 3 hours).
     *
     * @schema LogstashSpecServicesServiceSpecSessionAffinityConfigClientIp#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'LogstashSpecServicesServiceSpecSessionAffinityConfigClientIp' to JSON representation.
 */
export declare function toJson_LogstashSpecServicesServiceSpecSessionAffinityConfigClientIp(obj: LogstashSpecServicesServiceSpecSessionAffinityConfigClientIp | undefined): Record<string, any> | undefined;
