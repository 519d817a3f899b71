import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * ApmServer represents an APM Server resource in a Kubernetes cluster.
 *
 * @schema ApmServer
 */
export declare class ApmServer extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ApmServer"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ApmServer".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ApmServerProps): any;
    /**
     * Defines a "ApmServer" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ApmServerProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ApmServer represents an APM Server resource in a Kubernetes cluster.
 *
 * @schema ApmServer
 */
export interface ApmServerProps {
    /**
     * @schema ApmServer#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ApmServerSpec holds the specification of an APM Server.
     *
     * @schema ApmServer#spec
     */
    readonly spec?: ApmServerSpec;
}
/**
 * Converts an object of type 'ApmServerProps' to JSON representation.
 */
export declare function toJson_ApmServerProps(obj: ApmServerProps | undefined): Record<string, any> | undefined;
/**
 * ApmServerSpec holds the specification of an APM Server.
 *
 * @schema ApmServerSpec
 */
export interface ApmServerSpec {
    /**
     * Config holds the APM Server configuration. See: https://www.elastic.co/docs/solutions/observability/apm/apm-server/configure
     *
     * @schema ApmServerSpec#config
     */
    readonly config?: any;
    /**
     * Count of APM Server instances to deploy.
     *
     * @schema ApmServerSpec#count
     */
    readonly count?: number;
    /**
     * ElasticsearchRef is a reference to the output Elasticsearch cluster running in the same Kubernetes cluster.
     *
     * @schema ApmServerSpec#elasticsearchRef
     */
    readonly elasticsearchRef?: ApmServerSpecElasticsearchRef;
    /**
     * HTTP holds the HTTP layer configuration for the APM Server resource.
     *
     * @schema ApmServerSpec#http
     */
    readonly http?: ApmServerSpecHttp;
    /**
     * Image is the APM Server Docker image to deploy.
     *
     * @schema ApmServerSpec#image
     */
    readonly image?: string;
    /**
     * KibanaRef is a reference to a Kibana instance running in the same Kubernetes cluster.
     * It allows APM agent central configuration management in Kibana.
     *
     * @schema ApmServerSpec#kibanaRef
     */
    readonly kibanaRef?: ApmServerSpecKibanaRef;
    /**
     * PodTemplate provides customization options (labels, annotations, affinity rules, resource requests, and so on) for the APM Server pods.
     *
     * @schema ApmServerSpec#podTemplate
     */
    readonly podTemplate?: any;
    /**
     * Resources provides a shorthand to set CPU and Memory resources on the APM Server container. When set, these
     * values override any CPU or memory resource settings specified in the PodTemplate for the primary APM Server
     * container. To set resources on other containers, use the PodTemplate.
     *
     * @schema ApmServerSpec#resources
     */
    readonly resources?: ApmServerSpecResources;
    /**
     * RevisionHistoryLimit is the number of revisions to retain to allow rollback in the underlying Deployment.
     *
     * @schema ApmServerSpec#revisionHistoryLimit
     */
    readonly revisionHistoryLimit?: number;
    /**
     * SecureSettings is a list of references to Kubernetes secrets containing sensitive configuration options for APM Server.
     *
     * @schema ApmServerSpec#secureSettings
     */
    readonly secureSettings?: ApmServerSpecSecureSettings[];
    /**
     * ServiceAccountName is used to check access from the current resource to a resource (for ex. Elasticsearch) in a different namespace.
     * Can only be used if ECK is enforcing RBAC on references.
     *
     * @schema ApmServerSpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * Version of the APM Server.
     *
     * @schema ApmServerSpec#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'ApmServerSpec' to JSON representation.
 */
export declare function toJson_ApmServerSpec(obj: ApmServerSpec | undefined): Record<string, any> | undefined;
/**
 * ElasticsearchRef is a reference to the output Elasticsearch cluster running in the same Kubernetes cluster.
 *
 * @schema ApmServerSpecElasticsearchRef
 */
export interface ApmServerSpecElasticsearchRef {
    /**
     * ClientCertificateSecretName is the name of an existing Kubernetes secret containing a client certificate
     * (tls.crt) and private key (tls.key) for client authentication to the referenced resource.
     * This field is only relevant when the referenced Elasticsearch cluster has client authentication enabled.
     * If not specified and the referenced resource requires client authentication, ECK will auto-generate a
     * client certificate.
     *
     * @schema ApmServerSpecElasticsearchRef#clientCertificateSecretName
     */
    readonly clientCertificateSecretName?: string;
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema ApmServerSpecElasticsearchRef#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema ApmServerSpecElasticsearchRef#namespace
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
     * @schema ApmServerSpecElasticsearchRef#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema ApmServerSpecElasticsearchRef#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'ApmServerSpecElasticsearchRef' to JSON representation.
 */
export declare function toJson_ApmServerSpecElasticsearchRef(obj: ApmServerSpecElasticsearchRef | undefined): Record<string, any> | undefined;
/**
 * HTTP holds the HTTP layer configuration for the APM Server resource.
 *
 * @schema ApmServerSpecHttp
 */
export interface ApmServerSpecHttp {
    /**
     * Service defines the template for the associated Kubernetes Service object.
     *
     * @schema ApmServerSpecHttp#service
     */
    readonly service?: ApmServerSpecHttpService;
    /**
     * TLS defines options for configuring TLS for HTTP.
     *
     * @schema ApmServerSpecHttp#tls
     */
    readonly tls?: ApmServerSpecHttpTls;
}
/**
 * Converts an object of type 'ApmServerSpecHttp' to JSON representation.
 */
export declare function toJson_ApmServerSpecHttp(obj: ApmServerSpecHttp | undefined): Record<string, any> | undefined;
/**
 * KibanaRef is a reference to a Kibana instance running in the same Kubernetes cluster.
 * It allows APM agent central configuration management in Kibana.
 *
 * @schema ApmServerSpecKibanaRef
 */
export interface ApmServerSpecKibanaRef {
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema ApmServerSpecKibanaRef#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema ApmServerSpecKibanaRef#namespace
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
     * @schema ApmServerSpecKibanaRef#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema ApmServerSpecKibanaRef#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'ApmServerSpecKibanaRef' to JSON representation.
 */
export declare function toJson_ApmServerSpecKibanaRef(obj: ApmServerSpecKibanaRef | undefined): Record<string, any> | undefined;
/**
 * Resources provides a shorthand to set CPU and Memory resources on the APM Server container. When set, these
 * values override any CPU or memory resource settings specified in the PodTemplate for the primary APM Server
 * container. To set resources on other containers, use the PodTemplate.
 *
 * @schema ApmServerSpecResources
 */
export interface ApmServerSpecResources {
    /**
     * Limits is the shorthand for the main container's CPU and memory limits.
     *
     * @schema ApmServerSpecResources#limits
     */
    readonly limits?: ApmServerSpecResourcesLimits;
    /**
     * Requests is the shorthand for the main container's CPU and memory requests.
     *
     * @schema ApmServerSpecResources#requests
     */
    readonly requests?: ApmServerSpecResourcesRequests;
}
/**
 * Converts an object of type 'ApmServerSpecResources' to JSON representation.
 */
export declare function toJson_ApmServerSpecResources(obj: ApmServerSpecResources | undefined): Record<string, any> | undefined;
/**
 * SecretSource defines a data source based on a Kubernetes Secret.
 *
 * @schema ApmServerSpecSecureSettings
 */
export interface ApmServerSpecSecureSettings {
    /**
     * Entries define how to project each key-value pair in the secret to filesystem paths.
     * If not defined, all keys will be projected to similarly named paths in the filesystem.
     * If defined, only the specified keys will be projected to the corresponding paths.
     *
     * @schema ApmServerSpecSecureSettings#entries
     */
    readonly entries?: ApmServerSpecSecureSettingsEntries[];
    /**
     * SecretName is the name of the secret.
     *
     * @schema ApmServerSpecSecureSettings#secretName
     */
    readonly secretName: string;
}
/**
 * Converts an object of type 'ApmServerSpecSecureSettings' to JSON representation.
 */
export declare function toJson_ApmServerSpecSecureSettings(obj: ApmServerSpecSecureSettings | undefined): Record<string, any> | undefined;
/**
 * Service defines the template for the associated Kubernetes Service object.
 *
 * @schema ApmServerSpecHttpService
 */
export interface ApmServerSpecHttpService {
    /**
     * ObjectMeta is the metadata of the service.
     * The name and namespace provided here are managed by ECK and will be ignored.
     *
     * @schema ApmServerSpecHttpService#metadata
     */
    readonly metadata?: ApmServerSpecHttpServiceMetadata;
    /**
     * Spec is the specification of the service.
     *
     * @schema ApmServerSpecHttpService#spec
     */
    readonly spec?: ApmServerSpecHttpServiceSpec;
}
/**
 * Converts an object of type 'ApmServerSpecHttpService' to JSON representation.
 */
export declare function toJson_ApmServerSpecHttpService(obj: ApmServerSpecHttpService | undefined): Record<string, any> | undefined;
/**
 * TLS defines options for configuring TLS for HTTP.
 *
 * @schema ApmServerSpecHttpTls
 */
export interface ApmServerSpecHttpTls {
    /**
     * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
     * The referenced secret should contain the following:
     *
     * - `ca.crt`: The certificate authority (optional).
     * - `tls.crt`: The certificate (or a chain).
     * - `tls.key`: The private key to the first certificate in the certificate chain.
     *
     * @schema ApmServerSpecHttpTls#certificate
     */
    readonly certificate?: ApmServerSpecHttpTlsCertificate;
    /**
     * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
     *
     * @schema ApmServerSpecHttpTls#selfSignedCertificate
     */
    readonly selfSignedCertificate?: ApmServerSpecHttpTlsSelfSignedCertificate;
}
/**
 * Converts an object of type 'ApmServerSpecHttpTls' to JSON representation.
 */
export declare function toJson_ApmServerSpecHttpTls(obj: ApmServerSpecHttpTls | undefined): Record<string, any> | undefined;
/**
 * Limits is the shorthand for the main container's CPU and memory limits.
 *
 * @schema ApmServerSpecResourcesLimits
 */
export interface ApmServerSpecResourcesLimits {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema ApmServerSpecResourcesLimits#cpu
     */
    readonly cpu?: ApmServerSpecResourcesLimitsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema ApmServerSpecResourcesLimits#memory
     */
    readonly memory?: ApmServerSpecResourcesLimitsMemory;
}
/**
 * Converts an object of type 'ApmServerSpecResourcesLimits' to JSON representation.
 */
export declare function toJson_ApmServerSpecResourcesLimits(obj: ApmServerSpecResourcesLimits | undefined): Record<string, any> | undefined;
/**
 * Requests is the shorthand for the main container's CPU and memory requests.
 *
 * @schema ApmServerSpecResourcesRequests
 */
export interface ApmServerSpecResourcesRequests {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema ApmServerSpecResourcesRequests#cpu
     */
    readonly cpu?: ApmServerSpecResourcesRequestsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema ApmServerSpecResourcesRequests#memory
     */
    readonly memory?: ApmServerSpecResourcesRequestsMemory;
}
/**
 * Converts an object of type 'ApmServerSpecResourcesRequests' to JSON representation.
 */
export declare function toJson_ApmServerSpecResourcesRequests(obj: ApmServerSpecResourcesRequests | undefined): Record<string, any> | undefined;
/**
 * KeyToPath defines how to map a key in a Secret object to a filesystem path.
 *
 * @schema ApmServerSpecSecureSettingsEntries
 */
export interface ApmServerSpecSecureSettingsEntries {
    /**
     * Key is the key contained in the secret.
     *
     * @schema ApmServerSpecSecureSettingsEntries#key
     */
    readonly key: string;
    /**
     * Path is the relative file path to map the key to.
     * Path must not be an absolute file path and must not contain any ".." components.
     *
     * @schema ApmServerSpecSecureSettingsEntries#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'ApmServerSpecSecureSettingsEntries' to JSON representation.
 */
export declare function toJson_ApmServerSpecSecureSettingsEntries(obj: ApmServerSpecSecureSettingsEntries | undefined): Record<string, any> | undefined;
/**
 * ObjectMeta is the metadata of the service.
 * The name and namespace provided here are managed by ECK and will be ignored.
 *
 * @schema ApmServerSpecHttpServiceMetadata
 */
export interface ApmServerSpecHttpServiceMetadata {
    /**
     * @schema ApmServerSpecHttpServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ApmServerSpecHttpServiceMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema ApmServerSpecHttpServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema ApmServerSpecHttpServiceMetadata#name
     */
    readonly name?: string;
    /**
     * @schema ApmServerSpecHttpServiceMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ApmServerSpecHttpServiceMetadata' to JSON representation.
 */
export declare function toJson_ApmServerSpecHttpServiceMetadata(obj: ApmServerSpecHttpServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Spec is the specification of the service.
 *
 * @schema ApmServerSpecHttpServiceSpec
 */
export interface ApmServerSpecHttpServiceSpec {
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
     * @schema ApmServerSpecHttpServiceSpec#allocateLoadBalancerNodePorts
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
     * @schema ApmServerSpecHttpServiceSpec#clusterIP
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
     * @schema ApmServerSpecHttpServiceSpec#clusterIPs
     */
    readonly clusterIPs?: string[];
    /**
     * externalIPs is a list of IP addresses for which nodes in the cluster
     * will also accept traffic for this service.  These IPs are not managed by
     * Kubernetes.  The user is responsible for ensuring that traffic arrives
     * at a node with this IP.  A common example is external load-balancers
     * that are not part of the Kubernetes system.
     *
     * @schema ApmServerSpecHttpServiceSpec#externalIPs
     */
    readonly externalIPs?: string[];
    /**
     * externalName is the external reference that discovery mechanisms will
     * return as an alias for this service (e.g. a DNS CNAME record). No
     * proxying will be involved.  Must be a lowercase RFC-1123 hostname
     * (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".
     *
     * @schema ApmServerSpecHttpServiceSpec#externalName
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
     * @schema ApmServerSpecHttpServiceSpec#externalTrafficPolicy
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
     * @schema ApmServerSpecHttpServiceSpec#healthCheckNodePort
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
     * @schema ApmServerSpecHttpServiceSpec#internalTrafficPolicy
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
     * @schema ApmServerSpecHttpServiceSpec#ipFamilies
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
     * @schema ApmServerSpecHttpServiceSpec#ipFamilyPolicy
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
     * @schema ApmServerSpecHttpServiceSpec#loadBalancerClass
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
     * @schema ApmServerSpecHttpServiceSpec#loadBalancerIP
     */
    readonly loadBalancerIp?: string;
    /**
     * If specified and supported by the platform, this will restrict traffic through the cloud-provider
     * load-balancer will be restricted to the specified client IPs. This field will be ignored if the
     * cloud-provider does not support the feature."
     * More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/
     *
     * @schema ApmServerSpecHttpServiceSpec#loadBalancerSourceRanges
     */
    readonly loadBalancerSourceRanges?: string[];
    /**
     * The list of ports that are exposed by this service.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema ApmServerSpecHttpServiceSpec#ports
     */
    readonly ports?: ApmServerSpecHttpServiceSpecPorts[];
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
     * @schema ApmServerSpecHttpServiceSpec#publishNotReadyAddresses
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
     * @schema ApmServerSpecHttpServiceSpec#selector
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
     * @schema ApmServerSpecHttpServiceSpec#sessionAffinity
     */
    readonly sessionAffinity?: string;
    /**
     * sessionAffinityConfig contains the configurations of session affinity.
     *
     * @schema ApmServerSpecHttpServiceSpec#sessionAffinityConfig
     */
    readonly sessionAffinityConfig?: ApmServerSpecHttpServiceSpecSessionAffinityConfig;
    /**
     * TrafficDistribution offers a way to express preferences for how traffic
     * is distributed to Service endpoints. Implementations can use this field
     * as a hint, but are not required to guarantee strict adherence. If the
     * field is not set, the implementation will apply its default routing
     * strategy. If set to "PreferClose", implementations should prioritize
     * endpoints that are in the same zone.
     *
     * @schema ApmServerSpecHttpServiceSpec#trafficDistribution
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
     * @schema ApmServerSpecHttpServiceSpec#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'ApmServerSpecHttpServiceSpec' to JSON representation.
 */
export declare function toJson_ApmServerSpecHttpServiceSpec(obj: ApmServerSpecHttpServiceSpec | undefined): Record<string, any> | undefined;
/**
 * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
 * The referenced secret should contain the following:
 *
 * - `ca.crt`: The certificate authority (optional).
 * - `tls.crt`: The certificate (or a chain).
 * - `tls.key`: The private key to the first certificate in the certificate chain.
 *
 * @schema ApmServerSpecHttpTlsCertificate
 */
export interface ApmServerSpecHttpTlsCertificate {
    /**
     * SecretName is the name of the secret.
     *
     * @schema ApmServerSpecHttpTlsCertificate#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'ApmServerSpecHttpTlsCertificate' to JSON representation.
 */
export declare function toJson_ApmServerSpecHttpTlsCertificate(obj: ApmServerSpecHttpTlsCertificate | undefined): Record<string, any> | undefined;
/**
 * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
 *
 * @schema ApmServerSpecHttpTlsSelfSignedCertificate
 */
export interface ApmServerSpecHttpTlsSelfSignedCertificate {
    /**
     * Disabled indicates that the provisioning of the self-signed certificate should be disabled.
     *
     * @schema ApmServerSpecHttpTlsSelfSignedCertificate#disabled
     */
    readonly disabled?: boolean;
    /**
     * SubjectAlternativeNames is a list of SANs to include in the generated HTTP TLS certificate.
     *
     * @schema ApmServerSpecHttpTlsSelfSignedCertificate#subjectAltNames
     */
    readonly subjectAltNames?: ApmServerSpecHttpTlsSelfSignedCertificateSubjectAltNames[];
}
/**
 * Converts an object of type 'ApmServerSpecHttpTlsSelfSignedCertificate' to JSON representation.
 */
export declare function toJson_ApmServerSpecHttpTlsSelfSignedCertificate(obj: ApmServerSpecHttpTlsSelfSignedCertificate | undefined): Record<string, any> | undefined;
/**
 * CPU overrides the main container's CPU request/limit when the parent Resources
 * is merged into a PodTemplate. A nil value means "do not override": any CPU
 * value already set on the main container in the PodTemplate is passed through
 * unchanged. Setting this field to nil does not unset a CPU value present in
 * the PodTemplate; to remove it, edit the PodTemplate's container resources.
 * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
 *
 * @schema ApmServerSpecResourcesLimitsCpu
 */
export declare class ApmServerSpecResourcesLimitsCpu {
    readonly value: number | string;
    static fromNumber(value: number): ApmServerSpecResourcesLimitsCpu;
    static fromString(value: string): ApmServerSpecResourcesLimitsCpu;
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
 * @schema ApmServerSpecResourcesLimitsMemory
 */
export declare class ApmServerSpecResourcesLimitsMemory {
    readonly value: number | string;
    static fromNumber(value: number): ApmServerSpecResourcesLimitsMemory;
    static fromString(value: string): ApmServerSpecResourcesLimitsMemory;
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
 * @schema ApmServerSpecResourcesRequestsCpu
 */
export declare class ApmServerSpecResourcesRequestsCpu {
    readonly value: number | string;
    static fromNumber(value: number): ApmServerSpecResourcesRequestsCpu;
    static fromString(value: string): ApmServerSpecResourcesRequestsCpu;
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
 * @schema ApmServerSpecResourcesRequestsMemory
 */
export declare class ApmServerSpecResourcesRequestsMemory {
    readonly value: number | string;
    static fromNumber(value: number): ApmServerSpecResourcesRequestsMemory;
    static fromString(value: string): ApmServerSpecResourcesRequestsMemory;
    private constructor();
}
/**
 * ServicePort contains information on service's port.
 *
 * @schema ApmServerSpecHttpServiceSpecPorts
 */
export interface ApmServerSpecHttpServiceSpecPorts {
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
     * @schema ApmServerSpecHttpServiceSpecPorts#appProtocol
     */
    readonly appProtocol?: string;
    /**
     * The name of this port within the service. This must be a DNS_LABEL.
     * All ports within a ServiceSpec must have unique names. When considering
     * the endpoints for a Service, this must match the 'name' field in the
     * EndpointPort.
     * Optional if only one ServicePort is defined on this service.
     *
     * @schema ApmServerSpecHttpServiceSpecPorts#name
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
     * @schema ApmServerSpecHttpServiceSpecPorts#nodePort
     */
    readonly nodePort?: number;
    /**
     * The port that will be exposed by this service.
     *
     * @schema ApmServerSpecHttpServiceSpecPorts#port
     */
    readonly port: number;
    /**
     * The IP protocol for this port. Supports "TCP", "UDP", and "SCTP".
     * Default is TCP.
     *
     * @default TCP.
     * @schema ApmServerSpecHttpServiceSpecPorts#protocol
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
     * @schema ApmServerSpecHttpServiceSpecPorts#targetPort
     */
    readonly targetPort?: ApmServerSpecHttpServiceSpecPortsTargetPort;
}
/**
 * Converts an object of type 'ApmServerSpecHttpServiceSpecPorts' to JSON representation.
 */
export declare function toJson_ApmServerSpecHttpServiceSpecPorts(obj: ApmServerSpecHttpServiceSpecPorts | undefined): Record<string, any> | undefined;
/**
 * sessionAffinityConfig contains the configurations of session affinity.
 *
 * @schema ApmServerSpecHttpServiceSpecSessionAffinityConfig
 */
export interface ApmServerSpecHttpServiceSpecSessionAffinityConfig {
    /**
     * clientIP contains the configurations of Client IP based session affinity.
     *
     * @schema ApmServerSpecHttpServiceSpecSessionAffinityConfig#clientIP
     */
    readonly clientIp?: ApmServerSpecHttpServiceSpecSessionAffinityConfigClientIp;
}
/**
 * Converts an object of type 'ApmServerSpecHttpServiceSpecSessionAffinityConfig' to JSON representation.
 */
export declare function toJson_ApmServerSpecHttpServiceSpecSessionAffinityConfig(obj: ApmServerSpecHttpServiceSpecSessionAffinityConfig | undefined): Record<string, any> | undefined;
/**
 * SubjectAlternativeName represents a SAN entry in a x509 certificate.
 *
 * @schema ApmServerSpecHttpTlsSelfSignedCertificateSubjectAltNames
 */
export interface ApmServerSpecHttpTlsSelfSignedCertificateSubjectAltNames {
    /**
     * DNS is the DNS name of the subject.
     *
     * @schema ApmServerSpecHttpTlsSelfSignedCertificateSubjectAltNames#dns
     */
    readonly dns?: string;
    /**
     * IP is the IP address of the subject.
     *
     * @schema ApmServerSpecHttpTlsSelfSignedCertificateSubjectAltNames#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'ApmServerSpecHttpTlsSelfSignedCertificateSubjectAltNames' to JSON representation.
 */
export declare function toJson_ApmServerSpecHttpTlsSelfSignedCertificateSubjectAltNames(obj: ApmServerSpecHttpTlsSelfSignedCertificateSubjectAltNames | undefined): Record<string, any> | undefined;
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
 * @schema ApmServerSpecHttpServiceSpecPortsTargetPort
 */
export declare class ApmServerSpecHttpServiceSpecPortsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): ApmServerSpecHttpServiceSpecPortsTargetPort;
    static fromString(value: string): ApmServerSpecHttpServiceSpecPortsTargetPort;
    private constructor();
}
/**
 * clientIP contains the configurations of Client IP based session affinity.
 *
 * @schema ApmServerSpecHttpServiceSpecSessionAffinityConfigClientIp
 */
export interface ApmServerSpecHttpServiceSpecSessionAffinityConfigClientIp {
    /**
     * timeoutSeconds specifies the seconds of ClientIP type session sticky time.
     * The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP".
     * Default value is 10800(for 3 hours).
     *
     * @schema ApmServerSpecHttpServiceSpecSessionAffinityConfigClientIp#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'ApmServerSpecHttpServiceSpecSessionAffinityConfigClientIp' to JSON representation.
 */
export declare function toJson_ApmServerSpecHttpServiceSpecSessionAffinityConfigClientIp(obj: ApmServerSpecHttpServiceSpecSessionAffinityConfigClientIp | undefined): Record<string, any> | undefined;
/**
 * ApmServer represents an APM Server resource in a Kubernetes cluster.
 *
 * @schema ApmServerV1Beta1
 */
export declare class ApmServerV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ApmServerV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ApmServerV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ApmServerV1Beta1Props): any;
    /**
     * Defines a "ApmServerV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ApmServerV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * ApmServer represents an APM Server resource in a Kubernetes cluster.
 *
 * @schema ApmServerV1Beta1
 */
export interface ApmServerV1Beta1Props {
    /**
     * @schema ApmServerV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ApmServerSpec holds the specification of an APM Server.
     *
     * @schema ApmServerV1Beta1#spec
     */
    readonly spec?: ApmServerV1Beta1Spec;
}
/**
 * Converts an object of type 'ApmServerV1Beta1Props' to JSON representation.
 */
export declare function toJson_ApmServerV1Beta1Props(obj: ApmServerV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * ApmServerSpec holds the specification of an APM Server.
 *
 * @schema ApmServerV1Beta1Spec
 */
export interface ApmServerV1Beta1Spec {
    /**
     * Config holds the APM Server configuration. See: https://www.elastic.co/docs/solutions/observability/apm/apm-server/configure
     *
     * @schema ApmServerV1Beta1Spec#config
     */
    readonly config?: any;
    /**
     * Count of APM Server instances to deploy.
     *
     * @schema ApmServerV1Beta1Spec#count
     */
    readonly count?: number;
    /**
     * ElasticsearchRef is a reference to the output Elasticsearch cluster running in the same Kubernetes cluster.
     *
     * @schema ApmServerV1Beta1Spec#elasticsearchRef
     */
    readonly elasticsearchRef?: ApmServerV1Beta1SpecElasticsearchRef;
    /**
     * HTTP holds the HTTP layer configuration for the APM Server resource.
     *
     * @schema ApmServerV1Beta1Spec#http
     */
    readonly http?: ApmServerV1Beta1SpecHttp;
    /**
     * Image is the APM Server Docker image to deploy.
     *
     * @schema ApmServerV1Beta1Spec#image
     */
    readonly image?: string;
    /**
     * PodTemplate provides customization options (labels, annotations, affinity rules, resource requests, and so on) for the APM Server pods.
     *
     * @schema ApmServerV1Beta1Spec#podTemplate
     */
    readonly podTemplate?: any;
    /**
     * SecureSettings is a list of references to Kubernetes secrets containing sensitive configuration options for APM Server.
     *
     * @schema ApmServerV1Beta1Spec#secureSettings
     */
    readonly secureSettings?: ApmServerV1Beta1SpecSecureSettings[];
    /**
     * Version of the APM Server.
     *
     * @schema ApmServerV1Beta1Spec#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'ApmServerV1Beta1Spec' to JSON representation.
 */
export declare function toJson_ApmServerV1Beta1Spec(obj: ApmServerV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * ElasticsearchRef is a reference to the output Elasticsearch cluster running in the same Kubernetes cluster.
 *
 * @schema ApmServerV1Beta1SpecElasticsearchRef
 */
export interface ApmServerV1Beta1SpecElasticsearchRef {
    /**
     * Name of the Kubernetes object.
     *
     * @schema ApmServerV1Beta1SpecElasticsearchRef#name
     */
    readonly name: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema ApmServerV1Beta1SpecElasticsearchRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ApmServerV1Beta1SpecElasticsearchRef' to JSON representation.
 */
export declare function toJson_ApmServerV1Beta1SpecElasticsearchRef(obj: ApmServerV1Beta1SpecElasticsearchRef | undefined): Record<string, any> | undefined;
/**
 * HTTP holds the HTTP layer configuration for the APM Server resource.
 *
 * @schema ApmServerV1Beta1SpecHttp
 */
export interface ApmServerV1Beta1SpecHttp {
    /**
     * Service defines the template for the associated Kubernetes Service object.
     *
     * @schema ApmServerV1Beta1SpecHttp#service
     */
    readonly service?: ApmServerV1Beta1SpecHttpService;
    /**
     * TLS defines options for configuring TLS for HTTP.
     *
     * @schema ApmServerV1Beta1SpecHttp#tls
     */
    readonly tls?: ApmServerV1Beta1SpecHttpTls;
}
/**
 * Converts an object of type 'ApmServerV1Beta1SpecHttp' to JSON representation.
 */
export declare function toJson_ApmServerV1Beta1SpecHttp(obj: ApmServerV1Beta1SpecHttp | undefined): Record<string, any> | undefined;
/**
 * SecretSource defines a data source based on a Kubernetes Secret.
 *
 * @schema ApmServerV1Beta1SpecSecureSettings
 */
export interface ApmServerV1Beta1SpecSecureSettings {
    /**
     * Entries define how to project each key-value pair in the secret to filesystem paths.
     * If not defined, all keys will be projected to similarly named paths in the filesystem.
     * If defined, only the specified keys will be projected to the corresponding paths.
     *
     * @schema ApmServerV1Beta1SpecSecureSettings#entries
     */
    readonly entries?: ApmServerV1Beta1SpecSecureSettingsEntries[];
    /**
     * SecretName is the name of the secret.
     *
     * @schema ApmServerV1Beta1SpecSecureSettings#secretName
     */
    readonly secretName: string;
}
/**
 * Converts an object of type 'ApmServerV1Beta1SpecSecureSettings' to JSON representation.
 */
export declare function toJson_ApmServerV1Beta1SpecSecureSettings(obj: ApmServerV1Beta1SpecSecureSettings | undefined): Record<string, any> | undefined;
/**
 * Service defines the template for the associated Kubernetes Service object.
 *
 * @schema ApmServerV1Beta1SpecHttpService
 */
export interface ApmServerV1Beta1SpecHttpService {
    /**
     * ObjectMeta is the metadata of the service.
     * The name and namespace provided here are managed by ECK and will be ignored.
     *
     * @schema ApmServerV1Beta1SpecHttpService#metadata
     */
    readonly metadata?: ApmServerV1Beta1SpecHttpServiceMetadata;
    /**
     * Spec is the specification of the service.
     *
     * @schema ApmServerV1Beta1SpecHttpService#spec
     */
    readonly spec?: ApmServerV1Beta1SpecHttpServiceSpec;
}
/**
 * Converts an object of type 'ApmServerV1Beta1SpecHttpService' to JSON representation.
 */
export declare function toJson_ApmServerV1Beta1SpecHttpService(obj: ApmServerV1Beta1SpecHttpService | undefined): Record<string, any> | undefined;
/**
 * TLS defines options for configuring TLS for HTTP.
 *
 * @schema ApmServerV1Beta1SpecHttpTls
 */
export interface ApmServerV1Beta1SpecHttpTls {
    /**
     * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
     * The referenced secret should contain the following:
     *
     * - `ca.crt`: The certificate authority (optional).
     * - `tls.crt`: The certificate (or a chain).
     * - `tls.key`: The private key to the first certificate in the certificate chain.
     *
     * @schema ApmServerV1Beta1SpecHttpTls#certificate
     */
    readonly certificate?: ApmServerV1Beta1SpecHttpTlsCertificate;
    /**
     * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
     *
     * @schema ApmServerV1Beta1SpecHttpTls#selfSignedCertificate
     */
    readonly selfSignedCertificate?: ApmServerV1Beta1SpecHttpTlsSelfSignedCertificate;
}
/**
 * Converts an object of type 'ApmServerV1Beta1SpecHttpTls' to JSON representation.
 */
export declare function toJson_ApmServerV1Beta1SpecHttpTls(obj: ApmServerV1Beta1SpecHttpTls | undefined): Record<string, any> | undefined;
/**
 * KeyToPath defines how to map a key in a Secret object to a filesystem path.
 *
 * @schema ApmServerV1Beta1SpecSecureSettingsEntries
 */
export interface ApmServerV1Beta1SpecSecureSettingsEntries {
    /**
     * Key is the key contained in the secret.
     *
     * @schema ApmServerV1Beta1SpecSecureSettingsEntries#key
     */
    readonly key: string;
    /**
     * Path is the relative file path to map the key to.
     * Path must not be an absolute file path and must not contain any ".." components.
     *
     * @schema ApmServerV1Beta1SpecSecureSettingsEntries#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'ApmServerV1Beta1SpecSecureSettingsEntries' to JSON representation.
 */
export declare function toJson_ApmServerV1Beta1SpecSecureSettingsEntries(obj: ApmServerV1Beta1SpecSecureSettingsEntries | undefined): Record<string, any> | undefined;
/**
 * ObjectMeta is the metadata of the service.
 * The name and namespace provided here are managed by ECK and will be ignored.
 *
 * @schema ApmServerV1Beta1SpecHttpServiceMetadata
 */
export interface ApmServerV1Beta1SpecHttpServiceMetadata {
    /**
     * @schema ApmServerV1Beta1SpecHttpServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema ApmServerV1Beta1SpecHttpServiceMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema ApmServerV1Beta1SpecHttpServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema ApmServerV1Beta1SpecHttpServiceMetadata#name
     */
    readonly name?: string;
    /**
     * @schema ApmServerV1Beta1SpecHttpServiceMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'ApmServerV1Beta1SpecHttpServiceMetadata' to JSON representation.
 */
export declare function toJson_ApmServerV1Beta1SpecHttpServiceMetadata(obj: ApmServerV1Beta1SpecHttpServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Spec is the specification of the service.
 *
 * @schema ApmServerV1Beta1SpecHttpServiceSpec
 */
export interface ApmServerV1Beta1SpecHttpServiceSpec {
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
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#allocateLoadBalancerNodePorts
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
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#clusterIP
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
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#clusterIPs
     */
    readonly clusterIPs?: string[];
    /**
     * externalIPs is a list of IP addresses for which nodes in the cluster
     * will also accept traffic for this service.  These IPs are not managed by
     * Kubernetes.  The user is responsible for ensuring that traffic arrives
     * at a node with this IP.  A common example is external load-balancers
     * that are not part of the Kubernetes system.
     *
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#externalIPs
     */
    readonly externalIPs?: string[];
    /**
     * externalName is the external reference that discovery mechanisms will
     * return as an alias for this service (e.g. a DNS CNAME record). No
     * proxying will be involved.  Must be a lowercase RFC-1123 hostname
     * (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".
     *
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#externalName
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
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#externalTrafficPolicy
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
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#healthCheckNodePort
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
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#internalTrafficPolicy
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
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#ipFamilies
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
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#ipFamilyPolicy
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
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#loadBalancerClass
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
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#loadBalancerIP
     */
    readonly loadBalancerIp?: string;
    /**
     * If specified and supported by the platform, this will restrict traffic through the cloud-provider
     * load-balancer will be restricted to the specified client IPs. This field will be ignored if the
     * cloud-provider does not support the feature."
     * More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/
     *
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#loadBalancerSourceRanges
     */
    readonly loadBalancerSourceRanges?: string[];
    /**
     * The list of ports that are exposed by this service.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#ports
     */
    readonly ports?: ApmServerV1Beta1SpecHttpServiceSpecPorts[];
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
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#publishNotReadyAddresses
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
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#selector
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
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#sessionAffinity
     */
    readonly sessionAffinity?: string;
    /**
     * sessionAffinityConfig contains the configurations of session affinity.
     *
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#sessionAffinityConfig
     */
    readonly sessionAffinityConfig?: ApmServerV1Beta1SpecHttpServiceSpecSessionAffinityConfig;
    /**
     * TrafficDistribution offers a way to express preferences for how traffic
     * is distributed to Service endpoints. Implementations can use this field
     * as a hint, but are not required to guarantee strict adherence. If the
     * field is not set, the implementation will apply its default routing
     * strategy. If set to "PreferClose", implementations should prioritize
     * endpoints that are in the same zone.
     *
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#trafficDistribution
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
     * @schema ApmServerV1Beta1SpecHttpServiceSpec#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'ApmServerV1Beta1SpecHttpServiceSpec' to JSON representation.
 */
export declare function toJson_ApmServerV1Beta1SpecHttpServiceSpec(obj: ApmServerV1Beta1SpecHttpServiceSpec | undefined): Record<string, any> | undefined;
/**
 * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
 * The referenced secret should contain the following:
 *
 * - `ca.crt`: The certificate authority (optional).
 * - `tls.crt`: The certificate (or a chain).
 * - `tls.key`: The private key to the first certificate in the certificate chain.
 *
 * @schema ApmServerV1Beta1SpecHttpTlsCertificate
 */
export interface ApmServerV1Beta1SpecHttpTlsCertificate {
    /**
     * SecretName is the name of the secret.
     *
     * @schema ApmServerV1Beta1SpecHttpTlsCertificate#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'ApmServerV1Beta1SpecHttpTlsCertificate' to JSON representation.
 */
export declare function toJson_ApmServerV1Beta1SpecHttpTlsCertificate(obj: ApmServerV1Beta1SpecHttpTlsCertificate | undefined): Record<string, any> | undefined;
/**
 * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
 *
 * @schema ApmServerV1Beta1SpecHttpTlsSelfSignedCertificate
 */
export interface ApmServerV1Beta1SpecHttpTlsSelfSignedCertificate {
    /**
     * Disabled indicates that the provisioning of the self-signed certifcate should be disabled.
     *
     * @schema ApmServerV1Beta1SpecHttpTlsSelfSignedCertificate#disabled
     */
    readonly disabled?: boolean;
    /**
     * SubjectAlternativeNames is a list of SANs to include in the generated HTTP TLS certificate.
     *
     * @schema ApmServerV1Beta1SpecHttpTlsSelfSignedCertificate#subjectAltNames
     */
    readonly subjectAltNames?: ApmServerV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames[];
}
/**
 * Converts an object of type 'ApmServerV1Beta1SpecHttpTlsSelfSignedCertificate' to JSON representation.
 */
export declare function toJson_ApmServerV1Beta1SpecHttpTlsSelfSignedCertificate(obj: ApmServerV1Beta1SpecHttpTlsSelfSignedCertificate | undefined): Record<string, any> | undefined;
/**
 * ServicePort contains information on service's port.
 *
 * @schema ApmServerV1Beta1SpecHttpServiceSpecPorts
 */
export interface ApmServerV1Beta1SpecHttpServiceSpecPorts {
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
     * @schema ApmServerV1Beta1SpecHttpServiceSpecPorts#appProtocol
     */
    readonly appProtocol?: string;
    /**
     * The name of this port within the service. This must be a DNS_LABEL.
     * All ports within a ServiceSpec must have unique names. When considering
     * the endpoints for a Service, this must match the 'name' field in the
     * EndpointPort.
     * Optional if only one ServicePort is defined on this service.
     *
     * @schema ApmServerV1Beta1SpecHttpServiceSpecPorts#name
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
     * @schema ApmServerV1Beta1SpecHttpServiceSpecPorts#nodePort
     */
    readonly nodePort?: number;
    /**
     * The port that will be exposed by this service.
     *
     * @schema ApmServerV1Beta1SpecHttpServiceSpecPorts#port
     */
    readonly port: number;
    /**
     * The IP protocol for this port. Supports "TCP", "UDP", and "SCTP".
     * Default is TCP.
     *
     * @default TCP.
     * @schema ApmServerV1Beta1SpecHttpServiceSpecPorts#protocol
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
     * @schema ApmServerV1Beta1SpecHttpServiceSpecPorts#targetPort
     */
    readonly targetPort?: ApmServerV1Beta1SpecHttpServiceSpecPortsTargetPort;
}
/**
 * Converts an object of type 'ApmServerV1Beta1SpecHttpServiceSpecPorts' to JSON representation.
 */
export declare function toJson_ApmServerV1Beta1SpecHttpServiceSpecPorts(obj: ApmServerV1Beta1SpecHttpServiceSpecPorts | undefined): Record<string, any> | undefined;
/**
 * sessionAffinityConfig contains the configurations of session affinity.
 *
 * @schema ApmServerV1Beta1SpecHttpServiceSpecSessionAffinityConfig
 */
export interface ApmServerV1Beta1SpecHttpServiceSpecSessionAffinityConfig {
    /**
     * clientIP contains the configurations of Client IP based session affinity.
     *
     * @schema ApmServerV1Beta1SpecHttpServiceSpecSessionAffinityConfig#clientIP
     */
    readonly clientIp?: ApmServerV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp;
}
/**
 * Converts an object of type 'ApmServerV1Beta1SpecHttpServiceSpecSessionAffinityConfig' to JSON representation.
 */
export declare function toJson_ApmServerV1Beta1SpecHttpServiceSpecSessionAffinityConfig(obj: ApmServerV1Beta1SpecHttpServiceSpecSessionAffinityConfig | undefined): Record<string, any> | undefined;
/**
 * SubjectAlternativeName represents a SAN entry in a x509 certificate.
 *
 * @schema ApmServerV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames
 */
export interface ApmServerV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames {
    /**
     * DNS is the DNS name of the subject.
     *
     * @schema ApmServerV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames#dns
     */
    readonly dns?: string;
    /**
     * IP is the IP address of the subject.
     *
     * @schema ApmServerV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'ApmServerV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames' to JSON representation.
 */
export declare function toJson_ApmServerV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames(obj: ApmServerV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames | undefined): Record<string, any> | undefined;
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
 * @schema ApmServerV1Beta1SpecHttpServiceSpecPortsTargetPort
 */
export declare class ApmServerV1Beta1SpecHttpServiceSpecPortsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): ApmServerV1Beta1SpecHttpServiceSpecPortsTargetPort;
    static fromString(value: string): ApmServerV1Beta1SpecHttpServiceSpecPortsTargetPort;
    private constructor();
}
/**
 * clientIP contains the configurations of Client IP based session affinity.
 *
 * @schema ApmServerV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp
 */
export interface ApmServerV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp {
    /**
     * timeoutSeconds specifies the seconds of ClientIP type session sticky time.
     * The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP".
     * Default value is 10800(for 3 hours).
     *
     * @schema ApmServerV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'ApmServerV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp' to JSON representation.
 */
export declare function toJson_ApmServerV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp(obj: ApmServerV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp | undefined): Record<string, any> | undefined;
/**
 * to not break compatibility when upgrading from previous versions of the CRD
 *
 * @schema ApmServerV1Alpha1
 */
export declare class ApmServerV1Alpha1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ApmServerV1Alpha1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ApmServerV1Alpha1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ApmServerV1Alpha1Props): any;
    /**
     * Defines a "ApmServerV1Alpha1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ApmServerV1Alpha1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * to not break compatibility when upgrading from previous versions of the CRD
 *
 * @schema ApmServerV1Alpha1
 */
export interface ApmServerV1Alpha1Props {
    /**
     * @schema ApmServerV1Alpha1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
}
/**
 * Converts an object of type 'ApmServerV1Alpha1Props' to JSON representation.
 */
export declare function toJson_ApmServerV1Alpha1Props(obj: ApmServerV1Alpha1Props | undefined): Record<string, any> | undefined;
