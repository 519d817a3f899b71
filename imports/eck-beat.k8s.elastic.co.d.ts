import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Beat is the Schema for the Beats API.
 *
 * @schema Beat
 */
export declare class Beat extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Beat"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Beat".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: BeatProps): any;
    /**
     * Defines a "Beat" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: BeatProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Beat is the Schema for the Beats API.
 *
 * @schema Beat
 */
export interface BeatProps {
    /**
     * @schema Beat#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * BeatSpec defines the desired state of a Beat.
     *
     * @schema Beat#spec
     */
    readonly spec?: BeatSpec;
}
/**
 * Converts an object of type 'BeatProps' to JSON representation.
 */
export declare function toJson_BeatProps(obj: BeatProps | undefined): Record<string, any> | undefined;
/**
 * BeatSpec defines the desired state of a Beat.
 *
 * @schema BeatSpec
 */
export interface BeatSpec {
    /**
     * Config holds the Beat configuration. At most one of [`Config`, `ConfigRef`] can be specified.
     *
     * @schema BeatSpec#config
     */
    readonly config?: any;
    /**
     * ConfigRef contains a reference to an existing Kubernetes Secret holding the Beat configuration.
     * Beat settings must be specified as yaml, under a single "beat.yml" entry. At most one of [`Config`, `ConfigRef`]
     * can be specified.
     *
     * @schema BeatSpec#configRef
     */
    readonly configRef?: BeatSpecConfigRef;
    /**
     * DaemonSet specifies the Beat should be deployed as a DaemonSet, and allows providing its spec.
     * Cannot be used along with `deployment`. If both are absent a default for the Type is used.
     *
     * @schema BeatSpec#daemonSet
     */
    readonly daemonSet?: BeatSpecDaemonSet;
    /**
     * Deployment specifies the Beat should be deployed as a Deployment, and allows providing its spec.
     * Cannot be used along with `daemonSet`. If both are absent a default for the Type is used.
     *
     * @schema BeatSpec#deployment
     */
    readonly deployment?: BeatSpecDeployment;
    /**
     * ElasticsearchRef is a reference to an Elasticsearch cluster running in the same Kubernetes cluster.
     *
     * @schema BeatSpec#elasticsearchRef
     */
    readonly elasticsearchRef?: BeatSpecElasticsearchRef;
    /**
     * Image is the Beat Docker image to deploy. Version and Type have to match the Beat in the image.
     *
     * @schema BeatSpec#image
     */
    readonly image?: string;
    /**
     * KibanaRef is a reference to a Kibana instance running in the same Kubernetes cluster.
     * It allows automatic setup of dashboards and visualizations.
     *
     * @schema BeatSpec#kibanaRef
     */
    readonly kibanaRef?: BeatSpecKibanaRef;
    /**
     * Monitoring enables you to collect and ship logs and metrics for this Beat.
     * Metricbeat and/or Filebeat sidecars are configured and send monitoring data to an
     * Elasticsearch monitoring cluster running in the same Kubernetes cluster.
     *
     * @schema BeatSpec#monitoring
     */
    readonly monitoring?: BeatSpecMonitoring;
    /**
     * Resources provides a shorthand to set CPU and Memory resources on the Beat container. When set, these
     * values override any CPU or memory resource settings specified in the DaemonSet or Deployment PodTemplate for
     * the primary Beat container. To set resources on other containers, use the PodTemplate.
     *
     * @schema BeatSpec#resources
     */
    readonly resources?: BeatSpecResources;
    /**
     * RevisionHistoryLimit is the number of revisions to retain to allow rollback in the underlying DaemonSet or Deployment.
     *
     * @schema BeatSpec#revisionHistoryLimit
     */
    readonly revisionHistoryLimit?: number;
    /**
     * SecureSettings is a list of references to Kubernetes Secrets containing sensitive configuration options for the Beat.
     * Secrets data can be then referenced in the Beat config using the Secret's keys or as specified in `Entries` field of
     * each SecureSetting.
     *
     * @schema BeatSpec#secureSettings
     */
    readonly secureSettings?: BeatSpecSecureSettings[];
    /**
     * ServiceAccountName is used to check access from the current resource to Elasticsearch resource in a different namespace.
     * Can only be used if ECK is enforcing RBAC on references.
     *
     * @schema BeatSpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * Type is the type of the Beat to deploy (filebeat, metricbeat, heartbeat, auditbeat, journalbeat, packetbeat, and so on).
     * Any string can be used, but well-known types will have the image field defaulted and have the appropriate
     * Elasticsearch roles created automatically. It also allows for dashboard setup when combined with a `KibanaRef`.
     *
     * @schema BeatSpec#type
     */
    readonly type: string;
    /**
     * Version of the Beat.
     *
     * @schema BeatSpec#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'BeatSpec' to JSON representation.
 */
export declare function toJson_BeatSpec(obj: BeatSpec | undefined): Record<string, any> | undefined;
/**
 * ConfigRef contains a reference to an existing Kubernetes Secret holding the Beat configuration.
 * Beat settings must be specified as yaml, under a single "beat.yml" entry. At most one of [`Config`, `ConfigRef`]
 * can be specified.
 *
 * @schema BeatSpecConfigRef
 */
export interface BeatSpecConfigRef {
    /**
     * SecretName is the name of the secret.
     *
     * @schema BeatSpecConfigRef#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'BeatSpecConfigRef' to JSON representation.
 */
export declare function toJson_BeatSpecConfigRef(obj: BeatSpecConfigRef | undefined): Record<string, any> | undefined;
/**
 * DaemonSet specifies the Beat should be deployed as a DaemonSet, and allows providing its spec.
 * Cannot be used along with `deployment`. If both are absent a default for the Type is used.
 *
 * @schema BeatSpecDaemonSet
 */
export interface BeatSpecDaemonSet {
    /**
     * PodTemplateSpec describes the data a pod should have when created from a template
     *
     * @schema BeatSpecDaemonSet#podTemplate
     */
    readonly podTemplate?: any;
    /**
     * DaemonSetUpdateStrategy is a struct used to control the update strategy for a DaemonSet.
     *
     * @schema BeatSpecDaemonSet#updateStrategy
     */
    readonly updateStrategy?: BeatSpecDaemonSetUpdateStrategy;
}
/**
 * Converts an object of type 'BeatSpecDaemonSet' to JSON representation.
 */
export declare function toJson_BeatSpecDaemonSet(obj: BeatSpecDaemonSet | undefined): Record<string, any> | undefined;
/**
 * Deployment specifies the Beat should be deployed as a Deployment, and allows providing its spec.
 * Cannot be used along with `daemonSet`. If both are absent a default for the Type is used.
 *
 * @schema BeatSpecDeployment
 */
export interface BeatSpecDeployment {
    /**
     * PodTemplateSpec describes the data a pod should have when created from a template
     *
     * @schema BeatSpecDeployment#podTemplate
     */
    readonly podTemplate?: any;
    /**
     * @schema BeatSpecDeployment#replicas
     */
    readonly replicas?: number;
    /**
     * DeploymentStrategy describes how to replace existing pods with new ones.
     *
     * @schema BeatSpecDeployment#strategy
     */
    readonly strategy?: BeatSpecDeploymentStrategy;
}
/**
 * Converts an object of type 'BeatSpecDeployment' to JSON representation.
 */
export declare function toJson_BeatSpecDeployment(obj: BeatSpecDeployment | undefined): Record<string, any> | undefined;
/**
 * ElasticsearchRef is a reference to an Elasticsearch cluster running in the same Kubernetes cluster.
 *
 * @schema BeatSpecElasticsearchRef
 */
export interface BeatSpecElasticsearchRef {
    /**
     * ClientCertificateSecretName is the name of an existing Kubernetes secret containing a client certificate
     * (tls.crt) and private key (tls.key) for client authentication to the referenced resource.
     * This field is only relevant when the referenced Elasticsearch cluster has client authentication enabled.
     * If not specified and the referenced resource requires client authentication, ECK will auto-generate a
     * client certificate.
     *
     * @schema BeatSpecElasticsearchRef#clientCertificateSecretName
     */
    readonly clientCertificateSecretName?: string;
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema BeatSpecElasticsearchRef#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema BeatSpecElasticsearchRef#namespace
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
     * @schema BeatSpecElasticsearchRef#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema BeatSpecElasticsearchRef#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'BeatSpecElasticsearchRef' to JSON representation.
 */
export declare function toJson_BeatSpecElasticsearchRef(obj: BeatSpecElasticsearchRef | undefined): Record<string, any> | undefined;
/**
 * KibanaRef is a reference to a Kibana instance running in the same Kubernetes cluster.
 * It allows automatic setup of dashboards and visualizations.
 *
 * @schema BeatSpecKibanaRef
 */
export interface BeatSpecKibanaRef {
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema BeatSpecKibanaRef#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema BeatSpecKibanaRef#namespace
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
     * @schema BeatSpecKibanaRef#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema BeatSpecKibanaRef#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'BeatSpecKibanaRef' to JSON representation.
 */
export declare function toJson_BeatSpecKibanaRef(obj: BeatSpecKibanaRef | undefined): Record<string, any> | undefined;
/**
 * Monitoring enables you to collect and ship logs and metrics for this Beat.
 * Metricbeat and/or Filebeat sidecars are configured and send monitoring data to an
 * Elasticsearch monitoring cluster running in the same Kubernetes cluster.
 *
 * @schema BeatSpecMonitoring
 */
export interface BeatSpecMonitoring {
    /**
     * Logs holds references to Elasticsearch clusters which receive log data from an associated resource.
     *
     * @schema BeatSpecMonitoring#logs
     */
    readonly logs?: BeatSpecMonitoringLogs;
    /**
     * Metrics holds references to Elasticsearch clusters which receive monitoring data from this resource.
     *
     * @schema BeatSpecMonitoring#metrics
     */
    readonly metrics?: BeatSpecMonitoringMetrics;
}
/**
 * Converts an object of type 'BeatSpecMonitoring' to JSON representation.
 */
export declare function toJson_BeatSpecMonitoring(obj: BeatSpecMonitoring | undefined): Record<string, any> | undefined;
/**
 * Resources provides a shorthand to set CPU and Memory resources on the Beat container. When set, these
 * values override any CPU or memory resource settings specified in the DaemonSet or Deployment PodTemplate for
 * the primary Beat container. To set resources on other containers, use the PodTemplate.
 *
 * @schema BeatSpecResources
 */
export interface BeatSpecResources {
    /**
     * Limits is the shorthand for the main container's CPU and memory limits.
     *
     * @schema BeatSpecResources#limits
     */
    readonly limits?: BeatSpecResourcesLimits;
    /**
     * Requests is the shorthand for the main container's CPU and memory requests.
     *
     * @schema BeatSpecResources#requests
     */
    readonly requests?: BeatSpecResourcesRequests;
}
/**
 * Converts an object of type 'BeatSpecResources' to JSON representation.
 */
export declare function toJson_BeatSpecResources(obj: BeatSpecResources | undefined): Record<string, any> | undefined;
/**
 * SecretSource defines a data source based on a Kubernetes Secret.
 *
 * @schema BeatSpecSecureSettings
 */
export interface BeatSpecSecureSettings {
    /**
     * Entries define how to project each key-value pair in the secret to filesystem paths.
     * If not defined, all keys will be projected to similarly named paths in the filesystem.
     * If defined, only the specified keys will be projected to the corresponding paths.
     *
     * @schema BeatSpecSecureSettings#entries
     */
    readonly entries?: BeatSpecSecureSettingsEntries[];
    /**
     * SecretName is the name of the secret.
     *
     * @schema BeatSpecSecureSettings#secretName
     */
    readonly secretName: string;
}
/**
 * Converts an object of type 'BeatSpecSecureSettings' to JSON representation.
 */
export declare function toJson_BeatSpecSecureSettings(obj: BeatSpecSecureSettings | undefined): Record<string, any> | undefined;
/**
 * DaemonSetUpdateStrategy is a struct used to control the update strategy for a DaemonSet.
 *
 * @schema BeatSpecDaemonSetUpdateStrategy
 */
export interface BeatSpecDaemonSetUpdateStrategy {
    /**
     * Rolling update config params. Present only if type = "RollingUpdate".
     *
     * @schema BeatSpecDaemonSetUpdateStrategy#rollingUpdate
     */
    readonly rollingUpdate?: BeatSpecDaemonSetUpdateStrategyRollingUpdate;
    /**
     * Type of daemon set update. Can be "RollingUpdate" or "OnDelete". Default is RollingUpdate.
     *
     * @default RollingUpdate.
     * @schema BeatSpecDaemonSetUpdateStrategy#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'BeatSpecDaemonSetUpdateStrategy' to JSON representation.
 */
export declare function toJson_BeatSpecDaemonSetUpdateStrategy(obj: BeatSpecDaemonSetUpdateStrategy | undefined): Record<string, any> | undefined;
/**
 * DeploymentStrategy describes how to replace existing pods with new ones.
 *
 * @schema BeatSpecDeploymentStrategy
 */
export interface BeatSpecDeploymentStrategy {
    /**
     * Rolling update config params. Present only if DeploymentStrategyType =
     * RollingUpdate.
     *
     * @schema BeatSpecDeploymentStrategy#rollingUpdate
     */
    readonly rollingUpdate?: BeatSpecDeploymentStrategyRollingUpdate;
    /**
     * Type of deployment. Can be "Recreate" or "RollingUpdate". Default is RollingUpdate.
     *
     * @default RollingUpdate.
     * @schema BeatSpecDeploymentStrategy#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'BeatSpecDeploymentStrategy' to JSON representation.
 */
export declare function toJson_BeatSpecDeploymentStrategy(obj: BeatSpecDeploymentStrategy | undefined): Record<string, any> | undefined;
/**
 * Logs holds references to Elasticsearch clusters which receive log data from an associated resource.
 *
 * @schema BeatSpecMonitoringLogs
 */
export interface BeatSpecMonitoringLogs {
    /**
     * ElasticsearchRefs is a reference to a list of monitoring Elasticsearch clusters running in the same Kubernetes cluster.
     * Due to existing limitations, only a single Elasticsearch cluster is currently supported.
     *
     * @schema BeatSpecMonitoringLogs#elasticsearchRefs
     */
    readonly elasticsearchRefs?: BeatSpecMonitoringLogsElasticsearchRefs[];
}
/**
 * Converts an object of type 'BeatSpecMonitoringLogs' to JSON representation.
 */
export declare function toJson_BeatSpecMonitoringLogs(obj: BeatSpecMonitoringLogs | undefined): Record<string, any> | undefined;
/**
 * Metrics holds references to Elasticsearch clusters which receive monitoring data from this resource.
 *
 * @schema BeatSpecMonitoringMetrics
 */
export interface BeatSpecMonitoringMetrics {
    /**
     * ElasticsearchRefs is a reference to a list of monitoring Elasticsearch clusters running in the same Kubernetes cluster.
     * Due to existing limitations, only a single Elasticsearch cluster is currently supported.
     *
     * @schema BeatSpecMonitoringMetrics#elasticsearchRefs
     */
    readonly elasticsearchRefs?: BeatSpecMonitoringMetricsElasticsearchRefs[];
}
/**
 * Converts an object of type 'BeatSpecMonitoringMetrics' to JSON representation.
 */
export declare function toJson_BeatSpecMonitoringMetrics(obj: BeatSpecMonitoringMetrics | undefined): Record<string, any> | undefined;
/**
 * Limits is the shorthand for the main container's CPU and memory limits.
 *
 * @schema BeatSpecResourcesLimits
 */
export interface BeatSpecResourcesLimits {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema BeatSpecResourcesLimits#cpu
     */
    readonly cpu?: BeatSpecResourcesLimitsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema BeatSpecResourcesLimits#memory
     */
    readonly memory?: BeatSpecResourcesLimitsMemory;
}
/**
 * Converts an object of type 'BeatSpecResourcesLimits' to JSON representation.
 */
export declare function toJson_BeatSpecResourcesLimits(obj: BeatSpecResourcesLimits | undefined): Record<string, any> | undefined;
/**
 * Requests is the shorthand for the main container's CPU and memory requests.
 *
 * @schema BeatSpecResourcesRequests
 */
export interface BeatSpecResourcesRequests {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema BeatSpecResourcesRequests#cpu
     */
    readonly cpu?: BeatSpecResourcesRequestsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema BeatSpecResourcesRequests#memory
     */
    readonly memory?: BeatSpecResourcesRequestsMemory;
}
/**
 * Converts an object of type 'BeatSpecResourcesRequests' to JSON representation.
 */
export declare function toJson_BeatSpecResourcesRequests(obj: BeatSpecResourcesRequests | undefined): Record<string, any> | undefined;
/**
 * KeyToPath defines how to map a key in a Secret object to a filesystem path.
 *
 * @schema BeatSpecSecureSettingsEntries
 */
export interface BeatSpecSecureSettingsEntries {
    /**
     * Key is the key contained in the secret.
     *
     * @schema BeatSpecSecureSettingsEntries#key
     */
    readonly key: string;
    /**
     * Path is the relative file path to map the key to.
     * Path must not be an absolute file path and must not contain any ".." components.
     *
     * @schema BeatSpecSecureSettingsEntries#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'BeatSpecSecureSettingsEntries' to JSON representation.
 */
export declare function toJson_BeatSpecSecureSettingsEntries(obj: BeatSpecSecureSettingsEntries | undefined): Record<string, any> | undefined;
/**
 * Rolling update config params. Present only if type = "RollingUpdate".
 *
 * @schema BeatSpecDaemonSetUpdateStrategyRollingUpdate
 */
export interface BeatSpecDaemonSetUpdateStrategyRollingUpdate {
    /**
     * The maximum number of nodes with an existing available DaemonSet pod that
     * can have an updated DaemonSet pod during during an update.
     * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
     * This can not be 0 if MaxUnavailable is 0.
     * Absolute number is calculated from percentage by rounding up to a minimum of 1.
     * Default value is 0.
     * Example: when this is set to 30%, at most 30% of the total number of nodes
     * that should be running the daemon pod (i.e. status.desiredNumberScheduled)
     * can have their a new pod created before the old pod is marked as deleted.
     * The update starts by launching new pods on 30% of nodes. Once an updated
     * pod is available (Ready for at least minReadySeconds) the old DaemonSet pod
     * on that node is marked deleted. If the old pod becomes unavailable for any
     * reason (Ready transitions to false, is evicted, or is drained) an updated
     * pod is immediately created on that node without considering surge limits.
     * Allowing surge implies the possibility that the resources consumed by the
     * daemonset on any given node can double if the readiness check fails, and
     * so resource intensive daemonsets should take into account that they may
     * cause evictions during disruption.
     *
     * @schema BeatSpecDaemonSetUpdateStrategyRollingUpdate#maxSurge
     */
    readonly maxSurge?: BeatSpecDaemonSetUpdateStrategyRollingUpdateMaxSurge;
    /**
     * The maximum number of DaemonSet pods that can be unavailable during the
     * update. Value can be an absolute number (ex: 5) or a percentage of total
     * number of DaemonSet pods at the start of the update (ex: 10%). Absolute
     * number is calculated from percentage by rounding up.
     * This cannot be 0 if MaxSurge is 0
     * Default value is 1.
     * Example: when this is set to 30%, at most 30% of the total number of nodes
     * that should be running the daemon pod (i.e. status.desiredNumberScheduled)
     * can have their pods stopped for an update at any given time. The update
     * starts by stopping at most 30% of those DaemonSet pods and then brings
     * up new DaemonSet pods in their place. Once the new pods are available,
     * it then proceeds onto other DaemonSet pods, thus ensuring that at least
     * 70% of original number of DaemonSet pods are available at all times during
     * the update.
     *
     * @schema BeatSpecDaemonSetUpdateStrategyRollingUpdate#maxUnavailable
     */
    readonly maxUnavailable?: BeatSpecDaemonSetUpdateStrategyRollingUpdateMaxUnavailable;
}
/**
 * Converts an object of type 'BeatSpecDaemonSetUpdateStrategyRollingUpdate' to JSON representation.
 */
export declare function toJson_BeatSpecDaemonSetUpdateStrategyRollingUpdate(obj: BeatSpecDaemonSetUpdateStrategyRollingUpdate | undefined): Record<string, any> | undefined;
/**
 * Rolling update config params. Present only if DeploymentStrategyType =
 * RollingUpdate.
 *
 * @schema BeatSpecDeploymentStrategyRollingUpdate
 */
export interface BeatSpecDeploymentStrategyRollingUpdate {
    /**
     * The maximum number of pods that can be scheduled above the desired number of
     * pods.
     * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
     * This can not be 0 if MaxUnavailable is 0.
     * Absolute number is calculated from percentage by rounding up.
     * Defaults to 25%.
     * Example: when this is set to 30%, the new ReplicaSet can be scaled up immediately when
     * the rolling update starts, such that the total number of old and new pods do not exceed
     * 130% of desired pods. Once old pods have been killed,
     * new ReplicaSet can be scaled up further, ensuring that total number of pods running
     * at any time during the update is at most 130% of desired pods.
     *
     * @default 25%.
     * @schema BeatSpecDeploymentStrategyRollingUpdate#maxSurge
     */
    readonly maxSurge?: BeatSpecDeploymentStrategyRollingUpdateMaxSurge;
    /**
     * The maximum number of pods that can be unavailable during the update.
     * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
     * Absolute number is calculated from percentage by rounding down.
     * This can not be 0 if MaxSurge is 0.
     * Defaults to 25%.
     * Example: when this is set to 30%, the old ReplicaSet can be scaled down to 70% of desired pods
     * immediately when the rolling update starts. Once new pods are ready, old ReplicaSet
     * can be scaled down further, followed by scaling up the new ReplicaSet, ensuring
     * that the total number of pods available at all times during the update is at
     * least 70% of desired pods.
     *
     * @default 25%.
     * @schema BeatSpecDeploymentStrategyRollingUpdate#maxUnavailable
     */
    readonly maxUnavailable?: BeatSpecDeploymentStrategyRollingUpdateMaxUnavailable;
}
/**
 * Converts an object of type 'BeatSpecDeploymentStrategyRollingUpdate' to JSON representation.
 */
export declare function toJson_BeatSpecDeploymentStrategyRollingUpdate(obj: BeatSpecDeploymentStrategyRollingUpdate | undefined): Record<string, any> | undefined;
/**
 * ObjectSelector defines a reference to a Kubernetes object which can be an Elastic resource managed by the operator
 * or a Secret describing an external Elastic resource not managed by the operator.
 *
 * @schema BeatSpecMonitoringLogsElasticsearchRefs
 */
export interface BeatSpecMonitoringLogsElasticsearchRefs {
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema BeatSpecMonitoringLogsElasticsearchRefs#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema BeatSpecMonitoringLogsElasticsearchRefs#namespace
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
     * @schema BeatSpecMonitoringLogsElasticsearchRefs#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema BeatSpecMonitoringLogsElasticsearchRefs#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'BeatSpecMonitoringLogsElasticsearchRefs' to JSON representation.
 */
export declare function toJson_BeatSpecMonitoringLogsElasticsearchRefs(obj: BeatSpecMonitoringLogsElasticsearchRefs | undefined): Record<string, any> | undefined;
/**
 * ObjectSelector defines a reference to a Kubernetes object which can be an Elastic resource managed by the operator
 * or a Secret describing an external Elastic resource not managed by the operator.
 *
 * @schema BeatSpecMonitoringMetricsElasticsearchRefs
 */
export interface BeatSpecMonitoringMetricsElasticsearchRefs {
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema BeatSpecMonitoringMetricsElasticsearchRefs#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema BeatSpecMonitoringMetricsElasticsearchRefs#namespace
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
     * @schema BeatSpecMonitoringMetricsElasticsearchRefs#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema BeatSpecMonitoringMetricsElasticsearchRefs#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'BeatSpecMonitoringMetricsElasticsearchRefs' to JSON representation.
 */
export declare function toJson_BeatSpecMonitoringMetricsElasticsearchRefs(obj: BeatSpecMonitoringMetricsElasticsearchRefs | undefined): Record<string, any> | undefined;
/**
 * CPU overrides the main container's CPU request/limit when the parent Resources
 * is merged into a PodTemplate. A nil value means "do not override": any CPU
 * value already set on the main container in the PodTemplate is passed through
 * unchanged. Setting this field to nil does not unset a CPU value present in
 * the PodTemplate; to remove it, edit the PodTemplate's container resources.
 * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
 *
 * @schema BeatSpecResourcesLimitsCpu
 */
export declare class BeatSpecResourcesLimitsCpu {
    readonly value: number | string;
    static fromNumber(value: number): BeatSpecResourcesLimitsCpu;
    static fromString(value: string): BeatSpecResourcesLimitsCpu;
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
 * @schema BeatSpecResourcesLimitsMemory
 */
export declare class BeatSpecResourcesLimitsMemory {
    readonly value: number | string;
    static fromNumber(value: number): BeatSpecResourcesLimitsMemory;
    static fromString(value: string): BeatSpecResourcesLimitsMemory;
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
 * @schema BeatSpecResourcesRequestsCpu
 */
export declare class BeatSpecResourcesRequestsCpu {
    readonly value: number | string;
    static fromNumber(value: number): BeatSpecResourcesRequestsCpu;
    static fromString(value: string): BeatSpecResourcesRequestsCpu;
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
 * @schema BeatSpecResourcesRequestsMemory
 */
export declare class BeatSpecResourcesRequestsMemory {
    readonly value: number | string;
    static fromNumber(value: number): BeatSpecResourcesRequestsMemory;
    static fromString(value: string): BeatSpecResourcesRequestsMemory;
    private constructor();
}
/**
 * The maximum number of nodes with an existing available DaemonSet pod that
 * can have an updated DaemonSet pod during during an update.
 * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
 * This can not be 0 if MaxUnavailable is 0.
 * Absolute number is calculated from percentage by rounding up to a minimum of 1.
 * Default value is 0.
 * Example: when this is set to 30%, at most 30% of the total number of nodes
 * that should be running the daemon pod (i.e. status.desiredNumberScheduled)
 * can have their a new pod created before the old pod is marked as deleted.
 * The update starts by launching new pods on 30% of nodes. Once an updated
 * pod is available (Ready for at least minReadySeconds) the old DaemonSet pod
 * on that node is marked deleted. If the old pod becomes unavailable for any
 * reason (Ready transitions to false, is evicted, or is drained) an updated
 * pod is immediately created on that node without considering surge limits.
 * Allowing surge implies the possibility that the resources consumed by the
 * daemonset on any given node can double if the readiness check fails, and
 * so resource intensive daemonsets should take into account that they may
 * cause evictions during disruption.
 *
 * @schema BeatSpecDaemonSetUpdateStrategyRollingUpdateMaxSurge
 */
export declare class BeatSpecDaemonSetUpdateStrategyRollingUpdateMaxSurge {
    readonly value: number | string;
    static fromNumber(value: number): BeatSpecDaemonSetUpdateStrategyRollingUpdateMaxSurge;
    static fromString(value: string): BeatSpecDaemonSetUpdateStrategyRollingUpdateMaxSurge;
    private constructor();
}
/**
 * The maximum number of DaemonSet pods that can be unavailable during the
 * update. Value can be an absolute number (ex: 5) or a percentage of total
 * number of DaemonSet pods at the start of the update (ex: 10%). Absolute
 * number is calculated from percentage by rounding up.
 * This cannot be 0 if MaxSurge is 0
 * Default value is 1.
 * Example: when this is set to 30%, at most 30% of the total number of nodes
 * that should be running the daemon pod (i.e. status.desiredNumberScheduled)
 * can have their pods stopped for an update at any given time. The update
 * starts by stopping at most 30% of those DaemonSet pods and then brings
 * up new DaemonSet pods in their place. Once the new pods are available,
 * it then proceeds onto other DaemonSet pods, thus ensuring that at least
 * 70% of original number of DaemonSet pods are available at all times during
 * the update.
 *
 * @schema BeatSpecDaemonSetUpdateStrategyRollingUpdateMaxUnavailable
 */
export declare class BeatSpecDaemonSetUpdateStrategyRollingUpdateMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): BeatSpecDaemonSetUpdateStrategyRollingUpdateMaxUnavailable;
    static fromString(value: string): BeatSpecDaemonSetUpdateStrategyRollingUpdateMaxUnavailable;
    private constructor();
}
/**
 * The maximum number of pods that can be scheduled above the desired number of
 * pods.
 * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
 * This can not be 0 if MaxUnavailable is 0.
 * Absolute number is calculated from percentage by rounding up.
 * Defaults to 25%.
 * Example: when this is set to 30%, the new ReplicaSet can be scaled up immediately when
 * the rolling update starts, such that the total number of old and new pods do not exceed
 * 130% of desired pods. Once old pods have been killed,
 * new ReplicaSet can be scaled up further, ensuring that total number of pods running
 * at any time during the update is at most 130% of desired pods.
 *
 * @default 25%.
 * @schema BeatSpecDeploymentStrategyRollingUpdateMaxSurge
 */
export declare class BeatSpecDeploymentStrategyRollingUpdateMaxSurge {
    readonly value: number | string;
    static fromNumber(value: number): BeatSpecDeploymentStrategyRollingUpdateMaxSurge;
    static fromString(value: string): BeatSpecDeploymentStrategyRollingUpdateMaxSurge;
    private constructor();
}
/**
 * The maximum number of pods that can be unavailable during the update.
 * Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%).
 * Absolute number is calculated from percentage by rounding down.
 * This can not be 0 if MaxSurge is 0.
 * Defaults to 25%.
 * Example: when this is set to 30%, the old ReplicaSet can be scaled down to 70% of desired pods
 * immediately when the rolling update starts. Once new pods are ready, old ReplicaSet
 * can be scaled down further, followed by scaling up the new ReplicaSet, ensuring
 * that the total number of pods available at all times during the update is at
 * least 70% of desired pods.
 *
 * @default 25%.
 * @schema BeatSpecDeploymentStrategyRollingUpdateMaxUnavailable
 */
export declare class BeatSpecDeploymentStrategyRollingUpdateMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): BeatSpecDeploymentStrategyRollingUpdateMaxUnavailable;
    static fromString(value: string): BeatSpecDeploymentStrategyRollingUpdateMaxUnavailable;
    private constructor();
}
