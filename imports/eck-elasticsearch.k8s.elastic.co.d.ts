import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Elasticsearch represents an Elasticsearch resource in a Kubernetes cluster.
 *
 * @schema Elasticsearch
 */
export declare class Elasticsearch extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Elasticsearch"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Elasticsearch".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ElasticsearchProps): any;
    /**
     * Defines a "Elasticsearch" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ElasticsearchProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Elasticsearch represents an Elasticsearch resource in a Kubernetes cluster.
 *
 * @schema Elasticsearch
 */
export interface ElasticsearchProps {
    /**
     * @schema Elasticsearch#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ElasticsearchSpec holds the specification of an Elasticsearch cluster.
     *
     * @schema Elasticsearch#spec
     */
    readonly spec?: ElasticsearchSpec;
}
/**
 * Converts an object of type 'ElasticsearchProps' to JSON representation.
 */
export declare function toJson_ElasticsearchProps(obj: ElasticsearchProps | undefined): Record<string, any> | undefined;
/**
 * ElasticsearchSpec holds the specification of an Elasticsearch cluster.
 *
 * @schema ElasticsearchSpec
 */
export interface ElasticsearchSpec {
    /**
     * Auth contains user authentication and authorization security settings for Elasticsearch.
     *
     * @schema ElasticsearchSpec#auth
     */
    readonly auth?: ElasticsearchSpecAuth;
    /**
     * HTTP holds HTTP layer settings for Elasticsearch.
     *
     * @schema ElasticsearchSpec#http
     */
    readonly http?: ElasticsearchSpecHttp;
    /**
     * Image is the Elasticsearch Docker image to deploy.
     *
     * @schema ElasticsearchSpec#image
     */
    readonly image?: string;
    /**
     * Monitoring enables you to collect and ship log and monitoring data of this Elasticsearch cluster.
     * See https://www.elastic.co/docs/deploy-manage/monitor/stack-monitoring.
     * Metricbeat and Filebeat are deployed in the same Pod as sidecars and each one sends data to one or two different
     * Elasticsearch monitoring clusters running in the same Kubernetes cluster.
     *
     * @schema ElasticsearchSpec#monitoring
     */
    readonly monitoring?: ElasticsearchSpecMonitoring;
    /**
     * NodeSets allow specifying groups of Elasticsearch nodes sharing the same configuration and Pod templates.
     *
     * @schema ElasticsearchSpec#nodeSets
     */
    readonly nodeSets: ElasticsearchSpecNodeSets[];
    /**
     * PodDisruptionBudget provides access to the default Pod disruption budget(s) for the Elasticsearch cluster.
     * The behavior depends on the license level.
     * With a Basic license or if podDisruptionBudget.spec is not empty:
     * The default budget doesn't allow any Pod to be removed in case the cluster is not green or if there is only one node of type `data` or `master`.
     * In all other cases the default podDisruptionBudget sets `minAvailable` equal to the total number of nodes minus 1.
     * With an Enterprise license and if podDisruptionBudget.spec is empty:
     * The default budget is split into multiple budgets, each targeting a specific node role type allowing additional disruptions
     * for certain roles according to the health status of the cluster.
     * Example:
     * All data roles (excluding frozen): allows disruptions only when the cluster is green.
     * All other roles: allows disruptions only when the cluster is yellow or green.
     * To disable, set `podDisruptionBudget` to the empty value (`{}` in YAML).
     *
     * @schema ElasticsearchSpec#podDisruptionBudget
     */
    readonly podDisruptionBudget?: ElasticsearchSpecPodDisruptionBudget;
    /**
     * RemoteClusterServer specifies if the remote cluster server should be enabled.
     * This must be enabled if this cluster is a remote cluster which is expected to be accessed using API key authentication.
     *
     * @schema ElasticsearchSpec#remoteClusterServer
     */
    readonly remoteClusterServer?: ElasticsearchSpecRemoteClusterServer;
    /**
     * RemoteClusters enables you to establish uni-directional connections to a remote Elasticsearch cluster.
     *
     * @schema ElasticsearchSpec#remoteClusters
     */
    readonly remoteClusters?: ElasticsearchSpecRemoteClusters[];
    /**
     * RevisionHistoryLimit is the number of revisions to retain to allow rollback in the underlying StatefulSets.
     *
     * @schema ElasticsearchSpec#revisionHistoryLimit
     */
    readonly revisionHistoryLimit?: number;
    /**
     * SecureSettings is a list of references to Kubernetes secrets containing sensitive configuration options for Elasticsearch.
     *
     * @schema ElasticsearchSpec#secureSettings
     */
    readonly secureSettings?: ElasticsearchSpecSecureSettings[];
    /**
     * ServiceAccountName is used to check access from the current resource to a resource (for ex. a remote Elasticsearch cluster) in a different namespace.
     * Can only be used if ECK is enforcing RBAC on references.
     *
     * @schema ElasticsearchSpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * Transport holds transport layer settings for Elasticsearch.
     *
     * @schema ElasticsearchSpec#transport
     */
    readonly transport?: ElasticsearchSpecTransport;
    /**
     * UpdateStrategy specifies how updates to the cluster should be performed.
     *
     * @schema ElasticsearchSpec#updateStrategy
     */
    readonly updateStrategy?: ElasticsearchSpecUpdateStrategy;
    /**
     * Version of Elasticsearch.
     *
     * @schema ElasticsearchSpec#version
     */
    readonly version: string;
    /**
     * VolumeClaimDeletePolicy sets the policy for handling deletion of PersistentVolumeClaims for all NodeSets.
     * Possible values are DeleteOnScaledownOnly and DeleteOnScaledownAndClusterDeletion. Defaults to DeleteOnScaledownAndClusterDeletion.
     *
     * @default DeleteOnScaledownAndClusterDeletion.
     * @schema ElasticsearchSpec#volumeClaimDeletePolicy
     */
    readonly volumeClaimDeletePolicy?: ElasticsearchSpecVolumeClaimDeletePolicy;
}
/**
 * Converts an object of type 'ElasticsearchSpec' to JSON representation.
 */
export declare function toJson_ElasticsearchSpec(obj: ElasticsearchSpec | undefined): Record<string, any> | undefined;
/**
 * Auth contains user authentication and authorization security settings for Elasticsearch.
 *
 * @schema ElasticsearchSpecAuth
 */
export interface ElasticsearchSpecAuth {
    /**
     * DisableElasticUser disables the default elastic user that is created by ECK.
     *
     * @schema ElasticsearchSpecAuth#disableElasticUser
     */
    readonly disableElasticUser?: boolean;
    /**
     * FileRealm to propagate to the Elasticsearch cluster.
     *
     * @schema ElasticsearchSpecAuth#fileRealm
     */
    readonly fileRealm?: ElasticsearchSpecAuthFileRealm[];
    /**
     * Roles to propagate to the Elasticsearch cluster.
     *
     * @schema ElasticsearchSpecAuth#roles
     */
    readonly roles?: ElasticsearchSpecAuthRoles[];
}
/**
 * Converts an object of type 'ElasticsearchSpecAuth' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecAuth(obj: ElasticsearchSpecAuth | undefined): Record<string, any> | undefined;
/**
 * HTTP holds HTTP layer settings for Elasticsearch.
 *
 * @schema ElasticsearchSpecHttp
 */
export interface ElasticsearchSpecHttp {
    /**
     * Service defines the template for the associated Kubernetes Service object.
     *
     * @schema ElasticsearchSpecHttp#service
     */
    readonly service?: ElasticsearchSpecHttpService;
    /**
     * TLS defines options for configuring TLS for HTTP.
     *
     * @schema ElasticsearchSpecHttp#tls
     */
    readonly tls?: ElasticsearchSpecHttpTls;
}
/**
 * Converts an object of type 'ElasticsearchSpecHttp' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecHttp(obj: ElasticsearchSpecHttp | undefined): Record<string, any> | undefined;
/**
 * Monitoring enables you to collect and ship log and monitoring data of this Elasticsearch cluster.
 * See https://www.elastic.co/docs/deploy-manage/monitor/stack-monitoring.
 * Metricbeat and Filebeat are deployed in the same Pod as sidecars and each one sends data to one or two different
 * Elasticsearch monitoring clusters running in the same Kubernetes cluster.
 *
 * @schema ElasticsearchSpecMonitoring
 */
export interface ElasticsearchSpecMonitoring {
    /**
     * Logs holds references to Elasticsearch clusters which receive log data from an associated resource.
     *
     * @schema ElasticsearchSpecMonitoring#logs
     */
    readonly logs?: ElasticsearchSpecMonitoringLogs;
    /**
     * Metrics holds references to Elasticsearch clusters which receive monitoring data from this resource.
     *
     * @schema ElasticsearchSpecMonitoring#metrics
     */
    readonly metrics?: ElasticsearchSpecMonitoringMetrics;
}
/**
 * Converts an object of type 'ElasticsearchSpecMonitoring' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecMonitoring(obj: ElasticsearchSpecMonitoring | undefined): Record<string, any> | undefined;
/**
 * NodeSet is the specification for a group of Elasticsearch nodes sharing the same configuration and a Pod template.
 *
 * @schema ElasticsearchSpecNodeSets
 */
export interface ElasticsearchSpecNodeSets {
    /**
     * Config holds the Elasticsearch configuration.
     *
     * @schema ElasticsearchSpecNodeSets#config
     */
    readonly config?: any;
    /**
     * Count of Elasticsearch nodes to deploy.
     * If the node set is managed by an autoscaling policy the initial value is automatically set by the autoscaling controller.
     *
     * @schema ElasticsearchSpecNodeSets#count
     */
    readonly count?: number;
    /**
     * Name of this set of nodes. Becomes a part of the Elasticsearch node.name setting.
     *
     * @schema ElasticsearchSpecNodeSets#name
     */
    readonly name: string;
    /**
     * PodTemplate provides customization options (labels, annotations, affinity rules, resource requests, and so on) for the Pods belonging to this NodeSet.
     *
     * @schema ElasticsearchSpecNodeSets#podTemplate
     */
    readonly podTemplate?: any;
    /**
     * Resources specifies the resource requests and limits (CPU and Memory only) for the Elasticsearch nodes in this NodeSet. When set, these override the resource requests and limits set in the PodTemplate for the primary Elasticsearch container. To set the resources for other containers, use the PodTemplate.Spec.Containers[].Resources field.
     *
     * @schema ElasticsearchSpecNodeSets#resources
     */
    readonly resources?: ElasticsearchSpecNodeSetsResources;
    /**
     * VolumeClaimTemplates is a list of persistent volume claims to be used by each Pod in this NodeSet.
     * Every claim in this list must have a matching volumeMount in one of the containers defined in the PodTemplate.
     * Items defined here take precedence over any default claims added by the operator with the same name.
     *
     * @schema ElasticsearchSpecNodeSets#volumeClaimTemplates
     */
    readonly volumeClaimTemplates?: ElasticsearchSpecNodeSetsVolumeClaimTemplates[];
    /**
     * ZoneAwareness enables automatic topology-aware scheduling and shard-awareness configuration.
     *
     * @schema ElasticsearchSpecNodeSets#zoneAwareness
     */
    readonly zoneAwareness?: ElasticsearchSpecNodeSetsZoneAwareness;
}
/**
 * Converts an object of type 'ElasticsearchSpecNodeSets' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecNodeSets(obj: ElasticsearchSpecNodeSets | undefined): Record<string, any> | undefined;
/**
 * PodDisruptionBudget provides access to the default Pod disruption budget(s) for the Elasticsearch cluster.
 * The behavior depends on the license level.
 * With a Basic license or if podDisruptionBudget.spec is not empty:
 * The default budget doesn't allow any Pod to be removed in case the cluster is not green or if there is only one node of type `data` or `master`.
 * In all other cases the default podDisruptionBudget sets `minAvailable` equal to the total number of nodes minus 1.
 * With an Enterprise license and if podDisruptionBudget.spec is empty:
 * The default budget is split into multiple budgets, each targeting a specific node role type allowing additional disruptions
 * for certain roles according to the health status of the cluster.
 * Example:
 * All data roles (excluding frozen): allows disruptions only when the cluster is green.
 * All other roles: allows disruptions only when the cluster is yellow or green.
 * To disable, set `podDisruptionBudget` to the empty value (`{}` in YAML).
 *
 * @schema ElasticsearchSpecPodDisruptionBudget
 */
export interface ElasticsearchSpecPodDisruptionBudget {
    /**
     * ObjectMeta is the metadata of the PDB.
     * The name and namespace provided here are managed by ECK and will be ignored.
     *
     * @schema ElasticsearchSpecPodDisruptionBudget#metadata
     */
    readonly metadata?: ElasticsearchSpecPodDisruptionBudgetMetadata;
    /**
     * Spec is the specification of the PDB.
     *
     * @schema ElasticsearchSpecPodDisruptionBudget#spec
     */
    readonly spec?: ElasticsearchSpecPodDisruptionBudgetSpec;
}
/**
 * Converts an object of type 'ElasticsearchSpecPodDisruptionBudget' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecPodDisruptionBudget(obj: ElasticsearchSpecPodDisruptionBudget | undefined): Record<string, any> | undefined;
/**
 * RemoteClusterServer specifies if the remote cluster server should be enabled.
 * This must be enabled if this cluster is a remote cluster which is expected to be accessed using API key authentication.
 *
 * @schema ElasticsearchSpecRemoteClusterServer
 */
