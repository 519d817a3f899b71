import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * ElasticsearchAutoscaler represents an ElasticsearchAutoscaler resource in a Kubernetes cluster.
 *
 * @schema ElasticsearchAutoscaler
 */
export declare class ElasticsearchAutoscaler extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ElasticsearchAutoscaler"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ElasticsearchAutoscaler".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ElasticsearchAutoscalerProps): any;
    /**
     * Defines a "ElasticsearchAutoscaler" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ElasticsearchAutoscalerProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ElasticsearchAutoscaler represents an ElasticsearchAutoscaler resource in a Kubernetes cluster.
 *
 * @schema ElasticsearchAutoscaler
 */
export interface ElasticsearchAutoscalerProps {
    /**
     * @schema ElasticsearchAutoscaler#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ElasticsearchAutoscalerSpec holds the specification of an Elasticsearch autoscaler resource.
     *
     * @schema ElasticsearchAutoscaler#spec
     */
    readonly spec?: ElasticsearchAutoscalerSpec;
}
/**
 * Converts an object of type 'ElasticsearchAutoscalerProps' to JSON representation.
 */
export declare function toJson_ElasticsearchAutoscalerProps(obj: ElasticsearchAutoscalerProps | undefined): Record<string, any> | undefined;
/**
 * ElasticsearchAutoscalerSpec holds the specification of an Elasticsearch autoscaler resource.
 *
 * @schema ElasticsearchAutoscalerSpec
 */
export interface ElasticsearchAutoscalerSpec {
    /**
     * ElasticsearchRef is a reference to an Elasticsearch cluster that exists in the same namespace.
     *
     * @schema ElasticsearchAutoscalerSpec#elasticsearchRef
     */
    readonly elasticsearchRef: ElasticsearchAutoscalerSpecElasticsearchRef;
    /**
     * @schema ElasticsearchAutoscalerSpec#policies
     */
    readonly policies: ElasticsearchAutoscalerSpecPolicies[];
    /**
     * PollingPeriod is the period at which to synchronize with the Elasticsearch autoscaling API.
     *
     * @schema ElasticsearchAutoscalerSpec#pollingPeriod
     */
    readonly pollingPeriod?: string;
}
/**
 * Converts an object of type 'ElasticsearchAutoscalerSpec' to JSON representation.
 */
export declare function toJson_ElasticsearchAutoscalerSpec(obj: ElasticsearchAutoscalerSpec | undefined): Record<string, any> | undefined;
/**
 * ElasticsearchRef is a reference to an Elasticsearch cluster that exists in the same namespace.
 *
 * @schema ElasticsearchAutoscalerSpecElasticsearchRef
 */
