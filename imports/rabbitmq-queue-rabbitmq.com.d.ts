import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Queue is the Schema for the queues API
 *
 * @schema Queue
 */
export declare class Queue extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Queue"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Queue".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: QueueProps): any;
    /**
     * Defines a "Queue" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: QueueProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Queue is the Schema for the queues API
 *
 * @schema Queue
 */
export interface QueueProps {
    /**
     * @schema Queue#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * QueueSpec defines the desired state of Queue
     *
     * @schema Queue#spec
     */
    readonly spec?: QueueSpec;
}
/**
 * Converts an object of type 'QueueProps' to JSON representation.
 */
export declare function toJson_QueueProps(obj: QueueProps | undefined): Record<string, any> | undefined;
/**
 * QueueSpec defines the desired state of Queue
 *
 * @schema QueueSpec
 */
export interface QueueSpec {
    /**
     * Queue arguments in the format of KEY: VALUE. e.g. x-delivery-limit: 10000.
     * Configuring queues through arguments is not recommended because they cannot be updated once set; we recommend configuring queues through policies instead.
     *
     * @schema QueueSpec#arguments
     */
    readonly arguments?: any;
    /**
     * when set to true, queues that have had at least one consumer before are deleted after the last consumer unsubscribes.
     *
     * @schema QueueSpec#autoDelete
     */
    readonly autoDelete?: boolean;
    /**
     * when set to true, queues are deleted only if empty.
     *
     * @schema QueueSpec#deleteIfEmpty
     */
    readonly deleteIfEmpty?: boolean;
    /**
     * when set to true, queues are delete only if they have no consumer.
     *
     * @schema QueueSpec#deleteIfUnused
     */
    readonly deleteIfUnused?: boolean;
    /**
     * DeletionPolicy defines the behavior of queue in the RabbitMQ cluster when the corresponding custom resource is deleted.
     * Can be set to 'delete' or 'retain'. Default is 'delete'.
     *
     * @default delete'.
     * @schema QueueSpec#deletionPolicy
     */
    readonly deletionPolicy?: QueueSpecDeletionPolicy;
    /**
     * When set to false queues does not survive server restart.
     *
     * @schema QueueSpec#durable
     */
    readonly durable?: boolean;
    /**
     * Name of the queue; required property.
     *
     * @schema QueueSpec#name
     */
    readonly name: string;
    /**
     * Reference to the RabbitmqCluster that the queue will be created in.
     * Required property.
     *
     * @schema QueueSpec#rabbitmqClusterReference
     */
    readonly rabbitmqClusterReference: QueueSpecRabbitmqClusterReference;
    /**
     * @schema QueueSpec#type
     */
    readonly type?: string;
    /**
     * Default to vhost '/'
     *
     * @default vhost '/'
     * @schema QueueSpec#vhost
     */
    readonly vhost?: string;
}
/**
 * Converts an object of type 'QueueSpec' to JSON representation.
 */
export declare function toJson_QueueSpec(obj: QueueSpec | undefined): Record<string, any> | undefined;
/**
 * DeletionPolicy defines the behavior of queue in the RabbitMQ cluster when the corresponding custom resource is deleted.
 * Can be set to 'delete' or 'retain'. Default is 'delete'.
 *
 * @default delete'.
 * @schema QueueSpecDeletionPolicy
 */
export declare enum QueueSpecDeletionPolicy {
    /** delete */
    DELETE = "delete",
    /** retain */
    RETAIN = "retain"
}
/**
 * Reference to the RabbitmqCluster that the queue will be created in.
 * Required property.
 *
 * @schema QueueSpecRabbitmqClusterReference
 */
export interface QueueSpecRabbitmqClusterReference {
    /**
     * Secret contains the http management uri for the RabbitMQ cluster.
     * The Secret must contain the key `uri`, `username` and `password` or operator will error.
     * Have to set either name or connectionSecret, but not both.
     *
     * @schema QueueSpecRabbitmqClusterReference#connectionSecret
     */
    readonly connectionSecret?: QueueSpecRabbitmqClusterReferenceConnectionSecret;
    /**
     * The name of the RabbitMQ cluster to reference.
     * Have to set either name or connectionSecret, but not both.
     *
     * @schema QueueSpecRabbitmqClusterReference#name
     */
    readonly name?: string;
    /**
     * The namespace of the RabbitMQ cluster to reference.
     * Defaults to the namespace of the requested resource if omitted.
     *
     * @default the namespace of the requested resource if omitted.
     * @schema QueueSpecRabbitmqClusterReference#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'QueueSpecRabbitmqClusterReference' to JSON representation.
 */
export declare function toJson_QueueSpecRabbitmqClusterReference(obj: QueueSpecRabbitmqClusterReference | undefined): Record<string, any> | undefined;
/**
 * Secret contains the http management uri for the RabbitMQ cluster.
 * The Secret must contain the key `uri`, `username` and `password` or operator will error.
 * Have to set either name or connectionSecret, but not both.
 *
 * @schema QueueSpecRabbitmqClusterReferenceConnectionSecret
 */
export interface QueueSpecRabbitmqClusterReferenceConnectionSecret {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema QueueSpecRabbitmqClusterReferenceConnectionSecret#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'QueueSpecRabbitmqClusterReferenceConnectionSecret' to JSON representation.
 */
export declare function toJson_QueueSpecRabbitmqClusterReferenceConnectionSecret(obj: QueueSpecRabbitmqClusterReferenceConnectionSecret | undefined): Record<string, any> | undefined;
