import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * Kibana represents a Kibana resource in a Kubernetes cluster.
 *
 * @schema Kibana
 */
export declare class Kibana extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Kibana"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Kibana".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: KibanaProps): any;
    /**
     * Defines a "Kibana" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: KibanaProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Kibana represents a Kibana resource in a Kubernetes cluster.
 *
 * @schema Kibana
 */
export interface KibanaProps {
    /**
     * @schema Kibana#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * KibanaSpec holds the specification of a Kibana instance.
     *
     * @schema Kibana#spec
     */
    readonly spec?: KibanaSpec;
}
/**
 * Converts an object of type 'KibanaProps' to JSON representation.
 */
export declare function toJson_KibanaProps(obj: KibanaProps | undefined): Record<string, any> | undefined;
/**
 * KibanaSpec holds the specification of a Kibana instance.
 *
 * @schema KibanaSpec
 */
export interface KibanaSpec {
    /**
     * Config holds the Kibana configuration. See: https://www.elastic.co/docs/reference/kibana/configuration-reference
     *
     * @schema KibanaSpec#config
     */
    readonly config?: any;
    /**
     * Count of Kibana instances to deploy.
     *
     * @schema KibanaSpec#count
     */
    readonly count?: number;
    /**
     * ElasticsearchRef is a reference to an Elasticsearch cluster running in the same Kubernetes cluster.
     *
     * @schema KibanaSpec#elasticsearchRef
     */
    readonly elasticsearchRef?: KibanaSpecElasticsearchRef;
    /**
     * EnterpriseSearchRef is a reference to an EnterpriseSearch running in the same Kubernetes cluster.
     * Kibana provides the default Enterprise Search UI starting version 7.14.
     *
     * @schema KibanaSpec#enterpriseSearchRef
     */
    readonly enterpriseSearchRef?: KibanaSpecEnterpriseSearchRef;
    /**
     * HTTP holds the HTTP layer configuration for Kibana.
     *
     * @schema KibanaSpec#http
     */
    readonly http?: KibanaSpecHttp;
    /**
     * Image is the Kibana Docker image to deploy.
     *
     * @schema KibanaSpec#image
     */
    readonly image?: string;
    /**
     * Monitoring enables you to collect and ship log and monitoring data of this Kibana.
     * See https://www.elastic.co/docs/deploy-manage/monitor/stack-monitoring.
     * Metricbeat and Filebeat are deployed in the same Pod as sidecars and each one sends data to one or two different
     * Elasticsearch monitoring clusters running in the same Kubernetes cluster.
     *
     * @schema KibanaSpec#monitoring
     */
    readonly monitoring?: KibanaSpecMonitoring;
    /**
     * PackageRegistryRef is a reference to an Elastic Package Registry running in the same Kubernetes cluster.
     *
     * @schema KibanaSpec#packageRegistryRef
     */
    readonly packageRegistryRef?: KibanaSpecPackageRegistryRef;
    /**
     * PodTemplate provides customization options (labels, annotations, affinity rules, resource requests, and so on) for the Kibana pods
     *
     * @schema KibanaSpec#podTemplate
     */
    readonly podTemplate?: any;
    /**
     * Resources provides a shorthand to set CPU and Memory resources on the Kibana container. When set, these
     * values override any CPU or memory resource settings specified in the PodTemplate for the primary Kibana
     * container. To set resources on other containers, use the PodTemplate.
     *
     * @schema KibanaSpec#resources
     */
    readonly resources?: KibanaSpecResources;
    /**
     * RevisionHistoryLimit is the number of revisions to retain to allow rollback in the underlying Deployment.
     *
     * @schema KibanaSpec#revisionHistoryLimit
     */
    readonly revisionHistoryLimit?: number;
    /**
     * SecureSettings is a list of references to Kubernetes secrets containing sensitive configuration options for Kibana.
     *
     * @schema KibanaSpec#secureSettings
     */
    readonly secureSettings?: KibanaSpecSecureSettings[];
    /**
     * ServiceAccountName is used to check access from the current resource to a resource (for ex. Elasticsearch) in a different namespace.
     * Can only be used if ECK is enforcing RBAC on references.
     *
     * @schema KibanaSpec#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * Version of Kibana.
     *
     * @schema KibanaSpec#version
     */
    readonly version: string;
}
/**
 * Converts an object of type 'KibanaSpec' to JSON representation.
 */
export declare function toJson_KibanaSpec(obj: KibanaSpec | undefined): Record<string, any> | undefined;
/**
 * ElasticsearchRef is a reference to an Elasticsearch cluster running in the same Kubernetes cluster.
 *
 * @schema KibanaSpecElasticsearchRef
 */
