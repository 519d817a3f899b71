import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * NginxProxy is a configuration object that can be referenced from a GatewayClass parametersRef
or a Gateway infrastructure.parametersRef. It provides a way to configure data plane settings.
If referenced from a GatewayClass, the settings apply to all Gateways attached to the GatewayClass.
If referenced from a Gateway, the settings apply to that Gateway alone. If both a Gateway and its GatewayClass
reference an NginxProxy, the settings are merged. Settings specified on the Gateway NginxProxy override those
set on the GatewayClass NginxProxy.
 *
 * @schema NginxProxy
 */
export declare class NginxProxy extends ApiObject {
    /**
     * Returns the apiVersion and kind for "NginxProxy"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "NginxProxy".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: NginxProxyProps): any;
    /**
     * Defines a "NginxProxy" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: NginxProxyProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * NginxProxy is a configuration object that can be referenced from a GatewayClass parametersRef
 * or a Gateway infrastructure.parametersRef. It provides a way to configure data plane settings.
 * If referenced from a GatewayClass, the settings apply to all Gateways attached to the GatewayClass.
 * If referenced from a Gateway, the settings apply to that Gateway alone. If both a Gateway and its GatewayClass
 * reference an NginxProxy, the settings are merged. Settings specified on the Gateway NginxProxy override those
 * set on the GatewayClass NginxProxy.
 *
 * @schema NginxProxy
 */
export interface NginxProxyProps {
    /**
     * @schema NginxProxy#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec defines the desired state of the NginxProxy.
     *
     * @schema NginxProxy#spec
     */
    readonly spec: NginxProxySpec;
}
/**
 * Converts an object of type 'NginxProxyProps' to JSON representation.
 */
export declare function toJson_NginxProxyProps(obj: NginxProxyProps | undefined): Record<string, any> | undefined;
/**
 * Spec defines the desired state of the NginxProxy.
 *
 * @schema NginxProxySpec
 */
export interface NginxProxySpec {
    /**
     * DisableHTTP2 defines if http2 should be disabled for all servers.
     * If not specified, or set to false, http2 will be enabled for all servers.
     *
     * @schema NginxProxySpec#disableHTTP2
     */
    readonly disableHttp2?: boolean;
    /**
     * DisableSNIHostValidation disables the validation that ensures the SNI hostname
     * matches the Host header in HTTPS requests. When disabled, HTTPS connections can
     * be reused for requests to different hostnames covered by the same certificate.
     * This resolves HTTP/2 connection coalescing issues with wildcard certificates but
     * introduces security risks as described in Gateway API GEP-3567.
     * If not specified, defaults to false (validation enabled).
     *
     * @schema NginxProxySpec#disableSNIHostValidation
     */
    readonly disableSniHostValidation?: boolean;
    /**
     * DNSResolver specifies the DNS resolver configuration for external name resolution.
     * This enables support for routing to ExternalName Services.
     *
     * @schema NginxProxySpec#dnsResolver
     */
    readonly dnsResolver?: NginxProxySpecDnsResolver;
    /**
     * IPFamily specifies the IP family to be used by the NGINX.
     * Default is "dual", meaning the server will use both IPv4 and IPv6.
     *
     * @default dual", meaning the server will use both IPv4 and IPv6.
     * @schema NginxProxySpec#ipFamily
     */
    readonly ipFamily?: NginxProxySpecIpFamily;
    /**
     * Kubernetes contains the configuration for the NGINX Deployment and Service Kubernetes objects.
     *
     * @schema NginxProxySpec#kubernetes
     */
    readonly kubernetes?: NginxProxySpecKubernetes;
    /**
     * Logging defines logging related settings for NGINX.
     *
     * @schema NginxProxySpec#logging
     */
    readonly logging?: NginxProxySpecLogging;
    /**
     * Metrics defines the configuration for Prometheus scraping metrics. Changing this value results in a
     * re-roll of the NGINX deployment.
     *
     * @schema NginxProxySpec#metrics
     */
    readonly metrics?: NginxProxySpecMetrics;
    /**
     * NginxPlus specifies NGINX Plus additional settings.
     *
     * @schema NginxProxySpec#nginxPlus
     */
    readonly nginxPlus?: NginxProxySpecNginxPlus;
    /**
     * RewriteClientIP defines configuration for rewriting the client IP to the original client's IP.
     *
     * @schema NginxProxySpec#rewriteClientIP
     */
    readonly rewriteClientIp?: NginxProxySpecRewriteClientIp;
    /**
     * ServerTokens configures whether NGINX emits its version in the "Server"
     * response header and on error pages.
     *
     * OSS NGINX accepts:
     * - "on": Shows nginx and version (e.g. "nginx/1.25.0")
     * - "off": Shows nginx only (e.g. "nginx")
     * - "build": Shows version and build name (e.g. "nginx/1.25.0 (build-name)")
     *
     * NGINX Plus additionally accepts:
     * - "": Suppress the "Server" response header entirely
     * - <custom string>: Set a custom header value and supports variables
     *
     * See: https://nginx.org/en/docs/http/ngx_http_core_module.html#server_tokens
     * NGINX directive: https://nginx.org/en/docs/http/ngx_http_core_module.html#server_tokens
     * Default is "off".
     *
     * @default off".
     * @schema NginxProxySpec#serverTokens
     */
    readonly serverTokens?: string;
    /**
     * Telemetry specifies the OpenTelemetry configuration.
     *
     * @schema NginxProxySpec#telemetry
     */
    readonly telemetry?: NginxProxySpecTelemetry;
    /**
     * WAF configures NGINX App Protect WAF functionality.
     *
     * @schema NginxProxySpec#waf
     */
    readonly waf?: NginxProxySpecWaf;
    /**
     * WorkerConnections specifies the maximum number of simultaneous connections that can be opened by a worker process.
     * Default is 1024.
     *
     * @default 1024.
     * @schema NginxProxySpec#workerConnections
     */
    readonly workerConnections?: number;
}
/**
 * Converts an object of type 'NginxProxySpec' to JSON representation.
 */
export declare function toJson_NginxProxySpec(obj: NginxProxySpec | undefined): Record<string, any> | undefined;
/**
 * DNSResolver specifies the DNS resolver configuration for external name resolution.
 * This enables support for routing to ExternalName Services.
 *
 * @schema NginxProxySpecDnsResolver
 */
export interface NginxProxySpecDnsResolver {
    /**
     * Addresses specifies the list of DNS server addresses.
     * Each address can be an IP address or hostname.
     * Example: [{"type": "IPAddress", "value": "8.8.8.8"}, {"type": "Hostname", "value": "dns.google"}]
     *
     * @schema NginxProxySpecDnsResolver#addresses
     */
    readonly addresses: NginxProxySpecDnsResolverAddresses[];
    /**
     * CacheTTL specifies how long to cache DNS responses.
     *
     * @schema NginxProxySpecDnsResolver#cacheTTL
     */
    readonly cacheTtl?: string;
    /**
     * DisableIPv6 disables IPv6 lookups.
     * If not specified, or set to false, IPv6 lookups will be enabled.
     *
     * @schema NginxProxySpecDnsResolver#disableIPv6
     */
    readonly disableIPv6?: boolean;
    /**
     * Timeout specifies the timeout for name resolution.
     *
     * @schema NginxProxySpecDnsResolver#timeout
     */
    readonly timeout?: string;
}
/**
 * Converts an object of type 'NginxProxySpecDnsResolver' to JSON representation.
 */
export declare function toJson_NginxProxySpecDnsResolver(obj: NginxProxySpecDnsResolver | undefined): Record<string, any> | undefined;
/**
 * IPFamily specifies the IP family to be used by the NGINX.
 * Default is "dual", meaning the server will use both IPv4 and IPv6.
 *
 * @default dual", meaning the server will use both IPv4 and IPv6.
 * @schema NginxProxySpecIpFamily
 */
export declare enum NginxProxySpecIpFamily {
    /** dual */
    DUAL = "dual",
    /** ipv4 */
    IPV4 = "ipv4",
    /** ipv6 */
    IPV6 = "ipv6"
}
/**
 * Kubernetes contains the configuration for the NGINX Deployment and Service Kubernetes objects.
 *
 * @schema NginxProxySpecKubernetes
 */
export interface NginxProxySpecKubernetes {
    /**
     * DaemonSet is the configuration for the NGINX DaemonSet.
     *
     * @schema NginxProxySpecKubernetes#daemonSet
     */
    readonly daemonSet?: NginxProxySpecKubernetesDaemonSet;
    /**
     * Deployment is the configuration for the NGINX Deployment.
     * This is the default deployment option.
     *
     * @schema NginxProxySpecKubernetes#deployment
     */
    readonly deployment?: NginxProxySpecKubernetesDeployment;
    /**
     * Service is the configuration for the NGINX Service.
     *
     * @schema NginxProxySpecKubernetes#service
     */
    readonly service?: NginxProxySpecKubernetesService;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetes' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetes(obj: NginxProxySpecKubernetes | undefined): Record<string, any> | undefined;
/**
 * Logging defines logging related settings for NGINX.
 *
 * @schema NginxProxySpecLogging
 */
export interface NginxProxySpecLogging {
    /**
     * AccessLog defines the access log settings, including format itself and disabling option.
     * For now only path /dev/stdout can be used.
     *
     * @schema NginxProxySpecLogging#accessLog
     */
    readonly accessLog?: NginxProxySpecLoggingAccessLog;
    /**
     * AgentLevel defines the log level of the NGINX agent process. Changing this value results in a
     * re-roll of the NGINX deployment.
     *
     * @schema NginxProxySpecLogging#agentLevel
     */
    readonly agentLevel?: NginxProxySpecLoggingAgentLevel;
    /**
     * ErrorLevel defines the error log level. Possible log levels listed in order of increasing severity are
     * debug, info, notice, warn, error, crit, alert, and emerg. Setting a certain log level will cause all messages
     * of the specified and more severe log levels to be logged. For example, the log level 'error' will cause error,
     * crit, alert, and emerg messages to be logged. https://nginx.org/en/docs/ngx_core_module.html#error_log
     *
     * @schema NginxProxySpecLogging#errorLevel
     */
    readonly errorLevel?: NginxProxySpecLoggingErrorLevel;
}
/**
 * Converts an object of type 'NginxProxySpecLogging' to JSON representation.
 */
export declare function toJson_NginxProxySpecLogging(obj: NginxProxySpecLogging | undefined): Record<string, any> | undefined;
/**
 * Metrics defines the configuration for Prometheus scraping metrics. Changing this value results in a
 * re-roll of the NGINX deployment.
 *
 * @schema NginxProxySpecMetrics
 */
export interface NginxProxySpecMetrics {
    /**
     * Disable serving Prometheus metrics on the listen port.
     *
     * @schema NginxProxySpecMetrics#disable
     */
    readonly disable?: boolean;
    /**
     * Port where the Prometheus metrics are exposed.
     *
     * @schema NginxProxySpecMetrics#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'NginxProxySpecMetrics' to JSON representation.
 */
export declare function toJson_NginxProxySpecMetrics(obj: NginxProxySpecMetrics | undefined): Record<string, any> | undefined;
/**
 * NginxPlus specifies NGINX Plus additional settings.
 *
 * @schema NginxProxySpecNginxPlus
 */
export interface NginxProxySpecNginxPlus {
    /**
     * AllowedAddresses specifies IPAddresses or CIDR blocks to the allow list for accessing the NGINX Plus API.
     *
     * @schema NginxProxySpecNginxPlus#allowedAddresses
     */
    readonly allowedAddresses?: NginxProxySpecNginxPlusAllowedAddresses[];
}
/**
 * Converts an object of type 'NginxProxySpecNginxPlus' to JSON representation.
 */
export declare function toJson_NginxProxySpecNginxPlus(obj: NginxProxySpecNginxPlus | undefined): Record<string, any> | undefined;
/**
 * RewriteClientIP defines configuration for rewriting the client IP to the original client's IP.
 *
 * @schema NginxProxySpecRewriteClientIp
 */
export interface NginxProxySpecRewriteClientIp {
    /**
     * Mode defines how NGINX will rewrite the client's IP address.
     * There are two possible modes:
     * - ProxyProtocol: NGINX will rewrite the client's IP using the PROXY protocol header.
     * - XForwardedFor: NGINX will rewrite the client's IP using the X-Forwarded-For header.
     * Sets NGINX directive real_ip_header: https://nginx.org/en/docs/http/ngx_http_realip_module.html#real_ip_header
     *
     * @schema NginxProxySpecRewriteClientIp#mode
     */
    readonly mode?: NginxProxySpecRewriteClientIpMode;
    /**
     * SetIPRecursively configures whether recursive search is used when selecting the client's address from
     * the X-Forwarded-For header. It is used in conjunction with TrustedAddresses.
     * If enabled, NGINX will recurse on the values in X-Forwarded-Header from the end of array
     * to start of array and select the first untrusted IP.
     * For example, if X-Forwarded-For is [11.11.11.11, 22.22.22.22, 55.55.55.1],
     * and TrustedAddresses is set to 55.55.55.1/32, NGINX will rewrite the client IP to 22.22.22.22.
     * If disabled, NGINX will select the IP at the end of the array.
     * In the previous example, 55.55.55.1 would be selected.
     * Sets NGINX directive real_ip_recursive: https://nginx.org/en/docs/http/ngx_http_realip_module.html#real_ip_recursive
     *
     * @schema NginxProxySpecRewriteClientIp#setIPRecursively
     */
    readonly setIpRecursively?: boolean;
    /**
     * TrustedAddresses specifies the addresses that are trusted to send correct client IP information.
     * If a request comes from a trusted address, NGINX will rewrite the client IP information,
     * and forward it to the backend in the X-Forwarded-For* and X-Real-IP headers.
     * If the request does not come from a trusted address, NGINX will not rewrite the client IP information.
     * To trust all addresses (not recommended for production), set to 0.0.0.0/0.
     * If no addresses are provided, NGINX will not rewrite the client IP information.
     * Sets NGINX directive set_real_ip_from: https://nginx.org/en/docs/http/ngx_http_realip_module.html#set_real_ip_from
     * This field is required if mode is set.
     *
     * @schema NginxProxySpecRewriteClientIp#trustedAddresses
     */
    readonly trustedAddresses?: NginxProxySpecRewriteClientIpTrustedAddresses[];
}
/**
 * Converts an object of type 'NginxProxySpecRewriteClientIp' to JSON representation.
 */
export declare function toJson_NginxProxySpecRewriteClientIp(obj: NginxProxySpecRewriteClientIp | undefined): Record<string, any> | undefined;
/**
 * Telemetry specifies the OpenTelemetry configuration.
 *
 * @schema NginxProxySpecTelemetry
 */
export interface NginxProxySpecTelemetry {
    /**
     * DisabledFeatures specifies OpenTelemetry features to be disabled.
     *
     * @schema NginxProxySpecTelemetry#disabledFeatures
     */
    readonly disabledFeatures?: NginxProxySpecTelemetryDisabledFeatures[];
    /**
     * Exporter specifies OpenTelemetry export parameters.
     *
     * @schema NginxProxySpecTelemetry#exporter
     */
    readonly exporter?: NginxProxySpecTelemetryExporter;
    /**
     * ServiceName is the "service.name" attribute of the OpenTelemetry resource.
     * Default is 'ngf:<gateway-namespace>:<gateway-name>'. If a value is provided by the user,
     * then the default becomes a prefix to that value.
     *
     * @default ngf:<gateway-namespace>:<gateway-name>'. If a value is provided by the user,
     * @schema NginxProxySpecTelemetry#serviceName
     */
    readonly serviceName?: string;
    /**
     * SpanAttributes are custom key/value attributes that are added to each span.
     *
     * @schema NginxProxySpecTelemetry#spanAttributes
     */
    readonly spanAttributes?: NginxProxySpecTelemetrySpanAttributes[];
}
/**
 * Converts an object of type 'NginxProxySpecTelemetry' to JSON representation.
 */
export declare function toJson_NginxProxySpecTelemetry(obj: NginxProxySpecTelemetry | undefined): Record<string, any> | undefined;
/**
 * WAF configures NGINX App Protect WAF functionality.
 *
 * @schema NginxProxySpecWaf
 */
export interface NginxProxySpecWaf {
    /**
     * BundleFailOpen controls the behavior when a WAF policy bundle (policy or log profile)
     * has not yet been successfully fetched. When set to true, NGINX configuration is pushed
     * and traffic is served without WAF protection until the bundle becomes available. When
     * false (the default), the configuration push is withheld until the bundle is fetched,
     * maintaining a fail-closed posture.
     *
     * @schema NginxProxySpecWaf#bundleFailOpen
     */
    readonly bundleFailOpen?: boolean;
    /**
     * DisableCookieSeed disables the app_protect_cookie_seed directive.
     * By default, NGF sets this directive to a stable value derived from the Gateway UID,
     * ensuring WAF session cookies are consistent across multiple NGINX replicas.
     * Set this to true if you have pre-compiled the cookie seed into your WAF policy bundles
     * via the compiler global settings, to avoid conflicting with the compiled-in value.
     * Default is false.
     *
     * @default false.
     * @schema NginxProxySpecWaf#disableCookieSeed
     */
    readonly disableCookieSeed?: boolean;
    /**
     * Enable enables NGINX App Protect WAF functionality.
     * When enabled, NGINX Gateway Fabric will deploy additional WAF containers
     * (waf-enforcer and waf-config-mgr) alongside the main NGINX container.
     * Default is false.
     *
     * @default false.
     * @schema NginxProxySpecWaf#enable
     */
    readonly enable?: boolean;
}
/**
 * Converts an object of type 'NginxProxySpecWaf' to JSON representation.
 */
export declare function toJson_NginxProxySpecWaf(obj: NginxProxySpecWaf | undefined): Record<string, any> | undefined;
/**
 * DNSResolverAddress specifies the address type and value for a DNS resolver address.
 *
 * @schema NginxProxySpecDnsResolverAddresses
 */
export interface NginxProxySpecDnsResolverAddresses {
    /**
     * Type specifies the type of address.
     *
     * @schema NginxProxySpecDnsResolverAddresses#type
     */
    readonly type: NginxProxySpecDnsResolverAddressesType;
    /**
     * Value specifies the address value.
     * When Type is "IPAddress", this must be a valid IPv4 or IPv6 address.
     * When Type is "Hostname", this must be a valid hostname.
     *
     * @schema NginxProxySpecDnsResolverAddresses#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'NginxProxySpecDnsResolverAddresses' to JSON representation.
 */
export declare function toJson_NginxProxySpecDnsResolverAddresses(obj: NginxProxySpecDnsResolverAddresses | undefined): Record<string, any> | undefined;
/**
 * DaemonSet is the configuration for the NGINX DaemonSet.
 *
 * @schema NginxProxySpecKubernetesDaemonSet
 */
export interface NginxProxySpecKubernetesDaemonSet {
    /**
     * Container defines container fields for the NGINX container.
     *
     * @schema NginxProxySpecKubernetesDaemonSet#container
     */
    readonly container?: NginxProxySpecKubernetesDaemonSetContainer;
    /**
     * Patches are custom patches to apply to the NGINX DaemonSet.
     *
     * @schema NginxProxySpecKubernetesDaemonSet#patches
     */
    readonly patches?: NginxProxySpecKubernetesDaemonSetPatches[];
    /**
     * Pod defines Pod-specific fields.
     *
     * @schema NginxProxySpecKubernetesDaemonSet#pod
     */
    readonly pod?: NginxProxySpecKubernetesDaemonSetPod;
    /**
     * WAFContainers defines container specifications for NGINX App Protect WAF v5 containers.
     * These containers are only deployed when WAF is enabled in the NginxProxy spec.
     *
     * @schema NginxProxySpecKubernetesDaemonSet#wafContainers
     */
    readonly wafContainers?: NginxProxySpecKubernetesDaemonSetWafContainers;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSet' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSet(obj: NginxProxySpecKubernetesDaemonSet | undefined): Record<string, any> | undefined;
/**
 * Deployment is the configuration for the NGINX Deployment.
 * This is the default deployment option.
 *
 * @schema NginxProxySpecKubernetesDeployment
 */
export interface NginxProxySpecKubernetesDeployment {
    /**
     * Autoscaling defines the configuration for Horizontal Pod Autoscaling.
     *
     * @schema NginxProxySpecKubernetesDeployment#autoscaling
     */
    readonly autoscaling?: NginxProxySpecKubernetesDeploymentAutoscaling;
    /**
     * Container defines container fields for the NGINX container.
     *
     * @schema NginxProxySpecKubernetesDeployment#container
     */
    readonly container?: NginxProxySpecKubernetesDeploymentContainer;
    /**
     * Patches are custom patches to apply to the NGINX Deployment.
     *
     * @schema NginxProxySpecKubernetesDeployment#patches
     */
    readonly patches?: NginxProxySpecKubernetesDeploymentPatches[];
    /**
     * Pod defines Pod-specific fields.
     *
     * @schema NginxProxySpecKubernetesDeployment#pod
     */
    readonly pod?: NginxProxySpecKubernetesDeploymentPod;
    /**
     * Number of desired Pods.
     *
     * @schema NginxProxySpecKubernetesDeployment#replicas
     */
    readonly replicas?: number;
    /**
     * WAFContainers defines container specifications for NGINX App Protect WAF v5 containers.
     * These containers are only deployed when WAF is enabled in the NginxProxy spec.
     *
     * @schema NginxProxySpecKubernetesDeployment#wafContainers
     */
    readonly wafContainers?: NginxProxySpecKubernetesDeploymentWafContainers;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeployment' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeployment(obj: NginxProxySpecKubernetesDeployment | undefined): Record<string, any> | undefined;
/**
 * Service is the configuration for the NGINX Service.
 *
 * @schema NginxProxySpecKubernetesService
 */
export interface NginxProxySpecKubernetesService {
    /**
     * ExternalTrafficPolicy describes how nodes distribute service traffic they
     * receive on one of the Service's "externally-facing" addresses (NodePorts, ExternalIPs,
     * and LoadBalancer IPs).
     *
     * @schema NginxProxySpecKubernetesService#externalTrafficPolicy
     */
    readonly externalTrafficPolicy?: NginxProxySpecKubernetesServiceExternalTrafficPolicy;
    /**
     * LoadBalancerClass is the class of the load balancer implementation this Service belongs to.
     * Requires service type to be LoadBalancer.
     *
     * @schema NginxProxySpecKubernetesService#loadBalancerClass
     */
    readonly loadBalancerClass?: string;
    /**
     * LoadBalancerIP is a static IP address for the load balancer. Requires service type to be LoadBalancer.
     *
     * @schema NginxProxySpecKubernetesService#loadBalancerIP
     */
    readonly loadBalancerIp?: string;
    /**
     * LoadBalancerSourceRanges are the IP ranges (CIDR) that are allowed to access the load balancer.
     * Requires service type to be LoadBalancer.
     *
     * @schema NginxProxySpecKubernetesService#loadBalancerSourceRanges
     */
    readonly loadBalancerSourceRanges?: string[];
    /**
     * NodePorts are the list of NodePorts to expose on the NGINX data plane service.
     * Each NodePort MUST map to a Gateway listener port, otherwise it will be ignored.
     * The default NodePort range enforced by Kubernetes is 30000-32767.
     *
     * @schema NginxProxySpecKubernetesService#nodePorts
     */
    readonly nodePorts?: NginxProxySpecKubernetesServiceNodePorts[];
    /**
     * Patches are custom patches to apply to the NGINX Service.
     *
     * @schema NginxProxySpecKubernetesService#patches
     */
    readonly patches?: NginxProxySpecKubernetesServicePatches[];
    /**
     * ServiceType describes ingress method for the Service.
     *
     * @schema NginxProxySpecKubernetesService#type
     */
    readonly type?: NginxProxySpecKubernetesServiceType;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesService' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesService(obj: NginxProxySpecKubernetesService | undefined): Record<string, any> | undefined;
/**
 * AccessLog defines the access log settings, including format itself and disabling option.
 * For now only path /dev/stdout can be used.
 *
 * @schema NginxProxySpecLoggingAccessLog
 */
export interface NginxProxySpecLoggingAccessLog {
    /**
     * Disable turns off access logging when set to true.
     *
     * @schema NginxProxySpecLoggingAccessLog#disable
     */
    readonly disable?: boolean;
    /**
     * Escape specifies how to escape characters in variables for access log.
     * Possible values are: default, json, none.
     * If not specified, 'default' escaping is used.
     * See https://nginx.org/en/docs/http/ngx_http_log_module.html#log_format
     *
     * @schema NginxProxySpecLoggingAccessLog#escape
     */
    readonly escape?: NginxProxySpecLoggingAccessLogEscape;
    /**
     * Format specifies the custom log format string.
     * If not specified, NGINX default 'combined' format is used.
     * For now only path /dev/stdout can be used.
     * Single quotes and line breaks are not allowed because the format is
     * rendered inside a single-quoted NGINX log_format directive.
     * See https://nginx.org/en/docs/http/ngx_http_log_module.html#log_format
     *
     * @schema NginxProxySpecLoggingAccessLog#format
     */
    readonly format?: string;
}
/**
 * Converts an object of type 'NginxProxySpecLoggingAccessLog' to JSON representation.
 */
export declare function toJson_NginxProxySpecLoggingAccessLog(obj: NginxProxySpecLoggingAccessLog | undefined): Record<string, any> | undefined;
/**
 * AgentLevel defines the log level of the NGINX agent process. Changing this value results in a
 * re-roll of the NGINX deployment.
 *
 * @schema NginxProxySpecLoggingAgentLevel
 */
export declare enum NginxProxySpecLoggingAgentLevel {
    /** debug */
    DEBUG = "debug",
    /** info */
    INFO = "info",
    /** error */
    ERROR = "error",
    /** panic */
    PANIC = "panic",
    /** fatal */
    FATAL = "fatal"
}
/**
 * ErrorLevel defines the error log level. Possible log levels listed in order of increasing severity are
 * debug, info, notice, warn, error, crit, alert, and emerg. Setting a certain log level will cause all messages
 * of the specified and more severe log levels to be logged. For example, the log level 'error' will cause error,
 * crit, alert, and emerg messages to be logged. https://nginx.org/en/docs/ngx_core_module.html#error_log
 *
 * @schema NginxProxySpecLoggingErrorLevel
 */
export declare enum NginxProxySpecLoggingErrorLevel {
    /** debug */
    DEBUG = "debug",
    /** info */
    INFO = "info",
    /** notice */
    NOTICE = "notice",
    /** warn */
    WARN = "warn",
    /** error */
    ERROR = "error",
    /** crit */
    CRIT = "crit",
    /** alert */
    ALERT = "alert",
    /** emerg */
    EMERG = "emerg"
}
/**
 * NginxPlusAllowAddress specifies the address type and value for an NginxPlus allow address.
 *
 * @schema NginxProxySpecNginxPlusAllowedAddresses
 */
export interface NginxProxySpecNginxPlusAllowedAddresses {
    /**
     * Type specifies the type of address.
     *
     * @schema NginxProxySpecNginxPlusAllowedAddresses#type
     */
    readonly type: NginxProxySpecNginxPlusAllowedAddressesType;
    /**
     * Value specifies the address value.
     *
     * @schema NginxProxySpecNginxPlusAllowedAddresses#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'NginxProxySpecNginxPlusAllowedAddresses' to JSON representation.
 */
export declare function toJson_NginxProxySpecNginxPlusAllowedAddresses(obj: NginxProxySpecNginxPlusAllowedAddresses | undefined): Record<string, any> | undefined;
/**
 * Mode defines how NGINX will rewrite the client's IP address.
 * There are two possible modes:
 * - ProxyProtocol: NGINX will rewrite the client's IP using the PROXY protocol header.
 * - XForwardedFor: NGINX will rewrite the client's IP using the X-Forwarded-For header.
 * Sets NGINX directive real_ip_header: https://nginx.org/en/docs/http/ngx_http_realip_module.html#real_ip_header
 *
 * @schema NginxProxySpecRewriteClientIpMode
 */
export declare enum NginxProxySpecRewriteClientIpMode {
    /** ProxyProtocol */
    PROXY_PROTOCOL = "ProxyProtocol",
    /** XForwardedFor */
    X_FORWARDED_FOR = "XForwardedFor"
}
/**
 * RewriteClientIPAddress specifies the address type and value for a RewriteClientIP address.
 *
 * @schema NginxProxySpecRewriteClientIpTrustedAddresses
 */
export interface NginxProxySpecRewriteClientIpTrustedAddresses {
    /**
     * Type specifies the type of address.
     *
     * @schema NginxProxySpecRewriteClientIpTrustedAddresses#type
     */
    readonly type: NginxProxySpecRewriteClientIpTrustedAddressesType;
    /**
     * Value specifies the address value.
     *
     * @schema NginxProxySpecRewriteClientIpTrustedAddresses#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'NginxProxySpecRewriteClientIpTrustedAddresses' to JSON representation.
 */
export declare function toJson_NginxProxySpecRewriteClientIpTrustedAddresses(obj: NginxProxySpecRewriteClientIpTrustedAddresses | undefined): Record<string, any> | undefined;
/**
 * DisableTelemetryFeature is a telemetry feature that can be disabled.
 *
 * @schema NginxProxySpecTelemetryDisabledFeatures
 */
export declare enum NginxProxySpecTelemetryDisabledFeatures {
    /** DisableTracing */
    DISABLE_TRACING = "DisableTracing"
}
/**
 * Exporter specifies OpenTelemetry export parameters.
 *
 * @schema NginxProxySpecTelemetryExporter
 */
export interface NginxProxySpecTelemetryExporter {
    /**
     * BatchCount is the number of pending batches per worker, spans exceeding the limit are dropped.
     * Default: https://nginx.org/en/docs/ngx_otel_module.html#otel_exporter
     *
     * @schema NginxProxySpecTelemetryExporter#batchCount
     */
    readonly batchCount?: number;
    /**
     * BatchSize is the maximum number of spans to be sent in one batch per worker.
     * Default: https://nginx.org/en/docs/ngx_otel_module.html#otel_exporter
     *
     * @schema NginxProxySpecTelemetryExporter#batchSize
     */
    readonly batchSize?: number;
    /**
     * Endpoint is the address of OTLP/gRPC endpoint that will accept telemetry data.
     * Format: alphanumeric hostname with optional http scheme and optional port.
     *
     * @schema NginxProxySpecTelemetryExporter#endpoint
     */
    readonly endpoint?: string;
    /**
     * Interval is the maximum interval between two exports.
     * Default: https://nginx.org/en/docs/ngx_otel_module.html#otel_exporter
     *
     * @schema NginxProxySpecTelemetryExporter#interval
     */
    readonly interval?: string;
}
/**
 * Converts an object of type 'NginxProxySpecTelemetryExporter' to JSON representation.
 */
export declare function toJson_NginxProxySpecTelemetryExporter(obj: NginxProxySpecTelemetryExporter | undefined): Record<string, any> | undefined;
/**
 * SpanAttribute is a key value pair to be added to a tracing span.
 *
 * @schema NginxProxySpecTelemetrySpanAttributes
 */
export interface NginxProxySpecTelemetrySpanAttributes {
    /**
     * Key is the key for a span attribute.
     * Format: must have all '"' escaped and must not contain any '$' or end with an unescaped '\'
     *
     * @schema NginxProxySpecTelemetrySpanAttributes#key
     */
    readonly key: string;
    /**
     * Value is the value for a span attribute.
     * Format: must have all '"' escaped and must not contain any '$' or end with an unescaped '\'
     *
     * @schema NginxProxySpecTelemetrySpanAttributes#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'NginxProxySpecTelemetrySpanAttributes' to JSON representation.
 */
export declare function toJson_NginxProxySpecTelemetrySpanAttributes(obj: NginxProxySpecTelemetrySpanAttributes | undefined): Record<string, any> | undefined;
/**
 * Type specifies the type of address.
 *
 * @schema NginxProxySpecDnsResolverAddressesType
 */
export declare enum NginxProxySpecDnsResolverAddressesType {
    /** IPAddress */
    IP_ADDRESS = "IPAddress",
    /** Hostname */
    HOSTNAME = "Hostname"
}
/**
 * Container defines container fields for the NGINX container.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainer
 */
export interface NginxProxySpecKubernetesDaemonSetContainer {
    /**
     * Debug enables debugging for NGINX by using the nginx-debug binary.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainer#debug
     */
    readonly debug?: boolean;
    /**
     * HostPorts are the list of ports to expose on the host.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainer#hostPorts
     */
    readonly hostPorts?: NginxProxySpecKubernetesDaemonSetContainerHostPorts[];
    /**
     * Image is the NGINX image to use.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainer#image
     */
    readonly image?: NginxProxySpecKubernetesDaemonSetContainerImage;
    /**
     * Lifecycle describes actions that the management system should take in response to container lifecycle
     * events. For the PostStart and PreStop lifecycle handlers, management of the container blocks
     * until the action is complete, unless the container process fails, in which case the handler is aborted.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainer#lifecycle
     */
    readonly lifecycle?: NginxProxySpecKubernetesDaemonSetContainerLifecycle;
    /**
     * ReadinessProbe defines the readiness probe for the NGINX container.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainer#readinessProbe
     */
    readonly readinessProbe?: NginxProxySpecKubernetesDaemonSetContainerReadinessProbe;
    /**
     * Resources describes the compute resource requirements.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainer#resources
     */
    readonly resources?: NginxProxySpecKubernetesDaemonSetContainerResources;
    /**
     * VolumeMounts describe the mounting of Volumes within a container.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainer#volumeMounts
     */
    readonly volumeMounts?: NginxProxySpecKubernetesDaemonSetContainerVolumeMounts[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainer' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainer(obj: NginxProxySpecKubernetesDaemonSetContainer | undefined): Record<string, any> | undefined;
/**
 * Patch defines a patch to apply to a Kubernetes object.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPatches
 */
export interface NginxProxySpecKubernetesDaemonSetPatches {
    /**
     * Type is the type of patch. Defaults to StrategicMerge.
     *
     * @default StrategicMerge.
     * @schema NginxProxySpecKubernetesDaemonSetPatches#type
     */
    readonly type?: NginxProxySpecKubernetesDaemonSetPatchesType;
    /**
     * Value is the patch data as raw JSON.
     * For StrategicMerge and Merge patches, this should be a JSON object.
     * For JSONPatch patches, this should be a JSON array of patch operations.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPatches#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPatches' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPatches(obj: NginxProxySpecKubernetesDaemonSetPatches | undefined): Record<string, any> | undefined;
/**
 * Pod defines Pod-specific fields.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPod
 */
export interface NginxProxySpecKubernetesDaemonSetPod {
    /**
     * Affinity is the pod's scheduling constraints.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPod#affinity
     */
    readonly affinity?: NginxProxySpecKubernetesDaemonSetPodAffinity;
    /**
     * NodeSelector is a selector which must be true for the pod to fit on a node.
     * Selector which must match a node's labels for the pod to be scheduled on that node.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPod#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * TerminationGracePeriodSeconds is the optional duration in seconds the pod needs to terminate gracefully.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * If this value is nil, the default grace period will be used instead.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * Defaults to 30 seconds.
     *
     * @default 30 seconds.
     * @schema NginxProxySpecKubernetesDaemonSetPod#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Tolerations allow the scheduler to schedule Pods with matching taints.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPod#tolerations
     */
    readonly tolerations?: NginxProxySpecKubernetesDaemonSetPodTolerations[];
    /**
     * TopologySpreadConstraints describes how a group of Pods ought to spread across topology
     * domains. Scheduler will schedule Pods in a way which abides by the constraints.
     * All topologySpreadConstraints are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPod#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraints[];
    /**
     * Volumes represents named volumes in a pod that may be accessed by any container in the pod.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPod#volumes
     */
    readonly volumes?: NginxProxySpecKubernetesDaemonSetPodVolumes[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPod' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPod(obj: NginxProxySpecKubernetesDaemonSetPod | undefined): Record<string, any> | undefined;
/**
 * WAFContainers defines container specifications for NGINX App Protect WAF v5 containers.
 * These containers are only deployed when WAF is enabled in the NginxProxy spec.
 *
 * @schema NginxProxySpecKubernetesDaemonSetWafContainers
 */
export interface NginxProxySpecKubernetesDaemonSetWafContainers {
    /**
     * ConfigManager defines the configuration for the WAF configuration manager container.
     * This container manages policy configuration and communication with the enforcer.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainers#configManager
     */
    readonly configManager?: NginxProxySpecKubernetesDaemonSetWafContainersConfigManager;
    /**
     * Enforcer defines the configuration for the WAF enforcer container.
     * This container performs the actual WAF enforcement and policy application.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainers#enforcer
     */
    readonly enforcer?: NginxProxySpecKubernetesDaemonSetWafContainersEnforcer;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetWafContainers' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetWafContainers(obj: NginxProxySpecKubernetesDaemonSetWafContainers | undefined): Record<string, any> | undefined;
/**
 * Autoscaling defines the configuration for Horizontal Pod Autoscaling.
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscaling
 */
export interface NginxProxySpecKubernetesDeploymentAutoscaling {
    /**
     * Behavior configures the scaling behavior of the target
     * in both Up and Down directions (scaleUp and scaleDown fields respectively).
     * If not set, the default HPAScalingRules for scale up and scale down are used.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscaling#behavior
     */
    readonly behavior?: NginxProxySpecKubernetesDeploymentAutoscalingBehavior;
    /**
     * Enable or disable Horizontal Pod Autoscaler.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscaling#enable
     */
    readonly enable: boolean;
    /**
     * Maximum number of replicas.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscaling#maxReplicas
     */
    readonly maxReplicas: number;
    /**
     * Metrics configures additional metrics options.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscaling#metrics
     */
    readonly metrics?: NginxProxySpecKubernetesDeploymentAutoscalingMetrics[];
    /**
     * Minimum number of replicas.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscaling#minReplicas
     */
    readonly minReplicas?: number;
    /**
     * Target cpu utilization percentage of HPA.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscaling#targetCPUUtilizationPercentage
     */
    readonly targetCpuUtilizationPercentage?: number;
    /**
     * Target memory utilization percentage of HPA.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscaling#targetMemoryUtilizationPercentage
     */
    readonly targetMemoryUtilizationPercentage?: number;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscaling' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscaling(obj: NginxProxySpecKubernetesDeploymentAutoscaling | undefined): Record<string, any> | undefined;
/**
 * Container defines container fields for the NGINX container.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainer
 */
export interface NginxProxySpecKubernetesDeploymentContainer {
    /**
     * Debug enables debugging for NGINX by using the nginx-debug binary.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainer#debug
     */
    readonly debug?: boolean;
    /**
     * HostPorts are the list of ports to expose on the host.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainer#hostPorts
     */
    readonly hostPorts?: NginxProxySpecKubernetesDeploymentContainerHostPorts[];
    /**
     * Image is the NGINX image to use.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainer#image
     */
    readonly image?: NginxProxySpecKubernetesDeploymentContainerImage;
    /**
     * Lifecycle describes actions that the management system should take in response to container lifecycle
     * events. For the PostStart and PreStop lifecycle handlers, management of the container blocks
     * until the action is complete, unless the container process fails, in which case the handler is aborted.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainer#lifecycle
     */
    readonly lifecycle?: NginxProxySpecKubernetesDeploymentContainerLifecycle;
    /**
     * ReadinessProbe defines the readiness probe for the NGINX container.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainer#readinessProbe
     */
    readonly readinessProbe?: NginxProxySpecKubernetesDeploymentContainerReadinessProbe;
    /**
     * Resources describes the compute resource requirements.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainer#resources
     */
    readonly resources?: NginxProxySpecKubernetesDeploymentContainerResources;
    /**
     * VolumeMounts describe the mounting of Volumes within a container.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainer#volumeMounts
     */
    readonly volumeMounts?: NginxProxySpecKubernetesDeploymentContainerVolumeMounts[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainer' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainer(obj: NginxProxySpecKubernetesDeploymentContainer | undefined): Record<string, any> | undefined;
/**
 * Patch defines a patch to apply to a Kubernetes object.
 *
 * @schema NginxProxySpecKubernetesDeploymentPatches
 */
export interface NginxProxySpecKubernetesDeploymentPatches {
    /**
     * Type is the type of patch. Defaults to StrategicMerge.
     *
     * @default StrategicMerge.
     * @schema NginxProxySpecKubernetesDeploymentPatches#type
     */
    readonly type?: NginxProxySpecKubernetesDeploymentPatchesType;
    /**
     * Value is the patch data as raw JSON.
     * For StrategicMerge and Merge patches, this should be a JSON object.
     * For JSONPatch patches, this should be a JSON array of patch operations.
     *
     * @schema NginxProxySpecKubernetesDeploymentPatches#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPatches' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPatches(obj: NginxProxySpecKubernetesDeploymentPatches | undefined): Record<string, any> | undefined;
/**
 * Pod defines Pod-specific fields.
 *
 * @schema NginxProxySpecKubernetesDeploymentPod
 */
export interface NginxProxySpecKubernetesDeploymentPod {
    /**
     * Affinity is the pod's scheduling constraints.
     *
     * @schema NginxProxySpecKubernetesDeploymentPod#affinity
     */
    readonly affinity?: NginxProxySpecKubernetesDeploymentPodAffinity;
    /**
     * NodeSelector is a selector which must be true for the pod to fit on a node.
     * Selector which must match a node's labels for the pod to be scheduled on that node.
     *
     * @schema NginxProxySpecKubernetesDeploymentPod#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * TerminationGracePeriodSeconds is the optional duration in seconds the pod needs to terminate gracefully.
     * Value must be non-negative integer. The value zero indicates stop immediately via
     * the kill signal (no opportunity to shut down).
     * If this value is nil, the default grace period will be used instead.
     * The grace period is the duration in seconds after the processes running in the pod are sent
     * a termination signal and the time when the processes are forcibly halted with a kill signal.
     * Set this value longer than the expected cleanup time for your process.
     * Defaults to 30 seconds.
     *
     * @default 30 seconds.
     * @schema NginxProxySpecKubernetesDeploymentPod#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * Tolerations allow the scheduler to schedule Pods with matching taints.
     *
     * @schema NginxProxySpecKubernetesDeploymentPod#tolerations
     */
    readonly tolerations?: NginxProxySpecKubernetesDeploymentPodTolerations[];
    /**
     * TopologySpreadConstraints describes how a group of Pods ought to spread across topology
     * domains. Scheduler will schedule Pods in a way which abides by the constraints.
     * All topologySpreadConstraints are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPod#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraints[];
    /**
     * Volumes represents named volumes in a pod that may be accessed by any container in the pod.
     *
     * @schema NginxProxySpecKubernetesDeploymentPod#volumes
     */
    readonly volumes?: NginxProxySpecKubernetesDeploymentPodVolumes[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPod' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPod(obj: NginxProxySpecKubernetesDeploymentPod | undefined): Record<string, any> | undefined;
/**
 * WAFContainers defines container specifications for NGINX App Protect WAF v5 containers.
 * These containers are only deployed when WAF is enabled in the NginxProxy spec.
 *
 * @schema NginxProxySpecKubernetesDeploymentWafContainers
 */
export interface NginxProxySpecKubernetesDeploymentWafContainers {
    /**
     * ConfigManager defines the configuration for the WAF configuration manager container.
     * This container manages policy configuration and communication with the enforcer.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainers#configManager
     */
    readonly configManager?: NginxProxySpecKubernetesDeploymentWafContainersConfigManager;
    /**
     * Enforcer defines the configuration for the WAF enforcer container.
     * This container performs the actual WAF enforcement and policy application.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainers#enforcer
     */
    readonly enforcer?: NginxProxySpecKubernetesDeploymentWafContainersEnforcer;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentWafContainers' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentWafContainers(obj: NginxProxySpecKubernetesDeploymentWafContainers | undefined): Record<string, any> | undefined;
/**
 * ExternalTrafficPolicy describes how nodes distribute service traffic they
 * receive on one of the Service's "externally-facing" addresses (NodePorts, ExternalIPs,
 * and LoadBalancer IPs).
 *
 * @schema NginxProxySpecKubernetesServiceExternalTrafficPolicy
 */
export declare enum NginxProxySpecKubernetesServiceExternalTrafficPolicy {
    /** Cluster */
    CLUSTER = "Cluster",
    /** Local */
    LOCAL = "Local"
}
/**
 * NodePort creates a port on each node on which the NGINX data plane service is exposed. The NodePort MUST
 * map to a Gateway listener port, otherwise it will be ignored. If not specified, Kubernetes allocates a NodePort
 * automatically if required. The default NodePort range enforced by Kubernetes is 30000-32767.
 *
 * @schema NginxProxySpecKubernetesServiceNodePorts
 */
export interface NginxProxySpecKubernetesServiceNodePorts {
    /**
     * ListenerPort is the Gateway listener port that this NodePort maps to.
     *
     * @schema NginxProxySpecKubernetesServiceNodePorts#listenerPort
     */
    readonly listenerPort: number;
    /**
     * Port is the NodePort to expose.
     *
     * @schema NginxProxySpecKubernetesServiceNodePorts#port
     */
    readonly port: number;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesServiceNodePorts' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesServiceNodePorts(obj: NginxProxySpecKubernetesServiceNodePorts | undefined): Record<string, any> | undefined;
/**
 * Patch defines a patch to apply to a Kubernetes object.
 *
 * @schema NginxProxySpecKubernetesServicePatches
 */
export interface NginxProxySpecKubernetesServicePatches {
    /**
     * Type is the type of patch. Defaults to StrategicMerge.
     *
     * @default StrategicMerge.
     * @schema NginxProxySpecKubernetesServicePatches#type
     */
    readonly type?: NginxProxySpecKubernetesServicePatchesType;
    /**
     * Value is the patch data as raw JSON.
     * For StrategicMerge and Merge patches, this should be a JSON object.
     * For JSONPatch patches, this should be a JSON array of patch operations.
     *
     * @schema NginxProxySpecKubernetesServicePatches#value
     */
    readonly value?: any;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesServicePatches' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesServicePatches(obj: NginxProxySpecKubernetesServicePatches | undefined): Record<string, any> | undefined;
/**
 * ServiceType describes ingress method for the Service.
 *
 * @schema NginxProxySpecKubernetesServiceType
 */
export declare enum NginxProxySpecKubernetesServiceType {
    /** ClusterIP */
    CLUSTER_IP = "ClusterIP",
    /** LoadBalancer */
    LOAD_BALANCER = "LoadBalancer",
    /** NodePort */
    NODE_PORT = "NodePort"
}
/**
 * Escape specifies how to escape characters in variables for access log.
 * Possible values are: default, json, none.
 * If not specified, 'default' escaping is used.
 * See https://nginx.org/en/docs/http/ngx_http_log_module.html#log_format
 *
 * @schema NginxProxySpecLoggingAccessLogEscape
 */
export declare enum NginxProxySpecLoggingAccessLogEscape {
    /** default */
    DEFAULT = "default",
    /** json */
    JSON = "json",
    /** none */
    NONE = "none"
}
/**
 * Type specifies the type of address.
 *
 * @schema NginxProxySpecNginxPlusAllowedAddressesType
 */
export declare enum NginxProxySpecNginxPlusAllowedAddressesType {
    /** CIDR */
    CIDR = "CIDR",
    /** IPAddress */
    IP_ADDRESS = "IPAddress"
}
/**
 * Type specifies the type of address.
 *
 * @schema NginxProxySpecRewriteClientIpTrustedAddressesType
 */
export declare enum NginxProxySpecRewriteClientIpTrustedAddressesType {
    /** CIDR */
    CIDR = "CIDR",
    /** IPAddress */
    IP_ADDRESS = "IPAddress",
    /** Hostname */
    HOSTNAME = "Hostname"
}
/**
 * HostPort exposes an nginx container port on the host.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerHostPorts
 */
export interface NginxProxySpecKubernetesDaemonSetContainerHostPorts {
    /**
     * ContainerPort is the port on the nginx container to map to the HostPort.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerHostPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * Port to expose on the host.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerHostPorts#port
     */
    readonly port: number;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerHostPorts' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerHostPorts(obj: NginxProxySpecKubernetesDaemonSetContainerHostPorts | undefined): Record<string, any> | undefined;
/**
 * Image is the NGINX image to use.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerImage
 */
export interface NginxProxySpecKubernetesDaemonSetContainerImage {
    /**
     * PullPolicy describes a policy for if/when to pull a container image.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerImage#pullPolicy
     */
    readonly pullPolicy?: NginxProxySpecKubernetesDaemonSetContainerImagePullPolicy;
    /**
     * Repository is the image path.
     * Default is ghcr.io/nginx/nginx-gateway-fabric/nginx.
     *
     * @default ghcr.io/nginx/nginx-gateway-fabric/nginx.
     * @schema NginxProxySpecKubernetesDaemonSetContainerImage#repository
     */
    readonly repository?: string;
    /**
     * Tag is the image tag to use. Default matches the tag of the control plane.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerImage#tag
     */
    readonly tag?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerImage' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerImage(obj: NginxProxySpecKubernetesDaemonSetContainerImage | undefined): Record<string, any> | undefined;
/**
 * Lifecycle describes actions that the management system should take in response to container lifecycle
 * events. For the PostStart and PreStop lifecycle handlers, management of the container blocks
 * until the action is complete, unless the container process fails, in which case the handler is aborted.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerLifecycle
 */
export interface NginxProxySpecKubernetesDaemonSetContainerLifecycle {
    /**
     * PostStart is called immediately after a container is created. If the handler fails,
     * the container is terminated and restarted according to its restart policy.
     * Other management of the container blocks until the hook completes.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecycle#postStart
     */
    readonly postStart?: NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStart;
    /**
     * PreStop is called immediately before a container is terminated due to an
     * API request or management event such as liveness/startup probe failure,
     * preemption, resource contention, etc. The handler is not called if the
     * container crashes or exits. The Pod's termination grace period countdown begins before the
     * PreStop hook is executed. Regardless of the outcome of the handler, the
     * container will eventually terminate within the Pod's termination grace
     * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
     * or until the termination grace period is reached.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecycle#preStop
     */
    readonly preStop?: NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStop;
    /**
     * StopSignal defines which signal will be sent to a container when it is being stopped.
     * If not specified, the default is defined by the container runtime in use.
     * StopSignal can only be set for Pods with a non-empty .spec.os.name
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerLifecycle' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerLifecycle(obj: NginxProxySpecKubernetesDaemonSetContainerLifecycle | undefined): Record<string, any> | undefined;
/**
 * ReadinessProbe defines the readiness probe for the NGINX container.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerReadinessProbe
 */
export interface NginxProxySpecKubernetesDaemonSetContainerReadinessProbe {
    /**
     * Expose toggles whether the endpoint should be exposed through
     * the Gateway Service object. This allows an external LoadBalancer
     * to perform healthchecks. Default is false.
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDaemonSetContainerReadinessProbe#expose
     */
    readonly expose?: boolean;
    /**
     * InitialDelaySeconds is the number of seconds after the container has
     * started before the readiness probe is initiated.
     * If not specified, the default is 3 seconds.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * Path is the path on which the readiness endpoint is exposed.
     * If not specified, the default path is /readyz.
     * Must start with a forward slash and contain only valid URL path characters.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerReadinessProbe#path
     */
    readonly path?: string;
    /**
     * Port is the port on which the readiness endpoint is exposed.
     * If not specified, the default port is 8081.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerReadinessProbe#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerReadinessProbe' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerReadinessProbe(obj: NginxProxySpecKubernetesDaemonSetContainerReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * Resources describes the compute resource requirements.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerResources
 */
export interface NginxProxySpecKubernetesDaemonSetContainerResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This field depends on the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerResources#claims
     */
    readonly claims?: NginxProxySpecKubernetesDaemonSetContainerResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerResources#limits
     */
    readonly limits?: {
        [key: string]: NginxProxySpecKubernetesDaemonSetContainerResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerResources#requests
     */
    readonly requests?: {
        [key: string]: NginxProxySpecKubernetesDaemonSetContainerResourcesRequests;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerResources' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerResources(obj: NginxProxySpecKubernetesDaemonSetContainerResources | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerVolumeMounts
 */
export interface NginxProxySpecKubernetesDaemonSetContainerVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDaemonSetContainerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema NginxProxySpecKubernetesDaemonSetContainerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema NginxProxySpecKubernetesDaemonSetContainerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerVolumeMounts' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerVolumeMounts(obj: NginxProxySpecKubernetesDaemonSetContainerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * Type is the type of patch. Defaults to StrategicMerge.
 *
 * @default StrategicMerge.
 * @schema NginxProxySpecKubernetesDaemonSetPatchesType
 */
export declare enum NginxProxySpecKubernetesDaemonSetPatchesType {
    /** StrategicMerge */
    STRATEGIC_MERGE = "StrategicMerge",
    /** Merge */
    MERGE = "Merge",
    /** JSONPatch */
    JSON_PATCH = "JSONPatch"
}
/**
 * Affinity is the pod's scheduling constraints.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinity
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinity {
    /**
     * Describes node affinity scheduling rules for the pod.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinity#nodeAffinity
     */
    readonly nodeAffinity?: NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinity;
    /**
     * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinity#podAffinity
     */
    readonly podAffinity?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinity;
    /**
     * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinity' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinity(obj: NginxProxySpecKubernetesDaemonSetPodAffinity | undefined): Record<string, any> | undefined;
/**
 * The pod this Toleration is attached to tolerates any taint that matches
 * the triple <key,value,effect> using the matching operator <operator>.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodTolerations
 */
export interface NginxProxySpecKubernetesDaemonSetPodTolerations {
    /**
     * Effect indicates the taint effect to match. Empty means match all taint effects.
     * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodTolerations#effect
     */
    readonly effect?: string;
    /**
     * Key is the taint key that the toleration applies to. Empty means match all taint keys.
     * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodTolerations#key
     */
    readonly key?: string;
    /**
     * Operator represents a key's relationship to the value.
     * Valid operators are Exists, Equal, Lt, and Gt. Defaults to Equal.
     * Exists is equivalent to wildcard for value, so that a pod can
     * tolerate all taints of a particular category.
     * Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators).
     *
     * @default Equal.
     * @schema NginxProxySpecKubernetesDaemonSetPodTolerations#operator
     */
    readonly operator?: string;
    /**
     * TolerationSeconds represents the period of time the toleration (which must be
     * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
     * it is not set, which means tolerate the taint forever (do not evict). Zero and
     * negative values will be treated as 0 (evict immediately) by the system.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * Value is the taint value the toleration matches to.
     * If the operator is Exists, the value should be empty, otherwise just a regular string.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodTolerations' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodTolerations(obj: NginxProxySpecKubernetesDaemonSetPodTolerations | undefined): Record<string, any> | undefined;
/**
 * TopologySpreadConstraint specifies how to spread matching pods among the given topology.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraints
 */
export interface NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraints {
    /**
     * LabelSelector is used to find matching pods.
     * Pods that match this label selector are counted to determine the number of pods
     * in their corresponding topology domain.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraintsLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select the pods over which
     * spreading will be calculated. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are ANDed with labelSelector
     * to select the group of existing pods over which spreading will be calculated
     * for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
     * MatchLabelKeys cannot be set when LabelSelector isn't set.
     * Keys that don't exist in the incoming pod labels will
     * be ignored. A null or empty list means only match against labelSelector.
     *
     * This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MaxSkew describes the degree to which pods may be unevenly distributed.
     * When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference
     * between the number of matching pods in the target topology and the global minimum.
     * The global minimum is the minimum number of matching pods in an eligible domain
     * or zero if the number of eligible domains is less than MinDomains.
     * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
     * labelSelector spread as 2/2/1:
     * In this case, the global minimum is 1.
     * | zone1 | zone2 | zone3 |
     * |  P P  |  P P  |   P   |
     * - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
     * scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
     * violate MaxSkew(1).
     * - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
     * When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence
     * to topologies that satisfy it.
     * It's a required field. Default value is 1 and 0 is not allowed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew: number;
    /**
     * MinDomains indicates a minimum number of eligible domains.
     * When the number of eligible domains with matching topology keys is less than minDomains,
     * Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
     * And when the number of eligible domains with matching topology keys equals or greater than minDomains,
     * this value has no effect on scheduling.
     * As a result, when the number of eligible domains is less than minDomains,
     * scheduler won't schedule more than maxSkew Pods to those domains.
     * If value is nil, the constraint behaves as if MinDomains is equal to 1.
     * Valid values are integers greater than 0.
     * When value is not nil, WhenUnsatisfiable must be DoNotSchedule.
     *
     * For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
     * labelSelector spread as 2/2/2:
     * | zone1 | zone2 | zone3 |
     * |  P P  |  P P  |  P P  |
     * The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
     * In this situation, new pod with the same labelSelector cannot be scheduled,
     * because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
     * it will violate MaxSkew.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector
     * when calculating pod topology spread skew. Options are:
     * - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
     * - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.
     *
     * If this value is nil, the behavior is equivalent to the Honor policy.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * NodeTaintsPolicy indicates how we will treat node taints when calculating
     * pod topology spread skew. Options are:
     * - Honor: nodes without taints, along with tainted nodes for which the incoming pod
     * has a toleration, are included.
     * - Ignore: node taints are ignored. All nodes are included.
     *
     * If this value is nil, the behavior is equivalent to the Ignore policy.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * TopologyKey is the key of node labels. Nodes that have a label with this key
     * and identical values are considered to be in the same topology.
     * We consider each <key, value> as a "bucket", and try to put balanced number
     * of pods into each bucket.
     * We define a domain as a particular instance of a topology.
     * Also, we define an eligible domain as a domain whose nodes meet the requirements of
     * nodeAffinityPolicy and nodeTaintsPolicy.
     * e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
     * And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
     * It's a required field.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey: string;
    /**
     * WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy
     * the spread constraint.
     * - DoNotSchedule (default) tells the scheduler not to schedule it.
     * - ScheduleAnyway tells the scheduler to schedule the pod in any location,
     * but giving higher precedence to topologies that would help reduce the
     * skew.
     * A constraint is considered "Unsatisfiable" for an incoming pod
     * if and only if every possible node assignment for that pod would violate
     * "MaxSkew" on some topology.
     * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
     * labelSelector spread as 3/1/1:
     * | zone1 | zone2 | zone3 |
     * | P P P |   P   |   P   |
     * If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
     * to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
     * MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
     * won't make it *more* imbalanced.
     * It's a required field.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraints(obj: NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * Volume represents a named volume in a pod that may be accessed by any container in the pod.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumes
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumes {
    /**
     * awsElasticBlockStore represents an AWS Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree
     * awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#awsElasticBlockStore
     */
    readonly awsElasticBlockStore?: NginxProxySpecKubernetesDaemonSetPodVolumesAwsElasticBlockStore;
    /**
     * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
     * Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type
     * are redirected to the disk.csi.azure.com CSI driver.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#azureDisk
     */
    readonly azureDisk?: NginxProxySpecKubernetesDaemonSetPodVolumesAzureDisk;
    /**
     * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
     * Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type
     * are redirected to the file.csi.azure.com CSI driver.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#azureFile
     */
    readonly azureFile?: NginxProxySpecKubernetesDaemonSetPodVolumesAzureFile;
    /**
     * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime.
     * Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#cephfs
     */
    readonly cephfs?: NginxProxySpecKubernetesDaemonSetPodVolumesCephfs;
    /**
     * cinder represents a cinder volume attached and mounted on kubelets host machine.
     * Deprecated: Cinder is deprecated. All operations for the in-tree cinder type
     * are redirected to the cinder.csi.openstack.org CSI driver.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#cinder
     */
    readonly cinder?: NginxProxySpecKubernetesDaemonSetPodVolumesCinder;
    /**
     * configMap represents a configMap that should populate this volume
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#configMap
     */
    readonly configMap?: NginxProxySpecKubernetesDaemonSetPodVolumesConfigMap;
    /**
     * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#csi
     */
    readonly csi?: NginxProxySpecKubernetesDaemonSetPodVolumesCsi;
    /**
     * downwardAPI represents downward API about the pod that should populate this volume
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#downwardAPI
     */
    readonly downwardApi?: NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApi;
    /**
     * emptyDir represents a temporary directory that shares a pod's lifetime.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#emptyDir
     */
    readonly emptyDir?: NginxProxySpecKubernetesDaemonSetPodVolumesEmptyDir;
    /**
     * ephemeral represents a volume that is handled by a cluster storage driver.
     * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
     * and deleted when the pod is removed.
     *
     * Use this if:
     * a) the volume is only needed while the pod runs,
     * b) features of normal volumes like restoring from snapshot or capacity
     * tracking are needed,
     * c) the storage driver is specified through a storage class, and
     * d) the storage driver supports dynamic volume provisioning through
     * a PersistentVolumeClaim (see EphemeralVolumeSource for more
     * information on the connection between this volume type
     * and PersistentVolumeClaim).
     *
     * Use PersistentVolumeClaim or one of the vendor-specific
     * APIs for volumes that persist for longer than the lifecycle
     * of an individual pod.
     *
     * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
     * be used that way - see the documentation of the driver for
     * more information.
     *
     * A pod can use both types of ephemeral volumes and
     * persistent volumes at the same time.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#ephemeral
     */
    readonly ephemeral?: NginxProxySpecKubernetesDaemonSetPodVolumesEphemeral;
    /**
     * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#fc
     */
    readonly fc?: NginxProxySpecKubernetesDaemonSetPodVolumesFc;
    /**
     * flexVolume represents a generic volume resource that is
     * provisioned/attached using an exec based plugin.
     * Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#flexVolume
     */
    readonly flexVolume?: NginxProxySpecKubernetesDaemonSetPodVolumesFlexVolume;
    /**
     * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running.
     * Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#flocker
     */
    readonly flocker?: NginxProxySpecKubernetesDaemonSetPodVolumesFlocker;
    /**
     * gcePersistentDisk represents a GCE Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree
     * gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#gcePersistentDisk
     */
    readonly gcePersistentDisk?: NginxProxySpecKubernetesDaemonSetPodVolumesGcePersistentDisk;
    /**
     * gitRepo represents a git repository at a particular revision.
     * Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an
     * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
     * into the Pod's container.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#gitRepo
     */
    readonly gitRepo?: NginxProxySpecKubernetesDaemonSetPodVolumesGitRepo;
    /**
     * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
     * Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#glusterfs
     */
    readonly glusterfs?: NginxProxySpecKubernetesDaemonSetPodVolumesGlusterfs;
    /**
     * hostPath represents a pre-existing file or directory on the host
     * machine that is directly exposed to the container. This is generally
     * used for system agents or other privileged things that are allowed
     * to see the host machine. Most containers will NOT need this.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#hostPath
     */
    readonly hostPath?: NginxProxySpecKubernetesDaemonSetPodVolumesHostPath;
    /**
     * image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine.
     * The volume is resolved at pod startup depending on which PullPolicy value is provided:
     *
     * - Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
     * - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
     * - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
     *
     * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation.
     * A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message.
     * The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field.
     * The OCI object gets mounted in a single directory (spec.containers[*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images.
     * The volume will be mounted read-only (ro) and non-executable files (noexec).
     * Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath) before 1.33.
     * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#image
     */
    readonly image?: NginxProxySpecKubernetesDaemonSetPodVolumesImage;
    /**
     * iscsi represents an ISCSI Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes/#iscsi
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#iscsi
     */
    readonly iscsi?: NginxProxySpecKubernetesDaemonSetPodVolumesIscsi;
    /**
     * name of the volume.
     * Must be a DNS_LABEL and unique within the pod.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#name
     */
    readonly name: string;
    /**
     * nfs represents an NFS mount on the host that shares a pod's lifetime
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#nfs
     */
    readonly nfs?: NginxProxySpecKubernetesDaemonSetPodVolumesNfs;
    /**
     * persistentVolumeClaimVolumeSource represents a reference to a
     * PersistentVolumeClaim in the same namespace.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: NginxProxySpecKubernetesDaemonSetPodVolumesPersistentVolumeClaim;
    /**
     * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine.
     * Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#photonPersistentDisk
     */
    readonly photonPersistentDisk?: NginxProxySpecKubernetesDaemonSetPodVolumesPhotonPersistentDisk;
    /**
     * portworxVolume represents a portworx volume attached and mounted on kubelets host machine.
     * Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type
     * are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate
     * is on.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#portworxVolume
     */
    readonly portworxVolume?: NginxProxySpecKubernetesDaemonSetPodVolumesPortworxVolume;
    /**
     * projected items for all in one resources secrets, configmaps, and downward API
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#projected
     */
    readonly projected?: NginxProxySpecKubernetesDaemonSetPodVolumesProjected;
    /**
     * quobyte represents a Quobyte mount on the host that shares a pod's lifetime.
     * Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#quobyte
     */
    readonly quobyte?: NginxProxySpecKubernetesDaemonSetPodVolumesQuobyte;
    /**
     * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
     * Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#rbd
     */
    readonly rbd?: NginxProxySpecKubernetesDaemonSetPodVolumesRbd;
    /**
     * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
     * Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#scaleIO
     */
    readonly scaleIo?: NginxProxySpecKubernetesDaemonSetPodVolumesScaleIo;
    /**
     * secret represents a secret that should populate this volume.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#secret
     */
    readonly secret?: NginxProxySpecKubernetesDaemonSetPodVolumesSecret;
    /**
     * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
     * Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#storageos
     */
    readonly storageos?: NginxProxySpecKubernetesDaemonSetPodVolumesStorageos;
    /**
     * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine.
     * Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type
     * are redirected to the csi.vsphere.vmware.com CSI driver.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumes#vsphereVolume
     */
    readonly vsphereVolume?: NginxProxySpecKubernetesDaemonSetPodVolumesVsphereVolume;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumes' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumes(obj: NginxProxySpecKubernetesDaemonSetPodVolumes | undefined): Record<string, any> | undefined;
/**
 * ConfigManager defines the configuration for the WAF configuration manager container.
 * This container manages policy configuration and communication with the enforcer.
 *
 * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManager
 */
export interface NginxProxySpecKubernetesDaemonSetWafContainersConfigManager {
    /**
     * Image is the container image to use for this WAF container.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManager#image
     */
    readonly image?: NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerImage;
    /**
     * Resources describes the compute resource requirements for this WAF container.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManager#resources
     */
    readonly resources?: NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResources;
    /**
     * VolumeMounts describe the mounting of Volumes within the WAF container.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManager#volumeMounts
     */
    readonly volumeMounts?: NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerVolumeMounts[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetWafContainersConfigManager' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetWafContainersConfigManager(obj: NginxProxySpecKubernetesDaemonSetWafContainersConfigManager | undefined): Record<string, any> | undefined;
/**
 * Enforcer defines the configuration for the WAF enforcer container.
 * This container performs the actual WAF enforcement and policy application.
 *
 * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcer
 */
export interface NginxProxySpecKubernetesDaemonSetWafContainersEnforcer {
    /**
     * Image is the container image to use for this WAF container.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcer#image
     */
    readonly image?: NginxProxySpecKubernetesDaemonSetWafContainersEnforcerImage;
    /**
     * Resources describes the compute resource requirements for this WAF container.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcer#resources
     */
    readonly resources?: NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResources;
    /**
     * VolumeMounts describe the mounting of Volumes within the WAF container.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcer#volumeMounts
     */
    readonly volumeMounts?: NginxProxySpecKubernetesDaemonSetWafContainersEnforcerVolumeMounts[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetWafContainersEnforcer' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetWafContainersEnforcer(obj: NginxProxySpecKubernetesDaemonSetWafContainersEnforcer | undefined): Record<string, any> | undefined;
/**
 * Behavior configures the scaling behavior of the target
 * in both Up and Down directions (scaleUp and scaleDown fields respectively).
 * If not set, the default HPAScalingRules for scale up and scale down are used.
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehavior
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingBehavior {
    /**
     * scaleDown is scaling policy for scaling Down.
     * If not set, the default value is to allow to scale down to minReplicas pods, with a
     * 300 second stabilization window (i.e., the highest recommendation for
     * the last 300sec is used).
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehavior#scaleDown
     */
    readonly scaleDown?: NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDown;
    /**
     * scaleUp is scaling policy for scaling Up.
     * If not set, the default value is the higher of:
     * * increase no more than 4 pods per 60 seconds
     * * double the number of pods per 60 seconds
     * No stabilization is used.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehavior#scaleUp
     */
    readonly scaleUp?: NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUp;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingBehavior' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingBehavior(obj: NginxProxySpecKubernetesDeploymentAutoscalingBehavior | undefined): Record<string, any> | undefined;
/**
 * MetricSpec specifies how to scale based on a single metric
 * (only `type` and one other matching field should be set at once).
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetrics
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetrics {
    /**
     * containerResource refers to a resource metric (such as those specified in
     * requests and limits) known to Kubernetes describing a single container in
     * each pod of the current scale target (e.g. CPU or memory). Such metrics are
     * built in to Kubernetes, and have special scaling options on top of those
     * available to normal per-pod metrics using the "pods" source.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetrics#containerResource
     */
    readonly containerResource?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResource;
    /**
     * external refers to a global metric that is not associated
     * with any Kubernetes object. It allows autoscaling based on information
     * coming from components running outside of cluster
     * (for example length of queue in cloud messaging service, or
     * QPS from loadbalancer running outside of cluster).
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetrics#external
     */
    readonly external?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternal;
    /**
     * object refers to a metric describing a single kubernetes object
     * (for example, hits-per-second on an Ingress object).
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetrics#object
     */
    readonly object?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsObject;
    /**
     * pods refers to a metric describing each pod in the current scale target
     * (for example, transactions-processed-per-second).  The values will be
     * averaged together before being compared to the target value.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetrics#pods
     */
    readonly pods?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsPods;
    /**
     * resource refers to a resource metric (such as those specified in
     * requests and limits) known to Kubernetes describing each pod in the
     * current scale target (e.g. CPU or memory). Such metrics are built in to
     * Kubernetes, and have special scaling options on top of those available
     * to normal per-pod metrics using the "pods" source.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetrics#resource
     */
    readonly resource?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsResource;
    /**
     * type is the type of metric source.  It should be one of "ContainerResource", "External",
     * "Object", "Pods" or "Resource", each mapping to a matching field in the object.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetrics#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetrics' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetrics(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetrics | undefined): Record<string, any> | undefined;
/**
 * HostPort exposes an nginx container port on the host.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerHostPorts
 */
export interface NginxProxySpecKubernetesDeploymentContainerHostPorts {
    /**
     * ContainerPort is the port on the nginx container to map to the HostPort.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerHostPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * Port to expose on the host.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerHostPorts#port
     */
    readonly port: number;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerHostPorts' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerHostPorts(obj: NginxProxySpecKubernetesDeploymentContainerHostPorts | undefined): Record<string, any> | undefined;
/**
 * Image is the NGINX image to use.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerImage
 */
export interface NginxProxySpecKubernetesDeploymentContainerImage {
    /**
     * PullPolicy describes a policy for if/when to pull a container image.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerImage#pullPolicy
     */
    readonly pullPolicy?: NginxProxySpecKubernetesDeploymentContainerImagePullPolicy;
    /**
     * Repository is the image path.
     * Default is ghcr.io/nginx/nginx-gateway-fabric/nginx.
     *
     * @default ghcr.io/nginx/nginx-gateway-fabric/nginx.
     * @schema NginxProxySpecKubernetesDeploymentContainerImage#repository
     */
    readonly repository?: string;
    /**
     * Tag is the image tag to use. Default matches the tag of the control plane.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerImage#tag
     */
    readonly tag?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerImage' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerImage(obj: NginxProxySpecKubernetesDeploymentContainerImage | undefined): Record<string, any> | undefined;
/**
 * Lifecycle describes actions that the management system should take in response to container lifecycle
 * events. For the PostStart and PreStop lifecycle handlers, management of the container blocks
 * until the action is complete, unless the container process fails, in which case the handler is aborted.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerLifecycle
 */
export interface NginxProxySpecKubernetesDeploymentContainerLifecycle {
    /**
     * PostStart is called immediately after a container is created. If the handler fails,
     * the container is terminated and restarted according to its restart policy.
     * Other management of the container blocks until the hook completes.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecycle#postStart
     */
    readonly postStart?: NginxProxySpecKubernetesDeploymentContainerLifecyclePostStart;
    /**
     * PreStop is called immediately before a container is terminated due to an
     * API request or management event such as liveness/startup probe failure,
     * preemption, resource contention, etc. The handler is not called if the
     * container crashes or exits. The Pod's termination grace period countdown begins before the
     * PreStop hook is executed. Regardless of the outcome of the handler, the
     * container will eventually terminate within the Pod's termination grace
     * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
     * or until the termination grace period is reached.
     * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecycle#preStop
     */
    readonly preStop?: NginxProxySpecKubernetesDeploymentContainerLifecyclePreStop;
    /**
     * StopSignal defines which signal will be sent to a container when it is being stopped.
     * If not specified, the default is defined by the container runtime in use.
     * StopSignal can only be set for Pods with a non-empty .spec.os.name
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecycle#stopSignal
     */
    readonly stopSignal?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerLifecycle' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerLifecycle(obj: NginxProxySpecKubernetesDeploymentContainerLifecycle | undefined): Record<string, any> | undefined;
/**
 * ReadinessProbe defines the readiness probe for the NGINX container.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerReadinessProbe
 */
export interface NginxProxySpecKubernetesDeploymentContainerReadinessProbe {
    /**
     * Expose toggles whether the endpoint should be exposed through
     * the Gateway Service object. This allows an external LoadBalancer
     * to perform healthchecks. Default is false.
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDeploymentContainerReadinessProbe#expose
     */
    readonly expose?: boolean;
    /**
     * InitialDelaySeconds is the number of seconds after the container has
     * started before the readiness probe is initiated.
     * If not specified, the default is 3 seconds.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * Path is the path on which the readiness endpoint is exposed.
     * If not specified, the default path is /readyz.
     * Must start with a forward slash and contain only valid URL path characters.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerReadinessProbe#path
     */
    readonly path?: string;
    /**
     * Port is the port on which the readiness endpoint is exposed.
     * If not specified, the default port is 8081.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerReadinessProbe#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerReadinessProbe' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerReadinessProbe(obj: NginxProxySpecKubernetesDeploymentContainerReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * Resources describes the compute resource requirements.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerResources
 */
export interface NginxProxySpecKubernetesDeploymentContainerResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This field depends on the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerResources#claims
     */
    readonly claims?: NginxProxySpecKubernetesDeploymentContainerResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerResources#limits
     */
    readonly limits?: {
        [key: string]: NginxProxySpecKubernetesDeploymentContainerResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerResources#requests
     */
    readonly requests?: {
        [key: string]: NginxProxySpecKubernetesDeploymentContainerResourcesRequests;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerResources' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerResources(obj: NginxProxySpecKubernetesDeploymentContainerResources | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerVolumeMounts
 */
export interface NginxProxySpecKubernetesDeploymentContainerVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDeploymentContainerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema NginxProxySpecKubernetesDeploymentContainerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema NginxProxySpecKubernetesDeploymentContainerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerVolumeMounts' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerVolumeMounts(obj: NginxProxySpecKubernetesDeploymentContainerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * Type is the type of patch. Defaults to StrategicMerge.
 *
 * @default StrategicMerge.
 * @schema NginxProxySpecKubernetesDeploymentPatchesType
 */
export declare enum NginxProxySpecKubernetesDeploymentPatchesType {
    /** StrategicMerge */
    STRATEGIC_MERGE = "StrategicMerge",
    /** Merge */
    MERGE = "Merge",
    /** JSONPatch */
    JSON_PATCH = "JSONPatch"
}
/**
 * Affinity is the pod's scheduling constraints.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinity
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinity {
    /**
     * Describes node affinity scheduling rules for the pod.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinity#nodeAffinity
     */
    readonly nodeAffinity?: NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinity;
    /**
     * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinity#podAffinity
     */
    readonly podAffinity?: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinity;
    /**
     * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinity' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinity(obj: NginxProxySpecKubernetesDeploymentPodAffinity | undefined): Record<string, any> | undefined;
/**
 * The pod this Toleration is attached to tolerates any taint that matches
 * the triple <key,value,effect> using the matching operator <operator>.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodTolerations
 */
export interface NginxProxySpecKubernetesDeploymentPodTolerations {
    /**
     * Effect indicates the taint effect to match. Empty means match all taint effects.
     * When specified, allowed values are NoSchedule, PreferNoSchedule and NoExecute.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodTolerations#effect
     */
    readonly effect?: string;
    /**
     * Key is the taint key that the toleration applies to. Empty means match all taint keys.
     * If the key is empty, operator must be Exists; this combination means to match all values and all keys.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodTolerations#key
     */
    readonly key?: string;
    /**
     * Operator represents a key's relationship to the value.
     * Valid operators are Exists, Equal, Lt, and Gt. Defaults to Equal.
     * Exists is equivalent to wildcard for value, so that a pod can
     * tolerate all taints of a particular category.
     * Lt and Gt perform numeric comparisons (requires feature gate TaintTolerationComparisonOperators).
     *
     * @default Equal.
     * @schema NginxProxySpecKubernetesDeploymentPodTolerations#operator
     */
    readonly operator?: string;
    /**
     * TolerationSeconds represents the period of time the toleration (which must be
     * of effect NoExecute, otherwise this field is ignored) tolerates the taint. By default,
     * it is not set, which means tolerate the taint forever (do not evict). Zero and
     * negative values will be treated as 0 (evict immediately) by the system.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * Value is the taint value the toleration matches to.
     * If the operator is Exists, the value should be empty, otherwise just a regular string.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodTolerations' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodTolerations(obj: NginxProxySpecKubernetesDeploymentPodTolerations | undefined): Record<string, any> | undefined;
/**
 * TopologySpreadConstraint specifies how to spread matching pods among the given topology.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraints
 */
export interface NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraints {
    /**
     * LabelSelector is used to find matching pods.
     * Pods that match this label selector are counted to determine the number of pods
     * in their corresponding topology domain.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraintsLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select the pods over which
     * spreading will be calculated. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are ANDed with labelSelector
     * to select the group of existing pods over which spreading will be calculated
     * for the incoming pod. The same key is forbidden to exist in both MatchLabelKeys and LabelSelector.
     * MatchLabelKeys cannot be set when LabelSelector isn't set.
     * Keys that don't exist in the incoming pod labels will
     * be ignored. A null or empty list means only match against labelSelector.
     *
     * This is a beta field and requires the MatchLabelKeysInPodTopologySpread feature gate to be enabled (enabled by default).
     *
     * @schema NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MaxSkew describes the degree to which pods may be unevenly distributed.
     * When `whenUnsatisfiable=DoNotSchedule`, it is the maximum permitted difference
     * between the number of matching pods in the target topology and the global minimum.
     * The global minimum is the minimum number of matching pods in an eligible domain
     * or zero if the number of eligible domains is less than MinDomains.
     * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
     * labelSelector spread as 2/2/1:
     * In this case, the global minimum is 1.
     * | zone1 | zone2 | zone3 |
     * |  P P  |  P P  |   P   |
     * - if MaxSkew is 1, incoming pod can only be scheduled to zone3 to become 2/2/2;
     * scheduling it onto zone1(zone2) would make the ActualSkew(3-1) on zone1(zone2)
     * violate MaxSkew(1).
     * - if MaxSkew is 2, incoming pod can be scheduled onto any zone.
     * When `whenUnsatisfiable=ScheduleAnyway`, it is used to give higher precedence
     * to topologies that satisfy it.
     * It's a required field. Default value is 1 and 0 is not allowed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew: number;
    /**
     * MinDomains indicates a minimum number of eligible domains.
     * When the number of eligible domains with matching topology keys is less than minDomains,
     * Pod Topology Spread treats "global minimum" as 0, and then the calculation of Skew is performed.
     * And when the number of eligible domains with matching topology keys equals or greater than minDomains,
     * this value has no effect on scheduling.
     * As a result, when the number of eligible domains is less than minDomains,
     * scheduler won't schedule more than maxSkew Pods to those domains.
     * If value is nil, the constraint behaves as if MinDomains is equal to 1.
     * Valid values are integers greater than 0.
     * When value is not nil, WhenUnsatisfiable must be DoNotSchedule.
     *
     * For example, in a 3-zone cluster, MaxSkew is set to 2, MinDomains is set to 5 and pods with the same
     * labelSelector spread as 2/2/2:
     * | zone1 | zone2 | zone3 |
     * |  P P  |  P P  |  P P  |
     * The number of domains is less than 5(MinDomains), so "global minimum" is treated as 0.
     * In this situation, new pod with the same labelSelector cannot be scheduled,
     * because computed skew will be 3(3 - 0) if new Pod is scheduled to any of the three zones,
     * it will violate MaxSkew.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * NodeAffinityPolicy indicates how we will treat Pod's nodeAffinity/nodeSelector
     * when calculating pod topology spread skew. Options are:
     * - Honor: only nodes matching nodeAffinity/nodeSelector are included in the calculations.
     * - Ignore: nodeAffinity/nodeSelector are ignored. All nodes are included in the calculations.
     *
     * If this value is nil, the behavior is equivalent to the Honor policy.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * NodeTaintsPolicy indicates how we will treat node taints when calculating
     * pod topology spread skew. Options are:
     * - Honor: nodes without taints, along with tainted nodes for which the incoming pod
     * has a toleration, are included.
     * - Ignore: node taints are ignored. All nodes are included.
     *
     * If this value is nil, the behavior is equivalent to the Ignore policy.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * TopologyKey is the key of node labels. Nodes that have a label with this key
     * and identical values are considered to be in the same topology.
     * We consider each <key, value> as a "bucket", and try to put balanced number
     * of pods into each bucket.
     * We define a domain as a particular instance of a topology.
     * Also, we define an eligible domain as a domain whose nodes meet the requirements of
     * nodeAffinityPolicy and nodeTaintsPolicy.
     * e.g. If TopologyKey is "kubernetes.io/hostname", each Node is a domain of that topology.
     * And, if TopologyKey is "topology.kubernetes.io/zone", each zone is a domain of that topology.
     * It's a required field.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey: string;
    /**
     * WhenUnsatisfiable indicates how to deal with a pod if it doesn't satisfy
     * the spread constraint.
     * - DoNotSchedule (default) tells the scheduler not to schedule it.
     * - ScheduleAnyway tells the scheduler to schedule the pod in any location,
     * but giving higher precedence to topologies that would help reduce the
     * skew.
     * A constraint is considered "Unsatisfiable" for an incoming pod
     * if and only if every possible node assignment for that pod would violate
     * "MaxSkew" on some topology.
     * For example, in a 3-zone cluster, MaxSkew is set to 1, and pods with the same
     * labelSelector spread as 3/1/1:
     * | zone1 | zone2 | zone3 |
     * | P P P |   P   |   P   |
     * If WhenUnsatisfiable is set to DoNotSchedule, incoming pod can only be scheduled
     * to zone2(zone3) to become 3/2/1(3/1/2) as ActualSkew(2-1) on zone2(zone3) satisfies
     * MaxSkew(1). In other words, the cluster can still be imbalanced, but scheduler
     * won't make it *more* imbalanced.
     * It's a required field.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraints(obj: NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * Volume represents a named volume in a pod that may be accessed by any container in the pod.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumes
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumes {
    /**
     * awsElasticBlockStore represents an AWS Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree
     * awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#awsElasticBlockStore
     */
    readonly awsElasticBlockStore?: NginxProxySpecKubernetesDeploymentPodVolumesAwsElasticBlockStore;
    /**
     * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
     * Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type
     * are redirected to the disk.csi.azure.com CSI driver.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#azureDisk
     */
    readonly azureDisk?: NginxProxySpecKubernetesDeploymentPodVolumesAzureDisk;
    /**
     * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
     * Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type
     * are redirected to the file.csi.azure.com CSI driver.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#azureFile
     */
    readonly azureFile?: NginxProxySpecKubernetesDeploymentPodVolumesAzureFile;
    /**
     * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime.
     * Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#cephfs
     */
    readonly cephfs?: NginxProxySpecKubernetesDeploymentPodVolumesCephfs;
    /**
     * cinder represents a cinder volume attached and mounted on kubelets host machine.
     * Deprecated: Cinder is deprecated. All operations for the in-tree cinder type
     * are redirected to the cinder.csi.openstack.org CSI driver.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#cinder
     */
    readonly cinder?: NginxProxySpecKubernetesDeploymentPodVolumesCinder;
    /**
     * configMap represents a configMap that should populate this volume
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#configMap
     */
    readonly configMap?: NginxProxySpecKubernetesDeploymentPodVolumesConfigMap;
    /**
     * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#csi
     */
    readonly csi?: NginxProxySpecKubernetesDeploymentPodVolumesCsi;
    /**
     * downwardAPI represents downward API about the pod that should populate this volume
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#downwardAPI
     */
    readonly downwardApi?: NginxProxySpecKubernetesDeploymentPodVolumesDownwardApi;
    /**
     * emptyDir represents a temporary directory that shares a pod's lifetime.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#emptyDir
     */
    readonly emptyDir?: NginxProxySpecKubernetesDeploymentPodVolumesEmptyDir;
    /**
     * ephemeral represents a volume that is handled by a cluster storage driver.
     * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
     * and deleted when the pod is removed.
     *
     * Use this if:
     * a) the volume is only needed while the pod runs,
     * b) features of normal volumes like restoring from snapshot or capacity
     * tracking are needed,
     * c) the storage driver is specified through a storage class, and
     * d) the storage driver supports dynamic volume provisioning through
     * a PersistentVolumeClaim (see EphemeralVolumeSource for more
     * information on the connection between this volume type
     * and PersistentVolumeClaim).
     *
     * Use PersistentVolumeClaim or one of the vendor-specific
     * APIs for volumes that persist for longer than the lifecycle
     * of an individual pod.
     *
     * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
     * be used that way - see the documentation of the driver for
     * more information.
     *
     * A pod can use both types of ephemeral volumes and
     * persistent volumes at the same time.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#ephemeral
     */
    readonly ephemeral?: NginxProxySpecKubernetesDeploymentPodVolumesEphemeral;
    /**
     * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#fc
     */
    readonly fc?: NginxProxySpecKubernetesDeploymentPodVolumesFc;
    /**
     * flexVolume represents a generic volume resource that is
     * provisioned/attached using an exec based plugin.
     * Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#flexVolume
     */
    readonly flexVolume?: NginxProxySpecKubernetesDeploymentPodVolumesFlexVolume;
    /**
     * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running.
     * Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#flocker
     */
    readonly flocker?: NginxProxySpecKubernetesDeploymentPodVolumesFlocker;
    /**
     * gcePersistentDisk represents a GCE Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree
     * gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#gcePersistentDisk
     */
    readonly gcePersistentDisk?: NginxProxySpecKubernetesDeploymentPodVolumesGcePersistentDisk;
    /**
     * gitRepo represents a git repository at a particular revision.
     * Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an
     * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
     * into the Pod's container.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#gitRepo
     */
    readonly gitRepo?: NginxProxySpecKubernetesDeploymentPodVolumesGitRepo;
    /**
     * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
     * Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#glusterfs
     */
    readonly glusterfs?: NginxProxySpecKubernetesDeploymentPodVolumesGlusterfs;
    /**
     * hostPath represents a pre-existing file or directory on the host
     * machine that is directly exposed to the container. This is generally
     * used for system agents or other privileged things that are allowed
     * to see the host machine. Most containers will NOT need this.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#hostPath
     */
    readonly hostPath?: NginxProxySpecKubernetesDeploymentPodVolumesHostPath;
    /**
     * image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine.
     * The volume is resolved at pod startup depending on which PullPolicy value is provided:
     *
     * - Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
     * - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
     * - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
     *
     * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation.
     * A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message.
     * The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field.
     * The OCI object gets mounted in a single directory (spec.containers[*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images.
     * The volume will be mounted read-only (ro) and non-executable files (noexec).
     * Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath) before 1.33.
     * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#image
     */
    readonly image?: NginxProxySpecKubernetesDeploymentPodVolumesImage;
    /**
     * iscsi represents an ISCSI Disk resource that is attached to a
     * kubelet's host machine and then exposed to the pod.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes/#iscsi
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#iscsi
     */
    readonly iscsi?: NginxProxySpecKubernetesDeploymentPodVolumesIscsi;
    /**
     * name of the volume.
     * Must be a DNS_LABEL and unique within the pod.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#name
     */
    readonly name: string;
    /**
     * nfs represents an NFS mount on the host that shares a pod's lifetime
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#nfs
     */
    readonly nfs?: NginxProxySpecKubernetesDeploymentPodVolumesNfs;
    /**
     * persistentVolumeClaimVolumeSource represents a reference to a
     * PersistentVolumeClaim in the same namespace.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: NginxProxySpecKubernetesDeploymentPodVolumesPersistentVolumeClaim;
    /**
     * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine.
     * Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#photonPersistentDisk
     */
    readonly photonPersistentDisk?: NginxProxySpecKubernetesDeploymentPodVolumesPhotonPersistentDisk;
    /**
     * portworxVolume represents a portworx volume attached and mounted on kubelets host machine.
     * Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type
     * are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate
     * is on.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#portworxVolume
     */
    readonly portworxVolume?: NginxProxySpecKubernetesDeploymentPodVolumesPortworxVolume;
    /**
     * projected items for all in one resources secrets, configmaps, and downward API
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#projected
     */
    readonly projected?: NginxProxySpecKubernetesDeploymentPodVolumesProjected;
    /**
     * quobyte represents a Quobyte mount on the host that shares a pod's lifetime.
     * Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#quobyte
     */
    readonly quobyte?: NginxProxySpecKubernetesDeploymentPodVolumesQuobyte;
    /**
     * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
     * Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#rbd
     */
    readonly rbd?: NginxProxySpecKubernetesDeploymentPodVolumesRbd;
    /**
     * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
     * Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#scaleIO
     */
    readonly scaleIo?: NginxProxySpecKubernetesDeploymentPodVolumesScaleIo;
    /**
     * secret represents a secret that should populate this volume.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#secret
     */
    readonly secret?: NginxProxySpecKubernetesDeploymentPodVolumesSecret;
    /**
     * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
     * Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#storageos
     */
    readonly storageos?: NginxProxySpecKubernetesDeploymentPodVolumesStorageos;
    /**
     * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine.
     * Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type
     * are redirected to the csi.vsphere.vmware.com CSI driver.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumes#vsphereVolume
     */
    readonly vsphereVolume?: NginxProxySpecKubernetesDeploymentPodVolumesVsphereVolume;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumes' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumes(obj: NginxProxySpecKubernetesDeploymentPodVolumes | undefined): Record<string, any> | undefined;
/**
 * ConfigManager defines the configuration for the WAF configuration manager container.
 * This container manages policy configuration and communication with the enforcer.
 *
 * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManager
 */
export interface NginxProxySpecKubernetesDeploymentWafContainersConfigManager {
    /**
     * Image is the container image to use for this WAF container.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManager#image
     */
    readonly image?: NginxProxySpecKubernetesDeploymentWafContainersConfigManagerImage;
    /**
     * Resources describes the compute resource requirements for this WAF container.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManager#resources
     */
    readonly resources?: NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResources;
    /**
     * VolumeMounts describe the mounting of Volumes within the WAF container.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManager#volumeMounts
     */
    readonly volumeMounts?: NginxProxySpecKubernetesDeploymentWafContainersConfigManagerVolumeMounts[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentWafContainersConfigManager' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentWafContainersConfigManager(obj: NginxProxySpecKubernetesDeploymentWafContainersConfigManager | undefined): Record<string, any> | undefined;
/**
 * Enforcer defines the configuration for the WAF enforcer container.
 * This container performs the actual WAF enforcement and policy application.
 *
 * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcer
 */
export interface NginxProxySpecKubernetesDeploymentWafContainersEnforcer {
    /**
     * Image is the container image to use for this WAF container.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcer#image
     */
    readonly image?: NginxProxySpecKubernetesDeploymentWafContainersEnforcerImage;
    /**
     * Resources describes the compute resource requirements for this WAF container.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcer#resources
     */
    readonly resources?: NginxProxySpecKubernetesDeploymentWafContainersEnforcerResources;
    /**
     * VolumeMounts describe the mounting of Volumes within the WAF container.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcer#volumeMounts
     */
    readonly volumeMounts?: NginxProxySpecKubernetesDeploymentWafContainersEnforcerVolumeMounts[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentWafContainersEnforcer' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentWafContainersEnforcer(obj: NginxProxySpecKubernetesDeploymentWafContainersEnforcer | undefined): Record<string, any> | undefined;
/**
 * Type is the type of patch. Defaults to StrategicMerge.
 *
 * @default StrategicMerge.
 * @schema NginxProxySpecKubernetesServicePatchesType
 */
export declare enum NginxProxySpecKubernetesServicePatchesType {
    /** StrategicMerge */
    STRATEGIC_MERGE = "StrategicMerge",
    /** Merge */
    MERGE = "Merge",
    /** JSONPatch */
    JSON_PATCH = "JSONPatch"
}
/**
 * PullPolicy describes a policy for if/when to pull a container image.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerImagePullPolicy
 */
export declare enum NginxProxySpecKubernetesDaemonSetContainerImagePullPolicy {
    /** Always */
    ALWAYS = "Always",
    /** Never */
    NEVER = "Never",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * PostStart is called immediately after a container is created. If the handler fails,
 * the container is terminated and restarted according to its restart policy.
 * Other management of the container blocks until the hook completes.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStart
 */
export interface NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStart {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStart#exec
     */
    readonly exec?: NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStart#httpGet
     */
    readonly httpGet?: NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStart#sleep
     */
    readonly sleep?: NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStart' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStart(obj: NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * PreStop is called immediately before a container is terminated due to an
 * API request or management event such as liveness/startup probe failure,
 * preemption, resource contention, etc. The handler is not called if the
 * container crashes or exits. The Pod's termination grace period countdown begins before the
 * PreStop hook is executed. Regardless of the outcome of the handler, the
 * container will eventually terminate within the Pod's termination grace
 * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
 * or until the termination grace period is reached.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStop
 */
export interface NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStop {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStop#exec
     */
    readonly exec?: NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStop#httpGet
     */
    readonly httpGet?: NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStop#sleep
     */
    readonly sleep?: NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStop' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStop(obj: NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerResourcesClaims
 */
export interface NginxProxySpecKubernetesDaemonSetContainerResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerResourcesClaims' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerResourcesClaims(obj: NginxProxySpecKubernetesDaemonSetContainerResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema NginxProxySpecKubernetesDaemonSetContainerResourcesLimits
 */
export declare class NginxProxySpecKubernetesDaemonSetContainerResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDaemonSetContainerResourcesLimits;
    static fromString(value: string): NginxProxySpecKubernetesDaemonSetContainerResourcesLimits;
    private constructor();
}
/**
 * @schema NginxProxySpecKubernetesDaemonSetContainerResourcesRequests
 */
export declare class NginxProxySpecKubernetesDaemonSetContainerResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDaemonSetContainerResourcesRequests;
    static fromString(value: string): NginxProxySpecKubernetesDaemonSetContainerResourcesRequests;
    private constructor();
}
/**
 * Describes node affinity scheduling rules for the pod.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinity
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node matches the corresponding matchExpressions; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to an update), the system
     * may or may not try to eventually evict the pod from its node.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinity(obj: NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinity
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinity(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinity
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the anti-affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling anti-affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and subtracting
     * "weight" from the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the anti-affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the anti-affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinity(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * LabelSelector is used to find matching pods.
 * Pods that match this label selector are counted to determine the number of pods
 * in their corresponding topology domain.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraintsLabelSelector
 */
export interface NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraintsLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraintsLabelSelector(obj: NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * awsElasticBlockStore represents an AWS Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree
 * awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesAwsElasticBlockStore
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesAwsElasticBlockStore {
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesAwsElasticBlockStore#fsType
     */
    readonly fsType?: string;
    /**
     * partition is the partition in the volume that you want to mount.
     * If omitted, the default is to mount by volume name.
     * Examples: For volume /dev/sda1, you specify the partition as "1".
     * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesAwsElasticBlockStore#partition
     */
    readonly partition?: number;
    /**
     * readOnly value true will force the readOnly setting in VolumeMounts.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesAwsElasticBlockStore#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume).
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesAwsElasticBlockStore#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesAwsElasticBlockStore' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesAwsElasticBlockStore(obj: NginxProxySpecKubernetesDaemonSetPodVolumesAwsElasticBlockStore | undefined): Record<string, any> | undefined;
/**
 * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
 * Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type
 * are redirected to the disk.csi.azure.com CSI driver.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesAzureDisk
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesAzureDisk {
    /**
     * cachingMode is the Host Caching mode: None, Read Only, Read Write.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesAzureDisk#cachingMode
     */
    readonly cachingMode?: string;
    /**
     * diskName is the Name of the data disk in the blob storage
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesAzureDisk#diskName
     */
    readonly diskName: string;
    /**
     * diskURI is the URI of data disk in the blob storage
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesAzureDisk#diskURI
     */
    readonly diskUri: string;
    /**
     * fsType is Filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesAzureDisk#fsType
     */
    readonly fsType?: string;
    /**
     * kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesAzureDisk#kind
     */
    readonly kind?: string;
    /**
     * readOnly Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesAzureDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesAzureDisk' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesAzureDisk(obj: NginxProxySpecKubernetesDaemonSetPodVolumesAzureDisk | undefined): Record<string, any> | undefined;
/**
 * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
 * Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type
 * are redirected to the file.csi.azure.com CSI driver.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesAzureFile
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesAzureFile {
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesAzureFile#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretName is the  name of secret that contains Azure Storage Account Name and Key
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesAzureFile#secretName
     */
    readonly secretName: string;
    /**
     * shareName is the azure share Name
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesAzureFile#shareName
     */
    readonly shareName: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesAzureFile' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesAzureFile(obj: NginxProxySpecKubernetesDaemonSetPodVolumesAzureFile | undefined): Record<string, any> | undefined;
/**
 * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime.
 * Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCephfs
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesCephfs {
    /**
     * monitors is Required: Monitors is a collection of Ceph monitors
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCephfs#monitors
     */
    readonly monitors: string[];
    /**
     * path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCephfs#path
     */
    readonly path?: string;
    /**
     * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @default false (read/write). ReadOnly here will force
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCephfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCephfs#secretFile
     */
    readonly secretFile?: string;
    /**
     * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCephfs#secretRef
     */
    readonly secretRef?: NginxProxySpecKubernetesDaemonSetPodVolumesCephfsSecretRef;
    /**
     * user is optional: User is the rados user name, default is admin
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCephfs#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesCephfs' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesCephfs(obj: NginxProxySpecKubernetesDaemonSetPodVolumesCephfs | undefined): Record<string, any> | undefined;
/**
 * cinder represents a cinder volume attached and mounted on kubelets host machine.
 * Deprecated: Cinder is deprecated. All operations for the in-tree cinder type
 * are redirected to the cinder.csi.openstack.org CSI driver.
 * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCinder
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesCinder {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCinder#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCinder#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is optional: points to a secret object containing parameters used to connect
     * to OpenStack.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCinder#secretRef
     */
    readonly secretRef?: NginxProxySpecKubernetesDaemonSetPodVolumesCinderSecretRef;
    /**
     * volumeID used to identify the volume in cinder.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCinder#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesCinder' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesCinder(obj: NginxProxySpecKubernetesDaemonSetPodVolumesCinder | undefined): Record<string, any> | undefined;
/**
 * configMap represents a configMap that should populate this volume
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesConfigMap
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesConfigMap {
    /**
     * defaultMode is optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * ConfigMap will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the ConfigMap,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesConfigMap#items
     */
    readonly items?: NginxProxySpecKubernetesDaemonSetPodVolumesConfigMapItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * optional specify whether the ConfigMap or its keys must be defined
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesConfigMap' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesConfigMap(obj: NginxProxySpecKubernetesDaemonSetPodVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCsi
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesCsi {
    /**
     * driver is the name of the CSI driver that handles this volume.
     * Consult with your admin for the correct name as registered in the cluster.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCsi#driver
     */
    readonly driver: string;
    /**
     * fsType to mount. Ex. "ext4", "xfs", "ntfs".
     * If not provided, the empty value is passed to the associated CSI driver
     * which will determine the default filesystem to apply.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * nodePublishSecretRef is a reference to the secret object containing
     * sensitive information to pass to the CSI driver to complete the CSI
     * NodePublishVolume and NodeUnpublishVolume calls.
     * This field is optional, and  may be empty if no secret is required. If the
     * secret object contains more than one secret, all secret references are passed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: NginxProxySpecKubernetesDaemonSetPodVolumesCsiNodePublishSecretRef;
    /**
     * readOnly specifies a read-only configuration for the volume.
     * Defaults to false (read/write).
     *
     * @default false (read/write).
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeAttributes stores driver-specific properties that are passed to the CSI
     * driver. Consult your driver's documentation for supported values.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesCsi' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesCsi(obj: NginxProxySpecKubernetesDaemonSetPodVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * downwardAPI represents downward API about the pod that should populate this volume
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApi
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApi {
    /**
     * Optional: mode bits to use on created files by default. Must be a
     * Optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApi#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * Items is a list of downward API volume file
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApi#items
     */
    readonly items?: NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItems[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApi' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApi(obj: NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * emptyDir represents a temporary directory that shares a pod's lifetime.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEmptyDir
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesEmptyDir {
    /**
     * medium represents what type of storage medium should back this directory.
     * The default is "" which means to use the node's default medium.
     * Must be an empty string (default) or Memory.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEmptyDir#medium
     */
    readonly medium?: string;
    /**
     * sizeLimit is the total amount of local storage required for this EmptyDir volume.
     * The size limit is also applicable for memory medium.
     * The maximum usage on memory medium EmptyDir would be the minimum value between
     * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
     * The default is nil which means that the limit is undefined.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: NginxProxySpecKubernetesDaemonSetPodVolumesEmptyDirSizeLimit;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesEmptyDir(obj: NginxProxySpecKubernetesDaemonSetPodVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * ephemeral represents a volume that is handled by a cluster storage driver.
 * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
 * and deleted when the pod is removed.
 *
 * Use this if:
 * a) the volume is only needed while the pod runs,
 * b) features of normal volumes like restoring from snapshot or capacity
 * tracking are needed,
 * c) the storage driver is specified through a storage class, and
 * d) the storage driver supports dynamic volume provisioning through
 * a PersistentVolumeClaim (see EphemeralVolumeSource for more
 * information on the connection between this volume type
 * and PersistentVolumeClaim).
 *
 * Use PersistentVolumeClaim or one of the vendor-specific
 * APIs for volumes that persist for longer than the lifecycle
 * of an individual pod.
 *
 * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
 * be used that way - see the documentation of the driver for
 * more information.
 *
 * A pod can use both types of ephemeral volumes and
 * persistent volumes at the same time.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeral
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesEphemeral {
    /**
     * Will be used to create a stand-alone PVC to provision the volume.
     * The pod in which this EphemeralVolumeSource is embedded will be the
     * owner of the PVC, i.e. the PVC will be deleted together with the
     * pod.  The name of the PVC will be `<pod name>-<volume name>` where
     * `<volume name>` is the name from the `PodSpec.Volumes` array
     * entry. Pod validation will reject the pod if the concatenated name
     * is not valid for a PVC (for example, too long).
     *
     * An existing PVC with that name that is not owned by the pod
     * will *not* be used for the pod to avoid using an unrelated
     * volume by mistake. Starting the pod is then blocked until
     * the unrelated PVC is removed. If such a pre-created PVC is
     * meant to be used by the pod, the PVC has to updated with an
     * owner reference to the pod once the pod exists. Normally
     * this should not be necessary, but it may be useful when
     * manually reconstructing a broken cluster.
     *
     * This field is read-only and no changes will be made by Kubernetes
     * to the PVC after it has been created.
     *
     * Required, must not be nil.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeral#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplate;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesEphemeral' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesEphemeral(obj: NginxProxySpecKubernetesDaemonSetPodVolumesEphemeral | undefined): Record<string, any> | undefined;
/**
 * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesFc
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesFc {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesFc#fsType
     */
    readonly fsType?: string;
    /**
     * lun is Optional: FC target lun number
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesFc#lun
     */
    readonly lun?: number;
    /**
     * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesFc#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * targetWWNs is Optional: FC target worldwide names (WWNs)
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesFc#targetWWNs
     */
    readonly targetWwNs?: string[];
    /**
     * wwids Optional: FC volume world wide identifiers (wwids)
     * Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesFc#wwids
     */
    readonly wwids?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesFc' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesFc(obj: NginxProxySpecKubernetesDaemonSetPodVolumesFc | undefined): Record<string, any> | undefined;
/**
 * flexVolume represents a generic volume resource that is
 * provisioned/attached using an exec based plugin.
 * Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesFlexVolume
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesFlexVolume {
    /**
     * driver is the name of the driver to use for this volume.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesFlexVolume#driver
     */
    readonly driver: string;
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesFlexVolume#fsType
     */
    readonly fsType?: string;
    /**
     * options is Optional: this field holds extra command options if any.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesFlexVolume#options
     */
    readonly options?: {
        [key: string]: string;
    };
    /**
     * readOnly is Optional: defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesFlexVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is Optional: secretRef is reference to the secret object containing
     * sensitive information to pass to the plugin scripts. This may be
     * empty if no secret object is specified. If the secret object
     * contains more than one secret, all secrets are passed to the plugin
     * scripts.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesFlexVolume#secretRef
     */
    readonly secretRef?: NginxProxySpecKubernetesDaemonSetPodVolumesFlexVolumeSecretRef;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesFlexVolume' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesFlexVolume(obj: NginxProxySpecKubernetesDaemonSetPodVolumesFlexVolume | undefined): Record<string, any> | undefined;
/**
 * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running.
 * Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesFlocker
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesFlocker {
    /**
     * datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker
     * should be considered as deprecated
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesFlocker#datasetName
     */
    readonly datasetName?: string;
    /**
     * datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesFlocker#datasetUUID
     */
    readonly datasetUuid?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesFlocker' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesFlocker(obj: NginxProxySpecKubernetesDaemonSetPodVolumesFlocker | undefined): Record<string, any> | undefined;
/**
 * gcePersistentDisk represents a GCE Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree
 * gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesGcePersistentDisk
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesGcePersistentDisk {
    /**
     * fsType is filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesGcePersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * partition is the partition in the volume that you want to mount.
     * If omitted, the default is to mount by volume name.
     * Examples: For volume /dev/sda1, you specify the partition as "1".
     * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesGcePersistentDisk#partition
     */
    readonly partition?: number;
    /**
     * pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesGcePersistentDisk#pdName
     */
    readonly pdName: string;
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesGcePersistentDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesGcePersistentDisk' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesGcePersistentDisk(obj: NginxProxySpecKubernetesDaemonSetPodVolumesGcePersistentDisk | undefined): Record<string, any> | undefined;
/**
 * gitRepo represents a git repository at a particular revision.
 * Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an
 * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
 * into the Pod's container.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesGitRepo
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesGitRepo {
    /**
     * directory is the target directory name.
     * Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the
     * git repository.  Otherwise, if specified, the volume will contain the git repository in
     * the subdirectory with the given name.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesGitRepo#directory
     */
    readonly directory?: string;
    /**
     * repository is the URL
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesGitRepo#repository
     */
    readonly repository: string;
    /**
     * revision is the commit hash for the specified revision.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesGitRepo#revision
     */
    readonly revision?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesGitRepo' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesGitRepo(obj: NginxProxySpecKubernetesDaemonSetPodVolumesGitRepo | undefined): Record<string, any> | undefined;
/**
 * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
 * Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesGlusterfs
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesGlusterfs {
    /**
     * endpoints is the endpoint name that details Glusterfs topology.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesGlusterfs#endpoints
     */
    readonly endpoints: string;
    /**
     * path is the Glusterfs volume path.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesGlusterfs#path
     */
    readonly path: string;
    /**
     * readOnly here will force the Glusterfs volume to be mounted with read-only permissions.
     * Defaults to false.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesGlusterfs#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesGlusterfs' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesGlusterfs(obj: NginxProxySpecKubernetesDaemonSetPodVolumesGlusterfs | undefined): Record<string, any> | undefined;
/**
 * hostPath represents a pre-existing file or directory on the host
 * machine that is directly exposed to the container. This is generally
 * used for system agents or other privileged things that are allowed
 * to see the host machine. Most containers will NOT need this.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesHostPath
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesHostPath {
    /**
     * path of the directory on the host.
     * If the path is a symlink, it will follow the link to the real path.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesHostPath#path
     */
    readonly path: string;
    /**
     * type for HostPath Volume
     * Defaults to ""
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @default More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesHostPath#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesHostPath' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesHostPath(obj: NginxProxySpecKubernetesDaemonSetPodVolumesHostPath | undefined): Record<string, any> | undefined;
/**
 * image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine.
 * The volume is resolved at pod startup depending on which PullPolicy value is provided:
 *
 * - Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
 * - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
 * - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
 *
 * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation.
 * A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message.
 * The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field.
 * The OCI object gets mounted in a single directory (spec.containers[*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images.
 * The volume will be mounted read-only (ro) and non-executable files (noexec).
 * Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath) before 1.33.
 * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesImage
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesImage {
    /**
     * Policy for pulling OCI objects. Possible values are:
     * Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
     * Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
     * IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
     *
     * @default Always if :latest tag is specified, or IfNotPresent otherwise.
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * Required: Image or artifact reference to be used.
     * Behaves in the same way as pod.spec.containers[*].image.
     * Pull secrets will be assembled in the same way as for the container image by looking up node credentials, SA image pull secrets, and pod spec image pull secrets.
     * More info: https://kubernetes.io/docs/concepts/containers/images
     * This field is optional to allow higher level config management to default or override
     * container images in workload controllers like Deployments and StatefulSets.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesImage' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesImage(obj: NginxProxySpecKubernetesDaemonSetPodVolumesImage | undefined): Record<string, any> | undefined;
/**
 * iscsi represents an ISCSI Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes/#iscsi
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesIscsi
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesIscsi {
    /**
     * chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesIscsi#chapAuthDiscovery
     */
    readonly chapAuthDiscovery?: boolean;
    /**
     * chapAuthSession defines whether support iSCSI Session CHAP authentication
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesIscsi#chapAuthSession
     */
    readonly chapAuthSession?: boolean;
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesIscsi#fsType
     */
    readonly fsType?: string;
    /**
     * initiatorName is the custom iSCSI Initiator Name.
     * If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface
     * <target portal>:<volume name> will be created for the connection.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesIscsi#initiatorName
     */
    readonly initiatorName?: string;
    /**
     * iqn is the target iSCSI Qualified Name.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesIscsi#iqn
     */
    readonly iqn: string;
    /**
     * iscsiInterface is the interface Name that uses an iSCSI transport.
     * Defaults to 'default' (tcp).
     *
     * @default default' (tcp).
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesIscsi#iscsiInterface
     */
    readonly iscsiInterface?: string;
    /**
     * lun represents iSCSI Target Lun number.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesIscsi#lun
     */
    readonly lun: number;
    /**
     * portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port
     * is other than default (typically TCP ports 860 and 3260).
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesIscsi#portals
     */
    readonly portals?: string[];
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesIscsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is the CHAP Secret for iSCSI target and initiator authentication
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesIscsi#secretRef
     */
    readonly secretRef?: NginxProxySpecKubernetesDaemonSetPodVolumesIscsiSecretRef;
    /**
     * targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port
     * is other than default (typically TCP ports 860 and 3260).
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesIscsi#targetPortal
     */
    readonly targetPortal: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesIscsi' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesIscsi(obj: NginxProxySpecKubernetesDaemonSetPodVolumesIscsi | undefined): Record<string, any> | undefined;
/**
 * nfs represents an NFS mount on the host that shares a pod's lifetime
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesNfs
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesNfs {
    /**
     * path that is exported by the NFS server.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesNfs#path
     */
    readonly path: string;
    /**
     * readOnly here will force the NFS export to be mounted with read-only permissions.
     * Defaults to false.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesNfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * server is the hostname or IP address of the NFS server.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesNfs#server
     */
    readonly server: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesNfs' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesNfs(obj: NginxProxySpecKubernetesDaemonSetPodVolumesNfs | undefined): Record<string, any> | undefined;
/**
 * persistentVolumeClaimVolumeSource represents a reference to a
 * PersistentVolumeClaim in the same namespace.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesPersistentVolumeClaim
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesPersistentVolumeClaim {
    /**
     * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName: string;
    /**
     * readOnly Will force the ReadOnly setting in VolumeMounts.
     * Default false.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesPersistentVolumeClaim(obj: NginxProxySpecKubernetesDaemonSetPodVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine.
 * Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesPhotonPersistentDisk
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesPhotonPersistentDisk {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesPhotonPersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * pdID is the ID that identifies Photon Controller persistent disk
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesPhotonPersistentDisk#pdID
     */
    readonly pdId: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesPhotonPersistentDisk' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesPhotonPersistentDisk(obj: NginxProxySpecKubernetesDaemonSetPodVolumesPhotonPersistentDisk | undefined): Record<string, any> | undefined;
/**
 * portworxVolume represents a portworx volume attached and mounted on kubelets host machine.
 * Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type
 * are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate
 * is on.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesPortworxVolume
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesPortworxVolume {
    /**
     * fSType represents the filesystem type to mount
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesPortworxVolume#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesPortworxVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeID uniquely identifies a Portworx volume
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesPortworxVolume#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesPortworxVolume' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesPortworxVolume(obj: NginxProxySpecKubernetesDaemonSetPodVolumesPortworxVolume | undefined): Record<string, any> | undefined;
/**
 * projected items for all in one resources secrets, configmaps, and downward API
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjected
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesProjected {
    /**
     * defaultMode are the mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjected#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * sources is the list of volume projections. Each entry in this list
     * handles one source.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjected#sources
     */
    readonly sources?: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSources[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesProjected' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesProjected(obj: NginxProxySpecKubernetesDaemonSetPodVolumesProjected | undefined): Record<string, any> | undefined;
/**
 * quobyte represents a Quobyte mount on the host that shares a pod's lifetime.
 * Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesQuobyte
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesQuobyte {
    /**
     * group to map volume access to
     * Default is no group
     *
     * @default no group
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesQuobyte#group
     */
    readonly group?: string;
    /**
     * readOnly here will force the Quobyte volume to be mounted with read-only permissions.
     * Defaults to false.
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesQuobyte#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * registry represents a single or multiple Quobyte Registry services
     * specified as a string as host:port pair (multiple entries are separated with commas)
     * which acts as the central registry for volumes
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesQuobyte#registry
     */
    readonly registry: string;
    /**
     * tenant owning the given Quobyte volume in the Backend
     * Used with dynamically provisioned Quobyte volumes, value is set by the plugin
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesQuobyte#tenant
     */
    readonly tenant?: string;
    /**
     * user to map volume access to
     * Defaults to serivceaccount user
     *
     * @default serivceaccount user
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesQuobyte#user
     */
    readonly user?: string;
    /**
     * volume is a string that references an already created Quobyte volume by name.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesQuobyte#volume
     */
    readonly volume: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesQuobyte' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesQuobyte(obj: NginxProxySpecKubernetesDaemonSetPodVolumesQuobyte | undefined): Record<string, any> | undefined;
/**
 * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
 * Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesRbd
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesRbd {
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesRbd#fsType
     */
    readonly fsType?: string;
    /**
     * image is the rados image name.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesRbd#image
     */
    readonly image: string;
    /**
     * keyring is the path to key ring for RBDUser.
     * Default is /etc/ceph/keyring.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default etc/ceph/keyring.
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesRbd#keyring
     */
    readonly keyring?: string;
    /**
     * monitors is a collection of Ceph monitors.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesRbd#monitors
     */
    readonly monitors: string[];
    /**
     * pool is the rados pool name.
     * Default is rbd.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default rbd.
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesRbd#pool
     */
    readonly pool?: string;
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesRbd#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is name of the authentication secret for RBDUser. If provided
     * overrides keyring.
     * Default is nil.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default nil.
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesRbd#secretRef
     */
    readonly secretRef?: NginxProxySpecKubernetesDaemonSetPodVolumesRbdSecretRef;
    /**
     * user is the rados user name.
     * Default is admin.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default admin.
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesRbd#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesRbd' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesRbd(obj: NginxProxySpecKubernetesDaemonSetPodVolumesRbd | undefined): Record<string, any> | undefined;
/**
 * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
 * Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesScaleIo
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesScaleIo {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs".
     * Default is "xfs".
     *
     * @default xfs".
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesScaleIo#fsType
     */
    readonly fsType?: string;
    /**
     * gateway is the host address of the ScaleIO API Gateway.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesScaleIo#gateway
     */
    readonly gateway: string;
    /**
     * protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesScaleIo#protectionDomain
     */
    readonly protectionDomain?: string;
    /**
     * readOnly Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesScaleIo#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef references to the secret for ScaleIO user and other
     * sensitive information. If this is not provided, Login operation will fail.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesScaleIo#secretRef
     */
    readonly secretRef: NginxProxySpecKubernetesDaemonSetPodVolumesScaleIoSecretRef;
    /**
     * sslEnabled Flag enable/disable SSL communication with Gateway, default false
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesScaleIo#sslEnabled
     */
    readonly sslEnabled?: boolean;
    /**
     * storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned.
     * Default is ThinProvisioned.
     *
     * @default ThinProvisioned.
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesScaleIo#storageMode
     */
    readonly storageMode?: string;
    /**
     * storagePool is the ScaleIO Storage Pool associated with the protection domain.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesScaleIo#storagePool
     */
    readonly storagePool?: string;
    /**
     * system is the name of the storage system as configured in ScaleIO.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesScaleIo#system
     */
    readonly system: string;
    /**
     * volumeName is the name of a volume already created in the ScaleIO system
     * that is associated with this volume source.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesScaleIo#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesScaleIo' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesScaleIo(obj: NginxProxySpecKubernetesDaemonSetPodVolumesScaleIo | undefined): Record<string, any> | undefined;
/**
 * secret represents a secret that should populate this volume.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesSecret
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesSecret {
    /**
     * defaultMode is Optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values
     * for mode bits. Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * items If unspecified, each key-value pair in the Data field of the referenced
     * Secret will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the Secret,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesSecret#items
     */
    readonly items?: NginxProxySpecKubernetesDaemonSetPodVolumesSecretItems[];
    /**
     * optional field specify whether the Secret or its keys must be defined
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * secretName is the name of the secret in the pod's namespace to use.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesSecret' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesSecret(obj: NginxProxySpecKubernetesDaemonSetPodVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
 * Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesStorageos
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesStorageos {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesStorageos#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesStorageos#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef specifies the secret to use for obtaining the StorageOS API
     * credentials.  If not specified, default values will be attempted.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesStorageos#secretRef
     */
    readonly secretRef?: NginxProxySpecKubernetesDaemonSetPodVolumesStorageosSecretRef;
    /**
     * volumeName is the human-readable name of the StorageOS volume.  Volume
     * names are only unique within a namespace.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesStorageos#volumeName
     */
    readonly volumeName?: string;
    /**
     * volumeNamespace specifies the scope of the volume within StorageOS.  If no
     * namespace is specified then the Pod's namespace will be used.  This allows the
     * Kubernetes name scoping to be mirrored within StorageOS for tighter integration.
     * Set VolumeName to any name to override the default behaviour.
     * Set to "default" if you are not using namespaces within StorageOS.
     * Namespaces that do not pre-exist within StorageOS will be created.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesStorageos#volumeNamespace
     */
    readonly volumeNamespace?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesStorageos' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesStorageos(obj: NginxProxySpecKubernetesDaemonSetPodVolumesStorageos | undefined): Record<string, any> | undefined;
/**
 * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine.
 * Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type
 * are redirected to the csi.vsphere.vmware.com CSI driver.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesVsphereVolume
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesVsphereVolume {
    /**
     * fsType is filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesVsphereVolume#fsType
     */
    readonly fsType?: string;
    /**
     * storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesVsphereVolume#storagePolicyID
     */
    readonly storagePolicyId?: string;
    /**
     * storagePolicyName is the storage Policy Based Management (SPBM) profile name.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesVsphereVolume#storagePolicyName
     */
    readonly storagePolicyName?: string;
    /**
     * volumePath is the path that identifies vSphere volume vmdk
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesVsphereVolume#volumePath
     */
    readonly volumePath: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesVsphereVolume' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesVsphereVolume(obj: NginxProxySpecKubernetesDaemonSetPodVolumesVsphereVolume | undefined): Record<string, any> | undefined;
/**
 * Image is the container image to use for this WAF container.
 *
 * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerImage
 */
export interface NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerImage {
    /**
     * PullPolicy describes a policy for if/when to pull a container image.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerImage#pullPolicy
     */
    readonly pullPolicy?: NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerImagePullPolicy;
    /**
     * Repository is the image path.
     * Default is ghcr.io/nginx/nginx-gateway-fabric/nginx.
     *
     * @default ghcr.io/nginx/nginx-gateway-fabric/nginx.
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerImage#repository
     */
    readonly repository?: string;
    /**
     * Tag is the image tag to use. Default matches the tag of the control plane.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerImage#tag
     */
    readonly tag?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerImage' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerImage(obj: NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerImage | undefined): Record<string, any> | undefined;
/**
 * Resources describes the compute resource requirements for this WAF container.
 *
 * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResources
 */
export interface NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This field depends on the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResources#claims
     */
    readonly claims?: NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResources#limits
     */
    readonly limits?: {
        [key: string]: NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResources#requests
     */
    readonly requests?: {
        [key: string]: NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResourcesRequests;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResources' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResources(obj: NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResources | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerVolumeMounts
 */
export interface NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerVolumeMounts' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerVolumeMounts(obj: NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * Image is the container image to use for this WAF container.
 *
 * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerImage
 */
export interface NginxProxySpecKubernetesDaemonSetWafContainersEnforcerImage {
    /**
     * PullPolicy describes a policy for if/when to pull a container image.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerImage#pullPolicy
     */
    readonly pullPolicy?: NginxProxySpecKubernetesDaemonSetWafContainersEnforcerImagePullPolicy;
    /**
     * Repository is the image path.
     * Default is ghcr.io/nginx/nginx-gateway-fabric/nginx.
     *
     * @default ghcr.io/nginx/nginx-gateway-fabric/nginx.
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerImage#repository
     */
    readonly repository?: string;
    /**
     * Tag is the image tag to use. Default matches the tag of the control plane.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerImage#tag
     */
    readonly tag?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetWafContainersEnforcerImage' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetWafContainersEnforcerImage(obj: NginxProxySpecKubernetesDaemonSetWafContainersEnforcerImage | undefined): Record<string, any> | undefined;
/**
 * Resources describes the compute resource requirements for this WAF container.
 *
 * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResources
 */
export interface NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This field depends on the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResources#claims
     */
    readonly claims?: NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResources#limits
     */
    readonly limits?: {
        [key: string]: NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResources#requests
     */
    readonly requests?: {
        [key: string]: NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResourcesRequests;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResources' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResources(obj: NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResources | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerVolumeMounts
 */
export interface NginxProxySpecKubernetesDaemonSetWafContainersEnforcerVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetWafContainersEnforcerVolumeMounts' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetWafContainersEnforcerVolumeMounts(obj: NginxProxySpecKubernetesDaemonSetWafContainersEnforcerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * scaleDown is scaling policy for scaling Down.
 * If not set, the default value is to allow to scale down to minReplicas pods, with a
 * 300 second stabilization window (i.e., the highest recommendation for
 * the last 300sec is used).
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDown
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDown {
    /**
     * policies is a list of potential scaling polices which can be used during scaling.
     * If not set, use the default values:
     * - For scale up: allow doubling the number of pods, or an absolute change of 4 pods in a 15s window.
     * - For scale down: allow all pods to be removed in a 15s window.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDown#policies
     */
    readonly policies?: NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDownPolicies[];
    /**
     * selectPolicy is used to specify which policy should be used.
     * If not set, the default value Max is used.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDown#selectPolicy
     */
    readonly selectPolicy?: string;
    /**
     * stabilizationWindowSeconds is the number of seconds for which past recommendations should be
     * considered while scaling up or scaling down.
     * StabilizationWindowSeconds must be greater than or equal to zero and less than or equal to 3600 (one hour).
     * If not set, use the default values:
     * - For scale up: 0 (i.e. no stabilization is done).
     * - For scale down: 300 (i.e. the stabilization window is 300 seconds long).
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDown#stabilizationWindowSeconds
     */
    readonly stabilizationWindowSeconds?: number;
    /**
     * tolerance is the tolerance on the ratio between the current and desired
     * metric value under which no updates are made to the desired number of
     * replicas (e.g. 0.01 for 1%). Must be greater than or equal to zero. If not
     * set, the default cluster-wide tolerance is applied (by default 10%).
     *
     * For example, if autoscaling is configured with a memory consumption target of 100Mi,
     * and scale-down and scale-up tolerances of 5% and 1% respectively, scaling will be
     * triggered when the actual consumption falls below 95Mi or exceeds 101Mi.
     *
     * This is an beta field and requires the HPAConfigurableTolerance feature
     * gate to be enabled.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDown#tolerance
     */
    readonly tolerance?: NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDownTolerance;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDown' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDown(obj: NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDown | undefined): Record<string, any> | undefined;
/**
 * scaleUp is scaling policy for scaling Up.
 * If not set, the default value is the higher of:
 * * increase no more than 4 pods per 60 seconds
 * * double the number of pods per 60 seconds
 * No stabilization is used.
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUp
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUp {
    /**
     * policies is a list of potential scaling polices which can be used during scaling.
     * If not set, use the default values:
     * - For scale up: allow doubling the number of pods, or an absolute change of 4 pods in a 15s window.
     * - For scale down: allow all pods to be removed in a 15s window.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUp#policies
     */
    readonly policies?: NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUpPolicies[];
    /**
     * selectPolicy is used to specify which policy should be used.
     * If not set, the default value Max is used.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUp#selectPolicy
     */
    readonly selectPolicy?: string;
    /**
     * stabilizationWindowSeconds is the number of seconds for which past recommendations should be
     * considered while scaling up or scaling down.
     * StabilizationWindowSeconds must be greater than or equal to zero and less than or equal to 3600 (one hour).
     * If not set, use the default values:
     * - For scale up: 0 (i.e. no stabilization is done).
     * - For scale down: 300 (i.e. the stabilization window is 300 seconds long).
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUp#stabilizationWindowSeconds
     */
    readonly stabilizationWindowSeconds?: number;
    /**
     * tolerance is the tolerance on the ratio between the current and desired
     * metric value under which no updates are made to the desired number of
     * replicas (e.g. 0.01 for 1%). Must be greater than or equal to zero. If not
     * set, the default cluster-wide tolerance is applied (by default 10%).
     *
     * For example, if autoscaling is configured with a memory consumption target of 100Mi,
     * and scale-down and scale-up tolerances of 5% and 1% respectively, scaling will be
     * triggered when the actual consumption falls below 95Mi or exceeds 101Mi.
     *
     * This is an beta field and requires the HPAConfigurableTolerance feature
     * gate to be enabled.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUp#tolerance
     */
    readonly tolerance?: NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUpTolerance;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUp' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUp(obj: NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUp | undefined): Record<string, any> | undefined;
/**
 * containerResource refers to a resource metric (such as those specified in
 * requests and limits) known to Kubernetes describing a single container in
 * each pod of the current scale target (e.g. CPU or memory). Such metrics are
 * built in to Kubernetes, and have special scaling options on top of those
 * available to normal per-pod metrics using the "pods" source.
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResource
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResource {
    /**
     * container is the name of the container in the pods of the scaling target
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResource#container
     */
    readonly container: string;
    /**
     * name is the name of the resource in question.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResource#name
     */
    readonly name: string;
    /**
     * target specifies the target value for the given metric
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResource#target
     */
    readonly target: NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTarget;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResource' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResource(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResource | undefined): Record<string, any> | undefined;
/**
 * external refers to a global metric that is not associated
 * with any Kubernetes object. It allows autoscaling based on information
 * coming from components running outside of cluster
 * (for example length of queue in cloud messaging service, or
 * QPS from loadbalancer running outside of cluster).
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternal
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternal {
    /**
     * metric identifies the target metric by name and selector
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternal#metric
     */
    readonly metric: NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetric;
    /**
     * target specifies the target value for the given metric
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternal#target
     */
    readonly target: NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTarget;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternal' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternal(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternal | undefined): Record<string, any> | undefined;
/**
 * object refers to a metric describing a single kubernetes object
 * (for example, hits-per-second on an Ingress object).
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObject
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsObject {
    /**
     * describedObject specifies the descriptions of a object,such as kind,name apiVersion
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObject#describedObject
     */
    readonly describedObject: NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectDescribedObject;
    /**
     * metric identifies the target metric by name and selector
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObject#metric
     */
    readonly metric: NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetric;
    /**
     * target specifies the target value for the given metric
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObject#target
     */
    readonly target: NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTarget;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsObject' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsObject(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsObject | undefined): Record<string, any> | undefined;
/**
 * pods refers to a metric describing each pod in the current scale target
 * (for example, transactions-processed-per-second).  The values will be
 * averaged together before being compared to the target value.
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPods
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsPods {
    /**
     * metric identifies the target metric by name and selector
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPods#metric
     */
    readonly metric: NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetric;
    /**
     * target specifies the target value for the given metric
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPods#target
     */
    readonly target: NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTarget;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsPods' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsPods(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsPods | undefined): Record<string, any> | undefined;
/**
 * resource refers to a resource metric (such as those specified in
 * requests and limits) known to Kubernetes describing each pod in the
 * current scale target (e.g. CPU or memory). Such metrics are built in to
 * Kubernetes, and have special scaling options on top of those available
 * to normal per-pod metrics using the "pods" source.
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsResource
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsResource {
    /**
     * name is the name of the resource in question.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsResource#name
     */
    readonly name: string;
    /**
     * target specifies the target value for the given metric
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsResource#target
     */
    readonly target: NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTarget;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsResource' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsResource(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsResource | undefined): Record<string, any> | undefined;
/**
 * PullPolicy describes a policy for if/when to pull a container image.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerImagePullPolicy
 */
export declare enum NginxProxySpecKubernetesDeploymentContainerImagePullPolicy {
    /** Always */
    ALWAYS = "Always",
    /** Never */
    NEVER = "Never",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * PostStart is called immediately after a container is created. If the handler fails,
 * the container is terminated and restarted according to its restart policy.
 * Other management of the container blocks until the hook completes.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStart
 */
export interface NginxProxySpecKubernetesDeploymentContainerLifecyclePostStart {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStart#exec
     */
    readonly exec?: NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStart#httpGet
     */
    readonly httpGet?: NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStart#sleep
     */
    readonly sleep?: NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStart#tcpSocket
     */
    readonly tcpSocket?: NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartTcpSocket;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerLifecyclePostStart' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerLifecyclePostStart(obj: NginxProxySpecKubernetesDeploymentContainerLifecyclePostStart | undefined): Record<string, any> | undefined;
/**
 * PreStop is called immediately before a container is terminated due to an
 * API request or management event such as liveness/startup probe failure,
 * preemption, resource contention, etc. The handler is not called if the
 * container crashes or exits. The Pod's termination grace period countdown begins before the
 * PreStop hook is executed. Regardless of the outcome of the handler, the
 * container will eventually terminate within the Pod's termination grace
 * period (unless delayed by finalizers). Other management of the container blocks until the hook completes
 * or until the termination grace period is reached.
 * More info: https://kubernetes.io/docs/concepts/containers/container-lifecycle-hooks/#container-hooks
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStop
 */
export interface NginxProxySpecKubernetesDeploymentContainerLifecyclePreStop {
    /**
     * Exec specifies a command to execute in the container.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStop#exec
     */
    readonly exec?: NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopExec;
    /**
     * HTTPGet specifies an HTTP GET request to perform.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStop#httpGet
     */
    readonly httpGet?: NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGet;
    /**
     * Sleep represents a duration that the container should sleep.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStop#sleep
     */
    readonly sleep?: NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopSleep;
    /**
     * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
     * for backward compatibility. There is no validation of this field and
     * lifecycle hooks will fail at runtime when it is specified.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStop#tcpSocket
     */
    readonly tcpSocket?: NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopTcpSocket;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerLifecyclePreStop' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerLifecyclePreStop(obj: NginxProxySpecKubernetesDeploymentContainerLifecyclePreStop | undefined): Record<string, any> | undefined;
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerResourcesClaims
 */
export interface NginxProxySpecKubernetesDeploymentContainerResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerResourcesClaims' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerResourcesClaims(obj: NginxProxySpecKubernetesDeploymentContainerResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema NginxProxySpecKubernetesDeploymentContainerResourcesLimits
 */
export declare class NginxProxySpecKubernetesDeploymentContainerResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentContainerResourcesLimits;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentContainerResourcesLimits;
    private constructor();
}
/**
 * @schema NginxProxySpecKubernetesDeploymentContainerResourcesRequests
 */
export declare class NginxProxySpecKubernetesDeploymentContainerResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentContainerResourcesRequests;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentContainerResourcesRequests;
    private constructor();
}
/**
 * Describes node affinity scheduling rules for the pod.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinity
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node matches the corresponding matchExpressions; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to an update), the system
     * may or may not try to eventually evict the pod from its node.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinity(obj: NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod affinity scheduling rules (e.g. co-locate this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinity
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and adding
     * "weight" to the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAffinity(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * Describes pod anti-affinity scheduling rules (e.g. avoid putting this pod in the same node, zone, etc. as some other pod(s)).
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinity
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinity {
    /**
     * The scheduler will prefer to schedule pods to nodes that satisfy
     * the anti-affinity expressions specified by this field, but it may choose
     * a node that violates one or more of the expressions. The node that is
     * most preferred is the one with the greatest sum of weights, i.e.
     * for each node that meets all of the scheduling requirements (resource
     * request, requiredDuringScheduling anti-affinity expressions, etc.),
     * compute a sum by iterating through the elements of this field and subtracting
     * "weight" from the sum if the node has pods which matches the corresponding podAffinityTerm; the
     * node(s) with the highest sum are the most preferred.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * If the anti-affinity requirements specified by this field are not met at
     * scheduling time, the pod will not be scheduled onto the node.
     * If the anti-affinity requirements specified by this field cease to be met
     * at some point during pod execution (e.g. due to a pod label update), the
     * system may or may not try to eventually evict the pod from its node.
     * When there are multiple elements, the lists of nodes corresponding to each
     * podAffinityTerm are intersected, i.e. all terms must be satisfied.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinity(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * LabelSelector is used to find matching pods.
 * Pods that match this label selector are counted to determine the number of pods
 * in their corresponding topology domain.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraintsLabelSelector
 */
export interface NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraintsLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraintsLabelSelector(obj: NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * awsElasticBlockStore represents an AWS Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * Deprecated: AWSElasticBlockStore is deprecated. All operations for the in-tree
 * awsElasticBlockStore type are redirected to the ebs.csi.aws.com CSI driver.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesAwsElasticBlockStore
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesAwsElasticBlockStore {
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesAwsElasticBlockStore#fsType
     */
    readonly fsType?: string;
    /**
     * partition is the partition in the volume that you want to mount.
     * If omitted, the default is to mount by volume name.
     * Examples: For volume /dev/sda1, you specify the partition as "1".
     * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesAwsElasticBlockStore#partition
     */
    readonly partition?: number;
    /**
     * readOnly value true will force the readOnly setting in VolumeMounts.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesAwsElasticBlockStore#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeID is unique ID of the persistent disk resource in AWS (Amazon EBS volume).
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#awselasticblockstore
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesAwsElasticBlockStore#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesAwsElasticBlockStore' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesAwsElasticBlockStore(obj: NginxProxySpecKubernetesDeploymentPodVolumesAwsElasticBlockStore | undefined): Record<string, any> | undefined;
/**
 * azureDisk represents an Azure Data Disk mount on the host and bind mount to the pod.
 * Deprecated: AzureDisk is deprecated. All operations for the in-tree azureDisk type
 * are redirected to the disk.csi.azure.com CSI driver.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesAzureDisk
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesAzureDisk {
    /**
     * cachingMode is the Host Caching mode: None, Read Only, Read Write.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesAzureDisk#cachingMode
     */
    readonly cachingMode?: string;
    /**
     * diskName is the Name of the data disk in the blob storage
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesAzureDisk#diskName
     */
    readonly diskName: string;
    /**
     * diskURI is the URI of data disk in the blob storage
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesAzureDisk#diskURI
     */
    readonly diskUri: string;
    /**
     * fsType is Filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesAzureDisk#fsType
     */
    readonly fsType?: string;
    /**
     * kind expected values are Shared: multiple blob disks per storage account  Dedicated: single blob disk per storage account  Managed: azure managed data disk (only in managed availability set). defaults to shared
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesAzureDisk#kind
     */
    readonly kind?: string;
    /**
     * readOnly Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesAzureDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesAzureDisk' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesAzureDisk(obj: NginxProxySpecKubernetesDeploymentPodVolumesAzureDisk | undefined): Record<string, any> | undefined;
/**
 * azureFile represents an Azure File Service mount on the host and bind mount to the pod.
 * Deprecated: AzureFile is deprecated. All operations for the in-tree azureFile type
 * are redirected to the file.csi.azure.com CSI driver.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesAzureFile
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesAzureFile {
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesAzureFile#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretName is the  name of secret that contains Azure Storage Account Name and Key
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesAzureFile#secretName
     */
    readonly secretName: string;
    /**
     * shareName is the azure share Name
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesAzureFile#shareName
     */
    readonly shareName: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesAzureFile' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesAzureFile(obj: NginxProxySpecKubernetesDeploymentPodVolumesAzureFile | undefined): Record<string, any> | undefined;
/**
 * cephFS represents a Ceph FS mount on the host that shares a pod's lifetime.
 * Deprecated: CephFS is deprecated and the in-tree cephfs type is no longer supported.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesCephfs
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesCephfs {
    /**
     * monitors is Required: Monitors is a collection of Ceph monitors
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesCephfs#monitors
     */
    readonly monitors: string[];
    /**
     * path is Optional: Used as the mounted root, rather than the full Ceph tree, default is /
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesCephfs#path
     */
    readonly path?: string;
    /**
     * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @default false (read/write). ReadOnly here will force
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesCephfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretFile is Optional: SecretFile is the path to key ring for User, default is /etc/ceph/user.secret
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesCephfs#secretFile
     */
    readonly secretFile?: string;
    /**
     * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesCephfs#secretRef
     */
    readonly secretRef?: NginxProxySpecKubernetesDeploymentPodVolumesCephfsSecretRef;
    /**
     * user is optional: User is the rados user name, default is admin
     * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesCephfs#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesCephfs' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesCephfs(obj: NginxProxySpecKubernetesDeploymentPodVolumesCephfs | undefined): Record<string, any> | undefined;
/**
 * cinder represents a cinder volume attached and mounted on kubelets host machine.
 * Deprecated: Cinder is deprecated. All operations for the in-tree cinder type
 * are redirected to the cinder.csi.openstack.org CSI driver.
 * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesCinder
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesCinder {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesCinder#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesCinder#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is optional: points to a secret object containing parameters used to connect
     * to OpenStack.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesCinder#secretRef
     */
    readonly secretRef?: NginxProxySpecKubernetesDeploymentPodVolumesCinderSecretRef;
    /**
     * volumeID used to identify the volume in cinder.
     * More info: https://examples.k8s.io/mysql-cinder-pd/README.md
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesCinder#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesCinder' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesCinder(obj: NginxProxySpecKubernetesDeploymentPodVolumesCinder | undefined): Record<string, any> | undefined;
/**
 * configMap represents a configMap that should populate this volume
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesConfigMap
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesConfigMap {
    /**
     * defaultMode is optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * ConfigMap will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the ConfigMap,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesConfigMap#items
     */
    readonly items?: NginxProxySpecKubernetesDeploymentPodVolumesConfigMapItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * optional specify whether the ConfigMap or its keys must be defined
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesConfigMap' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesConfigMap(obj: NginxProxySpecKubernetesDeploymentPodVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * csi (Container Storage Interface) represents ephemeral storage that is handled by certain external CSI drivers.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesCsi
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesCsi {
    /**
     * driver is the name of the CSI driver that handles this volume.
     * Consult with your admin for the correct name as registered in the cluster.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesCsi#driver
     */
    readonly driver: string;
    /**
     * fsType to mount. Ex. "ext4", "xfs", "ntfs".
     * If not provided, the empty value is passed to the associated CSI driver
     * which will determine the default filesystem to apply.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * nodePublishSecretRef is a reference to the secret object containing
     * sensitive information to pass to the CSI driver to complete the CSI
     * NodePublishVolume and NodeUnpublishVolume calls.
     * This field is optional, and  may be empty if no secret is required. If the
     * secret object contains more than one secret, all secret references are passed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: NginxProxySpecKubernetesDeploymentPodVolumesCsiNodePublishSecretRef;
    /**
     * readOnly specifies a read-only configuration for the volume.
     * Defaults to false (read/write).
     *
     * @default false (read/write).
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeAttributes stores driver-specific properties that are passed to the CSI
     * driver. Consult your driver's documentation for supported values.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesCsi' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesCsi(obj: NginxProxySpecKubernetesDeploymentPodVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * downwardAPI represents downward API about the pod that should populate this volume
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesDownwardApi
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesDownwardApi {
    /**
     * Optional: mode bits to use on created files by default. Must be a
     * Optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesDownwardApi#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * Items is a list of downward API volume file
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesDownwardApi#items
     */
    readonly items?: NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItems[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesDownwardApi' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesDownwardApi(obj: NginxProxySpecKubernetesDeploymentPodVolumesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * emptyDir represents a temporary directory that shares a pod's lifetime.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesEmptyDir
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesEmptyDir {
    /**
     * medium represents what type of storage medium should back this directory.
     * The default is "" which means to use the node's default medium.
     * Must be an empty string (default) or Memory.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEmptyDir#medium
     */
    readonly medium?: string;
    /**
     * sizeLimit is the total amount of local storage required for this EmptyDir volume.
     * The size limit is also applicable for memory medium.
     * The maximum usage on memory medium EmptyDir would be the minimum value between
     * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
     * The default is nil which means that the limit is undefined.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: NginxProxySpecKubernetesDeploymentPodVolumesEmptyDirSizeLimit;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesEmptyDir(obj: NginxProxySpecKubernetesDeploymentPodVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * ephemeral represents a volume that is handled by a cluster storage driver.
 * The volume's lifecycle is tied to the pod that defines it - it will be created before the pod starts,
 * and deleted when the pod is removed.
 *
 * Use this if:
 * a) the volume is only needed while the pod runs,
 * b) features of normal volumes like restoring from snapshot or capacity
 * tracking are needed,
 * c) the storage driver is specified through a storage class, and
 * d) the storage driver supports dynamic volume provisioning through
 * a PersistentVolumeClaim (see EphemeralVolumeSource for more
 * information on the connection between this volume type
 * and PersistentVolumeClaim).
 *
 * Use PersistentVolumeClaim or one of the vendor-specific
 * APIs for volumes that persist for longer than the lifecycle
 * of an individual pod.
 *
 * Use CSI for light-weight local ephemeral volumes if the CSI driver is meant to
 * be used that way - see the documentation of the driver for
 * more information.
 *
 * A pod can use both types of ephemeral volumes and
 * persistent volumes at the same time.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeral
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesEphemeral {
    /**
     * Will be used to create a stand-alone PVC to provision the volume.
     * The pod in which this EphemeralVolumeSource is embedded will be the
     * owner of the PVC, i.e. the PVC will be deleted together with the
     * pod.  The name of the PVC will be `<pod name>-<volume name>` where
     * `<volume name>` is the name from the `PodSpec.Volumes` array
     * entry. Pod validation will reject the pod if the concatenated name
     * is not valid for a PVC (for example, too long).
     *
     * An existing PVC with that name that is not owned by the pod
     * will *not* be used for the pod to avoid using an unrelated
     * volume by mistake. Starting the pod is then blocked until
     * the unrelated PVC is removed. If such a pre-created PVC is
     * meant to be used by the pod, the PVC has to updated with an
     * owner reference to the pod once the pod exists. Normally
     * this should not be necessary, but it may be useful when
     * manually reconstructing a broken cluster.
     *
     * This field is read-only and no changes will be made by Kubernetes
     * to the PVC after it has been created.
     *
     * Required, must not be nil.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeral#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplate;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesEphemeral' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesEphemeral(obj: NginxProxySpecKubernetesDeploymentPodVolumesEphemeral | undefined): Record<string, any> | undefined;
/**
 * fc represents a Fibre Channel resource that is attached to a kubelet's host machine and then exposed to the pod.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesFc
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesFc {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesFc#fsType
     */
    readonly fsType?: string;
    /**
     * lun is Optional: FC target lun number
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesFc#lun
     */
    readonly lun?: number;
    /**
     * readOnly is Optional: Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesFc#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * targetWWNs is Optional: FC target worldwide names (WWNs)
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesFc#targetWWNs
     */
    readonly targetWwNs?: string[];
    /**
     * wwids Optional: FC volume world wide identifiers (wwids)
     * Either wwids or combination of targetWWNs and lun must be set, but not both simultaneously.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesFc#wwids
     */
    readonly wwids?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesFc' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesFc(obj: NginxProxySpecKubernetesDeploymentPodVolumesFc | undefined): Record<string, any> | undefined;
/**
 * flexVolume represents a generic volume resource that is
 * provisioned/attached using an exec based plugin.
 * Deprecated: FlexVolume is deprecated. Consider using a CSIDriver instead.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesFlexVolume
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesFlexVolume {
    /**
     * driver is the name of the driver to use for this volume.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesFlexVolume#driver
     */
    readonly driver: string;
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". The default filesystem depends on FlexVolume script.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesFlexVolume#fsType
     */
    readonly fsType?: string;
    /**
     * options is Optional: this field holds extra command options if any.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesFlexVolume#options
     */
    readonly options?: {
        [key: string]: string;
    };
    /**
     * readOnly is Optional: defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesFlexVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is Optional: secretRef is reference to the secret object containing
     * sensitive information to pass to the plugin scripts. This may be
     * empty if no secret object is specified. If the secret object
     * contains more than one secret, all secrets are passed to the plugin
     * scripts.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesFlexVolume#secretRef
     */
    readonly secretRef?: NginxProxySpecKubernetesDeploymentPodVolumesFlexVolumeSecretRef;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesFlexVolume' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesFlexVolume(obj: NginxProxySpecKubernetesDeploymentPodVolumesFlexVolume | undefined): Record<string, any> | undefined;
/**
 * flocker represents a Flocker volume attached to a kubelet's host machine. This depends on the Flocker control service being running.
 * Deprecated: Flocker is deprecated and the in-tree flocker type is no longer supported.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesFlocker
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesFlocker {
    /**
     * datasetName is Name of the dataset stored as metadata -> name on the dataset for Flocker
     * should be considered as deprecated
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesFlocker#datasetName
     */
    readonly datasetName?: string;
    /**
     * datasetUUID is the UUID of the dataset. This is unique identifier of a Flocker dataset
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesFlocker#datasetUUID
     */
    readonly datasetUuid?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesFlocker' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesFlocker(obj: NginxProxySpecKubernetesDeploymentPodVolumesFlocker | undefined): Record<string, any> | undefined;
/**
 * gcePersistentDisk represents a GCE Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * Deprecated: GCEPersistentDisk is deprecated. All operations for the in-tree
 * gcePersistentDisk type are redirected to the pd.csi.storage.gke.io CSI driver.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesGcePersistentDisk
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesGcePersistentDisk {
    /**
     * fsType is filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesGcePersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * partition is the partition in the volume that you want to mount.
     * If omitted, the default is to mount by volume name.
     * Examples: For volume /dev/sda1, you specify the partition as "1".
     * Similarly, the volume partition for /dev/sda is "0" (or you can leave the property empty).
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesGcePersistentDisk#partition
     */
    readonly partition?: number;
    /**
     * pdName is unique name of the PD resource in GCE. Used to identify the disk in GCE.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesGcePersistentDisk#pdName
     */
    readonly pdName: string;
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#gcepersistentdisk
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesGcePersistentDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesGcePersistentDisk' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesGcePersistentDisk(obj: NginxProxySpecKubernetesDeploymentPodVolumesGcePersistentDisk | undefined): Record<string, any> | undefined;
/**
 * gitRepo represents a git repository at a particular revision.
 * Deprecated: GitRepo is deprecated. To provision a container with a git repo, mount an
 * EmptyDir into an InitContainer that clones the repo using git, then mount the EmptyDir
 * into the Pod's container.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesGitRepo
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesGitRepo {
    /**
     * directory is the target directory name.
     * Must not contain or start with '..'.  If '.' is supplied, the volume directory will be the
     * git repository.  Otherwise, if specified, the volume will contain the git repository in
     * the subdirectory with the given name.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesGitRepo#directory
     */
    readonly directory?: string;
    /**
     * repository is the URL
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesGitRepo#repository
     */
    readonly repository: string;
    /**
     * revision is the commit hash for the specified revision.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesGitRepo#revision
     */
    readonly revision?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesGitRepo' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesGitRepo(obj: NginxProxySpecKubernetesDeploymentPodVolumesGitRepo | undefined): Record<string, any> | undefined;
/**
 * glusterfs represents a Glusterfs mount on the host that shares a pod's lifetime.
 * Deprecated: Glusterfs is deprecated and the in-tree glusterfs type is no longer supported.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesGlusterfs
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesGlusterfs {
    /**
     * endpoints is the endpoint name that details Glusterfs topology.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesGlusterfs#endpoints
     */
    readonly endpoints: string;
    /**
     * path is the Glusterfs volume path.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesGlusterfs#path
     */
    readonly path: string;
    /**
     * readOnly here will force the Glusterfs volume to be mounted with read-only permissions.
     * Defaults to false.
     * More info: https://examples.k8s.io/volumes/glusterfs/README.md#create-a-pod
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesGlusterfs#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesGlusterfs' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesGlusterfs(obj: NginxProxySpecKubernetesDeploymentPodVolumesGlusterfs | undefined): Record<string, any> | undefined;
/**
 * hostPath represents a pre-existing file or directory on the host
 * machine that is directly exposed to the container. This is generally
 * used for system agents or other privileged things that are allowed
 * to see the host machine. Most containers will NOT need this.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesHostPath
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesHostPath {
    /**
     * path of the directory on the host.
     * If the path is a symlink, it will follow the link to the real path.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesHostPath#path
     */
    readonly path: string;
    /**
     * type for HostPath Volume
     * Defaults to ""
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     *
     * @default More info: https://kubernetes.io/docs/concepts/storage/volumes#hostpath
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesHostPath#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesHostPath' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesHostPath(obj: NginxProxySpecKubernetesDeploymentPodVolumesHostPath | undefined): Record<string, any> | undefined;
/**
 * image represents an OCI object (a container image or artifact) pulled and mounted on the kubelet's host machine.
 * The volume is resolved at pod startup depending on which PullPolicy value is provided:
 *
 * - Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
 * - Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
 * - IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
 *
 * The volume gets re-resolved if the pod gets deleted and recreated, which means that new remote content will become available on pod recreation.
 * A failure to resolve or pull the image during pod startup will block containers from starting and may add significant latency. Failures will be retried using normal volume backoff and will be reported on the pod reason and message.
 * The types of objects that may be mounted by this volume are defined by the container runtime implementation on a host machine and at minimum must include all valid types supported by the container image field.
 * The OCI object gets mounted in a single directory (spec.containers[*].volumeMounts.mountPath) by merging the manifest layers in the same way as for container images.
 * The volume will be mounted read-only (ro) and non-executable files (noexec).
 * Sub path mounts for containers are not supported (spec.containers[*].volumeMounts.subpath) before 1.33.
 * The field spec.securityContext.fsGroupChangePolicy has no effect on this volume type.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesImage
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesImage {
    /**
     * Policy for pulling OCI objects. Possible values are:
     * Always: the kubelet always attempts to pull the reference. Container creation will fail If the pull fails.
     * Never: the kubelet never pulls the reference and only uses a local image or artifact. Container creation will fail if the reference isn't present.
     * IfNotPresent: the kubelet pulls if the reference isn't already present on disk. Container creation will fail if the reference isn't present and the pull fails.
     * Defaults to Always if :latest tag is specified, or IfNotPresent otherwise.
     *
     * @default Always if :latest tag is specified, or IfNotPresent otherwise.
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * Required: Image or artifact reference to be used.
     * Behaves in the same way as pod.spec.containers[*].image.
     * Pull secrets will be assembled in the same way as for the container image by looking up node credentials, SA image pull secrets, and pod spec image pull secrets.
     * More info: https://kubernetes.io/docs/concepts/containers/images
     * This field is optional to allow higher level config management to default or override
     * container images in workload controllers like Deployments and StatefulSets.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesImage' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesImage(obj: NginxProxySpecKubernetesDeploymentPodVolumesImage | undefined): Record<string, any> | undefined;
/**
 * iscsi represents an ISCSI Disk resource that is attached to a
 * kubelet's host machine and then exposed to the pod.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes/#iscsi
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesIscsi
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesIscsi {
    /**
     * chapAuthDiscovery defines whether support iSCSI Discovery CHAP authentication
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesIscsi#chapAuthDiscovery
     */
    readonly chapAuthDiscovery?: boolean;
    /**
     * chapAuthSession defines whether support iSCSI Session CHAP authentication
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesIscsi#chapAuthSession
     */
    readonly chapAuthSession?: boolean;
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#iscsi
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesIscsi#fsType
     */
    readonly fsType?: string;
    /**
     * initiatorName is the custom iSCSI Initiator Name.
     * If initiatorName is specified with iscsiInterface simultaneously, new iSCSI interface
     * <target portal>:<volume name> will be created for the connection.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesIscsi#initiatorName
     */
    readonly initiatorName?: string;
    /**
     * iqn is the target iSCSI Qualified Name.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesIscsi#iqn
     */
    readonly iqn: string;
    /**
     * iscsiInterface is the interface Name that uses an iSCSI transport.
     * Defaults to 'default' (tcp).
     *
     * @default default' (tcp).
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesIscsi#iscsiInterface
     */
    readonly iscsiInterface?: string;
    /**
     * lun represents iSCSI Target Lun number.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesIscsi#lun
     */
    readonly lun: number;
    /**
     * portals is the iSCSI Target Portal List. The portal is either an IP or ip_addr:port if the port
     * is other than default (typically TCP ports 860 and 3260).
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesIscsi#portals
     */
    readonly portals?: string[];
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesIscsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is the CHAP Secret for iSCSI target and initiator authentication
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesIscsi#secretRef
     */
    readonly secretRef?: NginxProxySpecKubernetesDeploymentPodVolumesIscsiSecretRef;
    /**
     * targetPortal is iSCSI Target Portal. The Portal is either an IP or ip_addr:port if the port
     * is other than default (typically TCP ports 860 and 3260).
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesIscsi#targetPortal
     */
    readonly targetPortal: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesIscsi' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesIscsi(obj: NginxProxySpecKubernetesDeploymentPodVolumesIscsi | undefined): Record<string, any> | undefined;
/**
 * nfs represents an NFS mount on the host that shares a pod's lifetime
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesNfs
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesNfs {
    /**
     * path that is exported by the NFS server.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesNfs#path
     */
    readonly path: string;
    /**
     * readOnly here will force the NFS export to be mounted with read-only permissions.
     * Defaults to false.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesNfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * server is the hostname or IP address of the NFS server.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#nfs
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesNfs#server
     */
    readonly server: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesNfs' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesNfs(obj: NginxProxySpecKubernetesDeploymentPodVolumesNfs | undefined): Record<string, any> | undefined;
/**
 * persistentVolumeClaimVolumeSource represents a reference to a
 * PersistentVolumeClaim in the same namespace.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesPersistentVolumeClaim
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesPersistentVolumeClaim {
    /**
     * claimName is the name of a PersistentVolumeClaim in the same namespace as the pod using this volume.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName: string;
    /**
     * readOnly Will force the ReadOnly setting in VolumeMounts.
     * Default false.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesPersistentVolumeClaim(obj: NginxProxySpecKubernetesDeploymentPodVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * photonPersistentDisk represents a PhotonController persistent disk attached and mounted on kubelets host machine.
 * Deprecated: PhotonPersistentDisk is deprecated and the in-tree photonPersistentDisk type is no longer supported.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesPhotonPersistentDisk
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesPhotonPersistentDisk {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesPhotonPersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * pdID is the ID that identifies Photon Controller persistent disk
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesPhotonPersistentDisk#pdID
     */
    readonly pdId: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesPhotonPersistentDisk' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesPhotonPersistentDisk(obj: NginxProxySpecKubernetesDeploymentPodVolumesPhotonPersistentDisk | undefined): Record<string, any> | undefined;
/**
 * portworxVolume represents a portworx volume attached and mounted on kubelets host machine.
 * Deprecated: PortworxVolume is deprecated. All operations for the in-tree portworxVolume type
 * are redirected to the pxd.portworx.com CSI driver when the CSIMigrationPortworx feature-gate
 * is on.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesPortworxVolume
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesPortworxVolume {
    /**
     * fSType represents the filesystem type to mount
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesPortworxVolume#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesPortworxVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * volumeID uniquely identifies a Portworx volume
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesPortworxVolume#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesPortworxVolume' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesPortworxVolume(obj: NginxProxySpecKubernetesDeploymentPodVolumesPortworxVolume | undefined): Record<string, any> | undefined;
/**
 * projected items for all in one resources secrets, configmaps, and downward API
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjected
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesProjected {
    /**
     * defaultMode are the mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjected#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * sources is the list of volume projections. Each entry in this list
     * handles one source.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjected#sources
     */
    readonly sources?: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSources[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesProjected' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesProjected(obj: NginxProxySpecKubernetesDeploymentPodVolumesProjected | undefined): Record<string, any> | undefined;
/**
 * quobyte represents a Quobyte mount on the host that shares a pod's lifetime.
 * Deprecated: Quobyte is deprecated and the in-tree quobyte type is no longer supported.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesQuobyte
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesQuobyte {
    /**
     * group to map volume access to
     * Default is no group
     *
     * @default no group
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesQuobyte#group
     */
    readonly group?: string;
    /**
     * readOnly here will force the Quobyte volume to be mounted with read-only permissions.
     * Defaults to false.
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesQuobyte#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * registry represents a single or multiple Quobyte Registry services
     * specified as a string as host:port pair (multiple entries are separated with commas)
     * which acts as the central registry for volumes
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesQuobyte#registry
     */
    readonly registry: string;
    /**
     * tenant owning the given Quobyte volume in the Backend
     * Used with dynamically provisioned Quobyte volumes, value is set by the plugin
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesQuobyte#tenant
     */
    readonly tenant?: string;
    /**
     * user to map volume access to
     * Defaults to serivceaccount user
     *
     * @default serivceaccount user
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesQuobyte#user
     */
    readonly user?: string;
    /**
     * volume is a string that references an already created Quobyte volume by name.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesQuobyte#volume
     */
    readonly volume: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesQuobyte' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesQuobyte(obj: NginxProxySpecKubernetesDeploymentPodVolumesQuobyte | undefined): Record<string, any> | undefined;
/**
 * rbd represents a Rados Block Device mount on the host that shares a pod's lifetime.
 * Deprecated: RBD is deprecated and the in-tree rbd type is no longer supported.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesRbd
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesRbd {
    /**
     * fsType is the filesystem type of the volume that you want to mount.
     * Tip: Ensure that the filesystem type is supported by the host operating system.
     * Examples: "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#rbd
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesRbd#fsType
     */
    readonly fsType?: string;
    /**
     * image is the rados image name.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesRbd#image
     */
    readonly image: string;
    /**
     * keyring is the path to key ring for RBDUser.
     * Default is /etc/ceph/keyring.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default etc/ceph/keyring.
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesRbd#keyring
     */
    readonly keyring?: string;
    /**
     * monitors is a collection of Ceph monitors.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesRbd#monitors
     */
    readonly monitors: string[];
    /**
     * pool is the rados pool name.
     * Default is rbd.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default rbd.
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesRbd#pool
     */
    readonly pool?: string;
    /**
     * readOnly here will force the ReadOnly setting in VolumeMounts.
     * Defaults to false.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesRbd#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef is name of the authentication secret for RBDUser. If provided
     * overrides keyring.
     * Default is nil.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default nil.
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesRbd#secretRef
     */
    readonly secretRef?: NginxProxySpecKubernetesDeploymentPodVolumesRbdSecretRef;
    /**
     * user is the rados user name.
     * Default is admin.
     * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
     *
     * @default admin.
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesRbd#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesRbd' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesRbd(obj: NginxProxySpecKubernetesDeploymentPodVolumesRbd | undefined): Record<string, any> | undefined;
/**
 * scaleIO represents a ScaleIO persistent volume attached and mounted on Kubernetes nodes.
 * Deprecated: ScaleIO is deprecated and the in-tree scaleIO type is no longer supported.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesScaleIo
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesScaleIo {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs".
     * Default is "xfs".
     *
     * @default xfs".
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesScaleIo#fsType
     */
    readonly fsType?: string;
    /**
     * gateway is the host address of the ScaleIO API Gateway.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesScaleIo#gateway
     */
    readonly gateway: string;
    /**
     * protectionDomain is the name of the ScaleIO Protection Domain for the configured storage.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesScaleIo#protectionDomain
     */
    readonly protectionDomain?: string;
    /**
     * readOnly Defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @default false (read/write). ReadOnly here will force
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesScaleIo#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef references to the secret for ScaleIO user and other
     * sensitive information. If this is not provided, Login operation will fail.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesScaleIo#secretRef
     */
    readonly secretRef: NginxProxySpecKubernetesDeploymentPodVolumesScaleIoSecretRef;
    /**
     * sslEnabled Flag enable/disable SSL communication with Gateway, default false
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesScaleIo#sslEnabled
     */
    readonly sslEnabled?: boolean;
    /**
     * storageMode indicates whether the storage for a volume should be ThickProvisioned or ThinProvisioned.
     * Default is ThinProvisioned.
     *
     * @default ThinProvisioned.
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesScaleIo#storageMode
     */
    readonly storageMode?: string;
    /**
     * storagePool is the ScaleIO Storage Pool associated with the protection domain.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesScaleIo#storagePool
     */
    readonly storagePool?: string;
    /**
     * system is the name of the storage system as configured in ScaleIO.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesScaleIo#system
     */
    readonly system: string;
    /**
     * volumeName is the name of a volume already created in the ScaleIO system
     * that is associated with this volume source.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesScaleIo#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesScaleIo' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesScaleIo(obj: NginxProxySpecKubernetesDeploymentPodVolumesScaleIo | undefined): Record<string, any> | undefined;
/**
 * secret represents a secret that should populate this volume.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesSecret
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesSecret {
    /**
     * defaultMode is Optional: mode bits used to set permissions on created files by default.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values
     * for mode bits. Defaults to 0644.
     * Directories within the path are not affected by this setting.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @default 0644.
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * items If unspecified, each key-value pair in the Data field of the referenced
     * Secret will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the Secret,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesSecret#items
     */
    readonly items?: NginxProxySpecKubernetesDeploymentPodVolumesSecretItems[];
    /**
     * optional field specify whether the Secret or its keys must be defined
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * secretName is the name of the secret in the pod's namespace to use.
     * More info: https://kubernetes.io/docs/concepts/storage/volumes#secret
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesSecret' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesSecret(obj: NginxProxySpecKubernetesDeploymentPodVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * storageOS represents a StorageOS volume attached and mounted on Kubernetes nodes.
 * Deprecated: StorageOS is deprecated and the in-tree storageos type is no longer supported.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesStorageos
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesStorageos {
    /**
     * fsType is the filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesStorageos#fsType
     */
    readonly fsType?: string;
    /**
     * readOnly defaults to false (read/write). ReadOnly here will force
     * the ReadOnly setting in VolumeMounts.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesStorageos#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * secretRef specifies the secret to use for obtaining the StorageOS API
     * credentials.  If not specified, default values will be attempted.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesStorageos#secretRef
     */
    readonly secretRef?: NginxProxySpecKubernetesDeploymentPodVolumesStorageosSecretRef;
    /**
     * volumeName is the human-readable name of the StorageOS volume.  Volume
     * names are only unique within a namespace.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesStorageos#volumeName
     */
    readonly volumeName?: string;
    /**
     * volumeNamespace specifies the scope of the volume within StorageOS.  If no
     * namespace is specified then the Pod's namespace will be used.  This allows the
     * Kubernetes name scoping to be mirrored within StorageOS for tighter integration.
     * Set VolumeName to any name to override the default behaviour.
     * Set to "default" if you are not using namespaces within StorageOS.
     * Namespaces that do not pre-exist within StorageOS will be created.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesStorageos#volumeNamespace
     */
    readonly volumeNamespace?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesStorageos' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesStorageos(obj: NginxProxySpecKubernetesDeploymentPodVolumesStorageos | undefined): Record<string, any> | undefined;
/**
 * vsphereVolume represents a vSphere volume attached and mounted on kubelets host machine.
 * Deprecated: VsphereVolume is deprecated. All operations for the in-tree vsphereVolume type
 * are redirected to the csi.vsphere.vmware.com CSI driver.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesVsphereVolume
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesVsphereVolume {
    /**
     * fsType is filesystem type to mount.
     * Must be a filesystem type supported by the host operating system.
     * Ex. "ext4", "xfs", "ntfs". Implicitly inferred to be "ext4" if unspecified.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesVsphereVolume#fsType
     */
    readonly fsType?: string;
    /**
     * storagePolicyID is the storage Policy Based Management (SPBM) profile ID associated with the StoragePolicyName.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesVsphereVolume#storagePolicyID
     */
    readonly storagePolicyId?: string;
    /**
     * storagePolicyName is the storage Policy Based Management (SPBM) profile name.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesVsphereVolume#storagePolicyName
     */
    readonly storagePolicyName?: string;
    /**
     * volumePath is the path that identifies vSphere volume vmdk
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesVsphereVolume#volumePath
     */
    readonly volumePath: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesVsphereVolume' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesVsphereVolume(obj: NginxProxySpecKubernetesDeploymentPodVolumesVsphereVolume | undefined): Record<string, any> | undefined;
/**
 * Image is the container image to use for this WAF container.
 *
 * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerImage
 */
export interface NginxProxySpecKubernetesDeploymentWafContainersConfigManagerImage {
    /**
     * PullPolicy describes a policy for if/when to pull a container image.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerImage#pullPolicy
     */
    readonly pullPolicy?: NginxProxySpecKubernetesDeploymentWafContainersConfigManagerImagePullPolicy;
    /**
     * Repository is the image path.
     * Default is ghcr.io/nginx/nginx-gateway-fabric/nginx.
     *
     * @default ghcr.io/nginx/nginx-gateway-fabric/nginx.
     * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerImage#repository
     */
    readonly repository?: string;
    /**
     * Tag is the image tag to use. Default matches the tag of the control plane.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerImage#tag
     */
    readonly tag?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentWafContainersConfigManagerImage' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentWafContainersConfigManagerImage(obj: NginxProxySpecKubernetesDeploymentWafContainersConfigManagerImage | undefined): Record<string, any> | undefined;
/**
 * Resources describes the compute resource requirements for this WAF container.
 *
 * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResources
 */
export interface NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This field depends on the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResources#claims
     */
    readonly claims?: NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResources#limits
     */
    readonly limits?: {
        [key: string]: NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResources#requests
     */
    readonly requests?: {
        [key: string]: NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResourcesRequests;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResources' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResources(obj: NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResources | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerVolumeMounts
 */
export interface NginxProxySpecKubernetesDeploymentWafContainersConfigManagerVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentWafContainersConfigManagerVolumeMounts' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentWafContainersConfigManagerVolumeMounts(obj: NginxProxySpecKubernetesDeploymentWafContainersConfigManagerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * Image is the container image to use for this WAF container.
 *
 * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerImage
 */
export interface NginxProxySpecKubernetesDeploymentWafContainersEnforcerImage {
    /**
     * PullPolicy describes a policy for if/when to pull a container image.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerImage#pullPolicy
     */
    readonly pullPolicy?: NginxProxySpecKubernetesDeploymentWafContainersEnforcerImagePullPolicy;
    /**
     * Repository is the image path.
     * Default is ghcr.io/nginx/nginx-gateway-fabric/nginx.
     *
     * @default ghcr.io/nginx/nginx-gateway-fabric/nginx.
     * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerImage#repository
     */
    readonly repository?: string;
    /**
     * Tag is the image tag to use. Default matches the tag of the control plane.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerImage#tag
     */
    readonly tag?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentWafContainersEnforcerImage' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentWafContainersEnforcerImage(obj: NginxProxySpecKubernetesDeploymentWafContainersEnforcerImage | undefined): Record<string, any> | undefined;
/**
 * Resources describes the compute resource requirements for this WAF container.
 *
 * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerResources
 */
export interface NginxProxySpecKubernetesDeploymentWafContainersEnforcerResources {
    /**
     * Claims lists the names of resources, defined in spec.resourceClaims,
     * that are used by this container.
     *
     * This field depends on the
     * DynamicResourceAllocation feature gate.
     *
     * This field is immutable. It can only be set for containers.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerResources#claims
     */
    readonly claims?: NginxProxySpecKubernetesDeploymentWafContainersEnforcerResourcesClaims[];
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerResources#limits
     */
    readonly limits?: {
        [key: string]: NginxProxySpecKubernetesDeploymentWafContainersEnforcerResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerResources#requests
     */
    readonly requests?: {
        [key: string]: NginxProxySpecKubernetesDeploymentWafContainersEnforcerResourcesRequests;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentWafContainersEnforcerResources' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentWafContainersEnforcerResources(obj: NginxProxySpecKubernetesDeploymentWafContainersEnforcerResources | undefined): Record<string, any> | undefined;
/**
 * VolumeMount describes a mounting of a Volume within a container.
 *
 * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerVolumeMounts
 */
export interface NginxProxySpecKubernetesDeploymentWafContainersEnforcerVolumeMounts {
    /**
     * Path within the container at which the volume should be mounted.  Must
     * not contain ':'.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * mountPropagation determines how mounts are propagated from the host
     * to container and the other way around.
     * When not set, MountPropagationNone is used.
     * This field is beta in 1.10.
     * When RecursiveReadOnly is set to IfPossible or to Enabled, MountPropagation must be None or unspecified
     * (which defaults to None).
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * This must match the Name of a Volume.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerVolumeMounts#name
     */
    readonly name: string;
    /**
     * Mounted read-only if true, read-write otherwise (false or unspecified).
     * Defaults to false.
     *
     * @default false.
     * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * RecursiveReadOnly specifies whether read-only mounts should be handled
     * recursively.
     *
     * If ReadOnly is false, this field has no meaning and must be unspecified.
     *
     * If ReadOnly is true, and this field is set to Disabled, the mount is not made
     * recursively read-only.  If this field is set to IfPossible, the mount is made
     * recursively read-only, if it is supported by the container runtime.  If this
     * field is set to Enabled, the mount is made recursively read-only if it is
     * supported by the container runtime, otherwise the pod will not be started and
     * an error will be generated to indicate the reason.
     *
     * If this field is set to IfPossible or Enabled, MountPropagation must be set to
     * None (or be unspecified, which defaults to None).
     *
     * If this field is not specified, it is treated as an equivalent of Disabled.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * Path within the volume from which the container's volume should be mounted.
     * Defaults to "" (volume's root).
     *
     * @default volume's root).
     * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * Expanded path within the volume from which the container's volume should be mounted.
     * Behaves similarly to SubPath but environment variable references $(VAR_NAME) are expanded using the container's environment.
     * Defaults to "" (volume's root).
     * SubPathExpr and SubPath are mutually exclusive.
     *
     * @default volume's root).
     * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentWafContainersEnforcerVolumeMounts' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentWafContainersEnforcerVolumeMounts(obj: NginxProxySpecKubernetesDeploymentWafContainersEnforcerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartExec
 */
export interface NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartExec(obj: NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGet
 */
export interface NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGet#port
     */
    readonly port: NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGet(obj: NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartSleep
 */
export interface NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartSleep(obj: NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartTcpSocket
 */
export interface NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartTcpSocket#port
     */
    readonly port: NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartTcpSocket(obj: NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopExec
 */
export interface NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopExec(obj: NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGet
 */
export interface NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGet#port
     */
    readonly port: NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGet(obj: NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopSleep
 */
export interface NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopSleep(obj: NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopTcpSocket
 */
export interface NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopTcpSocket#port
     */
    readonly port: NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopTcpSocket(obj: NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * An empty preferred scheduling term matches all objects with implicit weight 0
 * (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * A node selector term, associated with the corresponding weight.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * If the affinity requirements specified by this field are not met at
 * scheduling time, the pod will not be scheduled onto the node.
 * If the affinity requirements specified by this field cease to be met
 * at some point during pod execution (e.g. due to an update), the system
 * may or may not try to eventually evict the pod from its node.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A list of node selector terms. The terms are ORed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: NginxProxySpecKubernetesDaemonSetPodTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
 * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCephfsSecretRef
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesCephfsSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCephfsSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesCephfsSecretRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesCephfsSecretRef(obj: NginxProxySpecKubernetesDaemonSetPodVolumesCephfsSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is optional: points to a secret object containing parameters used to connect
 * to OpenStack.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCinderSecretRef
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesCinderSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCinderSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesCinderSecretRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesCinderSecretRef(obj: NginxProxySpecKubernetesDaemonSetPodVolumesCinderSecretRef | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesConfigMapItems
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesConfigMapItems {
    /**
     * key is the key to project.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesConfigMapItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesConfigMapItems(obj: NginxProxySpecKubernetesDaemonSetPodVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * nodePublishSecretRef is a reference to the secret object containing
 * sensitive information to pass to the CSI driver to complete the CSI
 * NodePublishVolume and NodeUnpublishVolume calls.
 * This field is optional, and  may be empty if no secret is required. If the
 * secret object contains more than one secret, all secret references are passed.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCsiNodePublishSecretRef
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesCsiNodePublishSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesCsiNodePublishSecretRef(obj: NginxProxySpecKubernetesDaemonSetPodVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItems
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItems {
    /**
     * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsFieldRef;
    /**
     * Optional: mode bits used to set permissions on this file, must be an octal value
     * between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItems' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItems(obj: NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * sizeLimit is the total amount of local storage required for this EmptyDir volume.
 * The size limit is also applicable for memory medium.
 * The maximum usage on memory medium EmptyDir would be the minimum value between
 * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
 * The default is nil which means that the limit is undefined.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEmptyDirSizeLimit
 */
export declare class NginxProxySpecKubernetesDaemonSetPodVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDaemonSetPodVolumesEmptyDirSizeLimit;
    static fromString(value: string): NginxProxySpecKubernetesDaemonSetPodVolumesEmptyDirSizeLimit;
    private constructor();
}
/**
 * Will be used to create a stand-alone PVC to provision the volume.
 * The pod in which this EphemeralVolumeSource is embedded will be the
 * owner of the PVC, i.e. the PVC will be deleted together with the
 * pod.  The name of the PVC will be `<pod name>-<volume name>` where
 * `<volume name>` is the name from the `PodSpec.Volumes` array
 * entry. Pod validation will reject the pod if the concatenated name
 * is not valid for a PVC (for example, too long).
 *
 * An existing PVC with that name that is not owned by the pod
 * will *not* be used for the pod to avoid using an unrelated
 * volume by mistake. Starting the pod is then blocked until
 * the unrelated PVC is removed. If such a pre-created PVC is
 * meant to be used by the pod, the PVC has to updated with an
 * owner reference to the pod once the pod exists. Normally
 * this should not be necessary, but it may be useful when
 * manually reconstructing a broken cluster.
 *
 * This field is read-only and no changes will be made by Kubernetes
 * to the PVC after it has been created.
 *
 * Required, must not be nil.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplate
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplate {
    /**
     * May contain labels and annotations that will be copied into the PVC
     * when creating it. No other fields are allowed and will be rejected during
     * validation.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplate#metadata
     */
    readonly metadata?: any;
    /**
     * The specification for the PersistentVolumeClaim. The entire content is
     * copied unchanged into the PVC that gets created from this
     * template. The same fields as in a PersistentVolumeClaim
     * are also valid here.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplate#spec
     */
    readonly spec: NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplate(obj: NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * secretRef is Optional: secretRef is reference to the secret object containing
 * sensitive information to pass to the plugin scripts. This may be
 * empty if no secret object is specified. If the secret object
 * contains more than one secret, all secrets are passed to the plugin
 * scripts.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesFlexVolumeSecretRef
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesFlexVolumeSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesFlexVolumeSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesFlexVolumeSecretRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesFlexVolumeSecretRef(obj: NginxProxySpecKubernetesDaemonSetPodVolumesFlexVolumeSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is the CHAP Secret for iSCSI target and initiator authentication
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesIscsiSecretRef
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesIscsiSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesIscsiSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesIscsiSecretRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesIscsiSecretRef(obj: NginxProxySpecKubernetesDaemonSetPodVolumesIscsiSecretRef | undefined): Record<string, any> | undefined;
/**
 * Projection that may be projected along with other supported volume types.
 * Exactly one of these fields must be set.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSources
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSources {
    /**
     * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
     * of ClusterTrustBundle objects in an auto-updating file.
     *
     * Alpha, gated by the ClusterTrustBundleProjection feature gate.
     *
     * ClusterTrustBundle objects can either be selected by name, or by the
     * combination of signer name and a label selector.
     *
     * Kubelet performs aggressive normalization of the PEM contents written
     * into the pod filesystem.  Esoteric PEM features such as inter-block
     * comments and block headers are stripped.  Certificates are deduplicated.
     * The ordering of certificates within the file is arbitrary, and Kubelet
     * may change the order over time.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSources#clusterTrustBundle
     */
    readonly clusterTrustBundle?: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundle;
    /**
     * configMap information about the configMap data to project
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSources#configMap
     */
    readonly configMap?: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesConfigMap;
    /**
     * downwardAPI information about the downwardAPI data to project
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSources#downwardAPI
     */
    readonly downwardApi?: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApi;
    /**
     * Projects an auto-rotating credential bundle (private key and certificate
     * chain) that the pod can use either as a TLS client or server.
     *
     * Kubelet generates a private key and uses it to send a
     * PodCertificateRequest to the named signer.  Once the signer approves the
     * request and issues a certificate chain, Kubelet writes the key and
     * certificate chain to the pod filesystem.  The pod does not start until
     * certificates have been issued for each podCertificate projected volume
     * source in its spec.
     *
     * Kubelet will begin trying to rotate the certificate at the time indicated
     * by the signer using the PodCertificateRequest.Status.BeginRefreshAt
     * timestamp.
     *
     * Kubelet can write a single file, indicated by the credentialBundlePath
     * field, or separate files, indicated by the keyPath and
     * certificateChainPath fields.
     *
     * The credential bundle is a single file in PEM format.  The first PEM
     * entry is the private key (in PKCS#8 format), and the remaining PEM
     * entries are the certificate chain issued by the signer (typically,
     * signers will return their certificate chain in leaf-to-root order).
     *
     * Prefer using the credential bundle format, since your application code
     * can read it atomically.  If you use keyPath and certificateChainPath,
     * your application must make two separate file reads. If these coincide
     * with a certificate rotation, it is possible that the private key and leaf
     * certificate you read may not correspond to each other.  Your application
     * will need to check for this condition, and re-read until they are
     * consistent.
     *
     * The named signer controls chooses the format of the certificate it
     * issues; consult the signer implementation's documentation to learn how to
     * use the certificates it issues.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSources#podCertificate
     */
    readonly podCertificate?: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesPodCertificate;
    /**
     * secret information about the secret data to project
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSources#secret
     */
    readonly secret?: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesSecret;
    /**
     * serviceAccountToken is information about the serviceAccountToken data to project
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSources#serviceAccountToken
     */
    readonly serviceAccountToken?: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesServiceAccountToken;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSources' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSources(obj: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSources | undefined): Record<string, any> | undefined;
/**
 * secretRef is name of the authentication secret for RBDUser. If provided
 * overrides keyring.
 * Default is nil.
 * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
 *
 * @default nil.
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesRbdSecretRef
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesRbdSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesRbdSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesRbdSecretRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesRbdSecretRef(obj: NginxProxySpecKubernetesDaemonSetPodVolumesRbdSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef references to the secret for ScaleIO user and other
 * sensitive information. If this is not provided, Login operation will fail.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesScaleIoSecretRef
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesScaleIoSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesScaleIoSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesScaleIoSecretRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesScaleIoSecretRef(obj: NginxProxySpecKubernetesDaemonSetPodVolumesScaleIoSecretRef | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesSecretItems
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesSecretItems {
    /**
     * key is the key to project.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesSecretItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesSecretItems' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesSecretItems(obj: NginxProxySpecKubernetesDaemonSetPodVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * secretRef specifies the secret to use for obtaining the StorageOS API
 * credentials.  If not specified, default values will be attempted.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesStorageosSecretRef
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesStorageosSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesStorageosSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesStorageosSecretRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesStorageosSecretRef(obj: NginxProxySpecKubernetesDaemonSetPodVolumesStorageosSecretRef | undefined): Record<string, any> | undefined;
/**
 * PullPolicy describes a policy for if/when to pull a container image.
 *
 * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerImagePullPolicy
 */
export declare enum NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerImagePullPolicy {
    /** Always */
    ALWAYS = "Always",
    /** Never */
    NEVER = "Never",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResourcesClaims
 */
export interface NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResourcesClaims' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResourcesClaims(obj: NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResourcesLimits
 */
export declare class NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResourcesLimits;
    static fromString(value: string): NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResourcesLimits;
    private constructor();
}
/**
 * @schema NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResourcesRequests
 */
export declare class NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResourcesRequests;
    static fromString(value: string): NginxProxySpecKubernetesDaemonSetWafContainersConfigManagerResourcesRequests;
    private constructor();
}
/**
 * PullPolicy describes a policy for if/when to pull a container image.
 *
 * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerImagePullPolicy
 */
export declare enum NginxProxySpecKubernetesDaemonSetWafContainersEnforcerImagePullPolicy {
    /** Always */
    ALWAYS = "Always",
    /** Never */
    NEVER = "Never",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResourcesClaims
 */
export interface NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResourcesClaims' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResourcesClaims(obj: NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResourcesLimits
 */
export declare class NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResourcesLimits;
    static fromString(value: string): NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResourcesLimits;
    private constructor();
}
/**
 * @schema NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResourcesRequests
 */
export declare class NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResourcesRequests;
    static fromString(value: string): NginxProxySpecKubernetesDaemonSetWafContainersEnforcerResourcesRequests;
    private constructor();
}
/**
 * HPAScalingPolicy is a single policy which must hold true for a specified past interval.
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDownPolicies
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDownPolicies {
    /**
     * periodSeconds specifies the window of time for which the policy should hold true.
     * PeriodSeconds must be greater than zero and less than or equal to 1800 (30 min).
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDownPolicies#periodSeconds
     */
    readonly periodSeconds: number;
    /**
     * type is used to specify the scaling policy.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDownPolicies#type
     */
    readonly type: string;
    /**
     * value contains the amount of change which is permitted by the policy.
     * It must be greater than zero
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDownPolicies#value
     */
    readonly value: number;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDownPolicies' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDownPolicies(obj: NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDownPolicies | undefined): Record<string, any> | undefined;
/**
 * tolerance is the tolerance on the ratio between the current and desired
 * metric value under which no updates are made to the desired number of
 * replicas (e.g. 0.01 for 1%). Must be greater than or equal to zero. If not
 * set, the default cluster-wide tolerance is applied (by default 10%).
 *
 * For example, if autoscaling is configured with a memory consumption target of 100Mi,
 * and scale-down and scale-up tolerances of 5% and 1% respectively, scaling will be
 * triggered when the actual consumption falls below 95Mi or exceeds 101Mi.
 *
 * This is an beta field and requires the HPAConfigurableTolerance feature
 * gate to be enabled.
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDownTolerance
 */
export declare class NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDownTolerance {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDownTolerance;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleDownTolerance;
    private constructor();
}
/**
 * HPAScalingPolicy is a single policy which must hold true for a specified past interval.
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUpPolicies
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUpPolicies {
    /**
     * periodSeconds specifies the window of time for which the policy should hold true.
     * PeriodSeconds must be greater than zero and less than or equal to 1800 (30 min).
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUpPolicies#periodSeconds
     */
    readonly periodSeconds: number;
    /**
     * type is used to specify the scaling policy.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUpPolicies#type
     */
    readonly type: string;
    /**
     * value contains the amount of change which is permitted by the policy.
     * It must be greater than zero
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUpPolicies#value
     */
    readonly value: number;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUpPolicies' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUpPolicies(obj: NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUpPolicies | undefined): Record<string, any> | undefined;
/**
 * tolerance is the tolerance on the ratio between the current and desired
 * metric value under which no updates are made to the desired number of
 * replicas (e.g. 0.01 for 1%). Must be greater than or equal to zero. If not
 * set, the default cluster-wide tolerance is applied (by default 10%).
 *
 * For example, if autoscaling is configured with a memory consumption target of 100Mi,
 * and scale-down and scale-up tolerances of 5% and 1% respectively, scaling will be
 * triggered when the actual consumption falls below 95Mi or exceeds 101Mi.
 *
 * This is an beta field and requires the HPAConfigurableTolerance feature
 * gate to be enabled.
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUpTolerance
 */
export declare class NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUpTolerance {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUpTolerance;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentAutoscalingBehaviorScaleUpTolerance;
    private constructor();
}
/**
 * target specifies the target value for the given metric
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTarget
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTarget {
    /**
     * averageUtilization is the target value of the average of the
     * resource metric across all relevant pods, represented as a percentage of
     * the requested value of the resource for the pods.
     * Currently only valid for Resource metric source type
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTarget#averageUtilization
     */
    readonly averageUtilization?: number;
    /**
     * averageValue is the target value of the average of the
     * metric across all relevant pods (as a quantity)
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTarget#averageValue
     */
    readonly averageValue?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTargetAverageValue;
    /**
     * type represents whether the metric type is Utilization, Value, or AverageValue
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTarget#type
     */
    readonly type: string;
    /**
     * value is the target value of the metric (as a quantity).
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTarget#value
     */
    readonly value?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTargetValue;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTarget' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTarget(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTarget | undefined): Record<string, any> | undefined;
/**
 * metric identifies the target metric by name and selector
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetric
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetric {
    /**
     * name is the name of the given metric
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetric#name
     */
    readonly name: string;
    /**
     * selector is the string-encoded form of a standard kubernetes label selector for the given metric
     * When set, it is passed as an additional parameter to the metrics server for more specific metrics scoping.
     * When unset, just the metricName will be used to gather metrics.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetric#selector
     */
    readonly selector?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetricSelector;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetric' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetric(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetric | undefined): Record<string, any> | undefined;
/**
 * target specifies the target value for the given metric
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTarget
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTarget {
    /**
     * averageUtilization is the target value of the average of the
     * resource metric across all relevant pods, represented as a percentage of
     * the requested value of the resource for the pods.
     * Currently only valid for Resource metric source type
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTarget#averageUtilization
     */
    readonly averageUtilization?: number;
    /**
     * averageValue is the target value of the average of the
     * metric across all relevant pods (as a quantity)
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTarget#averageValue
     */
    readonly averageValue?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTargetAverageValue;
    /**
     * type represents whether the metric type is Utilization, Value, or AverageValue
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTarget#type
     */
    readonly type: string;
    /**
     * value is the target value of the metric (as a quantity).
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTarget#value
     */
    readonly value?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTargetValue;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTarget' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTarget(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTarget | undefined): Record<string, any> | undefined;
/**
 * describedObject specifies the descriptions of a object,such as kind,name apiVersion
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectDescribedObject
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectDescribedObject {
    /**
     * apiVersion is the API version of the referent
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectDescribedObject#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * kind is the kind of the referent; More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectDescribedObject#kind
     */
    readonly kind: string;
    /**
     * name is the name of the referent; More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectDescribedObject#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectDescribedObject' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectDescribedObject(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectDescribedObject | undefined): Record<string, any> | undefined;
/**
 * metric identifies the target metric by name and selector
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetric
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetric {
    /**
     * name is the name of the given metric
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetric#name
     */
    readonly name: string;
    /**
     * selector is the string-encoded form of a standard kubernetes label selector for the given metric
     * When set, it is passed as an additional parameter to the metrics server for more specific metrics scoping.
     * When unset, just the metricName will be used to gather metrics.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetric#selector
     */
    readonly selector?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetricSelector;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetric' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetric(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetric | undefined): Record<string, any> | undefined;
/**
 * target specifies the target value for the given metric
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTarget
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTarget {
    /**
     * averageUtilization is the target value of the average of the
     * resource metric across all relevant pods, represented as a percentage of
     * the requested value of the resource for the pods.
     * Currently only valid for Resource metric source type
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTarget#averageUtilization
     */
    readonly averageUtilization?: number;
    /**
     * averageValue is the target value of the average of the
     * metric across all relevant pods (as a quantity)
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTarget#averageValue
     */
    readonly averageValue?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTargetAverageValue;
    /**
     * type represents whether the metric type is Utilization, Value, or AverageValue
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTarget#type
     */
    readonly type: string;
    /**
     * value is the target value of the metric (as a quantity).
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTarget#value
     */
    readonly value?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTargetValue;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTarget' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTarget(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTarget | undefined): Record<string, any> | undefined;
/**
 * metric identifies the target metric by name and selector
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetric
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetric {
    /**
     * name is the name of the given metric
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetric#name
     */
    readonly name: string;
    /**
     * selector is the string-encoded form of a standard kubernetes label selector for the given metric
     * When set, it is passed as an additional parameter to the metrics server for more specific metrics scoping.
     * When unset, just the metricName will be used to gather metrics.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetric#selector
     */
    readonly selector?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetricSelector;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetric' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetric(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetric | undefined): Record<string, any> | undefined;
/**
 * target specifies the target value for the given metric
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTarget
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTarget {
    /**
     * averageUtilization is the target value of the average of the
     * resource metric across all relevant pods, represented as a percentage of
     * the requested value of the resource for the pods.
     * Currently only valid for Resource metric source type
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTarget#averageUtilization
     */
    readonly averageUtilization?: number;
    /**
     * averageValue is the target value of the average of the
     * metric across all relevant pods (as a quantity)
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTarget#averageValue
     */
    readonly averageValue?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTargetAverageValue;
    /**
     * type represents whether the metric type is Utilization, Value, or AverageValue
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTarget#type
     */
    readonly type: string;
    /**
     * value is the target value of the metric (as a quantity).
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTarget#value
     */
    readonly value?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTargetValue;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTarget' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTarget(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTarget | undefined): Record<string, any> | undefined;
/**
 * target specifies the target value for the given metric
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTarget
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTarget {
    /**
     * averageUtilization is the target value of the average of the
     * resource metric across all relevant pods, represented as a percentage of
     * the requested value of the resource for the pods.
     * Currently only valid for Resource metric source type
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTarget#averageUtilization
     */
    readonly averageUtilization?: number;
    /**
     * averageValue is the target value of the average of the
     * metric across all relevant pods (as a quantity)
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTarget#averageValue
     */
    readonly averageValue?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTargetAverageValue;
    /**
     * type represents whether the metric type is Utilization, Value, or AverageValue
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTarget#type
     */
    readonly type: string;
    /**
     * value is the target value of the metric (as a quantity).
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTarget#value
     */
    readonly value?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTargetValue;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTarget' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTarget(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTarget | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartExec
 */
export interface NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartExec' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartExec(obj: NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGet
 */
export interface NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGet#httpHeaders
     */
    readonly httpHeaders?: NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGet#port
     */
    readonly port: NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGet' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGet(obj: NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartSleep
 */
export interface NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartSleep' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartSleep(obj: NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartTcpSocket
 */
export interface NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartTcpSocket#port
     */
    readonly port: NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartTcpSocketPort;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartTcpSocket' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartTcpSocket(obj: NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartTcpSocket | undefined): Record<string, any> | undefined;
/**
 * Exec specifies a command to execute in the container.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopExec
 */
export interface NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopExec {
    /**
     * Command is the command line to execute inside the container, the working directory for the
     * command  is root ('/') in the container's filesystem. The command is simply exec'd, it is
     * not run inside a shell, so traditional shell instructions ('|', etc) won't work. To use
     * a shell, you need to explicitly call out to that shell.
     * Exit status of 0 is treated as live/healthy and non-zero is unhealthy.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopExec' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopExec(obj: NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopExec | undefined): Record<string, any> | undefined;
/**
 * HTTPGet specifies an HTTP GET request to perform.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGet
 */
export interface NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGet {
    /**
     * Host name to connect to, defaults to the pod IP. You probably want to set
     * "Host" in httpHeaders instead.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGet#host
     */
    readonly host?: string;
    /**
     * Custom headers to set in the request. HTTP allows repeated headers.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGet#httpHeaders
     */
    readonly httpHeaders?: NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGetHttpHeaders[];
    /**
     * Path to access on the HTTP server.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGet#path
     */
    readonly path?: string;
    /**
     * Name or number of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGet#port
     */
    readonly port: NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGetPort;
    /**
     * Scheme to use for connecting to the host.
     * Defaults to HTTP.
     *
     * @default HTTP.
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGet' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGet(obj: NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGet | undefined): Record<string, any> | undefined;
/**
 * Sleep represents a duration that the container should sleep.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopSleep
 */
export interface NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopSleep {
    /**
     * Seconds is the number of seconds to sleep.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopSleep#seconds
     */
    readonly seconds: number;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopSleep' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopSleep(obj: NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopSleep | undefined): Record<string, any> | undefined;
/**
 * Deprecated. TCPSocket is NOT supported as a LifecycleHandler and kept
 * for backward compatibility. There is no validation of this field and
 * lifecycle hooks will fail at runtime when it is specified.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopTcpSocket
 */
export interface NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopTcpSocket {
    /**
     * Optional: Host name to connect to, defaults to the pod IP.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopTcpSocket#host
     */
    readonly host?: string;
    /**
     * Number or name of the port to access on the container.
     * Number must be in the range 1 to 65535.
     * Name must be an IANA_SVC_NAME.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopTcpSocket#port
     */
    readonly port: NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopTcpSocketPort;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopTcpSocket' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopTcpSocket(obj: NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopTcpSocket | undefined): Record<string, any> | undefined;
/**
 * An empty preferred scheduling term matches all objects with implicit weight 0
 * (i.e. it's a no-op). A null preferred scheduling term matches no objects (i.e. is also a no-op).
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * A node selector term, associated with the corresponding weight.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * Weight associated with matching the corresponding nodeSelectorTerm, in the range 1-100.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * If the affinity requirements specified by this field are not met at
 * scheduling time, the pod will not be scheduled onto the node.
 * If the affinity requirements specified by this field cease to be met
 * at some point during pod execution (e.g. due to an update), the system
 * may or may not try to eventually evict the pod from its node.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A list of node selector terms. The terms are ORed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * The weights of all of the matched WeightedPodAffinityTerm fields are added per-node to find the most preferred node(s)
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * Required. A pod affinity term, associated with the corresponding weight.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * weight associated with matching the corresponding podAffinityTerm,
     * in the range 1-100.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * Defines a set of pods (namely those matching the labelSelector
 * relative to the given namespace(s)) that this pod should be
 * co-located (affinity) or not co-located (anti-affinity) with,
 * where co-located is defined as running on a node whose value of
 * the label with key <topologyKey> matches that of any node on which
 * a pod of the set of pods is running
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: NginxProxySpecKubernetesDeploymentPodTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * secretRef is Optional: SecretRef is reference to the authentication secret for User, default is empty.
 * More info: https://examples.k8s.io/volumes/cephfs/README.md#how-to-use-it
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesCephfsSecretRef
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesCephfsSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesCephfsSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesCephfsSecretRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesCephfsSecretRef(obj: NginxProxySpecKubernetesDeploymentPodVolumesCephfsSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is optional: points to a secret object containing parameters used to connect
 * to OpenStack.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesCinderSecretRef
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesCinderSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesCinderSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesCinderSecretRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesCinderSecretRef(obj: NginxProxySpecKubernetesDeploymentPodVolumesCinderSecretRef | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesConfigMapItems
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesConfigMapItems {
    /**
     * key is the key to project.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesConfigMapItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesConfigMapItems(obj: NginxProxySpecKubernetesDeploymentPodVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * nodePublishSecretRef is a reference to the secret object containing
 * sensitive information to pass to the CSI driver to complete the CSI
 * NodePublishVolume and NodeUnpublishVolume calls.
 * This field is optional, and  may be empty if no secret is required. If the
 * secret object contains more than one secret, all secret references are passed.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesCsiNodePublishSecretRef
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesCsiNodePublishSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesCsiNodePublishSecretRef(obj: NginxProxySpecKubernetesDeploymentPodVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItems
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItems {
    /**
     * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsFieldRef;
    /**
     * Optional: mode bits used to set permissions on this file, must be an octal value
     * between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItems' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItems(obj: NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * sizeLimit is the total amount of local storage required for this EmptyDir volume.
 * The size limit is also applicable for memory medium.
 * The maximum usage on memory medium EmptyDir would be the minimum value between
 * the SizeLimit specified here and the sum of memory limits of all containers in a pod.
 * The default is nil which means that the limit is undefined.
 * More info: https://kubernetes.io/docs/concepts/storage/volumes#emptydir
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesEmptyDirSizeLimit
 */
export declare class NginxProxySpecKubernetesDeploymentPodVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentPodVolumesEmptyDirSizeLimit;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentPodVolumesEmptyDirSizeLimit;
    private constructor();
}
/**
 * Will be used to create a stand-alone PVC to provision the volume.
 * The pod in which this EphemeralVolumeSource is embedded will be the
 * owner of the PVC, i.e. the PVC will be deleted together with the
 * pod.  The name of the PVC will be `<pod name>-<volume name>` where
 * `<volume name>` is the name from the `PodSpec.Volumes` array
 * entry. Pod validation will reject the pod if the concatenated name
 * is not valid for a PVC (for example, too long).
 *
 * An existing PVC with that name that is not owned by the pod
 * will *not* be used for the pod to avoid using an unrelated
 * volume by mistake. Starting the pod is then blocked until
 * the unrelated PVC is removed. If such a pre-created PVC is
 * meant to be used by the pod, the PVC has to updated with an
 * owner reference to the pod once the pod exists. Normally
 * this should not be necessary, but it may be useful when
 * manually reconstructing a broken cluster.
 *
 * This field is read-only and no changes will be made by Kubernetes
 * to the PVC after it has been created.
 *
 * Required, must not be nil.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplate
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplate {
    /**
     * May contain labels and annotations that will be copied into the PVC
     * when creating it. No other fields are allowed and will be rejected during
     * validation.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplate#metadata
     */
    readonly metadata?: any;
    /**
     * The specification for the PersistentVolumeClaim. The entire content is
     * copied unchanged into the PVC that gets created from this
     * template. The same fields as in a PersistentVolumeClaim
     * are also valid here.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplate#spec
     */
    readonly spec: NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplate(obj: NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * secretRef is Optional: secretRef is reference to the secret object containing
 * sensitive information to pass to the plugin scripts. This may be
 * empty if no secret object is specified. If the secret object
 * contains more than one secret, all secrets are passed to the plugin
 * scripts.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesFlexVolumeSecretRef
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesFlexVolumeSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesFlexVolumeSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesFlexVolumeSecretRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesFlexVolumeSecretRef(obj: NginxProxySpecKubernetesDeploymentPodVolumesFlexVolumeSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef is the CHAP Secret for iSCSI target and initiator authentication
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesIscsiSecretRef
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesIscsiSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesIscsiSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesIscsiSecretRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesIscsiSecretRef(obj: NginxProxySpecKubernetesDeploymentPodVolumesIscsiSecretRef | undefined): Record<string, any> | undefined;
/**
 * Projection that may be projected along with other supported volume types.
 * Exactly one of these fields must be set.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSources
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesProjectedSources {
    /**
     * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
     * of ClusterTrustBundle objects in an auto-updating file.
     *
     * Alpha, gated by the ClusterTrustBundleProjection feature gate.
     *
     * ClusterTrustBundle objects can either be selected by name, or by the
     * combination of signer name and a label selector.
     *
     * Kubelet performs aggressive normalization of the PEM contents written
     * into the pod filesystem.  Esoteric PEM features such as inter-block
     * comments and block headers are stripped.  Certificates are deduplicated.
     * The ordering of certificates within the file is arbitrary, and Kubelet
     * may change the order over time.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSources#clusterTrustBundle
     */
    readonly clusterTrustBundle?: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundle;
    /**
     * configMap information about the configMap data to project
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSources#configMap
     */
    readonly configMap?: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesConfigMap;
    /**
     * downwardAPI information about the downwardAPI data to project
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSources#downwardAPI
     */
    readonly downwardApi?: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApi;
    /**
     * Projects an auto-rotating credential bundle (private key and certificate
     * chain) that the pod can use either as a TLS client or server.
     *
     * Kubelet generates a private key and uses it to send a
     * PodCertificateRequest to the named signer.  Once the signer approves the
     * request and issues a certificate chain, Kubelet writes the key and
     * certificate chain to the pod filesystem.  The pod does not start until
     * certificates have been issued for each podCertificate projected volume
     * source in its spec.
     *
     * Kubelet will begin trying to rotate the certificate at the time indicated
     * by the signer using the PodCertificateRequest.Status.BeginRefreshAt
     * timestamp.
     *
     * Kubelet can write a single file, indicated by the credentialBundlePath
     * field, or separate files, indicated by the keyPath and
     * certificateChainPath fields.
     *
     * The credential bundle is a single file in PEM format.  The first PEM
     * entry is the private key (in PKCS#8 format), and the remaining PEM
     * entries are the certificate chain issued by the signer (typically,
     * signers will return their certificate chain in leaf-to-root order).
     *
     * Prefer using the credential bundle format, since your application code
     * can read it atomically.  If you use keyPath and certificateChainPath,
     * your application must make two separate file reads. If these coincide
     * with a certificate rotation, it is possible that the private key and leaf
     * certificate you read may not correspond to each other.  Your application
     * will need to check for this condition, and re-read until they are
     * consistent.
     *
     * The named signer controls chooses the format of the certificate it
     * issues; consult the signer implementation's documentation to learn how to
     * use the certificates it issues.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSources#podCertificate
     */
    readonly podCertificate?: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesPodCertificate;
    /**
     * secret information about the secret data to project
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSources#secret
     */
    readonly secret?: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesSecret;
    /**
     * serviceAccountToken is information about the serviceAccountToken data to project
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSources#serviceAccountToken
     */
    readonly serviceAccountToken?: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesServiceAccountToken;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesProjectedSources' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesProjectedSources(obj: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSources | undefined): Record<string, any> | undefined;
/**
 * secretRef is name of the authentication secret for RBDUser. If provided
 * overrides keyring.
 * Default is nil.
 * More info: https://examples.k8s.io/volumes/rbd/README.md#how-to-use-it
 *
 * @default nil.
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesRbdSecretRef
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesRbdSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesRbdSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesRbdSecretRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesRbdSecretRef(obj: NginxProxySpecKubernetesDeploymentPodVolumesRbdSecretRef | undefined): Record<string, any> | undefined;
/**
 * secretRef references to the secret for ScaleIO user and other
 * sensitive information. If this is not provided, Login operation will fail.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesScaleIoSecretRef
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesScaleIoSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesScaleIoSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesScaleIoSecretRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesScaleIoSecretRef(obj: NginxProxySpecKubernetesDeploymentPodVolumesScaleIoSecretRef | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesSecretItems
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesSecretItems {
    /**
     * key is the key to project.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesSecretItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesSecretItems' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesSecretItems(obj: NginxProxySpecKubernetesDeploymentPodVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * secretRef specifies the secret to use for obtaining the StorageOS API
 * credentials.  If not specified, default values will be attempted.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesStorageosSecretRef
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesStorageosSecretRef {
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesStorageosSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesStorageosSecretRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesStorageosSecretRef(obj: NginxProxySpecKubernetesDeploymentPodVolumesStorageosSecretRef | undefined): Record<string, any> | undefined;
/**
 * PullPolicy describes a policy for if/when to pull a container image.
 *
 * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerImagePullPolicy
 */
export declare enum NginxProxySpecKubernetesDeploymentWafContainersConfigManagerImagePullPolicy {
    /** Always */
    ALWAYS = "Always",
    /** Never */
    NEVER = "Never",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResourcesClaims
 */
export interface NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResourcesClaims' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResourcesClaims(obj: NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResourcesLimits
 */
export declare class NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResourcesLimits;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResourcesLimits;
    private constructor();
}
/**
 * @schema NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResourcesRequests
 */
export declare class NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResourcesRequests;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentWafContainersConfigManagerResourcesRequests;
    private constructor();
}
/**
 * PullPolicy describes a policy for if/when to pull a container image.
 *
 * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerImagePullPolicy
 */
export declare enum NginxProxySpecKubernetesDeploymentWafContainersEnforcerImagePullPolicy {
    /** Always */
    ALWAYS = "Always",
    /** Never */
    NEVER = "Never",
    /** IfNotPresent */
    IF_NOT_PRESENT = "IfNotPresent"
}
/**
 * ResourceClaim references one entry in PodSpec.ResourceClaims.
 *
 * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerResourcesClaims
 */
export interface NginxProxySpecKubernetesDeploymentWafContainersEnforcerResourcesClaims {
    /**
     * Name must match the name of one entry in pod.spec.resourceClaims of
     * the Pod where this field is used. It makes that resource available
     * inside a container.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerResourcesClaims#name
     */
    readonly name: string;
    /**
     * Request is the name chosen for a request in the referenced claim.
     * If empty, everything from the claim is made available, otherwise
     * only the result of this request.
     *
     * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentWafContainersEnforcerResourcesClaims' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentWafContainersEnforcerResourcesClaims(obj: NginxProxySpecKubernetesDeploymentWafContainersEnforcerResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerResourcesLimits
 */
export declare class NginxProxySpecKubernetesDeploymentWafContainersEnforcerResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentWafContainersEnforcerResourcesLimits;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentWafContainersEnforcerResourcesLimits;
    private constructor();
}
/**
 * @schema NginxProxySpecKubernetesDeploymentWafContainersEnforcerResourcesRequests
 */
export declare class NginxProxySpecKubernetesDeploymentWafContainersEnforcerResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentWafContainersEnforcerResourcesRequests;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentWafContainersEnforcerResourcesRequests;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGetHttpHeaders
 */
export interface NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGetHttpHeaders(obj: NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGetPort
 */
export declare class NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGetPort;
    static fromString(value: string): NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartTcpSocketPort
 */
export declare class NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartTcpSocketPort;
    static fromString(value: string): NginxProxySpecKubernetesDaemonSetContainerLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGetHttpHeaders
 */
export interface NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGetHttpHeaders(obj: NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGetPort
 */
export declare class NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGetPort;
    static fromString(value: string): NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopTcpSocketPort
 */
export declare class NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopTcpSocketPort;
    static fromString(value: string): NginxProxySpecKubernetesDaemonSetContainerLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * A node selector term, associated with the corresponding weight.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * A null or empty node selector term matches no objects. The requirements of
 * them are ANDed.
 * The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsFieldRef
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsFieldRef(obj: NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsResourceFieldRef
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsResourceFieldRef(obj: NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * The specification for the PersistentVolumeClaim. The entire content is
 * copied unchanged into the PVC that gets created from this
 * template. The same fields as in a PersistentVolumeClaim
 * are also valid here.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpec
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * dataSource field can be used to specify either:
     * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
     * * An existing PVC (PersistentVolumeClaim)
     * If the provisioner or an external controller can support the specified data source,
     * it will create a new volume based on the contents of the specified data source.
     * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
     * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
     * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSource;
    /**
     * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
     * volume is desired. This may be any object from a non-empty API group (non
     * core object) or a PersistentVolumeClaim object.
     * When this field is specified, volume binding will only succeed if the type of
     * the specified object matches some installed volume populator or dynamic
     * provisioner.
     * This field will replace the functionality of the dataSource field and as such
     * if both fields are non-empty, they must have the same value. For backwards
     * compatibility, when namespace isn't specified in dataSourceRef,
     * both fields (dataSource and dataSourceRef) will be set to the same
     * value automatically if one of them is empty and the other is non-empty.
     * When namespace is specified in dataSourceRef,
     * dataSource isn't set to the same value and must be empty.
     * There are three important differences between dataSource and dataSourceRef:
     * * While dataSource only allows two specific types of objects, dataSourceRef
     * allows any non-core object, as well as PersistentVolumeClaim objects.
     * * While dataSource ignores disallowed values (dropping them), dataSourceRef
     * preserves all values, and generates an error if a disallowed value is
     * specified.
     * * While dataSource only allows local objects, dataSourceRef allows objects
     * in any namespaces.
     * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
     * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * Users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpec#resources
     */
    readonly resources?: NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpec#selector
     */
    readonly selector?: NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
     * If specified, the CSI driver will create or update the volume with the attributes defined
     * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
     * it can be changed after the claim is created. An empty string or nil value indicates that no
     * VolumeAttributesClass will be applied to the claim. If the claim enters an Infeasible error state,
     * this field can be reset to its previous value (including nil) to cancel the modification.
     * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
     * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
     * exists.
     * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpec(obj: NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
 * of ClusterTrustBundle objects in an auto-updating file.
 *
 * Alpha, gated by the ClusterTrustBundleProjection feature gate.
 *
 * ClusterTrustBundle objects can either be selected by name, or by the
 * combination of signer name and a label selector.
 *
 * Kubelet performs aggressive normalization of the PEM contents written
 * into the pod filesystem.  Esoteric PEM features such as inter-block
 * comments and block headers are stripped.  Certificates are deduplicated.
 * The ordering of certificates within the file is arbitrary, and Kubelet
 * may change the order over time.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundle
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundle {
    /**
     * Select all ClusterTrustBundles that match this label selector.  Only has
     * effect if signerName is set.  Mutually-exclusive with name.  If unset,
     * interpreted as "match nothing".  If set but empty, interpreted as "match
     * everything".
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundle#labelSelector
     */
    readonly labelSelector?: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    /**
     * Select a single ClusterTrustBundle by object name.  Mutually-exclusive
     * with signerName and labelSelector.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundle#name
     */
    readonly name?: string;
    /**
     * If true, don't block pod startup if the referenced ClusterTrustBundle(s)
     * aren't available.  If using name, then the named ClusterTrustBundle is
     * allowed not to exist.  If using signerName, then the combination of
     * signerName and labelSelector is allowed to match zero
     * ClusterTrustBundles.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundle#optional
     */
    readonly optional?: boolean;
    /**
     * Relative path from the volume root to write the bundle.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundle#path
     */
    readonly path: string;
    /**
     * Select all ClusterTrustBundles that match this signer name.
     * Mutually-exclusive with name.  The contents of all selected
     * ClusterTrustBundles will be unified and deduplicated.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundle#signerName
     */
    readonly signerName?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundle' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundle(obj: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundle | undefined): Record<string, any> | undefined;
/**
 * configMap information about the configMap data to project
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesConfigMap
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesConfigMap {
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * ConfigMap will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the ConfigMap,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesConfigMap#items
     */
    readonly items?: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesConfigMapItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesConfigMap#name
     */
    readonly name?: string;
    /**
     * optional specify whether the ConfigMap or its keys must be defined
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesConfigMap' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesConfigMap(obj: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesConfigMap | undefined): Record<string, any> | undefined;
/**
 * downwardAPI information about the downwardAPI data to project
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApi
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApi {
    /**
     * Items is a list of DownwardAPIVolume file
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApi#items
     */
    readonly items?: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItems[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApi' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApi(obj: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * Projects an auto-rotating credential bundle (private key and certificate
 * chain) that the pod can use either as a TLS client or server.
 *
 * Kubelet generates a private key and uses it to send a
 * PodCertificateRequest to the named signer.  Once the signer approves the
 * request and issues a certificate chain, Kubelet writes the key and
 * certificate chain to the pod filesystem.  The pod does not start until
 * certificates have been issued for each podCertificate projected volume
 * source in its spec.
 *
 * Kubelet will begin trying to rotate the certificate at the time indicated
 * by the signer using the PodCertificateRequest.Status.BeginRefreshAt
 * timestamp.
 *
 * Kubelet can write a single file, indicated by the credentialBundlePath
 * field, or separate files, indicated by the keyPath and
 * certificateChainPath fields.
 *
 * The credential bundle is a single file in PEM format.  The first PEM
 * entry is the private key (in PKCS#8 format), and the remaining PEM
 * entries are the certificate chain issued by the signer (typically,
 * signers will return their certificate chain in leaf-to-root order).
 *
 * Prefer using the credential bundle format, since your application code
 * can read it atomically.  If you use keyPath and certificateChainPath,
 * your application must make two separate file reads. If these coincide
 * with a certificate rotation, it is possible that the private key and leaf
 * certificate you read may not correspond to each other.  Your application
 * will need to check for this condition, and re-read until they are
 * consistent.
 *
 * The named signer controls chooses the format of the certificate it
 * issues; consult the signer implementation's documentation to learn how to
 * use the certificates it issues.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesPodCertificate
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesPodCertificate {
    /**
     * Write the certificate chain at this path in the projected volume.
     *
     * Most applications should use credentialBundlePath.  When using keyPath
     * and certificateChainPath, your application needs to check that the key
     * and leaf certificate are consistent, because it is possible to read the
     * files mid-rotation.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesPodCertificate#certificateChainPath
     */
    readonly certificateChainPath?: string;
    /**
     * Write the credential bundle at this path in the projected volume.
     *
     * The credential bundle is a single file that contains multiple PEM blocks.
     * The first PEM block is a PRIVATE KEY block, containing a PKCS#8 private
     * key.
     *
     * The remaining blocks are CERTIFICATE blocks, containing the issued
     * certificate chain from the signer (leaf and any intermediates).
     *
     * Using credentialBundlePath lets your Pod's application code make a single
     * atomic read that retrieves a consistent key and certificate chain.  If you
     * project them to separate files, your application code will need to
     * additionally check that the leaf certificate was issued to the key.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesPodCertificate#credentialBundlePath
     */
    readonly credentialBundlePath?: string;
    /**
     * Write the key at this path in the projected volume.
     *
     * Most applications should use credentialBundlePath.  When using keyPath
     * and certificateChainPath, your application needs to check that the key
     * and leaf certificate are consistent, because it is possible to read the
     * files mid-rotation.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesPodCertificate#keyPath
     */
    readonly keyPath?: string;
    /**
     * The type of keypair Kubelet will generate for the pod.
     *
     * Valid values are "RSA3072", "RSA4096", "ECDSAP256", "ECDSAP384",
     * "ECDSAP521", and "ED25519".
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesPodCertificate#keyType
     */
    readonly keyType: string;
    /**
     * maxExpirationSeconds is the maximum lifetime permitted for the
     * certificate.
     *
     * Kubelet copies this value verbatim into the PodCertificateRequests it
     * generates for this projection.
     *
     * If omitted, kube-apiserver will set it to 86400(24 hours). kube-apiserver
     * will reject values shorter than 3600 (1 hour).  The maximum allowable
     * value is 7862400 (91 days).
     *
     * The signer implementation is then free to issue a certificate with any
     * lifetime *shorter* than MaxExpirationSeconds, but no shorter than 3600
     * seconds (1 hour).  This constraint is enforced by kube-apiserver.
     * `kubernetes.io` signers will never issue certificates with a lifetime
     * longer than 24 hours.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesPodCertificate#maxExpirationSeconds
     */
    readonly maxExpirationSeconds?: number;
    /**
     * Kubelet's generated CSRs will be addressed to this signer.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesPodCertificate#signerName
     */
    readonly signerName: string;
    /**
     * userAnnotations allow pod authors to pass additional information to
     * the signer implementation.  Kubernetes does not restrict or validate this
     * metadata in any way.
     *
     * These values are copied verbatim into the `spec.unverifiedUserAnnotations` field of
     * the PodCertificateRequest objects that Kubelet creates.
     *
     * Entries are subject to the same validation as object metadata annotations,
     * with the addition that all keys must be domain-prefixed. No restrictions
     * are placed on values, except an overall size limitation on the entire field.
     *
     * Signers should document the keys and values they support. Signers should
     * deny requests that contain keys they do not recognize.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesPodCertificate#userAnnotations
     */
    readonly userAnnotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesPodCertificate' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesPodCertificate(obj: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesPodCertificate | undefined): Record<string, any> | undefined;
/**
 * secret information about the secret data to project
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesSecret
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesSecret {
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * Secret will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the Secret,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesSecret#items
     */
    readonly items?: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesSecretItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesSecret#name
     */
    readonly name?: string;
    /**
     * optional field specify whether the Secret or its key must be defined
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesSecret' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesSecret(obj: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesSecret | undefined): Record<string, any> | undefined;
/**
 * serviceAccountToken is information about the serviceAccountToken data to project
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesServiceAccountToken
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesServiceAccountToken {
    /**
     * audience is the intended audience of the token. A recipient of a token
     * must identify itself with an identifier specified in the audience of the
     * token, and otherwise should reject the token. The audience defaults to the
     * identifier of the apiserver.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesServiceAccountToken#audience
     */
    readonly audience?: string;
    /**
     * expirationSeconds is the requested duration of validity of the service
     * account token. As the token approaches expiration, the kubelet volume
     * plugin will proactively rotate the service account token. The kubelet will
     * start trying to rotate the token if the token is older than 80 percent of
     * its time to live or if the token is older than 24 hours.Defaults to 1 hour
     * and must be at least 10 minutes.
     *
     * @default 1 hour
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * path is the path relative to the mount point of the file to project the
     * token into.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesServiceAccountToken#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesServiceAccountToken' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesServiceAccountToken(obj: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * averageValue is the target value of the average of the
 * metric across all relevant pods (as a quantity)
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTargetAverageValue
 */
export declare class NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTargetAverageValue {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTargetAverageValue;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTargetAverageValue;
    private constructor();
}
/**
 * value is the target value of the metric (as a quantity).
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTargetValue
 */
export declare class NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTargetValue {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTargetValue;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentAutoscalingMetricsContainerResourceTargetValue;
    private constructor();
}
/**
 * selector is the string-encoded form of a standard kubernetes label selector for the given metric
 * When set, it is passed as an additional parameter to the metrics server for more specific metrics scoping.
 * When unset, just the metricName will be used to gather metrics.
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetricSelector
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetricSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetricSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetricSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetricSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetricSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetricSelector(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetricSelector | undefined): Record<string, any> | undefined;
/**
 * averageValue is the target value of the average of the
 * metric across all relevant pods (as a quantity)
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTargetAverageValue
 */
export declare class NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTargetAverageValue {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTargetAverageValue;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTargetAverageValue;
    private constructor();
}
/**
 * value is the target value of the metric (as a quantity).
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTargetValue
 */
export declare class NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTargetValue {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTargetValue;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalTargetValue;
    private constructor();
}
/**
 * selector is the string-encoded form of a standard kubernetes label selector for the given metric
 * When set, it is passed as an additional parameter to the metrics server for more specific metrics scoping.
 * When unset, just the metricName will be used to gather metrics.
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetricSelector
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetricSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetricSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetricSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetricSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetricSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetricSelector(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetricSelector | undefined): Record<string, any> | undefined;
/**
 * averageValue is the target value of the average of the
 * metric across all relevant pods (as a quantity)
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTargetAverageValue
 */
export declare class NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTargetAverageValue {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTargetAverageValue;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTargetAverageValue;
    private constructor();
}
/**
 * value is the target value of the metric (as a quantity).
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTargetValue
 */
export declare class NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTargetValue {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTargetValue;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectTargetValue;
    private constructor();
}
/**
 * selector is the string-encoded form of a standard kubernetes label selector for the given metric
 * When set, it is passed as an additional parameter to the metrics server for more specific metrics scoping.
 * When unset, just the metricName will be used to gather metrics.
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetricSelector
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetricSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetricSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetricSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetricSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetricSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetricSelector(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetricSelector | undefined): Record<string, any> | undefined;
/**
 * averageValue is the target value of the average of the
 * metric across all relevant pods (as a quantity)
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTargetAverageValue
 */
export declare class NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTargetAverageValue {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTargetAverageValue;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTargetAverageValue;
    private constructor();
}
/**
 * value is the target value of the metric (as a quantity).
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTargetValue
 */
export declare class NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTargetValue {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTargetValue;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsTargetValue;
    private constructor();
}
/**
 * averageValue is the target value of the average of the
 * metric across all relevant pods (as a quantity)
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTargetAverageValue
 */
export declare class NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTargetAverageValue {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTargetAverageValue;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTargetAverageValue;
    private constructor();
}
/**
 * value is the target value of the metric (as a quantity).
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTargetValue
 */
export declare class NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTargetValue {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTargetValue;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentAutoscalingMetricsResourceTargetValue;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGetHttpHeaders
 */
export interface NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGetHttpHeaders(obj: NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGetPort
 */
export declare class NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGetPort;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartTcpSocketPort
 */
export declare class NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartTcpSocketPort;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentContainerLifecyclePostStartTcpSocketPort;
    private constructor();
}
/**
 * HTTPHeader describes a custom header to be used in HTTP probes
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGetHttpHeaders
 */
export interface NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGetHttpHeaders {
    /**
     * The header field name.
     * This will be canonicalized upon output, so case-variant names will be understood as the same header.
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * The header field value
     *
     * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGetHttpHeaders(obj: NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * Name or number of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGetPort
 */
export declare class NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGetPort;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopHttpGetPort;
    private constructor();
}
/**
 * Number or name of the port to access on the container.
 * Number must be in the range 1 to 65535.
 * Name must be an IANA_SVC_NAME.
 *
 * @schema NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopTcpSocketPort
 */
export declare class NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopTcpSocketPort;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentContainerLifecyclePreStopTcpSocketPort;
    private constructor();
}
/**
 * A node selector term, associated with the corresponding weight.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * A null or empty node selector term matches no objects. The requirements of
 * them are ANDed.
 * The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * A list of node selector requirements by node's labels.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * A list of node selector requirements by node's fields.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Required. A pod affinity term, associated with the corresponding weight.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * A label query over a set of resources, in this case pods.
     * If it's null, this PodAffinityTerm matches with no Pods.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * MatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key in (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both matchLabelKeys and labelSelector.
     * Also, matchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * MismatchLabelKeys is a set of pod label keys to select which pods will
     * be taken into consideration. The keys are used to lookup values from the
     * incoming pod labels, those key-value labels are merged with `labelSelector` as `key notin (value)`
     * to select the group of existing pods which pods will be taken into consideration
     * for the incoming pod's pod (anti) affinity. Keys that don't exist in the incoming
     * pod labels will be ignored. The default value is empty.
     * The same key is forbidden to exist in both mismatchLabelKeys and labelSelector.
     * Also, mismatchLabelKeys cannot be set when labelSelector isn't set.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * A label query over the set of namespaces that the term applies to.
     * The term is applied to the union of the namespaces selected by this field
     * and the ones listed in the namespaces field.
     * null selector and null or empty namespaces list means "this pod's namespace".
     * An empty selector ({}) matches all namespaces.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * namespaces specifies a static list of namespace names that the term applies to.
     * The term is applied to the union of the namespaces listed in this field
     * and the ones selected by namespaceSelector.
     * null or empty namespaces list and null namespaceSelector means "this pod's namespace".
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * This pod should be co-located (affinity) or not co-located (anti-affinity) with the pods matching
     * the labelSelector in the specified namespaces, where co-located is defined as running on a node
     * whose value of the label with key topologyKey matches that of any node on which any of the
     * selected pods is running.
     * Empty topologyKey is not allowed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsFieldRef
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsFieldRef(obj: NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsResourceFieldRef
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsResourceFieldRef(obj: NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * The specification for the PersistentVolumeClaim. The entire content is
 * copied unchanged into the PVC that gets created from this
 * template. The same fields as in a PersistentVolumeClaim
 * are also valid here.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpec
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpec {
    /**
     * accessModes contains the desired access modes the volume should have.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * dataSource field can be used to specify either:
     * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
     * * An existing PVC (PersistentVolumeClaim)
     * If the provisioner or an external controller can support the specified data source,
     * it will create a new volume based on the contents of the specified data source.
     * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
     * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
     * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSource;
    /**
     * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
     * volume is desired. This may be any object from a non-empty API group (non
     * core object) or a PersistentVolumeClaim object.
     * When this field is specified, volume binding will only succeed if the type of
     * the specified object matches some installed volume populator or dynamic
     * provisioner.
     * This field will replace the functionality of the dataSource field and as such
     * if both fields are non-empty, they must have the same value. For backwards
     * compatibility, when namespace isn't specified in dataSourceRef,
     * both fields (dataSource and dataSourceRef) will be set to the same
     * value automatically if one of them is empty and the other is non-empty.
     * When namespace is specified in dataSourceRef,
     * dataSource isn't set to the same value and must be empty.
     * There are three important differences between dataSource and dataSourceRef:
     * * While dataSource only allows two specific types of objects, dataSourceRef
     * allows any non-core object, as well as PersistentVolumeClaim objects.
     * * While dataSource ignores disallowed values (dropping them), dataSourceRef
     * preserves all values, and generates an error if a disallowed value is
     * specified.
     * * While dataSource only allows local objects, dataSourceRef allows objects
     * in any namespaces.
     * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
     * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    /**
     * resources represents the minimum resources the volume should have.
     * Users are allowed to specify resource requirements
     * that are lower than previous value but must still be higher than capacity recorded in the
     * status field of the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpec#resources
     */
    readonly resources?: NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecResources;
    /**
     * selector is a label query over volumes to consider for binding.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpec#selector
     */
    readonly selector?: NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecSelector;
    /**
     * storageClassName is the name of the StorageClass required by the claim.
     * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#class-1
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * volumeAttributesClassName may be used to set the VolumeAttributesClass used by this claim.
     * If specified, the CSI driver will create or update the volume with the attributes defined
     * in the corresponding VolumeAttributesClass. This has a different purpose than storageClassName,
     * it can be changed after the claim is created. An empty string or nil value indicates that no
     * VolumeAttributesClass will be applied to the claim. If the claim enters an Infeasible error state,
     * this field can be reset to its previous value (including nil) to cancel the modification.
     * If the resource referred to by volumeAttributesClass does not exist, this PersistentVolumeClaim will be
     * set to a Pending state, as reflected by the modifyVolumeStatus field, until such as a resource
     * exists.
     * More info: https://kubernetes.io/docs/concepts/storage/volume-attributes-classes/
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * volumeMode defines what type of volume is required by the claim.
     * Value of Filesystem is implied when not included in claim spec.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * volumeName is the binding reference to the PersistentVolume backing this claim.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpec(obj: NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * ClusterTrustBundle allows a pod to access the `.spec.trustBundle` field
 * of ClusterTrustBundle objects in an auto-updating file.
 *
 * Alpha, gated by the ClusterTrustBundleProjection feature gate.
 *
 * ClusterTrustBundle objects can either be selected by name, or by the
 * combination of signer name and a label selector.
 *
 * Kubelet performs aggressive normalization of the PEM contents written
 * into the pod filesystem.  Esoteric PEM features such as inter-block
 * comments and block headers are stripped.  Certificates are deduplicated.
 * The ordering of certificates within the file is arbitrary, and Kubelet
 * may change the order over time.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundle
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundle {
    /**
     * Select all ClusterTrustBundles that match this label selector.  Only has
     * effect if signerName is set.  Mutually-exclusive with name.  If unset,
     * interpreted as "match nothing".  If set but empty, interpreted as "match
     * everything".
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundle#labelSelector
     */
    readonly labelSelector?: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    /**
     * Select a single ClusterTrustBundle by object name.  Mutually-exclusive
     * with signerName and labelSelector.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundle#name
     */
    readonly name?: string;
    /**
     * If true, don't block pod startup if the referenced ClusterTrustBundle(s)
     * aren't available.  If using name, then the named ClusterTrustBundle is
     * allowed not to exist.  If using signerName, then the combination of
     * signerName and labelSelector is allowed to match zero
     * ClusterTrustBundles.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundle#optional
     */
    readonly optional?: boolean;
    /**
     * Relative path from the volume root to write the bundle.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundle#path
     */
    readonly path: string;
    /**
     * Select all ClusterTrustBundles that match this signer name.
     * Mutually-exclusive with name.  The contents of all selected
     * ClusterTrustBundles will be unified and deduplicated.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundle#signerName
     */
    readonly signerName?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundle' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundle(obj: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundle | undefined): Record<string, any> | undefined;
/**
 * configMap information about the configMap data to project
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesConfigMap
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesConfigMap {
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * ConfigMap will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the ConfigMap,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesConfigMap#items
     */
    readonly items?: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesConfigMapItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesConfigMap#name
     */
    readonly name?: string;
    /**
     * optional specify whether the ConfigMap or its keys must be defined
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesConfigMap' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesConfigMap(obj: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesConfigMap | undefined): Record<string, any> | undefined;
/**
 * downwardAPI information about the downwardAPI data to project
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApi
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApi {
    /**
     * Items is a list of DownwardAPIVolume file
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApi#items
     */
    readonly items?: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItems[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApi' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApi(obj: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * Projects an auto-rotating credential bundle (private key and certificate
 * chain) that the pod can use either as a TLS client or server.
 *
 * Kubelet generates a private key and uses it to send a
 * PodCertificateRequest to the named signer.  Once the signer approves the
 * request and issues a certificate chain, Kubelet writes the key and
 * certificate chain to the pod filesystem.  The pod does not start until
 * certificates have been issued for each podCertificate projected volume
 * source in its spec.
 *
 * Kubelet will begin trying to rotate the certificate at the time indicated
 * by the signer using the PodCertificateRequest.Status.BeginRefreshAt
 * timestamp.
 *
 * Kubelet can write a single file, indicated by the credentialBundlePath
 * field, or separate files, indicated by the keyPath and
 * certificateChainPath fields.
 *
 * The credential bundle is a single file in PEM format.  The first PEM
 * entry is the private key (in PKCS#8 format), and the remaining PEM
 * entries are the certificate chain issued by the signer (typically,
 * signers will return their certificate chain in leaf-to-root order).
 *
 * Prefer using the credential bundle format, since your application code
 * can read it atomically.  If you use keyPath and certificateChainPath,
 * your application must make two separate file reads. If these coincide
 * with a certificate rotation, it is possible that the private key and leaf
 * certificate you read may not correspond to each other.  Your application
 * will need to check for this condition, and re-read until they are
 * consistent.
 *
 * The named signer controls chooses the format of the certificate it
 * issues; consult the signer implementation's documentation to learn how to
 * use the certificates it issues.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesPodCertificate
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesPodCertificate {
    /**
     * Write the certificate chain at this path in the projected volume.
     *
     * Most applications should use credentialBundlePath.  When using keyPath
     * and certificateChainPath, your application needs to check that the key
     * and leaf certificate are consistent, because it is possible to read the
     * files mid-rotation.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesPodCertificate#certificateChainPath
     */
    readonly certificateChainPath?: string;
    /**
     * Write the credential bundle at this path in the projected volume.
     *
     * The credential bundle is a single file that contains multiple PEM blocks.
     * The first PEM block is a PRIVATE KEY block, containing a PKCS#8 private
     * key.
     *
     * The remaining blocks are CERTIFICATE blocks, containing the issued
     * certificate chain from the signer (leaf and any intermediates).
     *
     * Using credentialBundlePath lets your Pod's application code make a single
     * atomic read that retrieves a consistent key and certificate chain.  If you
     * project them to separate files, your application code will need to
     * additionally check that the leaf certificate was issued to the key.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesPodCertificate#credentialBundlePath
     */
    readonly credentialBundlePath?: string;
    /**
     * Write the key at this path in the projected volume.
     *
     * Most applications should use credentialBundlePath.  When using keyPath
     * and certificateChainPath, your application needs to check that the key
     * and leaf certificate are consistent, because it is possible to read the
     * files mid-rotation.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesPodCertificate#keyPath
     */
    readonly keyPath?: string;
    /**
     * The type of keypair Kubelet will generate for the pod.
     *
     * Valid values are "RSA3072", "RSA4096", "ECDSAP256", "ECDSAP384",
     * "ECDSAP521", and "ED25519".
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesPodCertificate#keyType
     */
    readonly keyType: string;
    /**
     * maxExpirationSeconds is the maximum lifetime permitted for the
     * certificate.
     *
     * Kubelet copies this value verbatim into the PodCertificateRequests it
     * generates for this projection.
     *
     * If omitted, kube-apiserver will set it to 86400(24 hours). kube-apiserver
     * will reject values shorter than 3600 (1 hour).  The maximum allowable
     * value is 7862400 (91 days).
     *
     * The signer implementation is then free to issue a certificate with any
     * lifetime *shorter* than MaxExpirationSeconds, but no shorter than 3600
     * seconds (1 hour).  This constraint is enforced by kube-apiserver.
     * `kubernetes.io` signers will never issue certificates with a lifetime
     * longer than 24 hours.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesPodCertificate#maxExpirationSeconds
     */
    readonly maxExpirationSeconds?: number;
    /**
     * Kubelet's generated CSRs will be addressed to this signer.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesPodCertificate#signerName
     */
    readonly signerName: string;
    /**
     * userAnnotations allow pod authors to pass additional information to
     * the signer implementation.  Kubernetes does not restrict or validate this
     * metadata in any way.
     *
     * These values are copied verbatim into the `spec.unverifiedUserAnnotations` field of
     * the PodCertificateRequest objects that Kubelet creates.
     *
     * Entries are subject to the same validation as object metadata annotations,
     * with the addition that all keys must be domain-prefixed. No restrictions
     * are placed on values, except an overall size limitation on the entire field.
     *
     * Signers should document the keys and values they support. Signers should
     * deny requests that contain keys they do not recognize.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesPodCertificate#userAnnotations
     */
    readonly userAnnotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesPodCertificate' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesPodCertificate(obj: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesPodCertificate | undefined): Record<string, any> | undefined;
/**
 * secret information about the secret data to project
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesSecret
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesSecret {
    /**
     * items if unspecified, each key-value pair in the Data field of the referenced
     * Secret will be projected into the volume as a file whose name is the
     * key and content is the value. If specified, the listed keys will be
     * projected into the specified paths, and unlisted keys will not be
     * present. If a key is specified which is not present in the Secret,
     * the volume setup will error unless it is marked optional. Paths must be
     * relative and may not contain the '..' path or start with '..'.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesSecret#items
     */
    readonly items?: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesSecretItems[];
    /**
     * Name of the referent.
     * This field is effectively required, but due to backwards compatibility is
     * allowed to be empty. Instances of this type with an empty value here are
     * almost certainly wrong.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesSecret#name
     */
    readonly name?: string;
    /**
     * optional field specify whether the Secret or its key must be defined
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesSecret' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesSecret(obj: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesSecret | undefined): Record<string, any> | undefined;
/**
 * serviceAccountToken is information about the serviceAccountToken data to project
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesServiceAccountToken
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesServiceAccountToken {
    /**
     * audience is the intended audience of the token. A recipient of a token
     * must identify itself with an identifier specified in the audience of the
     * token, and otherwise should reject the token. The audience defaults to the
     * identifier of the apiserver.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesServiceAccountToken#audience
     */
    readonly audience?: string;
    /**
     * expirationSeconds is the requested duration of validity of the service
     * account token. As the token approaches expiration, the kubelet volume
     * plugin will proactively rotate the service account token. The kubelet will
     * start trying to rotate the token if the token is older than 80 percent of
     * its time to live or if the token is older than 24 hours.Defaults to 1 hour
     * and must be at least 10 minutes.
     *
     * @default 1 hour
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * path is the path relative to the mount point of the file to project the
     * token into.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesServiceAccountToken#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesServiceAccountToken' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesServiceAccountToken(obj: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: NginxProxySpecKubernetesDaemonSetPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): NginxProxySpecKubernetesDaemonSetPodVolumesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 * dataSource field can be used to specify either:
 * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
 * * An existing PVC (PersistentVolumeClaim)
 * If the provisioner or an external controller can support the specified data source,
 * it will create a new volume based on the contents of the specified data source.
 * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
 * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
 * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSource
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSource(obj: NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
 * volume is desired. This may be any object from a non-empty API group (non
 * core object) or a PersistentVolumeClaim object.
 * When this field is specified, volume binding will only succeed if the type of
 * the specified object matches some installed volume populator or dynamic
 * provisioner.
 * This field will replace the functionality of the dataSource field and as such
 * if both fields are non-empty, they must have the same value. For backwards
 * compatibility, when namespace isn't specified in dataSourceRef,
 * both fields (dataSource and dataSourceRef) will be set to the same
 * value automatically if one of them is empty and the other is non-empty.
 * When namespace is specified in dataSourceRef,
 * dataSource isn't set to the same value and must be empty.
 * There are three important differences between dataSource and dataSourceRef:
 * * While dataSource only allows two specific types of objects, dataSourceRef
 * allows any non-core object, as well as PersistentVolumeClaim objects.
 * * While dataSource ignores disallowed values (dropping them), dataSourceRef
 * preserves all values, and generates an error if a disallowed value is
 * specified.
 * * While dataSource only allows local objects, dataSourceRef allows objects
 * in any namespaces.
 * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
 * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef(obj: NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * Users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecResources
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecResources(obj: NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecSelector
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecSelector(obj: NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * Select all ClusterTrustBundles that match this label selector.  Only has
 * effect if signerName is set.  Mutually-exclusive with name.  If unset,
 * interpreted as "match nothing".  If set but empty, interpreted as "match
 * everything".
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundleLabelSelector
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundleLabelSelector(obj: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundleLabelSelector | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesConfigMapItems
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesConfigMapItems {
    /**
     * key is the key to project.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesConfigMapItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesConfigMapItems' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesConfigMapItems(obj: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItems
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItems {
    /**
     * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsFieldRef;
    /**
     * Optional: mode bits used to set permissions on this file, must be an octal value
     * between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItems' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItems(obj: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesSecretItems
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesSecretItems {
    /**
     * key is the key to project.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesSecretItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesSecretItems' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesSecretItems(obj: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesSecretItems | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetricSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetricSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetricSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetricSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetricSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetricSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetricSelectorMatchExpressions(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsExternalMetricSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetricSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetricSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetricSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetricSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetricSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetricSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetricSelectorMatchExpressions(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsObjectMetricSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetricSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetricSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetricSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetricSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetricSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetricSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetricSelectorMatchExpressions(obj: NginxProxySpecKubernetesDeploymentAutoscalingMetricsPodsMetricSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * The label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A node selector requirement is a selector that contains values, a key, and an operator
 * that relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * The label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * Represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists, DoesNotExist. Gt, and Lt.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * An array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. If the operator is Gt or Lt, the values
     * array must have a single element, which will be interpreted as an integer.
     * This array is replaced during a strategic merge patch.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: NginxProxySpecKubernetesDeploymentPodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label query over a set of resources, in this case pods.
 * If it's null, this PodAffinityTerm matches with no Pods.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * A label query over the set of namespaces that the term applies to.
 * The term is applied to the union of the namespaces selected by this field
 * and the ones listed in the namespaces field.
 * null selector and null or empty namespaces list means "this pod's namespace".
 * An empty selector ({}) matches all namespaces.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentPodVolumesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 * dataSource field can be used to specify either:
 * * An existing VolumeSnapshot object (snapshot.storage.k8s.io/VolumeSnapshot)
 * * An existing PVC (PersistentVolumeClaim)
 * If the provisioner or an external controller can support the specified data source,
 * it will create a new volume based on the contents of the specified data source.
 * When the AnyVolumeDataSource feature gate is enabled, dataSource contents will be copied to dataSourceRef,
 * and dataSourceRef contents will be copied to dataSource when dataSourceRef.namespace is not specified.
 * If the namespace is specified, then dataSourceRef will not be copied to dataSource.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSource
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSource(obj: NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * dataSourceRef specifies the object from which to populate the volume with data, if a non-empty
 * volume is desired. This may be any object from a non-empty API group (non
 * core object) or a PersistentVolumeClaim object.
 * When this field is specified, volume binding will only succeed if the type of
 * the specified object matches some installed volume populator or dynamic
 * provisioner.
 * This field will replace the functionality of the dataSource field and as such
 * if both fields are non-empty, they must have the same value. For backwards
 * compatibility, when namespace isn't specified in dataSourceRef,
 * both fields (dataSource and dataSourceRef) will be set to the same
 * value automatically if one of them is empty and the other is non-empty.
 * When namespace is specified in dataSourceRef,
 * dataSource isn't set to the same value and must be empty.
 * There are three important differences between dataSource and dataSourceRef:
 * * While dataSource only allows two specific types of objects, dataSourceRef
 * allows any non-core object, as well as PersistentVolumeClaim objects.
 * * While dataSource ignores disallowed values (dropping them), dataSourceRef
 * preserves all values, and generates an error if a disallowed value is
 * specified.
 * * While dataSource only allows local objects, dataSourceRef allows objects
 * in any namespaces.
 * (Beta) Using this field requires the AnyVolumeDataSource feature gate to be enabled.
 * (Alpha) Using the namespace field of dataSourceRef requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    /**
     * APIGroup is the group for the resource being referenced.
     * If APIGroup is not specified, the specified Kind must be in the core API group.
     * For any other third-party types, APIGroup is required.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * Kind is the type of resource being referenced
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * Name is the name of resource being referenced
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace of resource being referenced
     * Note that when a namespace is specified, a gateway.networking.k8s.io/ReferenceGrant object is required in the referent namespace to allow that namespace's owner to accept the reference. See the ReferenceGrant documentation for details.
     * (Alpha) This field requires the CrossNamespaceVolumeDataSource feature gate to be enabled.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef(obj: NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * resources represents the minimum resources the volume should have.
 * Users are allowed to specify resource requirements
 * that are lower than previous value but must still be higher than capacity recorded in the
 * status field of the claim.
 * More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#resources
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecResources
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecResources {
    /**
     * Limits describes the maximum amount of compute resources allowed.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * Requests describes the minimum amount of compute resources required.
     * If Requests is omitted for a container, it defaults to Limits if that is explicitly specified,
     * otherwise to an implementation-defined value. Requests cannot exceed Limits.
     * More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecResources(obj: NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * selector is a label query over volumes to consider for binding.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecSelector
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecSelector(obj: NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * Select all ClusterTrustBundles that match this label selector.  Only has
 * effect if signerName is set.  Mutually-exclusive with name.  If unset,
 * interpreted as "match nothing".  If set but empty, interpreted as "match
 * everything".
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundleLabelSelector
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchExpressions
     */
    readonly matchExpressions?: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundleLabelSelector(obj: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundleLabelSelector | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesConfigMapItems
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesConfigMapItems {
    /**
     * key is the key to project.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesConfigMapItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesConfigMapItems' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesConfigMapItems(obj: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * DownwardAPIVolumeFile represents information to create the file containing the pod field
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItems
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItems {
    /**
     * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsFieldRef;
    /**
     * Optional: mode bits used to set permissions on this file, must be an octal value
     * between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * Required: Path is  the relative path name of the file to be created. Must not be absolute or contain the '..' path. Must be utf-8 encoded. The first item of the relative path must not start with '..'
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * Selects a resource of the container: only resources limits and requests
     * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItems' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItems(obj: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * Maps a string key to a path within a volume.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesSecretItems
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesSecretItems {
    /**
     * key is the key to project.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesSecretItems#key
     */
    readonly key: string;
    /**
     * mode is Optional: mode bits used to set permissions on this file.
     * Must be an octal value between 0000 and 0777 or a decimal value between 0 and 511.
     * YAML accepts both octal and decimal values, JSON requires decimal values for mode bits.
     * If not specified, the volume defaultMode will be used.
     * This might be in conflict with other options that affect the file
     * mode, like fsGroup, and the result can be other mode bits set.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * path is the relative path of the file to map the key to.
     * May not be an absolute path.
     * May not contain the path element '..'.
     * May not start with the string '..'.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesSecretItems' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesSecretItems(obj: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesSecretItems | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: NginxProxySpecKubernetesDaemonSetPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits
 */
export declare class NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests
 */
export declare class NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(obj: NginxProxySpecKubernetesDaemonSetPodVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsFieldRef
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsFieldRef(obj: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRef
 */
export interface NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(obj: NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: NginxProxySpecKubernetesDeploymentPodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits
 */
export declare class NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests
 */
export declare class NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(obj: NginxProxySpecKubernetesDeploymentPodVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Required: Selects a field of the pod: only annotations, labels, name, namespace and uid are supported.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsFieldRef
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsFieldRef {
    /**
     * Version of the schema the FieldPath is written in terms of, defaults to "v1".
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * Path of the field to select in the specified API version.
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsFieldRef(obj: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * Selects a resource of the container: only resources limits and requests
 * (limits.cpu, limits.memory, requests.cpu and requests.memory) are currently supported.
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRef
 */
export interface NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    /**
     * Container name: required for volumes, optional for env vars
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * Specifies the output format of the exposed resources, defaults to "1"
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * Required: resource to select
     *
     * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(obj: NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): NginxProxySpecKubernetesDaemonSetPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 * Specifies the output format of the exposed resources, defaults to "1"
 *
 * @schema NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): NginxProxySpecKubernetesDeploymentPodVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
