import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Agent is the Schema for the Agents API.
 *
 * @schema Agent
 */
export declare class Agent extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Agent"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Agent".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: AgentProps): any;
    /**
     * Defines a "Agent" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: AgentProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Agent is the Schema for the Agents API.
 *
 * @schema Agent
 */
export interface AgentProps {
    /**
     * @schema Agent#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * AgentSpec defines the desired state of the Agent
     *
     * @schema Agent#spec
     */
    readonly spec?: AgentSpec;
}
/**
 * Converts an object of type 'AgentProps' to JSON representation.
 */
export declare function toJson_AgentProps(obj: AgentProps | undefined): Record<string, any> | undefined;
/**
 * AgentSpec defines the desired state of the Agent
 *
 * @schema AgentSpec
 */
export interface AgentSpec {
    /**
     * Config holds the Agent configuration. At most one of [`Config`, `ConfigRef`] can be specified.
     *
     * @schema AgentSpec#config
     */
    readonly config?: any;
    /**
     * ConfigRef contains a reference to an existing Kubernetes Secret holding the Agent configuration.
     * Agent settings must be specified as yaml, under a single "agent.yml" entry. At most one of [`Config`, `ConfigRef`]
     * can be specified.
     *
     * @schema AgentSpec#configRef
     */
    readonly configRef?: AgentSpecConfigRef;
    /**
     * DaemonSet specifies the Agent should be deployed as a DaemonSet, and allows providing its spec.
     * Cannot be used along with `deployment` or `statefulSet`.
     *
     * @schema AgentSpec#daemonSet
     */
    readonly daemonSet?: AgentSpecDaemonSet;
    /**
     * Deployment specifies the Agent should be deployed as a Deployment, and allows providing its spec.
     * Cannot be used along with `daemonSet` or `statefulSet`.
     *
     * @schema AgentSpec#deployment
     */
    readonly deployment?: AgentSpecDeployment;
    /**
     * ElasticsearchRefs is a reference to a list of Elasticsearch clusters running in the same Kubernetes cluster.
     * Due to existing limitations, only a single ES cluster is currently supported.
     *
     * @schema AgentSpec#elasticsearchRefs
     */
    readonly elasticsearchRefs?: AgentSpecElasticsearchRefs[];
    /**
     * FleetServerEnabled determines whether this Agent will launch Fleet Server. Don't set unless `mode` is set to `fleet`.
     *
     * @schema AgentSpec#fleetServerEnabled
     */
    readonly fleetServerEnabled?: boolean;
    /**
     * FleetServerRef is a reference to Fleet Server that this Agent should connect to obtain its configuration.
     * Don't set unless `mode` is set to `fleet`.
     * References to Fleet servers running outside the Kubernetes cluster using the `secretName` attribute are not supported.
     *
     * @schema AgentSpec#fleetServerRef
     */
    readonly fleetServerRef?: AgentSpecFleetServerRef;
    /**
     * HTTP holds the HTTP layer configuration for the Agent in Fleet mode with Fleet Server enabled.
     * Set tls.client.authentication to true to require connecting Elastic Agents to present a client
     * certificate (requires an Enterprise license and Elastic Agent 8.19.19+, 9.3.8+, 9.4.4+, or 9.5.0+).
     *
     * @schema AgentSpec#http
     */
    readonly http?: AgentSpecHttp;
    /**
     * Image is the Agent Docker image to deploy. Version has to match the Agent in the image.
     *
     * @schema AgentSpec#image
     */
    readonly image?: string;
    /**
     * KibanaRef is a reference to Kibana where Fleet should be set up and this Agent should be enrolled. Don't set
     * unless `mode` is set to `fleet`.
     *
     * @schema AgentSpec#kibanaRef
     */
    readonly kibanaRef?: AgentSpecKibanaRef;
    /**
     * Mode specifies the runtime mode for the Agent. The configuration can be specified locally through
     * `config` or `configRef` (`standalone` mode), or come from Fleet during runtime (`fleet` mode). Starting with
     * version 8.13.0 Fleet-managed agents support advanced configuration via a local configuration file.
     * See https://www.elastic.co/docs/reference/fleet/advanced-kubernetes-managed-by-fleet
     * Defaults to `standalone` mode.
     *
     * @default standalone` mode.
     * @schema AgentSpec#mode
     */
    readonly mode?: AgentSpecMode;
    /**
     * PolicyID determines into which Agent Policy this Agent will be enrolled.
     * This field will become mandatory in a future release, default policies are deprecated since 8.1.0.
     *
     * @schema AgentSpec#policyID
     */
    readonly policyId?: string;
    /**
     * Resources provides a shorthand to set CPU and Memory resources on the Agent container. When set, these
     * values override any CPU or memory resource settings specified in the DaemonSet, Deployment, or StatefulSet
     * PodTemplate for the primary Agent container. To set resources on other containers, use the PodTemplate.
     *
     * @schema AgentSpec#resources
     */
    readonly resources?: AgentSpecResources;
    /**
     * RevisionHistoryLimit is the number of revisions to retain to allow rollback in the underlying DaemonSet or Deployment or StatefulSet.
     *
     * @schema AgentSpec#revisionHistoryLimit
     */
    readonly revisionHistoryLimit?: number;
    /**
     * SecureSettings is a list of references to Kubernetes Secrets containing sensitive configuration options for the Agent.
     * Secrets data can be then referenced in the Agent config using the Secret's keys or as specified in `Entries` field of
     * each SecureSetting.
     *
     * @schema AgentSpec#secureSettings
     */
    readonly secureSettings?: AgentSpecSecureSettings[];
    /**
     * ServiceAccountName is used to check access from the current resource to an Elasticsearch resource in a different namespace.
     * Can only be used if ECK is enforcing RBAC on references.
     *
     * @schema AgentSpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * SpaceID is the ID of the Space where the Agent Policy is defined.
     * When empty, the default Space is used. Only effective for Kibana version 9.1.0+.
     *
     * @schema AgentSpec#spaceID
     */
    readonly spaceId?: string;
    /**
     * StatefulSet specifies the Agent should be deployed as a StatefulSet, and allows providing its spec.
     * Cannot be used along with `daemonSet` or `deployment`.
     *
     * @schema AgentSpec#statefulSet
     */
    readonly statefulSet?: AgentSpecStatefulSet;
    /**
     * Version of the Agent.
     *
     * @schema AgentSpec#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'AgentSpec' to JSON representation.
 */
export declare function toJson_AgentSpec(obj: AgentSpec | undefined): Record<string, any> | undefined;
/**
 * ConfigRef contains a reference to an existing Kubernetes Secret holding the Agent configuration.
 * Agent settings must be specified as yaml, under a single "agent.yml" entry. At most one of [`Config`, `ConfigRef`]
 * can be specified.
 *
 * @schema AgentSpecConfigRef
 */
export interface AgentSpecConfigRef {
    /**
     * SecretName is the name of the secret.
     *
     * @schema AgentSpecConfigRef#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'AgentSpecConfigRef' to JSON representation.
 */
export declare function toJson_AgentSpecConfigRef(obj: AgentSpecConfigRef | undefined): Record<string, any> | undefined;
/**
 * DaemonSet specifies the Agent should be deployed as a DaemonSet, and allows providing its spec.
 * Cannot be used along with `deployment` or `statefulSet`.
 *
 * @schema AgentSpecDaemonSet
 */
export interface AgentSpecDaemonSet {
    /**
     * PodTemplateSpec describes the data a pod should have when created from a template
     *
     * @schema AgentSpecDaemonSet#podTemplate
     */
    readonly podTemplate?: any;
    /**
     * DaemonSetUpdateStrategy is a struct used to control the update strategy for a DaemonSet.
     *
     * @schema AgentSpecDaemonSet#updateStrategy
     */
    readonly updateStrategy?: AgentSpecDaemonSetUpdateStrategy;
}
/**
 * Converts an object of type 'AgentSpecDaemonSet' to JSON representation.
 */
export declare function toJson_AgentSpecDaemonSet(obj: AgentSpecDaemonSet | undefined): Record<string, any> | undefined;
/**
 * Deployment specifies the Agent should be deployed as a Deployment, and allows providing its spec.
 * Cannot be used along with `daemonSet` or `statefulSet`.
 *
 * @schema AgentSpecDeployment
 */
export interface AgentSpecDeployment {
    /**
     * PodTemplateSpec describes the data a pod should have when created from a template
     *
     * @schema AgentSpecDeployment#podTemplate
     */
    readonly podTemplate?: any;
    /**
     * @schema AgentSpecDeployment#replicas
     */
    readonly replicas?: number;
    /**
     * DeploymentStrategy describes how to replace existing pods with new ones.
     *
     * @schema AgentSpecDeployment#strategy
     */
    readonly strategy?: AgentSpecDeploymentStrategy;
}
/**
 * Converts an object of type 'AgentSpecDeployment' to JSON representation.
 */
export declare function toJson_AgentSpecDeployment(obj: AgentSpecDeployment | undefined): Record<string, any> | undefined;
/**
 * @schema AgentSpecElasticsearchRefs
 */
export interface AgentSpecElasticsearchRefs {
    /**
     * ClientCertificateSecretName is the name of an existing Kubernetes secret containing a client certificate
     * (tls.crt) and private key (tls.key) for client authentication to the referenced resource.
     * This field is only relevant when the referenced Elasticsearch cluster has client authentication enabled.
     * If not specified and the referenced resource requires client authentication, ECK will auto-generate a
     * client certificate.
     *
     * @schema AgentSpecElasticsearchRefs#clientCertificateSecretName
     */
    readonly clientCertificateSecretName?: string;
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema AgentSpecElasticsearchRefs#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema AgentSpecElasticsearchRefs#namespace
     */
    readonly namespace?: string;
    /**
     * @schema AgentSpecElasticsearchRefs#outputName
     */
    readonly outputName?: string;
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
     * @schema AgentSpecElasticsearchRefs#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema AgentSpecElasticsearchRefs#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'AgentSpecElasticsearchRefs' to JSON representation.
 */
export declare function toJson_AgentSpecElasticsearchRefs(obj: AgentSpecElasticsearchRefs | undefined): Record<string, any> | undefined;
/**
 * FleetServerRef is a reference to Fleet Server that this Agent should connect to obtain its configuration.
 * Don't set unless `mode` is set to `fleet`.
 * References to Fleet servers running outside the Kubernetes cluster using the `secretName` attribute are not supported.
 *
 * @schema AgentSpecFleetServerRef
 */
export interface AgentSpecFleetServerRef {
    /**
     * ClientCertificateSecretName is the name of an existing Kubernetes secret containing a client certificate
     * (tls.crt) and private key (tls.key) for client authentication to the referenced Fleet Server.
     * This field is only relevant when the referenced Fleet Server has client authentication enabled.
     * If not specified and the referenced Fleet Server requires client authentication, ECK will auto-generate a
     * client certificate.
     * This field can only be used when referencing a Fleet Server managed by ECK (via name); it cannot be
     * combined with secretName.
     *
     * @schema AgentSpecFleetServerRef#clientCertificateSecretName
     */
    readonly clientCertificateSecretName?: string;
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema AgentSpecFleetServerRef#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema AgentSpecFleetServerRef#namespace
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
     * @schema AgentSpecFleetServerRef#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema AgentSpecFleetServerRef#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'AgentSpecFleetServerRef' to JSON representation.
 */
export declare function toJson_AgentSpecFleetServerRef(obj: AgentSpecFleetServerRef | undefined): Record<string, any> | undefined;
/**
 * HTTP holds the HTTP layer configuration for the Agent in Fleet mode with Fleet Server enabled.
 * Set tls.client.authentication to true to require connecting Elastic Agents to present a client
 * certificate (requires an Enterprise license and Elastic Agent 8.19.19+, 9.3.8+, 9.4.4+, or 9.5.0+).
 *
 * @schema AgentSpecHttp
 */
export interface AgentSpecHttp {
    /**
     * Service defines the template for the associated Kubernetes Service object.
     *
     * @schema AgentSpecHttp#service
     */
    readonly service?: AgentSpecHttpService;
    /**
     * TLS defines options for configuring TLS for HTTP.
     *
     * @schema AgentSpecHttp#tls
     */
    readonly tls?: AgentSpecHttpTls;
}
/**
 * Converts an object of type 'AgentSpecHttp' to JSON representation.
 */
export declare function toJson_AgentSpecHttp(obj: AgentSpecHttp | undefined): Record<string, any> | undefined;
/**
 * KibanaRef is a reference to Kibana where Fleet should be set up and this Agent should be enrolled. Don't set
 * unless `mode` is set to `fleet`.
 *
 * @schema AgentSpecKibanaRef
 */
export interface AgentSpecKibanaRef {
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema AgentSpecKibanaRef#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema AgentSpecKibanaRef#namespace
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
     * @schema AgentSpecKibanaRef#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema AgentSpecKibanaRef#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'AgentSpecKibanaRef' to JSON representation.
 */
export declare function toJson_AgentSpecKibanaRef(obj: AgentSpecKibanaRef | undefined): Record<string, any> | undefined;
/**
 * Mode specifies the runtime mode for the Agent. The configuration can be specified locally through
 * `config` or `configRef` (`standalone` mode), or come from Fleet during runtime (`fleet` mode). Starting with
 * version 8.13.0 Fleet-managed agents support advanced configuration via a local configuration file.
 * See https://www.elastic.co/docs/reference/fleet/advanced-kubernetes-managed-by-fleet
 * Defaults to `standalone` mode.
 *
 * @default standalone` mode.
 * @schema AgentSpecMode
 */
export declare enum AgentSpecMode {
    /** standalone */
    STANDALONE = "standalone",
    /** fleet */
    FLEET = "fleet"
}
/**
 * Resources provides a shorthand to set CPU and Memory resources on the Agent container. When set, these
 * values override any CPU or memory resource settings specified in the DaemonSet, Deployment, or StatefulSet
 * PodTemplate for the primary Agent container. To set resources on other containers, use the PodTemplate.
 *
 * @schema AgentSpecResources
 */
export interface AgentSpecResources {
    /**
     * Limits is the shorthand for the main container's CPU and memory limits.
     *
     * @schema AgentSpecResources#limits
     */
    readonly limits?: AgentSpecResourcesLimits;
    /**
     * Requests is the shorthand for the main container's CPU and memory requests.
     *
     * @schema AgentSpecResources#requests
     */
    readonly requests?: AgentSpecResourcesRequests;
}
/**
 * Converts an object of type 'AgentSpecResources' to JSON representation.
 */
export declare function toJson_AgentSpecResources(obj: AgentSpecResources | undefined): Record<string, any> | undefined;
/**
 * SecretSource defines a data source based on a Kubernetes Secret.
 *
 * @schema AgentSpecSecureSettings
 */
export interface AgentSpecSecureSettings {
    /**
     * Entries define how to project each key-value pair in the secret to filesystem paths.
     * If not defined, all keys will be projected to similarly named paths in the filesystem.
     * If defined, only the specified keys will be projected to the corresponding paths.
     *
     * @schema AgentSpecSecureSettings#entries
     */
    readonly entries?: AgentSpecSecureSettingsEntries[];
    /**
     * SecretName is the name of the secret.
     *
     * @schema AgentSpecSecureSettings#secretName
     */
    readonly secretName: string;
}
/**
 * Converts an object of type 'AgentSpecSecureSettings' to JSON representation.
 */
export declare function toJson_AgentSpecSecureSettings(obj: AgentSpecSecureSettings | undefined): Record<string, any> | undefined;
/**
 * StatefulSet specifies the Agent should be deployed as a StatefulSet, and allows providing its spec.
 * Cannot be used along with `daemonSet` or `deployment`.
 *
 * @schema AgentSpecStatefulSet
 */
export interface AgentSpecStatefulSet {
    /**
     * PodManagementPolicy controls how pods are created during initial scale up,
     * when replacing pods on nodes, or when scaling down. The default policy is
     * `Parallel`, where pods are created in parallel to match the desired scale
     * without waiting, and on scale down will delete all pods at once.
     * The alternative policy is `OrderedReady`, the default for vanilla kubernetes
     * StatefulSets, where pods are created in increasing order in increasing order
     * (pod-0, then pod-1, etc.) and the controller will wait until each pod is ready before
     * continuing. When scaling down, the pods are removed in the opposite order.
     *
     * @schema AgentSpecStatefulSet#podManagementPolicy
     */
    readonly podManagementPolicy?: AgentSpecStatefulSetPodManagementPolicy;
    /**
     * PodTemplateSpec describes the data a pod should have when created from a template
     *
     * @schema AgentSpecStatefulSet#podTemplate
     */
    readonly podTemplate?: any;
    /**
     * @schema AgentSpecStatefulSet#replicas
     */
    readonly replicas?: number;
    /**
     * @schema AgentSpecStatefulSet#serviceName
     */
    readonly serviceName?: string;
    /**
     * VolumeClaimTemplates is a list of persistent volume claims to be used by each Pod.
     * Every claim in this list must have a matching volumeMount in one of the containers defined in the PodTemplate.
     * Items defined here take precedence over any default claims added by the operator with the same name.
     *
     * @schema AgentSpecStatefulSet#volumeClaimTemplates
     */
    readonly volumeClaimTemplates?: AgentSpecStatefulSetVolumeClaimTemplates[];
}
/**
 * Converts an object of type 'AgentSpecStatefulSet' to JSON representation.
 */
export declare function toJson_AgentSpecStatefulSet(obj: AgentSpecStatefulSet | undefined): Record<string, any> | undefined;
/**
 * DaemonSetUpdateStrategy is a struct used to control the update strategy for a DaemonSet.
 *
 * @schema AgentSpecDaemonSetUpdateStrategy
 */
export interface AgentSpecDaemonSetUpdateStrategy {
    /**
     * Rolling update config params. Present only if type = "RollingUpdate".
     *
     * @schema AgentSpecDaemonSetUpdateStrategy#rollingUpdate
     */
    readonly rollingUpdate?: AgentSpecDaemonSetUpdateStrategyRollingUpdate;
    /**
     * Type of daemon set update. Can be "RollingUpdate" or "OnDelete". Default is RollingUpdate.
     *
     * @default RollingUpdate.
     * @schema AgentSpecDaemonSetUpdateStrategy#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'AgentSpecDaemonSetUpdateStrategy' to JSON representation.
 */
export declare function toJson_AgentSpecDaemonSetUpdateStrategy(obj: AgentSpecDaemonSetUpdateStrategy | undefined): Record<string, any> | undefined;
/**
 * DeploymentStrategy describes how to replace existing pods with new ones.
 *
 * @schema AgentSpecDeploymentStrategy
 */
export interface AgentSpecDeploymentStrategy {
    /**
     * Rolling update config params. Present only if DeploymentStrategyType =
     * RollingUpdate.
     *
     * @schema AgentSpecDeploymentStrategy#rollingUpdate
     */
    readonly rollingUpdate?: AgentSpecDeploymentStrategyRollingUpdate;
    /**
     * Type of deployment. Can be "Recreate" or "RollingUpdate". Default is RollingUpdate.
     *
     * @default RollingUpdate.
     * @schema AgentSpecDeploymentStrategy#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'AgentSpecDeploymentStrategy' to JSON representation.
 */
export declare function toJson_AgentSpecDeploymentStrategy(obj: AgentSpecDeploymentStrategy | undefined): Record<string, any> | undefined;
/**
 * Service defines the template for the associated Kubernetes Service object.
 *
 * @schema AgentSpecHttpService
 */
export interface AgentSpecHttpService {
    /**
     * ObjectMeta is the metadata of the service.
     * The name and namespace provided here are managed by ECK and will be ignored.
     *
     * @schema AgentSpecHttpService#metadata
     */
    readonly metadata?: AgentSpecHttpServiceMetadata;
    /**
     * Spec is the specification of the service.
     *
     * @schema AgentSpecHttpService#spec
     */
    readonly spec?: AgentSpecHttpServiceSpec;
}
/**
 * Converts an object of type 'AgentSpecHttpService' to JSON representation.
 */
export declare function toJson_AgentSpecHttpService(obj: AgentSpecHttpService | undefined): Record<string, any> | undefined;
/**
 * TLS defines options for configuring TLS for HTTP.
 *
 * @schema AgentSpecHttpTls
 */
export interface AgentSpecHttpTls {
    /**
     * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
     * The referenced secret should contain the following:
     *
     * - `ca.crt`: The certificate authority (optional).
     * - `tls.crt`: The certificate (or a chain).
     * - `tls.key`: The private key to the first certificate in the certificate chain.
     *
     * @schema AgentSpecHttpTls#certificate
     */
    readonly certificate?: AgentSpecHttpTlsCertificate;
    /**
     * Client holds client configuration options.
     *
     * @schema AgentSpecHttpTls#client
     */
    readonly client?: AgentSpecHttpTlsClient;
    /**
     * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
     *
     * @schema AgentSpecHttpTls#selfSignedCertificate
     */
    readonly selfSignedCertificate?: AgentSpecHttpTlsSelfSignedCertificate;
}
/**
 * Converts an object of type 'AgentSpecHttpTls' to JSON representation.
 */
export declare function toJson_AgentSpecHttpTls(obj: AgentSpecHttpTls | undefined): Record<string, any> | undefined;
/**
 * Limits is the shorthand for the main container's CPU and memory limits.
 *
 * @schema AgentSpecResourcesLimits
 */
export interface AgentSpecResourcesLimits {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema AgentSpecResourcesLimits#cpu
     */
    readonly cpu?: AgentSpecResourcesLimitsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema AgentSpecResourcesLimits#memory
     */
    readonly memory?: AgentSpecResourcesLimitsMemory;
}
/**
 * Converts an object of type 'AgentSpecResourcesLimits' to JSON representation.
 */
export declare function toJson_AgentSpecResourcesLimits(obj: AgentSpecResourcesLimits | undefined): Record<string, any> | undefined;
/**
 * Requests is the shorthand for the main container's CPU and memory requests.
 *
 * @schema AgentSpecResourcesRequests
 */
export interface AgentSpecResourcesRequests {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema AgentSpecResourcesRequests#cpu
     */
    readonly cpu?: AgentSpecResourcesRequestsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema AgentSpecResourcesRequests#memory
     */
    readonly memory?: AgentSpecResourcesRequestsMemory;
}
/**
 * Converts an object of type 'AgentSpecResourcesRequests' to JSON representation.
 */
export declare function toJson_AgentSpecResourcesRequests(obj: AgentSpecResourcesRequests | undefined): Record<string, any> | undefined;
/**
 * KeyToPath defines how to map a key in a Secret object to a filesystem path.
 *
 * @schema AgentSpecSecureSettingsEntries
 */
export interface AgentSpecSecureSettingsEntries {
    /**
     * Key is the key contained in the secret.
     *
     * @schema AgentSpecSecureSettingsEntries#key
     */
    readonly key: string;
    /**
     * Path is the relative file path to map the key to.
     * Path must not be an absolute file path and must not contain any ".." components.
     *
     * @schema AgentSpecSecureSettingsEntries#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'AgentSpecSecureSettingsEntries' to JSON representation.
 */
export declare function toJson_AgentSpecSecureSettingsEntries(obj: AgentSpecSecureSettingsEntries | undefined): Record<string, any> | undefined;
/**
 * PodManagementPolicy controls how pods are created during initial scale up,
 * when replacing pods on nodes, or when scaling down. The default policy is
 * `Parallel`, where pods are created in parallel to match the desired scale
 * without waiting, and on scale down will delete all pods at once.
 * The alternative policy is `OrderedReady`, the default for vanilla kubernetes
 * StatefulSets, where pods are created in increasing order in increasing order
 * (pod-0, then pod-1, etc.) and the controller will wait until each pod is ready before
 * continuing. When scaling down, the pods are removed in the opposite order.
 *
 * @schema AgentSpecStatefulSetPodManagementPolicy
 */
export declare enum AgentSpecStatefulSetPodManagementPolicy {
    /** OrderedReady */
    ORDERED_READY = "OrderedReady",
    /** Parallel */
    PARALLEL = "Parallel"
}
/**
 * PersistentVolumeClaim is a user's request for and claim to a persistent volume
 *
 * @schema AgentSpecStatefulSetVolumeClaimTemplates
 */
export interface AgentSpecStatefulSetVolumeClaimTemplates {
    /**
     * APIVersion defines the versioned schema of this representation of an object.
     * Servers should convert recognized schemas to the latest internal value, and
     * may reject unrecognized values.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplates#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Kind is a string value representing the REST resource this object represents.
     * Servers may infer this from the endpoint the client submits requests to.
     * Cannot be updated.
     * In CamelCase.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplates#kind
     */
    readonly kind?: string;
    /**
     * Standard object's metadata.
     * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplates#metadata
     */
    readonly metadata?: AgentSpecStatefulSetVolumeClaimTemplatesMetadata;
    /**
     * spec defines the desired characteristics of a volume requested by a pod author.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplates#spec
     */
    readonly spec?: AgentSpecStatefulSetVolumeClaimTemplatesSpec;
}
/**
 * Converts an object of type 'AgentSpecStatefulSetVolumeClaimTemplates' to JSON representation.
 */
export declare function toJson_AgentSpecStatefulSetVolumeClaimTemplates(obj: AgentSpecStatefulSetVolumeClaimTemplates | undefined): Record<string, any> | undefined;
/**
 * Rolling update config params. Present only if type = "RollingUpdate".
 *
 * @schema AgentSpecDaemonSetUpdateStrategyRollingUpdate
 */
export interface AgentSpecDaemonSetUpdateStrategyRollingUpdate {
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
     * @schema AgentSpecDaemonSetUpdateStrategyRollingUpdate#maxSurge
     */
    readonly maxSurge?: AgentSpecDaemonSetUpdateStrategyRollingUpdateMaxSurge;
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
     * @schema AgentSpecDaemonSetUpdateStrategyRollingUpdate#maxUnavailable
     */
    readonly maxUnavailable?: AgentSpecDaemonSetUpdateStrategyRollingUpdateMaxUnavailable;
}
/**
 * Converts an object of type 'AgentSpecDaemonSetUpdateStrategyRollingUpdate' to JSON representation.
 */
export declare function toJson_AgentSpecDaemonSetUpdateStrategyRollingUpdate(obj: AgentSpecDaemonSetUpdateStrategyRollingUpdate | undefined): Record<string, any> | undefined;
/**
 * Rolling update config params. Present only if DeploymentStrategyType =
 * RollingUpdate.
 *
 * @schema AgentSpecDeploymentStrategyRollingUpdate
 */
export interface AgentSpecDeploymentStrategyRollingUpdate {
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
     * @schema AgentSpecDeploymentStrategyRollingUpdate#maxSurge
     */
    readonly maxSurge?: AgentSpecDeploymentStrategyRollingUpdateMaxSurge;
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
     * @schema AgentSpecDeploymentStrategyRollingUpdate#maxUnavailable
     */
    readonly maxUnavailable?: AgentSpecDeploymentStrategyRollingUpdateMaxUnavailable;
}
/**
 * Converts an object of type 'AgentSpecDeploymentStrategyRollingUpdate' to JSON representation.
 */
export declare function toJson_AgentSpecDeploymentStrategyRollingUpdate(obj: AgentSpecDeploymentStrategyRollingUpdate | undefined): Record<string, any> | undefined;
/**
 * ObjectMeta is the metadata of the service.
 * The name and namespace provided here are managed by ECK and will be ignored.
 *
 * @schema AgentSpecHttpServiceMetadata
 */
export interface AgentSpecHttpServiceMetadata {
    /**
     * @schema AgentSpecHttpServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema AgentSpecHttpServiceMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema AgentSpecHttpServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema AgentSpecHttpServiceMetadata#name
     */
    readonly name?: string;
    /**
     * @schema AgentSpecHttpServiceMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'AgentSpecHttpServiceMetadata' to JSON representation.
 */
export declare function toJson_AgentSpecHttpServiceMetadata(obj: AgentSpecHttpServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Spec is the specification of the service.
 *
 * @schema AgentSpecHttpServiceSpec
 */
export interface AgentSpecHttpServiceSpec {
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
     * @schema AgentSpecHttpServiceSpec#allocateLoadBalancerNodePorts
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
     * @schema AgentSpecHttpServiceSpec#clusterIP
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
     * @schema AgentSpecHttpServiceSpec#clusterIPs
     */
    readonly clusterIPs?: string[];
    /**
     * externalIPs is a list of IP addresses for which nodes in the cluster
     * will also accept traffic for this service.  These IPs are not managed by
     * Kubernetes.  The user is responsible for ensuring that traffic arrives
     * at a node with this IP.  A common example is external load-balancers
     * that are not part of the Kubernetes system.
     *
     * @schema AgentSpecHttpServiceSpec#externalIPs
     */
    readonly externalIPs?: string[];
    /**
     * externalName is the external reference that discovery mechanisms will
     * return as an alias for this service (e.g. a DNS CNAME record). No
     * proxying will be involved.  Must be a lowercase RFC-1123 hostname
     * (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".
     *
     * @schema AgentSpecHttpServiceSpec#externalName
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
     * @schema AgentSpecHttpServiceSpec#externalTrafficPolicy
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
     * @schema AgentSpecHttpServiceSpec#healthCheckNodePort
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
     * @schema AgentSpecHttpServiceSpec#internalTrafficPolicy
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
     * @schema AgentSpecHttpServiceSpec#ipFamilies
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
     * @schema AgentSpecHttpServiceSpec#ipFamilyPolicy
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
     * @schema AgentSpecHttpServiceSpec#loadBalancerClass
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
     * @schema AgentSpecHttpServiceSpec#loadBalancerIP
     */
    readonly loadBalancerIp?: string;
    /**
     * If specified and supported by the platform, this will restrict traffic through the cloud-provider
     * load-balancer will be restricted to the specified client IPs. This field will be ignored if the
     * cloud-provider does not support the feature."
     * More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/
     *
     * @schema AgentSpecHttpServiceSpec#loadBalancerSourceRanges
     */
    readonly loadBalancerSourceRanges?: string[];
    /**
     * The list of ports that are exposed by this service.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema AgentSpecHttpServiceSpec#ports
     */
    readonly ports?: AgentSpecHttpServiceSpecPorts[];
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
     * @schema AgentSpecHttpServiceSpec#publishNotReadyAddresses
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
     * @schema AgentSpecHttpServiceSpec#selector
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
     * @schema AgentSpecHttpServiceSpec#sessionAffinity
     */
    readonly sessionAffinity?: string;
    /**
     * sessionAffinityConfig contains the configurations of session affinity.
     *
     * @schema AgentSpecHttpServiceSpec#sessionAffinityConfig
     */
    readonly sessionAffinityConfig?: AgentSpecHttpServiceSpecSessionAffinityConfig;
    /**
     * TrafficDistribution offers a way to express preferences for how traffic
     * is distributed to Service endpoints. Implementations can use this field
     * as a hint, but are not required to guarantee strict adherence. If the
     * field is not set, the implementation will apply its default routing
     * strategy. If set to "PreferClose", implementations should prioritize
     * endpoints that are in the same zone.
     *
     * @schema AgentSpecHttpServiceSpec#trafficDistribution
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
     * @schema AgentSpecHttpServiceSpec#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'AgentSpecHttpServiceSpec' to JSON representation.
 */
export declare function toJson_AgentSpecHttpServiceSpec(obj: AgentSpecHttpServiceSpec | undefined): Record<string, any> | undefined;
/**
 * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
 * The referenced secret should contain the following:
 *
 * - `ca.crt`: The certificate authority (optional).
 * - `tls.crt`: The certificate (or a chain).
 * - `tls.key`: The private key to the first certificate in the certificate chain.
 *
 * @schema AgentSpecHttpTlsCertificate
 */
export interface AgentSpecHttpTlsCertificate {
    /**
     * SecretName is the name of the secret.
     *
     * @schema AgentSpecHttpTlsCertificate#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'AgentSpecHttpTlsCertificate' to JSON representation.
 */
export declare function toJson_AgentSpecHttpTlsCertificate(obj: AgentSpecHttpTlsCertificate | undefined): Record<string, any> | undefined;
/**
 * Client holds client configuration options.
 *
 * @schema AgentSpecHttpTlsClient
 */
export interface AgentSpecHttpTlsClient {
    /**
     * Authentication enables client authentication (enterprise-only feature).
     *
     * @schema AgentSpecHttpTlsClient#authentication
     */
    readonly authentication?: boolean;
}
/**
 * Converts an object of type 'AgentSpecHttpTlsClient' to JSON representation.
 */
export declare function toJson_AgentSpecHttpTlsClient(obj: AgentSpecHttpTlsClient | undefined): Record<string, any> | undefined;
/**
 * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
 *
 * @schema AgentSpecHttpTlsSelfSignedCertificate
 */
export interface AgentSpecHttpTlsSelfSignedCertificate {
    /**
     * Disabled indicates that the provisioning of the self-signed certificate should be disabled.
     *
     * @schema AgentSpecHttpTlsSelfSignedCertificate#disabled
     */
    readonly disabled?: boolean;
    /**
     * SubjectAlternativeNames is a list of SANs to include in the generated HTTP TLS certificate.
     *
     * @schema AgentSpecHttpTlsSelfSignedCertificate#subjectAltNames
     */
    readonly subjectAltNames?: AgentSpecHttpTlsSelfSignedCertificateSubjectAltNames[];
}
/**
 * Converts an object of type 'AgentSpecHttpTlsSelfSignedCertificate' to JSON representation.
 */
export declare function toJson_AgentSpecHttpTlsSelfSignedCertificate(obj: AgentSpecHttpTlsSelfSignedCertificate | undefined): Record<string, any> | undefined;
/**
 * CPU overrides the main container's CPU request/limit when the parent Resources
 * is merged into a PodTemplate. A nil value means "do not override": any CPU
 * value already set on the main container in the PodTemplate is passed through
 * unchanged. Setting this field to nil does not unset a CPU value present in
 * the PodTemplate; to remove it, edit the PodTemplate's container resources.
 * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
 *
 * @schema AgentSpecResourcesLimitsCpu
 */
export declare class AgentSpecResourcesLimitsCpu {
    readonly value: number | string;
    static fromNumber(value: number): AgentSpecResourcesLimitsCpu;
    static fromString(value: string): AgentSpecResourcesLimitsCpu;
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
 * @schema AgentSpecResourcesLimitsMemory
 */
export declare class AgentSpecResourcesLimitsMemory {
    readonly value: number | string;
    static fromNumber(value: number): AgentSpecResourcesLimitsMemory;
    static fromString(value: string): AgentSpecResourcesLimitsMemory;
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
 * @schema AgentSpecResourcesRequestsCpu
 */
export declare class AgentSpecResourcesRequestsCpu {
    readonly value: number | string;
    static fromNumber(value: number): AgentSpecResourcesRequestsCpu;
    static fromString(value: string): AgentSpecResourcesRequestsCpu;
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
 * @schema AgentSpecResourcesRequestsMemory
 */
export declare class AgentSpecResourcesRequestsMemory {
    readonly value: number | string;
    static fromNumber(value: number): AgentSpecResourcesRequestsMemory;
    static fromString(value: string): AgentSpecResourcesRequestsMemory;
    private constructor();
}
/**
 * Standard object's metadata.
 * More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
 *
 * @schema AgentSpecStatefulSetVolumeClaimTemplatesMetadata
 */
export interface AgentSpecStatefulSetVolumeClaimTemplatesMetadata {
    /**
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesMetadata#name
     */
    readonly name?: string;
    /**
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'AgentSpecStatefulSetVolumeClaimTemplatesMetadata' to JSON representation.
 */
export declare function toJson_AgentSpecStatefulSetVolumeClaimTemplatesMetadata(obj: AgentSpecStatefulSetVolumeClaimTemplatesMetadata | undefined): Record<string, any> | undefined;
/**
 * spec defines the desired characteristics of a volume requested by a pod author.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
 *
 * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpec
 */
export interface AgentSpecStatefulSetVolumeClaimTemplatesSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpec#accessModes
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
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpec#dataSource
     */
    readonly dataSource?: AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSource;
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
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpec#dataSourceRef
     */
    readonly dataSourceRef?: AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * Users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpec#resources
     */
    readonly resources?: AgentSpecStatefulSetVolumeClaimTemplatesSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpec#selector
     */
    readonly selector?: AgentSpecStatefulSetVolumeClaimTemplatesSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpec#storageClassName
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
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'AgentSpecStatefulSetVolumeClaimTemplatesSpec' to JSON representation.
 */
export declare function toJson_AgentSpecStatefulSetVolumeClaimTemplatesSpec(obj: AgentSpecStatefulSetVolumeClaimTemplatesSpec | undefined): Record<string, any> | undefined;
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
 * @schema AgentSpecDaemonSetUpdateStrategyRollingUpdateMaxSurge
 */
export declare class AgentSpecDaemonSetUpdateStrategyRollingUpdateMaxSurge {
    readonly value: number | string;
    static fromNumber(value: number): AgentSpecDaemonSetUpdateStrategyRollingUpdateMaxSurge;
    static fromString(value: string): AgentSpecDaemonSetUpdateStrategyRollingUpdateMaxSurge;
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
 * @schema AgentSpecDaemonSetUpdateStrategyRollingUpdateMaxUnavailable
 */
export declare class AgentSpecDaemonSetUpdateStrategyRollingUpdateMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): AgentSpecDaemonSetUpdateStrategyRollingUpdateMaxUnavailable;
    static fromString(value: string): AgentSpecDaemonSetUpdateStrategyRollingUpdateMaxUnavailable;
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
 * @schema AgentSpecDeploymentStrategyRollingUpdateMaxSurge
 */
export declare class AgentSpecDeploymentStrategyRollingUpdateMaxSurge {
    readonly value: number | string;
    static fromNumber(value: number): AgentSpecDeploymentStrategyRollingUpdateMaxSurge;
    static fromString(value: string): AgentSpecDeploymentStrategyRollingUpdateMaxSurge;
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
 * @schema AgentSpecDeploymentStrategyRollingUpdateMaxUnavailable
 */
export declare class AgentSpecDeploymentStrategyRollingUpdateMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): AgentSpecDeploymentStrategyRollingUpdateMaxUnavailable;
    static fromString(value: string): AgentSpecDeploymentStrategyRollingUpdateMaxUnavailable;
    private constructor();
}
/**
 * ServicePort contains information on service's port.
 *
 * @schema AgentSpecHttpServiceSpecPorts
 */
export interface AgentSpecHttpServiceSpecPorts {
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
     * @schema AgentSpecHttpServiceSpecPorts#appProtocol
     */
    readonly appProtocol?: string;
    /**
     * The name of this port within the service. This must be a DNS_LABEL.
     * All ports within a ServiceSpec must have unique names. When considering
     * the endpoints for a Service, this must match the 'name' field in the
     * EndpointPort.
     * Optional if only one ServicePort is defined on this service.
     *
     * @schema AgentSpecHttpServiceSpecPorts#name
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
     * @schema AgentSpecHttpServiceSpecPorts#nodePort
     */
    readonly nodePort?: number;
    /**
     * The port that will be exposed by this service.
     *
     * @schema AgentSpecHttpServiceSpecPorts#port
     */
    readonly port: number;
    /**
     * The IP protocol for this port. Supports "TCP", "UDP", and "SCTP".
     * Default is TCP.
     *
     * @default TCP.
     * @schema AgentSpecHttpServiceSpecPorts#protocol
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
     * @schema AgentSpecHttpServiceSpecPorts#targetPort
     */
    readonly targetPort?: AgentSpecHttpServiceSpecPortsTargetPort;
}
/**
 * Converts an object of type 'AgentSpecHttpServiceSpecPorts' to JSON representation.
 */
export declare function toJson_AgentSpecHttpServiceSpecPorts(obj: AgentSpecHttpServiceSpecPorts | undefined): Record<string, any> | undefined;
/**
 * sessionAffinityConfig contains the configurations of session affinity.
 *
 * @schema AgentSpecHttpServiceSpecSessionAffinityConfig
 */
export interface AgentSpecHttpServiceSpecSessionAffinityConfig {
    /**
     * clientIP contains the configurations of Client IP based session affinity.
     *
     * @schema AgentSpecHttpServiceSpecSessionAffinityConfig#clientIP
     */
    readonly clientIp?: AgentSpecHttpServiceSpecSessionAffinityConfigClientIp;
}
/**
 * Converts an object of type 'AgentSpecHttpServiceSpecSessionAffinityConfig' to JSON representation.
 */
export declare function toJson_AgentSpecHttpServiceSpecSessionAffinityConfig(obj: AgentSpecHttpServiceSpecSessionAffinityConfig | undefined): Record<string, any> | undefined;
/**
 * SubjectAlternativeName represents a SAN entry in a x509 certificate.
 *
 * @schema AgentSpecHttpTlsSelfSignedCertificateSubjectAltNames
 */
export interface AgentSpecHttpTlsSelfSignedCertificateSubjectAltNames {
    /**
     * DNS is the DNS name of the subject.
     *
     * @schema AgentSpecHttpTlsSelfSignedCertificateSubjectAltNames#dns
     */
    readonly dns?: string;
    /**
     * IP is the IP address of the subject.
     *
     * @schema AgentSpecHttpTlsSelfSignedCertificateSubjectAltNames#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'AgentSpecHttpTlsSelfSignedCertificateSubjectAltNames' to JSON representation.
 */
export declare function toJson_AgentSpecHttpTlsSelfSignedCertificateSubjectAltNames(obj: AgentSpecHttpTlsSelfSignedCertificateSubjectAltNames | undefined): Record<string, any> | undefined;
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
 * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSource
 */
export interface AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSource' to JSON representation.
 */
export declare function toJson_AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSource(obj: AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSource | undefined): Record<string, any> | undefined;
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
 * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSourceRef
 */
export interface AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSourceRef(obj: AgentSpecStatefulSetVolumeClaimTemplatesSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * Users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecResources
 */
export interface AgentSpecStatefulSetVolumeClaimTemplatesSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecResources#limits
     */
    readonly limits?: {
        [key: string]: AgentSpecStatefulSetVolumeClaimTemplatesSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecResources#requests
     */
    readonly requests?: {
        [key: string]: AgentSpecStatefulSetVolumeClaimTemplatesSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'AgentSpecStatefulSetVolumeClaimTemplatesSpecResources' to JSON representation.
 */
export declare function toJson_AgentSpecStatefulSetVolumeClaimTemplatesSpecResources(obj: AgentSpecStatefulSetVolumeClaimTemplatesSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecSelector
 */
export interface AgentSpecStatefulSetVolumeClaimTemplatesSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecSelector#matchExpressions
     */
    readonly matchExpressions?: AgentSpecStatefulSetVolumeClaimTemplatesSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AgentSpecStatefulSetVolumeClaimTemplatesSpecSelector' to JSON representation.
 */
export declare function toJson_AgentSpecStatefulSetVolumeClaimTemplatesSpecSelector(obj: AgentSpecStatefulSetVolumeClaimTemplatesSpecSelector | undefined): Record<string, any> | undefined;
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
 * @schema AgentSpecHttpServiceSpecPortsTargetPort
 */
export declare class AgentSpecHttpServiceSpecPortsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): AgentSpecHttpServiceSpecPortsTargetPort;
    static fromString(value: string): AgentSpecHttpServiceSpecPortsTargetPort;
    private constructor();
}
/**
 * clientIP contains the configurations of Client IP based session affinity.
 *
 * @schema AgentSpecHttpServiceSpecSessionAffinityConfigClientIp
 */
export interface AgentSpecHttpServiceSpecSessionAffinityConfigClientIp {
    /**
     * timeoutSeconds specifies the seconds of ClientIP type session sticky time.
     * The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP".
     * Default value is 10800(for 3 hours).
     *
     * @schema AgentSpecHttpServiceSpecSessionAffinityConfigClientIp#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'AgentSpecHttpServiceSpecSessionAffinityConfigClientIp' to JSON representation.
 */
export declare function toJson_AgentSpecHttpServiceSpecSessionAffinityConfigClientIp(obj: AgentSpecHttpServiceSpecSessionAffinityConfigClientIp | undefined): Record<string, any> | undefined;
/**
 * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecResourcesLimits
 */
export declare class AgentSpecStatefulSetVolumeClaimTemplatesSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): AgentSpecStatefulSetVolumeClaimTemplatesSpecResourcesLimits;
    static fromString(value: string): AgentSpecStatefulSetVolumeClaimTemplatesSpecResourcesLimits;
    private constructor();
}
/**
 * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecResourcesRequests
 */
export declare class AgentSpecStatefulSetVolumeClaimTemplatesSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): AgentSpecStatefulSetVolumeClaimTemplatesSpecResourcesRequests;
    static fromString(value: string): AgentSpecStatefulSetVolumeClaimTemplatesSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecSelectorMatchExpressions
 */
export interface AgentSpecStatefulSetVolumeClaimTemplatesSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema AgentSpecStatefulSetVolumeClaimTemplatesSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AgentSpecStatefulSetVolumeClaimTemplatesSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AgentSpecStatefulSetVolumeClaimTemplatesSpecSelectorMatchExpressions(obj: AgentSpecStatefulSetVolumeClaimTemplatesSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
