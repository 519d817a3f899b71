import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * EnterpriseSearch is a Kubernetes CRD to represent Enterprise Search.
 *
 * @schema EnterpriseSearch
 */
export declare class EnterpriseSearch extends ApiObject {
    /**
     * Returns the apiVersion and kind for "EnterpriseSearch"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "EnterpriseSearch".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: EnterpriseSearchProps): any;
    /**
     * Defines a "EnterpriseSearch" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: EnterpriseSearchProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * EnterpriseSearch is a Kubernetes CRD to represent Enterprise Search.
 *
 * @schema EnterpriseSearch
 */
export interface EnterpriseSearchProps {
    /**
     * @schema EnterpriseSearch#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * EnterpriseSearchSpec holds the specification of an Enterprise Search resource.
     *
     * @schema EnterpriseSearch#spec
     */
    readonly spec?: EnterpriseSearchSpec;
}
/**
 * Converts an object of type 'EnterpriseSearchProps' to JSON representation.
 */
export declare function toJson_EnterpriseSearchProps(obj: EnterpriseSearchProps | undefined): Record<string, any> | undefined;
/**
 * EnterpriseSearchSpec holds the specification of an Enterprise Search resource.
 *
 * @schema EnterpriseSearchSpec
 */
export interface EnterpriseSearchSpec {
    /**
     * Config holds the Enterprise Search configuration.
     *
     * @schema EnterpriseSearchSpec#config
     */
    readonly config?: any;
    /**
     * ConfigRef contains a reference to an existing Kubernetes Secret holding the Enterprise Search configuration.
     * Configuration settings are merged and have precedence over settings specified in `config`.
     *
     * @schema EnterpriseSearchSpec#configRef
     */
    readonly configRef?: EnterpriseSearchSpecConfigRef;
    /**
     * Count of Enterprise Search instances to deploy.
     *
     * @schema EnterpriseSearchSpec#count
     */
    readonly count?: number;
    /**
     * ElasticsearchRef is a reference to the Elasticsearch cluster running in the same Kubernetes cluster.
     *
     * @schema EnterpriseSearchSpec#elasticsearchRef
     */
    readonly elasticsearchRef?: EnterpriseSearchSpecElasticsearchRef;
    /**
     * HTTP holds the HTTP layer configuration for Enterprise Search resource.
     *
     * @schema EnterpriseSearchSpec#http
     */
    readonly http?: EnterpriseSearchSpecHttp;
    /**
     * Image is the Enterprise Search Docker image to deploy.
     *
     * @schema EnterpriseSearchSpec#image
     */
    readonly image?: string;
    /**
     * PodTemplate provides customization options (labels, annotations, affinity rules, resource requests, and so on)
     * for the Enterprise Search pods.
     *
     * @schema EnterpriseSearchSpec#podTemplate
     */
    readonly podTemplate?: any;
    /**
     * Resources provides a shorthand to set CPU and Memory resources on the Enterprise Search container. When set,
     * these values override any CPU or memory resource settings specified in the PodTemplate for the primary
     * Enterprise Search container. To set resources on other containers, use the PodTemplate.
     *
     * @schema EnterpriseSearchSpec#resources
     */
    readonly resources?: EnterpriseSearchSpecResources;
    /**
     * RevisionHistoryLimit is the number of revisions to retain to allow rollback in the underlying Deployment.
     *
     * @schema EnterpriseSearchSpec#revisionHistoryLimit
     */
    readonly revisionHistoryLimit?: number;
    /**
     * ServiceAccountName is used to check access from the current resource to a resource (for ex. Elasticsearch) in a different namespace.
     * Can only be used if ECK is enforcing RBAC on references.
     *
     * @schema EnterpriseSearchSpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * Version of Enterprise Search.
     *
     * @schema EnterpriseSearchSpec#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'EnterpriseSearchSpec' to JSON representation.
 */
export declare function toJson_EnterpriseSearchSpec(obj: EnterpriseSearchSpec | undefined): Record<string, any> | undefined;
/**
 * ConfigRef contains a reference to an existing Kubernetes Secret holding the Enterprise Search configuration.
 * Configuration settings are merged and have precedence over settings specified in `config`.
 *
 * @schema EnterpriseSearchSpecConfigRef
 */
export interface EnterpriseSearchSpecConfigRef {
    /**
     * SecretName is the name of the secret.
     *
     * @schema EnterpriseSearchSpecConfigRef#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'EnterpriseSearchSpecConfigRef' to JSON representation.
 */
export declare function toJson_EnterpriseSearchSpecConfigRef(obj: EnterpriseSearchSpecConfigRef | undefined): Record<string, any> | undefined;
/**
 * ElasticsearchRef is a reference to the Elasticsearch cluster running in the same Kubernetes cluster.
 *
 * @schema EnterpriseSearchSpecElasticsearchRef
 */
export interface EnterpriseSearchSpecElasticsearchRef {
    /**
     * ClientCertificateSecretName is the name of an existing Kubernetes secret containing a client certificate
     * (tls.crt) and private key (tls.key) for client authentication to the referenced resource.
     * This field is only relevant when the referenced Elasticsearch cluster has client authentication enabled.
     * If not specified and the referenced resource requires client authentication, ECK will auto-generate a
     * client certificate.
     *
     * @schema EnterpriseSearchSpecElasticsearchRef#clientCertificateSecretName
     */
    readonly clientCertificateSecretName?: string;
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema EnterpriseSearchSpecElasticsearchRef#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema EnterpriseSearchSpecElasticsearchRef#namespace
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
     * @schema EnterpriseSearchSpecElasticsearchRef#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema EnterpriseSearchSpecElasticsearchRef#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'EnterpriseSearchSpecElasticsearchRef' to JSON representation.
 */
export declare function toJson_EnterpriseSearchSpecElasticsearchRef(obj: EnterpriseSearchSpecElasticsearchRef | undefined): Record<string, any> | undefined;
/**
 * HTTP holds the HTTP layer configuration for Enterprise Search resource.
 *
 * @schema EnterpriseSearchSpecHttp
 */
export interface EnterpriseSearchSpecHttp {
    /**
     * Service defines the template for the associated Kubernetes Service object.
     *
     * @schema EnterpriseSearchSpecHttp#service
     */
    readonly service?: EnterpriseSearchSpecHttpService;
    /**
     * TLS defines options for configuring TLS for HTTP.
     *
     * @schema EnterpriseSearchSpecHttp#tls
     */
    readonly tls?: EnterpriseSearchSpecHttpTls;
}
/**
 * Converts an object of type 'EnterpriseSearchSpecHttp' to JSON representation.
 */
export declare function toJson_EnterpriseSearchSpecHttp(obj: EnterpriseSearchSpecHttp | undefined): Record<string, any> | undefined;
/**
 * Resources provides a shorthand to set CPU and Memory resources on the Enterprise Search container. When set,
 * these values override any CPU or memory resource settings specified in the PodTemplate for the primary
 * Enterprise Search container. To set resources on other containers, use the PodTemplate.
 *
 * @schema EnterpriseSearchSpecResources
 */
export interface EnterpriseSearchSpecResources {
    /**
     * Limits is the shorthand for the main container's CPU and memory limits.
     *
     * @schema EnterpriseSearchSpecResources#limits
     */
    readonly limits?: EnterpriseSearchSpecResourcesLimits;
    /**
     * Requests is the shorthand for the main container's CPU and memory requests.
     *
     * @schema EnterpriseSearchSpecResources#requests
     */
    readonly requests?: EnterpriseSearchSpecResourcesRequests;
}
/**
 * Converts an object of type 'EnterpriseSearchSpecResources' to JSON representation.
 */
export declare function toJson_EnterpriseSearchSpecResources(obj: EnterpriseSearchSpecResources | undefined): Record<string, any> | undefined;
/**
 * Service defines the template for the associated Kubernetes Service object.
 *
 * @schema EnterpriseSearchSpecHttpService
 */
export interface EnterpriseSearchSpecHttpService {
    /**
     * ObjectMeta is the metadata of the service.
     * The name and namespace provided here are managed by ECK and will be ignored.
     *
     * @schema EnterpriseSearchSpecHttpService#metadata
     */
    readonly metadata?: EnterpriseSearchSpecHttpServiceMetadata;
    /**
     * Spec is the specification of the service.
     *
     * @schema EnterpriseSearchSpecHttpService#spec
     */
    readonly spec?: EnterpriseSearchSpecHttpServiceSpec;
}
/**
 * Converts an object of type 'EnterpriseSearchSpecHttpService' to JSON representation.
 */
export declare function toJson_EnterpriseSearchSpecHttpService(obj: EnterpriseSearchSpecHttpService | undefined): Record<string, any> | undefined;
/**
 * TLS defines options for configuring TLS for HTTP.
 *
 * @schema EnterpriseSearchSpecHttpTls
 */
export interface EnterpriseSearchSpecHttpTls {
    /**
     * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
     * The referenced secret should contain the following:
     *
     * - `ca.crt`: The certificate authority (optional).
     * - `tls.crt`: The certificate (or a chain).
     * - `tls.key`: The private key to the first certificate in the certificate chain.
     *
     * @schema EnterpriseSearchSpecHttpTls#certificate
     */
    readonly certificate?: EnterpriseSearchSpecHttpTlsCertificate;
    /**
     * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
     *
     * @schema EnterpriseSearchSpecHttpTls#selfSignedCertificate
     */
    readonly selfSignedCertificate?: EnterpriseSearchSpecHttpTlsSelfSignedCertificate;
}
/**
 * Converts an object of type 'EnterpriseSearchSpecHttpTls' to JSON representation.
 */
export declare function toJson_EnterpriseSearchSpecHttpTls(obj: EnterpriseSearchSpecHttpTls | undefined): Record<string, any> | undefined;
/**
 * Limits is the shorthand for the main container's CPU and memory limits.
 *
 * @schema EnterpriseSearchSpecResourcesLimits
 */
export interface EnterpriseSearchSpecResourcesLimits {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema EnterpriseSearchSpecResourcesLimits#cpu
     */
    readonly cpu?: EnterpriseSearchSpecResourcesLimitsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema EnterpriseSearchSpecResourcesLimits#memory
     */
    readonly memory?: EnterpriseSearchSpecResourcesLimitsMemory;
}
/**
 * Converts an object of type 'EnterpriseSearchSpecResourcesLimits' to JSON representation.
 */
export declare function toJson_EnterpriseSearchSpecResourcesLimits(obj: EnterpriseSearchSpecResourcesLimits | undefined): Record<string, any> | undefined;
/**
 * Requests is the shorthand for the main container's CPU and memory requests.
 *
 * @schema EnterpriseSearchSpecResourcesRequests
 */
export interface EnterpriseSearchSpecResourcesRequests {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema EnterpriseSearchSpecResourcesRequests#cpu
     */
    readonly cpu?: EnterpriseSearchSpecResourcesRequestsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema EnterpriseSearchSpecResourcesRequests#memory
     */
    readonly memory?: EnterpriseSearchSpecResourcesRequestsMemory;
}
/**
 * Converts an object of type 'EnterpriseSearchSpecResourcesRequests' to JSON representation.
 */
export declare function toJson_EnterpriseSearchSpecResourcesRequests(obj: EnterpriseSearchSpecResourcesRequests | undefined): Record<string, any> | undefined;
/**
 * ObjectMeta is the metadata of the service.
 * The name and namespace provided here are managed by ECK and will be ignored.
 *
 * @schema EnterpriseSearchSpecHttpServiceMetadata
 */
export interface EnterpriseSearchSpecHttpServiceMetadata {
    /**
     * @schema EnterpriseSearchSpecHttpServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema EnterpriseSearchSpecHttpServiceMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema EnterpriseSearchSpecHttpServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema EnterpriseSearchSpecHttpServiceMetadata#name
     */
    readonly name?: string;
    /**
     * @schema EnterpriseSearchSpecHttpServiceMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'EnterpriseSearchSpecHttpServiceMetadata' to JSON representation.
 */
export declare function toJson_EnterpriseSearchSpecHttpServiceMetadata(obj: EnterpriseSearchSpecHttpServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Spec is the specification of the service.
 *
 * @schema EnterpriseSearchSpecHttpServiceSpec
 */
export interface EnterpriseSearchSpecHttpServiceSpec {
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
     * @schema EnterpriseSearchSpecHttpServiceSpec#allocateLoadBalancerNodePorts
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
     * @schema EnterpriseSearchSpecHttpServiceSpec#clusterIP
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
     * @schema EnterpriseSearchSpecHttpServiceSpec#clusterIPs
     */
    readonly clusterIPs?: string[];
    /**
     * externalIPs is a list of IP addresses for which nodes in the cluster
     * will also accept traffic for this service.  These IPs are not managed by
     * Kubernetes.  The user is responsible for ensuring that traffic arrives
     * at a node with this IP.  A common example is external load-balancers
     * that are not part of the Kubernetes system.
     *
     * @schema EnterpriseSearchSpecHttpServiceSpec#externalIPs
     */
    readonly externalIPs?: string[];
    /**
     * externalName is the external reference that discovery mechanisms will
     * return as an alias for this service (e.g. a DNS CNAME record). No
     * proxying will be involved.  Must be a lowercase RFC-1123 hostname
     * (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".
     *
     * @schema EnterpriseSearchSpecHttpServiceSpec#externalName
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
     * @schema EnterpriseSearchSpecHttpServiceSpec#externalTrafficPolicy
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
     * @schema EnterpriseSearchSpecHttpServiceSpec#healthCheckNodePort
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
     * @schema EnterpriseSearchSpecHttpServiceSpec#internalTrafficPolicy
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
     * @schema EnterpriseSearchSpecHttpServiceSpec#ipFamilies
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
     * @schema EnterpriseSearchSpecHttpServiceSpec#ipFamilyPolicy
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
     * @schema EnterpriseSearchSpecHttpServiceSpec#loadBalancerClass
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
     * @schema EnterpriseSearchSpecHttpServiceSpec#loadBalancerIP
     */
    readonly loadBalancerIp?: string;
    /**
     * If specified and supported by the platform, this will restrict traffic through the cloud-provider
     * load-balancer will be restricted to the specified client IPs. This field will be ignored if the
     * cloud-provider does not support the feature."
     * More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/
     *
     * @schema EnterpriseSearchSpecHttpServiceSpec#loadBalancerSourceRanges
     */
    readonly loadBalancerSourceRanges?: string[];
    /**
     * The list of ports that are exposed by this service.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema EnterpriseSearchSpecHttpServiceSpec#ports
     */
    readonly ports?: EnterpriseSearchSpecHttpServiceSpecPorts[];
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
     * @schema EnterpriseSearchSpecHttpServiceSpec#publishNotReadyAddresses
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
     * @schema EnterpriseSearchSpecHttpServiceSpec#selector
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
     * @schema EnterpriseSearchSpecHttpServiceSpec#sessionAffinity
     */
    readonly sessionAffinity?: string;
    /**
     * sessionAffinityConfig contains the configurations of session affinity.
     *
     * @schema EnterpriseSearchSpecHttpServiceSpec#sessionAffinityConfig
     */
    readonly sessionAffinityConfig?: EnterpriseSearchSpecHttpServiceSpecSessionAffinityConfig;
    /**
     * TrafficDistribution offers a way to express preferences for how traffic
     * is distributed to Service endpoints. Implementations can use this field
     * as a hint, but are not required to guarantee strict adherence. If the
     * field is not set, the implementation will apply its default routing
     * strategy. If set to "PreferClose", implementations should prioritize
     * endpoints that are in the same zone.
     *
     * @schema EnterpriseSearchSpecHttpServiceSpec#trafficDistribution
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
     * @schema EnterpriseSearchSpecHttpServiceSpec#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'EnterpriseSearchSpecHttpServiceSpec' to JSON representation.
 */
export declare function toJson_EnterpriseSearchSpecHttpServiceSpec(obj: EnterpriseSearchSpecHttpServiceSpec | undefined): Record<string, any> | undefined;
/**
 * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
 * The referenced secret should contain the following:
 *
 * - `ca.crt`: The certificate authority (optional).
 * - `tls.crt`: The certificate (or a chain).
 * - `tls.key`: The private key to the first certificate in the certificate chain.
 *
 * @schema EnterpriseSearchSpecHttpTlsCertificate
 */
export interface EnterpriseSearchSpecHttpTlsCertificate {
    /**
     * SecretName is the name of the secret.
     *
     * @schema EnterpriseSearchSpecHttpTlsCertificate#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'EnterpriseSearchSpecHttpTlsCertificate' to JSON representation.
 */
export declare function toJson_EnterpriseSearchSpecHttpTlsCertificate(obj: EnterpriseSearchSpecHttpTlsCertificate | undefined): Record<string, any> | undefined;
/**
 * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
 *
 * @schema EnterpriseSearchSpecHttpTlsSelfSignedCertificate
 */
export interface EnterpriseSearchSpecHttpTlsSelfSignedCertificate {
    /**
     * Disabled indicates that the provisioning of the self-signed certificate should be disabled.
     *
     * @schema EnterpriseSearchSpecHttpTlsSelfSignedCertificate#disabled
     */
    readonly disabled?: boolean;
    /**
     * SubjectAlternativeNames is a list of SANs to include in the generated HTTP TLS certificate.
     *
     * @schema EnterpriseSearchSpecHttpTlsSelfSignedCertificate#subjectAltNames
     */
    readonly subjectAltNames?: EnterpriseSearchSpecHttpTlsSelfSignedCertificateSubjectAltNames[];
}
/**
 * Converts an object of type 'EnterpriseSearchSpecHttpTlsSelfSignedCertificate' to JSON representation.
 */
export declare function toJson_EnterpriseSearchSpecHttpTlsSelfSignedCertificate(obj: EnterpriseSearchSpecHttpTlsSelfSignedCertificate | undefined): Record<string, any> | undefined;
/**
 * CPU overrides the main container's CPU request/limit when the parent Resources
 * is merged into a PodTemplate. A nil value means "do not override": any CPU
 * value already set on the main container in the PodTemplate is passed through
 * unchanged. Setting this field to nil does not unset a CPU value present in
 * the PodTemplate; to remove it, edit the PodTemplate's container resources.
 * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
 *
 * @schema EnterpriseSearchSpecResourcesLimitsCpu
 */
export declare class EnterpriseSearchSpecResourcesLimitsCpu {
    readonly value: number | string;
    static fromNumber(value: number): EnterpriseSearchSpecResourcesLimitsCpu;
    static fromString(value: string): EnterpriseSearchSpecResourcesLimitsCpu;
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
 * @schema EnterpriseSearchSpecResourcesLimitsMemory
 */
export declare class EnterpriseSearchSpecResourcesLimitsMemory {
    readonly value: number | string;
    static fromNumber(value: number): EnterpriseSearchSpecResourcesLimitsMemory;
    static fromString(value: string): EnterpriseSearchSpecResourcesLimitsMemory;
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
 * @schema EnterpriseSearchSpecResourcesRequestsCpu
 */
export declare class EnterpriseSearchSpecResourcesRequestsCpu {
    readonly value: number | string;
    static fromNumber(value: number): EnterpriseSearchSpecResourcesRequestsCpu;
    static fromString(value: string): EnterpriseSearchSpecResourcesRequestsCpu;
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
 * @schema EnterpriseSearchSpecResourcesRequestsMemory
 */
export declare class EnterpriseSearchSpecResourcesRequestsMemory {
    readonly value: number | string;
    static fromNumber(value: number): EnterpriseSearchSpecResourcesRequestsMemory;
    static fromString(value: string): EnterpriseSearchSpecResourcesRequestsMemory;
    private constructor();
}
/**
 * ServicePort contains information on service's port.
 *
 * @schema EnterpriseSearchSpecHttpServiceSpecPorts
 */
export interface EnterpriseSearchSpecHttpServiceSpecPorts {
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
     * @schema EnterpriseSearchSpecHttpServiceSpecPorts#appProtocol
     */
    readonly appProtocol?: string;
    /**
     * The name of this port within the service. This must be a DNS_LABEL.
     * All ports within a ServiceSpec must have unique names. When considering
     * the endpoints for a Service, this must match the 'name' field in the
     * EndpointPort.
     * Optional if only one ServicePort is defined on this service.
     *
     * @schema EnterpriseSearchSpecHttpServiceSpecPorts#name
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
     * @schema EnterpriseSearchSpecHttpServiceSpecPorts#nodePort
     */
    readonly nodePort?: number;
    /**
     * The port that will be exposed by this service.
     *
     * @schema EnterpriseSearchSpecHttpServiceSpecPorts#port
     */
    readonly port: number;
    /**
     * The IP protocol for this port. Supports "TCP", "UDP", and "SCTP".
     * Default is TCP.
     *
     * @default TCP.
     * @schema EnterpriseSearchSpecHttpServiceSpecPorts#protocol
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
     * @schema EnterpriseSearchSpecHttpServiceSpecPorts#targetPort
     */
    readonly targetPort?: EnterpriseSearchSpecHttpServiceSpecPortsTargetPort;
}
/**
 * Converts an object of type 'EnterpriseSearchSpecHttpServiceSpecPorts' to JSON representation.
 */
export declare function toJson_EnterpriseSearchSpecHttpServiceSpecPorts(obj: EnterpriseSearchSpecHttpServiceSpecPorts | undefined): Record<string, any> | undefined;
/**
 * sessionAffinityConfig contains the configurations of session affinity.
 *
 * @schema EnterpriseSearchSpecHttpServiceSpecSessionAffinityConfig
 */
export interface EnterpriseSearchSpecHttpServiceSpecSessionAffinityConfig {
    /**
     * clientIP contains the configurations of Client IP based session affinity.
     *
     * @schema EnterpriseSearchSpecHttpServiceSpecSessionAffinityConfig#clientIP
     */
    readonly clientIp?: EnterpriseSearchSpecHttpServiceSpecSessionAffinityConfigClientIp;
}
/**
 * Converts an object of type 'EnterpriseSearchSpecHttpServiceSpecSessionAffinityConfig' to JSON representation.
 */
export declare function toJson_EnterpriseSearchSpecHttpServiceSpecSessionAffinityConfig(obj: EnterpriseSearchSpecHttpServiceSpecSessionAffinityConfig | undefined): Record<string, any> | undefined;
/**
 * SubjectAlternativeName represents a SAN entry in a x509 certificate.
 *
 * @schema EnterpriseSearchSpecHttpTlsSelfSignedCertificateSubjectAltNames
 */
export interface EnterpriseSearchSpecHttpTlsSelfSignedCertificateSubjectAltNames {
    /**
     * DNS is the DNS name of the subject.
     *
     * @schema EnterpriseSearchSpecHttpTlsSelfSignedCertificateSubjectAltNames#dns
     */
    readonly dns?: string;
    /**
     * IP is the IP address of the subject.
     *
     * @schema EnterpriseSearchSpecHttpTlsSelfSignedCertificateSubjectAltNames#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'EnterpriseSearchSpecHttpTlsSelfSignedCertificateSubjectAltNames' to JSON representation.
 */
export declare function toJson_EnterpriseSearchSpecHttpTlsSelfSignedCertificateSubjectAltNames(obj: EnterpriseSearchSpecHttpTlsSelfSignedCertificateSubjectAltNames | undefined): Record<string, any> | undefined;
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
 * @schema EnterpriseSearchSpecHttpServiceSpecPortsTargetPort
 */
export declare class EnterpriseSearchSpecHttpServiceSpecPortsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): EnterpriseSearchSpecHttpServiceSpecPortsTargetPort;
    static fromString(value: string): EnterpriseSearchSpecHttpServiceSpecPortsTargetPort;
    private constructor();
}
/**
 * clientIP contains the configurations of Client IP based session affinity.
 *
 * @schema EnterpriseSearchSpecHttpServiceSpecSessionAffinityConfigClientIp
 */
export interface EnterpriseSearchSpecHttpServiceSpecSessionAffinityConfigClientIp {
    /**
     * timeoutSeconds specifies the seconds of ClientIP type session sticky time.
     * The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP".
     * Default value is 10800(for 3 hours).
     *
     * @schema EnterpriseSearchSpecHttpServiceSpecSessionAffinityConfigClientIp#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'EnterpriseSearchSpecHttpServiceSpecSessionAffinityConfigClientIp' to JSON representation.
 */
export declare function toJson_EnterpriseSearchSpecHttpServiceSpecSessionAffinityConfigClientIp(obj: EnterpriseSearchSpecHttpServiceSpecSessionAffinityConfigClientIp | undefined): Record<string, any> | undefined;
/**
 * EnterpriseSearch is a Kubernetes CRD to represent Enterprise Search.
 *
 * @schema EnterpriseSearchV1Beta1
 */
export declare class EnterpriseSearchV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "EnterpriseSearchV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "EnterpriseSearchV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: EnterpriseSearchV1Beta1Props): any;
    /**
     * Defines a "EnterpriseSearchV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: EnterpriseSearchV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * EnterpriseSearch is a Kubernetes CRD to represent Enterprise Search.
 *
 * @schema EnterpriseSearchV1Beta1
 */
export interface EnterpriseSearchV1Beta1Props {
    /**
     * @schema EnterpriseSearchV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * EnterpriseSearchSpec holds the specification of an Enterprise Search resource.
     *
     * @schema EnterpriseSearchV1Beta1#spec
     */
    readonly spec?: EnterpriseSearchV1Beta1Spec;
}
/**
 * Converts an object of type 'EnterpriseSearchV1Beta1Props' to JSON representation.
 */
export declare function toJson_EnterpriseSearchV1Beta1Props(obj: EnterpriseSearchV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * EnterpriseSearchSpec holds the specification of an Enterprise Search resource.
 *
 * @schema EnterpriseSearchV1Beta1Spec
 */
export interface EnterpriseSearchV1Beta1Spec {
    /**
     * Config holds the Enterprise Search configuration.
     *
     * @schema EnterpriseSearchV1Beta1Spec#config
     */
    readonly config?: any;
    /**
     * ConfigRef contains a reference to an existing Kubernetes Secret holding the Enterprise Search configuration.
     * Configuration settings are merged and have precedence over settings specified in `config`.
     *
     * @schema EnterpriseSearchV1Beta1Spec#configRef
     */
    readonly configRef?: EnterpriseSearchV1Beta1SpecConfigRef;
    /**
     * Count of Enterprise Search instances to deploy.
     *
     * @schema EnterpriseSearchV1Beta1Spec#count
     */
    readonly count?: number;
    /**
     * ElasticsearchRef is a reference to the Elasticsearch cluster running in the same Kubernetes cluster.
     *
     * @schema EnterpriseSearchV1Beta1Spec#elasticsearchRef
     */
    readonly elasticsearchRef?: EnterpriseSearchV1Beta1SpecElasticsearchRef;
    /**
     * HTTP holds the HTTP layer configuration for Enterprise Search resource.
     *
     * @schema EnterpriseSearchV1Beta1Spec#http
     */
    readonly http?: EnterpriseSearchV1Beta1SpecHttp;
    /**
     * Image is the Enterprise Search Docker image to deploy.
     *
     * @schema EnterpriseSearchV1Beta1Spec#image
     */
    readonly image?: string;
    /**
     * PodTemplate provides customization options (labels, annotations, affinity rules, resource requests, and so on)
     * for the Enterprise Search pods.
     *
     * @schema EnterpriseSearchV1Beta1Spec#podTemplate
     */
    readonly podTemplate?: any;
    /**
     * ServiceAccountName is used to check access from the current resource to a resource (for ex. Elasticsearch) in a different namespace.
     * Can only be used if ECK is enforcing RBAC on references.
     *
     * @schema EnterpriseSearchV1Beta1Spec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * Version of Enterprise Search.
     *
     * @schema EnterpriseSearchV1Beta1Spec#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'EnterpriseSearchV1Beta1Spec' to JSON representation.
 */
export declare function toJson_EnterpriseSearchV1Beta1Spec(obj: EnterpriseSearchV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * ConfigRef contains a reference to an existing Kubernetes Secret holding the Enterprise Search configuration.
 * Configuration settings are merged and have precedence over settings specified in `config`.
 *
 * @schema EnterpriseSearchV1Beta1SpecConfigRef
 */
export interface EnterpriseSearchV1Beta1SpecConfigRef {
    /**
     * SecretName is the name of the secret.
     *
     * @schema EnterpriseSearchV1Beta1SpecConfigRef#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'EnterpriseSearchV1Beta1SpecConfigRef' to JSON representation.
 */
export declare function toJson_EnterpriseSearchV1Beta1SpecConfigRef(obj: EnterpriseSearchV1Beta1SpecConfigRef | undefined): Record<string, any> | undefined;
/**
 * ElasticsearchRef is a reference to the Elasticsearch cluster running in the same Kubernetes cluster.
 *
 * @schema EnterpriseSearchV1Beta1SpecElasticsearchRef
 */
export interface EnterpriseSearchV1Beta1SpecElasticsearchRef {
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema EnterpriseSearchV1Beta1SpecElasticsearchRef#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema EnterpriseSearchV1Beta1SpecElasticsearchRef#namespace
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
     * @schema EnterpriseSearchV1Beta1SpecElasticsearchRef#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema EnterpriseSearchV1Beta1SpecElasticsearchRef#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'EnterpriseSearchV1Beta1SpecElasticsearchRef' to JSON representation.
 */
export declare function toJson_EnterpriseSearchV1Beta1SpecElasticsearchRef(obj: EnterpriseSearchV1Beta1SpecElasticsearchRef | undefined): Record<string, any> | undefined;
/**
 * HTTP holds the HTTP layer configuration for Enterprise Search resource.
 *
 * @schema EnterpriseSearchV1Beta1SpecHttp
 */
export interface EnterpriseSearchV1Beta1SpecHttp {
    /**
     * Service defines the template for the associated Kubernetes Service object.
     *
     * @schema EnterpriseSearchV1Beta1SpecHttp#service
     */
    readonly service?: EnterpriseSearchV1Beta1SpecHttpService;
    /**
     * TLS defines options for configuring TLS for HTTP.
     *
     * @schema EnterpriseSearchV1Beta1SpecHttp#tls
     */
    readonly tls?: EnterpriseSearchV1Beta1SpecHttpTls;
}
/**
 * Converts an object of type 'EnterpriseSearchV1Beta1SpecHttp' to JSON representation.
 */
export declare function toJson_EnterpriseSearchV1Beta1SpecHttp(obj: EnterpriseSearchV1Beta1SpecHttp | undefined): Record<string, any> | undefined;
/**
 * Service defines the template for the associated Kubernetes Service object.
 *
 * @schema EnterpriseSearchV1Beta1SpecHttpService
 */
export interface EnterpriseSearchV1Beta1SpecHttpService {
    /**
     * ObjectMeta is the metadata of the service.
     * The name and namespace provided here are managed by ECK and will be ignored.
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpService#metadata
     */
    readonly metadata?: EnterpriseSearchV1Beta1SpecHttpServiceMetadata;
    /**
     * Spec is the specification of the service.
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpService#spec
     */
    readonly spec?: EnterpriseSearchV1Beta1SpecHttpServiceSpec;
}
/**
 * Converts an object of type 'EnterpriseSearchV1Beta1SpecHttpService' to JSON representation.
 */
export declare function toJson_EnterpriseSearchV1Beta1SpecHttpService(obj: EnterpriseSearchV1Beta1SpecHttpService | undefined): Record<string, any> | undefined;
/**
 * TLS defines options for configuring TLS for HTTP.
 *
 * @schema EnterpriseSearchV1Beta1SpecHttpTls
 */
export interface EnterpriseSearchV1Beta1SpecHttpTls {
    /**
     * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
     * The referenced secret should contain the following:
     *
     * - `ca.crt`: The certificate authority (optional).
     * - `tls.crt`: The certificate (or a chain).
     * - `tls.key`: The private key to the first certificate in the certificate chain.
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpTls#certificate
     */
    readonly certificate?: EnterpriseSearchV1Beta1SpecHttpTlsCertificate;
    /**
     * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpTls#selfSignedCertificate
     */
    readonly selfSignedCertificate?: EnterpriseSearchV1Beta1SpecHttpTlsSelfSignedCertificate;
}
/**
 * Converts an object of type 'EnterpriseSearchV1Beta1SpecHttpTls' to JSON representation.
 */
export declare function toJson_EnterpriseSearchV1Beta1SpecHttpTls(obj: EnterpriseSearchV1Beta1SpecHttpTls | undefined): Record<string, any> | undefined;
/**
 * ObjectMeta is the metadata of the service.
 * The name and namespace provided here are managed by ECK and will be ignored.
 *
 * @schema EnterpriseSearchV1Beta1SpecHttpServiceMetadata
 */
export interface EnterpriseSearchV1Beta1SpecHttpServiceMetadata {
    /**
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceMetadata#name
     */
    readonly name?: string;
    /**
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'EnterpriseSearchV1Beta1SpecHttpServiceMetadata' to JSON representation.
 */
export declare function toJson_EnterpriseSearchV1Beta1SpecHttpServiceMetadata(obj: EnterpriseSearchV1Beta1SpecHttpServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Spec is the specification of the service.
 *
 * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec
 */
export interface EnterpriseSearchV1Beta1SpecHttpServiceSpec {
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
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#allocateLoadBalancerNodePorts
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
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#clusterIP
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
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#clusterIPs
     */
    readonly clusterIPs?: string[];
    /**
     * externalIPs is a list of IP addresses for which nodes in the cluster
     * will also accept traffic for this service.  These IPs are not managed by
     * Kubernetes.  The user is responsible for ensuring that traffic arrives
     * at a node with this IP.  A common example is external load-balancers
     * that are not part of the Kubernetes system.
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#externalIPs
     */
    readonly externalIPs?: string[];
    /**
     * externalName is the external reference that discovery mechanisms will
     * return as an alias for this service (e.g. a DNS CNAME record). No
     * proxying will be involved.  Must be a lowercase RFC-1123 hostname
     * (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#externalName
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
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#externalTrafficPolicy
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
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#healthCheckNodePort
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
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#internalTrafficPolicy
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
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#ipFamilies
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
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#ipFamilyPolicy
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
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#loadBalancerClass
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
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#loadBalancerIP
     */
    readonly loadBalancerIp?: string;
    /**
     * If specified and supported by the platform, this will restrict traffic through the cloud-provider
     * load-balancer will be restricted to the specified client IPs. This field will be ignored if the
     * cloud-provider does not support the feature."
     * More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#loadBalancerSourceRanges
     */
    readonly loadBalancerSourceRanges?: string[];
    /**
     * The list of ports that are exposed by this service.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#ports
     */
    readonly ports?: EnterpriseSearchV1Beta1SpecHttpServiceSpecPorts[];
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
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#publishNotReadyAddresses
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
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#selector
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
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#sessionAffinity
     */
    readonly sessionAffinity?: string;
    /**
     * sessionAffinityConfig contains the configurations of session affinity.
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#sessionAffinityConfig
     */
    readonly sessionAffinityConfig?: EnterpriseSearchV1Beta1SpecHttpServiceSpecSessionAffinityConfig;
    /**
     * TrafficDistribution offers a way to express preferences for how traffic
     * is distributed to Service endpoints. Implementations can use this field
     * as a hint, but are not required to guarantee strict adherence. If the
     * field is not set, the implementation will apply its default routing
     * strategy. If set to "PreferClose", implementations should prioritize
     * endpoints that are in the same zone.
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#trafficDistribution
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
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpec#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'EnterpriseSearchV1Beta1SpecHttpServiceSpec' to JSON representation.
 */
export declare function toJson_EnterpriseSearchV1Beta1SpecHttpServiceSpec(obj: EnterpriseSearchV1Beta1SpecHttpServiceSpec | undefined): Record<string, any> | undefined;
/**
 * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
 * The referenced secret should contain the following:
 *
 * - `ca.crt`: The certificate authority (optional).
 * - `tls.crt`: The certificate (or a chain).
 * - `tls.key`: The private key to the first certificate in the certificate chain.
 *
 * @schema EnterpriseSearchV1Beta1SpecHttpTlsCertificate
 */
export interface EnterpriseSearchV1Beta1SpecHttpTlsCertificate {
    /**
     * SecretName is the name of the secret.
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpTlsCertificate#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'EnterpriseSearchV1Beta1SpecHttpTlsCertificate' to JSON representation.
 */
export declare function toJson_EnterpriseSearchV1Beta1SpecHttpTlsCertificate(obj: EnterpriseSearchV1Beta1SpecHttpTlsCertificate | undefined): Record<string, any> | undefined;
/**
 * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
 *
 * @schema EnterpriseSearchV1Beta1SpecHttpTlsSelfSignedCertificate
 */
export interface EnterpriseSearchV1Beta1SpecHttpTlsSelfSignedCertificate {
    /**
     * Disabled indicates that the provisioning of the self-signed certificate should be disabled.
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpTlsSelfSignedCertificate#disabled
     */
    readonly disabled?: boolean;
    /**
     * SubjectAlternativeNames is a list of SANs to include in the generated HTTP TLS certificate.
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpTlsSelfSignedCertificate#subjectAltNames
     */
    readonly subjectAltNames?: EnterpriseSearchV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames[];
}
/**
 * Converts an object of type 'EnterpriseSearchV1Beta1SpecHttpTlsSelfSignedCertificate' to JSON representation.
 */
export declare function toJson_EnterpriseSearchV1Beta1SpecHttpTlsSelfSignedCertificate(obj: EnterpriseSearchV1Beta1SpecHttpTlsSelfSignedCertificate | undefined): Record<string, any> | undefined;
/**
 * ServicePort contains information on service's port.
 *
 * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpecPorts
 */
export interface EnterpriseSearchV1Beta1SpecHttpServiceSpecPorts {
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
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpecPorts#appProtocol
     */
    readonly appProtocol?: string;
    /**
     * The name of this port within the service. This must be a DNS_LABEL.
     * All ports within a ServiceSpec must have unique names. When considering
     * the endpoints for a Service, this must match the 'name' field in the
     * EndpointPort.
     * Optional if only one ServicePort is defined on this service.
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpecPorts#name
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
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpecPorts#nodePort
     */
    readonly nodePort?: number;
    /**
     * The port that will be exposed by this service.
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpecPorts#port
     */
    readonly port: number;
    /**
     * The IP protocol for this port. Supports "TCP", "UDP", and "SCTP".
     * Default is TCP.
     *
     * @default TCP.
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpecPorts#protocol
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
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpecPorts#targetPort
     */
    readonly targetPort?: EnterpriseSearchV1Beta1SpecHttpServiceSpecPortsTargetPort;
}
/**
 * Converts an object of type 'EnterpriseSearchV1Beta1SpecHttpServiceSpecPorts' to JSON representation.
 */
export declare function toJson_EnterpriseSearchV1Beta1SpecHttpServiceSpecPorts(obj: EnterpriseSearchV1Beta1SpecHttpServiceSpecPorts | undefined): Record<string, any> | undefined;
/**
 * sessionAffinityConfig contains the configurations of session affinity.
 *
 * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpecSessionAffinityConfig
 */
export interface EnterpriseSearchV1Beta1SpecHttpServiceSpecSessionAffinityConfig {
    /**
     * clientIP contains the configurations of Client IP based session affinity.
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpecSessionAffinityConfig#clientIP
     */
    readonly clientIp?: EnterpriseSearchV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp;
}
/**
 * Converts an object of type 'EnterpriseSearchV1Beta1SpecHttpServiceSpecSessionAffinityConfig' to JSON representation.
 */
export declare function toJson_EnterpriseSearchV1Beta1SpecHttpServiceSpecSessionAffinityConfig(obj: EnterpriseSearchV1Beta1SpecHttpServiceSpecSessionAffinityConfig | undefined): Record<string, any> | undefined;
/**
 * SubjectAlternativeName represents a SAN entry in a x509 certificate.
 *
 * @schema EnterpriseSearchV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames
 */
export interface EnterpriseSearchV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames {
    /**
     * DNS is the DNS name of the subject.
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames#dns
     */
    readonly dns?: string;
    /**
     * IP is the IP address of the subject.
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'EnterpriseSearchV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames' to JSON representation.
 */
export declare function toJson_EnterpriseSearchV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames(obj: EnterpriseSearchV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames | undefined): Record<string, any> | undefined;
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
 * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpecPortsTargetPort
 */
export declare class EnterpriseSearchV1Beta1SpecHttpServiceSpecPortsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): EnterpriseSearchV1Beta1SpecHttpServiceSpecPortsTargetPort;
    static fromString(value: string): EnterpriseSearchV1Beta1SpecHttpServiceSpecPortsTargetPort;
    private constructor();
}
/**
 * clientIP contains the configurations of Client IP based session affinity.
 *
 * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp
 */
export interface EnterpriseSearchV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp {
    /**
     * timeoutSeconds specifies the seconds of ClientIP type session sticky time.
     * The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP".
     * Default value is 10800(for 3 hours).
     *
     * @schema EnterpriseSearchV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'EnterpriseSearchV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp' to JSON representation.
 */
export declare function toJson_EnterpriseSearchV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp(obj: EnterpriseSearchV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp | undefined): Record<string, any> | undefined;
