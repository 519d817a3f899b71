import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * GatewayClass describes a class of Gateways available to the user for creating
Gateway resources.

It is recommended that this resource be used as a template for Gateways. This
means that a Gateway is based on the state of the GatewayClass at the time it
was created and changes to the GatewayClass or associated parameters are not
propagated down to existing Gateways. This recommendation is intended to
limit the blast radius of changes to GatewayClass or associated parameters.
If implementations choose to propagate GatewayClass changes to existing
Gateways, that MUST be clearly documented by the implementation.

Whenever one or more Gateways are using a GatewayClass, implementations SHOULD
add the `gateway-exists-finalizer.gateway.networking.k8s.io` finalizer on the
associated GatewayClass. This ensures that a GatewayClass associated with a
Gateway is not deleted while in use.

GatewayClass is a Cluster level resource.

A GatewayClass name SHOULD be compliant with RFC 1035, consisting of a maximum of 63 lower case alphanumeric
characters or hyphens ('-'), and MUST start and end with an alphanumeric character.
 *
 * @schema GatewayClass
 */
export declare class GatewayClass extends ApiObject {
    /**
     * Returns the apiVersion and kind for "GatewayClass"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "GatewayClass".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: GatewayClassProps): any;
    /**
     * Defines a "GatewayClass" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: GatewayClassProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * GatewayClass describes a class of Gateways available to the user for creating
 * Gateway resources.
 *
 * It is recommended that this resource be used as a template for Gateways. This
 * means that a Gateway is based on the state of the GatewayClass at the time it
 * was created and changes to the GatewayClass or associated parameters are not
 * propagated down to existing Gateways. This recommendation is intended to
 * limit the blast radius of changes to GatewayClass or associated parameters.
 * If implementations choose to propagate GatewayClass changes to existing
 * Gateways, that MUST be clearly documented by the implementation.
 *
 * Whenever one or more Gateways are using a GatewayClass, implementations SHOULD
 * add the `gateway-exists-finalizer.gateway.networking.k8s.io` finalizer on the
 * associated GatewayClass. This ensures that a GatewayClass associated with a
 * Gateway is not deleted while in use.
 *
 * GatewayClass is a Cluster level resource.
 *
 * A GatewayClass name SHOULD be compliant with RFC 1035, consisting of a maximum of 63 lower case alphanumeric
 * characters or hyphens ('-'), and MUST start and end with an alphanumeric character.
 *
 * @schema GatewayClass
 */
export interface GatewayClassProps {
    /**
     * @schema GatewayClass#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the desired state of GatewayClass.
     *
     * @schema GatewayClass#spec
     */
    readonly spec: GatewayClassSpec;
}
/**
 * Converts an object of type 'GatewayClassProps' to JSON representation.
 */
export declare function toJson_GatewayClassProps(obj: GatewayClassProps | undefined): Record<string, any> | undefined;
/**
 * Spec defines the desired state of GatewayClass.
 *
 * @schema GatewayClassSpec
 */
export interface GatewayClassSpec {
    /**
     * ControllerName is the name of the controller that is managing Gateways of
     * this class. The value of this field MUST be a domain prefixed path.
     *
     * Example: "example.net/gateway-controller".
     *
     * This field is not mutable and cannot be empty.
     *
     * Support: Core
     *
     * @schema GatewayClassSpec#controllerName
     */
    readonly controllerName: string;
    /**
     * Description helps describe a GatewayClass with more details.
     *
     * @schema GatewayClassSpec#description
     */
    readonly description?: string;
    /**
     * ParametersRef is a reference to a resource that contains the configuration
     * parameters corresponding to the GatewayClass. This is optional if the
     * controller does not require any additional configuration.
     *
     * ParametersRef can reference a standard Kubernetes resource, i.e. ConfigMap,
     * or an implementation-specific custom resource. The resource can be
     * cluster-scoped or namespace-scoped.
     *
     * If the referent cannot be found, refers to an unsupported kind, or when
     * the data within that resource is malformed, the GatewayClass SHOULD be
     * rejected with the "Accepted" status condition set to "False" and an
     * "InvalidParameters" reason.
     *
     * A Gateway for this GatewayClass may provide its own `parametersRef`. When both are specified,
     * the merging behavior is implementation specific.
     * It is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.
     *
     * Support: Implementation-specific
     *
     * @schema GatewayClassSpec#parametersRef
     */
    readonly parametersRef?: GatewayClassSpecParametersRef;
}
/**
 * Converts an object of type 'GatewayClassSpec' to JSON representation.
 */
export declare function toJson_GatewayClassSpec(obj: GatewayClassSpec | undefined): Record<string, any> | undefined;
/**
 * ParametersRef is a reference to a resource that contains the configuration
 * parameters corresponding to the GatewayClass. This is optional if the
 * controller does not require any additional configuration.
 *
 * ParametersRef can reference a standard Kubernetes resource, i.e. ConfigMap,
 * or an implementation-specific custom resource. The resource can be
 * cluster-scoped or namespace-scoped.
 *
 * If the referent cannot be found, refers to an unsupported kind, or when
 * the data within that resource is malformed, the GatewayClass SHOULD be
 * rejected with the "Accepted" status condition set to "False" and an
 * "InvalidParameters" reason.
 *
 * A Gateway for this GatewayClass may provide its own `parametersRef`. When both are specified,
 * the merging behavior is implementation specific.
 * It is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.
 *
 * Support: Implementation-specific
 *
 * @schema GatewayClassSpecParametersRef
 */
export interface GatewayClassSpecParametersRef {
    /**
     * Group is the group of the referent.
     *
     * @schema GatewayClassSpecParametersRef#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent.
     *
     * @schema GatewayClassSpecParametersRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewayClassSpecParametersRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referent.
     * This field is required when referring to a Namespace-scoped resource and
     * MUST be unset when referring to a Cluster-scoped resource.
     *
     * @schema GatewayClassSpecParametersRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'GatewayClassSpecParametersRef' to JSON representation.
 */
export declare function toJson_GatewayClassSpecParametersRef(obj: GatewayClassSpecParametersRef | undefined): Record<string, any> | undefined;
/**
 * GatewayClass describes a class of Gateways available to the user for creating
Gateway resources.

It is recommended that this resource be used as a template for Gateways. This
means that a Gateway is based on the state of the GatewayClass at the time it
was created and changes to the GatewayClass or associated parameters are not
propagated down to existing Gateways. This recommendation is intended to
limit the blast radius of changes to GatewayClass or associated parameters.
If implementations choose to propagate GatewayClass changes to existing
Gateways, that MUST be clearly documented by the implementation.

Whenever one or more Gateways are using a GatewayClass, implementations SHOULD
add the `gateway-exists-finalizer.gateway.networking.k8s.io` finalizer on the
associated GatewayClass. This ensures that a GatewayClass associated with a
Gateway is not deleted while in use.

GatewayClass is a Cluster level resource.
 *
 * @schema GatewayClassV1Beta1
 */
export declare class GatewayClassV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "GatewayClassV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "GatewayClassV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: GatewayClassV1Beta1Props): any;
    /**
     * Defines a "GatewayClassV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: GatewayClassV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * GatewayClass describes a class of Gateways available to the user for creating
 * Gateway resources.
 *
 * It is recommended that this resource be used as a template for Gateways. This
 * means that a Gateway is based on the state of the GatewayClass at the time it
 * was created and changes to the GatewayClass or associated parameters are not
 * propagated down to existing Gateways. This recommendation is intended to
 * limit the blast radius of changes to GatewayClass or associated parameters.
 * If implementations choose to propagate GatewayClass changes to existing
 * Gateways, that MUST be clearly documented by the implementation.
 *
 * Whenever one or more Gateways are using a GatewayClass, implementations SHOULD
 * add the `gateway-exists-finalizer.gateway.networking.k8s.io` finalizer on the
 * associated GatewayClass. This ensures that a GatewayClass associated with a
 * Gateway is not deleted while in use.
 *
 * GatewayClass is a Cluster level resource.
 *
 * @schema GatewayClassV1Beta1
 */
export interface GatewayClassV1Beta1Props {
    /**
     * @schema GatewayClassV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the desired state of GatewayClass.
     *
     * @schema GatewayClassV1Beta1#spec
     */
    readonly spec: GatewayClassV1Beta1Spec;
}
/**
 * Converts an object of type 'GatewayClassV1Beta1Props' to JSON representation.
 */
export declare function toJson_GatewayClassV1Beta1Props(obj: GatewayClassV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * Spec defines the desired state of GatewayClass.
 *
 * @schema GatewayClassV1Beta1Spec
 */
export interface GatewayClassV1Beta1Spec {
    /**
     * ControllerName is the name of the controller that is managing Gateways of
     * this class. The value of this field MUST be a domain prefixed path.
     *
     * Example: "example.net/gateway-controller".
     *
     * This field is not mutable and cannot be empty.
     *
     * Support: Core
     *
     * @schema GatewayClassV1Beta1Spec#controllerName
     */
    readonly controllerName: string;
    /**
     * Description helps describe a GatewayClass with more details.
     *
     * @schema GatewayClassV1Beta1Spec#description
     */
    readonly description?: string;
    /**
     * ParametersRef is a reference to a resource that contains the configuration
     * parameters corresponding to the GatewayClass. This is optional if the
     * controller does not require any additional configuration.
     *
     * ParametersRef can reference a standard Kubernetes resource, i.e. ConfigMap,
     * or an implementation-specific custom resource. The resource can be
     * cluster-scoped or namespace-scoped.
     *
     * If the referent cannot be found, refers to an unsupported kind, or when
     * the data within that resource is malformed, the GatewayClass SHOULD be
     * rejected with the "Accepted" status condition set to "False" and an
     * "InvalidParameters" reason.
     *
     * A Gateway for this GatewayClass may provide its own `parametersRef`. When both are specified,
     * the merging behavior is implementation specific.
     * It is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.
     *
     * Support: Implementation-specific
     *
     * @schema GatewayClassV1Beta1Spec#parametersRef
     */
    readonly parametersRef?: GatewayClassV1Beta1SpecParametersRef;
}
/**
 * Converts an object of type 'GatewayClassV1Beta1Spec' to JSON representation.
 */
export declare function toJson_GatewayClassV1Beta1Spec(obj: GatewayClassV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * ParametersRef is a reference to a resource that contains the configuration
 * parameters corresponding to the GatewayClass. This is optional if the
 * controller does not require any additional configuration.
 *
 * ParametersRef can reference a standard Kubernetes resource, i.e. ConfigMap,
 * or an implementation-specific custom resource. The resource can be
 * cluster-scoped or namespace-scoped.
 *
 * If the referent cannot be found, refers to an unsupported kind, or when
 * the data within that resource is malformed, the GatewayClass SHOULD be
 * rejected with the "Accepted" status condition set to "False" and an
 * "InvalidParameters" reason.
 *
 * A Gateway for this GatewayClass may provide its own `parametersRef`. When both are specified,
 * the merging behavior is implementation specific.
 * It is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.
 *
 * Support: Implementation-specific
 *
 * @schema GatewayClassV1Beta1SpecParametersRef
 */
export interface GatewayClassV1Beta1SpecParametersRef {
    /**
     * Group is the group of the referent.
     *
     * @schema GatewayClassV1Beta1SpecParametersRef#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent.
     *
     * @schema GatewayClassV1Beta1SpecParametersRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewayClassV1Beta1SpecParametersRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referent.
     * This field is required when referring to a Namespace-scoped resource and
     * MUST be unset when referring to a Cluster-scoped resource.
     *
     * @schema GatewayClassV1Beta1SpecParametersRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'GatewayClassV1Beta1SpecParametersRef' to JSON representation.
 */
export declare function toJson_GatewayClassV1Beta1SpecParametersRef(obj: GatewayClassV1Beta1SpecParametersRef | undefined): Record<string, any> | undefined;
