"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium = exports.KafkaNodePoolSpecTemplatePodDnsPolicy = exports.KafkaNodePoolSpecStorageVolumesType = exports.KafkaNodePoolSpecStorageVolumesKraftMetadata = exports.KafkaNodePoolSpecResourcesRequests = exports.KafkaNodePoolSpecResourcesLimits = exports.KafkaNodePoolSpecStorageType = exports.KafkaNodePoolSpecStorageKraftMetadata = exports.KafkaNodePoolSpecRoles = exports.KafkaNodePool = void 0;
exports.toJson_KafkaNodePoolProps = toJson_KafkaNodePoolProps;
exports.toJson_KafkaNodePoolSpec = toJson_KafkaNodePoolSpec;
exports.toJson_KafkaNodePoolSpecStorage = toJson_KafkaNodePoolSpecStorage;
exports.toJson_KafkaNodePoolSpecResources = toJson_KafkaNodePoolSpecResources;
exports.toJson_KafkaNodePoolSpecJvmOptions = toJson_KafkaNodePoolSpecJvmOptions;
exports.toJson_KafkaNodePoolSpecTemplate = toJson_KafkaNodePoolSpecTemplate;
exports.toJson_KafkaNodePoolSpecStorageVolumes = toJson_KafkaNodePoolSpecStorageVolumes;
exports.toJson_KafkaNodePoolSpecResourcesClaims = toJson_KafkaNodePoolSpecResourcesClaims;
exports.toJson_KafkaNodePoolSpecJvmOptionsJavaSystemProperties = toJson_KafkaNodePoolSpecJvmOptionsJavaSystemProperties;
exports.toJson_KafkaNodePoolSpecTemplatePodSet = toJson_KafkaNodePoolSpecTemplatePodSet;
exports.toJson_KafkaNodePoolSpecTemplatePod = toJson_KafkaNodePoolSpecTemplatePod;
exports.toJson_KafkaNodePoolSpecTemplatePerPodService = toJson_KafkaNodePoolSpecTemplatePerPodService;
exports.toJson_KafkaNodePoolSpecTemplatePerPodRoute = toJson_KafkaNodePoolSpecTemplatePerPodRoute;
exports.toJson_KafkaNodePoolSpecTemplatePerPodIngress = toJson_KafkaNodePoolSpecTemplatePerPodIngress;
exports.toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaim = toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaim;
exports.toJson_KafkaNodePoolSpecTemplateKafkaContainer = toJson_KafkaNodePoolSpecTemplateKafkaContainer;
exports.toJson_KafkaNodePoolSpecTemplateInitContainer = toJson_KafkaNodePoolSpecTemplateInitContainer;
exports.toJson_KafkaNodePoolSpecTemplatePodSetMetadata = toJson_KafkaNodePoolSpecTemplatePodSetMetadata;
exports.toJson_KafkaNodePoolSpecTemplatePodMetadata = toJson_KafkaNodePoolSpecTemplatePodMetadata;
exports.toJson_KafkaNodePoolSpecTemplatePodImagePullSecrets = toJson_KafkaNodePoolSpecTemplatePodImagePullSecrets;
exports.toJson_KafkaNodePoolSpecTemplatePodSecurityContext = toJson_KafkaNodePoolSpecTemplatePodSecurityContext;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinity = toJson_KafkaNodePoolSpecTemplatePodAffinity;
exports.toJson_KafkaNodePoolSpecTemplatePodTolerations = toJson_KafkaNodePoolSpecTemplatePodTolerations;
exports.toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraints = toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraints;
exports.toJson_KafkaNodePoolSpecTemplatePodHostAliases = toJson_KafkaNodePoolSpecTemplatePodHostAliases;
exports.toJson_KafkaNodePoolSpecTemplatePodDnsConfig = toJson_KafkaNodePoolSpecTemplatePodDnsConfig;
exports.toJson_KafkaNodePoolSpecTemplatePodVolumes = toJson_KafkaNodePoolSpecTemplatePodVolumes;
exports.toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumes = toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumes;
exports.toJson_KafkaNodePoolSpecTemplatePerPodServiceMetadata = toJson_KafkaNodePoolSpecTemplatePerPodServiceMetadata;
exports.toJson_KafkaNodePoolSpecTemplatePerPodRouteMetadata = toJson_KafkaNodePoolSpecTemplatePerPodRouteMetadata;
exports.toJson_KafkaNodePoolSpecTemplatePerPodIngressMetadata = toJson_KafkaNodePoolSpecTemplatePerPodIngressMetadata;
exports.toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata = toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata;
exports.toJson_KafkaNodePoolSpecTemplateKafkaContainerEnv = toJson_KafkaNodePoolSpecTemplateKafkaContainerEnv;
exports.toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContext = toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContext;
exports.toJson_KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts = toJson_KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts;
exports.toJson_KafkaNodePoolSpecTemplateInitContainerEnv = toJson_KafkaNodePoolSpecTemplateInitContainerEnv;
exports.toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContext = toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContext;
exports.toJson_KafkaNodePoolSpecTemplateInitContainerVolumeMounts = toJson_KafkaNodePoolSpecTemplateInitContainerVolumeMounts;
exports.toJson_KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile = toJson_KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile;
exports.toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions = toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions;
exports.toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile = toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile;
exports.toJson_KafkaNodePoolSpecTemplatePodSecurityContextSysctls = toJson_KafkaNodePoolSpecTemplatePodSecurityContextSysctls;
exports.toJson_KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions = toJson_KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinity = toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinity;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinity = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinity;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity;
exports.toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector = toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector;
exports.toJson_KafkaNodePoolSpecTemplatePodDnsConfigOptions = toJson_KafkaNodePoolSpecTemplatePodDnsConfigOptions;
exports.toJson_KafkaNodePoolSpecTemplatePodVolumesSecret = toJson_KafkaNodePoolSpecTemplatePodVolumesSecret;
exports.toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMap = toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMap;
exports.toJson_KafkaNodePoolSpecTemplatePodVolumesEmptyDir = toJson_KafkaNodePoolSpecTemplatePodVolumesEmptyDir;
exports.toJson_KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim = toJson_KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim;
exports.toJson_KafkaNodePoolSpecTemplatePodVolumesCsi = toJson_KafkaNodePoolSpecTemplatePodVolumesCsi;
exports.toJson_KafkaNodePoolSpecTemplatePodVolumesImage = toJson_KafkaNodePoolSpecTemplatePodVolumesImage;
exports.toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret = toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret;
exports.toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap = toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap;
exports.toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim = toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim;
exports.toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom = toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom;
exports.toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile = toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile;
exports.toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities = toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities;
exports.toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions = toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions;
exports.toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile = toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile;
exports.toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions = toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions;
exports.toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFrom = toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFrom;
exports.toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile = toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile;
exports.toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities = toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities;
exports.toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions = toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions;
exports.toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile = toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile;
exports.toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions = toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution = toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution = toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution;
exports.toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions = toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions;
exports.toJson_KafkaNodePoolSpecTemplatePodVolumesSecretItems = toJson_KafkaNodePoolSpecTemplatePodVolumesSecretItems;
exports.toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMapItems = toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMapItems;
exports.toJson_KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef = toJson_KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef;
exports.toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems = toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems;
exports.toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems = toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems;
exports.toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef = toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef;
exports.toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef = toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef;
exports.toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef = toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef;
exports.toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef = toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference = toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms = toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions = toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields = toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions = toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields = toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions;
exports.toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions = toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions;
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 *
 *
 * @schema KafkaNodePool
 */
