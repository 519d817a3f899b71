import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * PackageRegistry represents an Elastic Package Registry resource in a Kubernetes cluster.
 *
 * @schema PackageRegistry
 */
export declare class PackageRegistry extends ApiObject {
    /**
     * Returns the apiVersion and kind for "PackageRegistry"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "PackageRegistry".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: PackageRegistryProps): any;
    /**
     * Defines a "PackageRegistry" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: PackageRegistryProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * PackageRegistry represents an Elastic Package Registry resource in a Kubernetes cluster.
 *
 * @schema PackageRegistry
 */
export interface PackageRegistryProps {
    /**
     * @schema PackageRegistry#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * PackageRegistrySpec holds the specification of an Elastic Package Registry instance.
     *
     * @schema PackageRegistry#spec
     */
    readonly spec?: PackageRegistrySpec;
}
/**
 * Converts an object of type 'PackageRegistryProps' to JSON representation.
 */
export declare function toJson_PackageRegistryProps(obj: PackageRegistryProps | undefined): Record<string, any> | undefined;
/**
 * PackageRegistrySpec holds the specification of an Elastic Package Registry instance.
 *
 * @schema PackageRegistrySpec
 */
export interface PackageRegistrySpec {
    /**
     * Config holds the PackageRegistry configuration. See: https://github.com/elastic/package-registry/blob/main/config.reference.yml
     *
     * @schema PackageRegistrySpec#config
     */
    readonly config?: any;
    /**
     * ConfigRef contains a reference to an existing Kubernetes Secret holding the Elastic Package Registry configuration.
     * Configuration settings are merged and have precedence over settings specified in `config`.
     *
     * @schema PackageRegistrySpec#configRef
     */
    readonly configRef?: PackageRegistrySpecConfigRef;
    /**
     * Count of Elastic Package Registry instances to deploy.
     *
     * @schema PackageRegistrySpec#count
     */
    readonly count?: number;
    /**
     * HTTP holds the HTTP layer configuration for Elastic Package Registry.
     *
     * @schema PackageRegistrySpec#http
     */
    readonly http?: PackageRegistrySpecHttp;
    /**
     * Image is the Elastic Package Registry Docker image to deploy.
     *
     * @schema PackageRegistrySpec#image
     */
    readonly image?: string;
    /**
     * PodTemplate provides customization options (labels, annotations, affinity rules, resource requests, and so on) for the Elastic Package Registry pods
     *
     * @schema PackageRegistrySpec#podTemplate
     */
    readonly podTemplate?: any;
    /**
     * Resources provides a shorthand to set CPU and Memory resources on the Elastic Package Registry container.
     * When set, these values override any CPU or memory resource settings specified in the PodTemplate for the
     * primary Elastic Package Registry container. To set resources on other containers, use the PodTemplate.
     *
     * @schema PackageRegistrySpec#resources
     */
    readonly resources?: PackageRegistrySpecResources;
    /**
     * RevisionHistoryLimit is the number of revisions to retain to allow rollback in the underlying Deployment.
     *
     * @schema PackageRegistrySpec#revisionHistoryLimit
     */
    readonly revisionHistoryLimit?: number;
    /**
     * Version of Elastic Package Registry.
     *
     * @schema PackageRegistrySpec#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'PackageRegistrySpec' to JSON representation.
 */
export declare function toJson_PackageRegistrySpec(obj: PackageRegistrySpec | undefined): Record<string, any> | undefined;
/**
 * ConfigRef contains a reference to an existing Kubernetes Secret holding the Elastic Package Registry configuration.
 * Configuration settings are merged and have precedence over settings specified in `config`.
 *
 * @schema PackageRegistrySpecConfigRef
 */
export interface PackageRegistrySpecConfigRef {
    /**
     * SecretName is the name of the secret.
     *
     * @schema PackageRegistrySpecConfigRef#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'PackageRegistrySpecConfigRef' to JSON representation.
 */
export declare function toJson_PackageRegistrySpecConfigRef(obj: PackageRegistrySpecConfigRef | undefined): Record<string, any> | undefined;
/**
 * HTTP holds the HTTP layer configuration for Elastic Package Registry.
 *
 * @schema PackageRegistrySpecHttp
 */
export interface PackageRegistrySpecHttp {
    /**
     * Service defines the template for the associated Kubernetes Service object.
     *
     * @schema PackageRegistrySpecHttp#service
     */
    readonly service?: PackageRegistrySpecHttpService;
    /**
     * TLS defines options for configuring TLS for HTTP.
     *
     * @schema PackageRegistrySpecHttp#tls
     */
    readonly tls?: PackageRegistrySpecHttpTls;
}
/**
 * Converts an object of type 'PackageRegistrySpecHttp' to JSON representation.
 */
export declare function toJson_PackageRegistrySpecHttp(obj: PackageRegistrySpecHttp | undefined): Record<string, any> | undefined;
/**
 * Resources provides a shorthand to set CPU and Memory resources on the Elastic Package Registry container.
 * When set, these values override any CPU or memory resource settings specified in the PodTemplate for the
 * primary Elastic Package Registry container. To set resources on other containers, use the PodTemplate.
 *
 * @schema PackageRegistrySpecResources
 */
export interface PackageRegistrySpecResources {
    /**
     * Limits is the shorthand for the main container's CPU and memory limits.
     *
     * @schema PackageRegistrySpecResources#limits
     */
    readonly limits?: PackageRegistrySpecResourcesLimits;
    /**
     * Requests is the shorthand for the main container's CPU and memory requests.
     *
     * @schema PackageRegistrySpecResources#requests
     */
    readonly requests?: PackageRegistrySpecResourcesRequests;
}
/**
 * Converts an object of type 'PackageRegistrySpecResources' to JSON representation.
 */
export declare function toJson_PackageRegistrySpecResources(obj: PackageRegistrySpecResources | undefined): Record<string, any> | undefined;
/**
 * Service defines the template for the associated Kubernetes Service object.
 *
 * @schema PackageRegistrySpecHttpService
 */
export interface PackageRegistrySpecHttpService {
    /**
     * ObjectMeta is the metadata of the service.
     * The name and namespace provided here are managed by ECK and will be ignored.
     *
     * @schema PackageRegistrySpecHttpService#metadata
     */
    readonly metadata?: PackageRegistrySpecHttpServiceMetadata;
    /**
     * Spec is the specification of the service.
     *
     * @schema PackageRegistrySpecHttpService#spec
     */
    readonly spec?: PackageRegistrySpecHttpServiceSpec;
}
/**
 * Converts an object of type 'PackageRegistrySpecHttpService' to JSON representation.
 */
export declare function toJson_PackageRegistrySpecHttpService(obj: PackageRegistrySpecHttpService | undefined): Record<string, any> | undefined;
/**
 * TLS defines options for configuring TLS for HTTP.
 *
 * @schema PackageRegistrySpecHttpTls
 */
export interface PackageRegistrySpecHttpTls {
    /**
     * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
     * The referenced secret should contain the following:
     *
     * - `ca.crt`: The certificate authority (optional).
     * - `tls.crt`: The certificate (or a chain).
     * - `tls.key`: The private key to the first certificate in the certificate chain.
     *
     * @schema PackageRegistrySpecHttpTls#certificate
     */
    readonly certificate?: PackageRegistrySpecHttpTlsCertificate;
    /**
     * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
     *
     * @schema PackageRegistrySpecHttpTls#selfSignedCertificate
     */
    readonly selfSignedCertificate?: PackageRegistrySpecHttpTlsSelfSignedCertificate;
}
/**
 * Converts an object of type 'PackageRegistrySpecHttpTls' to JSON representation.
 */
export declare function toJson_PackageRegistrySpecHttpTls(obj: PackageRegistrySpecHttpTls | undefined): Record<string, any> | undefined;
/**
 * Limits is the shorthand for the main container's CPU and memory limits.
 *
 * @schema PackageRegistrySpecResourcesLimits
 */
export interface PackageRegistrySpecResourcesLimits {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema PackageRegistrySpecResourcesLimits#cpu
     */
    readonly cpu?: PackageRegistrySpecResourcesLimitsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema PackageRegistrySpecResourcesLimits#memory
     */
    readonly memory?: PackageRegistrySpecResourcesLimitsMemory;
}
/**
 * Converts an object of type 'PackageRegistrySpecResourcesLimits' to JSON representation.
 */
export declare function toJson_PackageRegistrySpecResourcesLimits(obj: PackageRegistrySpecResourcesLimits | undefined): Record<string, any> | undefined;
/**
 * Requests is the shorthand for the main container's CPU and memory requests.
 *
 * @schema PackageRegistrySpecResourcesRequests
 */
export interface PackageRegistrySpecResourcesRequests {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema PackageRegistrySpecResourcesRequests#cpu
     */
    readonly cpu?: PackageRegistrySpecResourcesRequestsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema PackageRegistrySpecResourcesRequests#memory
     */
    readonly memory?: PackageRegistrySpecResourcesRequestsMemory;
}
/**
 * Converts an object of type 'PackageRegistrySpecResourcesRequests' to JSON representation.
 */
export declare function toJson_PackageRegistrySpecResourcesRequests(obj: PackageRegistrySpecResourcesRequests | undefined): Record<string, any> | undefined;
/**
 * ObjectMeta is the metadata of the service.
 * The name and namespace provided here are managed by ECK and will be ignored.
 *
 * @schema PackageRegistrySpecHttpServiceMetadata
 */
export interface PackageRegistrySpecHttpServiceMetadata {
    /**
     * @schema PackageRegistrySpecHttpServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema PackageRegistrySpecHttpServiceMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema PackageRegistrySpecHttpServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema PackageRegistrySpecHttpServiceMetadata#name
     */
    readonly name?: string;
    /**
     * @schema PackageRegistrySpecHttpServiceMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'PackageRegistrySpecHttpServiceMetadata' to JSON representation.
 */
export declare function toJson_PackageRegistrySpecHttpServiceMetadata(obj: PackageRegistrySpecHttpServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Spec is the specification of the service.
 *
 * @schema PackageRegistrySpecHttpServiceSpec
 */
export interface PackageRegistrySpecHttpServiceSpec {
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
     * @schema PackageRegistrySpecHttpServiceSpec#allocateLoadBalancerNodePorts
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
     * @schema PackageRegistrySpecHttpServiceSpec#clusterIP
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
     * @schema PackageRegistrySpecHttpServiceSpec#clusterIPs
     */
    readonly clusterIPs?: string[];
    /**
     * externalIPs is a list of IP addresses for which nodes in the cluster
     * will also accept traffic for this service.  These IPs are not managed by
     * Kubernetes.  The user is responsible for ensuring that traffic arrives
     * at a node with this IP.  A common example is external load-balancers
     * that are not part of the Kubernetes system.
     *
     * @schema PackageRegistrySpecHttpServiceSpec#externalIPs
     */
    readonly externalIPs?: string[];
    /**
     * externalName is the external reference that discovery mechanisms will
     * return as an alias for this service (e.g. a DNS CNAME record). No
     * proxying will be involved.  Must be a lowercase RFC-1123 hostname
     * (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".
     *
     * @schema PackageRegistrySpecHttpServiceSpec#externalName
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
     * @schema PackageRegistrySpecHttpServiceSpec#externalTrafficPolicy
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
     * @schema PackageRegistrySpecHttpServiceSpec#healthCheckNodePort
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
     * @schema PackageRegistrySpecHttpServiceSpec#internalTrafficPolicy
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
     * @schema PackageRegistrySpecHttpServiceSpec#ipFamilies
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
     * @schema PackageRegistrySpecHttpServiceSpec#ipFamilyPolicy
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
     * @schema PackageRegistrySpecHttpServiceSpec#loadBalancerClass
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
     * @schema PackageRegistrySpecHttpServiceSpec#loadBalancerIP
     */
    readonly loadBalancerIp?: string;
    /**
     * If specified and supported by the platform, this will restrict traffic through the cloud-provider
     * load-balancer will be restricted to the specified client IPs. This field will be ignored if the
     * cloud-provider does not support the feature."
     * More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/
     *
     * @schema PackageRegistrySpecHttpServiceSpec#loadBalancerSourceRanges
     */
    readonly loadBalancerSourceRanges?: string[];
    /**
     * The list of ports that are exposed by this service.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema PackageRegistrySpecHttpServiceSpec#ports
     */
    readonly ports?: PackageRegistrySpecHttpServiceSpecPorts[];
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
     * @schema PackageRegistrySpecHttpServiceSpec#publishNotReadyAddresses
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
     * @schema PackageRegistrySpecHttpServiceSpec#selector
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
     * @schema PackageRegistrySpecHttpServiceSpec#sessionAffinity
     */
    readonly sessionAffinity?: string;
    /**
     * sessionAffinityConfig contains the configurations of session affinity.
     *
     * @schema PackageRegistrySpecHttpServiceSpec#sessionAffinityConfig
     */
    readonly sessionAffinityConfig?: PackageRegistrySpecHttpServiceSpecSessionAffinityConfig;
    /**
     * TrafficDistribution offers a way to express preferences for how traffic
     * is distributed to Service endpoints. Implementations can use this field
     * as a hint, but are not required to guarantee strict adherence. If the
     * field is not set, the implementation will apply its default routing
     * strategy. If set to "PreferClose", implementations should prioritize
     * endpoints that are in the same zone.
     *
     * @schema PackageRegistrySpecHttpServiceSpec#trafficDistribution
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
     * @schema PackageRegistrySpecHttpServiceSpec#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'PackageRegistrySpecHttpServiceSpec' to JSON representation.
 */
export declare function toJson_PackageRegistrySpecHttpServiceSpec(obj: PackageRegistrySpecHttpServiceSpec | undefined): Record<string, any> | undefined;
/**
 * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
 * The referenced secret should contain the following:
 *
 * - `ca.crt`: The certificate authority (optional).
 * - `tls.crt`: The certificate (or a chain).
 * - `tls.key`: The private key to the first certificate in the certificate chain.
 *
 * @schema PackageRegistrySpecHttpTlsCertificate
 */
export interface PackageRegistrySpecHttpTlsCertificate {
    /**
     * SecretName is the name of the secret.
     *
     * @schema PackageRegistrySpecHttpTlsCertificate#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'PackageRegistrySpecHttpTlsCertificate' to JSON representation.
 */
export declare function toJson_PackageRegistrySpecHttpTlsCertificate(obj: PackageRegistrySpecHttpTlsCertificate | undefined): Record<string, any> | undefined;
/**
 * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
 *
 * @schema PackageRegistrySpecHttpTlsSelfSignedCertificate
 */
export interface PackageRegistrySpecHttpTlsSelfSignedCertificate {
    /**
     * Disabled indicates that the provisioning of the self-signed certificate should be disabled.
     *
     * @schema PackageRegistrySpecHttpTlsSelfSignedCertificate#disabled
     */
    readonly disabled?: boolean;
    /**
     * SubjectAlternativeNames is a list of SANs to include in the generated HTTP TLS certificate.
     *
     * @schema PackageRegistrySpecHttpTlsSelfSignedCertificate#subjectAltNames
     */
    readonly subjectAltNames?: PackageRegistrySpecHttpTlsSelfSignedCertificateSubjectAltNames[];
}
/**
 * Converts an object of type 'PackageRegistrySpecHttpTlsSelfSignedCertificate' to JSON representation.
 */
export declare function toJson_PackageRegistrySpecHttpTlsSelfSignedCertificate(obj: PackageRegistrySpecHttpTlsSelfSignedCertificate | undefined): Record<string, any> | undefined;
/**
 * CPU overrides the main container's CPU request/limit when the parent Resources
 * is merged into a PodTemplate. A nil value means "do not override": any CPU
 * value already set on the main container in the PodTemplate is passed through
 * unchanged. Setting this field to nil does not unset a CPU value present in
 * the PodTemplate; to remove it, edit the PodTemplate's container resources.
 * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
 *
 * @schema PackageRegistrySpecResourcesLimitsCpu
 */
export declare class PackageRegistrySpecResourcesLimitsCpu {
    readonly value: number | string;
    static fromNumber(value: number): PackageRegistrySpecResourcesLimitsCpu;
    static fromString(value: string): PackageRegistrySpecResourcesLimitsCpu;
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
 * @schema PackageRegistrySpecResourcesLimitsMemory
 */
export declare class PackageRegistrySpecResourcesLimitsMemory {
    readonly value: number | string;
    static fromNumber(value: number): PackageRegistrySpecResourcesLimitsMemory;
    static fromString(value: string): PackageRegistrySpecResourcesLimitsMemory;
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
 * @schema PackageRegistrySpecResourcesRequestsCpu
 */
export declare class PackageRegistrySpecResourcesRequestsCpu {
    readonly value: number | string;
    static fromNumber(value: number): PackageRegistrySpecResourcesRequestsCpu;
    static fromString(value: string): PackageRegistrySpecResourcesRequestsCpu;
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
 * @schema PackageRegistrySpecResourcesRequestsMemory
 */
export declare class PackageRegistrySpecResourcesRequestsMemory {
    readonly value: number | string;
    static fromNumber(value: number): PackageRegistrySpecResourcesRequestsMemory;
    static fromString(value: string): PackageRegistrySpecResourcesRequestsMemory;
    private constructor();
}
/**
 * ServicePort contains information on service's port.
 *
 * @schema PackageRegistrySpecHttpServiceSpecPorts
 */
export interface PackageRegistrySpecHttpServiceSpecPorts {
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
     * @schema PackageRegistrySpecHttpServiceSpecPorts#appProtocol
     */
    readonly appProtocol?: string;
    /**
     * The name of this port within the service. This must be a DNS_LABEL.
     * All ports within a ServiceSpec must have unique names. When considering
     * the endpoints for a Service, this must match the 'name' field in the
     * EndpointPort.
     * Optional if only one ServicePort is defined on this service.
     *
     * @schema PackageRegistrySpecHttpServiceSpecPorts#name
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
     * @schema PackageRegistrySpecHttpServiceSpecPorts#nodePort
     */
    readonly nodePort?: number;
    /**
     * The port that will be exposed by this service.
     *
     * @schema PackageRegistrySpecHttpServiceSpecPorts#port
     */
    readonly port: number;
    /**
     * The IP protocol for this port. Supports "TCP", "UDP", and "SCTP".
     * Default is TCP.
     *
     * @default TCP.
     * @schema PackageRegistrySpecHttpServiceSpecPorts#protocol
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
     * @schema PackageRegistrySpecHttpServiceSpecPorts#targetPort
     */
    readonly targetPort?: PackageRegistrySpecHttpServiceSpecPortsTargetPort;
}
/**
 * Converts an object of type 'PackageRegistrySpecHttpServiceSpecPorts' to JSON representation.
 */
export declare function toJson_PackageRegistrySpecHttpServiceSpecPorts(obj: PackageRegistrySpecHttpServiceSpecPorts | undefined): Record<string, any> | undefined;
/**
 * sessionAffinityConfig contains the configurations of session affinity.
 *
 * @schema PackageRegistrySpecHttpServiceSpecSessionAffinityConfig
 */
export interface PackageRegistrySpecHttpServiceSpecSessionAffinityConfig {
    /**
     * clientIP contains the configurations of Client IP based session affinity.
     *
     * @schema PackageRegistrySpecHttpServiceSpecSessionAffinityConfig#clientIP
     */
    readonly clientIp?: PackageRegistrySpecHttpServiceSpecSessionAffinityConfigClientIp;
}
/**
 * Converts an object of type 'PackageRegistrySpecHttpServiceSpecSessionAffinityConfig' to JSON representation.
 */
export declare function toJson_PackageRegistrySpecHttpServiceSpecSessionAffinityConfig(obj: PackageRegistrySpecHttpServiceSpecSessionAffinityConfig | undefined): Record<string, any> | undefined;
/**
 * SubjectAlternativeName represents a SAN entry in a x509 certificate.
 *
 * @schema PackageRegistrySpecHttpTlsSelfSignedCertificateSubjectAltNames
 */
export interface PackageRegistrySpecHttpTlsSelfSignedCertificateSubjectAltNames {
    /**
     * DNS is the DNS name of the subject.
     *
     * @schema PackageRegistrySpecHttpTlsSelfSignedCertificateSubjectAltNames#dns
     */
    readonly dns?: string;
    /**
     * IP is the IP address of the subject.
     *
     * @schema PackageRegistrySpecHttpTlsSelfSignedCertificateSubjectAltNames#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'PackageRegistrySpecHttpTlsSelfSignedCertificateSubjectAltNames' to JSON representation.
 */
export declare function toJson_PackageRegistrySpecHttpTlsSelfSignedCertificateSubjectAltNames(obj: PackageRegistrySpecHttpTlsSelfSignedCertificateSubjectAltNames | undefined): Record<string, any> | undefined;
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
 * @schema PackageRegistrySpecHttpServiceSpecPortsTargetPort
 */
export declare class PackageRegistrySpecHttpServiceSpecPortsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): PackageRegistrySpecHttpServiceSpecPortsTargetPort;
    static fromString(value: string): PackageRegistrySpecHttpServiceSpecPortsTargetPort;
    private constructor();
}
/**
 * clientIP contains the configurations of Client IP based session affinity.
 *
 * @schema PackageRegistrySpecHttpServiceSpecSessionAffinityConfigClientIp
 */
export interface PackageRegistrySpecHttpServiceSpecSessionAffinityConfigClientIp {
    /**
     * timeoutSeconds specifies the seconds of ClientIP type session sticky time.
     * The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP".
     * Default value is 10800(for 3 hours).
     *
     * @schema PackageRegistrySpecHttpServiceSpecSessionAffinityConfigClientIp#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'PackageRegistrySpecHttpServiceSpecSessionAffinityConfigClientIp' to JSON representation.
 */
export declare function toJson_PackageRegistrySpecHttpServiceSpecSessionAffinityConfigClientIp(obj: PackageRegistrySpecHttpServiceSpecSessionAffinityConfigClientIp | undefined): Record<string, any> | undefined;
