import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Gateway represents an instance of a service-traffic handling infrastructure
by binding Listeners to a set of IP addresses.
A Gateway name SHOULD be compliant with RFC 1035, consisting of a maximum of 63 lower case alphanumeric
characters or hyphens ('-'), and MUST start and end with an alphanumeric character.
 *
 * @schema Gateway
 */
export declare class Gateway extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Gateway"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Gateway".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: GatewayProps): any;
    /**
     * Defines a "Gateway" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: GatewayProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Gateway represents an instance of a service-traffic handling infrastructure
 * by binding Listeners to a set of IP addresses.
 * A Gateway name SHOULD be compliant with RFC 1035, consisting of a maximum of 63 lower case alphanumeric
 * characters or hyphens ('-'), and MUST start and end with an alphanumeric character.
 *
 * @schema Gateway
 */
export interface GatewayProps {
    /**
     * @schema Gateway#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the desired state of Gateway.
     *
     * @schema Gateway#spec
     */
    readonly spec: GatewaySpec;
}
/**
 * Converts an object of type 'GatewayProps' to JSON representation.
 */
export declare function toJson_GatewayProps(obj: GatewayProps | undefined): Record<string, any> | undefined;
/**
 * Spec defines the desired state of Gateway.
 *
 * @schema GatewaySpec
 */
export interface GatewaySpec {
    /**
     * Addresses requested for this Gateway. This is optional and behavior can
     * depend on the implementation. If a value is set in the spec and the
     * requested address is invalid or unavailable, the implementation MUST
     * indicate this in an associated entry in GatewayStatus.Conditions.
     *
     * The Addresses field represents a request for the address(es) on the
     * "outside of the Gateway", that traffic bound for this Gateway will use.
     * This could be the IP address or hostname of an external load balancer or
     * other networking infrastructure, or some other address that traffic will
     * be sent to.
     *
     * If no Addresses are specified, the implementation MAY schedule the
     * Gateway in an implementation-specific manner, assigning an appropriate
     * set of Addresses.
     *
     * The implementation MUST bind all Listeners to every GatewayAddress that
     * it assigns to the Gateway and add a corresponding entry in
     * GatewayStatus.Addresses.
     *
     * Support: Extended
     *
     * @schema GatewaySpec#addresses
     */
    readonly addresses?: GatewaySpecAddresses[];
    /**
     * AllowedListeners defines which ListenerSets can be attached to this Gateway.
     * The default value is to allow no ListenerSets.
     *
     * @schema GatewaySpec#allowedListeners
     */
    readonly allowedListeners?: GatewaySpecAllowedListeners;
    /**
     * GatewayClassName used for this Gateway. This is the name of a
     * GatewayClass resource.
     *
     * @schema GatewaySpec#gatewayClassName
     */
    readonly gatewayClassName: string;
    /**
     * Infrastructure defines infrastructure level attributes about this Gateway instance.
     *
     * Support: Extended
     *
     * @schema GatewaySpec#infrastructure
     */
    readonly infrastructure?: GatewaySpecInfrastructure;
    /**
     * Listeners associated with this Gateway. Listeners define
     * logical endpoints that are bound on this Gateway's addresses.
     * At least one Listener MUST be specified.
     *
     * ## Distinct Listeners
     *
     * Each Listener in a set of Listeners (for example, in a single Gateway)
     * MUST be _distinct_, in that a traffic flow MUST be able to be assigned to
     * exactly one listener. (This section uses "set of Listeners" rather than
     * "Listeners in a single Gateway" because implementations MAY merge configuration
     * from multiple Gateways onto a single data plane, and these rules _also_
     * apply in that case).
     *
     * Practically, this means that each listener in a set MUST have a unique
     * combination of Port, Protocol, and, if supported by the protocol, Hostname.
     *
     * Some combinations of port, protocol, and TLS settings are considered
     * Core support and MUST be supported by implementations based on the objects
     * they support:
     *
     * HTTPRoute
     *
     * 1. HTTPRoute, Port: 80, Protocol: HTTP
     * 2. HTTPRoute, Port: 443, Protocol: HTTPS, TLS Mode: Terminate, TLS keypair provided
     *
     * TLSRoute
     *
     * 1. TLSRoute, Port: 443, Protocol: TLS, TLS Mode: Passthrough
     *
     * "Distinct" Listeners have the following property:
     *
     * **The implementation can match inbound requests to a single distinct
     * Listener**.
     *
     * When multiple Listeners share values for fields (for
     * example, two Listeners with the same Port value), the implementation
     * can match requests to only one of the Listeners using other
     * Listener fields.
     *
     * When multiple listeners have the same value for the Protocol field, then
     * each of the Listeners with matching Protocol values MUST have different
     * values for other fields.
     *
     * The set of fields that MUST be different for a Listener differs per protocol.
     * The following rules define the rules for what fields MUST be considered for
     * Listeners to be distinct with each protocol currently defined in the
     * Gateway API spec.
     *
     * The set of listeners that all share a protocol value MUST have _different_
     * values for _at least one_ of these fields to be distinct:
     *
     * * **HTTP, HTTPS, TLS**: Port, Hostname
     * * **TCP, UDP**: Port
     *
     * One **very** important rule to call out involves what happens when an
     * implementation:
     *
     * * Supports TCP protocol Listeners, as well as HTTP, HTTPS, or TLS protocol
     * Listeners, and
     * * sees HTTP, HTTPS, or TLS protocols with the same `port` as one with TCP
     * Protocol.
     *
     * In this case all the Listeners that share a port with the
     * TCP Listener are not distinct and so MUST NOT be accepted.
     *
     * If an implementation does not support TCP Protocol Listeners, then the
     * previous rule does not apply, and the TCP Listeners SHOULD NOT be
     * accepted.
     *
     * Note that the `tls` field is not used for determining if a listener is distinct, because
     * Listeners that _only_ differ on TLS config will still conflict in all cases.
     *
     * ### Listeners that are distinct only by Hostname
     *
     * When the Listeners are distinct based only on Hostname, inbound request
     * hostnames MUST match from the most specific to least specific Hostname
     * values to choose the correct Listener and its associated set of Routes.
     *
     * Exact matches MUST be processed before wildcard matches, and wildcard
     * matches MUST be processed before fallback (empty Hostname value)
     * matches. For example, `"foo.example.com"` takes precedence over
     * `"*.example.com"`, and `"*.example.com"` takes precedence over `""`.
     *
     * Additionally, if there are multiple wildcard entries, more specific
     * wildcard entries must be processed before less specific wildcard entries.
     * For example, `"*.foo.example.com"` takes precedence over `"*.example.com"`.
     *
     * The precise definition here is that the higher the number of dots in the
     * hostname to the right of the wildcard character, the higher the precedence.
     *
     * The wildcard character will match any number of characters _and dots_ to
     * the left, however, so `"*.example.com"` will match both
     * `"foo.bar.example.com"` _and_ `"bar.example.com"`.
     *
     * ## Handling indistinct Listeners
     *
     * If a set of Listeners contains Listeners that are not distinct, then those
     * Listeners are _Conflicted_, and the implementation MUST set the "Conflicted"
     * condition in the Listener Status to "True".
     *
     * The words "indistinct" and "conflicted" are considered equivalent for the
     * purpose of this documentation.
     *
     * Implementations MAY choose to accept a Gateway with some Conflicted
     * Listeners only if they only accept the partial Listener set that contains
     * no Conflicted Listeners.
     *
     * Specifically, an implementation MAY accept a partial Listener set subject to
     * the following rules:
     *
     * * The implementation MUST NOT pick one conflicting Listener as the winner.
     * ALL indistinct Listeners must not be accepted for processing.
     * * At least one distinct Listener MUST be present, or else the Gateway effectively
     * contains _no_ Listeners, and must be rejected from processing as a whole.
     *
     * The implementation MUST set a "ListenersNotValid" condition on the
     * Gateway Status when the Gateway contains Conflicted Listeners whether or
     * not they accept the Gateway. That Condition SHOULD clearly
     * indicate in the Message which Listeners are conflicted, and which are
     * Accepted. Additionally, the Listener status for those listeners SHOULD
     * indicate which Listeners are conflicted and not Accepted.
     *
     * ## General Listener behavior
     *
     * Note that, for all distinct Listeners, requests SHOULD match at most one Listener.
     * For example, if Listeners are defined for "foo.example.com" and "*.example.com", a
     * request to "foo.example.com" SHOULD only be routed using routes attached
     * to the "foo.example.com" Listener (and not the "*.example.com" Listener).
     *
     * If traffic to a Gateway does not match any Listener's hostname (or if
     * the Listener does not specify a hostname and the request does not match
     * any attached Route), the request MUST be rejected. The specific mechanism
     * for rejection depends on the protocol: HTTP returns a 404 status code,
     * while gRPC returns an Unimplemented status code.
     *
     * This concept is known as "Listener Isolation", and it is an Extended feature
     * of Gateway API. Implementations that do not support Listener Isolation MUST
     * clearly document this, and MUST NOT claim support for the
     * `GatewayHTTPListenerIsolation` feature.
     *
     * Implementations that _do_ support Listener Isolation SHOULD claim support
     * for the Extended `GatewayHTTPListenerIsolation` feature and pass the associated
     * conformance tests.
     *
     * ## Compatible Listeners
     *
     * A Gateway's Listeners are considered _compatible_ if:
     *
     * 1. They are distinct.
     * 2. The implementation can serve them in compliance with the Addresses
     * requirement that all Listeners are available on all assigned
     * addresses.
     *
     * Compatible combinations in Extended support are expected to vary across
     * implementations. A combination that is compatible for one implementation
     * may not be compatible for another.
     *
     * For example, an implementation that cannot serve both TCP and UDP listeners
     * on the same address, or cannot mix HTTPS and generic TLS listens on the same port
     * would not consider those cases compatible, even though they are distinct.
     *
     * Implementations MAY merge separate Gateways onto a single set of
     * Addresses if all Listeners across all Gateways are compatible.
     *
     * In a future release the MinItems=1 requirement MAY be dropped.
     *
     * Support: Core
     *
     * @schema GatewaySpec#listeners
     */
    readonly listeners: GatewaySpecListeners[];
    /**
     * TLS specifies frontend and backend tls configuration for entire gateway.
     *
     * Support: Extended
     *
     * @schema GatewaySpec#tls
     */
    readonly tls?: GatewaySpecTls;
}
/**
 * Converts an object of type 'GatewaySpec' to JSON representation.
 */
export declare function toJson_GatewaySpec(obj: GatewaySpec | undefined): Record<string, any> | undefined;
/**
 * GatewaySpecAddress describes an address that can be bound to a Gateway.
 *
 * @schema GatewaySpecAddresses
 */