export interface KibanaSpecElasticsearchRef {
    /**
     * ClientCertificateSecretName is the name of an existing Kubernetes secret containing a client certificate
     * (tls.crt) and private key (tls.key) for client authentication to the referenced resource.
     * This field is only relevant when the referenced Elasticsearch cluster has client authentication enabled.
     * If not specified and the referenced resource requires client authentication, ECK will auto-generate a
     * client certificate.
     *
     * @schema KibanaSpecElasticsearchRef#clientCertificateSecretName
     */
    readonly clientCertificateSecretName?: string;
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema KibanaSpecElasticsearchRef#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema KibanaSpecElasticsearchRef#namespace
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
     * @schema KibanaSpecElasticsearchRef#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema KibanaSpecElasticsearchRef#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'KibanaSpecElasticsearchRef' to JSON representation.
 */
export declare function toJson_KibanaSpecElasticsearchRef(obj: KibanaSpecElasticsearchRef | undefined): Record<string, any> | undefined;
/**
 * EnterpriseSearchRef is a reference to an EnterpriseSearch running in the same Kubernetes cluster.
 * Kibana provides the default Enterprise Search UI starting version 7.14.
 *
 * @schema KibanaSpecEnterpriseSearchRef
 */
export interface KibanaSpecEnterpriseSearchRef {
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema KibanaSpecEnterpriseSearchRef#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema KibanaSpecEnterpriseSearchRef#namespace
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
     * @schema KibanaSpecEnterpriseSearchRef#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema KibanaSpecEnterpriseSearchRef#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'KibanaSpecEnterpriseSearchRef' to JSON representation.
 */
export declare function toJson_KibanaSpecEnterpriseSearchRef(obj: KibanaSpecEnterpriseSearchRef | undefined): Record<string, any> | undefined;
/**
 * HTTP holds the HTTP layer configuration for Kibana.
 *
 * @schema KibanaSpecHttp
 */
export interface KibanaSpecHttp {
    /**
     * Service defines the template for the associated Kubernetes Service object.
     *
     * @schema KibanaSpecHttp#service
     */
    readonly service?: KibanaSpecHttpService;
    /**
     * TLS defines options for configuring TLS for HTTP.
     *
     * @schema KibanaSpecHttp#tls
     */
    readonly tls?: KibanaSpecHttpTls;
}
/**
 * Converts an object of type 'KibanaSpecHttp' to JSON representation.
 */
export declare function toJson_KibanaSpecHttp(obj: KibanaSpecHttp | undefined): Record<string, any> | undefined;
/**
 * Monitoring enables you to collect and ship log and monitoring data of this Kibana.
 * See https://www.elastic.co/docs/deploy-manage/monitor/stack-monitoring.
 * Metricbeat and Filebeat are deployed in the same Pod as sidecars and each one sends data to one or two different
 * Elasticsearch monitoring clusters running in the same Kubernetes cluster.
 *
 * @schema KibanaSpecMonitoring
 */
export interface KibanaSpecMonitoring {
    /**
     * Logs holds references to Elasticsearch clusters which receive log data from an associated resource.
     *
     * @schema KibanaSpecMonitoring#logs
     */
    readonly logs?: KibanaSpecMonitoringLogs;
    /**
     * Metrics holds references to Elasticsearch clusters which receive monitoring data from this resource.
     *
     * @schema KibanaSpecMonitoring#metrics
     */
    readonly metrics?: KibanaSpecMonitoringMetrics;
}
/**
 * Converts an object of type 'KibanaSpecMonitoring' to JSON representation.
 */
export declare function toJson_KibanaSpecMonitoring(obj: KibanaSpecMonitoring | undefined): Record<string, any> | undefined;
/**
 * PackageRegistryRef is a reference to an Elastic Package Registry running in the same Kubernetes cluster.
 *
 * @schema KibanaSpecPackageRegistryRef
 */
export interface KibanaSpecPackageRegistryRef {
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema KibanaSpecPackageRegistryRef#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema KibanaSpecPackageRegistryRef#namespace
     */
    readonly namespace?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema KibanaSpecPackageRegistryRef#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'KibanaSpecPackageRegistryRef' to JSON representation.
 */
export declare function toJson_KibanaSpecPackageRegistryRef(obj: KibanaSpecPackageRegistryRef | undefined): Record<string, any> | undefined;
/**
 * Resources provides a shorthand to set CPU and Memory resources on the Kibana container. When set, these
 * values override any CPU or memory resource settings specified in the PodTemplate for the primary Kibana
 * container. To set resources on other containers, use the PodTemplate.
 *
 * @schema KibanaSpecResources
 */
export interface KibanaSpecResources {
    /**
     * Limits is the shorthand for the main container's CPU and memory limits.
     *
     * @schema KibanaSpecResources#limits
     */
    readonly limits?: KibanaSpecResourcesLimits;
    /**
     * Requests is the shorthand for the main container's CPU and memory requests.
     *
     * @schema KibanaSpecResources#requests
     */
    readonly requests?: KibanaSpecResourcesRequests;
}
/**
 * Converts an object of type 'KibanaSpecResources' to JSON representation.
 */
export declare function toJson_KibanaSpecResources(obj: KibanaSpecResources | undefined): Record<string, any> | undefined;
/**
 * SecretSource defines a data source based on a Kubernetes Secret.
 *
 * @schema KibanaSpecSecureSettings
 */
export interface KibanaSpecSecureSettings {
    /**
     * Entries define how to project each key-value pair in the secret to filesystem paths.
     * If not defined, all keys will be projected to similarly named paths in the filesystem.
     * If defined, only the specified keys will be projected to the corresponding paths.
     *
     * @schema KibanaSpecSecureSettings#entries
     */
    readonly entries?: KibanaSpecSecureSettingsEntries[];
    /**
     * SecretName is the name of the secret.
     *
     * @schema KibanaSpecSecureSettings#secretName
     */
    readonly secretName: string;
}
/**
 * Converts an object of type 'KibanaSpecSecureSettings' to JSON representation.
 */
export declare function toJson_KibanaSpecSecureSettings(obj: KibanaSpecSecureSettings | undefined): Record<string, any> | undefined;
/**
 * Service defines the template for the associated Kubernetes Service object.
 *
 * @schema KibanaSpecHttpService
 */
export interface KibanaSpecHttpService {
    /**
     * ObjectMeta is the metadata of the service.
     * The name and namespace provided here are managed by ECK and will be ignored.
     *
     * @schema KibanaSpecHttpService#metadata
     */
    readonly metadata?: KibanaSpecHttpServiceMetadata;
    /**
     * Spec is the specification of the service.
     *
     * @schema KibanaSpecHttpService#spec
     */
    readonly spec?: KibanaSpecHttpServiceSpec;
}
/**
 * Converts an object of type 'KibanaSpecHttpService' to JSON representation.
 */
export declare function toJson_KibanaSpecHttpService(obj: KibanaSpecHttpService | undefined): Record<string, any> | undefined;
/**
 * TLS defines options for configuring TLS for HTTP.
 *
 * @schema KibanaSpecHttpTls
 */
export interface KibanaSpecHttpTls {
    /**
     * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
     * The referenced secret should contain the following:
     *
     * - `ca.crt`: The certificate authority (optional).
     * - `tls.crt`: The certificate (or a chain).
     * - `tls.key`: The private key to the first certificate in the certificate chain.
     *
     * @schema KibanaSpecHttpTls#certificate
     */
    readonly certificate?: KibanaSpecHttpTlsCertificate;
    /**
     * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
     *
     * @schema KibanaSpecHttpTls#selfSignedCertificate
     */
    readonly selfSignedCertificate?: KibanaSpecHttpTlsSelfSignedCertificate;
}
/**
 * Converts an object of type 'KibanaSpecHttpTls' to JSON representation.
 */
export declare function toJson_KibanaSpecHttpTls(obj: KibanaSpecHttpTls | undefined): Record<string, any> | undefined;
/**
 * Logs holds references to Elasticsearch clusters which receive log data from an associated resource.
 *
 * @schema KibanaSpecMonitoringLogs
 */
export interface KibanaSpecMonitoringLogs {
    /**
     * ElasticsearchRefs is a reference to a list of monitoring Elasticsearch clusters running in the same Kubernetes cluster.
     * Due to existing limitations, only a single Elasticsearch cluster is currently supported.
     *
     * @schema KibanaSpecMonitoringLogs#elasticsearchRefs
     */
    readonly elasticsearchRefs?: KibanaSpecMonitoringLogsElasticsearchRefs[];
}
/**
 * Converts an object of type 'KibanaSpecMonitoringLogs' to JSON representation.
 */
export declare function toJson_KibanaSpecMonitoringLogs(obj: KibanaSpecMonitoringLogs | undefined): Record<string, any> | undefined;
/**
 * Metrics holds references to Elasticsearch clusters which receive monitoring data from this resource.
 *
 * @schema KibanaSpecMonitoringMetrics
 */
export interface KibanaSpecMonitoringMetrics {
    /**
     * ElasticsearchRefs is a reference to a list of monitoring Elasticsearch clusters running in the same Kubernetes cluster.
     * Due to existing limitations, only a single Elasticsearch cluster is currently supported.
     *
     * @schema KibanaSpecMonitoringMetrics#elasticsearchRefs
     */
    readonly elasticsearchRefs?: KibanaSpecMonitoringMetricsElasticsearchRefs[];
}
/**
 * Converts an object of type 'KibanaSpecMonitoringMetrics' to JSON representation.
 */
export declare function toJson_KibanaSpecMonitoringMetrics(obj: KibanaSpecMonitoringMetrics | undefined): Record<string, any> | undefined;
/**
 * Limits is the shorthand for the main container's CPU and memory limits.
 *
 * @schema KibanaSpecResourcesLimits
 */
export interface KibanaSpecResourcesLimits {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema KibanaSpecResourcesLimits#cpu
     */
    readonly cpu?: KibanaSpecResourcesLimitsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema KibanaSpecResourcesLimits#memory
     */
    readonly memory?: KibanaSpecResourcesLimitsMemory;
}
/**
 * Converts an object of type 'KibanaSpecResourcesLimits' to JSON representation.
 */
export declare function toJson_KibanaSpecResourcesLimits(obj: KibanaSpecResourcesLimits | undefined): Record<string, any> | undefined;
/**
 * Requests is the shorthand for the main container's CPU and memory requests.
 *
 * @schema KibanaSpecResourcesRequests
 */
export interface KibanaSpecResourcesRequests {
    /**
     * CPU overrides the main container's CPU request/limit when the parent Resources
     * is merged into a PodTemplate. A nil value means "do not override": any CPU
     * value already set on the main container in the PodTemplate is passed through
     * unchanged. Setting this field to nil does not unset a CPU value present in
     * the PodTemplate; to remove it, edit the PodTemplate's container resources.
     * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
     *
     * @schema KibanaSpecResourcesRequests#cpu
     */
    readonly cpu?: KibanaSpecResourcesRequestsCpu;
    /**
     * Memory overrides the main container's memory request/limit when the parent
     * Resources is merged into a PodTemplate. A nil value means "do not override":
     * any memory value already set on the main container in the PodTemplate is
     * passed through unchanged. Setting this field to nil does not unset a memory
     * value present in the PodTemplate; to remove it, edit the PodTemplate's
     * container resources.
     * A non-nil value wins over the PodTemplate's memory, including an explicit zero quantity.
     *
     * @schema KibanaSpecResourcesRequests#memory
     */
    readonly memory?: KibanaSpecResourcesRequestsMemory;
}
/**
 * Converts an object of type 'KibanaSpecResourcesRequests' to JSON representation.
 */
export declare function toJson_KibanaSpecResourcesRequests(obj: KibanaSpecResourcesRequests | undefined): Record<string, any> | undefined;
/**
 * KeyToPath defines how to map a key in a Secret object to a filesystem path.
 *
 * @schema KibanaSpecSecureSettingsEntries
 */
export interface KibanaSpecSecureSettingsEntries {
    /**
     * Key is the key contained in the secret.
     *
     * @schema KibanaSpecSecureSettingsEntries#key
     */
    readonly key: string;
    /**
     * Path is the relative file path to map the key to.
     * Path must not be an absolute file path and must not contain any ".." components.
     *
     * @schema KibanaSpecSecureSettingsEntries#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KibanaSpecSecureSettingsEntries' to JSON representation.
 */
export declare function toJson_KibanaSpecSecureSettingsEntries(obj: KibanaSpecSecureSettingsEntries | undefined): Record<string, any> | undefined;
/**
 * ObjectMeta is the metadata of the service.
 * The name and namespace provided here are managed by ECK and will be ignored.
 *
 * @schema KibanaSpecHttpServiceMetadata
 */
export interface KibanaSpecHttpServiceMetadata {
    /**
     * @schema KibanaSpecHttpServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema KibanaSpecHttpServiceMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema KibanaSpecHttpServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema KibanaSpecHttpServiceMetadata#name
     */
    readonly name?: string;
    /**
     * @schema KibanaSpecHttpServiceMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'KibanaSpecHttpServiceMetadata' to JSON representation.
 */
export declare function toJson_KibanaSpecHttpServiceMetadata(obj: KibanaSpecHttpServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Spec is the specification of the service.
 *
 * @schema KibanaSpecHttpServiceSpec
 */
export interface KibanaSpecHttpServiceSpec {
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
     * @schema KibanaSpecHttpServiceSpec#allocateLoadBalancerNodePorts
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
     * @schema KibanaSpecHttpServiceSpec#clusterIP
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
     * @schema KibanaSpecHttpServiceSpec#clusterIPs
     */
    readonly clusterIPs?: string[];
    /**
     * externalIPs is a list of IP addresses for which nodes in the cluster
     * will also accept traffic for this service.  These IPs are not managed by
     * Kubernetes.  The user is responsible for ensuring that traffic arrives
     * at a node with this IP.  A common example is external load-balancers
     * that are not part of the Kubernetes system.
     *
     * @schema KibanaSpecHttpServiceSpec#externalIPs
     */
    readonly externalIPs?: string[];
    /**
     * externalName is the external reference that discovery mechanisms will
     * return as an alias for this service (e.g. a DNS CNAME record). No
     * proxying will be involved.  Must be a lowercase RFC-1123 hostname
     * (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".
     *
     * @schema KibanaSpecHttpServiceSpec#externalName
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
     * @schema KibanaSpecHttpServiceSpec#externalTrafficPolicy
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
     * @schema KibanaSpecHttpServiceSpec#healthCheckNodePort
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
     * @schema KibanaSpecHttpServiceSpec#internalTrafficPolicy
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
     * @schema KibanaSpecHttpServiceSpec#ipFamilies
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
     * @schema KibanaSpecHttpServiceSpec#ipFamilyPolicy
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
     * @schema KibanaSpecHttpServiceSpec#loadBalancerClass
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
     * @schema KibanaSpecHttpServiceSpec#loadBalancerIP
     */
    readonly loadBalancerIp?: string;
    /**
     * If specified and supported by the platform, this will restrict traffic through the cloud-provider
     * load-balancer will be restricted to the specified client IPs. This field will be ignored if the
     * cloud-provider does not support the feature."
     * More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/
     *
     * @schema KibanaSpecHttpServiceSpec#loadBalancerSourceRanges
     */
    readonly loadBalancerSourceRanges?: string[];
    /**
     * The list of ports that are exposed by this service.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema KibanaSpecHttpServiceSpec#ports
     */
    readonly ports?: KibanaSpecHttpServiceSpecPorts[];
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
     * @schema KibanaSpecHttpServiceSpec#publishNotReadyAddresses
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
     * @schema KibanaSpecHttpServiceSpec#selector
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
     * @schema KibanaSpecHttpServiceSpec#sessionAffinity
     */
    readonly sessionAffinity?: string;
    /**
     * sessionAffinityConfig contains the configurations of session affinity.
     *
     * @schema KibanaSpecHttpServiceSpec#sessionAffinityConfig
     */
    readonly sessionAffinityConfig?: KibanaSpecHttpServiceSpecSessionAffinityConfig;
    /**
     * TrafficDistribution offers a way to express preferences for how traffic
     * is distributed to Service endpoints. Implementations can use this field
     * as a hint, but are not required to guarantee strict adherence. If the
     * field is not set, the implementation will apply its default routing
     * strategy. If set to "PreferClose", implementations should prioritize
     * endpoints that are in the same zone.
     *
     * @schema KibanaSpecHttpServiceSpec#trafficDistribution
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
     * @schema KibanaSpecHttpServiceSpec#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KibanaSpecHttpServiceSpec' to JSON representation.
 */
export declare function toJson_KibanaSpecHttpServiceSpec(obj: KibanaSpecHttpServiceSpec | undefined): Record<string, any> | undefined;
/**
 * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
 * The referenced secret should contain the following:
 *
 * - `ca.crt`: The certificate authority (optional).
 * - `tls.crt`: The certificate (or a chain).
 * - `tls.key`: The private key to the first certificate in the certificate chain.
 *
 * @schema KibanaSpecHttpTlsCertificate
 */
export interface KibanaSpecHttpTlsCertificate {
    /**
     * SecretName is the name of the secret.
     *
     * @schema KibanaSpecHttpTlsCertificate#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KibanaSpecHttpTlsCertificate' to JSON representation.
 */
export declare function toJson_KibanaSpecHttpTlsCertificate(obj: KibanaSpecHttpTlsCertificate | undefined): Record<string, any> | undefined;
/**
 * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
 *
 * @schema KibanaSpecHttpTlsSelfSignedCertificate
 */
export interface KibanaSpecHttpTlsSelfSignedCertificate {
    /**
     * Disabled indicates that the provisioning of the self-signed certificate should be disabled.
     *
     * @schema KibanaSpecHttpTlsSelfSignedCertificate#disabled
     */
    readonly disabled?: boolean;
    /**
     * SubjectAlternativeNames is a list of SANs to include in the generated HTTP TLS certificate.
     *
     * @schema KibanaSpecHttpTlsSelfSignedCertificate#subjectAltNames
     */
    readonly subjectAltNames?: KibanaSpecHttpTlsSelfSignedCertificateSubjectAltNames[];
}
/**
 * Converts an object of type 'KibanaSpecHttpTlsSelfSignedCertificate' to JSON representation.
 */
export declare function toJson_KibanaSpecHttpTlsSelfSignedCertificate(obj: KibanaSpecHttpTlsSelfSignedCertificate | undefined): Record<string, any> | undefined;
/**
 * ObjectSelector defines a reference to a Kubernetes object which can be an Elastic resource managed by the operator
 * or a Secret describing an external Elastic resource not managed by the operator.
 *
 * @schema KibanaSpecMonitoringLogsElasticsearchRefs
 */
export interface KibanaSpecMonitoringLogsElasticsearchRefs {
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema KibanaSpecMonitoringLogsElasticsearchRefs#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema KibanaSpecMonitoringLogsElasticsearchRefs#namespace
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
     * @schema KibanaSpecMonitoringLogsElasticsearchRefs#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema KibanaSpecMonitoringLogsElasticsearchRefs#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'KibanaSpecMonitoringLogsElasticsearchRefs' to JSON representation.
 */
export declare function toJson_KibanaSpecMonitoringLogsElasticsearchRefs(obj: KibanaSpecMonitoringLogsElasticsearchRefs | undefined): Record<string, any> | undefined;
/**
 * ObjectSelector defines a reference to a Kubernetes object which can be an Elastic resource managed by the operator
 * or a Secret describing an external Elastic resource not managed by the operator.
 *
 * @schema KibanaSpecMonitoringMetricsElasticsearchRefs
 */
export interface KibanaSpecMonitoringMetricsElasticsearchRefs {
    /**
     * Name of an existing Kubernetes object corresponding to an Elastic resource managed by ECK.
     *
     * @schema KibanaSpecMonitoringMetricsElasticsearchRefs#name
     */
    readonly name?: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema KibanaSpecMonitoringMetricsElasticsearchRefs#namespace
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
     * @schema KibanaSpecMonitoringMetricsElasticsearchRefs#secretName
     */
    readonly secretName?: string;
    /**
     * ServiceName is the name of an existing Kubernetes service which is used to make requests to the referenced
     * object. It has to be in the same namespace as the referenced resource. If left empty, the default HTTP service of
     * the referenced resource is used.
     *
     * @schema KibanaSpecMonitoringMetricsElasticsearchRefs#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'KibanaSpecMonitoringMetricsElasticsearchRefs' to JSON representation.
 */
export declare function toJson_KibanaSpecMonitoringMetricsElasticsearchRefs(obj: KibanaSpecMonitoringMetricsElasticsearchRefs | undefined): Record<string, any> | undefined;
/**
 * CPU overrides the main container's CPU request/limit when the parent Resources
 * is merged into a PodTemplate. A nil value means "do not override": any CPU
 * value already set on the main container in the PodTemplate is passed through
 * unchanged. Setting this field to nil does not unset a CPU value present in
 * the PodTemplate; to remove it, edit the PodTemplate's container resources.
 * A non-nil value wins over the PodTemplate's CPU, including an explicit zero quantity.
 *
 * @schema KibanaSpecResourcesLimitsCpu
 */
export declare class KibanaSpecResourcesLimitsCpu {
    readonly value: number | string;
    static fromNumber(value: number): KibanaSpecResourcesLimitsCpu;
    static fromString(value: string): KibanaSpecResourcesLimitsCpu;
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
 * @schema KibanaSpecResourcesLimitsMemory
 */
export declare class KibanaSpecResourcesLimitsMemory {
    readonly value: number | string;
    static fromNumber(value: number): KibanaSpecResourcesLimitsMemory;
    static fromString(value: string): KibanaSpecResourcesLimitsMemory;
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
 * @schema KibanaSpecResourcesRequestsCpu
 */
export declare class KibanaSpecResourcesRequestsCpu {
    readonly value: number | string;
    static fromNumber(value: number): KibanaSpecResourcesRequestsCpu;
    static fromString(value: string): KibanaSpecResourcesRequestsCpu;
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
 * @schema KibanaSpecResourcesRequestsMemory
 */
export declare class KibanaSpecResourcesRequestsMemory {
    readonly value: number | string;
    static fromNumber(value: number): KibanaSpecResourcesRequestsMemory;
    static fromString(value: string): KibanaSpecResourcesRequestsMemory;
    private constructor();
}
/**
 * ServicePort contains information on service's port.
 *
 * @schema KibanaSpecHttpServiceSpecPorts
 */
export interface KibanaSpecHttpServiceSpecPorts {
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
     * @schema KibanaSpecHttpServiceSpecPorts#appProtocol
     */
    readonly appProtocol?: string;
    /**
     * The name of this port within the service. This must be a DNS_LABEL.
     * All ports within a ServiceSpec must have unique names. When considering
     * the endpoints for a Service, this must match the 'name' field in the
     * EndpointPort.
     * Optional if only one ServicePort is defined on this service.
     *
     * @schema KibanaSpecHttpServiceSpecPorts#name
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
     * @schema KibanaSpecHttpServiceSpecPorts#nodePort
     */
    readonly nodePort?: number;
    /**
     * The port that will be exposed by this service.
     *
     * @schema KibanaSpecHttpServiceSpecPorts#port
     */
    readonly port: number;
    /**
     * The IP protocol for this port. Supports "TCP", "UDP", and "SCTP".
     * Default is TCP.
     *
     * @default TCP.
     * @schema KibanaSpecHttpServiceSpecPorts#protocol
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
     * @schema KibanaSpecHttpServiceSpecPorts#targetPort
     */
    readonly targetPort?: KibanaSpecHttpServiceSpecPortsTargetPort;
}
/**
 * Converts an object of type 'KibanaSpecHttpServiceSpecPorts' to JSON representation.
 */
export declare function toJson_KibanaSpecHttpServiceSpecPorts(obj: KibanaSpecHttpServiceSpecPorts | undefined): Record<string, any> | undefined;
/**
 * sessionAffinityConfig contains the configurations of session affinity.
 *
 * @schema KibanaSpecHttpServiceSpecSessionAffinityConfig
 */
export interface KibanaSpecHttpServiceSpecSessionAffinityConfig {
    /**
     * clientIP contains the configurations of Client IP based session affinity.
     *
     * @schema KibanaSpecHttpServiceSpecSessionAffinityConfig#clientIP
     */
    readonly clientIp?: KibanaSpecHttpServiceSpecSessionAffinityConfigClientIp;
}
/**
 * Converts an object of type 'KibanaSpecHttpServiceSpecSessionAffinityConfig' to JSON representation.
 */
export declare function toJson_KibanaSpecHttpServiceSpecSessionAffinityConfig(obj: KibanaSpecHttpServiceSpecSessionAffinityConfig | undefined): Record<string, any> | undefined;
/**
 * SubjectAlternativeName represents a SAN entry in a x509 certificate.
 *
 * @schema KibanaSpecHttpTlsSelfSignedCertificateSubjectAltNames
 */
export interface KibanaSpecHttpTlsSelfSignedCertificateSubjectAltNames {
    /**
     * DNS is the DNS name of the subject.
     *
     * @schema KibanaSpecHttpTlsSelfSignedCertificateSubjectAltNames#dns
     */
    readonly dns?: string;
    /**
     * IP is the IP address of the subject.
     *
     * @schema KibanaSpecHttpTlsSelfSignedCertificateSubjectAltNames#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'KibanaSpecHttpTlsSelfSignedCertificateSubjectAltNames' to JSON representation.
 */
export declare function toJson_KibanaSpecHttpTlsSelfSignedCertificateSubjectAltNames(obj: KibanaSpecHttpTlsSelfSignedCertificateSubjectAltNames | undefined): Record<string, any> | undefined;
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
 * @schema KibanaSpecHttpServiceSpecPortsTargetPort
 */
export declare class KibanaSpecHttpServiceSpecPortsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): KibanaSpecHttpServiceSpecPortsTargetPort;
    static fromString(value: string): KibanaSpecHttpServiceSpecPortsTargetPort;
    private constructor();
}
/**
 * clientIP contains the configurations of Client IP based session affinity.
 *
 * @schema KibanaSpecHttpServiceSpecSessionAffinityConfigClientIp
 */
export interface KibanaSpecHttpServiceSpecSessionAffinityConfigClientIp {
    /**
     * timeoutSeconds specifies the seconds of ClientIP type session sticky time.
     * The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP".
     * Default value is 10800(for 3 hours).
     *
     * @schema KibanaSpecHttpServiceSpecSessionAffinityConfigClientIp#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'KibanaSpecHttpServiceSpecSessionAffinityConfigClientIp' to JSON representation.
 */
export declare function toJson_KibanaSpecHttpServiceSpecSessionAffinityConfigClientIp(obj: KibanaSpecHttpServiceSpecSessionAffinityConfigClientIp | undefined): Record<string, any> | undefined;
/**
 * Kibana represents a Kibana resource in a Kubernetes cluster.
 *
 * @schema KibanaV1Beta1
 */
export declare class KibanaV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KibanaV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KibanaV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: KibanaV1Beta1Props): any;
    /**
     * Defines a "KibanaV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: KibanaV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * Kibana represents a Kibana resource in a Kubernetes cluster.
 *
 * @schema KibanaV1Beta1
 */
export interface KibanaV1Beta1Props {
    /**
     * @schema KibanaV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * KibanaSpec holds the specification of a Kibana instance.
     *
     * @schema KibanaV1Beta1#spec
     */
    readonly spec?: KibanaV1Beta1Spec;
}
/**
 * Converts an object of type 'KibanaV1Beta1Props' to JSON representation.
 */
export declare function toJson_KibanaV1Beta1Props(obj: KibanaV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * KibanaSpec holds the specification of a Kibana instance.
 *
 * @schema KibanaV1Beta1Spec
 */
export interface KibanaV1Beta1Spec {
    /**
     * Config holds the Kibana configuration. See: https://www.elastic.co/docs/reference/kibana/configuration-reference
     *
     * @schema KibanaV1Beta1Spec#config
     */
    readonly config?: any;
    /**
     * Count of Kibana instances to deploy.
     *
     * @schema KibanaV1Beta1Spec#count
     */
    readonly count?: number;
    /**
     * ElasticsearchRef is a reference to an Elasticsearch cluster running in the same Kubernetes cluster.
     *
     * @schema KibanaV1Beta1Spec#elasticsearchRef
     */
    readonly elasticsearchRef?: KibanaV1Beta1SpecElasticsearchRef;
    /**
     * HTTP holds the HTTP layer configuration for Kibana.
     *
     * @schema KibanaV1Beta1Spec#http
     */
    readonly http?: KibanaV1Beta1SpecHttp;
    /**
     * Image is the Kibana Docker image to deploy.
     *
     * @schema KibanaV1Beta1Spec#image
     */
    readonly image?: string;
    /**
     * PodTemplate provides customization options (labels, annotations, affinity rules, resource requests, and so on) for the Kibana pods
     *
     * @schema KibanaV1Beta1Spec#podTemplate
     */
    readonly podTemplate?: any;
    /**
     * SecureSettings is a list of references to Kubernetes secrets containing sensitive configuration options for Kibana.
     *
     * @schema KibanaV1Beta1Spec#secureSettings
     */
    readonly secureSettings?: KibanaV1Beta1SpecSecureSettings[];
    /**
     * Version of Kibana.
     *
     * @schema KibanaV1Beta1Spec#version
     */
    readonly version?: string;
}
/**
 * Converts an object of type 'KibanaV1Beta1Spec' to JSON representation.
 */
export declare function toJson_KibanaV1Beta1Spec(obj: KibanaV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * ElasticsearchRef is a reference to an Elasticsearch cluster running in the same Kubernetes cluster.
 *
 * @schema KibanaV1Beta1SpecElasticsearchRef
 */
export interface KibanaV1Beta1SpecElasticsearchRef {
    /**
     * Name of the Kubernetes object.
     *
     * @schema KibanaV1Beta1SpecElasticsearchRef#name
     */
    readonly name: string;
    /**
     * Namespace of the Kubernetes object. If empty, defaults to the current namespace.
     *
     * @schema KibanaV1Beta1SpecElasticsearchRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'KibanaV1Beta1SpecElasticsearchRef' to JSON representation.
 */
export declare function toJson_KibanaV1Beta1SpecElasticsearchRef(obj: KibanaV1Beta1SpecElasticsearchRef | undefined): Record<string, any> | undefined;
/**
 * HTTP holds the HTTP layer configuration for Kibana.
 *
 * @schema KibanaV1Beta1SpecHttp
 */
export interface KibanaV1Beta1SpecHttp {
    /**
     * Service defines the template for the associated Kubernetes Service object.
     *
     * @schema KibanaV1Beta1SpecHttp#service
     */
    readonly service?: KibanaV1Beta1SpecHttpService;
    /**
     * TLS defines options for configuring TLS for HTTP.
     *
     * @schema KibanaV1Beta1SpecHttp#tls
     */
    readonly tls?: KibanaV1Beta1SpecHttpTls;
}
/**
 * Converts an object of type 'KibanaV1Beta1SpecHttp' to JSON representation.
 */
export declare function toJson_KibanaV1Beta1SpecHttp(obj: KibanaV1Beta1SpecHttp | undefined): Record<string, any> | undefined;
/**
 * SecretSource defines a data source based on a Kubernetes Secret.
 *
 * @schema KibanaV1Beta1SpecSecureSettings
 */
export interface KibanaV1Beta1SpecSecureSettings {
    /**
     * Entries define how to project each key-value pair in the secret to filesystem paths.
     * If not defined, all keys will be projected to similarly named paths in the filesystem.
     * If defined, only the specified keys will be projected to the corresponding paths.
     *
     * @schema KibanaV1Beta1SpecSecureSettings#entries
     */
    readonly entries?: KibanaV1Beta1SpecSecureSettingsEntries[];
    /**
     * SecretName is the name of the secret.
     *
     * @schema KibanaV1Beta1SpecSecureSettings#secretName
     */
    readonly secretName: string;
}
/**
 * Converts an object of type 'KibanaV1Beta1SpecSecureSettings' to JSON representation.
 */
export declare function toJson_KibanaV1Beta1SpecSecureSettings(obj: KibanaV1Beta1SpecSecureSettings | undefined): Record<string, any> | undefined;
/**
 * Service defines the template for the associated Kubernetes Service object.
 *
 * @schema KibanaV1Beta1SpecHttpService
 */
export interface KibanaV1Beta1SpecHttpService {
    /**
     * ObjectMeta is the metadata of the service.
     * The name and namespace provided here are managed by ECK and will be ignored.
     *
     * @schema KibanaV1Beta1SpecHttpService#metadata
     */
    readonly metadata?: KibanaV1Beta1SpecHttpServiceMetadata;
    /**
     * Spec is the specification of the service.
     *
     * @schema KibanaV1Beta1SpecHttpService#spec
     */
    readonly spec?: KibanaV1Beta1SpecHttpServiceSpec;
}
/**
 * Converts an object of type 'KibanaV1Beta1SpecHttpService' to JSON representation.
 */
export declare function toJson_KibanaV1Beta1SpecHttpService(obj: KibanaV1Beta1SpecHttpService | undefined): Record<string, any> | undefined;
/**
 * TLS defines options for configuring TLS for HTTP.
 *
 * @schema KibanaV1Beta1SpecHttpTls
 */
export interface KibanaV1Beta1SpecHttpTls {
    /**
     * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
     * The referenced secret should contain the following:
     *
     * - `ca.crt`: The certificate authority (optional).
     * - `tls.crt`: The certificate (or a chain).
     * - `tls.key`: The private key to the first certificate in the certificate chain.
     *
     * @schema KibanaV1Beta1SpecHttpTls#certificate
     */
    readonly certificate?: KibanaV1Beta1SpecHttpTlsCertificate;
    /**
     * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
     *
     * @schema KibanaV1Beta1SpecHttpTls#selfSignedCertificate
     */
    readonly selfSignedCertificate?: KibanaV1Beta1SpecHttpTlsSelfSignedCertificate;
}
/**
 * Converts an object of type 'KibanaV1Beta1SpecHttpTls' to JSON representation.
 */
export declare function toJson_KibanaV1Beta1SpecHttpTls(obj: KibanaV1Beta1SpecHttpTls | undefined): Record<string, any> | undefined;
/**
 * KeyToPath defines how to map a key in a Secret object to a filesystem path.
 *
 * @schema KibanaV1Beta1SpecSecureSettingsEntries
 */
export interface KibanaV1Beta1SpecSecureSettingsEntries {
    /**
     * Key is the key contained in the secret.
     *
     * @schema KibanaV1Beta1SpecSecureSettingsEntries#key
     */
    readonly key: string;
    /**
     * Path is the relative file path to map the key to.
     * Path must not be an absolute file path and must not contain any ".." components.
     *
     * @schema KibanaV1Beta1SpecSecureSettingsEntries#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'KibanaV1Beta1SpecSecureSettingsEntries' to JSON representation.
 */
export declare function toJson_KibanaV1Beta1SpecSecureSettingsEntries(obj: KibanaV1Beta1SpecSecureSettingsEntries | undefined): Record<string, any> | undefined;
/**
 * ObjectMeta is the metadata of the service.
 * The name and namespace provided here are managed by ECK and will be ignored.
 *
 * @schema KibanaV1Beta1SpecHttpServiceMetadata
 */
export interface KibanaV1Beta1SpecHttpServiceMetadata {
    /**
     * @schema KibanaV1Beta1SpecHttpServiceMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema KibanaV1Beta1SpecHttpServiceMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema KibanaV1Beta1SpecHttpServiceMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema KibanaV1Beta1SpecHttpServiceMetadata#name
     */
    readonly name?: string;
    /**
     * @schema KibanaV1Beta1SpecHttpServiceMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'KibanaV1Beta1SpecHttpServiceMetadata' to JSON representation.
 */
export declare function toJson_KibanaV1Beta1SpecHttpServiceMetadata(obj: KibanaV1Beta1SpecHttpServiceMetadata | undefined): Record<string, any> | undefined;
/**
 * Spec is the specification of the service.
 *
 * @schema KibanaV1Beta1SpecHttpServiceSpec
 */
export interface KibanaV1Beta1SpecHttpServiceSpec {
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
     * @schema KibanaV1Beta1SpecHttpServiceSpec#allocateLoadBalancerNodePorts
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
     * @schema KibanaV1Beta1SpecHttpServiceSpec#clusterIP
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
     * @schema KibanaV1Beta1SpecHttpServiceSpec#clusterIPs
     */
    readonly clusterIPs?: string[];
    /**
     * externalIPs is a list of IP addresses for which nodes in the cluster
     * will also accept traffic for this service.  These IPs are not managed by
     * Kubernetes.  The user is responsible for ensuring that traffic arrives
     * at a node with this IP.  A common example is external load-balancers
     * that are not part of the Kubernetes system.
     *
     * @schema KibanaV1Beta1SpecHttpServiceSpec#externalIPs
     */
    readonly externalIPs?: string[];
    /**
     * externalName is the external reference that discovery mechanisms will
     * return as an alias for this service (e.g. a DNS CNAME record). No
     * proxying will be involved.  Must be a lowercase RFC-1123 hostname
     * (https://tools.ietf.org/html/rfc1123) and requires `type` to be "ExternalName".
     *
     * @schema KibanaV1Beta1SpecHttpServiceSpec#externalName
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
     * @schema KibanaV1Beta1SpecHttpServiceSpec#externalTrafficPolicy
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
     * @schema KibanaV1Beta1SpecHttpServiceSpec#healthCheckNodePort
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
     * @schema KibanaV1Beta1SpecHttpServiceSpec#internalTrafficPolicy
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
     * @schema KibanaV1Beta1SpecHttpServiceSpec#ipFamilies
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
     * @schema KibanaV1Beta1SpecHttpServiceSpec#ipFamilyPolicy
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
     * @schema KibanaV1Beta1SpecHttpServiceSpec#loadBalancerClass
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
     * @schema KibanaV1Beta1SpecHttpServiceSpec#loadBalancerIP
     */
    readonly loadBalancerIp?: string;
    /**
     * If specified and supported by the platform, this will restrict traffic through the cloud-provider
     * load-balancer will be restricted to the specified client IPs. This field will be ignored if the
     * cloud-provider does not support the feature."
     * More info: https://kubernetes.io/docs/tasks/access-application-cluster/create-external-load-balancer/
     *
     * @schema KibanaV1Beta1SpecHttpServiceSpec#loadBalancerSourceRanges
     */
    readonly loadBalancerSourceRanges?: string[];
    /**
     * The list of ports that are exposed by this service.
     * More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies
     *
     * @schema KibanaV1Beta1SpecHttpServiceSpec#ports
     */
    readonly ports?: KibanaV1Beta1SpecHttpServiceSpecPorts[];
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
     * @schema KibanaV1Beta1SpecHttpServiceSpec#publishNotReadyAddresses
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
     * @schema KibanaV1Beta1SpecHttpServiceSpec#selector
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
     * @schema KibanaV1Beta1SpecHttpServiceSpec#sessionAffinity
     */
    readonly sessionAffinity?: string;
    /**
     * sessionAffinityConfig contains the configurations of session affinity.
     *
     * @schema KibanaV1Beta1SpecHttpServiceSpec#sessionAffinityConfig
     */
    readonly sessionAffinityConfig?: KibanaV1Beta1SpecHttpServiceSpecSessionAffinityConfig;
    /**
     * TrafficDistribution offers a way to express preferences for how traffic
     * is distributed to Service endpoints. Implementations can use this field
     * as a hint, but are not required to guarantee strict adherence. If the
     * field is not set, the implementation will apply its default routing
     * strategy. If set to "PreferClose", implementations should prioritize
     * endpoints that are in the same zone.
     *
     * @schema KibanaV1Beta1SpecHttpServiceSpec#trafficDistribution
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
     * @schema KibanaV1Beta1SpecHttpServiceSpec#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'KibanaV1Beta1SpecHttpServiceSpec' to JSON representation.
 */
export declare function toJson_KibanaV1Beta1SpecHttpServiceSpec(obj: KibanaV1Beta1SpecHttpServiceSpec | undefined): Record<string, any> | undefined;
/**
 * Certificate is a reference to a Kubernetes secret that contains the certificate and private key for enabling TLS.
 * The referenced secret should contain the following:
 *
 * - `ca.crt`: The certificate authority (optional).
 * - `tls.crt`: The certificate (or a chain).
 * - `tls.key`: The private key to the first certificate in the certificate chain.
 *
 * @schema KibanaV1Beta1SpecHttpTlsCertificate
 */
export interface KibanaV1Beta1SpecHttpTlsCertificate {
    /**
     * SecretName is the name of the secret.
     *
     * @schema KibanaV1Beta1SpecHttpTlsCertificate#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'KibanaV1Beta1SpecHttpTlsCertificate' to JSON representation.
 */
export declare function toJson_KibanaV1Beta1SpecHttpTlsCertificate(obj: KibanaV1Beta1SpecHttpTlsCertificate | undefined): Record<string, any> | undefined;
/**
 * SelfSignedCertificate allows configuring the self-signed certificate generated by the operator.
 *
 * @schema KibanaV1Beta1SpecHttpTlsSelfSignedCertificate
 */
export interface KibanaV1Beta1SpecHttpTlsSelfSignedCertificate {
    /**
     * Disabled indicates that the provisioning of the self-signed certifcate should be disabled.
     *
     * @schema KibanaV1Beta1SpecHttpTlsSelfSignedCertificate#disabled
     */
    readonly disabled?: boolean;
    /**
     * SubjectAlternativeNames is a list of SANs to include in the generated HTTP TLS certificate.
     *
     * @schema KibanaV1Beta1SpecHttpTlsSelfSignedCertificate#subjectAltNames
     */
    readonly subjectAltNames?: KibanaV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames[];
}
/**
 * Converts an object of type 'KibanaV1Beta1SpecHttpTlsSelfSignedCertificate' to JSON representation.
 */
export declare function toJson_KibanaV1Beta1SpecHttpTlsSelfSignedCertificate(obj: KibanaV1Beta1SpecHttpTlsSelfSignedCertificate | undefined): Record<string, any> | undefined;
/**
 * ServicePort contains information on service's port.
 *
 * @schema KibanaV1Beta1SpecHttpServiceSpecPorts
 */
export interface KibanaV1Beta1SpecHttpServiceSpecPorts {
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
     * @schema KibanaV1Beta1SpecHttpServiceSpecPorts#appProtocol
     */
    readonly appProtocol?: string;
    /**
     * The name of this port within the service. This must be a DNS_LABEL.
     * All ports within a ServiceSpec must have unique names. When considering
     * the endpoints for a Service, this must match the 'name' field in the
     * EndpointPort.
     * Optional if only one ServicePort is defined on this service.
     *
     * @schema KibanaV1Beta1SpecHttpServiceSpecPorts#name
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
     * @schema KibanaV1Beta1SpecHttpServiceSpecPorts#nodePort
     */
    readonly nodePort?: number;
    /**
     * The port that will be exposed by this service.
     *
     * @schema KibanaV1Beta1SpecHttpServiceSpecPorts#port
     */
    readonly port: number;
    /**
     * The IP protocol for this port. Supports "TCP", "UDP", and "SCTP".
     * Default is TCP.
     *
     * @default TCP.
     * @schema KibanaV1Beta1SpecHttpServiceSpecPorts#protocol
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
     * @schema KibanaV1Beta1SpecHttpServiceSpecPorts#targetPort
     */
    readonly targetPort?: KibanaV1Beta1SpecHttpServiceSpecPortsTargetPort;
}
/**
 * Converts an object of type 'KibanaV1Beta1SpecHttpServiceSpecPorts' to JSON representation.
 */
export declare function toJson_KibanaV1Beta1SpecHttpServiceSpecPorts(obj: KibanaV1Beta1SpecHttpServiceSpecPorts | undefined): Record<string, any> | undefined;
/**
 * sessionAffinityConfig contains the configurations of session affinity.
 *
 * @schema KibanaV1Beta1SpecHttpServiceSpecSessionAffinityConfig
 */
export interface KibanaV1Beta1SpecHttpServiceSpecSessionAffinityConfig {
    /**
     * clientIP contains the configurations of Client IP based session affinity.
     *
     * @schema KibanaV1Beta1SpecHttpServiceSpecSessionAffinityConfig#clientIP
     */
    readonly clientIp?: KibanaV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp;
}
/**
 * Converts an object of type 'KibanaV1Beta1SpecHttpServiceSpecSessionAffinityConfig' to JSON representation.
 */
export declare function toJson_KibanaV1Beta1SpecHttpServiceSpecSessionAffinityConfig(obj: KibanaV1Beta1SpecHttpServiceSpecSessionAffinityConfig | undefined): Record<string, any> | undefined;
/**
 * SubjectAlternativeName represents a SAN entry in a x509 certificate.
 *
 * @schema KibanaV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames
 */
export interface KibanaV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames {
    /**
     * DNS is the DNS name of the subject.
     *
     * @schema KibanaV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames#dns
     */
    readonly dns?: string;
    /**
     * IP is the IP address of the subject.
     *
     * @schema KibanaV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames#ip
     */
    readonly ip?: string;
}
/**
 * Converts an object of type 'KibanaV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames' to JSON representation.
 */
export declare function toJson_KibanaV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames(obj: KibanaV1Beta1SpecHttpTlsSelfSignedCertificateSubjectAltNames | undefined): Record<string, any> | undefined;
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
 * @schema KibanaV1Beta1SpecHttpServiceSpecPortsTargetPort
 */
export declare class KibanaV1Beta1SpecHttpServiceSpecPortsTargetPort {
    readonly value: number | string;
    static fromNumber(value: number): KibanaV1Beta1SpecHttpServiceSpecPortsTargetPort;
    static fromString(value: string): KibanaV1Beta1SpecHttpServiceSpecPortsTargetPort;
    private constructor();
}
/**
 * clientIP contains the configurations of Client IP based session affinity.
 *
 * @schema KibanaV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp
 */
export interface KibanaV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp {
    /**
     * timeoutSeconds specifies the seconds of ClientIP type session sticky time.
     * The value must be >0 && <=86400(for 1 day) if ServiceAffinity == "ClientIP".
     * Default value is 10800(for 3 hours).
     *
     * @schema KibanaV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'KibanaV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp' to JSON representation.
 */
export declare function toJson_KibanaV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp(obj: KibanaV1Beta1SpecHttpServiceSpecSessionAffinityConfigClientIp | undefined): Record<string, any> | undefined;
/**
 * to not break compatibility when upgrading from previous versions of the CRD
 *
 * @schema KibanaV1Alpha1
 */
export declare class KibanaV1Alpha1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KibanaV1Alpha1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KibanaV1Alpha1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: KibanaV1Alpha1Props): any;
    /**
     * Defines a "KibanaV1Alpha1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: KibanaV1Alpha1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * to not break compatibility when upgrading from previous versions of the CRD
 *
 * @schema KibanaV1Alpha1
 */
export interface KibanaV1Alpha1Props {
    /**
     * @schema KibanaV1Alpha1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
}
/**
 * Converts an object of type 'KibanaV1Alpha1Props' to JSON representation.
 */
export declare function toJson_KibanaV1Alpha1Props(obj: KibanaV1Alpha1Props | undefined): Record<string, any> | undefined;
