import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * ReferenceGrant identifies kinds of resources in other namespaces that are
trusted to reference the specified kinds of resources in the same namespace
as the policy.

Each ReferenceGrant can be used to represent a unique trust relationship.
Additional Reference Grants can be used to add to the set of trusted
sources of inbound references for the namespace they are defined within.

All cross-namespace references in Gateway API (with the exception of cross-namespace
Gateway-route attachment) require a ReferenceGrant.

ReferenceGrant is a form of runtime verification allowing users to assert
which cross-namespace object references are permitted. Implementations that
support ReferenceGrant MUST NOT permit cross-namespace references which have
no grant, and MUST respond to the removal of a grant by revoking the access
that the grant allowed.
 *
 * @schema ReferenceGrant
 */
export declare class ReferenceGrant extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ReferenceGrant"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ReferenceGrant".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ReferenceGrantProps): any;
    /**
     * Defines a "ReferenceGrant" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ReferenceGrantProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ReferenceGrant identifies kinds of resources in other namespaces that are
 * trusted to reference the specified kinds of resources in the same namespace
 * as the policy.
 *
 * Each ReferenceGrant can be used to represent a unique trust relationship.
 * Additional Reference Grants can be used to add to the set of trusted
 * sources of inbound references for the namespace they are defined within.
 *
 * All cross-namespace references in Gateway API (with the exception of cross-namespace
 * Gateway-route attachment) require a ReferenceGrant.
 *
 * ReferenceGrant is a form of runtime verification allowing users to assert
 * which cross-namespace object references are permitted. Implementations that
 * support ReferenceGrant MUST NOT permit cross-namespace references which have
 * no grant, and MUST respond to the removal of a grant by revoking the access
 * that the grant allowed.
 *
 * @schema ReferenceGrant
 */
export interface ReferenceGrantProps {
    /**
     * @schema ReferenceGrant#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the desired state of ReferenceGrant.
     *
     * @schema ReferenceGrant#spec
     */
    readonly spec: ReferenceGrantSpec;
}
/**
 * Converts an object of type 'ReferenceGrantProps' to JSON representation.
 */
export declare function toJson_ReferenceGrantProps(obj: ReferenceGrantProps | undefined): Record<string, any> | undefined;
/**
 * Spec defines the desired state of ReferenceGrant.
 *
 * @schema ReferenceGrantSpec
 */
export interface ReferenceGrantSpec {
    /**
     * From describes the trusted namespaces and kinds that can reference the
     * resources described in "To". Each entry in this list MUST be considered
     * to be an additional place that references can be valid from, or to put
     * this another way, entries MUST be combined using OR.
     *
     * Support: Core
     *
     * @schema ReferenceGrantSpec#from
     */
    readonly from: ReferenceGrantSpecFrom[];
    /**
     * To describes the resources that may be referenced by the resources
     * described in "From". Each entry in this list MUST be considered to be an
     * additional place that references can be valid to, or to put this another
     * way, entries MUST be combined using OR.
     *
     * Support: Core
     *
     * @schema ReferenceGrantSpec#to
     */
    readonly to: ReferenceGrantSpecTo[];
}
/**
 * Converts an object of type 'ReferenceGrantSpec' to JSON representation.
 */
export declare function toJson_ReferenceGrantSpec(obj: ReferenceGrantSpec | undefined): Record<string, any> | undefined;
/**
 * ReferenceGrantFrom describes trusted namespaces and kinds.
 *
 * @schema ReferenceGrantSpecFrom
 */