export interface GatewaySpecAddresses {
    /**
     * Type of the address.
     *
     * @schema GatewaySpecAddresses#type
     */
    readonly type?: string;
    /**
     * When a value is unspecified, an implementation SHOULD automatically
     * assign an address matching the requested type if possible.
     *
     * If an implementation does not support an empty value, they MUST set the
     * "Programmed" condition in status to False with a reason of "AddressNotAssigned".
     *
     * Examples: `1.2.3.4`, `128::1`, `my-ip-address`.
     *
     * @schema GatewaySpecAddresses#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'GatewaySpecAddresses' to JSON representation.
 */
export declare function toJson_GatewaySpecAddresses(obj: GatewaySpecAddresses | undefined): Record<string, any> | undefined;
/**
 * AllowedListeners defines which ListenerSets can be attached to this Gateway.
 * The default value is to allow no ListenerSets.
 *
 * @schema GatewaySpecAllowedListeners
 */
export interface GatewaySpecAllowedListeners {
    /**
     * Namespaces defines which namespaces ListenerSets can be attached to this Gateway.
     * The default value is to allow no ListenerSets.
     *
     * @schema GatewaySpecAllowedListeners#namespaces
     */
    readonly namespaces?: GatewaySpecAllowedListenersNamespaces;
}
/**
 * Converts an object of type 'GatewaySpecAllowedListeners' to JSON representation.
 */
export declare function toJson_GatewaySpecAllowedListeners(obj: GatewaySpecAllowedListeners | undefined): Record<string, any> | undefined;
/**
 * Infrastructure defines infrastructure level attributes about this Gateway instance.
 *
 * Support: Extended
 *
 * @schema GatewaySpecInfrastructure
 */
export interface GatewaySpecInfrastructure {
    /**
     * Annotations that SHOULD be applied to any resources created in response to this Gateway.
     *
     * For implementations creating other Kubernetes objects, this should be the `metadata.annotations` field on resources.
     * For other implementations, this refers to any relevant (implementation specific) "annotations" concepts.
     *
     * An implementation may chose to add additional implementation-specific annotations as they see fit.
     *
     * Support: Extended
     *
     * @schema GatewaySpecInfrastructure#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Labels that SHOULD be applied to any resources created in response to this Gateway.
     *
     * For implementations creating other Kubernetes objects, this should be the `metadata.labels` field on resources.
     * For other implementations, this refers to any relevant (implementation specific) "labels" concepts.
     *
     * An implementation may chose to add additional implementation-specific labels as they see fit.
     *
     * If an implementation maps these labels to Pods, or any other resource that would need to be recreated when labels
     * change, it SHOULD clearly warn about this behavior in documentation.
     *
     * Support: Extended
     *
     * @schema GatewaySpecInfrastructure#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * ParametersRef is a reference to a resource that contains the configuration
     * parameters corresponding to the Gateway. This is optional if the
     * controller does not require any additional configuration.
     *
     * This follows the same semantics as GatewayClass's `parametersRef`, but on a per-Gateway basis
     *
     * The Gateway's GatewayClass may provide its own `parametersRef`. When both are specified,
     * the merging behavior is implementation specific.
     * It is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.
     *
     * If the referent cannot be found, refers to an unsupported kind, or when
     * the data within that resource is malformed, the Gateway SHOULD be
     * rejected with the "Accepted" status condition set to "False" and an
     * "InvalidParameters" reason.
     *
     * Support: Implementation-specific
     *
     * @schema GatewaySpecInfrastructure#parametersRef
     */
    readonly parametersRef?: GatewaySpecInfrastructureParametersRef;
}
/**
 * Converts an object of type 'GatewaySpecInfrastructure' to JSON representation.
 */
export declare function toJson_GatewaySpecInfrastructure(obj: GatewaySpecInfrastructure | undefined): Record<string, any> | undefined;
/**
 * Listener embodies the concept of a logical endpoint where a Gateway accepts
 * network connections.
 *
 * @schema GatewaySpecListeners
 */
export interface GatewaySpecListeners {
    /**
     * AllowedRoutes defines the types of routes that MAY be attached to a
     * Listener and the trusted namespaces where those Route resources MAY be
     * present.
     *
     * Although a client request may match multiple route rules, only one rule
     * may ultimately receive the request. Matching precedence MUST be
     * determined in order of the following criteria:
     *
     * * The most specific match as defined by the Route type.
     * * The oldest Route based on creation timestamp. For example, a Route with
     * a creation timestamp of "2020-09-08 01:02:03" is given precedence over
     * a Route with a creation timestamp of "2020-09-08 01:02:04".
     * * If everything else is equivalent, the Route appearing first in
     * alphabetical order (namespace/name) should be given precedence. For
     * example, foo/bar is given precedence over foo/baz.
     *
     * All valid rules within a Route attached to this Listener should be
     * implemented. Invalid Route rules can be ignored (sometimes that will mean
     * the full Route). If a Route rule transitions from valid to invalid,
     * support for that Route rule should be dropped to ensure consistency. For
     * example, even if a filter specified by a Route rule is invalid, the rest
     * of the rules within that Route should still be supported.
     *
     * Support: Core
     *
     * @schema GatewaySpecListeners#allowedRoutes
     */
    readonly allowedRoutes?: GatewaySpecListenersAllowedRoutes;
    /**
     * Hostname specifies the virtual hostname to match for protocol types that
     * define this concept. When unspecified, all hostnames are matched. This
     * field is ignored for protocols that don't require hostname based
     * matching.
     *
     * Implementations MUST apply Hostname matching appropriately for each of
     * the following protocols:
     *
     * * TLS: The Listener Hostname MUST match the SNI.
     * * HTTP: The Listener Hostname MUST match the Host header of the request.
     * * HTTPS: The Listener Hostname SHOULD match both the SNI and Host header.
     * Note that this does not require the SNI and Host header to be the same.
     * The semantics of this are described in more detail below.
     *
     * To ensure security, Section 11.1 of RFC-6066 emphasizes that server
     * implementations that rely on SNI hostname matching MUST also verify
     * hostnames within the application protocol.
     *
     * Section 9.1.2 of RFC-7540 provides a mechanism for servers to reject the
     * reuse of a connection by responding with the HTTP 421 Misdirected Request
     * status code. This indicates that the origin server has rejected the
     * request because it appears to have been misdirected.
     *
     * To detect misdirected requests, Gateways SHOULD match the authority of
     * the requests with all the SNI hostname(s) configured across all the
     * Gateway Listeners on the same port and protocol:
     *
     * * If another Listener has an exact match or more specific wildcard entry,
     * the Gateway SHOULD return a 421.
     * * If the current Listener (selected by SNI matching during ClientHello)
     * does not match the Host:
     * * If another Listener does match the Host, the Gateway SHOULD return a
     * 421.
     * * If no other Listener matches the Host, the Gateway MUST return a
     * 404.
     *
     * For HTTPRoute and TLSRoute resources, there is an interaction with the
     * `spec.hostnames` array. When both listener and route specify hostnames,
     * there MUST be an intersection between the values for a Route to be
     * accepted. For more information, refer to the Route specific Hostnames
     * documentation.
     *
     * Hostnames that are prefixed with a wildcard label (`*.`) are interpreted
     * as a suffix match. That means that a match for `*.example.com` would match
     * both `test.example.com`, and `foo.test.example.com`, but not `example.com`.
     *
     * Support: Core
     *
     * @schema GatewaySpecListeners#hostname
     */
    readonly hostname?: string;
    /**
     * Name is the name of the Listener. This name MUST be unique within a
     * Gateway.
     *
     * Support: Core
     *
     * @schema GatewaySpecListeners#name
     */
    readonly name: string;
    /**
     * Port is the network port. Multiple listeners may use the
     * same port, subject to the Listener compatibility rules.
     *
     * Support: Core
     *
     * @schema GatewaySpecListeners#port
     */
    readonly port: number;
    /**
     * Protocol specifies the network protocol this listener expects to receive.
     *
     * Support: Core
     *
     * @schema GatewaySpecListeners#protocol
     */
    readonly protocol: string;
    /**
     * TLS is the TLS configuration for the Listener. This field is required if
     * the Protocol field is "HTTPS" or "TLS". It is invalid to set this field
     * if the Protocol field is "HTTP", "TCP", or "UDP".
     *
     * The association of SNIs to Certificate defined in ListenerTLSConfig is
     * defined based on the Hostname field for this listener.
     *
     * The GatewayClass MUST use the longest matching SNI out of all
     * available certificates for any TLS handshake.
     *
     * Support: Core
     *
     * @schema GatewaySpecListeners#tls
     */
    readonly tls?: GatewaySpecListenersTls;
}
/**
 * Converts an object of type 'GatewaySpecListeners' to JSON representation.
 */
export declare function toJson_GatewaySpecListeners(obj: GatewaySpecListeners | undefined): Record<string, any> | undefined;
/**
 * TLS specifies frontend and backend tls configuration for entire gateway.
 *
 * Support: Extended
 *
 * @schema GatewaySpecTls
 */
export interface GatewaySpecTls {
    /**
     * Backend describes TLS configuration for gateway when connecting
     * to backends.
     *
     * Note that this contains only details for the Gateway as a TLS client,
     * and does _not_ imply behavior about how to choose which backend should
     * get a TLS connection. That is determined by the presence of a BackendTLSPolicy.
     *
     * Support: Core
     *
     * @schema GatewaySpecTls#backend
     */
    readonly backend?: GatewaySpecTlsBackend;
    /**
     * Frontend describes TLS config when client connects to Gateway.
     * Support: Core
     *
     * @schema GatewaySpecTls#frontend
     */
    readonly frontend?: GatewaySpecTlsFrontend;
}
/**
 * Converts an object of type 'GatewaySpecTls' to JSON representation.
 */
export declare function toJson_GatewaySpecTls(obj: GatewaySpecTls | undefined): Record<string, any> | undefined;
/**
 * Namespaces defines which namespaces ListenerSets can be attached to this Gateway.
 * The default value is to allow no ListenerSets.
 *
 * @schema GatewaySpecAllowedListenersNamespaces
 */
export interface GatewaySpecAllowedListenersNamespaces {
    /**
     * From indicates where ListenerSets can attach to this Gateway. Possible
     * values are:
     *
     * * Same: Only ListenerSets in the same namespace may be attached to this Gateway.
     * * Selector: ListenerSets in namespaces selected by the selector may be attached to this Gateway.
     * * All: ListenerSets in all namespaces may be attached to this Gateway.
     * * None: Only listeners defined in the Gateway's spec are allowed
     *
     * The default value None
     *
     * @schema GatewaySpecAllowedListenersNamespaces#from
     */
    readonly from?: GatewaySpecAllowedListenersNamespacesFrom;
    /**
     * Selector must be specified when From is set to "Selector". In that case,
     * only ListenerSets in Namespaces matching this Selector will be selected by this
     * Gateway. This field is ignored for other values of "From".
     *
     * @schema GatewaySpecAllowedListenersNamespaces#selector
     */
    readonly selector?: GatewaySpecAllowedListenersNamespacesSelector;
}
/**
 * Converts an object of type 'GatewaySpecAllowedListenersNamespaces' to JSON representation.
 */
export declare function toJson_GatewaySpecAllowedListenersNamespaces(obj: GatewaySpecAllowedListenersNamespaces | undefined): Record<string, any> | undefined;
/**
 * ParametersRef is a reference to a resource that contains the configuration
 * parameters corresponding to the Gateway. This is optional if the
 * controller does not require any additional configuration.
 *
 * This follows the same semantics as GatewayClass's `parametersRef`, but on a per-Gateway basis
 *
 * The Gateway's GatewayClass may provide its own `parametersRef`. When both are specified,
 * the merging behavior is implementation specific.
 * It is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.
 *
 * If the referent cannot be found, refers to an unsupported kind, or when
 * the data within that resource is malformed, the Gateway SHOULD be
 * rejected with the "Accepted" status condition set to "False" and an
 * "InvalidParameters" reason.
 *
 * Support: Implementation-specific
 *
 * @schema GatewaySpecInfrastructureParametersRef
 */
export interface GatewaySpecInfrastructureParametersRef {
    /**
     * Group is the group of the referent.
     *
     * @schema GatewaySpecInfrastructureParametersRef#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent.
     *
     * @schema GatewaySpecInfrastructureParametersRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewaySpecInfrastructureParametersRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'GatewaySpecInfrastructureParametersRef' to JSON representation.
 */
export declare function toJson_GatewaySpecInfrastructureParametersRef(obj: GatewaySpecInfrastructureParametersRef | undefined): Record<string, any> | undefined;
/**
 * AllowedRoutes defines the types of routes that MAY be attached to a
 * Listener and the trusted namespaces where those Route resources MAY be
 * present.
 *
 * Although a client request may match multiple route rules, only one rule
 * may ultimately receive the request. Matching precedence MUST be
 * determined in order of the following criteria:
 *
 * * The most specific match as defined by the Route type.
 * * The oldest Route based on creation timestamp. For example, a Route with
 * a creation timestamp of "2020-09-08 01:02:03" is given precedence over
 * a Route with a creation timestamp of "2020-09-08 01:02:04".
 * * If everything else is equivalent, the Route appearing first in
 * alphabetical order (namespace/name) should be given precedence. For
 * example, foo/bar is given precedence over foo/baz.
 *
 * All valid rules within a Route attached to this Listener should be
 * implemented. Invalid Route rules can be ignored (sometimes that will mean
 * the full Route). If a Route rule transitions from valid to invalid,
 * support for that Route rule should be dropped to ensure consistency. For
 * example, even if a filter specified by a Route rule is invalid, the rest
 * of the rules within that Route should still be supported.
 *
 * Support: Core
 *
 * @schema GatewaySpecListenersAllowedRoutes
 */
export interface GatewaySpecListenersAllowedRoutes {
    /**
     * Kinds specifies the groups and kinds of Routes that are allowed to bind
     * to this Gateway Listener. When unspecified or empty, the kinds of Routes
     * selected are determined using the Listener protocol.
     *
     * A RouteGroupKind MUST correspond to kinds of Routes that are compatible
     * with the application protocol specified in the Listener's Protocol field.
     * If an implementation does not support or recognize this resource type, it
     * MUST set the "ResolvedRefs" condition to False for this Listener with the
     * "InvalidRouteKinds" reason.
     *
     * Support: Core
     *
     * @schema GatewaySpecListenersAllowedRoutes#kinds
     */
    readonly kinds?: GatewaySpecListenersAllowedRoutesKinds[];
    /**
     * Namespaces indicates namespaces from which Routes may be attached to this
     * Listener. This is restricted to the namespace of this Gateway by default.
     *
     * Support: Core
     *
     * @schema GatewaySpecListenersAllowedRoutes#namespaces
     */
    readonly namespaces?: GatewaySpecListenersAllowedRoutesNamespaces;
}
/**
 * Converts an object of type 'GatewaySpecListenersAllowedRoutes' to JSON representation.
 */
export declare function toJson_GatewaySpecListenersAllowedRoutes(obj: GatewaySpecListenersAllowedRoutes | undefined): Record<string, any> | undefined;
/**
 * TLS is the TLS configuration for the Listener. This field is required if
 * the Protocol field is "HTTPS" or "TLS". It is invalid to set this field
 * if the Protocol field is "HTTP", "TCP", or "UDP".
 *
 * The association of SNIs to Certificate defined in ListenerTLSConfig is
 * defined based on the Hostname field for this listener.
 *
 * The GatewayClass MUST use the longest matching SNI out of all
 * available certificates for any TLS handshake.
 *
 * Support: Core
 *
 * @schema GatewaySpecListenersTls
 */
export interface GatewaySpecListenersTls {
    /**
     * CertificateRefs contains a series of references to Kubernetes objects that
     * contains TLS certificates and private keys. These certificates are used to
     * establish a TLS handshake for requests that match the hostname of the
     * associated listener.
     *
     * A single CertificateRef to a Kubernetes Secret has "Core" support.
     * Implementations MAY choose to support attaching multiple certificates to
     * a Listener, but this behavior is implementation-specific.
     *
     * References to a resource in different namespace are invalid UNLESS there
     * is a ReferenceGrant in the target namespace that allows the certificate
     * to be attached. If a ReferenceGrant does not allow this reference, the
     * "ResolvedRefs" condition MUST be set to False for this listener with the
     * "RefNotPermitted" reason.
     *
     * This field is required to have at least one element when the mode is set
     * to "Terminate" (default) and is optional otherwise.
     *
     * CertificateRefs can reference to standard Kubernetes resources, i.e.
     * Secret, or implementation-specific custom resources.
     *
     * Support: Core - A single reference to a Kubernetes Secret of type kubernetes.io/tls
     *
     * Support: Implementation-specific (More than one reference or other resource types)
     *
     * @schema GatewaySpecListenersTls#certificateRefs
     */
    readonly certificateRefs?: GatewaySpecListenersTlsCertificateRefs[];
    /**
     * Mode defines the TLS behavior for the TLS session initiated by the client.
     * There are two possible modes:
     *
     * - Terminate: The TLS session between the downstream client and the
     * Gateway is terminated at the Gateway. This mode requires certificates
     * to be specified in some way, such as populating the certificateRefs
     * field.
     * - Passthrough: The TLS session is NOT terminated by the Gateway. This
     * implies that the Gateway can't decipher the TLS stream except for
     * the ClientHello message of the TLS protocol. The certificateRefs field
     * is ignored in this mode.
     *
     * Support: Core
     *
     * @schema GatewaySpecListenersTls#mode
     */
    readonly mode?: GatewaySpecListenersTlsMode;
    /**
     * Options are a list of key/value pairs to enable extended TLS
     * configuration for each implementation. For example, configuring the
     * minimum TLS version or supported cipher suites.
     *
     * A set of common keys MAY be defined by the API in the future. To avoid
     * any ambiguity, implementation-specific definitions MUST use
     * domain-prefixed names, such as `example.com/my-custom-option`.
     * Un-prefixed names are reserved for key names defined by Gateway API.
     *
     * Support: Implementation-specific
     *
     * @schema GatewaySpecListenersTls#options
     */
    readonly options?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'GatewaySpecListenersTls' to JSON representation.
 */
export declare function toJson_GatewaySpecListenersTls(obj: GatewaySpecListenersTls | undefined): Record<string, any> | undefined;
/**
 * Backend describes TLS configuration for gateway when connecting
 * to backends.
 *
 * Note that this contains only details for the Gateway as a TLS client,
 * and does _not_ imply behavior about how to choose which backend should
 * get a TLS connection. That is determined by the presence of a BackendTLSPolicy.
 *
 * Support: Core
 *
 * @schema GatewaySpecTlsBackend
 */
export interface GatewaySpecTlsBackend {
    /**
     * ClientCertificateRef references an object that contains a client certificate
     * and its associated private key. It can reference standard Kubernetes resources,
     * i.e., Secret, or implementation-specific custom resources.
     *
     * A ClientCertificateRef is considered invalid if:
     *
     * * It refers to a resource that cannot be resolved (e.g., the referenced resource
     * does not exist) or is misconfigured (e.g., a Secret does not contain the keys
     * named `tls.crt` and `tls.key`). In this case, the `ResolvedRefs` condition
     * on the Gateway MUST be set to False with the Reason `InvalidClientCertificateRef`
     * and the Message of the Condition MUST indicate why the reference is invalid.
     *
     * * It refers to a resource in another namespace UNLESS there is a ReferenceGrant
     * in the target namespace that allows the certificate to be attached.
     * If a ReferenceGrant does not allow this reference, the `ResolvedRefs` condition
     * on the Gateway MUST be set to False with the Reason `RefNotPermitted`.
     *
     * Implementations MAY choose to perform further validation of the certificate
     * content (e.g., checking expiry or enforcing specific formats). In such cases,
     * an implementation-specific Reason and Message MUST be set.
     *
     * Support: Core - Reference to a Kubernetes TLS Secret (with the type `kubernetes.io/tls`).
     * Support: Implementation-specific - Other resource kinds or Secrets with a
     * different type (e.g., `Opaque`).
     *
     * @schema GatewaySpecTlsBackend#clientCertificateRef
     */
    readonly clientCertificateRef?: GatewaySpecTlsBackendClientCertificateRef;
}
/**
 * Converts an object of type 'GatewaySpecTlsBackend' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsBackend(obj: GatewaySpecTlsBackend | undefined): Record<string, any> | undefined;
/**
 * Frontend describes TLS config when client connects to Gateway.
 * Support: Core
 *
 * @schema GatewaySpecTlsFrontend
 */
export interface GatewaySpecTlsFrontend {
    /**
     * Default specifies the default client certificate validation configuration
     * for all Listeners handling HTTPS traffic, unless a per-port configuration
     * is defined.
     *
     * support: Core
     *
     * @schema GatewaySpecTlsFrontend#default
     */
    readonly default: GatewaySpecTlsFrontendDefault;
    /**
     * PerPort specifies tls configuration assigned per port.
     * Per port configuration is optional. Once set this configuration overrides
     * the default configuration for all Listeners handling HTTPS traffic
     * that match this port.
     * Each override port requires a unique TLS configuration.
     *
     * support: Core
     *
     * @schema GatewaySpecTlsFrontend#perPort
     */
    readonly perPort?: GatewaySpecTlsFrontendPerPort[];
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontend' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsFrontend(obj: GatewaySpecTlsFrontend | undefined): Record<string, any> | undefined;
/**
 * From indicates where ListenerSets can attach to this Gateway. Possible
 * values are:
 *
 * * Same: Only ListenerSets in the same namespace may be attached to this Gateway.
 * * Selector: ListenerSets in namespaces selected by the selector may be attached to this Gateway.
 * * All: ListenerSets in all namespaces may be attached to this Gateway.
 * * None: Only listeners defined in the Gateway's spec are allowed
 *
 * The default value None
 *
 * @schema GatewaySpecAllowedListenersNamespacesFrom
 */
export declare enum GatewaySpecAllowedListenersNamespacesFrom {
    /** All */
    ALL = "All",
    /** Selector */
    SELECTOR = "Selector",
    /** Same */
    SAME = "Same",
    /** None */
    NONE = "None"
}
/**
 * Selector must be specified when From is set to "Selector". In that case,
 * only ListenerSets in Namespaces matching this Selector will be selected by this
 * Gateway. This field is ignored for other values of "From".
 *
 * @schema GatewaySpecAllowedListenersNamespacesSelector
 */
export interface GatewaySpecAllowedListenersNamespacesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema GatewaySpecAllowedListenersNamespacesSelector#matchExpressions
     */
    readonly matchExpressions?: GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema GatewaySpecAllowedListenersNamespacesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'GatewaySpecAllowedListenersNamespacesSelector' to JSON representation.
 */
export declare function toJson_GatewaySpecAllowedListenersNamespacesSelector(obj: GatewaySpecAllowedListenersNamespacesSelector | undefined): Record<string, any> | undefined;
/**
 * RouteGroupKind indicates the group and kind of a Route resource.
 *
 * @schema GatewaySpecListenersAllowedRoutesKinds
 */
export interface GatewaySpecListenersAllowedRoutesKinds {
    /**
     * Group is the group of the Route.
     *
     * @schema GatewaySpecListenersAllowedRoutesKinds#group
     */
    readonly group?: string;
    /**
     * Kind is the kind of the Route.
     *
     * @schema GatewaySpecListenersAllowedRoutesKinds#kind
     */
    readonly kind: string;
}
/**
 * Converts an object of type 'GatewaySpecListenersAllowedRoutesKinds' to JSON representation.
 */
export declare function toJson_GatewaySpecListenersAllowedRoutesKinds(obj: GatewaySpecListenersAllowedRoutesKinds | undefined): Record<string, any> | undefined;
/**
 * Namespaces indicates namespaces from which Routes may be attached to this
 * Listener. This is restricted to the namespace of this Gateway by default.
 *
 * Support: Core
 *
 * @schema GatewaySpecListenersAllowedRoutesNamespaces
 */
export interface GatewaySpecListenersAllowedRoutesNamespaces {
    /**
     * From indicates where Routes will be selected for this Gateway. Possible
     * values are:
     *
     * * All: Routes in all namespaces may be used by this Gateway.
     * * Selector: Routes in namespaces selected by the selector may be used by
     * this Gateway.
     * * Same: Only Routes in the same namespace may be used by this Gateway.
     *
     * Support: Core
     *
     * @schema GatewaySpecListenersAllowedRoutesNamespaces#from
     */
    readonly from?: GatewaySpecListenersAllowedRoutesNamespacesFrom;
    /**
     * Selector must be specified when From is set to "Selector". In that case,
     * only Routes in Namespaces matching this Selector will be selected by this
     * Gateway. This field is ignored for other values of "From".
     *
     * Support: Core
     *
     * @schema GatewaySpecListenersAllowedRoutesNamespaces#selector
     */
    readonly selector?: GatewaySpecListenersAllowedRoutesNamespacesSelector;
}
/**
 * Converts an object of type 'GatewaySpecListenersAllowedRoutesNamespaces' to JSON representation.
 */
export declare function toJson_GatewaySpecListenersAllowedRoutesNamespaces(obj: GatewaySpecListenersAllowedRoutesNamespaces | undefined): Record<string, any> | undefined;
/**
 * SecretObjectReference identifies an API object including its namespace,
 * defaulting to Secret.
 *
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 *
 * References to objects with invalid Group and Kind are not valid, and must
 * be rejected by the implementation, with appropriate Conditions set
 * on the containing object.
 *
 * @schema GatewaySpecListenersTlsCertificateRefs
 */
export interface GatewaySpecListenersTlsCertificateRefs {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema GatewaySpecListenersTlsCertificateRefs#group
     */
    readonly group?: string;
    /**
     * Kind is kind of the referent. For example "Secret".
     *
     * @schema GatewaySpecListenersTlsCertificateRefs#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewaySpecListenersTlsCertificateRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referenced object. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema GatewaySpecListenersTlsCertificateRefs#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'GatewaySpecListenersTlsCertificateRefs' to JSON representation.
 */
export declare function toJson_GatewaySpecListenersTlsCertificateRefs(obj: GatewaySpecListenersTlsCertificateRefs | undefined): Record<string, any> | undefined;
/**
 * Mode defines the TLS behavior for the TLS session initiated by the client.
 * There are two possible modes:
 *
 * - Terminate: The TLS session between the downstream client and the
 * Gateway is terminated at the Gateway. This mode requires certificates
 * to be specified in some way, such as populating the certificateRefs
 * field.
 * - Passthrough: The TLS session is NOT terminated by the Gateway. This
 * implies that the Gateway can't decipher the TLS stream except for
 * the ClientHello message of the TLS protocol. The certificateRefs field
 * is ignored in this mode.
 *
 * Support: Core
 *
 * @schema GatewaySpecListenersTlsMode
 */
export declare enum GatewaySpecListenersTlsMode {
    /** Terminate */
    TERMINATE = "Terminate",
    /** Passthrough */
    PASSTHROUGH = "Passthrough"
}
/**
 * ClientCertificateRef references an object that contains a client certificate
 * and its associated private key. It can reference standard Kubernetes resources,
 * i.e., Secret, or implementation-specific custom resources.
 *
 * A ClientCertificateRef is considered invalid if:
 *
 * * It refers to a resource that cannot be resolved (e.g., the referenced resource
 * does not exist) or is misconfigured (e.g., a Secret does not contain the keys
 * named `tls.crt` and `tls.key`). In this case, the `ResolvedRefs` condition
 * on the Gateway MUST be set to False with the Reason `InvalidClientCertificateRef`
 * and the Message of the Condition MUST indicate why the reference is invalid.
 *
 * * It refers to a resource in another namespace UNLESS there is a ReferenceGrant
 * in the target namespace that allows the certificate to be attached.
 * If a ReferenceGrant does not allow this reference, the `ResolvedRefs` condition
 * on the Gateway MUST be set to False with the Reason `RefNotPermitted`.
 *
 * Implementations MAY choose to perform further validation of the certificate
 * content (e.g., checking expiry or enforcing specific formats). In such cases,
 * an implementation-specific Reason and Message MUST be set.
 *
 * Support: Core - Reference to a Kubernetes TLS Secret (with the type `kubernetes.io/tls`).
 * Support: Implementation-specific - Other resource kinds or Secrets with a
 * different type (e.g., `Opaque`).
 *
 * @schema GatewaySpecTlsBackendClientCertificateRef
 */
export interface GatewaySpecTlsBackendClientCertificateRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema GatewaySpecTlsBackendClientCertificateRef#group
     */
    readonly group?: string;
    /**
     * Kind is kind of the referent. For example "Secret".
     *
     * @schema GatewaySpecTlsBackendClientCertificateRef#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewaySpecTlsBackendClientCertificateRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referenced object. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema GatewaySpecTlsBackendClientCertificateRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'GatewaySpecTlsBackendClientCertificateRef' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsBackendClientCertificateRef(obj: GatewaySpecTlsBackendClientCertificateRef | undefined): Record<string, any> | undefined;
/**
 * Default specifies the default client certificate validation configuration
 * for all Listeners handling HTTPS traffic, unless a per-port configuration
 * is defined.
 *
 * support: Core
 *
 * @schema GatewaySpecTlsFrontendDefault
 */
export interface GatewaySpecTlsFrontendDefault {
    /**
     * Validation holds configuration information for validating the frontend (client).
     * Setting this field will result in mutual authentication when connecting to the gateway.
     * In browsers this may result in a dialog appearing
     * that requests a user to specify the client certificate.
     * The maximum depth of a certificate chain accepted in verification is Implementation specific.
     *
     * Support: Core
     *
     * @schema GatewaySpecTlsFrontendDefault#validation
     */
    readonly validation?: GatewaySpecTlsFrontendDefaultValidation;
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendDefault' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsFrontendDefault(obj: GatewaySpecTlsFrontendDefault | undefined): Record<string, any> | undefined;
/**
 * @schema GatewaySpecTlsFrontendPerPort
 */
export interface GatewaySpecTlsFrontendPerPort {
    /**
     * The Port indicates the Port Number to which the TLS configuration will be
     * applied. This configuration will be applied to all Listeners handling HTTPS
     * traffic that match this port.
     *
     * Support: Core
     *
     * @schema GatewaySpecTlsFrontendPerPort#port
     */
    readonly port: number;
    /**
     * TLS store the configuration that will be applied to all Listeners handling
     * HTTPS traffic and matching given port.
     *
     * Support: Core
     *
     * @schema GatewaySpecTlsFrontendPerPort#tls
     */
    readonly tls: GatewaySpecTlsFrontendPerPortTls;
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendPerPort' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsFrontendPerPort(obj: GatewaySpecTlsFrontendPerPort | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions
 */
export interface GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions(obj: GatewaySpecAllowedListenersNamespacesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * From indicates where Routes will be selected for this Gateway. Possible
 * values are:
 *
 * * All: Routes in all namespaces may be used by this Gateway.
 * * Selector: Routes in namespaces selected by the selector may be used by
 * this Gateway.
 * * Same: Only Routes in the same namespace may be used by this Gateway.
 *
 * Support: Core
 *
 * @schema GatewaySpecListenersAllowedRoutesNamespacesFrom
 */
export declare enum GatewaySpecListenersAllowedRoutesNamespacesFrom {
    /** All */
    ALL = "All",
    /** Selector */
    SELECTOR = "Selector",
    /** Same */
    SAME = "Same"
}
/**
 * Selector must be specified when From is set to "Selector". In that case,
 * only Routes in Namespaces matching this Selector will be selected by this
 * Gateway. This field is ignored for other values of "From".
 *
 * Support: Core
 *
 * @schema GatewaySpecListenersAllowedRoutesNamespacesSelector
 */
export interface GatewaySpecListenersAllowedRoutesNamespacesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema GatewaySpecListenersAllowedRoutesNamespacesSelector#matchExpressions
     */
    readonly matchExpressions?: GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema GatewaySpecListenersAllowedRoutesNamespacesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'GatewaySpecListenersAllowedRoutesNamespacesSelector' to JSON representation.
 */
export declare function toJson_GatewaySpecListenersAllowedRoutesNamespacesSelector(obj: GatewaySpecListenersAllowedRoutesNamespacesSelector | undefined): Record<string, any> | undefined;
/**
 * Validation holds configuration information for validating the frontend (client).
 * Setting this field will result in mutual authentication when connecting to the gateway.
 * In browsers this may result in a dialog appearing
 * that requests a user to specify the client certificate.
 * The maximum depth of a certificate chain accepted in verification is Implementation specific.
 *
 * Support: Core
 *
 * @schema GatewaySpecTlsFrontendDefaultValidation
 */
export interface GatewaySpecTlsFrontendDefaultValidation {
    /**
     * CACertificateRefs contains one or more references to Kubernetes
     * objects that contain a PEM-encoded TLS CA certificate bundle, which
     * is used as a trust anchor to validate the certificates presented by
     * the client.
     *
     * A CACertificateRef is invalid if:
     *
     * * It refers to a resource that cannot be resolved (e.g., the
     * referenced resource does not exist) or is misconfigured (e.g., a
     * ConfigMap does not contain a key named `ca.crt`). In this case, the
     * Reason on all matching HTTPS listeners must be set to `InvalidCACertificateRef`
     * and the Message of the Condition must indicate which reference is invalid and why.
     *
     * * It refers to an unknown or unsupported kind of resource. In this
     * case, the Reason on all matching HTTPS listeners must be set to
     * `InvalidCACertificateKind` and the Message of the Condition must explain
     * which kind of resource is unknown or unsupported.
     *
     * * It refers to a resource in another namespace UNLESS there is a
     * ReferenceGrant in the target namespace that allows the CA
     * certificate to be attached. If a ReferenceGrant does not allow this
     * reference, the `ResolvedRefs` on all matching HTTPS listeners condition
     * MUST be set with the Reason `RefNotPermitted`.
     *
     * Implementations MAY choose to perform further validation of the
     * certificate content (e.g., checking expiry or enforcing specific formats).
     * In such cases, an implementation-specific Reason and Message MUST be set.
     *
     * In all cases, the implementation MUST ensure that the `ResolvedRefs`
     * condition is set to `status: False` on all targeted listeners (i.e.,
     * listeners serving HTTPS on a matching port). The condition MUST
     * include a Reason and Message that indicate the cause of the error. If
     * ALL CACertificateRefs are invalid, the implementation MUST also ensure
     * the `Accepted` condition on the listener is set to `status: False`, with
     * the Reason `NoValidCACertificate`.
     * Implementations MAY choose to support attaching multiple CA certificates
     * to a listener, but this behavior is implementation-specific.
     *
     * Support: Core - A single reference to a Kubernetes ConfigMap, with the
     * CA certificate in a key named `ca.crt`.
     *
     * Support: Implementation-specific - More than one reference, other kinds
     * of resources, or a single reference that includes multiple certificates.
     *
     * @schema GatewaySpecTlsFrontendDefaultValidation#caCertificateRefs
     */
    readonly caCertificateRefs: GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs[];
    /**
     * FrontendValidationMode defines the mode for validating the client certificate.
     * There are two possible modes:
     *
     * - AllowValidOnly: In this mode, the gateway will accept connections only if
     * the client presents a valid certificate. This certificate must successfully
     * pass validation against the CA certificates specified in `CACertificateRefs`.
     * - AllowInsecureFallback: In this mode, the gateway will accept connections
     * even if the client certificate is not presented or fails verification.
     *
     * This approach delegates client authorization to the backend and introduce
     * a significant security risk. It should be used in testing environments or
     * on a temporary basis in non-testing environments.
     *
     * Defaults to AllowValidOnly.
     *
     * Support: Core
     *
     * @default AllowValidOnly.
     * @schema GatewaySpecTlsFrontendDefaultValidation#mode
     */
    readonly mode?: GatewaySpecTlsFrontendDefaultValidationMode;
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendDefaultValidation' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsFrontendDefaultValidation(obj: GatewaySpecTlsFrontendDefaultValidation | undefined): Record<string, any> | undefined;
/**
 * TLS store the configuration that will be applied to all Listeners handling
 * HTTPS traffic and matching given port.
 *
 * Support: Core
 *
 * @schema GatewaySpecTlsFrontendPerPortTls
 */
export interface GatewaySpecTlsFrontendPerPortTls {
    /**
     * Validation holds configuration information for validating the frontend (client).
     * Setting this field will result in mutual authentication when connecting to the gateway.
     * In browsers this may result in a dialog appearing
     * that requests a user to specify the client certificate.
     * The maximum depth of a certificate chain accepted in verification is Implementation specific.
     *
     * Support: Core
     *
     * @schema GatewaySpecTlsFrontendPerPortTls#validation
     */
    readonly validation?: GatewaySpecTlsFrontendPerPortTlsValidation;
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendPerPortTls' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsFrontendPerPortTls(obj: GatewaySpecTlsFrontendPerPortTls | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions
 */
export interface GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions(obj: GatewaySpecListenersAllowedRoutesNamespacesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * ObjectReference identifies an API object including its namespace.
 *
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 *
 * References to objects with invalid Group and Kind are not valid, and must
 * be rejected by the implementation, with appropriate Conditions set
 * on the containing object.
 *
 * @schema GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs
 */
export interface GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When set to the empty string, core API group is inferred.
     *
     * @schema GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent. For example "ConfigMap" or "Service".
     *
     * @schema GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referenced object. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs(obj: GatewaySpecTlsFrontendDefaultValidationCaCertificateRefs | undefined): Record<string, any> | undefined;
/**
 * FrontendValidationMode defines the mode for validating the client certificate.
 * There are two possible modes:
 *
 * - AllowValidOnly: In this mode, the gateway will accept connections only if
 * the client presents a valid certificate. This certificate must successfully
 * pass validation against the CA certificates specified in `CACertificateRefs`.
 * - AllowInsecureFallback: In this mode, the gateway will accept connections
 * even if the client certificate is not presented or fails verification.
 *
 * This approach delegates client authorization to the backend and introduce
 * a significant security risk. It should be used in testing environments or
 * on a temporary basis in non-testing environments.
 *
 * Defaults to AllowValidOnly.
 *
 * Support: Core
 *
 * @default AllowValidOnly.
 * @schema GatewaySpecTlsFrontendDefaultValidationMode
 */
export declare enum GatewaySpecTlsFrontendDefaultValidationMode {
    /** AllowValidOnly */
    ALLOW_VALID_ONLY = "AllowValidOnly",
    /** AllowInsecureFallback */
    ALLOW_INSECURE_FALLBACK = "AllowInsecureFallback"
}
/**
 * Validation holds configuration information for validating the frontend (client).
 * Setting this field will result in mutual authentication when connecting to the gateway.
 * In browsers this may result in a dialog appearing
 * that requests a user to specify the client certificate.
 * The maximum depth of a certificate chain accepted in verification is Implementation specific.
 *
 * Support: Core
 *
 * @schema GatewaySpecTlsFrontendPerPortTlsValidation
 */
export interface GatewaySpecTlsFrontendPerPortTlsValidation {
    /**
     * CACertificateRefs contains one or more references to Kubernetes
     * objects that contain a PEM-encoded TLS CA certificate bundle, which
     * is used as a trust anchor to validate the certificates presented by
     * the client.
     *
     * A CACertificateRef is invalid if:
     *
     * * It refers to a resource that cannot be resolved (e.g., the
     * referenced resource does not exist) or is misconfigured (e.g., a
     * ConfigMap does not contain a key named `ca.crt`). In this case, the
     * Reason on all matching HTTPS listeners must be set to `InvalidCACertificateRef`
     * and the Message of the Condition must indicate which reference is invalid and why.
     *
     * * It refers to an unknown or unsupported kind of resource. In this
     * case, the Reason on all matching HTTPS listeners must be set to
     * `InvalidCACertificateKind` and the Message of the Condition must explain
     * which kind of resource is unknown or unsupported.
     *
     * * It refers to a resource in another namespace UNLESS there is a
     * ReferenceGrant in the target namespace that allows the CA
     * certificate to be attached. If a ReferenceGrant does not allow this
     * reference, the `ResolvedRefs` on all matching HTTPS listeners condition
     * MUST be set with the Reason `RefNotPermitted`.
     *
     * Implementations MAY choose to perform further validation of the
     * certificate content (e.g., checking expiry or enforcing specific formats).
     * In such cases, an implementation-specific Reason and Message MUST be set.
     *
     * In all cases, the implementation MUST ensure that the `ResolvedRefs`
     * condition is set to `status: False` on all targeted listeners (i.e.,
     * listeners serving HTTPS on a matching port). The condition MUST
     * include a Reason and Message that indicate the cause of the error. If
     * ALL CACertificateRefs are invalid, the implementation MUST also ensure
     * the `Accepted` condition on the listener is set to `status: False`, with
     * the Reason `NoValidCACertificate`.
     * Implementations MAY choose to support attaching multiple CA certificates
     * to a listener, but this behavior is implementation-specific.
     *
     * Support: Core - A single reference to a Kubernetes ConfigMap, with the
     * CA certificate in a key named `ca.crt`.
     *
     * Support: Implementation-specific - More than one reference, other kinds
     * of resources, or a single reference that includes multiple certificates.
     *
     * @schema GatewaySpecTlsFrontendPerPortTlsValidation#caCertificateRefs
     */
    readonly caCertificateRefs: GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs[];
    /**
     * FrontendValidationMode defines the mode for validating the client certificate.
     * There are two possible modes:
     *
     * - AllowValidOnly: In this mode, the gateway will accept connections only if
     * the client presents a valid certificate. This certificate must successfully
     * pass validation against the CA certificates specified in `CACertificateRefs`.
     * - AllowInsecureFallback: In this mode, the gateway will accept connections
     * even if the client certificate is not presented or fails verification.
     *
     * This approach delegates client authorization to the backend and introduce
     * a significant security risk. It should be used in testing environments or
     * on a temporary basis in non-testing environments.
     *
     * Defaults to AllowValidOnly.
     *
     * Support: Core
     *
     * @default AllowValidOnly.
     * @schema GatewaySpecTlsFrontendPerPortTlsValidation#mode
     */
    readonly mode?: GatewaySpecTlsFrontendPerPortTlsValidationMode;
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendPerPortTlsValidation' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsFrontendPerPortTlsValidation(obj: GatewaySpecTlsFrontendPerPortTlsValidation | undefined): Record<string, any> | undefined;
/**
 * ObjectReference identifies an API object including its namespace.
 *
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 *
 * References to objects with invalid Group and Kind are not valid, and must
 * be rejected by the implementation, with appropriate Conditions set
 * on the containing object.
 *
 * @schema GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs
 */
export interface GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When set to the empty string, core API group is inferred.
     *
     * @schema GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent. For example "ConfigMap" or "Service".
     *
     * @schema GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referenced object. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs' to JSON representation.
 */
export declare function toJson_GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs(obj: GatewaySpecTlsFrontendPerPortTlsValidationCaCertificateRefs | undefined): Record<string, any> | undefined;
/**
 * FrontendValidationMode defines the mode for validating the client certificate.
 * There are two possible modes:
 *
 * - AllowValidOnly: In this mode, the gateway will accept connections only if
 * the client presents a valid certificate. This certificate must successfully
 * pass validation against the CA certificates specified in `CACertificateRefs`.
 * - AllowInsecureFallback: In this mode, the gateway will accept connections
 * even if the client certificate is not presented or fails verification.
 *
 * This approach delegates client authorization to the backend and introduce
 * a significant security risk. It should be used in testing environments or
 * on a temporary basis in non-testing environments.
 *
 * Defaults to AllowValidOnly.
 *
 * Support: Core
 *
 * @default AllowValidOnly.
 * @schema GatewaySpecTlsFrontendPerPortTlsValidationMode
 */
export declare enum GatewaySpecTlsFrontendPerPortTlsValidationMode {
    /** AllowValidOnly */
    ALLOW_VALID_ONLY = "AllowValidOnly",
    /** AllowInsecureFallback */
    ALLOW_INSECURE_FALLBACK = "AllowInsecureFallback"
}
/**
 * Gateway represents an instance of a service-traffic handling infrastructure
by binding Listeners to a set of IP addresses.
 *
 * @schema GatewayV1Beta1
 */
export declare class GatewayV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "GatewayV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "GatewayV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: GatewayV1Beta1Props): any;
    /**
     * Defines a "GatewayV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: GatewayV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Gateway represents an instance of a service-traffic handling infrastructure
 * by binding Listeners to a set of IP addresses.
 *
 * @schema GatewayV1Beta1
 */
export interface GatewayV1Beta1Props {
    /**
     * @schema GatewayV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the desired state of Gateway.
     *
     * @schema GatewayV1Beta1#spec
     */
    readonly spec: GatewayV1Beta1Spec;
}
/**
 * Converts an object of type 'GatewayV1Beta1Props' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1Props(obj: GatewayV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * Spec defines the desired state of Gateway.
 *
 * @schema GatewayV1Beta1Spec
 */
export interface GatewayV1Beta1Spec {
    /**
     * Addresses requested for this Gateway. This is optional and behavior can
     * depend on the implementation. If a value is set in the spec and the
     * requested address is invalid or unavailable, the implementation MUST
     * indicate this in an associated entry in GatewayStatus.Conditions.
     *
     * The Addresses field represents a request for the address(es) on the
     * "outside of the Gateway", that traffic bound for this Gateway will use.
     * This could be the IP address or hostname of an external load balancer or
     * other networking infrastructure, or some other address that traffic will
     * be sent to.
     *
     * If no Addresses are specified, the implementation MAY schedule the
     * Gateway in an implementation-specific manner, assigning an appropriate
     * set of Addresses.
     *
     * The implementation MUST bind all Listeners to every GatewayAddress that
     * it assigns to the Gateway and add a corresponding entry in
     * GatewayStatus.Addresses.
     *
     * Support: Extended
     *
     * @schema GatewayV1Beta1Spec#addresses
     */
    readonly addresses?: GatewayV1Beta1SpecAddresses[];
    /**
     * AllowedListeners defines which ListenerSets can be attached to this Gateway.
     * The default value is to allow no ListenerSets.
     *
     * @schema GatewayV1Beta1Spec#allowedListeners
     */
    readonly allowedListeners?: GatewayV1Beta1SpecAllowedListeners;
    /**
     * GatewayClassName used for this Gateway. This is the name of a
     * GatewayClass resource.
     *
     * @schema GatewayV1Beta1Spec#gatewayClassName
     */
    readonly gatewayClassName: string;
    /**
     * Infrastructure defines infrastructure level attributes about this Gateway instance.
     *
     * Support: Extended
     *
     * @schema GatewayV1Beta1Spec#infrastructure
     */
    readonly infrastructure?: GatewayV1Beta1SpecInfrastructure;
    /**
     * Listeners associated with this Gateway. Listeners define
     * logical endpoints that are bound on this Gateway's addresses.
     * At least one Listener MUST be specified.
     *
     * ## Distinct Listeners
     *
     * Each Listener in a set of Listeners (for example, in a single Gateway)
     * MUST be _distinct_, in that a traffic flow MUST be able to be assigned to
     * exactly one listener. (This section uses "set of Listeners" rather than
     * "Listeners in a single Gateway" because implementations MAY merge configuration
     * from multiple Gateways onto a single data plane, and these rules _also_
     * apply in that case).
     *
     * Practically, this means that each listener in a set MUST have a unique
     * combination of Port, Protocol, and, if supported by the protocol, Hostname.
     *
     * Some combinations of port, protocol, and TLS settings are considered
     * Core support and MUST be supported by implementations based on the objects
     * they support:
     *
     * HTTPRoute
     *
     * 1. HTTPRoute, Port: 80, Protocol: HTTP
     * 2. HTTPRoute, Port: 443, Protocol: HTTPS, TLS Mode: Terminate, TLS keypair provided
     *
     * TLSRoute
     *
     * 1. TLSRoute, Port: 443, Protocol: TLS, TLS Mode: Passthrough
     *
     * "Distinct" Listeners have the following property:
     *
     * **The implementation can match inbound requests to a single distinct
     * Listener**.
     *
     * When multiple Listeners share values for fields (for
     * example, two Listeners with the same Port value), the implementation
     * can match requests to only one of the Listeners using other
     * Listener fields.
     *
     * When multiple listeners have the same value for the Protocol field, then
     * each of the Listeners with matching Protocol values MUST have different
     * values for other fields.
     *
     * The set of fields that MUST be different for a Listener differs per protocol.
     * The following rules define the rules for what fields MUST be considered for
     * Listeners to be distinct with each protocol currently defined in the
     * Gateway API spec.
     *
     * The set of listeners that all share a protocol value MUST have _different_
     * values for _at least one_ of these fields to be distinct:
     *
     * * **HTTP, HTTPS, TLS**: Port, Hostname
     * * **TCP, UDP**: Port
     *
     * One **very** important rule to call out involves what happens when an
     * implementation:
     *
     * * Supports TCP protocol Listeners, as well as HTTP, HTTPS, or TLS protocol
     * Listeners, and
     * * sees HTTP, HTTPS, or TLS protocols with the same `port` as one with TCP
     * Protocol.
     *
     * In this case all the Listeners that share a port with the
     * TCP Listener are not distinct and so MUST NOT be accepted.
     *
     * If an implementation does not support TCP Protocol Listeners, then the
     * previous rule does not apply, and the TCP Listeners SHOULD NOT be
     * accepted.
     *
     * Note that the `tls` field is not used for determining if a listener is distinct, because
     * Listeners that _only_ differ on TLS config will still conflict in all cases.
     *
     * ### Listeners that are distinct only by Hostname
     *
     * When the Listeners are distinct based only on Hostname, inbound request
     * hostnames MUST match from the most specific to least specific Hostname
     * values to choose the correct Listener and its associated set of Routes.
     *
     * Exact matches MUST be processed before wildcard matches, and wildcard
     * matches MUST be processed before fallback (empty Hostname value)
     * matches. For example, `"foo.example.com"` takes precedence over
     * `"*.example.com"`, and `"*.example.com"` takes precedence over `""`.
     *
     * Additionally, if there are multiple wildcard entries, more specific
     * wildcard entries must be processed before less specific wildcard entries.
     * For example, `"*.foo.example.com"` takes precedence over `"*.example.com"`.
     *
     * The precise definition here is that the higher the number of dots in the
     * hostname to the right of the wildcard character, the higher the precedence.
     *
     * The wildcard character will match any number of characters _and dots_ to
     * the left, however, so `"*.example.com"` will match both
     * `"foo.bar.example.com"` _and_ `"bar.example.com"`.
     *
     * ## Handling indistinct Listeners
     *
     * If a set of Listeners contains Listeners that are not distinct, then those
     * Listeners are _Conflicted_, and the implementation MUST set the "Conflicted"
     * condition in the Listener Status to "True".
     *
     * The words "indistinct" and "conflicted" are considered equivalent for the
     * purpose of this documentation.
     *
     * Implementations MAY choose to accept a Gateway with some Conflicted
     * Listeners only if they only accept the partial Listener set that contains
     * no Conflicted Listeners.
     *
     * Specifically, an implementation MAY accept a partial Listener set subject to
     * the following rules:
     *
     * * The implementation MUST NOT pick one conflicting Listener as the winner.
     * ALL indistinct Listeners must not be accepted for processing.
     * * At least one distinct Listener MUST be present, or else the Gateway effectively
     * contains _no_ Listeners, and must be rejected from processing as a whole.
     *
     * The implementation MUST set a "ListenersNotValid" condition on the
     * Gateway Status when the Gateway contains Conflicted Listeners whether or
     * not they accept the Gateway. That Condition SHOULD clearly
     * indicate in the Message which Listeners are conflicted, and which are
     * Accepted. Additionally, the Listener status for those listeners SHOULD
     * indicate which Listeners are conflicted and not Accepted.
     *
     * ## General Listener behavior
     *
     * Note that, for all distinct Listeners, requests SHOULD match at most one Listener.
     * For example, if Listeners are defined for "foo.example.com" and "*.example.com", a
     * request to "foo.example.com" SHOULD only be routed using routes attached
     * to the "foo.example.com" Listener (and not the "*.example.com" Listener).
     *
     * If traffic to a Gateway does not match any Listener's hostname (or if
     * the Listener does not specify a hostname and the request does not match
     * any attached Route), the request MUST be rejected. The specific mechanism
     * for rejection depends on the protocol: HTTP returns a 404 status code,
     * while gRPC returns an Unimplemented status code.
     *
     * This concept is known as "Listener Isolation", and it is an Extended feature
     * of Gateway API. Implementations that do not support Listener Isolation MUST
     * clearly document this, and MUST NOT claim support for the
     * `GatewayHTTPListenerIsolation` feature.
     *
     * Implementations that _do_ support Listener Isolation SHOULD claim support
     * for the Extended `GatewayHTTPListenerIsolation` feature and pass the associated
     * conformance tests.
     *
     * ## Compatible Listeners
     *
     * A Gateway's Listeners are considered _compatible_ if:
     *
     * 1. They are distinct.
     * 2. The implementation can serve them in compliance with the Addresses
     * requirement that all Listeners are available on all assigned
     * addresses.
     *
     * Compatible combinations in Extended support are expected to vary across
     * implementations. A combination that is compatible for one implementation
     * may not be compatible for another.
     *
     * For example, an implementation that cannot serve both TCP and UDP listeners
     * on the same address, or cannot mix HTTPS and generic TLS listens on the same port
     * would not consider those cases compatible, even though they are distinct.
     *
     * Implementations MAY merge separate Gateways onto a single set of
     * Addresses if all Listeners across all Gateways are compatible.
     *
     * In a future release the MinItems=1 requirement MAY be dropped.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1Spec#listeners
     */
    readonly listeners: GatewayV1Beta1SpecListeners[];
    /**
     * TLS specifies frontend and backend tls configuration for entire gateway.
     *
     * Support: Extended
     *
     * @schema GatewayV1Beta1Spec#tls
     */
    readonly tls?: GatewayV1Beta1SpecTls;
}
/**
 * Converts an object of type 'GatewayV1Beta1Spec' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1Spec(obj: GatewayV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * GatewaySpecAddress describes an address that can be bound to a Gateway.
 *
 * @schema GatewayV1Beta1SpecAddresses
 */
export interface GatewayV1Beta1SpecAddresses {
    /**
     * Type of the address.
     *
     * @schema GatewayV1Beta1SpecAddresses#type
     */
    readonly type?: string;
    /**
     * When a value is unspecified, an implementation SHOULD automatically
     * assign an address matching the requested type if possible.
     *
     * If an implementation does not support an empty value, they MUST set the
     * "Programmed" condition in status to False with a reason of "AddressNotAssigned".
     *
     * Examples: `1.2.3.4`, `128::1`, `my-ip-address`.
     *
     * @schema GatewayV1Beta1SpecAddresses#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecAddresses' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecAddresses(obj: GatewayV1Beta1SpecAddresses | undefined): Record<string, any> | undefined;
/**
 * AllowedListeners defines which ListenerSets can be attached to this Gateway.
 * The default value is to allow no ListenerSets.
 *
 * @schema GatewayV1Beta1SpecAllowedListeners
 */
export interface GatewayV1Beta1SpecAllowedListeners {
    /**
     * Namespaces defines which namespaces ListenerSets can be attached to this Gateway.
     * The default value is to allow no ListenerSets.
     *
     * @schema GatewayV1Beta1SpecAllowedListeners#namespaces
     */
    readonly namespaces?: GatewayV1Beta1SpecAllowedListenersNamespaces;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecAllowedListeners' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecAllowedListeners(obj: GatewayV1Beta1SpecAllowedListeners | undefined): Record<string, any> | undefined;
/**
 * Infrastructure defines infrastructure level attributes about this Gateway instance.
 *
 * Support: Extended
 *
 * @schema GatewayV1Beta1SpecInfrastructure
 */
export interface GatewayV1Beta1SpecInfrastructure {
    /**
     * Annotations that SHOULD be applied to any resources created in response to this Gateway.
     *
     * For implementations creating other Kubernetes objects, this should be the `metadata.annotations` field on resources.
     * For other implementations, this refers to any relevant (implementation specific) "annotations" concepts.
     *
     * An implementation may chose to add additional implementation-specific annotations as they see fit.
     *
     * Support: Extended
     *
     * @schema GatewayV1Beta1SpecInfrastructure#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Labels that SHOULD be applied to any resources created in response to this Gateway.
     *
     * For implementations creating other Kubernetes objects, this should be the `metadata.labels` field on resources.
     * For other implementations, this refers to any relevant (implementation specific) "labels" concepts.
     *
     * An implementation may chose to add additional implementation-specific labels as they see fit.
     *
     * If an implementation maps these labels to Pods, or any other resource that would need to be recreated when labels
     * change, it SHOULD clearly warn about this behavior in documentation.
     *
     * Support: Extended
     *
     * @schema GatewayV1Beta1SpecInfrastructure#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * ParametersRef is a reference to a resource that contains the configuration
     * parameters corresponding to the Gateway. This is optional if the
     * controller does not require any additional configuration.
     *
     * This follows the same semantics as GatewayClass's `parametersRef`, but on a per-Gateway basis
     *
     * The Gateway's GatewayClass may provide its own `parametersRef`. When both are specified,
     * the merging behavior is implementation specific.
     * It is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.
     *
     * If the referent cannot be found, refers to an unsupported kind, or when
     * the data within that resource is malformed, the Gateway SHOULD be
     * rejected with the "Accepted" status condition set to "False" and an
     * "InvalidParameters" reason.
     *
     * Support: Implementation-specific
     *
     * @schema GatewayV1Beta1SpecInfrastructure#parametersRef
     */
    readonly parametersRef?: GatewayV1Beta1SpecInfrastructureParametersRef;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecInfrastructure' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecInfrastructure(obj: GatewayV1Beta1SpecInfrastructure | undefined): Record<string, any> | undefined;
/**
 * Listener embodies the concept of a logical endpoint where a Gateway accepts
 * network connections.
 *
 * @schema GatewayV1Beta1SpecListeners
 */
export interface GatewayV1Beta1SpecListeners {
    /**
     * AllowedRoutes defines the types of routes that MAY be attached to a
     * Listener and the trusted namespaces where those Route resources MAY be
     * present.
     *
     * Although a client request may match multiple route rules, only one rule
     * may ultimately receive the request. Matching precedence MUST be
     * determined in order of the following criteria:
     *
     * * The most specific match as defined by the Route type.
     * * The oldest Route based on creation timestamp. For example, a Route with
     * a creation timestamp of "2020-09-08 01:02:03" is given precedence over
     * a Route with a creation timestamp of "2020-09-08 01:02:04".
     * * If everything else is equivalent, the Route appearing first in
     * alphabetical order (namespace/name) should be given precedence. For
     * example, foo/bar is given precedence over foo/baz.
     *
     * All valid rules within a Route attached to this Listener should be
     * implemented. Invalid Route rules can be ignored (sometimes that will mean
     * the full Route). If a Route rule transitions from valid to invalid,
     * support for that Route rule should be dropped to ensure consistency. For
     * example, even if a filter specified by a Route rule is invalid, the rest
     * of the rules within that Route should still be supported.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListeners#allowedRoutes
     */
    readonly allowedRoutes?: GatewayV1Beta1SpecListenersAllowedRoutes;
    /**
     * Hostname specifies the virtual hostname to match for protocol types that
     * define this concept. When unspecified, all hostnames are matched. This
     * field is ignored for protocols that don't require hostname based
     * matching.
     *
     * Implementations MUST apply Hostname matching appropriately for each of
     * the following protocols:
     *
     * * TLS: The Listener Hostname MUST match the SNI.
     * * HTTP: The Listener Hostname MUST match the Host header of the request.
     * * HTTPS: The Listener Hostname SHOULD match both the SNI and Host header.
     * Note that this does not require the SNI and Host header to be the same.
     * The semantics of this are described in more detail below.
     *
     * To ensure security, Section 11.1 of RFC-6066 emphasizes that server
     * implementations that rely on SNI hostname matching MUST also verify
     * hostnames within the application protocol.
     *
     * Section 9.1.2 of RFC-7540 provides a mechanism for servers to reject the
     * reuse of a connection by responding with the HTTP 421 Misdirected Request
     * status code. This indicates that the origin server has rejected the
     * request because it appears to have been misdirected.
     *
     * To detect misdirected requests, Gateways SHOULD match the authority of
     * the requests with all the SNI hostname(s) configured across all the
     * Gateway Listeners on the same port and protocol:
     *
     * * If another Listener has an exact match or more specific wildcard entry,
     * the Gateway SHOULD return a 421.
     * * If the current Listener (selected by SNI matching during ClientHello)
     * does not match the Host:
     * * If another Listener does match the Host, the Gateway SHOULD return a
     * 421.
     * * If no other Listener matches the Host, the Gateway MUST return a
     * 404.
     *
     * For HTTPRoute and TLSRoute resources, there is an interaction with the
     * `spec.hostnames` array. When both listener and route specify hostnames,
     * there MUST be an intersection between the values for a Route to be
     * accepted. For more information, refer to the Route specific Hostnames
     * documentation.
     *
     * Hostnames that are prefixed with a wildcard label (`*.`) are interpreted
     * as a suffix match. That means that a match for `*.example.com` would match
     * both `test.example.com`, and `foo.test.example.com`, but not `example.com`.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListeners#hostname
     */
    readonly hostname?: string;
    /**
     * Name is the name of the Listener. This name MUST be unique within a
     * Gateway.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListeners#name
     */
    readonly name: string;
    /**
     * Port is the network port. Multiple listeners may use the
     * same port, subject to the Listener compatibility rules.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListeners#port
     */
    readonly port: number;
    /**
     * Protocol specifies the network protocol this listener expects to receive.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListeners#protocol
     */
    readonly protocol: string;
    /**
     * TLS is the TLS configuration for the Listener. This field is required if
     * the Protocol field is "HTTPS" or "TLS". It is invalid to set this field
     * if the Protocol field is "HTTP", "TCP", or "UDP".
     *
     * The association of SNIs to Certificate defined in ListenerTLSConfig is
     * defined based on the Hostname field for this listener.
     *
     * The GatewayClass MUST use the longest matching SNI out of all
     * available certificates for any TLS handshake.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListeners#tls
     */
    readonly tls?: GatewayV1Beta1SpecListenersTls;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListeners' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecListeners(obj: GatewayV1Beta1SpecListeners | undefined): Record<string, any> | undefined;
/**
 * TLS specifies frontend and backend tls configuration for entire gateway.
 *
 * Support: Extended
 *
 * @schema GatewayV1Beta1SpecTls
 */
export interface GatewayV1Beta1SpecTls {
    /**
     * Backend describes TLS configuration for gateway when connecting
     * to backends.
     *
     * Note that this contains only details for the Gateway as a TLS client,
     * and does _not_ imply behavior about how to choose which backend should
     * get a TLS connection. That is determined by the presence of a BackendTLSPolicy.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecTls#backend
     */
    readonly backend?: GatewayV1Beta1SpecTlsBackend;
    /**
     * Frontend describes TLS config when client connects to Gateway.
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecTls#frontend
     */
    readonly frontend?: GatewayV1Beta1SpecTlsFrontend;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTls' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTls(obj: GatewayV1Beta1SpecTls | undefined): Record<string, any> | undefined;
/**
 * Namespaces defines which namespaces ListenerSets can be attached to this Gateway.
 * The default value is to allow no ListenerSets.
 *
 * @schema GatewayV1Beta1SpecAllowedListenersNamespaces
 */
export interface GatewayV1Beta1SpecAllowedListenersNamespaces {
    /**
     * From indicates where ListenerSets can attach to this Gateway. Possible
     * values are:
     *
     * * Same: Only ListenerSets in the same namespace may be attached to this Gateway.
     * * Selector: ListenerSets in namespaces selected by the selector may be attached to this Gateway.
     * * All: ListenerSets in all namespaces may be attached to this Gateway.
     * * None: Only listeners defined in the Gateway's spec are allowed
     *
     * The default value None
     *
     * @schema GatewayV1Beta1SpecAllowedListenersNamespaces#from
     */
    readonly from?: GatewayV1Beta1SpecAllowedListenersNamespacesFrom;
    /**
     * Selector must be specified when From is set to "Selector". In that case,
     * only ListenerSets in Namespaces matching this Selector will be selected by this
     * Gateway. This field is ignored for other values of "From".
     *
     * @schema GatewayV1Beta1SpecAllowedListenersNamespaces#selector
     */
    readonly selector?: GatewayV1Beta1SpecAllowedListenersNamespacesSelector;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecAllowedListenersNamespaces' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecAllowedListenersNamespaces(obj: GatewayV1Beta1SpecAllowedListenersNamespaces | undefined): Record<string, any> | undefined;
/**
 * ParametersRef is a reference to a resource that contains the configuration
 * parameters corresponding to the Gateway. This is optional if the
 * controller does not require any additional configuration.
 *
 * This follows the same semantics as GatewayClass's `parametersRef`, but on a per-Gateway basis
 *
 * The Gateway's GatewayClass may provide its own `parametersRef`. When both are specified,
 * the merging behavior is implementation specific.
 * It is generally recommended that GatewayClass provides defaults that can be overridden by a Gateway.
 *
 * If the referent cannot be found, refers to an unsupported kind, or when
 * the data within that resource is malformed, the Gateway SHOULD be
 * rejected with the "Accepted" status condition set to "False" and an
 * "InvalidParameters" reason.
 *
 * Support: Implementation-specific
 *
 * @schema GatewayV1Beta1SpecInfrastructureParametersRef
 */
export interface GatewayV1Beta1SpecInfrastructureParametersRef {
    /**
     * Group is the group of the referent.
     *
     * @schema GatewayV1Beta1SpecInfrastructureParametersRef#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent.
     *
     * @schema GatewayV1Beta1SpecInfrastructureParametersRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewayV1Beta1SpecInfrastructureParametersRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecInfrastructureParametersRef' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecInfrastructureParametersRef(obj: GatewayV1Beta1SpecInfrastructureParametersRef | undefined): Record<string, any> | undefined;
/**
 * AllowedRoutes defines the types of routes that MAY be attached to a
 * Listener and the trusted namespaces where those Route resources MAY be
 * present.
 *
 * Although a client request may match multiple route rules, only one rule
 * may ultimately receive the request. Matching precedence MUST be
 * determined in order of the following criteria:
 *
 * * The most specific match as defined by the Route type.
 * * The oldest Route based on creation timestamp. For example, a Route with
 * a creation timestamp of "2020-09-08 01:02:03" is given precedence over
 * a Route with a creation timestamp of "2020-09-08 01:02:04".
 * * If everything else is equivalent, the Route appearing first in
 * alphabetical order (namespace/name) should be given precedence. For
 * example, foo/bar is given precedence over foo/baz.
 *
 * All valid rules within a Route attached to this Listener should be
 * implemented. Invalid Route rules can be ignored (sometimes that will mean
 * the full Route). If a Route rule transitions from valid to invalid,
 * support for that Route rule should be dropped to ensure consistency. For
 * example, even if a filter specified by a Route rule is invalid, the rest
 * of the rules within that Route should still be supported.
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecListenersAllowedRoutes
 */
export interface GatewayV1Beta1SpecListenersAllowedRoutes {
    /**
     * Kinds specifies the groups and kinds of Routes that are allowed to bind
     * to this Gateway Listener. When unspecified or empty, the kinds of Routes
     * selected are determined using the Listener protocol.
     *
     * A RouteGroupKind MUST correspond to kinds of Routes that are compatible
     * with the application protocol specified in the Listener's Protocol field.
     * If an implementation does not support or recognize this resource type, it
     * MUST set the "ResolvedRefs" condition to False for this Listener with the
     * "InvalidRouteKinds" reason.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutes#kinds
     */
    readonly kinds?: GatewayV1Beta1SpecListenersAllowedRoutesKinds[];
    /**
     * Namespaces indicates namespaces from which Routes may be attached to this
     * Listener. This is restricted to the namespace of this Gateway by default.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutes#namespaces
     */
    readonly namespaces?: GatewayV1Beta1SpecListenersAllowedRoutesNamespaces;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersAllowedRoutes' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecListenersAllowedRoutes(obj: GatewayV1Beta1SpecListenersAllowedRoutes | undefined): Record<string, any> | undefined;
/**
 * TLS is the TLS configuration for the Listener. This field is required if
 * the Protocol field is "HTTPS" or "TLS". It is invalid to set this field
 * if the Protocol field is "HTTP", "TCP", or "UDP".
 *
 * The association of SNIs to Certificate defined in ListenerTLSConfig is
 * defined based on the Hostname field for this listener.
 *
 * The GatewayClass MUST use the longest matching SNI out of all
 * available certificates for any TLS handshake.
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecListenersTls
 */
export interface GatewayV1Beta1SpecListenersTls {
    /**
     * CertificateRefs contains a series of references to Kubernetes objects that
     * contains TLS certificates and private keys. These certificates are used to
     * establish a TLS handshake for requests that match the hostname of the
     * associated listener.
     *
     * A single CertificateRef to a Kubernetes Secret has "Core" support.
     * Implementations MAY choose to support attaching multiple certificates to
     * a Listener, but this behavior is implementation-specific.
     *
     * References to a resource in different namespace are invalid UNLESS there
     * is a ReferenceGrant in the target namespace that allows the certificate
     * to be attached. If a ReferenceGrant does not allow this reference, the
     * "ResolvedRefs" condition MUST be set to False for this listener with the
     * "RefNotPermitted" reason.
     *
     * This field is required to have at least one element when the mode is set
     * to "Terminate" (default) and is optional otherwise.
     *
     * CertificateRefs can reference to standard Kubernetes resources, i.e.
     * Secret, or implementation-specific custom resources.
     *
     * Support: Core - A single reference to a Kubernetes Secret of type kubernetes.io/tls
     *
     * Support: Implementation-specific (More than one reference or other resource types)
     *
     * @schema GatewayV1Beta1SpecListenersTls#certificateRefs
     */
    readonly certificateRefs?: GatewayV1Beta1SpecListenersTlsCertificateRefs[];
    /**
     * Mode defines the TLS behavior for the TLS session initiated by the client.
     * There are two possible modes:
     *
     * - Terminate: The TLS session between the downstream client and the
     * Gateway is terminated at the Gateway. This mode requires certificates
     * to be specified in some way, such as populating the certificateRefs
     * field.
     * - Passthrough: The TLS session is NOT terminated by the Gateway. This
     * implies that the Gateway can't decipher the TLS stream except for
     * the ClientHello message of the TLS protocol. The certificateRefs field
     * is ignored in this mode.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListenersTls#mode
     */
    readonly mode?: GatewayV1Beta1SpecListenersTlsMode;
    /**
     * Options are a list of key/value pairs to enable extended TLS
     * configuration for each implementation. For example, configuring the
     * minimum TLS version or supported cipher suites.
     *
     * A set of common keys MAY be defined by the API in the future. To avoid
     * any ambiguity, implementation-specific definitions MUST use
     * domain-prefixed names, such as `example.com/my-custom-option`.
     * Un-prefixed names are reserved for key names defined by Gateway API.
     *
     * Support: Implementation-specific
     *
     * @schema GatewayV1Beta1SpecListenersTls#options
     */
    readonly options?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersTls' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecListenersTls(obj: GatewayV1Beta1SpecListenersTls | undefined): Record<string, any> | undefined;
/**
 * Backend describes TLS configuration for gateway when connecting
 * to backends.
 *
 * Note that this contains only details for the Gateway as a TLS client,
 * and does _not_ imply behavior about how to choose which backend should
 * get a TLS connection. That is determined by the presence of a BackendTLSPolicy.
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecTlsBackend
 */
export interface GatewayV1Beta1SpecTlsBackend {
    /**
     * ClientCertificateRef references an object that contains a client certificate
     * and its associated private key. It can reference standard Kubernetes resources,
     * i.e., Secret, or implementation-specific custom resources.
     *
     * A ClientCertificateRef is considered invalid if:
     *
     * * It refers to a resource that cannot be resolved (e.g., the referenced resource
     * does not exist) or is misconfigured (e.g., a Secret does not contain the keys
     * named `tls.crt` and `tls.key`). In this case, the `ResolvedRefs` condition
     * on the Gateway MUST be set to False with the Reason `InvalidClientCertificateRef`
     * and the Message of the Condition MUST indicate why the reference is invalid.
     *
     * * It refers to a resource in another namespace UNLESS there is a ReferenceGrant
     * in the target namespace that allows the certificate to be attached.
     * If a ReferenceGrant does not allow this reference, the `ResolvedRefs` condition
     * on the Gateway MUST be set to False with the Reason `RefNotPermitted`.
     *
     * Implementations MAY choose to perform further validation of the certificate
     * content (e.g., checking expiry or enforcing specific formats). In such cases,
     * an implementation-specific Reason and Message MUST be set.
     *
     * Support: Core - Reference to a Kubernetes TLS Secret (with the type `kubernetes.io/tls`).
     * Support: Implementation-specific - Other resource kinds or Secrets with a
     * different type (e.g., `Opaque`).
     *
     * @schema GatewayV1Beta1SpecTlsBackend#clientCertificateRef
     */
    readonly clientCertificateRef?: GatewayV1Beta1SpecTlsBackendClientCertificateRef;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsBackend' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsBackend(obj: GatewayV1Beta1SpecTlsBackend | undefined): Record<string, any> | undefined;
/**
 * Frontend describes TLS config when client connects to Gateway.
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecTlsFrontend
 */
export interface GatewayV1Beta1SpecTlsFrontend {
    /**
     * Default specifies the default client certificate validation configuration
     * for all Listeners handling HTTPS traffic, unless a per-port configuration
     * is defined.
     *
     * support: Core
     *
     * @schema GatewayV1Beta1SpecTlsFrontend#default
     */
    readonly default: GatewayV1Beta1SpecTlsFrontendDefault;
    /**
     * PerPort specifies tls configuration assigned per port.
     * Per port configuration is optional. Once set this configuration overrides
     * the default configuration for all Listeners handling HTTPS traffic
     * that match this port.
     * Each override port requires a unique TLS configuration.
     *
     * support: Core
     *
     * @schema GatewayV1Beta1SpecTlsFrontend#perPort
     */
    readonly perPort?: GatewayV1Beta1SpecTlsFrontendPerPort[];
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontend' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsFrontend(obj: GatewayV1Beta1SpecTlsFrontend | undefined): Record<string, any> | undefined;
/**
 * From indicates where ListenerSets can attach to this Gateway. Possible
 * values are:
 *
 * * Same: Only ListenerSets in the same namespace may be attached to this Gateway.
 * * Selector: ListenerSets in namespaces selected by the selector may be attached to this Gateway.
 * * All: ListenerSets in all namespaces may be attached to this Gateway.
 * * None: Only listeners defined in the Gateway's spec are allowed
 *
 * The default value None
 *
 * @schema GatewayV1Beta1SpecAllowedListenersNamespacesFrom
 */
export declare enum GatewayV1Beta1SpecAllowedListenersNamespacesFrom {
    /** All */
    ALL = "All",
    /** Selector */
    SELECTOR = "Selector",
    /** Same */
    SAME = "Same",
    /** None */
    NONE = "None"
}
/**
 * Selector must be specified when From is set to "Selector". In that case,
 * only ListenerSets in Namespaces matching this Selector will be selected by this
 * Gateway. This field is ignored for other values of "From".
 *
 * @schema GatewayV1Beta1SpecAllowedListenersNamespacesSelector
 */
export interface GatewayV1Beta1SpecAllowedListenersNamespacesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema GatewayV1Beta1SpecAllowedListenersNamespacesSelector#matchExpressions
     */
    readonly matchExpressions?: GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema GatewayV1Beta1SpecAllowedListenersNamespacesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecAllowedListenersNamespacesSelector' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelector(obj: GatewayV1Beta1SpecAllowedListenersNamespacesSelector | undefined): Record<string, any> | undefined;
/**
 * RouteGroupKind indicates the group and kind of a Route resource.
 *
 * @schema GatewayV1Beta1SpecListenersAllowedRoutesKinds
 */
export interface GatewayV1Beta1SpecListenersAllowedRoutesKinds {
    /**
     * Group is the group of the Route.
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutesKinds#group
     */
    readonly group?: string;
    /**
     * Kind is the kind of the Route.
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutesKinds#kind
     */
    readonly kind: string;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersAllowedRoutesKinds' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecListenersAllowedRoutesKinds(obj: GatewayV1Beta1SpecListenersAllowedRoutesKinds | undefined): Record<string, any> | undefined;
/**
 * Namespaces indicates namespaces from which Routes may be attached to this
 * Listener. This is restricted to the namespace of this Gateway by default.
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespaces
 */
export interface GatewayV1Beta1SpecListenersAllowedRoutesNamespaces {
    /**
     * From indicates where Routes will be selected for this Gateway. Possible
     * values are:
     *
     * * All: Routes in all namespaces may be used by this Gateway.
     * * Selector: Routes in namespaces selected by the selector may be used by
     * this Gateway.
     * * Same: Only Routes in the same namespace may be used by this Gateway.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespaces#from
     */
    readonly from?: GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom;
    /**
     * Selector must be specified when From is set to "Selector". In that case,
     * only Routes in Namespaces matching this Selector will be selected by this
     * Gateway. This field is ignored for other values of "From".
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespaces#selector
     */
    readonly selector?: GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersAllowedRoutesNamespaces' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespaces(obj: GatewayV1Beta1SpecListenersAllowedRoutesNamespaces | undefined): Record<string, any> | undefined;
/**
 * SecretObjectReference identifies an API object including its namespace,
 * defaulting to Secret.
 *
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 *
 * References to objects with invalid Group and Kind are not valid, and must
 * be rejected by the implementation, with appropriate Conditions set
 * on the containing object.
 *
 * @schema GatewayV1Beta1SpecListenersTlsCertificateRefs
 */
export interface GatewayV1Beta1SpecListenersTlsCertificateRefs {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema GatewayV1Beta1SpecListenersTlsCertificateRefs#group
     */
    readonly group?: string;
    /**
     * Kind is kind of the referent. For example "Secret".
     *
     * @schema GatewayV1Beta1SpecListenersTlsCertificateRefs#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewayV1Beta1SpecListenersTlsCertificateRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referenced object. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecListenersTlsCertificateRefs#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersTlsCertificateRefs' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecListenersTlsCertificateRefs(obj: GatewayV1Beta1SpecListenersTlsCertificateRefs | undefined): Record<string, any> | undefined;
/**
 * Mode defines the TLS behavior for the TLS session initiated by the client.
 * There are two possible modes:
 *
 * - Terminate: The TLS session between the downstream client and the
 * Gateway is terminated at the Gateway. This mode requires certificates
 * to be specified in some way, such as populating the certificateRefs
 * field.
 * - Passthrough: The TLS session is NOT terminated by the Gateway. This
 * implies that the Gateway can't decipher the TLS stream except for
 * the ClientHello message of the TLS protocol. The certificateRefs field
 * is ignored in this mode.
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecListenersTlsMode
 */
export declare enum GatewayV1Beta1SpecListenersTlsMode {
    /** Terminate */
    TERMINATE = "Terminate",
    /** Passthrough */
    PASSTHROUGH = "Passthrough"
}
/**
 * ClientCertificateRef references an object that contains a client certificate
 * and its associated private key. It can reference standard Kubernetes resources,
 * i.e., Secret, or implementation-specific custom resources.
 *
 * A ClientCertificateRef is considered invalid if:
 *
 * * It refers to a resource that cannot be resolved (e.g., the referenced resource
 * does not exist) or is misconfigured (e.g., a Secret does not contain the keys
 * named `tls.crt` and `tls.key`). In this case, the `ResolvedRefs` condition
 * on the Gateway MUST be set to False with the Reason `InvalidClientCertificateRef`
 * and the Message of the Condition MUST indicate why the reference is invalid.
 *
 * * It refers to a resource in another namespace UNLESS there is a ReferenceGrant
 * in the target namespace that allows the certificate to be attached.
 * If a ReferenceGrant does not allow this reference, the `ResolvedRefs` condition
 * on the Gateway MUST be set to False with the Reason `RefNotPermitted`.
 *
 * Implementations MAY choose to perform further validation of the certificate
 * content (e.g., checking expiry or enforcing specific formats). In such cases,
 * an implementation-specific Reason and Message MUST be set.
 *
 * Support: Core - Reference to a Kubernetes TLS Secret (with the type `kubernetes.io/tls`).
 * Support: Implementation-specific - Other resource kinds or Secrets with a
 * different type (e.g., `Opaque`).
 *
 * @schema GatewayV1Beta1SpecTlsBackendClientCertificateRef
 */
export interface GatewayV1Beta1SpecTlsBackendClientCertificateRef {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When unspecified or empty string, core API group is inferred.
     *
     * @schema GatewayV1Beta1SpecTlsBackendClientCertificateRef#group
     */
    readonly group?: string;
    /**
     * Kind is kind of the referent. For example "Secret".
     *
     * @schema GatewayV1Beta1SpecTlsBackendClientCertificateRef#kind
     */
    readonly kind?: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewayV1Beta1SpecTlsBackendClientCertificateRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referenced object. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecTlsBackendClientCertificateRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsBackendClientCertificateRef' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsBackendClientCertificateRef(obj: GatewayV1Beta1SpecTlsBackendClientCertificateRef | undefined): Record<string, any> | undefined;
/**
 * Default specifies the default client certificate validation configuration
 * for all Listeners handling HTTPS traffic, unless a per-port configuration
 * is defined.
 *
 * support: Core
 *
 * @schema GatewayV1Beta1SpecTlsFrontendDefault
 */
export interface GatewayV1Beta1SpecTlsFrontendDefault {
    /**
     * Validation holds configuration information for validating the frontend (client).
     * Setting this field will result in mutual authentication when connecting to the gateway.
     * In browsers this may result in a dialog appearing
     * that requests a user to specify the client certificate.
     * The maximum depth of a certificate chain accepted in verification is Implementation specific.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecTlsFrontendDefault#validation
     */
    readonly validation?: GatewayV1Beta1SpecTlsFrontendDefaultValidation;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendDefault' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsFrontendDefault(obj: GatewayV1Beta1SpecTlsFrontendDefault | undefined): Record<string, any> | undefined;
/**
 * @schema GatewayV1Beta1SpecTlsFrontendPerPort
 */
export interface GatewayV1Beta1SpecTlsFrontendPerPort {
    /**
     * The Port indicates the Port Number to which the TLS configuration will be
     * applied. This configuration will be applied to all Listeners handling HTTPS
     * traffic that match this port.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecTlsFrontendPerPort#port
     */
    readonly port: number;
    /**
     * TLS store the configuration that will be applied to all Listeners handling
     * HTTPS traffic and matching given port.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecTlsFrontendPerPort#tls
     */
    readonly tls: GatewayV1Beta1SpecTlsFrontendPerPortTls;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendPerPort' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsFrontendPerPort(obj: GatewayV1Beta1SpecTlsFrontendPerPort | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions
 */
export interface GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions(obj: GatewayV1Beta1SpecAllowedListenersNamespacesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * From indicates where Routes will be selected for this Gateway. Possible
 * values are:
 *
 * * All: Routes in all namespaces may be used by this Gateway.
 * * Selector: Routes in namespaces selected by the selector may be used by
 * this Gateway.
 * * Same: Only Routes in the same namespace may be used by this Gateway.
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom
 */
export declare enum GatewayV1Beta1SpecListenersAllowedRoutesNamespacesFrom {
    /** All */
    ALL = "All",
    /** Selector */
    SELECTOR = "Selector",
    /** Same */
    SAME = "Same"
}
/**
 * Selector must be specified when From is set to "Selector". In that case,
 * only Routes in Namespaces matching this Selector will be selected by this
 * Gateway. This field is ignored for other values of "From".
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector
 */
export interface GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector#matchExpressions
     */
    readonly matchExpressions?: GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector(obj: GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelector | undefined): Record<string, any> | undefined;
/**
 * Validation holds configuration information for validating the frontend (client).
 * Setting this field will result in mutual authentication when connecting to the gateway.
 * In browsers this may result in a dialog appearing
 * that requests a user to specify the client certificate.
 * The maximum depth of a certificate chain accepted in verification is Implementation specific.
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecTlsFrontendDefaultValidation
 */
export interface GatewayV1Beta1SpecTlsFrontendDefaultValidation {
    /**
     * CACertificateRefs contains one or more references to Kubernetes
     * objects that contain a PEM-encoded TLS CA certificate bundle, which
     * is used as a trust anchor to validate the certificates presented by
     * the client.
     *
     * A CACertificateRef is invalid if:
     *
     * * It refers to a resource that cannot be resolved (e.g., the
     * referenced resource does not exist) or is misconfigured (e.g., a
     * ConfigMap does not contain a key named `ca.crt`). In this case, the
     * Reason on all matching HTTPS listeners must be set to `InvalidCACertificateRef`
     * and the Message of the Condition must indicate which reference is invalid and why.
     *
     * * It refers to an unknown or unsupported kind of resource. In this
     * case, the Reason on all matching HTTPS listeners must be set to
     * `InvalidCACertificateKind` and the Message of the Condition must explain
     * which kind of resource is unknown or unsupported.
     *
     * * It refers to a resource in another namespace UNLESS there is a
     * ReferenceGrant in the target namespace that allows the CA
     * certificate to be attached. If a ReferenceGrant does not allow this
     * reference, the `ResolvedRefs` on all matching HTTPS listeners condition
     * MUST be set with the Reason `RefNotPermitted`.
     *
     * Implementations MAY choose to perform further validation of the
     * certificate content (e.g., checking expiry or enforcing specific formats).
     * In such cases, an implementation-specific Reason and Message MUST be set.
     *
     * In all cases, the implementation MUST ensure that the `ResolvedRefs`
     * condition is set to `status: False` on all targeted listeners (i.e.,
     * listeners serving HTTPS on a matching port). The condition MUST
     * include a Reason and Message that indicate the cause of the error. If
     * ALL CACertificateRefs are invalid, the implementation MUST also ensure
     * the `Accepted` condition on the listener is set to `status: False`, with
     * the Reason `NoValidCACertificate`.
     * Implementations MAY choose to support attaching multiple CA certificates
     * to a listener, but this behavior is implementation-specific.
     *
     * Support: Core - A single reference to a Kubernetes ConfigMap, with the
     * CA certificate in a key named `ca.crt`.
     *
     * Support: Implementation-specific - More than one reference, other kinds
     * of resources, or a single reference that includes multiple certificates.
     *
     * @schema GatewayV1Beta1SpecTlsFrontendDefaultValidation#caCertificateRefs
     */
    readonly caCertificateRefs: GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs[];
    /**
     * FrontendValidationMode defines the mode for validating the client certificate.
     * There are two possible modes:
     *
     * - AllowValidOnly: In this mode, the gateway will accept connections only if
     * the client presents a valid certificate. This certificate must successfully
     * pass validation against the CA certificates specified in `CACertificateRefs`.
     * - AllowInsecureFallback: In this mode, the gateway will accept connections
     * even if the client certificate is not presented or fails verification.
     *
     * This approach delegates client authorization to the backend and introduce
     * a significant security risk. It should be used in testing environments or
     * on a temporary basis in non-testing environments.
     *
     * Defaults to AllowValidOnly.
     *
     * Support: Core
     *
     * @default AllowValidOnly.
     * @schema GatewayV1Beta1SpecTlsFrontendDefaultValidation#mode
     */
    readonly mode?: GatewayV1Beta1SpecTlsFrontendDefaultValidationMode;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendDefaultValidation' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidation(obj: GatewayV1Beta1SpecTlsFrontendDefaultValidation | undefined): Record<string, any> | undefined;
/**
 * TLS store the configuration that will be applied to all Listeners handling
 * HTTPS traffic and matching given port.
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecTlsFrontendPerPortTls
 */
export interface GatewayV1Beta1SpecTlsFrontendPerPortTls {
    /**
     * Validation holds configuration information for validating the frontend (client).
     * Setting this field will result in mutual authentication when connecting to the gateway.
     * In browsers this may result in a dialog appearing
     * that requests a user to specify the client certificate.
     * The maximum depth of a certificate chain accepted in verification is Implementation specific.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecTlsFrontendPerPortTls#validation
     */
    readonly validation?: GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendPerPortTls' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsFrontendPerPortTls(obj: GatewayV1Beta1SpecTlsFrontendPerPortTls | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions
 */
export interface GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions(obj: GatewayV1Beta1SpecListenersAllowedRoutesNamespacesSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * ObjectReference identifies an API object including its namespace.
 *
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 *
 * References to objects with invalid Group and Kind are not valid, and must
 * be rejected by the implementation, with appropriate Conditions set
 * on the containing object.
 *
 * @schema GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs
 */
export interface GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When set to the empty string, core API group is inferred.
     *
     * @schema GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent. For example "ConfigMap" or "Service".
     *
     * @schema GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referenced object. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs(obj: GatewayV1Beta1SpecTlsFrontendDefaultValidationCaCertificateRefs | undefined): Record<string, any> | undefined;
/**
 * FrontendValidationMode defines the mode for validating the client certificate.
 * There are two possible modes:
 *
 * - AllowValidOnly: In this mode, the gateway will accept connections only if
 * the client presents a valid certificate. This certificate must successfully
 * pass validation against the CA certificates specified in `CACertificateRefs`.
 * - AllowInsecureFallback: In this mode, the gateway will accept connections
 * even if the client certificate is not presented or fails verification.
 *
 * This approach delegates client authorization to the backend and introduce
 * a significant security risk. It should be used in testing environments or
 * on a temporary basis in non-testing environments.
 *
 * Defaults to AllowValidOnly.
 *
 * Support: Core
 *
 * @default AllowValidOnly.
 * @schema GatewayV1Beta1SpecTlsFrontendDefaultValidationMode
 */
export declare enum GatewayV1Beta1SpecTlsFrontendDefaultValidationMode {
    /** AllowValidOnly */
    ALLOW_VALID_ONLY = "AllowValidOnly",
    /** AllowInsecureFallback */
    ALLOW_INSECURE_FALLBACK = "AllowInsecureFallback"
}
/**
 * Validation holds configuration information for validating the frontend (client).
 * Setting this field will result in mutual authentication when connecting to the gateway.
 * In browsers this may result in a dialog appearing
 * that requests a user to specify the client certificate.
 * The maximum depth of a certificate chain accepted in verification is Implementation specific.
 *
 * Support: Core
 *
 * @schema GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation
 */
export interface GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation {
    /**
     * CACertificateRefs contains one or more references to Kubernetes
     * objects that contain a PEM-encoded TLS CA certificate bundle, which
     * is used as a trust anchor to validate the certificates presented by
     * the client.
     *
     * A CACertificateRef is invalid if:
     *
     * * It refers to a resource that cannot be resolved (e.g., the
     * referenced resource does not exist) or is misconfigured (e.g., a
     * ConfigMap does not contain a key named `ca.crt`). In this case, the
     * Reason on all matching HTTPS listeners must be set to `InvalidCACertificateRef`
     * and the Message of the Condition must indicate which reference is invalid and why.
     *
     * * It refers to an unknown or unsupported kind of resource. In this
     * case, the Reason on all matching HTTPS listeners must be set to
     * `InvalidCACertificateKind` and the Message of the Condition must explain
     * which kind of resource is unknown or unsupported.
     *
     * * It refers to a resource in another namespace UNLESS there is a
     * ReferenceGrant in the target namespace that allows the CA
     * certificate to be attached. If a ReferenceGrant does not allow this
     * reference, the `ResolvedRefs` on all matching HTTPS listeners condition
     * MUST be set with the Reason `RefNotPermitted`.
     *
     * Implementations MAY choose to perform further validation of the
     * certificate content (e.g., checking expiry or enforcing specific formats).
     * In such cases, an implementation-specific Reason and Message MUST be set.
     *
     * In all cases, the implementation MUST ensure that the `ResolvedRefs`
     * condition is set to `status: False` on all targeted listeners (i.e.,
     * listeners serving HTTPS on a matching port). The condition MUST
     * include a Reason and Message that indicate the cause of the error. If
     * ALL CACertificateRefs are invalid, the implementation MUST also ensure
     * the `Accepted` condition on the listener is set to `status: False`, with
     * the Reason `NoValidCACertificate`.
     * Implementations MAY choose to support attaching multiple CA certificates
     * to a listener, but this behavior is implementation-specific.
     *
     * Support: Core - A single reference to a Kubernetes ConfigMap, with the
     * CA certificate in a key named `ca.crt`.
     *
     * Support: Implementation-specific - More than one reference, other kinds
     * of resources, or a single reference that includes multiple certificates.
     *
     * @schema GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation#caCertificateRefs
     */
    readonly caCertificateRefs: GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs[];
    /**
     * FrontendValidationMode defines the mode for validating the client certificate.
     * There are two possible modes:
     *
     * - AllowValidOnly: In this mode, the gateway will accept connections only if
     * the client presents a valid certificate. This certificate must successfully
     * pass validation against the CA certificates specified in `CACertificateRefs`.
     * - AllowInsecureFallback: In this mode, the gateway will accept connections
     * even if the client certificate is not presented or fails verification.
     *
     * This approach delegates client authorization to the backend and introduce
     * a significant security risk. It should be used in testing environments or
     * on a temporary basis in non-testing environments.
     *
     * Defaults to AllowValidOnly.
     *
     * Support: Core
     *
     * @default AllowValidOnly.
     * @schema GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation#mode
     */
    readonly mode?: GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation(obj: GatewayV1Beta1SpecTlsFrontendPerPortTlsValidation | undefined): Record<string, any> | undefined;
/**
 * ObjectReference identifies an API object including its namespace.
 *
 * The API object must be valid in the cluster; the Group and Kind must
 * be registered in the cluster for this reference to be valid.
 *
 * References to objects with invalid Group and Kind are not valid, and must
 * be rejected by the implementation, with appropriate Conditions set
 * on the containing object.
 *
 * @schema GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs
 */
export interface GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs {
    /**
     * Group is the group of the referent. For example, "gateway.networking.k8s.io".
     * When set to the empty string, core API group is inferred.
     *
     * @schema GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs#group
     */
    readonly group: string;
    /**
     * Kind is kind of the referent. For example "ConfigMap" or "Service".
     *
     * @schema GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs#kind
     */
    readonly kind: string;
    /**
     * Name is the name of the referent.
     *
     * @schema GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of the referenced object. When unspecified, the local
     * namespace is inferred.
     *
     * Note that when a namespace different than the local namespace is specified,
     * a ReferenceGrant object is required in the referent namespace to allow that
     * namespace's owner to accept the reference. See the ReferenceGrant
     * documentation for details.
     *
     * Support: Core
     *
     * @schema GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs' to JSON representation.
 */
export declare function toJson_GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs(obj: GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationCaCertificateRefs | undefined): Record<string, any> | undefined;
/**
 * FrontendValidationMode defines the mode for validating the client certificate.
 * There are two possible modes:
 *
 * - AllowValidOnly: In this mode, the gateway will accept connections only if
 * the client presents a valid certificate. This certificate must successfully
 * pass validation against the CA certificates specified in `CACertificateRefs`.
 * - AllowInsecureFallback: In this mode, the gateway will accept connections
 * even if the client certificate is not presented or fails verification.
 *
 * This approach delegates client authorization to the backend and introduce
 * a significant security risk. It should be used in testing environments or
 * on a temporary basis in non-testing environments.
 *
 * Defaults to AllowValidOnly.
 *
 * Support: Core
 *
 * @default AllowValidOnly.
 * @schema GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode
 */
export declare enum GatewayV1Beta1SpecTlsFrontendPerPortTlsValidationMode {
    /** AllowValidOnly */
    ALLOW_VALID_ONLY = "AllowValidOnly",
    /** AllowInsecureFallback */
    ALLOW_INSECURE_FALLBACK = "AllowInsecureFallback"
}