class KafkaNodePool extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "KafkaNodePool"
     */
    static GVK = {
        apiVersion: 'kafka.strimzi.io/v1',
        kind: 'KafkaNodePool',
    };
    /**
     * Renders a Kubernetes manifest for "KafkaNodePool".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...KafkaNodePool.GVK,
            ...toJson_KafkaNodePoolProps(props),
        };
    }
    /**
     * Defines a "KafkaNodePool" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...KafkaNodePool.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...KafkaNodePool.GVK,
            ...toJson_KafkaNodePoolProps(resolved),
        };
    }
}
exports.KafkaNodePool = KafkaNodePool;
/**
 * Converts an object of type 'KafkaNodePoolProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_KafkaNodePoolSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'replicas': obj.replicas,
        'storage': toJson_KafkaNodePoolSpecStorage(obj.storage),
        'roles': obj.roles?.map(y => y),
        'resources': toJson_KafkaNodePoolSpecResources(obj.resources),
        'jvmOptions': toJson_KafkaNodePoolSpecJvmOptions(obj.jvmOptions),
        'template': toJson_KafkaNodePoolSpecTemplate(obj.template),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecStorage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecStorage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'class': obj.class,
        'deleteClaim': obj.deleteClaim,
        'id': obj.id,
        'kraftMetadata': obj.kraftMetadata,
        'selector': ((obj.selector) === undefined) ? undefined : (Object.entries(obj.selector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'size': obj.size,
        'sizeLimit': obj.sizeLimit,
        'type': obj.type,
        'volumeAttributesClass': obj.volumeAttributesClass,
        'volumes': obj.volumes?.map(y => toJson_KafkaNodePoolSpecStorageVolumes(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema KafkaNodePoolSpecRoles
 */