export interface ReferenceGrantSpecFrom {
    /**
     * Group is the group of the referent.
     * When empty, the Kubernetes core API group is inferred.
     *
     * Support: Core
     *
     * @schema ReferenceGrantSpecFrom#group
     */
    readonly group: string;
    /**
     * Kind is the kind of the referent. Although implementations may support
     * additional resources, the following types are part of the "Core"
     * support level for this field.
     *
     * When used to permit a SecretObjectReference:
     *
     * * Gateway
     *
     * When used to permit a BackendObjectReference:
     *
     * * GRPCRoute
     * * HTTPRoute
     * * TCPRoute
     * * TLSRoute
     * * UDPRoute
     *
     * @schema ReferenceGrantSpecFrom#kind
     */
    readonly kind: string;
    /**
     * Namespace is the namespace of the referent.
     *
     * Support: Core
     *
     * @schema ReferenceGrantSpecFrom#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'ReferenceGrantSpecFrom' to JSON representation.
 */
export declare function toJson_ReferenceGrantSpecFrom(obj: ReferenceGrantSpecFrom | undefined): Record<string, any> | undefined;
/**
 * ReferenceGrantTo describes what Kinds are allowed as targets of the
 * references.
 *
 * @schema ReferenceGrantSpecTo
 */
export interface ReferenceGrantSpecTo {
    /**
     * Group is the group of the referent.
     * When empty, the Kubernetes core API group is inferred.
     *
     * Support: Core
     *
     * @schema ReferenceGrantSpecTo#group
     */
    readonly group: string;
    /**
     * Kind is the kind of the referent. Although implementations may support
     * additional resources, the following types are part of the "Core"
     * support level for this field:
     *
     * * Secret when used to permit a SecretObjectReference
     * * Service when used to permit a BackendObjectReference
     *
     * @schema ReferenceGrantSpecTo#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent. When unspecified, this policy
     * refers to all resources of the specified Group and Kind in the local
     * namespace.
     *
     * @schema ReferenceGrantSpecTo#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ReferenceGrantSpecTo' to JSON representation.
 */
export declare function toJson_ReferenceGrantSpecTo(obj: ReferenceGrantSpecTo | undefined): Record<string, any> | undefined;
/**
 * ReferenceGrant identifies kinds of resources in other namespaces that are
trusted to reference the specified kinds of resources in the same namespace
as the policy.

Each ReferenceGrant can be used to represent a unique trust relationship.
Additional Reference Grants can be used to add to the set of trusted
sources of inbound references for the namespace they are defined within.

All cross-namespace references in Gateway API (with the exception of cross-namespace
Gateway-route attachment) require a ReferenceGrant.

ReferenceGrant is a form of runtime verification allowing users to assert
which cross-namespace object references are permitted. Implementations that
support ReferenceGrant MUST NOT permit cross-namespace references which have
no grant, and MUST respond to the removal of a grant by revoking the access
that the grant allowed.
 *
 * @schema ReferenceGrantV1Beta1
 */
export declare class ReferenceGrantV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ReferenceGrantV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ReferenceGrantV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: ReferenceGrantV1Beta1Props): any;
    /**
     * Defines a "ReferenceGrantV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: ReferenceGrantV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ReferenceGrant identifies kinds of resources in other namespaces that are
 * trusted to reference the specified kinds of resources in the same namespace
 * as the policy.
 *
 * Each ReferenceGrant can be used to represent a unique trust relationship.
 * Additional Reference Grants can be used to add to the set of trusted
 * sources of inbound references for the namespace they are defined within.
 *
 * All cross-namespace references in Gateway API (with the exception of cross-namespace
 * Gateway-route attachment) require a ReferenceGrant.
 *
 * ReferenceGrant is a form of runtime verification allowing users to assert
 * which cross-namespace object references are permitted. Implementations that
 * support ReferenceGrant MUST NOT permit cross-namespace references which have
 * no grant, and MUST respond to the removal of a grant by revoking the access
 * that the grant allowed.
 *
 * @schema ReferenceGrantV1Beta1
 */
export interface ReferenceGrantV1Beta1Props {
    /**
     * @schema ReferenceGrantV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the desired state of ReferenceGrant.
     *
     * @schema ReferenceGrantV1Beta1#spec
     */
    readonly spec: ReferenceGrantV1Beta1Spec;
}
/**
 * Converts an object of type 'ReferenceGrantV1Beta1Props' to JSON representation.
 */
export declare function toJson_ReferenceGrantV1Beta1Props(obj: ReferenceGrantV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * Spec defines the desired state of ReferenceGrant.
 *
 * @schema ReferenceGrantV1Beta1Spec
 */
export interface ReferenceGrantV1Beta1Spec {
    /**
     * From describes the trusted namespaces and kinds that can reference the
     * resources described in "To". Each entry in this list MUST be considered
     * to be an additional place that references can be valid from, or to put
     * this another way, entries MUST be combined using OR.
     *
     * Support: Core
     *
     * @schema ReferenceGrantV1Beta1Spec#from
     */
    readonly from: ReferenceGrantV1Beta1SpecFrom[];
    /**
     * To describes the resources that may be referenced by the resources
     * described in "From". Each entry in this list MUST be considered to be an
     * additional place that references can be valid to, or to put this another
     * way, entries MUST be combined using OR.
     *
     * Support: Core
     *
     * @schema ReferenceGrantV1Beta1Spec#to
     */
    readonly to: ReferenceGrantV1Beta1SpecTo[];
}
/**
 * Converts an object of type 'ReferenceGrantV1Beta1Spec' to JSON representation.
 */
export declare function toJson_ReferenceGrantV1Beta1Spec(obj: ReferenceGrantV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * ReferenceGrantFrom describes trusted namespaces and kinds.
 *
 * @schema ReferenceGrantV1Beta1SpecFrom
 */
export interface ReferenceGrantV1Beta1SpecFrom {
    /**
     * Group is the group of the referent.
     * When empty, the Kubernetes core API group is inferred.
     *
     * Support: Core
     *
     * @schema ReferenceGrantV1Beta1SpecFrom#group
     */
    readonly group: string;
    /**
     * Kind is the kind of the referent. Although implementations may support
     * additional resources, the following types are part of the "Core"
     * support level for this field.
     *
     * When used to permit a SecretObjectReference:
     *
     * * Gateway
     *
     * When used to permit a BackendObjectReference:
     *
     * * GRPCRoute
     * * HTTPRoute
     * * TCPRoute
     * * TLSRoute
     * * UDPRoute
     *
     * @schema ReferenceGrantV1Beta1SpecFrom#kind
     */
    readonly kind: string;
    /**
     * Namespace is the namespace of the referent.
     *
     * Support: Core
     *
     * @schema ReferenceGrantV1Beta1SpecFrom#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'ReferenceGrantV1Beta1SpecFrom' to JSON representation.
 */
export declare function toJson_ReferenceGrantV1Beta1SpecFrom(obj: ReferenceGrantV1Beta1SpecFrom | undefined): Record<string, any> | undefined;
/**
 * ReferenceGrantTo describes what Kinds are allowed as targets of the
 * references.
 *
 * @schema ReferenceGrantV1Beta1SpecTo
 */
export interface ReferenceGrantV1Beta1SpecTo {
    /**
     * Group is the group of the referent.
     * When empty, the Kubernetes core API group is inferred.
     *
     * Support: Core
     *
     * @schema ReferenceGrantV1Beta1SpecTo#group
     */
    readonly group: string;
    /**
     * Kind is the kind of the referent. Although implementations may support
     * additional resources, the following types are part of the "Core"
     * support level for this field:
     *
     * * Secret when used to permit a SecretObjectReference
     * * Service when used to permit a BackendObjectReference
     *
     * @schema ReferenceGrantV1Beta1SpecTo#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent. When unspecified, this policy
     * refers to all resources of the specified Group and Kind in the local
     * namespace.
     *
     * @schema ReferenceGrantV1Beta1SpecTo#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'ReferenceGrantV1Beta1SpecTo' to JSON representation.
 */
export declare function toJson_ReferenceGrantV1Beta1SpecTo(obj: ReferenceGrantV1Beta1SpecTo | undefined): Record<string, any> | undefined;
