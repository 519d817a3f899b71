import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * ElasticMapsServer represents an Elastic Map Server resource in a Kubernetes cluster.
 *
 * @schema ElasticMapsServer
 */
export declare class ElasticMapsServer extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ElasticMapsServer"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ElasticMapsServer".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ElasticMapsServerProps): any;
    /**
     * Defines a "ElasticMapsServer" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ElasticMapsServerProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ElasticMapsServer represents an Elastic Map Server resource in a Kubernetes cluster.
 *
 * @schema ElasticMapsServer
 */
export interface ElasticMapsServerProps {
    /**
     * @schema ElasticMapsServer#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * MapsSpec holds the specification of an Elastic Maps Server instance.
     *
     * @schema ElasticMapsServer#spec
     */
    readonly spec?: ElasticMapsServerSpec;
}
/**
 * Converts an object of type 'ElasticMapsServerProps' to JSON representation.
 */
export declare function toJson_ElasticMapsServerProps(obj: ElasticMapsServerProps | undefined): Record<string, any> | undefined;
/**
 * MapsSpec holds the specification of an Elastic Maps Server instance.
 *
 * @schema ElasticMapsServerSpec
 */
export interface ElasticMapsServerSpec {
    /**
     * Config holds the ElasticMapsServer configuration. See: https://www.elastic.co/docs/explore-analyze/visualize/maps/maps-connect-to-ems#elastic-maps-server-configuration
     *
     * @schema ElasticMapsServerSpec#config
     */
    readonly config?: any;
    /**
     * ConfigRef contains a reference to an existing Kubernetes Secret holding the Elastic Maps Server configuration.
     * Configuration settings are merged and have precedence over settings specified in `config`.
     *
     * @schema ElasticMapsServerSpec#configRef
     */
    readonly configRef?: ElasticMapsServerSpecConfigRef;
    /**
     * Count of Elastic Maps Server instances to deploy.
     *
     * @schema ElasticMapsServerSpec#count
     */
    readonly count?: number;
    /**
     * ElasticsearchRef is a reference to an Elasticsearch cluster running in the same Kubernetes cluster.
     *
     * @schema ElasticMapsServerSpec#elasticsearchRef
     */
    readonly elasticsearchRef?: ElasticMapsServerSpecElasticsearchRef;
    /**
     * HTTP holds the HTTP layer configuration for Elastic Maps Server.
     *
     * @schema ElasticMapsServerSpec#http
     */
    readonly http?: ElasticMapsServerSpecHttp;
    /**
     * Image is the Elastic Maps Server Docker image to deploy.
     *
     * @schema ElasticMapsServerSpec#image
     */
    readonly image?: string;
    /**
     * PodTemplate provides customization options (labels, annotations, affinity rules, resource requests, and so on) for the Elastic Maps Server pods
     *
     * @schema ElasticMapsServerSpec#podTemplate
     */
    readonly podTemplate?: any;
    /**
     * Resources provides a shorthand to set CPU and Memory resources on the Elastic Maps Server container. When set,
     * these values override any CPU or memory resource settings specified in the PodTemplate for the primary Elastic
     * Maps Server container. To set resources on other containers, use the PodTemplate.
     *
     * @schema ElasticMapsServerSpec#resources
     */
    readonly resources?: ElasticMapsServerSpecResources;
    /**
     * RevisionHistoryLimit is the number of revisions to retain to allow rollback in the underlying Deployment.
     *
     * @schema ElasticMapsServerSpec#revisionHistoryLimit
     */
    readonly revisionHistoryLimit?: number;
    /**
     * ServiceAccountName is used to check access from the current resource to a resource (for ex. Elasticsearch) in a different namespace.
     * Can only be used if ECK is enforcing RBAC on references.
     *
     * @schema ElasticMapsServerSpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * Version of Elastic Maps Server.
     *
     * @schema ElasticMapsServerSpec#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'ElasticMapsServerSpec' to JSON representation.
 */
export declare function toJson_ElasticMapsServerSpec(obj: ElasticMapsServerSpec | undefined): Record<string, any> | undefined;
/**
 * ConfigRef contains a reference to an existing Kubernetes Secret holding the Elastic Maps Server configuration.
 * Configuration settings are merged and have precedence over settings specified in `config`.
 *
 * @schema ElasticMapsServerSpecConfigRef
 */
export interface ElasticMapsServerSpecConfigRef {
    /**
     * SecretName is the name of the secret.
     *
     * @schema ElasticMapsServerSpecConfigRef#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'ElasticMapsServerSpecConfigRef' to JSON representation.
 */
export declare function toJson_ElasticMapsServerSpecConfigRef(obj: ElasticMapsServerSpecConfigRef | undefined): Record<string, any> | undefined;
/**
 * ElasticsearchRef is a reference to an Elasticsearch cluster running in the same Kubernetes cluster.
 *
 * @schema ElasticMapsServerSpecElasticsearchRef
 */
export interface ElasticMapsServerSpecElasticsearchRef {
    /**
     * ClientCertificateSecretName is the name of an existing Kubernetes secret containing a client certificate
     * (tls.crt) and private key (tls.key) for client authentication to the referenced resource.
     * This field is only relevant when the referenced Elasticsearch cluster has client authentication enabled.
     * If not specified and the referenced resource requires client authentication, ECK will auto-generate a
     * client certificate.
     *
     * @schema ElasticMapsServerSpecElasticsearchRef#clientCertificateSecretName
     */
    readonly clientCertificateSecretName?: string;
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema ElasticMapsServerSpecElasticsearchRef#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema ElasticMapsServerSpecElasticsearchRef#namespace
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
     * @schema ElasticMapsServerSpecElasticsearchRef#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema ElasticMapsServerSpecElasticsearchRef#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'ElasticMapsServerSpecElasticsearchRef' to JSON representation.
 */
export declare function toJson_ElasticMapsServerSpecElasticsearchRef(obj: ElasticMapsServerSpecElasticsearchRef | undefined): Record<string, any> | undefined;
/**
 * HTTP holds the HTTP layer configuration for Elastic Maps Server.
 *
 * @schema ElasticMapsServerSpecHttp
 */
export interface ElasticMapsServerSpecHttp {
    /**
     * Service defines the template for the associated Kubernetes Service object.
     *
     * @schema ElasticMapsServerSpecHttp#service
     */
    readonly service?: ElasticMapsServerSpecHttpService;
    /**
     * TLS defines options for configuring TLS for HTTP.
     *
     * @schema ElasticMapsServerSpecHttp#tls
     */
    readonly tls?: ElasticMapsServerSpecHttpTls;
}
/**
 * Converts an object of type 'ElasticMapsServerSpecHttp' to JSON representation.
 */
export declare function toJson_ElasticMapsServerSpecHttp(obj: ElasticMapsServerSpecHttp | undefined): Record<string, any> | undefined;
/**
 * Resources provides a shorthand to set CPU and Memory resources on the Elastic Maps Server container. When set,
 * these values override any CPU or memory resource settings specified in the PodTemplate for the primary Elastic
 * Maps Server container. To set resources on other containers, use the PodTemplate.
 *
 * @schema ElasticMapsServerSpecResources
 */
export interface ElasticMapsServerSpecResources {
    /**
     * Limits is the shorthand for the main container's CPU and memory limits.
     *
     * @schema ElasticMapsServerSpecResources#limits
     */
    readonly limits?: ElasticMapsServerSpecResourcesLimits;
    /**
     * Requests is the shorthand for the main container's CPU and memory requests.
     *
     * @schema ElasticMapsServerSpecResources#requests
     */
    readonly requests?: ElasticMapsServerSpecResourcesRequests;
}
/**
 * Converts an object of type 'ElasticMapsServerSpecResources' to JSON representation.
 */
export declare function toJson_ElasticMapsServerSpecResources(obj: ElasticMapsServerSpecResources | undefined): Record<string, any> | undefined;
/**
 * Service defines the template for the associated Kubernetes Service object.
 *
 * @schema ElasticMapsServerSpecHttpService
 */
export interface ElasticMapsServerSpecHttpService {
    /**
     * ObjectMeta is the metadata of the service.
     * The name and namespace provided here are managed by ECK and will be ignored.
     *
     * @schema ElasticMapsServerSpecHttpService#metadata
     */
    readonly metadata?: ElasticMapsServerSpecHttpServiceMetadata;
    /**
     * Spec is the specification of the service.
     *
     * @schema ElasticMapsServerSpecHttpService#spec
     */
    readonly spec?: ElasticMapsServerSpecHttpServiceSpec;
}
/**
 * Converts an object of type 'ElasticMapsServerSpecHttpService' to JSON representation.
 */
export declare function toJson_ElasticMapsServerSpecHttpService(obj: ElasticMapsServerSpecHttpService | undefined): Record<string, any> | undefined;
/**
 * TLS defines options for configuring TLS for HTTP.
 *
 * @schema ElasticMapsServerSpecHttpTls
 */
export interface ElasticMapsServerSpecHttpTls {
    /**
     * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
     * The referenced secret should contain the following:
     *
     * - `ca.crt`: The certificate authority (optional).
     * - `tls.crt`: The certificate (or a chain).
     * - `tls.key`: The private key to the first certificate in the certificate chain.
     *
     * @schema ElasticMapsServerSpecHttpTls#certificate
     */
    readonly certificate?: ElasticMapsServerSpecHttpTlsCertificate;
    /**
     * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
     *
     * @schema ElasticMapsServerSpecHttpTls#selfSignedCertificate
     */
    readonly selfSignedCertificate?: ElasticMapsServerSpecHttpTlsSelfSignedCertificate;
}
/**
 * Converts an object of type 'ElasticMapsServerSpecHttpTls' to JSON representation.
 */
export declare function toJson_ElasticMapsServerSpecHttpTls(obj: ElasticMapsServerSpecHttpTls | undefined): Record<string, any> | undefined;
/**
 * Limits is the shorthand for the main container's CPU and memory limits.
 *
 * @schema ElasticMapsServerSpecResourcesLimits
 */
export interface ElasticMapsServerSpecResourcesLimits {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema ElasticMapsServerSpecResourcesLimits#cpu
     */
    readonly cpu?: ElasticMapsServerSpecResourcesLimitsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema ElasticMapsServerSpecResourcesLimits#memory
     */
    readonly memory?: ElasticMapsServerSpecResourcesLimitsMemory;
}
/**
 * Converts an object of type 'ElasticMapsServerSpecResourcesLimits' to JSON representation.
 */
export declare function toJson_ElasticMapsServerSpecResourcesLimits(obj: ElasticMapsServerSpecResourcesLimits | undefined): Record<string, any> | undefined;
/**
 * Requests is the shorthand for the main container's CPU and memory requests.
 *
 * @schema ElasticMapsServerSpecResourcesRequests
 */
export interface ElasticMapsServerSpecResourcesRequests {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema ElasticMapsServerSpecResourcesRequests#cpu
     */
    readonly cpu?: ElasticMapsServerSpecResourcesRequestsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema ElasticMapsServerSpecResourcesRequests#memory
     */
    readonly memory?: ElasticMapsServerSpecResourcesRequestsMemory;
}
/**
 * Converts an object of type 'ElasticMapsServerSpecResourcesRequests' to JSON representation.
 */
export declare function toJson_ElasticMapsServerSpecResourcesRequests(obj: ElasticMapsServerSpecResourcesRequests | undefined): Record<string, any> | undefined;
/**
 * ObjectMeta is the metadata of the service.
 * The name and namespace provided here are managed by ECK and will be ignored.
 *
 * @schema ElasticMapsServerSpecHttpServiceMetadata
 */
export interface ElasticMapsServerSpecHttpServiceMetadata {
    /**
     * @schema ElasticMapsServerSpecHttpServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ElasticMapsServerSpecHttpServiceMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema ElasticMapsServerSpecHttpServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema ElasticMapsServerSpecHttpServiceMetadata#name
     */
    readonly name?: string;
    /**
     * @schema ElasticMapsServerSpecHttpServiceMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ElasticMapsServerSpecHttpServiceMetadata' to JSON representation.
 */
export declare function toJson_ElasticMapsServerSpecHttpServiceMetadata(obj: ElasticMapsServerSpecHttpServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Spec is the specification of the service.
 *
 * @schema ElasticMapsServerSpecHttpServiceSpec
 */
export interface ElasticMapsServerSpecHttpServiceSpec {
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
     * @schema ElasticMapsServerSpecHttpServiceSpec#allocateLoadBalancerNodePorts
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
     * @schema ElasticMapsServerSpecHttpServiceSpec#clusterIP
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
     * @schema ElasticMapsServerSpecHttpServiceSpec#clusterIPs
     */
    readonly clusterIPs?: string[];
    /**
     * externalIPs is a list of IP addresses for which nodes in the cluster
     * will also accept traffic for this service.  These IPs are not managed by
     * Kubernetes.  The user is responsible for ensuring that traffic arrives
     * at a node with this IP.  A common example is external load-balancers
     * that are not part of the Kubernetes system.
     *
     * @schema ElasticMapsServerSpecHttpServiceSpec#externalIPs
     */
    readonly externalIPs?: string[];
    /**
     * externalName is the external reference that discovery mechanisms will
     * return as an alias for this service (e.g. a DNS CNAME record). No
     * proxying will be involved.  Must be a lowercase RFC-1123 hostname
     * (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".
     *
     * @schema ElasticMapsServerSpecHttpServiceSpec#externalName
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
     * @schema ElasticMapsServerSpecHttpServiceSpec#externalTrafficPolicy
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
     * @schema ElasticMapsServerSpecHttpServiceSpec#healthCheckNodePort
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
     * @schema ElasticMapsServerSpecHttpServiceSpec#internalTrafficPolicy
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
     * @schema ElasticMapsServerSpecHttpServiceSpec#ipFamilies
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
     * @schema ElasticMapsServerSpecHttpServiceSpec#ipFamilyPolicy
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
     * @schema ElasticMapsServerSpecHttpServiceSpec#loadBalancerClass
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
     * @schema ElasticMapsServerSpecHttpServiceSpec#loadBalancerIP
     */
    readonly loadBalancerIp?: string;
    /**
     * If specified and supported by the platform, this will restrict traffic through the cloud-provider
     * load-balancer will be restricted to the specified client IPs. This field will be ignored if the
     * cloud-provider does not support the feature."
     * More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/
     *
     * @schema ElasticMapsServerSpecHttpServiceSpec#loadBalancerSourceRanges
     */
    readonly loadBalancerSourceRanges?: string[];
    /**
     * The list of ports that are exposed by this service.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema ElasticMapsServerSpecHttpServiceSpec#ports
     */
    readonly ports?: ElasticMapsServerSpecHttpServiceSpecPorts[];
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
     * @schema ElasticMapsServerSpecHttpServiceSpec#publishNotReadyAddresses
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
     * @schema ElasticMapsServerSpecHttpServiceSpec#selector
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
     * @schema ElasticMapsServerSpecHttpServiceSpec#sessionAffinity
     */
    readonly sessionAffinity?: string;
    /**
     * sessionAffinityConfig contains the configurations of session affinity.
     *
     * @schema ElasticMapsServerSpecHttpServiceSpec#sessionAffinityConfig
     */
    readonly sessionAffinityConfig?: ElasticMapsServerSpecHttpServiceSpecSessionAffinityConfig;
    /**
     * TrafficDistribution offers a way to express preferences for how traffic
     * is distributed to Service endpoints. Implementations can use this field
     * as a hint, but are not required to guarantee strict adherence. If the
     * field is not set, the implementation will apply its default routing
     * strategy. If set to "PreferClose", implementations should prioritize
     * endpoints that are in the same zone.
     *
     * @schema ElasticMapsServerSpecHttpServiceSpec#trafficDistribution
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
     * @schema ElasticMapsServerSpecHttpServiceSpec#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'ElasticMapsServerSpecHttpServiceSpec' to JSON representation.
 */
export declare function toJson_ElasticMapsServerSpecHttpServiceSpec(obj: ElasticMapsServerSpecHttpServiceSpec | undefined): Record<string, any> | undefined;
/**
 * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
 * The referenced secret should contain the following:
 *
 * - `ca.crt`: The certificate authority (optional).
 * - `tls.crt`: The certificate (or a chain).
 * - `tls.key`: The private key to the first certificate in the certificate chain.
 *
 * @schema ElasticMapsServerSpecHttpTlsCertificate
 */
export interface ElasticMapsServerSpecHttpTlsCertificate {
    /**
     * SecretName is the name of the secret.
     *
     * @schema ElasticMapsServerSpecHttpTlsCertificate#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'ElasticMapsServerSpecHttpTlsCertificate' to JSON representation.
 */
export declare function toJson_ElasticMapsServerSpecHttpTlsCertificate(obj: ElasticMapsServerSpecHttpTlsCertificate | undefined): Record<string, any> | undefined;
/**
 * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
 *
 * @schema ElasticMapsServerSpecHttpTlsSelfSignedCertificate
 */
export interface ElasticMapsServerSpecHttpTlsSelfSignedCertificate {
    /**
     * Disabled indicates that the provisioning of the self-signed certificate should be disabled.
     *
     * @schema ElasticMapsServerSpecHttpTlsSelfSignedCertificate#disabled
     */
    readonly disabled?: boolean;
    /**
     * SubjectAlternativeNames is a list of SANs to include in the generated HTTP TLS certificate.
     *
     * @schema ElasticMapsServerSpecHttpTlsSelfSignedCertificate#subjectAltNames
     */
    readonly subjectAltNames?: ElasticMapsServerSpecHttpTlsSelfSignedCertificateSubjectAltNames[];
}
/**
 * Converts an object of type 'ElasticMapsServerSpecHttpTlsSelfSignedCertificate' to JSON representation.
 */
export declare function toJson_ElasticMapsServerSpecHttpTlsSelfSignedCertificate(obj: ElasticMapsServerSpecHttpTlsSelfSignedCertificate | undefined): Record<string, any> | undefined;
/**
 * CPU overrides the main container's CPU request/limit when the parent Resources
 * is merged into a PodTemplate. A nil value means "do not override": any CPU
 * value already set on the main container in the PodTemplate is passed through
 * unchanged. Setting this field to nil does not unset a CPU value present in
 * the PodTemplate; to remove it, edit the PodTemplate's container resources.
 * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
 *
 * @schema ElasticMapsServerSpecResourcesLimitsCpu
 */
export declare class ElasticMapsServerSpecResourcesLimitsCpu {
    readonly value: number | string;
    static fromNumber(value: number): ElasticMapsServerSpecResourcesLimitsCpu;
    static fromString(value: string): ElasticMapsServerSpecResourcesLimitsCpu;
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
 * @schema ElasticMapsServerSpecResourcesLimitsMemory
 */
export declare class ElasticMapsServerSpecResourcesLimitsMemory {
    readonly value: number | string;
    static fromNumber(value: number): ElasticMapsServerSpecResourcesLimitsMemory;
    static fromString(value: string): ElasticMapsServerSpecResourcesLimitsMemory;
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
 * @schema ElasticMapsServerSpecResourcesRequestsCpu
 */
export declare class ElasticMapsServerSpecResourcesRequestsCpu {
    readonly value: number | string;
    static fromNumber(value: number): ElasticMapsServerSpecResourcesRequestsCpu;
    static fromString(value: string): ElasticMapsServerSpecResourcesRequestsCpu;
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
 * @schema ElasticMapsServerSpecResourcesRequestsMemory
 */
export declare class ElasticMapsServerSpecResourcesRequestsMemory {
    readonly value: number | string;
    static fromNumber(value: number): ElasticMapsServerSpecResourcesRequestsMemory;
    static fromString(value: string): ElasticMapsServerSpecResourcesRequestsMemory;
    private constructor();
}
/**
 * ServicePort contains information on service's port.
 *
 * @schema ElasticMapsServerSpecHttpServiceSpecPorts
 */
export interface ElasticMapsServerSpecHttpServiceSpecPorts {
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
     * @schema ElasticMapsServerSpecHttpServiceSpecPorts#appProtocol
     */
    readonly appProtocol?: string;
    /**
     * The name of this port within the service. This must be a DNS_LABEL.
     * All ports within a ServiceSpec must have unique names. When considering
     * the endpoints for a Service, this must match the 'name' field in the
     * EndpointPort.
     * Optional if only one ServicePort is defined on this service.
     *
     * @schema ElasticMapsServerSpecHttpServiceSpecPorts#name
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
     * @schema ElasticMapsServerSpecHttpServiceSpecPorts#nodePort
     */
    readonly nodePort?: number;
    /**
     * The port that will be exposed by this service.
     *
     * @schema ElasticMapsServerSpecHttpServiceSpecPorts#port
     */
    readonly port: number;
    /**
     * The IP protocol for this port. Supports "TCP", "UDP", and "SCTP".
     * Default is TCP.
     *
     * @default TCP.
     * @schema ElasticMapsServerSpecHttpServiceSpecPorts#protocol
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
     * @schema ElasticMapsServerSpecHttpServiceSpecPorts#targetPort
     */
    readonly targetPort?: ElasticMapsServerSpecHttpServiceSpecPortsTargetPort;
}
/**
 * Converts an object of type 'ElasticMapsServerSpecHttpServiceSpecPorts' to JSON representation.
 */
export declare function toJson_ElasticMapsServerSpecHttpServiceSpecPorts(obj: ElasticMapsServerSpecHttpServiceSpecPorts | undefined): Record<string, any> | undefined;
/**
 * sessionAffinityConfig contains the configurations of session affinity.
 *
 * @schema ElasticMapsServerSpecHttpServiceSpecSessionAffinityConfig
 */
export interface ElasticMapsServerSpecHttpServiceSpecSessionAffinityConfig {
    /**
     * clientIP contains the configurations of Client IP based session affinity.
     *
     * @schema ElasticMapsServerSpecHttpServiceSpecSessionAffinityConfig#clientIP
     */
    readonly clientIp?: ElasticMapsServerSpecHttpServiceSpecSessionAffinityConfigClientIp;
}
/**
 * Converts an object of type 'ElasticMapsServerSpecHttpServiceSpecSessionAffinityConfig' to JSON representation.
 */
export declare function toJson_ElasticMapsServerSpecHttpServiceSpecSessionAffinityConfig(obj: ElasticMapsServerSpecHttpServiceSpecSessionAffinityConfig | undefined): Record<string, any> | undefined;
/**
 * SubjectAlternativeName represents a SAN entry in a x509 certificate.
 *
 * @schema ElasticMapsServerSpecHttpTlsSelfSignedCertificateSubjectAltNames
 */
export interface ElasticMapsServerSpecHttpTlsSelfSignedCertificateSubjectAltNames {
    /**
     * DNS is the DNS name of the subject.
     *
     * @schema ElasticMapsServerSpecHttpTlsSelfSignedCertificateSubjectAltNames#dns
     */
    readonly dns?: string;
    /**
     * IP is the IP address of the subject.
     *
     * @schema ElasticMapsServerSpecHttpTlsSelfSignedCertificateSubjectAltNames#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'ElasticMapsServerSpecHttpTlsSelfSignedCertificateSubjectAltNames' to JSON representation.
 */
export declare function toJson_ElasticMapsServerSpecHttpTlsSelfSignedCertificateSubjectAltNames(obj: ElasticMapsServerSpecHttpTlsSelfSignedCertificateSubjectAltNames | undefined): Record<string, any> | undefined;
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
 * @schema ElasticMapsServerSpecHttpServiceSpecPortsTargetPort
 */
export declare class ElasticMapsServerSpecHttpServiceSpecPortsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): ElasticMapsServerSpecHttpServiceSpecPortsTargetPort;
    static fromString(value: string): ElasticMapsServerSpecHttpServiceSpecPortsTargetPort;
    private constructor();
}
/**
 * clientIP contains the configurations of Client IP based session affinity.
 *
 * @schema ElasticMapsServerSpecHttpServiceSpecSessionAffinityConfigClientIp
 */
export interface ElasticMapsServerSpecHttpServiceSpecSessionAffinityConfigClientIp {
    /**
     * timeoutSeconds specifies the seconds of ClientIP type session sticky time.
     * The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP".
     * Default value is 10800(for 3 hours).
     *
     * @schema ElasticMapsServerSpecHttpServiceSpecSessionAffinityConfigClientIp#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'ElasticMapsServerSpecHttpServiceSpecSessionAffinityConfigClientIp' to JSON representation.
 */
export declare function toJson_ElasticMapsServerSpecHttpServiceSpecSessionAffinityConfigClientIp(obj: ElasticMapsServerSpecHttpServiceSpecSessionAffinityConfigClientIp | undefined): Record<string, any> | undefined;