var KafkaNodePoolSpecRoles;
(function (KafkaNodePoolSpecRoles) {
    /** controller */
    KafkaNodePoolSpecRoles["CONTROLLER"] = "controller";
    /** broker */
    KafkaNodePoolSpecRoles["BROKER"] = "broker";
})(KafkaNodePoolSpecRoles || (exports.KafkaNodePoolSpecRoles = KafkaNodePoolSpecRoles = {}));
/**
 * Converts an object of type 'KafkaNodePoolSpecResources' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claims': obj.claims?.map(y => toJson_KafkaNodePoolSpecResourcesClaims(y)),
        'limits': ((obj.limits) === undefined) ? undefined : (Object.entries(obj.limits).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
        'requests': ((obj.requests) === undefined) ? undefined : (Object.entries(obj.requests).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1]?.value }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecJvmOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecJvmOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        '-XX': ((obj.xx) === undefined) ? undefined : (Object.entries(obj.xx).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        '-Xmx': obj.xmx,
        '-Xms': obj.xms,
        'gcLoggingEnabled': obj.gcLoggingEnabled,
        'javaSystemProperties': obj.javaSystemProperties?.map(y => toJson_KafkaNodePoolSpecJvmOptionsJavaSystemProperties(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplate' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'podSet': toJson_KafkaNodePoolSpecTemplatePodSet(obj.podSet),
        'pod': toJson_KafkaNodePoolSpecTemplatePod(obj.pod),
        'perPodService': toJson_KafkaNodePoolSpecTemplatePerPodService(obj.perPodService),
        'perPodRoute': toJson_KafkaNodePoolSpecTemplatePerPodRoute(obj.perPodRoute),
        'perPodIngress': toJson_KafkaNodePoolSpecTemplatePerPodIngress(obj.perPodIngress),
        'persistentVolumeClaim': toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaim(obj.persistentVolumeClaim),
        'kafkaContainer': toJson_KafkaNodePoolSpecTemplateKafkaContainer(obj.kafkaContainer),
        'initContainer': toJson_KafkaNodePoolSpecTemplateInitContainer(obj.initContainer),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Specifies whether this volume should be used for storing KRaft metadata. This property is optional. When set, the only currently supported value is `shared`. At most one volume can have this property set.
 *
 * @schema KafkaNodePoolSpecStorageKraftMetadata
 */
var KafkaNodePoolSpecStorageKraftMetadata;
(function (KafkaNodePoolSpecStorageKraftMetadata) {
    /** shared */
    KafkaNodePoolSpecStorageKraftMetadata["SHARED"] = "shared";
})(KafkaNodePoolSpecStorageKraftMetadata || (exports.KafkaNodePoolSpecStorageKraftMetadata = KafkaNodePoolSpecStorageKraftMetadata = {}));
/**
 * Storage type, must be either 'ephemeral', 'persistent-claim', or 'jbod'.
 *
 * @schema KafkaNodePoolSpecStorageType
 */
var KafkaNodePoolSpecStorageType;
(function (KafkaNodePoolSpecStorageType) {
    /** ephemeral */
    KafkaNodePoolSpecStorageType["EPHEMERAL"] = "ephemeral";
    /** persistent-claim */
    KafkaNodePoolSpecStorageType["PERSISTENT_HYPHEN_CLAIM"] = "persistent-claim";
    /** jbod */
    KafkaNodePoolSpecStorageType["JBOD"] = "jbod";
})(KafkaNodePoolSpecStorageType || (exports.KafkaNodePoolSpecStorageType = KafkaNodePoolSpecStorageType = {}));
/**
 * Converts an object of type 'KafkaNodePoolSpecStorageVolumes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecStorageVolumes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'class': obj.class,
        'deleteClaim': obj.deleteClaim,
        'id': obj.id,
        'kraftMetadata': obj.kraftMetadata,
        'selector': ((obj.selector) === undefined) ? undefined : (Object.entries(obj.selector).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'size': obj.size,
        'sizeLimit': obj.sizeLimit,
        'type': obj.type,
        'volumeAttributesClass': obj.volumeAttributesClass,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecResourcesClaims' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecResourcesClaims(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'request': obj.request,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema KafkaNodePoolSpecResourcesLimits
 */