export interface ElasticsearchSpecRemoteClusterServer {
    /**
     * @schema ElasticsearchSpecRemoteClusterServer#enabled
     */
    readonly enabled?: boolean;
    /**
     * Service defines the template for the remote cluster server Service object.
     *
     * @schema ElasticsearchSpecRemoteClusterServer#service
     */
    readonly service?: ElasticsearchSpecRemoteClusterServerService;
}
/**
 * Converts an object of type 'ElasticsearchSpecRemoteClusterServer' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecRemoteClusterServer(obj: ElasticsearchSpecRemoteClusterServer | undefined): Record<string, any> | undefined;
/**
 * RemoteCluster declares a remote Elasticsearch cluster connection.
 *
 * @schema ElasticsearchSpecRemoteClusters
 */
export interface ElasticsearchSpecRemoteClusters {
    /**
     * APIKey can be used to enable remote cluster access using Cross-Cluster API keys: https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-cross-cluster-api-key
     *
     * @schema ElasticsearchSpecRemoteClusters#apiKey
     */
    readonly apiKey?: ElasticsearchSpecRemoteClustersApiKey;
    /**
     * ElasticsearchRef is a reference to an Elasticsearch cluster running within the same k8s cluster.
     *
     * @schema ElasticsearchSpecRemoteClusters#elasticsearchRef
     */
    readonly elasticsearchRef?: ElasticsearchSpecRemoteClustersElasticsearchRef;
    /**
     * Name is the name of the remote cluster as it is set in the Elasticsearch settings.
     * The name is expected to be unique for each remote clusters.
     *
     * @schema ElasticsearchSpecRemoteClusters#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecRemoteClusters' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecRemoteClusters(obj: ElasticsearchSpecRemoteClusters | undefined): Record<string, any> | undefined;
/**
 * SecretSource defines a data source based on a Kubernetes Secret.
 *
 * @schema ElasticsearchSpecSecureSettings
 */
export interface ElasticsearchSpecSecureSettings {
    /**
     * Entries define how to project each key-value pair in the secret to filesystem paths.
     * If not defined, all keys will be projected to similarly named paths in the filesystem.
     * If defined, only the specified keys will be projected to the corresponding paths.
     *
     * @schema ElasticsearchSpecSecureSettings#entries
     */
    readonly entries?: ElasticsearchSpecSecureSettingsEntries[];
    /**
     * SecretName is the name of the secret.
     *
     * @schema ElasticsearchSpecSecureSettings#secretName
     */
    readonly secretName: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecSecureSettings' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecSecureSettings(obj: ElasticsearchSpecSecureSettings | undefined): Record<string, any> | undefined;
/**
 * Transport holds transport layer settings for Elasticsearch.
 *
 * @schema ElasticsearchSpecTransport
 */
export interface ElasticsearchSpecTransport {
    /**
     * Service defines the template for the associated Kubernetes Service object.
     *
     * @schema ElasticsearchSpecTransport#service
     */
    readonly service?: ElasticsearchSpecTransportService;
    /**
     * TLS defines options for configuring TLS on the transport layer.
     *
     * @schema ElasticsearchSpecTransport#tls
     */
    readonly tls?: ElasticsearchSpecTransportTls;
}
/**
 * Converts an object of type 'ElasticsearchSpecTransport' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecTransport(obj: ElasticsearchSpecTransport | undefined): Record<string, any> | undefined;
/**
 * UpdateStrategy specifies how updates to the cluster should be performed.
 *
 * @schema ElasticsearchSpecUpdateStrategy
 */
export interface ElasticsearchSpecUpdateStrategy {
    /**
     * ChangeBudget defines the constraints to consider when applying changes to the Elasticsearch cluster.
     *
     * @schema ElasticsearchSpecUpdateStrategy#changeBudget
     */
    readonly changeBudget?: ElasticsearchSpecUpdateStrategyChangeBudget;
}
/**
 * Converts an object of type 'ElasticsearchSpecUpdateStrategy' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecUpdateStrategy(obj: ElasticsearchSpecUpdateStrategy | undefined): Record<string, any> | undefined;
/**
 * VolumeClaimDeletePolicy sets the policy for handling deletion of PersistentVolumeClaims for all NodeSets.
 * Possible values are DeleteOnScaledownOnly and DeleteOnScaledownAndClusterDeletion. Defaults to DeleteOnScaledownAndClusterDeletion.
 *
 * @default DeleteOnScaledownAndClusterDeletion.
 * @schema ElasticsearchSpecVolumeClaimDeletePolicy
 */
export declare enum ElasticsearchSpecVolumeClaimDeletePolicy {
    /** DeleteOnScaledownOnly */
    DELETE_ON_SCALEDOWN_ONLY = "DeleteOnScaledownOnly",
    /** DeleteOnScaledownAndClusterDeletion */
    DELETE_ON_SCALEDOWN_AND_CLUSTER_DELETION = "DeleteOnScaledownAndClusterDeletion"
}
/**
 * FileRealmSource references users to create in the Elasticsearch cluster.
 *
 * @schema ElasticsearchSpecAuthFileRealm
 */
export interface ElasticsearchSpecAuthFileRealm {
    /**
     * SecretName is the name of the secret.
     *
     * @schema ElasticsearchSpecAuthFileRealm#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecAuthFileRealm' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecAuthFileRealm(obj: ElasticsearchSpecAuthFileRealm | undefined): Record<string, any> | undefined;
/**
 * RoleSource references roles to create in the Elasticsearch cluster.
 *
 * @schema ElasticsearchSpecAuthRoles
 */
export interface ElasticsearchSpecAuthRoles {
    /**
     * SecretName is the name of the secret.
     *
     * @schema ElasticsearchSpecAuthRoles#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecAuthRoles' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecAuthRoles(obj: ElasticsearchSpecAuthRoles | undefined): Record<string, any> | undefined;
/**
 * Service defines the template for the associated Kubernetes Service object.
 *
 * @schema ElasticsearchSpecHttpService
 */
export interface ElasticsearchSpecHttpService {
    /**
     * ObjectMeta is the metadata of the service.
     * The name and namespace provided here are managed by ECK and will be ignored.
     *
     * @schema ElasticsearchSpecHttpService#metadata
     */
    readonly metadata?: ElasticsearchSpecHttpServiceMetadata;
    /**
     * Spec is the specification of the service.
     *
     * @schema ElasticsearchSpecHttpService#spec
     */
    readonly spec?: ElasticsearchSpecHttpServiceSpec;
}
/**
 * Converts an object of type 'ElasticsearchSpecHttpService' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecHttpService(obj: ElasticsearchSpecHttpService | undefined): Record<string, any> | undefined;
/**
 * TLS defines options for configuring TLS for HTTP.
 *
 * @schema ElasticsearchSpecHttpTls
 */
export interface ElasticsearchSpecHttpTls {
    /**
     * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
     * The referenced secret should contain the following:
     *
     * - `ca.crt`: The certificate authority (optional).
     * - `tls.crt`: The certificate (or a chain).
     * - `tls.key`: The private key to the first certificate in the certificate chain.
     *
     * @schema ElasticsearchSpecHttpTls#certificate
     */
    readonly certificate?: ElasticsearchSpecHttpTlsCertificate;
    /**
     * Client holds client configuration options.
     *
     * @schema ElasticsearchSpecHttpTls#client
     */
    readonly client?: ElasticsearchSpecHttpTlsClient;
    /**
     * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
     *
     * @schema ElasticsearchSpecHttpTls#selfSignedCertificate
     */
    readonly selfSignedCertificate?: ElasticsearchSpecHttpTlsSelfSignedCertificate;
}
/**
 * Converts an object of type 'ElasticsearchSpecHttpTls' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecHttpTls(obj: ElasticsearchSpecHttpTls | undefined): Record<string, any> | undefined;
/**
 * Logs holds references to Elasticsearch clusters which receive log data from an associated resource.
 *
 * @schema ElasticsearchSpecMonitoringLogs
 */
export interface ElasticsearchSpecMonitoringLogs {
    /**
     * ElasticsearchRefs is a reference to a list of monitoring Elasticsearch clusters running in the same Kubernetes cluster.
     * Due to existing limitations, only a single Elasticsearch cluster is currently supported.
     *
     * @schema ElasticsearchSpecMonitoringLogs#elasticsearchRefs
     */
    readonly elasticsearchRefs?: ElasticsearchSpecMonitoringLogsElasticsearchRefs[];
}
/**
 * Converts an object of type 'ElasticsearchSpecMonitoringLogs' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecMonitoringLogs(obj: ElasticsearchSpecMonitoringLogs | undefined): Record<string, any> | undefined;
/**
 * Metrics holds references to Elasticsearch clusters which receive monitoring data from this resource.
 *
 * @schema ElasticsearchSpecMonitoringMetrics
 */
export interface ElasticsearchSpecMonitoringMetrics {
    /**
     * ElasticsearchRefs is a reference to a list of monitoring Elasticsearch clusters running in the same Kubernetes cluster.
     * Due to existing limitations, only a single Elasticsearch cluster is currently supported.
     *
     * @schema ElasticsearchSpecMonitoringMetrics#elasticsearchRefs
     */
    readonly elasticsearchRefs?: ElasticsearchSpecMonitoringMetricsElasticsearchRefs[];
}
/**
 * Converts an object of type 'ElasticsearchSpecMonitoringMetrics' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecMonitoringMetrics(obj: ElasticsearchSpecMonitoringMetrics | undefined): Record<string, any> | undefined;
/**
 * Resources specifies the resource requests and limits (CPU and Memory only) for the Elasticsearch nodes in this NodeSet. When set, these override the resource requests and limits set in the PodTemplate for the primary Elasticsearch container. To set the resources for other containers, use the PodTemplate.Spec.Containers[].Resources field.
 *
 * @schema ElasticsearchSpecNodeSetsResources
 */
export interface ElasticsearchSpecNodeSetsResources {
    /**
     * Limits is the shorthand for the main container's CPU and memory limits.
     *
     * @schema ElasticsearchSpecNodeSetsResources#limits
     */
    readonly limits?: ElasticsearchSpecNodeSetsResourcesLimits;
    /**
     * Requests is the shorthand for the main container's CPU and memory requests.
     *
     * @schema ElasticsearchSpecNodeSetsResources#requests
     */
    readonly requests?: ElasticsearchSpecNodeSetsResourcesRequests;
}
/**
 * Converts an object of type 'ElasticsearchSpecNodeSetsResources' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecNodeSetsResources(obj: ElasticsearchSpecNodeSetsResources | undefined): Record<string, any> | undefined;
/**
 * PersistentVolumeClaim is a user's request for and claim to a persistent volume
 *
 * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplates
 */
export interface ElasticsearchSpecNodeSetsVolumeClaimTemplates {
    /**
     * APIVersion defines the versioned schema of this representation of an object.
     * Servers should convert recognized schemas to the latest internal value, and
     * may reject unrecognized values.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplates#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Kind is a string value representing the REST resource this object represents.
     * Servers may infer this from the endpoint the client submits requests to.
     * Cannot be updated.
     * In CamelCase.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplates#kind
     */
    readonly kind?: string;
    /**
     * Standard object's metadata.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplates#metadata
     */
    readonly metadata?: ElasticsearchSpecNodeSetsVolumeClaimTemplatesMetadata;
    /**
     * spec defines the desired characteristics of a volume requested by a pod author.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplates#spec
     */
    readonly spec?: ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpec;
}
/**
 * Converts an object of type 'ElasticsearchSpecNodeSetsVolumeClaimTemplates' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecNodeSetsVolumeClaimTemplates(obj: ElasticsearchSpecNodeSetsVolumeClaimTemplates | undefined): Record<string, any> | undefined;
/**
 * ZoneAwareness enables automatic topology-aware scheduling and shard-awareness configuration.
 *
 * @schema ElasticsearchSpecNodeSetsZoneAwareness
 */
export interface ElasticsearchSpecNodeSetsZoneAwareness {
    /**
     * TopologyKey is the key of node labels used for zone-aware placement.
     * Defaults to "topology.kubernetes.io/zone".
     *
     * @default topology.kubernetes.io/zone".
     * @schema ElasticsearchSpecNodeSetsZoneAwareness#topologyKey
     */
    readonly topologyKey?: string;
    /**
     * Zones optionally restrict scheduling to the listed topology values.
     * If empty, Pods can be scheduled in any topology value for the selected topologyKey.
     *
     * @schema ElasticsearchSpecNodeSetsZoneAwareness#zones
     */
    readonly zones?: string[];
}
/**
 * Converts an object of type 'ElasticsearchSpecNodeSetsZoneAwareness' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecNodeSetsZoneAwareness(obj: ElasticsearchSpecNodeSetsZoneAwareness | undefined): Record<string, any> | undefined;
/**
 * ObjectMeta is the metadata of the PDB.
 * The name and namespace provided here are managed by ECK and will be ignored.
 *
 * @schema ElasticsearchSpecPodDisruptionBudgetMetadata
 */
export interface ElasticsearchSpecPodDisruptionBudgetMetadata {
    /**
     * @schema ElasticsearchSpecPodDisruptionBudgetMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ElasticsearchSpecPodDisruptionBudgetMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema ElasticsearchSpecPodDisruptionBudgetMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema ElasticsearchSpecPodDisruptionBudgetMetadata#name
     */
    readonly name?: string;
    /**
     * @schema ElasticsearchSpecPodDisruptionBudgetMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecPodDisruptionBudgetMetadata' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecPodDisruptionBudgetMetadata(obj: ElasticsearchSpecPodDisruptionBudgetMetadata | undefined): Record<string, any> | undefined;
/**
 * Spec is the specification of the PDB.
 *
 * @schema ElasticsearchSpecPodDisruptionBudgetSpec
 */
export interface ElasticsearchSpecPodDisruptionBudgetSpec {
    /**
     * An eviction is allowed if at most "maxUnavailable" pods selected by
     * "selector" are unavailable after the eviction, i.e. even in absence of
     * the evicted pod. For example, one can prevent all voluntary evictions
     * by specifying 0. This is a mutually exclusive setting with "minAvailable".
     *
     * @schema ElasticsearchSpecPodDisruptionBudgetSpec#maxUnavailable
     */
    readonly maxUnavailable?: ElasticsearchSpecPodDisruptionBudgetSpecMaxUnavailable;
    /**
     * An eviction is allowed if at least "minAvailable" pods selected by
     * "selector" will still be available after the eviction, i.e. even in the
     * absence of the evicted pod.  So for example you can prevent all voluntary
     * evictions by specifying "100%".
     *
     * @schema ElasticsearchSpecPodDisruptionBudgetSpec#minAvailable
     */
    readonly minAvailable?: ElasticsearchSpecPodDisruptionBudgetSpecMinAvailable;
    /**
     * Label query over pods whose evictions are managed by the disruption
     * budget.
     * A null selector will match no pods, while an empty ({}) selector will select
     * all pods within the namespace.
     *
     * @schema ElasticsearchSpecPodDisruptionBudgetSpec#selector
     */
    readonly selector?: ElasticsearchSpecPodDisruptionBudgetSpecSelector;
    /**
     * UnhealthyPodEvictionPolicy defines the criteria for when unhealthy pods
     * should be considered for eviction. Current implementation considers healthy pods,
     * as pods that have status.conditions item with type="Ready",status="True".
     *
     * Valid policies are IfHealthyBudget and AlwaysAllow.
     * If no policy is specified, the default behavior will be used,
     * which corresponds to the IfHealthyBudget policy.
     *
     * IfHealthyBudget policy means that running pods (status.phase="Running"),
     * but not yet healthy can be evicted only if the guarded application is not
     * disrupted (status.currentHealthy is at least equal to status.desiredHealthy).
     * Healthy pods will be subject to the PDB for eviction.
     *
     * AlwaysAllow policy means that all running pods (status.phase="Running"),
     * but not yet healthy are considered disrupted and can be evicted regardless
     * of whether the criteria in a PDB is met. This means perspective running
     * pods of a disrupted application might not get a chance to become healthy.
     * Healthy pods will be subject to the PDB for eviction.
     *
     * Additional policies may be added in the future.
     * Clients making eviction decisions should disallow eviction of unhealthy pods
     * if they encounter an unrecognized policy in this field.
     *
     * @schema ElasticsearchSpecPodDisruptionBudgetSpec#unhealthyPodEvictionPolicy
     */
    readonly unhealthyPodEvictionPolicy?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecPodDisruptionBudgetSpec' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecPodDisruptionBudgetSpec(obj: ElasticsearchSpecPodDisruptionBudgetSpec | undefined): Record<string, any> | undefined;
/**
 * Service defines the template for the remote cluster server Service object.
 *
 * @schema ElasticsearchSpecRemoteClusterServerService
 */
export interface ElasticsearchSpecRemoteClusterServerService {
    /**
     * ObjectMeta is the metadata of the service.
     * The name and namespace provided here are managed by ECK and will be ignored.
     *
     * @schema ElasticsearchSpecRemoteClusterServerService#metadata
     */
    readonly metadata?: ElasticsearchSpecRemoteClusterServerServiceMetadata;
    /**
     * Spec is the specification of the service.
     *
     * @schema ElasticsearchSpecRemoteClusterServerService#spec
     */
    readonly spec?: ElasticsearchSpecRemoteClusterServerServiceSpec;
}
/**
 * Converts an object of type 'ElasticsearchSpecRemoteClusterServerService' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecRemoteClusterServerService(obj: ElasticsearchSpecRemoteClusterServerService | undefined): Record<string, any> | undefined;
/**
 * APIKey can be used to enable remote cluster access using Cross-Cluster API keys: https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-cross-cluster-api-key
 *
 * @schema ElasticsearchSpecRemoteClustersApiKey
 */
export interface ElasticsearchSpecRemoteClustersApiKey {
    /**
     * Access is the name of the API Key. It is automatically generated if not set or empty.
     *
     * @schema ElasticsearchSpecRemoteClustersApiKey#access
     */
    readonly access: ElasticsearchSpecRemoteClustersApiKeyAccess;
}
/**
 * Converts an object of type 'ElasticsearchSpecRemoteClustersApiKey' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecRemoteClustersApiKey(obj: ElasticsearchSpecRemoteClustersApiKey | undefined): Record<string, any> | undefined;
/**
 * ElasticsearchRef is a reference to an Elasticsearch cluster running within the same k8s cluster.
 *
 * @schema ElasticsearchSpecRemoteClustersElasticsearchRef
 */
export interface ElasticsearchSpecRemoteClustersElasticsearchRef {
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema ElasticsearchSpecRemoteClustersElasticsearchRef#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema ElasticsearchSpecRemoteClustersElasticsearchRef#namespace
     */
    readonly namespace?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema ElasticsearchSpecRemoteClustersElasticsearchRef#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecRemoteClustersElasticsearchRef' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecRemoteClustersElasticsearchRef(obj: ElasticsearchSpecRemoteClustersElasticsearchRef | undefined): Record<string, any> | undefined;
/**
 * KeyToPath defines how to map a key in a Secret object to a filesystem path.
 *
 * @schema ElasticsearchSpecSecureSettingsEntries
 */
export interface ElasticsearchSpecSecureSettingsEntries {
    /**
     * Key is the key contained in the secret.
     *
     * @schema ElasticsearchSpecSecureSettingsEntries#key
     */
    readonly key: string;
    /**
     * Path is the relative file path to map the key to.
     * Path must not be an absolute file path and must not contain any ".." components.
     *
     * @schema ElasticsearchSpecSecureSettingsEntries#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecSecureSettingsEntries' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecSecureSettingsEntries(obj: ElasticsearchSpecSecureSettingsEntries | undefined): Record<string, any> | undefined;
/**
 * Service defines the template for the associated Kubernetes Service object.
 *
 * @schema ElasticsearchSpecTransportService
 */
export interface ElasticsearchSpecTransportService {
    /**
     * ObjectMeta is the metadata of the service.
     * The name and namespace provided here are managed by ECK and will be ignored.
     *
     * @schema ElasticsearchSpecTransportService#metadata
     */
    readonly metadata?: ElasticsearchSpecTransportServiceMetadata;
    /**
     * Spec is the specification of the service.
     *
     * @schema ElasticsearchSpecTransportService#spec
     */
    readonly spec?: ElasticsearchSpecTransportServiceSpec;
}
/**
 * Converts an object of type 'ElasticsearchSpecTransportService' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecTransportService(obj: ElasticsearchSpecTransportService | undefined): Record<string, any> | undefined;
/**
 * TLS defines options for configuring TLS on the transport layer.
 *
 * @schema ElasticsearchSpecTransportTls
 */
export interface ElasticsearchSpecTransportTls {
    /**
     * Certificate is a reference to a Kubernetes secret that contains the CA certificate
     * and private key for generating node certificates.
     * The referenced secret should contain the following:
     *
     * - `ca.crt`: The CA certificate in PEM format.
     * - `ca.key`: The private key for the CA certificate in PEM format.
     *
     * @schema ElasticsearchSpecTransportTls#certificate
     */
    readonly certificate?: ElasticsearchSpecTransportTlsCertificate;
    /**
     * CertificateAuthorities is a reference to a config map that contains one or more x509 certificates for
     * trusted authorities in PEM format. The certificates need to be in a file called `ca.crt`.
     *
     * @schema ElasticsearchSpecTransportTls#certificateAuthorities
     */
    readonly certificateAuthorities?: ElasticsearchSpecTransportTlsCertificateAuthorities;
    /**
     * OtherNameSuffix when defined will be prefixed with the Pod name and used as the common name,
     * and the first DNSName, as well as an OtherName required by Elasticsearch in the Subject Alternative Name
     * extension of each Elasticsearch node's transport TLS certificate.
     * Example: if set to "node.cluster.local", the generated certificate will have its otherName set to "<pod_name>.node.cluster.local".
     *
     * @schema ElasticsearchSpecTransportTls#otherNameSuffix
     */
    readonly otherNameSuffix?: string;
    /**
     * SelfSignedCertificates allows configuring the self-signed certificate generated by the operator.
     *
     * @schema ElasticsearchSpecTransportTls#selfSignedCertificates
     */
    readonly selfSignedCertificates?: ElasticsearchSpecTransportTlsSelfSignedCertificates;
    /**
     * SubjectAlternativeNames is a list of SANs to include in the generated node transport TLS certificates.
     *
     * @schema ElasticsearchSpecTransportTls#subjectAltNames
     */
    readonly subjectAltNames?: ElasticsearchSpecTransportTlsSubjectAltNames[];
}
/**
 * Converts an object of type 'ElasticsearchSpecTransportTls' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecTransportTls(obj: ElasticsearchSpecTransportTls | undefined): Record<string, any> | undefined;
/**
 * ChangeBudget defines the constraints to consider when applying changes to the Elasticsearch cluster.
 *
 * @schema ElasticsearchSpecUpdateStrategyChangeBudget
 */
export interface ElasticsearchSpecUpdateStrategyChangeBudget {
    /**
     * MaxSurge is the maximum number of new Pods that can be created exceeding the original number of Pods defined in
     * the specification. MaxSurge is only taken into consideration when scaling up. Setting a negative value will
     * disable the restriction. Defaults to unbounded if not specified.
     *
     * @default unbounded if not specified.
     * @schema ElasticsearchSpecUpdateStrategyChangeBudget#maxSurge
     */
    readonly maxSurge?: number;
    /**
     * MaxUnavailable is the maximum number of Pods that can be unavailable (not ready) during the update due to
     * circumstances under the control of the operator. Setting a negative value will disable this restriction.
     * Defaults to 1 if not specified.
     *
     * @default 1 if not specified.
     * @schema ElasticsearchSpecUpdateStrategyChangeBudget#maxUnavailable
     */
    readonly maxUnavailable?: number;
}
/**
 * Converts an object of type 'ElasticsearchSpecUpdateStrategyChangeBudget' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecUpdateStrategyChangeBudget(obj: ElasticsearchSpecUpdateStrategyChangeBudget | undefined): Record<string, any> | undefined;
/**
 * ObjectMeta is the metadata of the service.
 * The name and namespace provided here are managed by ECK and will be ignored.
 *
 * @schema ElasticsearchSpecHttpServiceMetadata
 */
export interface ElasticsearchSpecHttpServiceMetadata {
    /**
     * @schema ElasticsearchSpecHttpServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ElasticsearchSpecHttpServiceMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema ElasticsearchSpecHttpServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema ElasticsearchSpecHttpServiceMetadata#name
     */
    readonly name?: string;
    /**
     * @schema ElasticsearchSpecHttpServiceMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecHttpServiceMetadata' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecHttpServiceMetadata(obj: ElasticsearchSpecHttpServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Spec is the specification of the service.
 *
 * @schema ElasticsearchSpecHttpServiceSpec
 */
export interface ElasticsearchSpecHttpServiceSpec {
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
     * @schema ElasticsearchSpecHttpServiceSpec#allocateLoadBalancerNodePorts
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
     * @schema ElasticsearchSpecHttpServiceSpec#clusterIP
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
     * @schema ElasticsearchSpecHttpServiceSpec#clusterIPs
     */
    readonly clusterIPs?: string[];
    /**
     * externalIPs is a list of IP addresses for which nodes in the cluster
     * will also accept traffic for this service.  These IPs are not managed by
     * Kubernetes.  The user is responsible for ensuring that traffic arrives
     * at a node with this IP.  A common example is external load-balancers
     * that are not part of the Kubernetes system.
     *
     * @schema ElasticsearchSpecHttpServiceSpec#externalIPs
     */
    readonly externalIPs?: string[];
    /**
     * externalName is the external reference that discovery mechanisms will
     * return as an alias for this service (e.g. a DNS CNAME record). No
     * proxying will be involved.  Must be a lowercase RFC-1123 hostname
     * (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".
     *
     * @schema ElasticsearchSpecHttpServiceSpec#externalName
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
     * @schema ElasticsearchSpecHttpServiceSpec#externalTrafficPolicy
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
     * @schema ElasticsearchSpecHttpServiceSpec#healthCheckNodePort
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
     * @schema ElasticsearchSpecHttpServiceSpec#internalTrafficPolicy
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
     * @schema ElasticsearchSpecHttpServiceSpec#ipFamilies
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
     * @schema ElasticsearchSpecHttpServiceSpec#ipFamilyPolicy
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
     * @schema ElasticsearchSpecHttpServiceSpec#loadBalancerClass
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
     * @schema ElasticsearchSpecHttpServiceSpec#loadBalancerIP
     */
    readonly loadBalancerIp?: string;
    /**
     * If specified and supported by the platform, this will restrict traffic through the cloud-provider
     * load-balancer will be restricted to the specified client IPs. This field will be ignored if the
     * cloud-provider does not support the feature."
     * More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/
     *
     * @schema ElasticsearchSpecHttpServiceSpec#loadBalancerSourceRanges
     */
    readonly loadBalancerSourceRanges?: string[];
    /**
     * The list of ports that are exposed by this service.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema ElasticsearchSpecHttpServiceSpec#ports
     */
    readonly ports?: ElasticsearchSpecHttpServiceSpecPorts[];
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
     * @schema ElasticsearchSpecHttpServiceSpec#publishNotReadyAddresses
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
     * @schema ElasticsearchSpecHttpServiceSpec#selector
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
     * @schema ElasticsearchSpecHttpServiceSpec#sessionAffinity
     */
    readonly sessionAffinity?: string;
    /**
     * sessionAffinityConfig contains the configurations of session affinity.
     *
     * @schema ElasticsearchSpecHttpServiceSpec#sessionAffinityConfig
     */
    readonly sessionAffinityConfig?: ElasticsearchSpecHttpServiceSpecSessionAffinityConfig;
    /**
     * TrafficDistribution offers a way to express preferences for how traffic
     * is distributed to Service endpoints. Implementations can use this field
     * as a hint, but are not required to guarantee strict adherence. If the
     * field is not set, the implementation will apply its default routing
     * strategy. If set to "PreferClose", implementations should prioritize
     * endpoints that are in the same zone.
     *
     * @schema ElasticsearchSpecHttpServiceSpec#trafficDistribution
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
     * @schema ElasticsearchSpecHttpServiceSpec#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecHttpServiceSpec' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecHttpServiceSpec(obj: ElasticsearchSpecHttpServiceSpec | undefined): Record<string, any> | undefined;
/**
 * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
 * The referenced secret should contain the following:
 *
 * - `ca.crt`: The certificate authority (optional).
 * - `tls.crt`: The certificate (or a chain).
 * - `tls.key`: The private key to the first certificate in the certificate chain.
 *
 * @schema ElasticsearchSpecHttpTlsCertificate
 */
export interface ElasticsearchSpecHttpTlsCertificate {
    /**
     * SecretName is the name of the secret.
     *
     * @schema ElasticsearchSpecHttpTlsCertificate#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecHttpTlsCertificate' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecHttpTlsCertificate(obj: ElasticsearchSpecHttpTlsCertificate | undefined): Record<string, any> | undefined;
/**
 * Client holds client configuration options.
 *
 * @schema ElasticsearchSpecHttpTlsClient
 */
export interface ElasticsearchSpecHttpTlsClient {
    /**
     * Authentication enables client authentication (enterprise-only feature).
     *
     * @schema ElasticsearchSpecHttpTlsClient#authentication
     */
    readonly authentication?: boolean;
}
/**
 * Converts an object of type 'ElasticsearchSpecHttpTlsClient' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecHttpTlsClient(obj: ElasticsearchSpecHttpTlsClient | undefined): Record<string, any> | undefined;
/**
 * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
 *
 * @schema ElasticsearchSpecHttpTlsSelfSignedCertificate
 */
export interface ElasticsearchSpecHttpTlsSelfSignedCertificate {
    /**
     * Disabled indicates that the provisioning of the self-signed certificate should be disabled.
     *
     * @schema ElasticsearchSpecHttpTlsSelfSignedCertificate#disabled
     */
    readonly disabled?: boolean;
    /**
     * SubjectAlternativeNames is a list of SANs to include in the generated HTTP TLS certificate.
     *
     * @schema ElasticsearchSpecHttpTlsSelfSignedCertificate#subjectAltNames
     */
    readonly subjectAltNames?: ElasticsearchSpecHttpTlsSelfSignedCertificateSubjectAltNames[];
}
/**
 * Converts an object of type 'ElasticsearchSpecHttpTlsSelfSignedCertificate' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecHttpTlsSelfSignedCertificate(obj: ElasticsearchSpecHttpTlsSelfSignedCertificate | undefined): Record<string, any> | undefined;
/**
 * ObjectSelector defines a reference to a Kubernetes object which can be an Elastic resource managed by the operator
 * or a Secret describing an external Elastic resource not managed by the operator.
 *
 * @schema ElasticsearchSpecMonitoringLogsElasticsearchRefs
 */
export interface ElasticsearchSpecMonitoringLogsElasticsearchRefs {
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema ElasticsearchSpecMonitoringLogsElasticsearchRefs#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema ElasticsearchSpecMonitoringLogsElasticsearchRefs#namespace
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
     * @schema ElasticsearchSpecMonitoringLogsElasticsearchRefs#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema ElasticsearchSpecMonitoringLogsElasticsearchRefs#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecMonitoringLogsElasticsearchRefs' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecMonitoringLogsElasticsearchRefs(obj: ElasticsearchSpecMonitoringLogsElasticsearchRefs | undefined): Record<string, any> | undefined;
/**
 * ObjectSelector defines a reference to a Kubernetes object which can be an Elastic resource managed by the operator
 * or a Secret describing an external Elastic resource not managed by the operator.
 *
 * @schema ElasticsearchSpecMonitoringMetricsElasticsearchRefs
 */
export interface ElasticsearchSpecMonitoringMetricsElasticsearchRefs {
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema ElasticsearchSpecMonitoringMetricsElasticsearchRefs#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema ElasticsearchSpecMonitoringMetricsElasticsearchRefs#namespace
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
     * @schema ElasticsearchSpecMonitoringMetricsElasticsearchRefs#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema ElasticsearchSpecMonitoringMetricsElasticsearchRefs#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecMonitoringMetricsElasticsearchRefs' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecMonitoringMetricsElasticsearchRefs(obj: ElasticsearchSpecMonitoringMetricsElasticsearchRefs | undefined): Record<string, any> | undefined;
/**
 * Limits is the shorthand for the main container's CPU and memory limits.
 *
 * @schema ElasticsearchSpecNodeSetsResourcesLimits
 */
export interface ElasticsearchSpecNodeSetsResourcesLimits {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema ElasticsearchSpecNodeSetsResourcesLimits#cpu
     */
    readonly cpu?: ElasticsearchSpecNodeSetsResourcesLimitsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema ElasticsearchSpecNodeSetsResourcesLimits#memory
     */
    readonly memory?: ElasticsearchSpecNodeSetsResourcesLimitsMemory;
}
/**
 * Converts an object of type 'ElasticsearchSpecNodeSetsResourcesLimits' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecNodeSetsResourcesLimits(obj: ElasticsearchSpecNodeSetsResourcesLimits | undefined): Record<string, any> | undefined;
/**
 * Requests is the shorthand for the main container's CPU and memory requests.
 *
 * @schema ElasticsearchSpecNodeSetsResourcesRequests
 */
export interface ElasticsearchSpecNodeSetsResourcesRequests {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema ElasticsearchSpecNodeSetsResourcesRequests#cpu
     */
    readonly cpu?: ElasticsearchSpecNodeSetsResourcesRequestsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema ElasticsearchSpecNodeSetsResourcesRequests#memory
     */
    readonly memory?: ElasticsearchSpecNodeSetsResourcesRequestsMemory;
}
/**
 * Converts an object of type 'ElasticsearchSpecNodeSetsResourcesRequests' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecNodeSetsResourcesRequests(obj: ElasticsearchSpecNodeSetsResourcesRequests | undefined): Record<string, any> | undefined;
/**
 * Standard object's metadata.
 * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
 *
 * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesMetadata
 */
export interface ElasticsearchSpecNodeSetsVolumeClaimTemplatesMetadata {
    /**
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesMetadata#name
     */
    readonly name?: string;
    /**
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecNodeSetsVolumeClaimTemplatesMetadata' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecNodeSetsVolumeClaimTemplatesMetadata(obj: ElasticsearchSpecNodeSetsVolumeClaimTemplatesMetadata | undefined): Record<string, any> | undefined;
/**
 * spec defines the desired characteristics of a volume requested by a pod author.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
 *
 * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpec
 */
export interface ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpec#accessModes
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
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpec#dataSource
     */
    readonly dataSource?: ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSource;
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
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpec#dataSourceRef
     */
    readonly dataSourceRef?: ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * Users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpec#resources
     */
    readonly resources?: ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpec#selector
     */
    readonly selector?: ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpec#storageClassName
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
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpec' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpec(obj: ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpec | undefined): Record<string, any> | undefined;
/**
 * An eviction is allowed if at most "maxUnavailable" pods selected by
 * "selector" are unavailable after the eviction, i.e. even in absence of
 * the evicted pod. For example, one can prevent all voluntary evictions
 * by specifying 0. This is a mutually exclusive setting with "minAvailable".
 *
 * @schema ElasticsearchSpecPodDisruptionBudgetSpecMaxUnavailable
 */
export declare class ElasticsearchSpecPodDisruptionBudgetSpecMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchSpecPodDisruptionBudgetSpecMaxUnavailable;
    static fromString(value: string): ElasticsearchSpecPodDisruptionBudgetSpecMaxUnavailable;
    private constructor();
}
/**
 * An eviction is allowed if at least "minAvailable" pods selected by
 * "selector" will still be available after the eviction, i.e. even in the
 * absence of the evicted pod.  So for example you can prevent all voluntary
 * evictions by specifying "100%".
 *
 * @schema ElasticsearchSpecPodDisruptionBudgetSpecMinAvailable
 */
export declare class ElasticsearchSpecPodDisruptionBudgetSpecMinAvailable {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchSpecPodDisruptionBudgetSpecMinAvailable;
    static fromString(value: string): ElasticsearchSpecPodDisruptionBudgetSpecMinAvailable;
    private constructor();
}
/**
 * Label query over pods whose evictions are managed by the disruption
 * budget.
 * A null selector will match no pods, while an empty ({}) selector will select
 * all pods within the namespace.
 *
 * @schema ElasticsearchSpecPodDisruptionBudgetSpecSelector
 */
export interface ElasticsearchSpecPodDisruptionBudgetSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ElasticsearchSpecPodDisruptionBudgetSpecSelector#matchExpressions
     */
    readonly matchExpressions?: ElasticsearchSpecPodDisruptionBudgetSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ElasticsearchSpecPodDisruptionBudgetSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ElasticsearchSpecPodDisruptionBudgetSpecSelector' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecPodDisruptionBudgetSpecSelector(obj: ElasticsearchSpecPodDisruptionBudgetSpecSelector | undefined): Record<string, any> | undefined;
/**
 * ObjectMeta is the metadata of the service.
 * The name and namespace provided here are managed by ECK and will be ignored.
 *
 * @schema ElasticsearchSpecRemoteClusterServerServiceMetadata
 */
export interface ElasticsearchSpecRemoteClusterServerServiceMetadata {
    /**
     * @schema ElasticsearchSpecRemoteClusterServerServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ElasticsearchSpecRemoteClusterServerServiceMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema ElasticsearchSpecRemoteClusterServerServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema ElasticsearchSpecRemoteClusterServerServiceMetadata#name
     */
    readonly name?: string;
    /**
     * @schema ElasticsearchSpecRemoteClusterServerServiceMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecRemoteClusterServerServiceMetadata' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecRemoteClusterServerServiceMetadata(obj: ElasticsearchSpecRemoteClusterServerServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Spec is the specification of the service.
 *
 * @schema ElasticsearchSpecRemoteClusterServerServiceSpec
 */
export interface ElasticsearchSpecRemoteClusterServerServiceSpec {
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
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#allocateLoadBalancerNodePorts
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
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#clusterIP
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
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#clusterIPs
     */
    readonly clusterIPs?: string[];
    /**
     * externalIPs is a list of IP addresses for which nodes in the cluster
     * will also accept traffic for this service.  These IPs are not managed by
     * Kubernetes.  The user is responsible for ensuring that traffic arrives
     * at a node with this IP.  A common example is external load-balancers
     * that are not part of the Kubernetes system.
     *
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#externalIPs
     */
    readonly externalIPs?: string[];
    /**
     * externalName is the external reference that discovery mechanisms will
     * return as an alias for this service (e.g. a DNS CNAME record). No
     * proxying will be involved.  Must be a lowercase RFC-1123 hostname
     * (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".
     *
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#externalName
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
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#externalTrafficPolicy
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
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#healthCheckNodePort
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
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#internalTrafficPolicy
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
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#ipFamilies
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
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#ipFamilyPolicy
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
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#loadBalancerClass
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
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#loadBalancerIP
     */
    readonly loadBalancerIp?: string;
    /**
     * If specified and supported by the platform, this will restrict traffic through the cloud-provider
     * load-balancer will be restricted to the specified client IPs. This field will be ignored if the
     * cloud-provider does not support the feature."
     * More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/
     *
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#loadBalancerSourceRanges
     */
    readonly loadBalancerSourceRanges?: string[];
    /**
     * The list of ports that are exposed by this service.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#ports
     */
    readonly ports?: ElasticsearchSpecRemoteClusterServerServiceSpecPorts[];
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
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#publishNotReadyAddresses
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
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#selector
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
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#sessionAffinity
     */
    readonly sessionAffinity?: string;
    /**
     * sessionAffinityConfig contains the configurations of session affinity.
     *
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#sessionAffinityConfig
     */
    readonly sessionAffinityConfig?: ElasticsearchSpecRemoteClusterServerServiceSpecSessionAffinityConfig;
    /**
     * TrafficDistribution offers a way to express preferences for how traffic
     * is distributed to Service endpoints. Implementations can use this field
     * as a hint, but are not required to guarantee strict adherence. If the
     * field is not set, the implementation will apply its default routing
     * strategy. If set to "PreferClose", implementations should prioritize
     * endpoints that are in the same zone.
     *
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#trafficDistribution
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
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpec#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecRemoteClusterServerServiceSpec' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecRemoteClusterServerServiceSpec(obj: ElasticsearchSpecRemoteClusterServerServiceSpec | undefined): Record<string, any> | undefined;
/**
 * Access is the name of the API Key. It is automatically generated if not set or empty.
 *
 * @schema ElasticsearchSpecRemoteClustersApiKeyAccess
 */
export interface ElasticsearchSpecRemoteClustersApiKeyAccess {
    /**
     * @schema ElasticsearchSpecRemoteClustersApiKeyAccess#replication
     */
    readonly replication?: ElasticsearchSpecRemoteClustersApiKeyAccessReplication;
    /**
     * @schema ElasticsearchSpecRemoteClustersApiKeyAccess#search
     */
    readonly search?: ElasticsearchSpecRemoteClustersApiKeyAccessSearch;
}
/**
 * Converts an object of type 'ElasticsearchSpecRemoteClustersApiKeyAccess' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecRemoteClustersApiKeyAccess(obj: ElasticsearchSpecRemoteClustersApiKeyAccess | undefined): Record<string, any> | undefined;
/**
 * ObjectMeta is the metadata of the service.
 * The name and namespace provided here are managed by ECK and will be ignored.
 *
 * @schema ElasticsearchSpecTransportServiceMetadata
 */
export interface ElasticsearchSpecTransportServiceMetadata {
    /**
     * @schema ElasticsearchSpecTransportServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ElasticsearchSpecTransportServiceMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema ElasticsearchSpecTransportServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema ElasticsearchSpecTransportServiceMetadata#name
     */
    readonly name?: string;
    /**
     * @schema ElasticsearchSpecTransportServiceMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecTransportServiceMetadata' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecTransportServiceMetadata(obj: ElasticsearchSpecTransportServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Spec is the specification of the service.
 *
 * @schema ElasticsearchSpecTransportServiceSpec
 */
export interface ElasticsearchSpecTransportServiceSpec {
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
     * @schema ElasticsearchSpecTransportServiceSpec#allocateLoadBalancerNodePorts
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
     * @schema ElasticsearchSpecTransportServiceSpec#clusterIP
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
     * @schema ElasticsearchSpecTransportServiceSpec#clusterIPs
     */
    readonly clusterIPs?: string[];
    /**
     * externalIPs is a list of IP addresses for which nodes in the cluster
     * will also accept traffic for this service.  These IPs are not managed by
     * Kubernetes.  The user is responsible for ensuring that traffic arrives
     * at a node with this IP.  A common example is external load-balancers
     * that are not part of the Kubernetes system.
     *
     * @schema ElasticsearchSpecTransportServiceSpec#externalIPs
     */
    readonly externalIPs?: string[];
    /**
     * externalName is the external reference that discovery mechanisms will
     * return as an alias for this service (e.g. a DNS CNAME record). No
     * proxying will be involved.  Must be a lowercase RFC-1123 hostname
     * (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".
     *
     * @schema ElasticsearchSpecTransportServiceSpec#externalName
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
     * @schema ElasticsearchSpecTransportServiceSpec#externalTrafficPolicy
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
     * @schema ElasticsearchSpecTransportServiceSpec#healthCheckNodePort
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
     * @schema ElasticsearchSpecTransportServiceSpec#internalTrafficPolicy
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
     * @schema ElasticsearchSpecTransportServiceSpec#ipFamilies
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
     * @schema ElasticsearchSpecTransportServiceSpec#ipFamilyPolicy
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
     * @schema ElasticsearchSpecTransportServiceSpec#loadBalancerClass
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
     * @schema ElasticsearchSpecTransportServiceSpec#loadBalancerIP
     */
    readonly loadBalancerIp?: string;
    /**
     * If specified and supported by the platform, this will restrict traffic through the cloud-provider
     * load-balancer will be restricted to the specified client IPs. This field will be ignored if the
     * cloud-provider does not support the feature."
     * More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/
     *
     * @schema ElasticsearchSpecTransportServiceSpec#loadBalancerSourceRanges
     */
    readonly loadBalancerSourceRanges?: string[];
    /**
     * The list of ports that are exposed by this service.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema ElasticsearchSpecTransportServiceSpec#ports
     */
    readonly ports?: ElasticsearchSpecTransportServiceSpecPorts[];
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
     * @schema ElasticsearchSpecTransportServiceSpec#publishNotReadyAddresses
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
     * @schema ElasticsearchSpecTransportServiceSpec#selector
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
     * @schema ElasticsearchSpecTransportServiceSpec#sessionAffinity
     */
    readonly sessionAffinity?: string;
    /**
     * sessionAffinityConfig contains the configurations of session affinity.
     *
     * @schema ElasticsearchSpecTransportServiceSpec#sessionAffinityConfig
     */
    readonly sessionAffinityConfig?: ElasticsearchSpecTransportServiceSpecSessionAffinityConfig;
    /**
     * TrafficDistribution offers a way to express preferences for how traffic
     * is distributed to Service endpoints. Implementations can use this field
     * as a hint, but are not required to guarantee strict adherence. If the
     * field is not set, the implementation will apply its default routing
     * strategy. If set to "PreferClose", implementations should prioritize
     * endpoints that are in the same zone.
     *
     * @schema ElasticsearchSpecTransportServiceSpec#trafficDistribution
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
     * @schema ElasticsearchSpecTransportServiceSpec#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecTransportServiceSpec' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecTransportServiceSpec(obj: ElasticsearchSpecTransportServiceSpec | undefined): Record<string, any> | undefined;
/**
 * Certificate is a reference to a Kubernetes secret that contains the CA certificate
 * and private key for generating node certificates.
 * The referenced secret should contain the following:
 *
 * - `ca.crt`: The CA certificate in PEM format.
 * - `ca.key`: The private key for the CA certificate in PEM format.
 *
 * @schema ElasticsearchSpecTransportTlsCertificate
 */
export interface ElasticsearchSpecTransportTlsCertificate {
    /**
     * SecretName is the name of the secret.
     *
     * @schema ElasticsearchSpecTransportTlsCertificate#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecTransportTlsCertificate' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecTransportTlsCertificate(obj: ElasticsearchSpecTransportTlsCertificate | undefined): Record<string, any> | undefined;
/**
 * CertificateAuthorities is a reference to a config map that contains one or more x509 certificates for
 * trusted authorities in PEM format. The certificates need to be in a file called `ca.crt`.
 *
 * @schema ElasticsearchSpecTransportTlsCertificateAuthorities
 */
export interface ElasticsearchSpecTransportTlsCertificateAuthorities {
    /**
     * @schema ElasticsearchSpecTransportTlsCertificateAuthorities#configMapName
     */
    readonly configMapName?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecTransportTlsCertificateAuthorities' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecTransportTlsCertificateAuthorities(obj: ElasticsearchSpecTransportTlsCertificateAuthorities | undefined): Record<string, any> | undefined;
/**
 * SelfSignedCertificates allows configuring the self-signed certificate generated by the operator.
 *
 * @schema ElasticsearchSpecTransportTlsSelfSignedCertificates
 */
export interface ElasticsearchSpecTransportTlsSelfSignedCertificates {
    /**
     * Disabled indicates that provisioning of the self-signed certificates should be disabled.
     *
     * @schema ElasticsearchSpecTransportTlsSelfSignedCertificates#disabled
     */
    readonly disabled?: boolean;
}
/**
 * Converts an object of type 'ElasticsearchSpecTransportTlsSelfSignedCertificates' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecTransportTlsSelfSignedCertificates(obj: ElasticsearchSpecTransportTlsSelfSignedCertificates | undefined): Record<string, any> | undefined;
/**
 * SubjectAlternativeName represents a SAN entry in a x509 certificate.
 *
 * @schema ElasticsearchSpecTransportTlsSubjectAltNames
 */
export interface ElasticsearchSpecTransportTlsSubjectAltNames {
    /**
     * DNS is the DNS name of the subject.
     *
     * @schema ElasticsearchSpecTransportTlsSubjectAltNames#dns
     */
    readonly dns?: string;
    /**
     * IP is the IP address of the subject.
     *
     * @schema ElasticsearchSpecTransportTlsSubjectAltNames#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecTransportTlsSubjectAltNames' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecTransportTlsSubjectAltNames(obj: ElasticsearchSpecTransportTlsSubjectAltNames | undefined): Record<string, any> | undefined;
/**
 * ServicePort contains information on service's port.
 *
 * @schema ElasticsearchSpecHttpServiceSpecPorts
 */
export interface ElasticsearchSpecHttpServiceSpecPorts {
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
     * @schema ElasticsearchSpecHttpServiceSpecPorts#appProtocol
     */
    readonly appProtocol?: string;
    /**
     * The name of this port within the service. This must be a DNS_LABEL.
     * All ports within a ServiceSpec must have unique names. When considering
     * the endpoints for a Service, this must match the 'name' field in the
     * EndpointPort.
     * Optional if only one ServicePort is defined on this service.
     *
     * @schema ElasticsearchSpecHttpServiceSpecPorts#name
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
     * @schema ElasticsearchSpecHttpServiceSpecPorts#nodePort
     */
    readonly nodePort?: number;
    /**
     * The port that will be exposed by this service.
     *
     * @schema ElasticsearchSpecHttpServiceSpecPorts#port
     */
    readonly port: number;
    /**
     * The IP protocol for this port. Supports "TCP", "UDP", and "SCTP".
     * Default is TCP.
     *
     * @default TCP.
     * @schema ElasticsearchSpecHttpServiceSpecPorts#protocol
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
     * @schema ElasticsearchSpecHttpServiceSpecPorts#targetPort
     */
    readonly targetPort?: ElasticsearchSpecHttpServiceSpecPortsTargetPort;
}
/**
 * Converts an object of type 'ElasticsearchSpecHttpServiceSpecPorts' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecHttpServiceSpecPorts(obj: ElasticsearchSpecHttpServiceSpecPorts | undefined): Record<string, any> | undefined;
/**
 * sessionAffinityConfig contains the configurations of session affinity.
 *
 * @schema ElasticsearchSpecHttpServiceSpecSessionAffinityConfig
 */
export interface ElasticsearchSpecHttpServiceSpecSessionAffinityConfig {
    /**
     * clientIP contains the configurations of Client IP based session affinity.
     *
     * @schema ElasticsearchSpecHttpServiceSpecSessionAffinityConfig#clientIP
     */
    readonly clientIp?: ElasticsearchSpecHttpServiceSpecSessionAffinityConfigClientIp;
}
/**
 * Converts an object of type 'ElasticsearchSpecHttpServiceSpecSessionAffinityConfig' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecHttpServiceSpecSessionAffinityConfig(obj: ElasticsearchSpecHttpServiceSpecSessionAffinityConfig | undefined): Record<string, any> | undefined;
/**
 * SubjectAlternativeName represents a SAN entry in a x509 certificate.
 *
 * @schema ElasticsearchSpecHttpTlsSelfSignedCertificateSubjectAltNames
 */
export interface ElasticsearchSpecHttpTlsSelfSignedCertificateSubjectAltNames {
    /**
     * DNS is the DNS name of the subject.
     *
     * @schema ElasticsearchSpecHttpTlsSelfSignedCertificateSubjectAltNames#dns
     */
    readonly dns?: string;
    /**
     * IP is the IP address of the subject.
     *
     * @schema ElasticsearchSpecHttpTlsSelfSignedCertificateSubjectAltNames#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecHttpTlsSelfSignedCertificateSubjectAltNames' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecHttpTlsSelfSignedCertificateSubjectAltNames(obj: ElasticsearchSpecHttpTlsSelfSignedCertificateSubjectAltNames | undefined): Record<string, any> | undefined;
/**
 * CPU overrides the main container's CPU request/limit when the parent Resources
 * is merged into a PodTemplate. A nil value means "do not override": any CPU
 * value already set on the main container in the PodTemplate is passed through
 * unchanged. Setting this field to nil does not unset a CPU value present in
 * the PodTemplate; to remove it, edit the PodTemplate's container resources.
 * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
 *
 * @schema ElasticsearchSpecNodeSetsResourcesLimitsCpu
 */
export declare class ElasticsearchSpecNodeSetsResourcesLimitsCpu {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchSpecNodeSetsResourcesLimitsCpu;
    static fromString(value: string): ElasticsearchSpecNodeSetsResourcesLimitsCpu;
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
 * @schema ElasticsearchSpecNodeSetsResourcesLimitsMemory
 */
export declare class ElasticsearchSpecNodeSetsResourcesLimitsMemory {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchSpecNodeSetsResourcesLimitsMemory;
    static fromString(value: string): ElasticsearchSpecNodeSetsResourcesLimitsMemory;
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
 * @schema ElasticsearchSpecNodeSetsResourcesRequestsCpu
 */
export declare class ElasticsearchSpecNodeSetsResourcesRequestsCpu {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchSpecNodeSetsResourcesRequestsCpu;
    static fromString(value: string): ElasticsearchSpecNodeSetsResourcesRequestsCpu;
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
 * @schema ElasticsearchSpecNodeSetsResourcesRequestsMemory
 */
export declare class ElasticsearchSpecNodeSetsResourcesRequestsMemory {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchSpecNodeSetsResourcesRequestsMemory;
    static fromString(value: string): ElasticsearchSpecNodeSetsResourcesRequestsMemory;
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
 * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSource
 */
export interface ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSource' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSource(obj: ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSource | undefined): Record<string, any> | undefined;
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
 * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef
 */
export interface ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef(obj: ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * Users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResources
 */
export interface ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResources#limits
     */
    readonly limits?: {
        [key: string]: ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResources#requests
     */
    readonly requests?: {
        [key: string]: ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResources' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResources(obj: ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecSelector
 */
export interface ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecSelector#matchExpressions
     */
    readonly matchExpressions?: ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecSelector' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecSelector(obj: ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ElasticsearchSpecPodDisruptionBudgetSpecSelectorMatchExpressions
 */
export interface ElasticsearchSpecPodDisruptionBudgetSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ElasticsearchSpecPodDisruptionBudgetSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ElasticsearchSpecPodDisruptionBudgetSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ElasticsearchSpecPodDisruptionBudgetSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ElasticsearchSpecPodDisruptionBudgetSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecPodDisruptionBudgetSpecSelectorMatchExpressions(obj: ElasticsearchSpecPodDisruptionBudgetSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * ServicePort contains information on service's port.
 *
 * @schema ElasticsearchSpecRemoteClusterServerServiceSpecPorts
 */
export interface ElasticsearchSpecRemoteClusterServerServiceSpecPorts {
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
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpecPorts#appProtocol
     */
    readonly appProtocol?: string;
    /**
     * The name of this port within the service. This must be a DNS_LABEL.
     * All ports within a ServiceSpec must have unique names. When considering
     * the endpoints for a Service, this must match the 'name' field in the
     * EndpointPort.
     * Optional if only one ServicePort is defined on this service.
     *
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpecPorts#name
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
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpecPorts#nodePort
     */
    readonly nodePort?: number;
    /**
     * The port that will be exposed by this service.
     *
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpecPorts#port
     */
    readonly port: number;
    /**
     * The IP protocol for this port. Supports "TCP", "UDP", and "SCTP".
     * Default is TCP.
     *
     * @default TCP.
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpecPorts#protocol
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
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpecPorts#targetPort
     */
    readonly targetPort?: ElasticsearchSpecRemoteClusterServerServiceSpecPortsTargetPort;
}
/**
 * Converts an object of type 'ElasticsearchSpecRemoteClusterServerServiceSpecPorts' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecRemoteClusterServerServiceSpecPorts(obj: ElasticsearchSpecRemoteClusterServerServiceSpecPorts | undefined): Record<string, any> | undefined;
/**
 * sessionAffinityConfig contains the configurations of session affinity.
 *
 * @schema ElasticsearchSpecRemoteClusterServerServiceSpecSessionAffinityConfig
 */
export interface ElasticsearchSpecRemoteClusterServerServiceSpecSessionAffinityConfig {
    /**
     * clientIP contains the configurations of Client IP based session affinity.
     *
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpecSessionAffinityConfig#clientIP
     */
    readonly clientIp?: ElasticsearchSpecRemoteClusterServerServiceSpecSessionAffinityConfigClientIp;
}
/**
 * Converts an object of type 'ElasticsearchSpecRemoteClusterServerServiceSpecSessionAffinityConfig' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecRemoteClusterServerServiceSpecSessionAffinityConfig(obj: ElasticsearchSpecRemoteClusterServerServiceSpecSessionAffinityConfig | undefined): Record<string, any> | undefined;
/**
 * @schema ElasticsearchSpecRemoteClustersApiKeyAccessReplication
 */
export interface ElasticsearchSpecRemoteClustersApiKeyAccessReplication {
    /**
     * @schema ElasticsearchSpecRemoteClustersApiKeyAccessReplication#names
     */
    readonly names: string[];
}
/**
 * Converts an object of type 'ElasticsearchSpecRemoteClustersApiKeyAccessReplication' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecRemoteClustersApiKeyAccessReplication(obj: ElasticsearchSpecRemoteClustersApiKeyAccessReplication | undefined): Record<string, any> | undefined;
/**
 * @schema ElasticsearchSpecRemoteClustersApiKeyAccessSearch
 */
export interface ElasticsearchSpecRemoteClustersApiKeyAccessSearch {
    /**
     * @schema ElasticsearchSpecRemoteClustersApiKeyAccessSearch#allow_restricted_indices
     */
    readonly allowRestrictedIndices?: boolean;
    /**
     * @schema ElasticsearchSpecRemoteClustersApiKeyAccessSearch#field_security
     */
    readonly fieldSecurity?: ElasticsearchSpecRemoteClustersApiKeyAccessSearchFieldSecurity;
    /**
     * @schema ElasticsearchSpecRemoteClustersApiKeyAccessSearch#names
     */
    readonly names: string[];
    /**
     * @schema ElasticsearchSpecRemoteClustersApiKeyAccessSearch#query
     */
    readonly query?: any;
}
/**
 * Converts an object of type 'ElasticsearchSpecRemoteClustersApiKeyAccessSearch' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecRemoteClustersApiKeyAccessSearch(obj: ElasticsearchSpecRemoteClustersApiKeyAccessSearch | undefined): Record<string, any> | undefined;
/**
 * ServicePort contains information on service's port.
 *
 * @schema ElasticsearchSpecTransportServiceSpecPorts
 */
export interface ElasticsearchSpecTransportServiceSpecPorts {
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
     * @schema ElasticsearchSpecTransportServiceSpecPorts#appProtocol
     */
    readonly appProtocol?: string;
    /**
     * The name of this port within the service. This must be a DNS_LABEL.
     * All ports within a ServiceSpec must have unique names. When considering
     * the endpoints for a Service, this must match the 'name' field in the
     * EndpointPort.
     * Optional if only one ServicePort is defined on this service.
     *
     * @schema ElasticsearchSpecTransportServiceSpecPorts#name
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
     * @schema ElasticsearchSpecTransportServiceSpecPorts#nodePort
     */
    readonly nodePort?: number;
    /**
     * The port that will be exposed by this service.
     *
     * @schema ElasticsearchSpecTransportServiceSpecPorts#port
     */
    readonly port: number;
    /**
     * The IP protocol for this port. Supports "TCP", "UDP", and "SCTP".
     * Default is TCP.
     *
     * @default TCP.
     * @schema ElasticsearchSpecTransportServiceSpecPorts#protocol
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
     * @schema ElasticsearchSpecTransportServiceSpecPorts#targetPort
     */
    readonly targetPort?: ElasticsearchSpecTransportServiceSpecPortsTargetPort;
}
/**
 * Converts an object of type 'ElasticsearchSpecTransportServiceSpecPorts' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecTransportServiceSpecPorts(obj: ElasticsearchSpecTransportServiceSpecPorts | undefined): Record<string, any> | undefined;
/**
 * sessionAffinityConfig contains the configurations of session affinity.
 *
 * @schema ElasticsearchSpecTransportServiceSpecSessionAffinityConfig
 */
export interface ElasticsearchSpecTransportServiceSpecSessionAffinityConfig {
    /**
     * clientIP contains the configurations of Client IP based session affinity.
     *
     * @schema ElasticsearchSpecTransportServiceSpecSessionAffinityConfig#clientIP
     */
    readonly clientIp?: ElasticsearchSpecTransportServiceSpecSessionAffinityConfigClientIp;
}
/**
 * Converts an object of type 'ElasticsearchSpecTransportServiceSpecSessionAffinityConfig' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecTransportServiceSpecSessionAffinityConfig(obj: ElasticsearchSpecTransportServiceSpecSessionAffinityConfig | undefined): Record<string, any> | undefined;
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
 * @schema ElasticsearchSpecHttpServiceSpecPortsTargetPort
 */
export declare class ElasticsearchSpecHttpServiceSpecPortsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchSpecHttpServiceSpecPortsTargetPort;
    static fromString(value: string): ElasticsearchSpecHttpServiceSpecPortsTargetPort;
    private constructor();
}
/**
 * clientIP contains the configurations of Client IP based session affinity.
 *
 * @schema ElasticsearchSpecHttpServiceSpecSessionAffinityConfigClientIp
 */
export interface ElasticsearchSpecHttpServiceSpecSessionAffinityConfigClientIp {
    /**
     * timeoutSeconds specifies the seconds of ClientIP type session sticky time.
     * The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP".
     * Default value is 10800(for 3 hours).
     *
     * @schema ElasticsearchSpecHttpServiceSpecSessionAffinityConfigClientIp#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'ElasticsearchSpecHttpServiceSpecSessionAffinityConfigClientIp' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecHttpServiceSpecSessionAffinityConfigClientIp(obj: ElasticsearchSpecHttpServiceSpecSessionAffinityConfigClientIp | undefined): Record<string, any> | undefined;
/**
 * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResourcesLimits
 */
export declare class ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResourcesLimits;
    static fromString(value: string): ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResourcesLimits;
    private constructor();
}
/**
 * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResourcesRequests
 */
export declare class ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResourcesRequests;
    static fromString(value: string): ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecSelectorMatchExpressions
 */
export interface ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecSelectorMatchExpressions(obj: ElasticsearchSpecNodeSetsVolumeClaimTemplatesSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
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
 * @schema ElasticsearchSpecRemoteClusterServerServiceSpecPortsTargetPort
 */
export declare class ElasticsearchSpecRemoteClusterServerServiceSpecPortsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchSpecRemoteClusterServerServiceSpecPortsTargetPort;
    static fromString(value: string): ElasticsearchSpecRemoteClusterServerServiceSpecPortsTargetPort;
    private constructor();
}
/**
 * clientIP contains the configurations of Client IP based session affinity.
 *
 * @schema ElasticsearchSpecRemoteClusterServerServiceSpecSessionAffinityConfigClientIp
 */
export interface ElasticsearchSpecRemoteClusterServerServiceSpecSessionAffinityConfigClientIp {
    /**
     * timeoutSeconds specifies the seconds of ClientIP type session sticky time.
     * The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP".
     * Default value is 10800(for 3 hours).
     *
     * @schema ElasticsearchSpecRemoteClusterServerServiceSpecSessionAffinityConfigClientIp#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'ElasticsearchSpecRemoteClusterServerServiceSpecSessionAffinityConfigClientIp' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecRemoteClusterServerServiceSpecSessionAffinityConfigClientIp(obj: ElasticsearchSpecRemoteClusterServerServiceSpecSessionAffinityConfigClientIp | undefined): Record<string, any> | undefined;
/**
 * @schema ElasticsearchSpecRemoteClustersApiKeyAccessSearchFieldSecurity
 */
export interface ElasticsearchSpecRemoteClustersApiKeyAccessSearchFieldSecurity {
    /**
     * @schema ElasticsearchSpecRemoteClustersApiKeyAccessSearchFieldSecurity#except
     */
    readonly except: string[];
    /**
     * @schema ElasticsearchSpecRemoteClustersApiKeyAccessSearchFieldSecurity#grant
     */
    readonly grant: string[];
}
/**
 * Converts an object of type 'ElasticsearchSpecRemoteClustersApiKeyAccessSearchFieldSecurity' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecRemoteClustersApiKeyAccessSearchFieldSecurity(obj: ElasticsearchSpecRemoteClustersApiKeyAccessSearchFieldSecurity | undefined): Record<string, any> | undefined;
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
 * @schema ElasticsearchSpecTransportServiceSpecPortsTargetPort
 */
export declare class ElasticsearchSpecTransportServiceSpecPortsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchSpecTransportServiceSpecPortsTargetPort;
    static fromString(value: string): ElasticsearchSpecTransportServiceSpecPortsTargetPort;
    private constructor();
}
/**
 * clientIP contains the configurations of Client IP based session affinity.
 *
 * @schema ElasticsearchSpecTransportServiceSpecSessionAffinityConfigClientIp
 */
export interface ElasticsearchSpecTransportServiceSpecSessionAffinityConfigClientIp {
    /**
     * timeoutSeconds specifies the seconds of ClientIP type session sticky time.
     * The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP".
     * Default value is 10800(for 3 hours).
     *
     * @schema ElasticsearchSpecTransportServiceSpecSessionAffinityConfigClientIp#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'ElasticsearchSpecTransportServiceSpecSessionAffinityConfigClientIp' to JSON representation.
 */
export declare function toJson_ElasticsearchSpecTransportServiceSpecSessionAffinityConfigClientIp(obj: ElasticsearchSpecTransportServiceSpecSessionAffinityConfigClientIp | undefined): Record<string, any> | undefined;
/**
 * Elasticsearch represents an Elasticsearch resource in a Kubernetes cluster.
 *
 * @schema ElasticsearchV1Beta1
 */
export declare class ElasticsearchV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ElasticsearchV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ElasticsearchV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ElasticsearchV1Beta1Props): any;
    /**
     * Defines a "ElasticsearchV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ElasticsearchV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Elasticsearch represents an Elasticsearch resource in a Kubernetes cluster.
 *
 * @schema ElasticsearchV1Beta1
 */
export interface ElasticsearchV1Beta1Props {
    /**
     * @schema ElasticsearchV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ElasticsearchSpec holds the specification of an Elasticsearch cluster.
     *
     * @schema ElasticsearchV1Beta1#spec
     */
    readonly spec?: ElasticsearchV1Beta1Spec;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1Props' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1Props(obj: ElasticsearchV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * ElasticsearchSpec holds the specification of an Elasticsearch cluster.
 *
 * @schema ElasticsearchV1Beta1Spec
 */
export interface ElasticsearchV1Beta1Spec {
    /**
     * HTTP holds HTTP layer settings for Elasticsearch.
     *
     * @schema ElasticsearchV1Beta1Spec#http
     */
    readonly http?: ElasticsearchV1Beta1SpecHttp;
    /**
     * Image is the Elasticsearch Docker image to deploy.
     *
     * @schema ElasticsearchV1Beta1Spec#image
     */
    readonly image?: string;
    /**
     * NodeSets allow specifying groups of Elasticsearch nodes sharing the same configuration and Pod templates.
     *
     * @schema ElasticsearchV1Beta1Spec#nodeSets
     */
    readonly nodeSets: ElasticsearchV1Beta1SpecNodeSets[];
    /**
     * PodDisruptionBudget provides access to the default pod disruption budget for the Elasticsearch cluster.
     * The default budget selects all cluster pods and sets `maxUnavailable` to 1. To disable, set `PodDisruptionBudget`
     * to the empty value (`{}` in YAML).
     *
     * @schema ElasticsearchV1Beta1Spec#podDisruptionBudget
     */
    readonly podDisruptionBudget?: ElasticsearchV1Beta1SpecPodDisruptionBudget;
    /**
     * SecureSettings is a list of references to Kubernetes secrets containing sensitive configuration options for Elasticsearch.
     *
     * @schema ElasticsearchV1Beta1Spec#secureSettings
     */
    readonly secureSettings?: ElasticsearchV1Beta1SpecSecureSettings[];
    /**
     * UpdateStrategy specifies how updates to the cluster should be performed.
     *
     * @schema ElasticsearchV1Beta1Spec#updateStrategy
     */
    readonly updateStrategy?: ElasticsearchV1Beta1SpecUpdateStrategy;
    /**
     * Version of Elasticsearch.
     *
     * @schema ElasticsearchV1Beta1Spec#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1Spec' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1Spec(obj: ElasticsearchV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * HTTP holds HTTP layer settings for Elasticsearch.
 *
 * @schema ElasticsearchV1Beta1SpecHttp
 */
export interface ElasticsearchV1Beta1SpecHttp {
    /**
     * Service defines the template for the associated Kubernetes Service object.
     *
     * @schema ElasticsearchV1Beta1SpecHttp#service
     */
    readonly service?: ElasticsearchV1Beta1SpecHttpService;
    /**
     * TLS defines options for configuring TLS for HTTP.
     *
     * @schema ElasticsearchV1Beta1SpecHttp#tls
     */
    readonly tls?: ElasticsearchV1Beta1SpecHttpTls;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecHttp' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecHttp(obj: ElasticsearchV1Beta1SpecHttp | undefined): Record<string, any> | undefined;
/**
 * NodeSet is the specification for a group of Elasticsearch nodes sharing the same configuration and a Pod template.
 *
 * @schema ElasticsearchV1Beta1SpecNodeSets
 */
export interface ElasticsearchV1Beta1SpecNodeSets {
    /**
     * Config holds the Elasticsearch configuration.
     *
     * @schema ElasticsearchV1Beta1SpecNodeSets#config
     */
    readonly config?: any;
    /**
     * Count of Elasticsearch nodes to deploy.
     *
     * @schema ElasticsearchV1Beta1SpecNodeSets#count
     */
    readonly count: number;
    /**
     * Name of this set of nodes. Becomes a part of the Elasticsearch node.name setting.
     *
     * @schema ElasticsearchV1Beta1SpecNodeSets#name
     */
    readonly name: string;
    /**
     * PodTemplate provides customization options (labels, annotations, affinity rules, resource requests, and so on) for the Pods belonging to this NodeSet.
     *
     * @schema ElasticsearchV1Beta1SpecNodeSets#podTemplate
     */
    readonly podTemplate?: any;
    /**
     * VolumeClaimTemplates is a list of persistent volume claims to be used by each Pod in this NodeSet.
     * Every claim in this list must have a matching volumeMount in one of the containers defined in the PodTemplate.
     * Items defined here take precedence over any default claims added by the operator with the same name.
     *
     * @schema ElasticsearchV1Beta1SpecNodeSets#volumeClaimTemplates
     */
    readonly volumeClaimTemplates?: ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplates[];
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecNodeSets' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecNodeSets(obj: ElasticsearchV1Beta1SpecNodeSets | undefined): Record<string, any> | undefined;
/**
 * PodDisruptionBudget provides access to the default pod disruption budget for the Elasticsearch cluster.
 * The default budget selects all cluster pods and sets `maxUnavailable` to 1. To disable, set `PodDisruptionBudget`
 * to the empty value (`{}` in YAML).
 *
 * @schema ElasticsearchV1Beta1SpecPodDisruptionBudget
 */
export interface ElasticsearchV1Beta1SpecPodDisruptionBudget {
    /**
     * ObjectMeta is the metadata of the PDB.
     * The name and namespace provided here are managed by ECK and will be ignored.
     *
     * @schema ElasticsearchV1Beta1SpecPodDisruptionBudget#metadata
     */
    readonly metadata?: ElasticsearchV1Beta1SpecPodDisruptionBudgetMetadata;
    /**
     * Spec is the specification of the PDB.
     *
     * @schema ElasticsearchV1Beta1SpecPodDisruptionBudget#spec
     */
    readonly spec?: ElasticsearchV1Beta1SpecPodDisruptionBudgetSpec;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecPodDisruptionBudget' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecPodDisruptionBudget(obj: ElasticsearchV1Beta1SpecPodDisruptionBudget | undefined): Record<string, any> | undefined;
/**
 * SecretSource defines a data source based on a Kubernetes Secret.
 *
 * @schema ElasticsearchV1Beta1SpecSecureSettings
 */
export interface ElasticsearchV1Beta1SpecSecureSettings {
    /**
     * Entries define how to project each key-value pair in the secret to filesystem paths.
     * If not defined, all keys will be projected to similarly named paths in the filesystem.
     * If defined, only the specified keys will be projected to the corresponding paths.
     *
     * @schema ElasticsearchV1Beta1SpecSecureSettings#entries
     */
    readonly entries?: ElasticsearchV1Beta1SpecSecureSettingsEntries[];
    /**
     * SecretName is the name of the secret.
     *
     * @schema ElasticsearchV1Beta1SpecSecureSettings#secretName
     */
    readonly secretName: string;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecSecureSettings' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecSecureSettings(obj: ElasticsearchV1Beta1SpecSecureSettings | undefined): Record<string, any> | undefined;
/**
 * UpdateStrategy specifies how updates to the cluster should be performed.
 *
 * @schema ElasticsearchV1Beta1SpecUpdateStrategy
 */
export interface ElasticsearchV1Beta1SpecUpdateStrategy {
    /**
     * ChangeBudget defines the constraints to consider when applying changes to the Elasticsearch cluster.
     *
     * @schema ElasticsearchV1Beta1SpecUpdateStrategy#changeBudget
     */
    readonly changeBudget?: ElasticsearchV1Beta1SpecUpdateStrategyChangeBudget;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecUpdateStrategy' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecUpdateStrategy(obj: ElasticsearchV1Beta1SpecUpdateStrategy | undefined): Record<string, any> | undefined;
/**
 * Service defines the template for the associated Kubernetes Service object.
 *
 * @schema ElasticsearchV1Beta1SpecHttpService
 */
export interface ElasticsearchV1Beta1SpecHttpService {
    /**
     * ObjectMeta is the metadata of the service.
     * The name and namespace provided here are managed by ECK and will be ignored.
     *
     * @schema ElasticsearchV1Beta1SpecHttpService#metadata
     */
    readonly metadata?: ElasticsearchV1Beta1SpecHttpServiceMetadata;
    /**
     * Spec is the specification of the service.
     *
     * @schema ElasticsearchV1Beta1SpecHttpService#spec
     */
    readonly spec?: ElasticsearchV1Beta1SpecHttpServiceSpec;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecHttpService' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecHttpService(obj: ElasticsearchV1Beta1SpecHttpService | undefined): Record<string, any> | undefined;
/**
 * TLS defines options for configuring TLS for HTTP.
 *
 * @schema ElasticsearchV1Beta1SpecHttpTls
 */
export interface ElasticsearchV1Beta1SpecHttpTls {
    /**
     * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
     * The referenced secret should contain the following:
     *
     * - `ca.crt`: The certificate authority (optional).
     * - `tls.crt`: The certificate (or a chain).
     * - `tls.key`: The private key to the first certificate in the certificate chain.
     *
     * @schema ElasticsearchV1Beta1SpecHttpTls#certificate
     */
    readonly certificate?: ElasticsearchV1Beta1SpecHttpTlsCertificate;
    /**
     * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
     *
     * @schema ElasticsearchV1Beta1SpecHttpTls#selfSignedCertificate
     */
    readonly selfSignedCertificate?: ElasticsearchV1Beta1SpecHttpTlsSelfSignedCertificate;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecHttpTls' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecHttpTls(obj: ElasticsearchV1Beta1SpecHttpTls | undefined): Record<string, any> | undefined;
/**
 * PersistentVolumeClaim is a user's request for and claim to a persistent volume
 *
 * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplates
 */
export interface ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplates {
    /**
     * APIVersion defines the versioned schema of this representation of an object.
     * Servers should convert recognized schemas to the latest internal value, and
     * may reject unrecognized values.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplates#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Kind is a string value representing the REST resource this object represents.
     * Servers may infer this from the endpoint the client submits requests to.
     * Cannot be updated.
     * In CamelCase.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplates#kind
     */
    readonly kind?: string;
    /**
     * Standard object's metadata.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplates#metadata
     */
    readonly metadata?: ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesMetadata;
    /**
     * spec defines the desired characteristics of a volume requested by a pod author.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplates#spec
     */
    readonly spec?: ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpec;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplates' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplates(obj: ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplates | undefined): Record<string, any> | undefined;
/**
 * ObjectMeta is the metadata of the PDB.
 * The name and namespace provided here are managed by ECK and will be ignored.
 *
 * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetMetadata
 */
export interface ElasticsearchV1Beta1SpecPodDisruptionBudgetMetadata {
    /**
     * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetMetadata#name
     */
    readonly name?: string;
    /**
     * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecPodDisruptionBudgetMetadata' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecPodDisruptionBudgetMetadata(obj: ElasticsearchV1Beta1SpecPodDisruptionBudgetMetadata | undefined): Record<string, any> | undefined;
/**
 * Spec is the specification of the PDB.
 *
 * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetSpec
 */
export interface ElasticsearchV1Beta1SpecPodDisruptionBudgetSpec {
    /**
     * An eviction is allowed if at most "maxUnavailable" pods selected by
     * "selector" are unavailable after the eviction, i.e. even in absence of
     * the evicted pod. For example, one can prevent all voluntary evictions
     * by specifying 0. This is a mutually exclusive setting with "minAvailable".
     *
     * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetSpec#maxUnavailable
     */
    readonly maxUnavailable?: ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecMaxUnavailable;
    /**
     * An eviction is allowed if at least "minAvailable" pods selected by
     * "selector" will still be available after the eviction, i.e. even in the
     * absence of the evicted pod.  So for example you can prevent all voluntary
     * evictions by specifying "100%".
     *
     * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetSpec#minAvailable
     */
    readonly minAvailable?: ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecMinAvailable;
    /**
     * Label query over pods whose evictions are managed by the disruption
     * budget.
     * A null selector selects no pods.
     * An empty selector ({}) also selects no pods, which differs from standard behavior of selecting all pods.
     * In policy/v1, an empty selector will select all pods in the namespace.
     *
     * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetSpec#selector
     */
    readonly selector?: ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecSelector;
    /**
     * UnhealthyPodEvictionPolicy defines the criteria for when unhealthy pods
     * should be considered for eviction. Current implementation considers healthy pods,
     * as pods that have status.conditions item with type="Ready",status="True".
     *
     * Valid policies are IfHealthyBudget and AlwaysAllow.
     * If no policy is specified, the default behavior will be used,
     * which corresponds to the IfHealthyBudget policy.
     *
     * IfHealthyBudget policy means that running pods (status.phase="Running"),
     * but not yet healthy can be evicted only if the guarded application is not
     * disrupted (status.currentHealthy is at least equal to status.desiredHealthy).
     * Healthy pods will be subject to the PDB for eviction.
     *
     * AlwaysAllow policy means that all running pods (status.phase="Running"),
     * but not yet healthy are considered disrupted and can be evicted regardless
     * of whether the criteria in a PDB is met. This means perspective running
     * pods of a disrupted application might not get a chance to become healthy.
     * Healthy pods will be subject to the PDB for eviction.
     *
     * Additional policies may be added in the future.
     * Clients making eviction decisions should disallow eviction of unhealthy pods
     * if they encounter an unrecognized policy in this field.
     *
     * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetSpec#unhealthyPodEvictionPolicy
     */
    readonly unhealthyPodEvictionPolicy?: string;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecPodDisruptionBudgetSpec' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecPodDisruptionBudgetSpec(obj: ElasticsearchV1Beta1SpecPodDisruptionBudgetSpec | undefined): Record<string, any> | undefined;
/**
 * KeyToPath defines how to map a key in a Secret object to a filesystem path.
 *
 * @schema ElasticsearchV1Beta1SpecSecureSettingsEntries
 */
export interface ElasticsearchV1Beta1SpecSecureSettingsEntries {
    /**
     * Key is the key contained in the secret.
     *
     * @schema ElasticsearchV1Beta1SpecSecureSettingsEntries#key
     */
    readonly key: string;
    /**
     * Path is the relative file path to map the key to.
     * Path must not be an absolute file path and must not contain any ".." components.
     *
     * @schema ElasticsearchV1Beta1SpecSecureSettingsEntries#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecSecureSettingsEntries' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecSecureSettingsEntries(obj: ElasticsearchV1Beta1SpecSecureSettingsEntries | undefined): Record<string, any> | undefined;
/**
 * ChangeBudget defines the constraints to consider when applying changes to the Elasticsearch cluster.
 *
 * @schema ElasticsearchV1Beta1SpecUpdateStrategyChangeBudget
 */
export interface ElasticsearchV1Beta1SpecUpdateStrategyChangeBudget {
    /**
     * MaxSurge is the maximum number of new pods that can be created exceeding the original number of pods defined in
     * the specification. MaxSurge is only taken into consideration when scaling up. Setting a negative value will
     * disable the restriction. Defaults to unbounded if not specified.
     *
     * @default unbounded if not specified.
     * @schema ElasticsearchV1Beta1SpecUpdateStrategyChangeBudget#maxSurge
     */
    readonly maxSurge?: number;
    /**
     * MaxUnavailable is the maximum number of pods that can be unavailable (not ready) during the update due to
     * circumstances under the control of the operator. Setting a negative value will disable this restriction.
     * Defaults to 1 if not specified.
     *
     * @default 1 if not specified.
     * @schema ElasticsearchV1Beta1SpecUpdateStrategyChangeBudget#maxUnavailable
     */
    readonly maxUnavailable?: number;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecUpdateStrategyChangeBudget' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecUpdateStrategyChangeBudget(obj: ElasticsearchV1Beta1SpecUpdateStrategyChangeBudget | undefined): Record<string, any> | undefined;
/**
 * ObjectMeta is the metadata of the service.
 * The name and namespace provided here are managed by ECK and will be ignored.
 *
 * @schema ElasticsearchV1Beta1SpecHttpServiceMetadata
 */
export interface ElasticsearchV1Beta1SpecHttpServiceMetadata {
    /**
     * @schema ElasticsearchV1Beta1SpecHttpServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ElasticsearchV1Beta1SpecHttpServiceMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema ElasticsearchV1Beta1SpecHttpServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema ElasticsearchV1Beta1SpecHttpServiceMetadata#name
     */
    readonly name?: string;
    /**
     * @schema ElasticsearchV1Beta1SpecHttpServiceMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecHttpServiceMetadata' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecHttpServiceMetadata(obj: ElasticsearchV1Beta1SpecHttpServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Spec is the specification of the service.
 *
 * @schema ElasticsearchV1Beta1SpecHttpServiceSpec
 */
export interface ElasticsearchV1Beta1SpecHttpServiceSpec {
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
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#allocateLoadBalancerNodePorts
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
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#clusterIP
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
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#clusterIPs
     */
    readonly clusterIPs?: string[];
    /**
     * externalIPs is a list of IP addresses for which nodes in the cluster
     * will also accept traffic for this service.  These IPs are not managed by
     * Kubernetes.  The user is responsible for ensuring that traffic arrives
     * at a node with this IP.  A common example is external load-balancers
     * that are not part of the Kubernetes system.
     *
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#externalIPs
     */
    readonly externalIPs?: string[];
    /**
     * externalName is the external reference that discovery mechanisms will
     * return as an alias for this service (e.g. a DNS CNAME record). No
     * proxying will be involved.  Must be a lowercase RFC-1123 hostname
     * (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".
     *
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#externalName
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
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#externalTrafficPolicy
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
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#healthCheckNodePort
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
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#internalTrafficPolicy
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
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#ipFamilies
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
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#ipFamilyPolicy
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
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#loadBalancerClass
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
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#loadBalancerIP
     */
    readonly loadBalancerIp?: string;
    /**
     * If specified and supported by the platform, this will restrict traffic through the cloud-provider
     * load-balancer will be restricted to the specified client IPs. This field will be ignored if the
     * cloud-provider does not support the feature."
     * More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/
     *
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#loadBalancerSourceRanges
     */
    readonly loadBalancerSourceRanges?: string[];
    /**
     * The list of ports that are exposed by this service.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#ports
     */
    readonly ports?: ElasticsearchV1Beta1SpecHttpServiceSpecPorts[];
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
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#publishNotReadyAddresses
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
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#selector
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
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#sessionAffinity
     */
    readonly sessionAffinity?: string;
    /**
     * sessionAffinityConfig contains the configurations of session affinity.
     *
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#sessionAffinityConfig
     */
    readonly sessionAffinityConfig?: ElasticsearchV1Beta1SpecHttpServiceSpecSessionAffinityConfig;
    /**
     * TrafficDistribution offers a way to express preferences for how traffic
     * is distributed to Service endpoints. Implementations can use this field
     * as a hint, but are not required to guarantee strict adherence. If the
     * field is not set, the implementation will apply its default routing
     * strategy. If set to "PreferClose", implementations should prioritize
     * endpoints that are in the same zone.
     *
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#trafficDistribution
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
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpec#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecHttpServiceSpec' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecHttpServiceSpec(obj: ElasticsearchV1Beta1SpecHttpServiceSpec | undefined): Record<string, any> | undefined;
/**
 * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
 * The referenced secret should contain the following:
 *
 * - `ca.crt`: The certificate authority (optional).
 * - `tls.crt`: The certificate (or a chain).
 * - `tls.key`: The private key to the first certificate in the certificate chain.
 *
 * @schema ElasticsearchV1Beta1SpecHttpTlsCertificate
 */
export interface ElasticsearchV1Beta1SpecHttpTlsCertificate {
    /**
     * SecretName is the name of the secret.
     *
     * @schema ElasticsearchV1Beta1SpecHttpTlsCertificate#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecHttpTlsCertificate' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecHttpTlsCertificate(obj: ElasticsearchV1Beta1SpecHttpTlsCertificate | undefined): Record<string, any> | undefined;
/**
 * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
 *
 * @schema ElasticsearchV1Beta1SpecHttpTlsSelfSignedCertificate
 */
export interface ElasticsearchV1Beta1SpecHttpTlsSelfSignedCertificate {
    /**
     * Disabled indicates that the provisioning of the self-signed certifcate should be disabled.
     *
     * @schema ElasticsearchV1Beta1SpecHttpTlsSelfSignedCertificate#disabled
     */
    readonly disabled?: boolean;
    /**
     * SubjectAlternativeNames is a list of SANs to include in the generated HTTP TLS certificate.
     *
     * @schema ElasticsearchV1Beta1SpecHttpTlsSelfSignedCertificate#subjectAltNames
     */
    readonly subjectAltNames?: ElasticsearchV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames[];
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecHttpTlsSelfSignedCertificate' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecHttpTlsSelfSignedCertificate(obj: ElasticsearchV1Beta1SpecHttpTlsSelfSignedCertificate | undefined): Record<string, any> | undefined;
/**
 * Standard object's metadata.
 * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
 *
 * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesMetadata
 */
export interface ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesMetadata {
    /**
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesMetadata#name
     */
    readonly name?: string;
    /**
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesMetadata' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesMetadata(obj: ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesMetadata | undefined): Record<string, any> | undefined;
/**
 * spec defines the desired characteristics of a volume requested by a pod author.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
 *
 * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpec
 */
export interface ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpec#accessModes
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
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpec#dataSource
     */
    readonly dataSource?: ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSource;
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
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpec#dataSourceRef
     */
    readonly dataSourceRef?: ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * Users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpec#resources
     */
    readonly resources?: ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpec#selector
     */
    readonly selector?: ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpec#storageClassName
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
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpec' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpec(obj: ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpec | undefined): Record<string, any> | undefined;
/**
 * An eviction is allowed if at most "maxUnavailable" pods selected by
 * "selector" are unavailable after the eviction, i.e. even in absence of
 * the evicted pod. For example, one can prevent all voluntary evictions
 * by specifying 0. This is a mutually exclusive setting with "minAvailable".
 *
 * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecMaxUnavailable
 */
export declare class ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecMaxUnavailable;
    static fromString(value: string): ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecMaxUnavailable;
    private constructor();
}
/**
 * An eviction is allowed if at least "minAvailable" pods selected by
 * "selector" will still be available after the eviction, i.e. even in the
 * absence of the evicted pod.  So for example you can prevent all voluntary
 * evictions by specifying "100%".
 *
 * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecMinAvailable
 */
export declare class ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecMinAvailable {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecMinAvailable;
    static fromString(value: string): ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecMinAvailable;
    private constructor();
}
/**
 * Label query over pods whose evictions are managed by the disruption
 * budget.
 * A null selector selects no pods.
 * An empty selector ({}) also selects no pods, which differs from standard behavior of selecting all pods.
 * In policy/v1, an empty selector will select all pods in the namespace.
 *
 * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecSelector
 */
export interface ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecSelector#matchExpressions
     */
    readonly matchExpressions?: ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecSelector' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecSelector(obj: ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecSelector | undefined): Record<string, any> | undefined;
/**
 * ServicePort contains information on service's port.
 *
 * @schema ElasticsearchV1Beta1SpecHttpServiceSpecPorts
 */
export interface ElasticsearchV1Beta1SpecHttpServiceSpecPorts {
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
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpecPorts#appProtocol
     */
    readonly appProtocol?: string;
    /**
     * The name of this port within the service. This must be a DNS_LABEL.
     * All ports within a ServiceSpec must have unique names. When considering
     * the endpoints for a Service, this must match the 'name' field in the
     * EndpointPort.
     * Optional if only one ServicePort is defined on this service.
     *
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpecPorts#name
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
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpecPorts#nodePort
     */
    readonly nodePort?: number;
    /**
     * The port that will be exposed by this service.
     *
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpecPorts#port
     */
    readonly port: number;
    /**
     * The IP protocol for this port. Supports "TCP", "UDP", and "SCTP".
     * Default is TCP.
     *
     * @default TCP.
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpecPorts#protocol
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
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpecPorts#targetPort
     */
    readonly targetPort?: ElasticsearchV1Beta1SpecHttpServiceSpecPortsTargetPort;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecHttpServiceSpecPorts' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecHttpServiceSpecPorts(obj: ElasticsearchV1Beta1SpecHttpServiceSpecPorts | undefined): Record<string, any> | undefined;
/**
 * sessionAffinityConfig contains the configurations of session affinity.
 *
 * @schema ElasticsearchV1Beta1SpecHttpServiceSpecSessionAffinityConfig
 */
export interface ElasticsearchV1Beta1SpecHttpServiceSpecSessionAffinityConfig {
    /**
     * clientIP contains the configurations of Client IP based session affinity.
     *
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpecSessionAffinityConfig#clientIP
     */
    readonly clientIp?: ElasticsearchV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecHttpServiceSpecSessionAffinityConfig' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecHttpServiceSpecSessionAffinityConfig(obj: ElasticsearchV1Beta1SpecHttpServiceSpecSessionAffinityConfig | undefined): Record<string, any> | undefined;
/**
 * SubjectAlternativeName represents a SAN entry in a x509 certificate.
 *
 * @schema ElasticsearchV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames
 */
export interface ElasticsearchV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames {
    /**
     * DNS is the DNS name of the subject.
     *
     * @schema ElasticsearchV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames#dns
     */
    readonly dns?: string;
    /**
     * IP is the IP address of the subject.
     *
     * @schema ElasticsearchV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames(obj: ElasticsearchV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames | undefined): Record<string, any> | undefined;
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
 * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSource
 */
export interface ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSource' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSource(obj: ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSource | undefined): Record<string, any> | undefined;
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
 * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef
 */
export interface ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef(obj: ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * Users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecResources
 */
export interface ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecResources#limits
     */
    readonly limits?: {
        [key: string]: ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecResources#requests
     */
    readonly requests?: {
        [key: string]: ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecResources' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecResources(obj: ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecSelector
 */
export interface ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecSelector#matchExpressions
     */
    readonly matchExpressions?: ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecSelector' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecSelector(obj: ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecSelectorMatchExpressions
 */
export interface ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecSelectorMatchExpressions(obj: ElasticsearchV1Beta1SpecPodDisruptionBudgetSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
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
 * @schema ElasticsearchV1Beta1SpecHttpServiceSpecPortsTargetPort
 */
export declare class ElasticsearchV1Beta1SpecHttpServiceSpecPortsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchV1Beta1SpecHttpServiceSpecPortsTargetPort;
    static fromString(value: string): ElasticsearchV1Beta1SpecHttpServiceSpecPortsTargetPort;
    private constructor();
}
/**
 * clientIP contains the configurations of Client IP based session affinity.
 *
 * @schema ElasticsearchV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp
 */
export interface ElasticsearchV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp {
    /**
     * timeoutSeconds specifies the seconds of ClientIP type session sticky time.
     * The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP".
     * Default value is 10800(for 3 hours).
     *
     * @schema ElasticsearchV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp(obj: ElasticsearchV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp | undefined): Record<string, any> | undefined;
/**
 * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecResourcesLimits
 */
export declare class ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecResourcesLimits;
    static fromString(value: string): ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecResourcesLimits;
    private constructor();
}
/**
 * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecResourcesRequests
 */
export declare class ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecResourcesRequests;
    static fromString(value: string): ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecSelectorMatchExpressions
 */
export interface ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecSelectorMatchExpressions(obj: ElasticsearchV1Beta1SpecNodeSetsVolumeClaimTemplatesSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * to not break compatibility when upgrading from previous versions of the CRD
 *
 * @schema ElasticsearchV1Alpha1
 */
export declare class ElasticsearchV1Alpha1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ElasticsearchV1Alpha1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ElasticsearchV1Alpha1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ElasticsearchV1Alpha1Props): any;
    /**
     * Defines a "ElasticsearchV1Alpha1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ElasticsearchV1Alpha1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * to not break compatibility when upgrading from previous versions of the CRD
 *
 * @schema ElasticsearchV1Alpha1
 */
export interface ElasticsearchV1Alpha1Props {
    /**
     * @schema ElasticsearchV1Alpha1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
}
/**
 * Converts an object of type 'ElasticsearchV1Alpha1Props' to JSON representation.
 */
export declare function toJson_ElasticsearchV1Alpha1Props(obj: ElasticsearchV1Alpha1Props | undefined): Record<string, any> | undefined;
