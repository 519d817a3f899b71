import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * AutoOpsAgentPolicy represents an Elastic AutoOps Policy resource in a Kubernetes cluster.
 *
 * @schema AutoOpsAgentPolicy
 */
export declare class AutoOpsAgentPolicy extends ApiObject {
    /**
     * Returns the apiVersion and kind for "AutoOpsAgentPolicy"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "AutoOpsAgentPolicy".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: AutoOpsAgentPolicyProps): any;
    /**
     * Defines a "AutoOpsAgentPolicy" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: AutoOpsAgentPolicyProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * AutoOpsAgentPolicy represents an Elastic AutoOps Policy resource in a Kubernetes cluster.
 *
 * @schema AutoOpsAgentPolicy
 */
export interface AutoOpsAgentPolicyProps {
    /**
     * @schema AutoOpsAgentPolicy#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema AutoOpsAgentPolicy#spec
     */
    readonly spec?: AutoOpsAgentPolicySpec;
}
/**
 * Converts an object of type 'AutoOpsAgentPolicyProps' to JSON representation.
 */
export declare function toJson_AutoOpsAgentPolicyProps(obj: AutoOpsAgentPolicyProps | undefined): Record<string, any> | undefined;
/**
 * @schema AutoOpsAgentPolicySpec
 */
export interface AutoOpsAgentPolicySpec {
    /**
     * AutoOpsRef defines a reference to a secret containing connection details for AutoOps via Cloud Connect.
     *
     * @schema AutoOpsAgentPolicySpec#autoOpsRef
     */
    readonly autoOpsRef?: AutoOpsAgentPolicySpecAutoOpsRef;
    /**
     * Config holds additional OpenTelemetry collector configuration for the AutoOps agent.
     * User-supplied settings are merged between the operator baseline defaults and the
     * operator-owned mandatory settings, which always take final precedence. This allows
     * tuning knobs such as the sending_queue sizing, appending custom metricbeat modules,
     * or defining additional exporters and pipelines. Supplying at least one autoops_es
     * module replaces the operator's built-in modules entirely, giving full control over
     * which metricsets are collected and at what period. Elasticsearch connection details
     * (hosts, SSL), OTLP endpoint and authorization, and the healthcheck extension are
     * always injected by the operator and cannot be overridden.
     * At most one of [`config`, `configRef`] can be specified.
     *
     * @schema AutoOpsAgentPolicySpec#config
     */
    readonly config?: any;
    /**
     * ConfigRef references a Kubernetes Secret holding the AutoOps agent configuration
     * under the `autoops_es.yml` key. Applies the same merge semantics as `config`.
     * At most one of [`config`, `configRef`] can be specified.
     *
     * @schema AutoOpsAgentPolicySpec#configRef
     */
    readonly configRef?: AutoOpsAgentPolicySpecConfigRef;
    /**
     * Image is the AutoOps Agent Docker image to deploy.
     *
     * @schema AutoOpsAgentPolicySpec#image
     */
    readonly image?: string;
    /**
     * NamespaceSelector is a namespace selector for the resources to be configured.
     * Any Elasticsearch instances that belong to the selected namespaces will be configured to send data to AutoOps.
     *
     * @schema AutoOpsAgentPolicySpec#namespaceSelector
     */
    readonly namespaceSelector?: AutoOpsAgentPolicySpecNamespaceSelector;
    /**
     * PodTemplate provides customization options (labels, annotations, affinity rules, resource requests, and so on) for the Agent pods
     *
     * @schema AutoOpsAgentPolicySpec#podTemplate
     */
    readonly podTemplate?: any;
    /**
     * ResourceSelector is a label selector for the resources to be configured.
     * Any Elasticsearch instances that match the selector will be configured to send data to AutoOps.
     *
     * @schema AutoOpsAgentPolicySpec#resourceSelector
     */
    readonly resourceSelector?: AutoOpsAgentPolicySpecResourceSelector;
    /**
     * Resources provides a shorthand to set CPU and Memory resources on the AutoOps Agent container.
     * When set, these values override any CPU or memory resource settings specified in the PodTemplate for
     * the primary AutoOps Agent container. To set resources on other containers, use the PodTemplate.
     *
     * @schema AutoOpsAgentPolicySpec#resources
     */
    readonly resources?: AutoOpsAgentPolicySpecResources;
    /**
     * RevisionHistoryLimit is the number of revisions to retain to allow rollback in the underlying Deployment.
     *
     * @schema AutoOpsAgentPolicySpec#revisionHistoryLimit
     */
    readonly revisionHistoryLimit?: number;
    /**
     * ServiceAccountName is used to check access to Elasticsearch resources in different namespaces.
     * Can only be used if ECK is enforcing RBAC on references (--enforce-rbac-on-refs flag).
     * The service account must have "get" permission on elasticsearch.k8s.elastic.co/elasticsearches
     * in the target namespaces.
     *
     * @schema AutoOpsAgentPolicySpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * Version of the AutoOpsAgentPolicy.
     *
     * @schema AutoOpsAgentPolicySpec#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'AutoOpsAgentPolicySpec' to JSON representation.
 */
export declare function toJson_AutoOpsAgentPolicySpec(obj: AutoOpsAgentPolicySpec | undefined): Record<string, any> | undefined;
/**
 * AutoOpsRef defines a reference to a secret containing connection details for AutoOps via Cloud Connect.
 *
 * @schema AutoOpsAgentPolicySpecAutoOpsRef
 */
export interface AutoOpsAgentPolicySpecAutoOpsRef {
    /**
     * SecretName references a Secret containing connection details for external AutoOps.
     * Required when connecting via Cloud Connect. The secret must contain:
     * - `cloud-connected-mode-api-key`: Cloud Connected Mode API key
     * - `autoops-otel-url`: AutoOps OpenTelemetry endpoint URL
     * - `autoops-token`: AutoOps authentication token
     * - `cloud-connected-mode-api-url`: (optional) Cloud Connected Mode API URL
     * This field cannot be used in combination with `name`.
     *
     * @schema AutoOpsAgentPolicySpecAutoOpsRef#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'AutoOpsAgentPolicySpecAutoOpsRef' to JSON representation.
 */
export declare function toJson_AutoOpsAgentPolicySpecAutoOpsRef(obj: AutoOpsAgentPolicySpecAutoOpsRef | undefined): Record<string, any> | undefined;
/**
 * ConfigRef references a Kubernetes Secret holding the AutoOps agent configuration
 * under the `autoops_es.yml` key. Applies the same merge semantics as `config`.
 * At most one of [`config`, `configRef`] can be specified.
 *
 * @schema AutoOpsAgentPolicySpecConfigRef
 */
export interface AutoOpsAgentPolicySpecConfigRef {
    /**
     * SecretName is the name of the secret.
     *
     * @schema AutoOpsAgentPolicySpecConfigRef#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'AutoOpsAgentPolicySpecConfigRef' to JSON representation.
 */
export declare function toJson_AutoOpsAgentPolicySpecConfigRef(obj: AutoOpsAgentPolicySpecConfigRef | undefined): Record<string, any> | undefined;
/**
 * NamespaceSelector is a namespace selector for the resources to be configured.
 * Any Elasticsearch instances that belong to the selected namespaces will be configured to send data to AutoOps.
 *
 * @schema AutoOpsAgentPolicySpecNamespaceSelector
 */
export interface AutoOpsAgentPolicySpecNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema AutoOpsAgentPolicySpecNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: AutoOpsAgentPolicySpecNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema AutoOpsAgentPolicySpecNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AutoOpsAgentPolicySpecNamespaceSelector' to JSON representation.
 */
export declare function toJson_AutoOpsAgentPolicySpecNamespaceSelector(obj: AutoOpsAgentPolicySpecNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * ResourceSelector is a label selector for the resources to be configured.
 * Any Elasticsearch instances that match the selector will be configured to send data to AutoOps.
 *
 * @schema AutoOpsAgentPolicySpecResourceSelector
 */
export interface AutoOpsAgentPolicySpecResourceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema AutoOpsAgentPolicySpecResourceSelector#matchExpressions
     */
    readonly matchExpressions?: AutoOpsAgentPolicySpecResourceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema AutoOpsAgentPolicySpecResourceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'AutoOpsAgentPolicySpecResourceSelector' to JSON representation.
 */
export declare function toJson_AutoOpsAgentPolicySpecResourceSelector(obj: AutoOpsAgentPolicySpecResourceSelector | undefined): Record<string, any> | undefined;
/**
 * Resources provides a shorthand to set CPU and Memory resources on the AutoOps Agent container.
 * When set, these values override any CPU or memory resource settings specified in the PodTemplate for
 * the primary AutoOps Agent container. To set resources on other containers, use the PodTemplate.
 *
 * @schema AutoOpsAgentPolicySpecResources
 */
export interface AutoOpsAgentPolicySpecResources {
    /**
     * Limits is the shorthand for the main container's CPU and memory limits.
     *
     * @schema AutoOpsAgentPolicySpecResources#limits
     */
    readonly limits?: AutoOpsAgentPolicySpecResourcesLimits;
    /**
     * Requests is the shorthand for the main container's CPU and memory requests.
     *
     * @schema AutoOpsAgentPolicySpecResources#requests
     */
    readonly requests?: AutoOpsAgentPolicySpecResourcesRequests;
}
/**
 * Converts an object of type 'AutoOpsAgentPolicySpecResources' to JSON representation.
 */
export declare function toJson_AutoOpsAgentPolicySpecResources(obj: AutoOpsAgentPolicySpecResources | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema AutoOpsAgentPolicySpecNamespaceSelectorMatchExpressions
 */
export interface AutoOpsAgentPolicySpecNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema AutoOpsAgentPolicySpecNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema AutoOpsAgentPolicySpecNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema AutoOpsAgentPolicySpecNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AutoOpsAgentPolicySpecNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AutoOpsAgentPolicySpecNamespaceSelectorMatchExpressions(obj: AutoOpsAgentPolicySpecNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema AutoOpsAgentPolicySpecResourceSelectorMatchExpressions
 */
export interface AutoOpsAgentPolicySpecResourceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema AutoOpsAgentPolicySpecResourceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema AutoOpsAgentPolicySpecResourceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema AutoOpsAgentPolicySpecResourceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'AutoOpsAgentPolicySpecResourceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_AutoOpsAgentPolicySpecResourceSelectorMatchExpressions(obj: AutoOpsAgentPolicySpecResourceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Limits is the shorthand for the main container's CPU and memory limits.
 *
 * @schema AutoOpsAgentPolicySpecResourcesLimits
 */
export interface AutoOpsAgentPolicySpecResourcesLimits {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema AutoOpsAgentPolicySpecResourcesLimits#cpu
     */
    readonly cpu?: AutoOpsAgentPolicySpecResourcesLimitsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema AutoOpsAgentPolicySpecResourcesLimits#memory
     */
    readonly memory?: AutoOpsAgentPolicySpecResourcesLimitsMemory;
}
/**
 * Converts an object of type 'AutoOpsAgentPolicySpecResourcesLimits' to JSON representation.
 */
export declare function toJson_AutoOpsAgentPolicySpecResourcesLimits(obj: AutoOpsAgentPolicySpecResourcesLimits | undefined): Record<string, any> | undefined;
/**
 * Requests is the shorthand for the main container's CPU and memory requests.
 *
 * @schema AutoOpsAgentPolicySpecResourcesRequests
 */
export interface AutoOpsAgentPolicySpecResourcesRequests {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema AutoOpsAgentPolicySpecResourcesRequests#cpu
     */
    readonly cpu?: AutoOpsAgentPolicySpecResourcesRequestsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema AutoOpsAgentPolicySpecResourcesRequests#memory
     */
    readonly memory?: AutoOpsAgentPolicySpecResourcesRequestsMemory;
}
/**
 * Converts an object of type 'AutoOpsAgentPolicySpecResourcesRequests' to JSON representation.
 */
export declare function toJson_AutoOpsAgentPolicySpecResourcesRequests(obj: AutoOpsAgentPolicySpecResourcesRequests | undefined): Record<string, any> | undefined;
/**
 * CPU overrides the main container's CPU request/limit when the parent Resources
 * is merged into a PodTemplate. A nil value means "do not override": any CPU
 * value already set on the main container in the PodTemplate is passed through
 * unchanged. Setting this field to nil does not unset a CPU value present in
 * the PodTemplate; to remove it, edit the PodTemplate's container resources.
 * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
 *
 * @schema AutoOpsAgentPolicySpecResourcesLimitsCpu
 */
export declare class AutoOpsAgentPolicySpecResourcesLimitsCpu {
    readonly value: number | string;
    static fromNumber(value: number): AutoOpsAgentPolicySpecResourcesLimitsCpu;
    static fromString(value: string): AutoOpsAgentPolicySpecResourcesLimitsCpu;
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
 * @schema AutoOpsAgentPolicySpecResourcesLimitsMemory
 */
export declare class AutoOpsAgentPolicySpecResourcesLimitsMemory {
    readonly value: number | string;
    static fromNumber(value: number): AutoOpsAgentPolicySpecResourcesLimitsMemory;
    static fromString(value: string): AutoOpsAgentPolicySpecResourcesLimitsMemory;
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
 * @schema AutoOpsAgentPolicySpecResourcesRequestsCpu
 */
export declare class AutoOpsAgentPolicySpecResourcesRequestsCpu {
    readonly value: number | string;
    static fromNumber(value: number): AutoOpsAgentPolicySpecResourcesRequestsCpu;
    static fromString(value: string): AutoOpsAgentPolicySpecResourcesRequestsCpu;
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
 * @schema AutoOpsAgentPolicySpecResourcesRequestsMemory
 */
export declare class AutoOpsAgentPolicySpecResourcesRequestsMemory {
    readonly value: number | string;
    static fromNumber(value: number): AutoOpsAgentPolicySpecResourcesRequestsMemory;
    static fromString(value: string): AutoOpsAgentPolicySpecResourcesRequestsMemory;
    private constructor();
}