class KafkaNodePoolSpecResourcesLimits {
    value;
    static fromNumber(value) {
        return new KafkaNodePoolSpecResourcesLimits(value);
    }
    static fromString(value) {
        return new KafkaNodePoolSpecResourcesLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.KafkaNodePoolSpecResourcesLimits = KafkaNodePoolSpecResourcesLimits;
/**
 * @schema KafkaNodePoolSpecResourcesRequests
 */
class KafkaNodePoolSpecResourcesRequests {
    value;
    static fromNumber(value) {
        return new KafkaNodePoolSpecResourcesRequests(value);
    }
    static fromString(value) {
        return new KafkaNodePoolSpecResourcesRequests(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.KafkaNodePoolSpecResourcesRequests = KafkaNodePoolSpecResourcesRequests;
/**
 * Converts an object of type 'KafkaNodePoolSpecJvmOptionsJavaSystemProperties' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecJvmOptionsJavaSystemProperties(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSet' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_KafkaNodePoolSpecTemplatePodSetMetadata(obj.metadata),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePod' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePod(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_KafkaNodePoolSpecTemplatePodMetadata(obj.metadata),
        'imagePullSecrets': obj.imagePullSecrets?.map(y => toJson_KafkaNodePoolSpecTemplatePodImagePullSecrets(y)),
        'securityContext': toJson_KafkaNodePoolSpecTemplatePodSecurityContext(obj.securityContext),
        'terminationGracePeriodSeconds': obj.terminationGracePeriodSeconds,
        'affinity': toJson_KafkaNodePoolSpecTemplatePodAffinity(obj.affinity),
        'tolerations': obj.tolerations?.map(y => toJson_KafkaNodePoolSpecTemplatePodTolerations(y)),
        'topologySpreadConstraints': obj.topologySpreadConstraints?.map(y => toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraints(y)),
        'priorityClassName': obj.priorityClassName,
        'schedulerName': obj.schedulerName,
        'hostAliases': obj.hostAliases?.map(y => toJson_KafkaNodePoolSpecTemplatePodHostAliases(y)),
        'dnsPolicy': obj.dnsPolicy,
        'dnsConfig': toJson_KafkaNodePoolSpecTemplatePodDnsConfig(obj.dnsConfig),
        'enableServiceLinks': obj.enableServiceLinks,
        'tmpDirSizeLimit': obj.tmpDirSizeLimit,
        'volumes': obj.volumes?.map(y => toJson_KafkaNodePoolSpecTemplatePodVolumes(y)),
        'templatedVolumes': obj.templatedVolumes?.map(y => toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumes(y)),
        'hostUsers': obj.hostUsers,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePerPodService' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePerPodService(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_KafkaNodePoolSpecTemplatePerPodServiceMetadata(obj.metadata),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePerPodRoute' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePerPodRoute(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_KafkaNodePoolSpecTemplatePerPodRouteMetadata(obj.metadata),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePerPodIngress' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePerPodIngress(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_KafkaNodePoolSpecTemplatePerPodIngressMetadata(obj.metadata),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePersistentVolumeClaim' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaim(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata(obj.metadata),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainer' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateKafkaContainer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'env': obj.env?.map(y => toJson_KafkaNodePoolSpecTemplateKafkaContainerEnv(y)),
        'securityContext': toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContext(obj.securityContext),
        'volumeMounts': obj.volumeMounts?.map(y => toJson_KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainer' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateInitContainer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'env': obj.env?.map(y => toJson_KafkaNodePoolSpecTemplateInitContainerEnv(y)),
        'securityContext': toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContext(obj.securityContext),
        'volumeMounts': obj.volumeMounts?.map(y => toJson_KafkaNodePoolSpecTemplateInitContainerVolumeMounts(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Specifies whether this volume should be used for storing KRaft metadata. This property is optional. When set, the only currently supported value is `shared`. At most one volume can have this property set.
 *
 * @schema KafkaNodePoolSpecStorageVolumesKraftMetadata
 */
var KafkaNodePoolSpecStorageVolumesKraftMetadata;
(function (KafkaNodePoolSpecStorageVolumesKraftMetadata) {
    /** shared */
    KafkaNodePoolSpecStorageVolumesKraftMetadata["SHARED"] = "shared";
})(KafkaNodePoolSpecStorageVolumesKraftMetadata || (exports.KafkaNodePoolSpecStorageVolumesKraftMetadata = KafkaNodePoolSpecStorageVolumesKraftMetadata = {}));
/**
 * Storage type, must be either 'ephemeral' or 'persistent-claim'.
 *
 * @schema KafkaNodePoolSpecStorageVolumesType
 */
var KafkaNodePoolSpecStorageVolumesType;
(function (KafkaNodePoolSpecStorageVolumesType) {
    /** ephemeral */
    KafkaNodePoolSpecStorageVolumesType["EPHEMERAL"] = "ephemeral";
    /** persistent-claim */
    KafkaNodePoolSpecStorageVolumesType["PERSISTENT_HYPHEN_CLAIM"] = "persistent-claim";
})(KafkaNodePoolSpecStorageVolumesType || (exports.KafkaNodePoolSpecStorageVolumesType = KafkaNodePoolSpecStorageVolumesType = {}));
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSetMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodSetMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodImagePullSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodImagePullSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSecurityContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodSecurityContext(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appArmorProfile': toJson_KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile(obj.appArmorProfile),
        'fsGroup': obj.fsGroup,
        'fsGroupChangePolicy': obj.fsGroupChangePolicy,
        'runAsGroup': obj.runAsGroup,
        'runAsNonRoot': obj.runAsNonRoot,
        'runAsUser': obj.runAsUser,
        'seLinuxChangePolicy': obj.seLinuxChangePolicy,
        'seLinuxOptions': toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions(obj.seLinuxOptions),
        'seccompProfile': toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile(obj.seccompProfile),
        'supplementalGroups': obj.supplementalGroups?.map(y => y),
        'supplementalGroupsPolicy': obj.supplementalGroupsPolicy,
        'sysctls': obj.sysctls?.map(y => toJson_KafkaNodePoolSpecTemplatePodSecurityContextSysctls(y)),
        'windowsOptions': toJson_KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions(obj.windowsOptions),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nodeAffinity': toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinity(obj.nodeAffinity),
        'podAffinity': toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinity(obj.podAffinity),
        'podAntiAffinity': toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity(obj.podAntiAffinity),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTolerations' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodTolerations(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'effect': obj.effect,
        'key': obj.key,
        'operator': obj.operator,
        'tolerationSeconds': obj.tolerationSeconds,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTopologySpreadConstraints' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraints(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'maxSkew': obj.maxSkew,
        'minDomains': obj.minDomains,
        'nodeAffinityPolicy': obj.nodeAffinityPolicy,
        'nodeTaintsPolicy': obj.nodeTaintsPolicy,
        'topologyKey': obj.topologyKey,
        'whenUnsatisfiable': obj.whenUnsatisfiable,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodHostAliases' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodHostAliases(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'hostnames': obj.hostnames?.map(y => y),
        'ip': obj.ip,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * The pod's DNSPolicy. Defaults to `ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 *
 * @default ClusterFirst`. Valid values are `ClusterFirstWithHostNet`, `ClusterFirst`, `Default` or `None`.
 * @schema KafkaNodePoolSpecTemplatePodDnsPolicy
 */
var KafkaNodePoolSpecTemplatePodDnsPolicy;
(function (KafkaNodePoolSpecTemplatePodDnsPolicy) {
    /** ClusterFirst */
    KafkaNodePoolSpecTemplatePodDnsPolicy["CLUSTER_FIRST"] = "ClusterFirst";
    /** ClusterFirstWithHostNet */
    KafkaNodePoolSpecTemplatePodDnsPolicy["CLUSTER_FIRST_WITH_HOST_NET"] = "ClusterFirstWithHostNet";
    /** Default */
    KafkaNodePoolSpecTemplatePodDnsPolicy["DEFAULT"] = "Default";
    /** None */
    KafkaNodePoolSpecTemplatePodDnsPolicy["NONE"] = "None";
})(KafkaNodePoolSpecTemplatePodDnsPolicy || (exports.KafkaNodePoolSpecTemplatePodDnsPolicy = KafkaNodePoolSpecTemplatePodDnsPolicy = {}));
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodDnsConfig' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodDnsConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nameservers': obj.nameservers?.map(y => y),
        'options': obj.options?.map(y => toJson_KafkaNodePoolSpecTemplatePodDnsConfigOptions(y)),
        'searches': obj.searches?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodVolumes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'secret': toJson_KafkaNodePoolSpecTemplatePodVolumesSecret(obj.secret),
        'configMap': toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMap(obj.configMap),
        'emptyDir': toJson_KafkaNodePoolSpecTemplatePodVolumesEmptyDir(obj.emptyDir),
        'persistentVolumeClaim': toJson_KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim(obj.persistentVolumeClaim),
        'csi': toJson_KafkaNodePoolSpecTemplatePodVolumesCsi(obj.csi),
        'image': toJson_KafkaNodePoolSpecTemplatePodVolumesImage(obj.image),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTemplatedVolumes' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'secret': toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret(obj.secret),
        'configMap': toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap(obj.configMap),
        'persistentVolumeClaim': toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim(obj.persistentVolumeClaim),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePerPodServiceMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePerPodServiceMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePerPodRouteMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePerPodRouteMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePerPodIngressMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePerPodIngressMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePersistentVolumeClaimMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labels': ((obj.labels) === undefined) ? undefined : (Object.entries(obj.labels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'annotations': ((obj.annotations) === undefined) ? undefined : (Object.entries(obj.annotations).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateKafkaContainerEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
        'valueFrom': toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerSecurityContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContext(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowPrivilegeEscalation': obj.allowPrivilegeEscalation,
        'appArmorProfile': toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile(obj.appArmorProfile),
        'capabilities': toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities(obj.capabilities),
        'privileged': obj.privileged,
        'procMount': obj.procMount,
        'readOnlyRootFilesystem': obj.readOnlyRootFilesystem,
        'runAsGroup': obj.runAsGroup,
        'runAsNonRoot': obj.runAsNonRoot,
        'runAsUser': obj.runAsUser,
        'seLinuxOptions': toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
        'seccompProfile': toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile(obj.seccompProfile),
        'windowsOptions': toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions(obj.windowsOptions),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateKafkaContainerVolumeMounts(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mountPath': obj.mountPath,
        'mountPropagation': obj.mountPropagation,
        'name': obj.name,
        'readOnly': obj.readOnly,
        'recursiveReadOnly': obj.recursiveReadOnly,
        'subPath': obj.subPath,
        'subPathExpr': obj.subPathExpr,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateInitContainerEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
        'valueFrom': toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerSecurityContext' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContext(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowPrivilegeEscalation': obj.allowPrivilegeEscalation,
        'appArmorProfile': toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile(obj.appArmorProfile),
        'capabilities': toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities(obj.capabilities),
        'privileged': obj.privileged,
        'procMount': obj.procMount,
        'readOnlyRootFilesystem': obj.readOnlyRootFilesystem,
        'runAsGroup': obj.runAsGroup,
        'runAsNonRoot': obj.runAsNonRoot,
        'runAsUser': obj.runAsUser,
        'seLinuxOptions': toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions(obj.seLinuxOptions),
        'seccompProfile': toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile(obj.seccompProfile),
        'windowsOptions': toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions(obj.windowsOptions),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerVolumeMounts' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateInitContainerVolumeMounts(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mountPath': obj.mountPath,
        'mountPropagation': obj.mountPropagation,
        'name': obj.name,
        'readOnly': obj.readOnly,
        'recursiveReadOnly': obj.recursiveReadOnly,
        'subPath': obj.subPath,
        'subPathExpr': obj.subPathExpr,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodSecurityContextAppArmorProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeLinuxOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'level': obj.level,
        'role': obj.role,
        'type': obj.type,
        'user': obj.user,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodSecurityContextSeccompProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSecurityContextSysctls' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodSecurityContextSysctls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodSecurityContextWindowsOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'gmsaCredentialSpec': obj.gmsaCredentialSpec,
        'gmsaCredentialSpecName': obj.gmsaCredentialSpecName,
        'hostProcess': obj.hostProcess,
        'runAsUserName': obj.runAsUserName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj.requiredDuringSchedulingIgnoredDuringExecution),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': obj.requiredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preferredDuringSchedulingIgnoredDuringExecution': obj.preferredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(y)),
        'requiredDuringSchedulingIgnoredDuringExecution': obj.requiredDuringSchedulingIgnoredDuringExecution?.map(y => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodDnsConfigOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodDnsConfigOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodVolumesSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultMode': obj.defaultMode,
        'items': obj.items?.map(y => toJson_KafkaNodePoolSpecTemplatePodVolumesSecretItems(y)),
        'optional': obj.optional,
        'secretName': obj.secretName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultMode': obj.defaultMode,
        'items': obj.items?.map(y => toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMapItems(y)),
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesEmptyDir' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodVolumesEmptyDir(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'medium': obj.medium,
        'sizeLimit': obj.sizeLimit,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodVolumesPersistentVolumeClaim(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claimName': obj.claimName,
        'readOnly': obj.readOnly,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesCsi' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodVolumesCsi(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'driver': obj.driver,
        'fsType': obj.fsType,
        'nodePublishSecretRef': toJson_KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef(obj.nodePublishSecretRef),
        'readOnly': obj.readOnly,
        'volumeAttributes': ((obj.volumeAttributes) === undefined) ? undefined : (Object.entries(obj.volumeAttributes).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesImage' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodVolumesImage(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'pullPolicy': obj.pullPolicy,
        'reference': obj.reference,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultMode': obj.defaultMode,
        'items': obj.items?.map(y => toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems(y)),
        'optional': obj.optional,
        'secretName': obj.secretName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultMode': obj.defaultMode,
        'items': obj.items?.map(y => toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems(y)),
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesPersistentVolumeClaim(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'claimName': obj.claimName,
        'readOnly': obj.readOnly,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
        'configMapKeyRef': toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextAppArmorProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextCapabilities(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => y),
        'drop': obj.drop?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeLinuxOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'level': obj.level,
        'role': obj.role,
        'type': obj.type,
        'user': obj.user,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextSeccompProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateKafkaContainerSecurityContextWindowsOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'gmsaCredentialSpec': obj.gmsaCredentialSpec,
        'gmsaCredentialSpecName': obj.gmsaCredentialSpecName,
        'hostProcess': obj.hostProcess,
        'runAsUserName': obj.runAsUserName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerEnvValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef(obj.secretKeyRef),
        'configMapKeyRef': toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef(obj.configMapKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextAppArmorProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextCapabilities(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'add': obj.add?.map(y => y),
        'drop': obj.drop?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeLinuxOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'level': obj.level,
        'role': obj.role,
        'type': obj.type,
        'user': obj.user,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextSeccompProfile(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'localhostProfile': obj.localhostProfile,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateInitContainerSecurityContextWindowsOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'gmsaCredentialSpec': obj.gmsaCredentialSpec,
        'gmsaCredentialSpecName': obj.gmsaCredentialSpecName,
        'hostProcess': obj.hostProcess,
        'runAsUserName': obj.runAsUserName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'preference': toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj.preference),
        'weight': obj.weight,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nodeSelectorTerms': obj.nodeSelectorTerms?.map(y => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'podAffinityTerm': toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
        'weight': obj.weight,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'podAffinityTerm': toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj.podAffinityTerm),
        'weight': obj.weight,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodTopologySpreadConstraintsLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesSecretItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodVolumesSecretItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'mode': obj.mode,
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesConfigMapItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodVolumesConfigMapItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'mode': obj.mode,
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * Medium represents the type of storage medium should back this volume. Valid values are unset or `Memory`. When not set, it will use the node's default medium.
 *
 * @schema KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium
 */
var KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium;
(function (KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium) {
    /** Memory */
    KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium["MEMORY"] = "Memory";
})(KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium || (exports.KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium = KafkaNodePoolSpecTemplatePodVolumesEmptyDirMedium = {}));
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodVolumesCsiNodePublishSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesSecretItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'mode': obj.mode,
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodTemplatedVolumesConfigMapItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'mode': obj.mode,
        'path': obj.path,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateKafkaContainerEnvValueFromConfigMapKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplateInitContainerEnvValueFromConfigMapKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'optional': obj.optional,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(y)),
        'matchFields': obj.matchFields?.map(y => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(y)),
        'matchFields': obj.matchFields?.map(y => toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labelSelector': toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj.labelSelector),
        'matchLabelKeys': obj.matchLabelKeys?.map(y => y),
        'mismatchLabelKeys': obj.mismatchLabelKeys?.map(y => y),
        'namespaceSelector': toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
        'topologyKey': obj.topologyKey,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : (Object.entries(obj.matchLabels).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_KafkaNodePoolSpecTemplatePodAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