export interface ElasticsearchAutoscalerSpecElasticsearchRef {
    /**
     * Name is the name of the Elasticsearch resource to scale automatically.
     *
     * @schema ElasticsearchAutoscalerSpecElasticsearchRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ElasticsearchAutoscalerSpecElasticsearchRef' to JSON representation.
 */
export declare function toJson_ElasticsearchAutoscalerSpecElasticsearchRef(obj: ElasticsearchAutoscalerSpecElasticsearchRef | undefined): Record<string, any> | undefined;
/**
 * AutoscalingPolicySpec holds a named autoscaling policy and the associated resources limits (cpu, memory, storage).
 *
 * @schema ElasticsearchAutoscalerSpecPolicies
 */
export interface ElasticsearchAutoscalerSpecPolicies {
    /**
     * Deciders allow the user to override default settings for autoscaling deciders.
     *
     * @schema ElasticsearchAutoscalerSpecPolicies#deciders
     */
    readonly deciders?: {
        [key: string]: {
            [key: string]: string;
        };
    };
    /**
     * Name identifies the autoscaling policy in the autoscaling specification.
     *
     * @schema ElasticsearchAutoscalerSpecPolicies#name
     */
    readonly name?: string;
    /**
     * AutoscalingResources model the limits, submitted by the user, for the supported resources in an autoscaling policy.
     * Only the node count range is mandatory. For other resources, a limit range is required only
     * if the Elasticsearch autoscaling capacity API returns a requirement for a given resource.
     * For example, the memory limit range is only required if the autoscaling API response contains a memory requirement.
     * If there is no limit range for a resource, and if that resource is not mandatory, then the resources in the NodeSets
     * managed by the autoscaling policy are left untouched.
     *
     * @schema ElasticsearchAutoscalerSpecPolicies#resources
     */
    readonly resources: ElasticsearchAutoscalerSpecPoliciesResources;
    /**
     * An autoscaling policy must target a unique set of roles.
     *
     * @schema ElasticsearchAutoscalerSpecPolicies#roles
     */
    readonly roles?: string[];
}
/**
 * Converts an object of type 'ElasticsearchAutoscalerSpecPolicies' to JSON representation.
 */
export declare function toJson_ElasticsearchAutoscalerSpecPolicies(obj: ElasticsearchAutoscalerSpecPolicies | undefined): Record<string, any> | undefined;
/**
 * AutoscalingResources model the limits, submitted by the user, for the supported resources in an autoscaling policy.
 * Only the node count range is mandatory. For other resources, a limit range is required only
 * if the Elasticsearch autoscaling capacity API returns a requirement for a given resource.
 * For example, the memory limit range is only required if the autoscaling API response contains a memory requirement.
 * If there is no limit range for a resource, and if that resource is not mandatory, then the resources in the NodeSets
 * managed by the autoscaling policy are left untouched.
 *
 * @schema ElasticsearchAutoscalerSpecPoliciesResources
 */
export interface ElasticsearchAutoscalerSpecPoliciesResources {
    /**
     * QuantityRange models a resource limit range for resources which can be expressed with resource.Quantity.
     *
     * @schema ElasticsearchAutoscalerSpecPoliciesResources#cpu
     */
    readonly cpu?: ElasticsearchAutoscalerSpecPoliciesResourcesCpu;
    /**
     * QuantityRange models a resource limit range for resources which can be expressed with resource.Quantity.
     *
     * @schema ElasticsearchAutoscalerSpecPoliciesResources#memory
     */
    readonly memory?: ElasticsearchAutoscalerSpecPoliciesResourcesMemory;
    /**
     * NodeCountRange is used to model the minimum and the maximum number of nodes over all the NodeSets managed by the same autoscaling policy.
     *
     * @schema ElasticsearchAutoscalerSpecPoliciesResources#nodeCount
     */
    readonly nodeCount: ElasticsearchAutoscalerSpecPoliciesResourcesNodeCount;
    /**
     * QuantityRange models a resource limit range for resources which can be expressed with resource.Quantity.
     *
     * @schema ElasticsearchAutoscalerSpecPoliciesResources#storage
     */
    readonly storage?: ElasticsearchAutoscalerSpecPoliciesResourcesStorage;
}
/**
 * Converts an object of type 'ElasticsearchAutoscalerSpecPoliciesResources' to JSON representation.
 */
export declare function toJson_ElasticsearchAutoscalerSpecPoliciesResources(obj: ElasticsearchAutoscalerSpecPoliciesResources | undefined): Record<string, any> | undefined;
/**
 * QuantityRange models a resource limit range for resources which can be expressed with resource.Quantity.
 *
 * @schema ElasticsearchAutoscalerSpecPoliciesResourcesCpu
 */
export interface ElasticsearchAutoscalerSpecPoliciesResourcesCpu {
    /**
     * Max represents the upper limit for the resources managed by the autoscaler.
     *
     * @schema ElasticsearchAutoscalerSpecPoliciesResourcesCpu#max
     */
    readonly max: ElasticsearchAutoscalerSpecPoliciesResourcesCpuMax;
    /**
     * Min represents the lower limit for the resources managed by the autoscaler.
     *
     * @schema ElasticsearchAutoscalerSpecPoliciesResourcesCpu#min
     */
    readonly min: ElasticsearchAutoscalerSpecPoliciesResourcesCpuMin;
    /**
     * RequestsToLimitsRatio allows to customize Kubernetes resource Limit based on the Request.
     *
     * @schema ElasticsearchAutoscalerSpecPoliciesResourcesCpu#requestsToLimitsRatio
     */
    readonly requestsToLimitsRatio?: ElasticsearchAutoscalerSpecPoliciesResourcesCpuRequestsToLimitsRatio;
}
/**
 * Converts an object of type 'ElasticsearchAutoscalerSpecPoliciesResourcesCpu' to JSON representation.
 */
export declare function toJson_ElasticsearchAutoscalerSpecPoliciesResourcesCpu(obj: ElasticsearchAutoscalerSpecPoliciesResourcesCpu | undefined): Record<string, any> | undefined;
/**
 * QuantityRange models a resource limit range for resources which can be expressed with resource.Quantity.
 *
 * @schema ElasticsearchAutoscalerSpecPoliciesResourcesMemory
 */
export interface ElasticsearchAutoscalerSpecPoliciesResourcesMemory {
    /**
     * Max represents the upper limit for the resources managed by the autoscaler.
     *
     * @schema ElasticsearchAutoscalerSpecPoliciesResourcesMemory#max
     */
    readonly max: ElasticsearchAutoscalerSpecPoliciesResourcesMemoryMax;
    /**
     * Min represents the lower limit for the resources managed by the autoscaler.
     *
     * @schema ElasticsearchAutoscalerSpecPoliciesResourcesMemory#min
     */
    readonly min: ElasticsearchAutoscalerSpecPoliciesResourcesMemoryMin;
    /**
     * RequestsToLimitsRatio allows to customize Kubernetes resource Limit based on the Request.
     *
     * @schema ElasticsearchAutoscalerSpecPoliciesResourcesMemory#requestsToLimitsRatio
     */
    readonly requestsToLimitsRatio?: ElasticsearchAutoscalerSpecPoliciesResourcesMemoryRequestsToLimitsRatio;
}
/**
 * Converts an object of type 'ElasticsearchAutoscalerSpecPoliciesResourcesMemory' to JSON representation.
 */
export declare function toJson_ElasticsearchAutoscalerSpecPoliciesResourcesMemory(obj: ElasticsearchAutoscalerSpecPoliciesResourcesMemory | undefined): Record<string, any> | undefined;
/**
 * NodeCountRange is used to model the minimum and the maximum number of nodes over all the NodeSets managed by the same autoscaling policy.
 *
 * @schema ElasticsearchAutoscalerSpecPoliciesResourcesNodeCount
 */
export interface ElasticsearchAutoscalerSpecPoliciesResourcesNodeCount {
    /**
     * Max represents the maximum number of nodes in a tier.
     *
     * @schema ElasticsearchAutoscalerSpecPoliciesResourcesNodeCount#max
     */
    readonly max: number;
    /**
     * Min represents the minimum number of nodes in a tier.
     *
     * @schema ElasticsearchAutoscalerSpecPoliciesResourcesNodeCount#min
     */
    readonly min: number;
}
/**
 * Converts an object of type 'ElasticsearchAutoscalerSpecPoliciesResourcesNodeCount' to JSON representation.
 */
export declare function toJson_ElasticsearchAutoscalerSpecPoliciesResourcesNodeCount(obj: ElasticsearchAutoscalerSpecPoliciesResourcesNodeCount | undefined): Record<string, any> | undefined;
/**
 * QuantityRange models a resource limit range for resources which can be expressed with resource.Quantity.
 *
 * @schema ElasticsearchAutoscalerSpecPoliciesResourcesStorage
 */
export interface ElasticsearchAutoscalerSpecPoliciesResourcesStorage {
    /**
     * Max represents the upper limit for the resources managed by the autoscaler.
     *
     * @schema ElasticsearchAutoscalerSpecPoliciesResourcesStorage#max
     */
    readonly max: ElasticsearchAutoscalerSpecPoliciesResourcesStorageMax;
    /**
     * Min represents the lower limit for the resources managed by the autoscaler.
     *
     * @schema ElasticsearchAutoscalerSpecPoliciesResourcesStorage#min
     */
    readonly min: ElasticsearchAutoscalerSpecPoliciesResourcesStorageMin;
    /**
     * RequestsToLimitsRatio allows to customize Kubernetes resource Limit based on the Request.
     *
     * @schema ElasticsearchAutoscalerSpecPoliciesResourcesStorage#requestsToLimitsRatio
     */
    readonly requestsToLimitsRatio?: ElasticsearchAutoscalerSpecPoliciesResourcesStorageRequestsToLimitsRatio;
}
/**
 * Converts an object of type 'ElasticsearchAutoscalerSpecPoliciesResourcesStorage' to JSON representation.
 */
export declare function toJson_ElasticsearchAutoscalerSpecPoliciesResourcesStorage(obj: ElasticsearchAutoscalerSpecPoliciesResourcesStorage | undefined): Record<string, any> | undefined;
/**
 * Max represents the upper limit for the resources managed by the autoscaler.
 *
 * @schema ElasticsearchAutoscalerSpecPoliciesResourcesCpuMax
 */
export declare class ElasticsearchAutoscalerSpecPoliciesResourcesCpuMax {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchAutoscalerSpecPoliciesResourcesCpuMax;
    static fromString(value: string): ElasticsearchAutoscalerSpecPoliciesResourcesCpuMax;
    private constructor();
}
/**
 * Min represents the lower limit for the resources managed by the autoscaler.
 *
 * @schema ElasticsearchAutoscalerSpecPoliciesResourcesCpuMin
 */
export declare class ElasticsearchAutoscalerSpecPoliciesResourcesCpuMin {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchAutoscalerSpecPoliciesResourcesCpuMin;
    static fromString(value: string): ElasticsearchAutoscalerSpecPoliciesResourcesCpuMin;
    private constructor();
}
/**
 * RequestsToLimitsRatio allows to customize Kubernetes resource Limit based on the Request.
 *
 * @schema ElasticsearchAutoscalerSpecPoliciesResourcesCpuRequestsToLimitsRatio
 */
export declare class ElasticsearchAutoscalerSpecPoliciesResourcesCpuRequestsToLimitsRatio {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchAutoscalerSpecPoliciesResourcesCpuRequestsToLimitsRatio;
    static fromString(value: string): ElasticsearchAutoscalerSpecPoliciesResourcesCpuRequestsToLimitsRatio;
    private constructor();
}
/**
 * Max represents the upper limit for the resources managed by the autoscaler.
 *
 * @schema ElasticsearchAutoscalerSpecPoliciesResourcesMemoryMax
 */
export declare class ElasticsearchAutoscalerSpecPoliciesResourcesMemoryMax {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchAutoscalerSpecPoliciesResourcesMemoryMax;
    static fromString(value: string): ElasticsearchAutoscalerSpecPoliciesResourcesMemoryMax;
    private constructor();
}
/**
 * Min represents the lower limit for the resources managed by the autoscaler.
 *
 * @schema ElasticsearchAutoscalerSpecPoliciesResourcesMemoryMin
 */
export declare class ElasticsearchAutoscalerSpecPoliciesResourcesMemoryMin {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchAutoscalerSpecPoliciesResourcesMemoryMin;
    static fromString(value: string): ElasticsearchAutoscalerSpecPoliciesResourcesMemoryMin;
    private constructor();
}
/**
 * RequestsToLimitsRatio allows to customize Kubernetes resource Limit based on the Request.
 *
 * @schema ElasticsearchAutoscalerSpecPoliciesResourcesMemoryRequestsToLimitsRatio
 */
export declare class ElasticsearchAutoscalerSpecPoliciesResourcesMemoryRequestsToLimitsRatio {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchAutoscalerSpecPoliciesResourcesMemoryRequestsToLimitsRatio;
    static fromString(value: string): ElasticsearchAutoscalerSpecPoliciesResourcesMemoryRequestsToLimitsRatio;
    private constructor();
}
/**
 * Max represents the upper limit for the resources managed by the autoscaler.
 *
 * @schema ElasticsearchAutoscalerSpecPoliciesResourcesStorageMax
 */
export declare class ElasticsearchAutoscalerSpecPoliciesResourcesStorageMax {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchAutoscalerSpecPoliciesResourcesStorageMax;
    static fromString(value: string): ElasticsearchAutoscalerSpecPoliciesResourcesStorageMax;
    private constructor();
}
/**
 * Min represents the lower limit for the resources managed by the autoscaler.
 *
 * @schema ElasticsearchAutoscalerSpecPoliciesResourcesStorageMin
 */
export declare class ElasticsearchAutoscalerSpecPoliciesResourcesStorageMin {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchAutoscalerSpecPoliciesResourcesStorageMin;
    static fromString(value: string): ElasticsearchAutoscalerSpecPoliciesResourcesStorageMin;
    private constructor();
}
/**
 * RequestsToLimitsRatio allows to customize Kubernetes resource Limit based on the Request.
 *
 * @schema ElasticsearchAutoscalerSpecPoliciesResourcesStorageRequestsToLimitsRatio
 */
export declare class ElasticsearchAutoscalerSpecPoliciesResourcesStorageRequestsToLimitsRatio {
    readonly value: number | string;
    static fromNumber(value: number): ElasticsearchAutoscalerSpecPoliciesResourcesStorageRequestsToLimitsRatio;
    static fromString(value: string): ElasticsearchAutoscalerSpecPoliciesResourcesStorageRequestsToLimitsRatio;
    private constructor();
}
