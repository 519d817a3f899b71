import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema Instrumentation
 */
export declare class Instrumentation extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Instrumentation"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Instrumentation".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: InstrumentationProps): any;
    /**
     * Defines a "Instrumentation" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: InstrumentationProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema Instrumentation
 */
export interface InstrumentationProps {
    /**
     * @schema Instrumentation#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema Instrumentation#spec
     */
    readonly spec?: InstrumentationSpec;
}
/**
 * Converts an object of type 'InstrumentationProps' to JSON representation.
 */
export declare function toJson_InstrumentationProps(obj: InstrumentationProps | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpec
 */
export interface InstrumentationSpec {
    /**
     * @schema InstrumentationSpec#apacheHttpd
     */
    readonly apacheHttpd?: InstrumentationSpecApacheHttpd;
    /**
     * @schema InstrumentationSpec#defaults
     */
    readonly defaults?: InstrumentationSpecDefaults;
    /**
     * @schema InstrumentationSpec#dotnet
     */
    readonly dotnet?: InstrumentationSpecDotnet;
    /**
     * @schema InstrumentationSpec#env
     */
    readonly env?: InstrumentationSpecEnv[];
    /**
     * @schema InstrumentationSpec#exporter
     */
    readonly exporter?: InstrumentationSpecExporter;
    /**
     * @schema InstrumentationSpec#go
     */
    readonly go?: InstrumentationSpecGo;
    /**
     * @schema InstrumentationSpec#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema InstrumentationSpec#initContainerSecurityContext
     */
    readonly initContainerSecurityContext?: InstrumentationSpecInitContainerSecurityContext;
    /**
     * @schema InstrumentationSpec#java
     */
    readonly java?: InstrumentationSpecJava;
    /**
     * @schema InstrumentationSpec#nginx
     */
    readonly nginx?: InstrumentationSpecNginx;
    /**
     * @schema InstrumentationSpec#nodejs
     */
    readonly nodejs?: InstrumentationSpecNodejs;
    /**
     * @schema InstrumentationSpec#propagators
     */
    readonly propagators?: InstrumentationSpecPropagators[];
    /**
     * @schema InstrumentationSpec#python
     */
    readonly python?: InstrumentationSpecPython;
    /**
     * @schema InstrumentationSpec#resource
     */
    readonly resource?: InstrumentationSpecResource;
    /**
     * @schema InstrumentationSpec#sampler
     */
    readonly sampler?: InstrumentationSpecSampler;
}
/**
 * Converts an object of type 'InstrumentationSpec' to JSON representation.
 */
export declare function toJson_InstrumentationSpec(obj: InstrumentationSpec | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpd
 */
export interface InstrumentationSpecApacheHttpd {
    /**
     * @schema InstrumentationSpecApacheHttpd#attrs
     */
    readonly attrs?: InstrumentationSpecApacheHttpdAttrs[];
    /**
     * @schema InstrumentationSpecApacheHttpd#configPath
     */
    readonly configPath?: string;
    /**
     * @schema InstrumentationSpecApacheHttpd#env
     */
    readonly env?: InstrumentationSpecApacheHttpdEnv[];
    /**
     * @schema InstrumentationSpecApacheHttpd#image
     */
    readonly image?: string;
    /**
     * @schema InstrumentationSpecApacheHttpd#resourceRequirements
     */
    readonly resourceRequirements?: InstrumentationSpecApacheHttpdResourceRequirements;
    /**
     * @schema InstrumentationSpecApacheHttpd#version
     */
    readonly version?: string;
    /**
     * @schema InstrumentationSpecApacheHttpd#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: InstrumentationSpecApacheHttpdVolumeClaimTemplate;
    /**
     * @schema InstrumentationSpecApacheHttpd#volumeLimitSize
     */
    readonly volumeLimitSize?: InstrumentationSpecApacheHttpdVolumeLimitSize;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpd' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpd(obj: InstrumentationSpecApacheHttpd | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDefaults
 */
export interface InstrumentationSpecDefaults {
    /**
     * @schema InstrumentationSpecDefaults#useLabelsForResourceAttributes
     */
    readonly useLabelsForResourceAttributes?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecDefaults' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDefaults(obj: InstrumentationSpecDefaults | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDotnet
 */
export interface InstrumentationSpecDotnet {
    /**
     * @schema InstrumentationSpecDotnet#env
     */
    readonly env?: InstrumentationSpecDotnetEnv[];
    /**
     * @schema InstrumentationSpecDotnet#image
     */
    readonly image?: string;
    /**
     * @schema InstrumentationSpecDotnet#resourceRequirements
     */
    readonly resourceRequirements?: InstrumentationSpecDotnetResourceRequirements;
    /**
     * @schema InstrumentationSpecDotnet#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: InstrumentationSpecDotnetVolumeClaimTemplate;
    /**
     * @schema InstrumentationSpecDotnet#volumeLimitSize
     */
    readonly volumeLimitSize?: InstrumentationSpecDotnetVolumeLimitSize;
}
/**
 * Converts an object of type 'InstrumentationSpecDotnet' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDotnet(obj: InstrumentationSpecDotnet | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecEnv
 */
export interface InstrumentationSpecEnv {
    /**
     * @schema InstrumentationSpecEnv#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecEnv#value
     */
    readonly value?: string;
    /**
     * @schema InstrumentationSpecEnv#valueFrom
     */
    readonly valueFrom?: InstrumentationSpecEnvValueFrom;
}
/**
 * Converts an object of type 'InstrumentationSpecEnv' to JSON representation.
 */
export declare function toJson_InstrumentationSpecEnv(obj: InstrumentationSpecEnv | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecExporter
 */
export interface InstrumentationSpecExporter {
    /**
     * @schema InstrumentationSpecExporter#endpoint
     */
    readonly endpoint?: string;
    /**
     * @schema InstrumentationSpecExporter#tls
     */
    readonly tls?: InstrumentationSpecExporterTls;
}
/**
 * Converts an object of type 'InstrumentationSpecExporter' to JSON representation.
 */
export declare function toJson_InstrumentationSpecExporter(obj: InstrumentationSpecExporter | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGo
 */
export interface InstrumentationSpecGo {
    /**
     * @schema InstrumentationSpecGo#env
     */
    readonly env?: InstrumentationSpecGoEnv[];
    /**
     * @schema InstrumentationSpecGo#image
     */
    readonly image?: string;
    /**
     * @schema InstrumentationSpecGo#resourceRequirements
     */
    readonly resourceRequirements?: InstrumentationSpecGoResourceRequirements;
    /**
     * @schema InstrumentationSpecGo#securityContext
     */
    readonly securityContext?: InstrumentationSpecGoSecurityContext;
    /**
     * @schema InstrumentationSpecGo#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: InstrumentationSpecGoVolumeClaimTemplate;
    /**
     * @schema InstrumentationSpecGo#volumeLimitSize
     */
    readonly volumeLimitSize?: InstrumentationSpecGoVolumeLimitSize;
}
/**
 * Converts an object of type 'InstrumentationSpecGo' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGo(obj: InstrumentationSpecGo | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecInitContainerSecurityContext
 */
export interface InstrumentationSpecInitContainerSecurityContext {
    /**
     * @schema InstrumentationSpecInitContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: InstrumentationSpecInitContainerSecurityContextAppArmorProfile;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContext#capabilities
     */
    readonly capabilities?: InstrumentationSpecInitContainerSecurityContextCapabilities;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: InstrumentationSpecInitContainerSecurityContextSeLinuxOptions;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: InstrumentationSpecInitContainerSecurityContextSeccompProfile;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: InstrumentationSpecInitContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'InstrumentationSpecInitContainerSecurityContext' to JSON representation.
 */
export declare function toJson_InstrumentationSpecInitContainerSecurityContext(obj: InstrumentationSpecInitContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJava
 */
export interface InstrumentationSpecJava {
    /**
     * @schema InstrumentationSpecJava#env
     */
    readonly env?: InstrumentationSpecJavaEnv[];
    /**
     * @schema InstrumentationSpecJava#extensions
     */
    readonly extensions?: InstrumentationSpecJavaExtensions[];
    /**
     * @schema InstrumentationSpecJava#image
     */
    readonly image?: string;
    /**
     * @schema InstrumentationSpecJava#resources
     */
    readonly resources?: InstrumentationSpecJavaResources;
    /**
     * @schema InstrumentationSpecJava#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: InstrumentationSpecJavaVolumeClaimTemplate;
    /**
     * @schema InstrumentationSpecJava#volumeLimitSize
     */
    readonly volumeLimitSize?: InstrumentationSpecJavaVolumeLimitSize;
}
/**
 * Converts an object of type 'InstrumentationSpecJava' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJava(obj: InstrumentationSpecJava | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginx
 */
export interface InstrumentationSpecNginx {
    /**
     * @schema InstrumentationSpecNginx#attrs
     */
    readonly attrs?: InstrumentationSpecNginxAttrs[];
    /**
     * @schema InstrumentationSpecNginx#configFile
     */
    readonly configFile?: string;
    /**
     * @schema InstrumentationSpecNginx#env
     */
    readonly env?: InstrumentationSpecNginxEnv[];
    /**
     * @schema InstrumentationSpecNginx#image
     */
    readonly image?: string;
    /**
     * @schema InstrumentationSpecNginx#resourceRequirements
     */
    readonly resourceRequirements?: InstrumentationSpecNginxResourceRequirements;
    /**
     * @schema InstrumentationSpecNginx#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: InstrumentationSpecNginxVolumeClaimTemplate;
    /**
     * @schema InstrumentationSpecNginx#volumeLimitSize
     */
    readonly volumeLimitSize?: InstrumentationSpecNginxVolumeLimitSize;
}
/**
 * Converts an object of type 'InstrumentationSpecNginx' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginx(obj: InstrumentationSpecNginx | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNodejs
 */
export interface InstrumentationSpecNodejs {
    /**
     * @schema InstrumentationSpecNodejs#env
     */
    readonly env?: InstrumentationSpecNodejsEnv[];
    /**
     * @schema InstrumentationSpecNodejs#image
     */
    readonly image?: string;
    /**
     * @schema InstrumentationSpecNodejs#resourceRequirements
     */
    readonly resourceRequirements?: InstrumentationSpecNodejsResourceRequirements;
    /**
     * @schema InstrumentationSpecNodejs#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: InstrumentationSpecNodejsVolumeClaimTemplate;
    /**
     * @schema InstrumentationSpecNodejs#volumeLimitSize
     */
    readonly volumeLimitSize?: InstrumentationSpecNodejsVolumeLimitSize;
}
/**
 * Converts an object of type 'InstrumentationSpecNodejs' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNodejs(obj: InstrumentationSpecNodejs | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecPropagators
 */
export declare enum InstrumentationSpecPropagators {
    /** tracecontext */
    TRACECONTEXT = "tracecontext",
    /** baggage */
    BAGGAGE = "baggage",
    /** b3 */
    B3 = "b3",
    /** b3multi */
    B3MULTI = "b3multi",
    /** jaeger */
    JAEGER = "jaeger",
    /** xray */
    XRAY = "xray",
    /** ottrace */
    OTTRACE = "ottrace",
    /** none */
    NONE = "none"
}
/**
 * @schema InstrumentationSpecPython
 */
export interface InstrumentationSpecPython {
    /**
     * @schema InstrumentationSpecPython#env
     */
    readonly env?: InstrumentationSpecPythonEnv[];
    /**
     * @schema InstrumentationSpecPython#image
     */
    readonly image?: string;
    /**
     * @schema InstrumentationSpecPython#resourceRequirements
     */
    readonly resourceRequirements?: InstrumentationSpecPythonResourceRequirements;
    /**
     * @schema InstrumentationSpecPython#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: InstrumentationSpecPythonVolumeClaimTemplate;
    /**
     * @schema InstrumentationSpecPython#volumeLimitSize
     */
    readonly volumeLimitSize?: InstrumentationSpecPythonVolumeLimitSize;
}
/**
 * Converts an object of type 'InstrumentationSpecPython' to JSON representation.
 */
export declare function toJson_InstrumentationSpecPython(obj: InstrumentationSpecPython | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecResource
 */
export interface InstrumentationSpecResource {
    /**
     * @schema InstrumentationSpecResource#addK8sUIDAttributes
     */
    readonly addK8SUidAttributes?: boolean;
    /**
     * @schema InstrumentationSpecResource#resourceAttributes
     */
    readonly resourceAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecResource' to JSON representation.
 */
export declare function toJson_InstrumentationSpecResource(obj: InstrumentationSpecResource | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecSampler
 */
export interface InstrumentationSpecSampler {
    /**
     * @schema InstrumentationSpecSampler#argument
     */
    readonly argument?: string;
    /**
     * @schema InstrumentationSpecSampler#type
     */
    readonly type?: InstrumentationSpecSamplerType;
}
/**
 * Converts an object of type 'InstrumentationSpecSampler' to JSON representation.
 */
export declare function toJson_InstrumentationSpecSampler(obj: InstrumentationSpecSampler | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdAttrs
 */
export interface InstrumentationSpecApacheHttpdAttrs {
    /**
     * @schema InstrumentationSpecApacheHttpdAttrs#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecApacheHttpdAttrs#value
     */
    readonly value?: string;
    /**
     * @schema InstrumentationSpecApacheHttpdAttrs#valueFrom
     */
    readonly valueFrom?: InstrumentationSpecApacheHttpdAttrsValueFrom;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdAttrs' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdAttrs(obj: InstrumentationSpecApacheHttpdAttrs | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdEnv
 */
export interface InstrumentationSpecApacheHttpdEnv {
    /**
     * @schema InstrumentationSpecApacheHttpdEnv#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecApacheHttpdEnv#value
     */
    readonly value?: string;
    /**
     * @schema InstrumentationSpecApacheHttpdEnv#valueFrom
     */
    readonly valueFrom?: InstrumentationSpecApacheHttpdEnvValueFrom;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdEnv' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdEnv(obj: InstrumentationSpecApacheHttpdEnv | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdResourceRequirements
 */
export interface InstrumentationSpecApacheHttpdResourceRequirements {
    /**
     * @schema InstrumentationSpecApacheHttpdResourceRequirements#claims
     */
    readonly claims?: InstrumentationSpecApacheHttpdResourceRequirementsClaims[];
    /**
     * @schema InstrumentationSpecApacheHttpdResourceRequirements#limits
     */
    readonly limits?: {
        [key: string]: InstrumentationSpecApacheHttpdResourceRequirementsLimits;
    };
    /**
     * @schema InstrumentationSpecApacheHttpdResourceRequirements#requests
     */
    readonly requests?: {
        [key: string]: InstrumentationSpecApacheHttpdResourceRequirementsRequests;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdResourceRequirements' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdResourceRequirements(obj: InstrumentationSpecApacheHttpdResourceRequirements | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplate
 */
export interface InstrumentationSpecApacheHttpdVolumeClaimTemplate {
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplate#metadata
     */
    readonly metadata?: InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata;
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplate#spec
     */
    readonly spec: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdVolumeClaimTemplate(obj: InstrumentationSpecApacheHttpdVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdVolumeLimitSize
 */
export declare class InstrumentationSpecApacheHttpdVolumeLimitSize {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecApacheHttpdVolumeLimitSize;
    static fromString(value: string): InstrumentationSpecApacheHttpdVolumeLimitSize;
    private constructor();
}
/**
 * @schema InstrumentationSpecDotnetEnv
 */
export interface InstrumentationSpecDotnetEnv {
    /**
     * @schema InstrumentationSpecDotnetEnv#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecDotnetEnv#value
     */
    readonly value?: string;
    /**
     * @schema InstrumentationSpecDotnetEnv#valueFrom
     */
    readonly valueFrom?: InstrumentationSpecDotnetEnvValueFrom;
}
/**
 * Converts an object of type 'InstrumentationSpecDotnetEnv' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDotnetEnv(obj: InstrumentationSpecDotnetEnv | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDotnetResourceRequirements
 */
export interface InstrumentationSpecDotnetResourceRequirements {
    /**
     * @schema InstrumentationSpecDotnetResourceRequirements#claims
     */
    readonly claims?: InstrumentationSpecDotnetResourceRequirementsClaims[];
    /**
     * @schema InstrumentationSpecDotnetResourceRequirements#limits
     */
    readonly limits?: {
        [key: string]: InstrumentationSpecDotnetResourceRequirementsLimits;
    };
    /**
     * @schema InstrumentationSpecDotnetResourceRequirements#requests
     */
    readonly requests?: {
        [key: string]: InstrumentationSpecDotnetResourceRequirementsRequests;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecDotnetResourceRequirements' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDotnetResourceRequirements(obj: InstrumentationSpecDotnetResourceRequirements | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDotnetVolumeClaimTemplate
 */
export interface InstrumentationSpecDotnetVolumeClaimTemplate {
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplate#metadata
     */
    readonly metadata?: InstrumentationSpecDotnetVolumeClaimTemplateMetadata;
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplate#spec
     */
    readonly spec: InstrumentationSpecDotnetVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'InstrumentationSpecDotnetVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDotnetVolumeClaimTemplate(obj: InstrumentationSpecDotnetVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDotnetVolumeLimitSize
 */
export declare class InstrumentationSpecDotnetVolumeLimitSize {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecDotnetVolumeLimitSize;
    static fromString(value: string): InstrumentationSpecDotnetVolumeLimitSize;
    private constructor();
}
/**
 * @schema InstrumentationSpecEnvValueFrom
 */
export interface InstrumentationSpecEnvValueFrom {
    /**
     * @schema InstrumentationSpecEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: InstrumentationSpecEnvValueFromConfigMapKeyRef;
    /**
     * @schema InstrumentationSpecEnvValueFrom#fieldRef
     */
    readonly fieldRef?: InstrumentationSpecEnvValueFromFieldRef;
    /**
     * @schema InstrumentationSpecEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: InstrumentationSpecEnvValueFromFileKeyRef;
    /**
     * @schema InstrumentationSpecEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: InstrumentationSpecEnvValueFromResourceFieldRef;
    /**
     * @schema InstrumentationSpecEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: InstrumentationSpecEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'InstrumentationSpecEnvValueFrom' to JSON representation.
 */
export declare function toJson_InstrumentationSpecEnvValueFrom(obj: InstrumentationSpecEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecExporterTls
 */
export interface InstrumentationSpecExporterTls {
    /**
     * @schema InstrumentationSpecExporterTls#ca_file
     */
    readonly caFile?: string;
    /**
     * @schema InstrumentationSpecExporterTls#cert_file
     */
    readonly certFile?: string;
    /**
     * @schema InstrumentationSpecExporterTls#configMapName
     */
    readonly configMapName?: string;
    /**
     * @schema InstrumentationSpecExporterTls#key_file
     */
    readonly keyFile?: string;
    /**
     * @schema InstrumentationSpecExporterTls#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecExporterTls' to JSON representation.
 */
export declare function toJson_InstrumentationSpecExporterTls(obj: InstrumentationSpecExporterTls | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoEnv
 */
export interface InstrumentationSpecGoEnv {
    /**
     * @schema InstrumentationSpecGoEnv#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecGoEnv#value
     */
    readonly value?: string;
    /**
     * @schema InstrumentationSpecGoEnv#valueFrom
     */
    readonly valueFrom?: InstrumentationSpecGoEnvValueFrom;
}
/**
 * Converts an object of type 'InstrumentationSpecGoEnv' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoEnv(obj: InstrumentationSpecGoEnv | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoResourceRequirements
 */
export interface InstrumentationSpecGoResourceRequirements {
    /**
     * @schema InstrumentationSpecGoResourceRequirements#claims
     */
    readonly claims?: InstrumentationSpecGoResourceRequirementsClaims[];
    /**
     * @schema InstrumentationSpecGoResourceRequirements#limits
     */
    readonly limits?: {
        [key: string]: InstrumentationSpecGoResourceRequirementsLimits;
    };
    /**
     * @schema InstrumentationSpecGoResourceRequirements#requests
     */
    readonly requests?: {
        [key: string]: InstrumentationSpecGoResourceRequirementsRequests;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecGoResourceRequirements' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoResourceRequirements(obj: InstrumentationSpecGoResourceRequirements | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoSecurityContext
 */
export interface InstrumentationSpecGoSecurityContext {
    /**
     * @schema InstrumentationSpecGoSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema InstrumentationSpecGoSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: InstrumentationSpecGoSecurityContextAppArmorProfile;
    /**
     * @schema InstrumentationSpecGoSecurityContext#capabilities
     */
    readonly capabilities?: InstrumentationSpecGoSecurityContextCapabilities;
    /**
     * @schema InstrumentationSpecGoSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema InstrumentationSpecGoSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema InstrumentationSpecGoSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema InstrumentationSpecGoSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema InstrumentationSpecGoSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema InstrumentationSpecGoSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema InstrumentationSpecGoSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: InstrumentationSpecGoSecurityContextSeLinuxOptions;
    /**
     * @schema InstrumentationSpecGoSecurityContext#seccompProfile
     */
    readonly seccompProfile?: InstrumentationSpecGoSecurityContextSeccompProfile;
    /**
     * @schema InstrumentationSpecGoSecurityContext#windowsOptions
     */
    readonly windowsOptions?: InstrumentationSpecGoSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'InstrumentationSpecGoSecurityContext' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoSecurityContext(obj: InstrumentationSpecGoSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoVolumeClaimTemplate
 */
export interface InstrumentationSpecGoVolumeClaimTemplate {
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplate#metadata
     */
    readonly metadata?: InstrumentationSpecGoVolumeClaimTemplateMetadata;
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplate#spec
     */
    readonly spec: InstrumentationSpecGoVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'InstrumentationSpecGoVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoVolumeClaimTemplate(obj: InstrumentationSpecGoVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoVolumeLimitSize
 */
export declare class InstrumentationSpecGoVolumeLimitSize {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecGoVolumeLimitSize;
    static fromString(value: string): InstrumentationSpecGoVolumeLimitSize;
    private constructor();
}
/**
 * @schema InstrumentationSpecInitContainerSecurityContextAppArmorProfile
 */
export interface InstrumentationSpecInitContainerSecurityContextAppArmorProfile {
    /**
     * @schema InstrumentationSpecInitContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'InstrumentationSpecInitContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_InstrumentationSpecInitContainerSecurityContextAppArmorProfile(obj: InstrumentationSpecInitContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecInitContainerSecurityContextCapabilities
 */
export interface InstrumentationSpecInitContainerSecurityContextCapabilities {
    /**
     * @schema InstrumentationSpecInitContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema InstrumentationSpecInitContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'InstrumentationSpecInitContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_InstrumentationSpecInitContainerSecurityContextCapabilities(obj: InstrumentationSpecInitContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecInitContainerSecurityContextSeLinuxOptions
 */
export interface InstrumentationSpecInitContainerSecurityContextSeLinuxOptions {
    /**
     * @schema InstrumentationSpecInitContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecInitContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_InstrumentationSpecInitContainerSecurityContextSeLinuxOptions(obj: InstrumentationSpecInitContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecInitContainerSecurityContextSeccompProfile
 */
export interface InstrumentationSpecInitContainerSecurityContextSeccompProfile {
    /**
     * @schema InstrumentationSpecInitContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'InstrumentationSpecInitContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_InstrumentationSpecInitContainerSecurityContextSeccompProfile(obj: InstrumentationSpecInitContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecInitContainerSecurityContextWindowsOptions
 */
export interface InstrumentationSpecInitContainerSecurityContextWindowsOptions {
    /**
     * @schema InstrumentationSpecInitContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema InstrumentationSpecInitContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecInitContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_InstrumentationSpecInitContainerSecurityContextWindowsOptions(obj: InstrumentationSpecInitContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaEnv
 */
export interface InstrumentationSpecJavaEnv {
    /**
     * @schema InstrumentationSpecJavaEnv#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecJavaEnv#value
     */
    readonly value?: string;
    /**
     * @schema InstrumentationSpecJavaEnv#valueFrom
     */
    readonly valueFrom?: InstrumentationSpecJavaEnvValueFrom;
}
/**
 * Converts an object of type 'InstrumentationSpecJavaEnv' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJavaEnv(obj: InstrumentationSpecJavaEnv | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaExtensions
 */
export interface InstrumentationSpecJavaExtensions {
    /**
     * @schema InstrumentationSpecJavaExtensions#dir
     */
    readonly dir: string;
    /**
     * @schema InstrumentationSpecJavaExtensions#image
     */
    readonly image: string;
}
/**
 * Converts an object of type 'InstrumentationSpecJavaExtensions' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJavaExtensions(obj: InstrumentationSpecJavaExtensions | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaResources
 */
export interface InstrumentationSpecJavaResources {
    /**
     * @schema InstrumentationSpecJavaResources#claims
     */
    readonly claims?: InstrumentationSpecJavaResourcesClaims[];
    /**
     * @schema InstrumentationSpecJavaResources#limits
     */
    readonly limits?: {
        [key: string]: InstrumentationSpecJavaResourcesLimits;
    };
    /**
     * @schema InstrumentationSpecJavaResources#requests
     */
    readonly requests?: {
        [key: string]: InstrumentationSpecJavaResourcesRequests;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecJavaResources' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJavaResources(obj: InstrumentationSpecJavaResources | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaVolumeClaimTemplate
 */
export interface InstrumentationSpecJavaVolumeClaimTemplate {
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplate#metadata
     */
    readonly metadata?: InstrumentationSpecJavaVolumeClaimTemplateMetadata;
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplate#spec
     */
    readonly spec: InstrumentationSpecJavaVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'InstrumentationSpecJavaVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJavaVolumeClaimTemplate(obj: InstrumentationSpecJavaVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaVolumeLimitSize
 */
export declare class InstrumentationSpecJavaVolumeLimitSize {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecJavaVolumeLimitSize;
    static fromString(value: string): InstrumentationSpecJavaVolumeLimitSize;
    private constructor();
}
/**
 * @schema InstrumentationSpecNginxAttrs
 */
export interface InstrumentationSpecNginxAttrs {
    /**
     * @schema InstrumentationSpecNginxAttrs#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecNginxAttrs#value
     */
    readonly value?: string;
    /**
     * @schema InstrumentationSpecNginxAttrs#valueFrom
     */
    readonly valueFrom?: InstrumentationSpecNginxAttrsValueFrom;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxAttrs' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxAttrs(obj: InstrumentationSpecNginxAttrs | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxEnv
 */
export interface InstrumentationSpecNginxEnv {
    /**
     * @schema InstrumentationSpecNginxEnv#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecNginxEnv#value
     */
    readonly value?: string;
    /**
     * @schema InstrumentationSpecNginxEnv#valueFrom
     */
    readonly valueFrom?: InstrumentationSpecNginxEnvValueFrom;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxEnv' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxEnv(obj: InstrumentationSpecNginxEnv | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxResourceRequirements
 */
export interface InstrumentationSpecNginxResourceRequirements {
    /**
     * @schema InstrumentationSpecNginxResourceRequirements#claims
     */
    readonly claims?: InstrumentationSpecNginxResourceRequirementsClaims[];
    /**
     * @schema InstrumentationSpecNginxResourceRequirements#limits
     */
    readonly limits?: {
        [key: string]: InstrumentationSpecNginxResourceRequirementsLimits;
    };
    /**
     * @schema InstrumentationSpecNginxResourceRequirements#requests
     */
    readonly requests?: {
        [key: string]: InstrumentationSpecNginxResourceRequirementsRequests;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecNginxResourceRequirements' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxResourceRequirements(obj: InstrumentationSpecNginxResourceRequirements | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxVolumeClaimTemplate
 */
export interface InstrumentationSpecNginxVolumeClaimTemplate {
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplate#metadata
     */
    readonly metadata?: InstrumentationSpecNginxVolumeClaimTemplateMetadata;
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplate#spec
     */
    readonly spec: InstrumentationSpecNginxVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxVolumeClaimTemplate(obj: InstrumentationSpecNginxVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxVolumeLimitSize
 */
export declare class InstrumentationSpecNginxVolumeLimitSize {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecNginxVolumeLimitSize;
    static fromString(value: string): InstrumentationSpecNginxVolumeLimitSize;
    private constructor();
}
/**
 * @schema InstrumentationSpecNodejsEnv
 */
export interface InstrumentationSpecNodejsEnv {
    /**
     * @schema InstrumentationSpecNodejsEnv#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecNodejsEnv#value
     */
    readonly value?: string;
    /**
     * @schema InstrumentationSpecNodejsEnv#valueFrom
     */
    readonly valueFrom?: InstrumentationSpecNodejsEnvValueFrom;
}
/**
 * Converts an object of type 'InstrumentationSpecNodejsEnv' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNodejsEnv(obj: InstrumentationSpecNodejsEnv | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNodejsResourceRequirements
 */
export interface InstrumentationSpecNodejsResourceRequirements {
    /**
     * @schema InstrumentationSpecNodejsResourceRequirements#claims
     */
    readonly claims?: InstrumentationSpecNodejsResourceRequirementsClaims[];
    /**
     * @schema InstrumentationSpecNodejsResourceRequirements#limits
     */
    readonly limits?: {
        [key: string]: InstrumentationSpecNodejsResourceRequirementsLimits;
    };
    /**
     * @schema InstrumentationSpecNodejsResourceRequirements#requests
     */
    readonly requests?: {
        [key: string]: InstrumentationSpecNodejsResourceRequirementsRequests;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecNodejsResourceRequirements' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNodejsResourceRequirements(obj: InstrumentationSpecNodejsResourceRequirements | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNodejsVolumeClaimTemplate
 */
export interface InstrumentationSpecNodejsVolumeClaimTemplate {
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplate#metadata
     */
    readonly metadata?: InstrumentationSpecNodejsVolumeClaimTemplateMetadata;
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplate#spec
     */
    readonly spec: InstrumentationSpecNodejsVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'InstrumentationSpecNodejsVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNodejsVolumeClaimTemplate(obj: InstrumentationSpecNodejsVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNodejsVolumeLimitSize
 */
export declare class InstrumentationSpecNodejsVolumeLimitSize {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecNodejsVolumeLimitSize;
    static fromString(value: string): InstrumentationSpecNodejsVolumeLimitSize;
    private constructor();
}
/**
 * @schema InstrumentationSpecPythonEnv
 */
export interface InstrumentationSpecPythonEnv {
    /**
     * @schema InstrumentationSpecPythonEnv#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecPythonEnv#value
     */
    readonly value?: string;
    /**
     * @schema InstrumentationSpecPythonEnv#valueFrom
     */
    readonly valueFrom?: InstrumentationSpecPythonEnvValueFrom;
}
/**
 * Converts an object of type 'InstrumentationSpecPythonEnv' to JSON representation.
 */
export declare function toJson_InstrumentationSpecPythonEnv(obj: InstrumentationSpecPythonEnv | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecPythonResourceRequirements
 */
export interface InstrumentationSpecPythonResourceRequirements {
    /**
     * @schema InstrumentationSpecPythonResourceRequirements#claims
     */
    readonly claims?: InstrumentationSpecPythonResourceRequirementsClaims[];
    /**
     * @schema InstrumentationSpecPythonResourceRequirements#limits
     */
    readonly limits?: {
        [key: string]: InstrumentationSpecPythonResourceRequirementsLimits;
    };
    /**
     * @schema InstrumentationSpecPythonResourceRequirements#requests
     */
    readonly requests?: {
        [key: string]: InstrumentationSpecPythonResourceRequirementsRequests;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecPythonResourceRequirements' to JSON representation.
 */
export declare function toJson_InstrumentationSpecPythonResourceRequirements(obj: InstrumentationSpecPythonResourceRequirements | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecPythonVolumeClaimTemplate
 */
export interface InstrumentationSpecPythonVolumeClaimTemplate {
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplate#metadata
     */
    readonly metadata?: InstrumentationSpecPythonVolumeClaimTemplateMetadata;
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplate#spec
     */
    readonly spec: InstrumentationSpecPythonVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'InstrumentationSpecPythonVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_InstrumentationSpecPythonVolumeClaimTemplate(obj: InstrumentationSpecPythonVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecPythonVolumeLimitSize
 */
export declare class InstrumentationSpecPythonVolumeLimitSize {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecPythonVolumeLimitSize;
    static fromString(value: string): InstrumentationSpecPythonVolumeLimitSize;
    private constructor();
}
/**
 * @schema InstrumentationSpecSamplerType
 */
export declare enum InstrumentationSpecSamplerType {
    /** always_on */
    ALWAYS_UNDERSCORE_ON = "always_on",
    /** always_off */
    ALWAYS_UNDERSCORE_OFF = "always_off",
    /** traceidratio */
    TRACEIDRATIO = "traceidratio",
    /** parentbased_always_on */
    PARENTBASED_UNDERSCORE_ALWAYS_UNDERSCORE_ON = "parentbased_always_on",
    /** parentbased_always_off */
    PARENTBASED_UNDERSCORE_ALWAYS_UNDERSCORE_OFF = "parentbased_always_off",
    /** parentbased_traceidratio */
    PARENTBASED_UNDERSCORE_TRACEIDRATIO = "parentbased_traceidratio",
    /** jaeger_remote */
    JAEGER_UNDERSCORE_REMOTE = "jaeger_remote",
    /** xray */
    XRAY = "xray"
}
/**
 * @schema InstrumentationSpecApacheHttpdAttrsValueFrom
 */
export interface InstrumentationSpecApacheHttpdAttrsValueFrom {
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef;
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFrom#fieldRef
     */
    readonly fieldRef?: InstrumentationSpecApacheHttpdAttrsValueFromFieldRef;
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef;
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef;
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdAttrsValueFrom' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdAttrsValueFrom(obj: InstrumentationSpecApacheHttpdAttrsValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdEnvValueFrom
 */
export interface InstrumentationSpecApacheHttpdEnvValueFrom {
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef;
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFrom#fieldRef
     */
    readonly fieldRef?: InstrumentationSpecApacheHttpdEnvValueFromFieldRef;
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef;
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef;
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdEnvValueFrom' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdEnvValueFrom(obj: InstrumentationSpecApacheHttpdEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdResourceRequirementsClaims
 */
export interface InstrumentationSpecApacheHttpdResourceRequirementsClaims {
    /**
     * @schema InstrumentationSpecApacheHttpdResourceRequirementsClaims#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecApacheHttpdResourceRequirementsClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdResourceRequirementsClaims' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdResourceRequirementsClaims(obj: InstrumentationSpecApacheHttpdResourceRequirementsClaims | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdResourceRequirementsLimits
 */
export declare class InstrumentationSpecApacheHttpdResourceRequirementsLimits {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecApacheHttpdResourceRequirementsLimits;
    static fromString(value: string): InstrumentationSpecApacheHttpdResourceRequirementsLimits;
    private constructor();
}
/**
 * @schema InstrumentationSpecApacheHttpdResourceRequirementsRequests
 */
export declare class InstrumentationSpecApacheHttpdResourceRequirementsRequests {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecApacheHttpdResourceRequirementsRequests;
    static fromString(value: string): InstrumentationSpecApacheHttpdResourceRequirementsRequests;
    private constructor();
}
/**
 * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata
 */
export interface InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata {
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata(obj: InstrumentationSpecApacheHttpdVolumeClaimTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec
 */
export interface InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec {
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource;
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef;
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec#resources
     */
    readonly resources?: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources;
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec#selector
     */
    readonly selector?: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector;
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec(obj: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDotnetEnvValueFrom
 */
export interface InstrumentationSpecDotnetEnvValueFrom {
    /**
     * @schema InstrumentationSpecDotnetEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef;
    /**
     * @schema InstrumentationSpecDotnetEnvValueFrom#fieldRef
     */
    readonly fieldRef?: InstrumentationSpecDotnetEnvValueFromFieldRef;
    /**
     * @schema InstrumentationSpecDotnetEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: InstrumentationSpecDotnetEnvValueFromFileKeyRef;
    /**
     * @schema InstrumentationSpecDotnetEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: InstrumentationSpecDotnetEnvValueFromResourceFieldRef;
    /**
     * @schema InstrumentationSpecDotnetEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: InstrumentationSpecDotnetEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'InstrumentationSpecDotnetEnvValueFrom' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDotnetEnvValueFrom(obj: InstrumentationSpecDotnetEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDotnetResourceRequirementsClaims
 */
export interface InstrumentationSpecDotnetResourceRequirementsClaims {
    /**
     * @schema InstrumentationSpecDotnetResourceRequirementsClaims#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecDotnetResourceRequirementsClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecDotnetResourceRequirementsClaims' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDotnetResourceRequirementsClaims(obj: InstrumentationSpecDotnetResourceRequirementsClaims | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDotnetResourceRequirementsLimits
 */
export declare class InstrumentationSpecDotnetResourceRequirementsLimits {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecDotnetResourceRequirementsLimits;
    static fromString(value: string): InstrumentationSpecDotnetResourceRequirementsLimits;
    private constructor();
}
/**
 * @schema InstrumentationSpecDotnetResourceRequirementsRequests
 */
export declare class InstrumentationSpecDotnetResourceRequirementsRequests {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecDotnetResourceRequirementsRequests;
    static fromString(value: string): InstrumentationSpecDotnetResourceRequirementsRequests;
    private constructor();
}
/**
 * @schema InstrumentationSpecDotnetVolumeClaimTemplateMetadata
 */
export interface InstrumentationSpecDotnetVolumeClaimTemplateMetadata {
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateMetadata#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecDotnetVolumeClaimTemplateMetadata' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDotnetVolumeClaimTemplateMetadata(obj: InstrumentationSpecDotnetVolumeClaimTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpec
 */
export interface InstrumentationSpecDotnetVolumeClaimTemplateSpec {
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource;
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef;
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpec#resources
     */
    readonly resources?: InstrumentationSpecDotnetVolumeClaimTemplateSpecResources;
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpec#selector
     */
    readonly selector?: InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector;
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecDotnetVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDotnetVolumeClaimTemplateSpec(obj: InstrumentationSpecDotnetVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecEnvValueFromConfigMapKeyRef
 */
export interface InstrumentationSpecEnvValueFromConfigMapKeyRef {
    /**
     * @schema InstrumentationSpecEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecEnvValueFromConfigMapKeyRef(obj: InstrumentationSpecEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecEnvValueFromFieldRef
 */
export interface InstrumentationSpecEnvValueFromFieldRef {
    /**
     * @schema InstrumentationSpecEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema InstrumentationSpecEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'InstrumentationSpecEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecEnvValueFromFieldRef(obj: InstrumentationSpecEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecEnvValueFromFileKeyRef
 */
export interface InstrumentationSpecEnvValueFromFileKeyRef {
    /**
     * @schema InstrumentationSpecEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema InstrumentationSpecEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema InstrumentationSpecEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'InstrumentationSpecEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecEnvValueFromFileKeyRef(obj: InstrumentationSpecEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecEnvValueFromResourceFieldRef
 */
export interface InstrumentationSpecEnvValueFromResourceFieldRef {
    /**
     * @schema InstrumentationSpecEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema InstrumentationSpecEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: InstrumentationSpecEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema InstrumentationSpecEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'InstrumentationSpecEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecEnvValueFromResourceFieldRef(obj: InstrumentationSpecEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecEnvValueFromSecretKeyRef
 */
export interface InstrumentationSpecEnvValueFromSecretKeyRef {
    /**
     * @schema InstrumentationSpecEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecEnvValueFromSecretKeyRef(obj: InstrumentationSpecEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoEnvValueFrom
 */
export interface InstrumentationSpecGoEnvValueFrom {
    /**
     * @schema InstrumentationSpecGoEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: InstrumentationSpecGoEnvValueFromConfigMapKeyRef;
    /**
     * @schema InstrumentationSpecGoEnvValueFrom#fieldRef
     */
    readonly fieldRef?: InstrumentationSpecGoEnvValueFromFieldRef;
    /**
     * @schema InstrumentationSpecGoEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: InstrumentationSpecGoEnvValueFromFileKeyRef;
    /**
     * @schema InstrumentationSpecGoEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: InstrumentationSpecGoEnvValueFromResourceFieldRef;
    /**
     * @schema InstrumentationSpecGoEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: InstrumentationSpecGoEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'InstrumentationSpecGoEnvValueFrom' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoEnvValueFrom(obj: InstrumentationSpecGoEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoResourceRequirementsClaims
 */
export interface InstrumentationSpecGoResourceRequirementsClaims {
    /**
     * @schema InstrumentationSpecGoResourceRequirementsClaims#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecGoResourceRequirementsClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecGoResourceRequirementsClaims' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoResourceRequirementsClaims(obj: InstrumentationSpecGoResourceRequirementsClaims | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoResourceRequirementsLimits
 */
export declare class InstrumentationSpecGoResourceRequirementsLimits {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecGoResourceRequirementsLimits;
    static fromString(value: string): InstrumentationSpecGoResourceRequirementsLimits;
    private constructor();
}
/**
 * @schema InstrumentationSpecGoResourceRequirementsRequests
 */
export declare class InstrumentationSpecGoResourceRequirementsRequests {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecGoResourceRequirementsRequests;
    static fromString(value: string): InstrumentationSpecGoResourceRequirementsRequests;
    private constructor();
}
/**
 * @schema InstrumentationSpecGoSecurityContextAppArmorProfile
 */
export interface InstrumentationSpecGoSecurityContextAppArmorProfile {
    /**
     * @schema InstrumentationSpecGoSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema InstrumentationSpecGoSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'InstrumentationSpecGoSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoSecurityContextAppArmorProfile(obj: InstrumentationSpecGoSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoSecurityContextCapabilities
 */
export interface InstrumentationSpecGoSecurityContextCapabilities {
    /**
     * @schema InstrumentationSpecGoSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema InstrumentationSpecGoSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'InstrumentationSpecGoSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoSecurityContextCapabilities(obj: InstrumentationSpecGoSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoSecurityContextSeLinuxOptions
 */
export interface InstrumentationSpecGoSecurityContextSeLinuxOptions {
    /**
     * @schema InstrumentationSpecGoSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema InstrumentationSpecGoSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema InstrumentationSpecGoSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema InstrumentationSpecGoSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecGoSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoSecurityContextSeLinuxOptions(obj: InstrumentationSpecGoSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoSecurityContextSeccompProfile
 */
export interface InstrumentationSpecGoSecurityContextSeccompProfile {
    /**
     * @schema InstrumentationSpecGoSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema InstrumentationSpecGoSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'InstrumentationSpecGoSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoSecurityContextSeccompProfile(obj: InstrumentationSpecGoSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoSecurityContextWindowsOptions
 */
export interface InstrumentationSpecGoSecurityContextWindowsOptions {
    /**
     * @schema InstrumentationSpecGoSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema InstrumentationSpecGoSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema InstrumentationSpecGoSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema InstrumentationSpecGoSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecGoSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoSecurityContextWindowsOptions(obj: InstrumentationSpecGoSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoVolumeClaimTemplateMetadata
 */
export interface InstrumentationSpecGoVolumeClaimTemplateMetadata {
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateMetadata#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecGoVolumeClaimTemplateMetadata' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoVolumeClaimTemplateMetadata(obj: InstrumentationSpecGoVolumeClaimTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoVolumeClaimTemplateSpec
 */
export interface InstrumentationSpecGoVolumeClaimTemplateSpec {
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: InstrumentationSpecGoVolumeClaimTemplateSpecDataSource;
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef;
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpec#resources
     */
    readonly resources?: InstrumentationSpecGoVolumeClaimTemplateSpecResources;
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpec#selector
     */
    readonly selector?: InstrumentationSpecGoVolumeClaimTemplateSpecSelector;
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecGoVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoVolumeClaimTemplateSpec(obj: InstrumentationSpecGoVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaEnvValueFrom
 */
export interface InstrumentationSpecJavaEnvValueFrom {
    /**
     * @schema InstrumentationSpecJavaEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: InstrumentationSpecJavaEnvValueFromConfigMapKeyRef;
    /**
     * @schema InstrumentationSpecJavaEnvValueFrom#fieldRef
     */
    readonly fieldRef?: InstrumentationSpecJavaEnvValueFromFieldRef;
    /**
     * @schema InstrumentationSpecJavaEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: InstrumentationSpecJavaEnvValueFromFileKeyRef;
    /**
     * @schema InstrumentationSpecJavaEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: InstrumentationSpecJavaEnvValueFromResourceFieldRef;
    /**
     * @schema InstrumentationSpecJavaEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: InstrumentationSpecJavaEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'InstrumentationSpecJavaEnvValueFrom' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJavaEnvValueFrom(obj: InstrumentationSpecJavaEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaResourcesClaims
 */
export interface InstrumentationSpecJavaResourcesClaims {
    /**
     * @schema InstrumentationSpecJavaResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecJavaResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecJavaResourcesClaims' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJavaResourcesClaims(obj: InstrumentationSpecJavaResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaResourcesLimits
 */
export declare class InstrumentationSpecJavaResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecJavaResourcesLimits;
    static fromString(value: string): InstrumentationSpecJavaResourcesLimits;
    private constructor();
}
/**
 * @schema InstrumentationSpecJavaResourcesRequests
 */
export declare class InstrumentationSpecJavaResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecJavaResourcesRequests;
    static fromString(value: string): InstrumentationSpecJavaResourcesRequests;
    private constructor();
}
/**
 * @schema InstrumentationSpecJavaVolumeClaimTemplateMetadata
 */
export interface InstrumentationSpecJavaVolumeClaimTemplateMetadata {
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateMetadata#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecJavaVolumeClaimTemplateMetadata' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJavaVolumeClaimTemplateMetadata(obj: InstrumentationSpecJavaVolumeClaimTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaVolumeClaimTemplateSpec
 */
export interface InstrumentationSpecJavaVolumeClaimTemplateSpec {
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource;
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef;
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpec#resources
     */
    readonly resources?: InstrumentationSpecJavaVolumeClaimTemplateSpecResources;
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpec#selector
     */
    readonly selector?: InstrumentationSpecJavaVolumeClaimTemplateSpecSelector;
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecJavaVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJavaVolumeClaimTemplateSpec(obj: InstrumentationSpecJavaVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxAttrsValueFrom
 */
export interface InstrumentationSpecNginxAttrsValueFrom {
    /**
     * @schema InstrumentationSpecNginxAttrsValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef;
    /**
     * @schema InstrumentationSpecNginxAttrsValueFrom#fieldRef
     */
    readonly fieldRef?: InstrumentationSpecNginxAttrsValueFromFieldRef;
    /**
     * @schema InstrumentationSpecNginxAttrsValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: InstrumentationSpecNginxAttrsValueFromFileKeyRef;
    /**
     * @schema InstrumentationSpecNginxAttrsValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: InstrumentationSpecNginxAttrsValueFromResourceFieldRef;
    /**
     * @schema InstrumentationSpecNginxAttrsValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: InstrumentationSpecNginxAttrsValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxAttrsValueFrom' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxAttrsValueFrom(obj: InstrumentationSpecNginxAttrsValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxEnvValueFrom
 */
export interface InstrumentationSpecNginxEnvValueFrom {
    /**
     * @schema InstrumentationSpecNginxEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: InstrumentationSpecNginxEnvValueFromConfigMapKeyRef;
    /**
     * @schema InstrumentationSpecNginxEnvValueFrom#fieldRef
     */
    readonly fieldRef?: InstrumentationSpecNginxEnvValueFromFieldRef;
    /**
     * @schema InstrumentationSpecNginxEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: InstrumentationSpecNginxEnvValueFromFileKeyRef;
    /**
     * @schema InstrumentationSpecNginxEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: InstrumentationSpecNginxEnvValueFromResourceFieldRef;
    /**
     * @schema InstrumentationSpecNginxEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: InstrumentationSpecNginxEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxEnvValueFrom' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxEnvValueFrom(obj: InstrumentationSpecNginxEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxResourceRequirementsClaims
 */
export interface InstrumentationSpecNginxResourceRequirementsClaims {
    /**
     * @schema InstrumentationSpecNginxResourceRequirementsClaims#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecNginxResourceRequirementsClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxResourceRequirementsClaims' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxResourceRequirementsClaims(obj: InstrumentationSpecNginxResourceRequirementsClaims | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxResourceRequirementsLimits
 */
export declare class InstrumentationSpecNginxResourceRequirementsLimits {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecNginxResourceRequirementsLimits;
    static fromString(value: string): InstrumentationSpecNginxResourceRequirementsLimits;
    private constructor();
}
/**
 * @schema InstrumentationSpecNginxResourceRequirementsRequests
 */
export declare class InstrumentationSpecNginxResourceRequirementsRequests {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecNginxResourceRequirementsRequests;
    static fromString(value: string): InstrumentationSpecNginxResourceRequirementsRequests;
    private constructor();
}
/**
 * @schema InstrumentationSpecNginxVolumeClaimTemplateMetadata
 */
export interface InstrumentationSpecNginxVolumeClaimTemplateMetadata {
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateMetadata#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxVolumeClaimTemplateMetadata' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxVolumeClaimTemplateMetadata(obj: InstrumentationSpecNginxVolumeClaimTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxVolumeClaimTemplateSpec
 */
export interface InstrumentationSpecNginxVolumeClaimTemplateSpec {
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource;
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef;
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpec#resources
     */
    readonly resources?: InstrumentationSpecNginxVolumeClaimTemplateSpecResources;
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpec#selector
     */
    readonly selector?: InstrumentationSpecNginxVolumeClaimTemplateSpecSelector;
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxVolumeClaimTemplateSpec(obj: InstrumentationSpecNginxVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNodejsEnvValueFrom
 */
export interface InstrumentationSpecNodejsEnvValueFrom {
    /**
     * @schema InstrumentationSpecNodejsEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef;
    /**
     * @schema InstrumentationSpecNodejsEnvValueFrom#fieldRef
     */
    readonly fieldRef?: InstrumentationSpecNodejsEnvValueFromFieldRef;
    /**
     * @schema InstrumentationSpecNodejsEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: InstrumentationSpecNodejsEnvValueFromFileKeyRef;
    /**
     * @schema InstrumentationSpecNodejsEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: InstrumentationSpecNodejsEnvValueFromResourceFieldRef;
    /**
     * @schema InstrumentationSpecNodejsEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: InstrumentationSpecNodejsEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'InstrumentationSpecNodejsEnvValueFrom' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNodejsEnvValueFrom(obj: InstrumentationSpecNodejsEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNodejsResourceRequirementsClaims
 */
export interface InstrumentationSpecNodejsResourceRequirementsClaims {
    /**
     * @schema InstrumentationSpecNodejsResourceRequirementsClaims#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecNodejsResourceRequirementsClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNodejsResourceRequirementsClaims' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNodejsResourceRequirementsClaims(obj: InstrumentationSpecNodejsResourceRequirementsClaims | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNodejsResourceRequirementsLimits
 */
export declare class InstrumentationSpecNodejsResourceRequirementsLimits {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecNodejsResourceRequirementsLimits;
    static fromString(value: string): InstrumentationSpecNodejsResourceRequirementsLimits;
    private constructor();
}
/**
 * @schema InstrumentationSpecNodejsResourceRequirementsRequests
 */
export declare class InstrumentationSpecNodejsResourceRequirementsRequests {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecNodejsResourceRequirementsRequests;
    static fromString(value: string): InstrumentationSpecNodejsResourceRequirementsRequests;
    private constructor();
}
/**
 * @schema InstrumentationSpecNodejsVolumeClaimTemplateMetadata
 */
export interface InstrumentationSpecNodejsVolumeClaimTemplateMetadata {
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateMetadata#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNodejsVolumeClaimTemplateMetadata' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNodejsVolumeClaimTemplateMetadata(obj: InstrumentationSpecNodejsVolumeClaimTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpec
 */
export interface InstrumentationSpecNodejsVolumeClaimTemplateSpec {
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource;
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef;
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpec#resources
     */
    readonly resources?: InstrumentationSpecNodejsVolumeClaimTemplateSpecResources;
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpec#selector
     */
    readonly selector?: InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector;
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNodejsVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNodejsVolumeClaimTemplateSpec(obj: InstrumentationSpecNodejsVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecPythonEnvValueFrom
 */
export interface InstrumentationSpecPythonEnvValueFrom {
    /**
     * @schema InstrumentationSpecPythonEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: InstrumentationSpecPythonEnvValueFromConfigMapKeyRef;
    /**
     * @schema InstrumentationSpecPythonEnvValueFrom#fieldRef
     */
    readonly fieldRef?: InstrumentationSpecPythonEnvValueFromFieldRef;
    /**
     * @schema InstrumentationSpecPythonEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: InstrumentationSpecPythonEnvValueFromFileKeyRef;
    /**
     * @schema InstrumentationSpecPythonEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: InstrumentationSpecPythonEnvValueFromResourceFieldRef;
    /**
     * @schema InstrumentationSpecPythonEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: InstrumentationSpecPythonEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'InstrumentationSpecPythonEnvValueFrom' to JSON representation.
 */
export declare function toJson_InstrumentationSpecPythonEnvValueFrom(obj: InstrumentationSpecPythonEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecPythonResourceRequirementsClaims
 */
export interface InstrumentationSpecPythonResourceRequirementsClaims {
    /**
     * @schema InstrumentationSpecPythonResourceRequirementsClaims#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecPythonResourceRequirementsClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecPythonResourceRequirementsClaims' to JSON representation.
 */
export declare function toJson_InstrumentationSpecPythonResourceRequirementsClaims(obj: InstrumentationSpecPythonResourceRequirementsClaims | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecPythonResourceRequirementsLimits
 */
export declare class InstrumentationSpecPythonResourceRequirementsLimits {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecPythonResourceRequirementsLimits;
    static fromString(value: string): InstrumentationSpecPythonResourceRequirementsLimits;
    private constructor();
}
/**
 * @schema InstrumentationSpecPythonResourceRequirementsRequests
 */
export declare class InstrumentationSpecPythonResourceRequirementsRequests {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecPythonResourceRequirementsRequests;
    static fromString(value: string): InstrumentationSpecPythonResourceRequirementsRequests;
    private constructor();
}
/**
 * @schema InstrumentationSpecPythonVolumeClaimTemplateMetadata
 */
export interface InstrumentationSpecPythonVolumeClaimTemplateMetadata {
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateMetadata#finalizers
     */
    readonly finalizers?: string[];
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateMetadata#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateMetadata#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecPythonVolumeClaimTemplateMetadata' to JSON representation.
 */
export declare function toJson_InstrumentationSpecPythonVolumeClaimTemplateMetadata(obj: InstrumentationSpecPythonVolumeClaimTemplateMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecPythonVolumeClaimTemplateSpec
 */
export interface InstrumentationSpecPythonVolumeClaimTemplateSpec {
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource;
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef;
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpec#resources
     */
    readonly resources?: InstrumentationSpecPythonVolumeClaimTemplateSpecResources;
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpec#selector
     */
    readonly selector?: InstrumentationSpecPythonVolumeClaimTemplateSpecSelector;
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecPythonVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_InstrumentationSpecPythonVolumeClaimTemplateSpec(obj: InstrumentationSpecPythonVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef
 */
export interface InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef {
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef(obj: InstrumentationSpecApacheHttpdAttrsValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdAttrsValueFromFieldRef
 */
export interface InstrumentationSpecApacheHttpdAttrsValueFromFieldRef {
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdAttrsValueFromFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdAttrsValueFromFieldRef(obj: InstrumentationSpecApacheHttpdAttrsValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef
 */
export interface InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef {
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef(obj: InstrumentationSpecApacheHttpdAttrsValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef
 */
export interface InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef {
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef#divisor
     */
    readonly divisor?: InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRefDivisor;
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef(obj: InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef
 */
export interface InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef {
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef(obj: InstrumentationSpecApacheHttpdAttrsValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef
 */
export interface InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef {
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef(obj: InstrumentationSpecApacheHttpdEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdEnvValueFromFieldRef
 */
export interface InstrumentationSpecApacheHttpdEnvValueFromFieldRef {
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdEnvValueFromFieldRef(obj: InstrumentationSpecApacheHttpdEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef
 */
export interface InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef {
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef(obj: InstrumentationSpecApacheHttpdEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef
 */
export interface InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef {
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef(obj: InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef
 */
export interface InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef {
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef(obj: InstrumentationSpecApacheHttpdEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource
 */
export interface InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource {
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource(obj: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef
 */
export interface InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef {
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef(obj: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources
 */
export interface InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources {
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources(obj: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector
 */
export interface InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector {
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector(obj: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef
 */
export interface InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef {
    /**
     * @schema InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef(obj: InstrumentationSpecDotnetEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDotnetEnvValueFromFieldRef
 */
export interface InstrumentationSpecDotnetEnvValueFromFieldRef {
    /**
     * @schema InstrumentationSpecDotnetEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema InstrumentationSpecDotnetEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'InstrumentationSpecDotnetEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDotnetEnvValueFromFieldRef(obj: InstrumentationSpecDotnetEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDotnetEnvValueFromFileKeyRef
 */
export interface InstrumentationSpecDotnetEnvValueFromFileKeyRef {
    /**
     * @schema InstrumentationSpecDotnetEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecDotnetEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema InstrumentationSpecDotnetEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema InstrumentationSpecDotnetEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'InstrumentationSpecDotnetEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDotnetEnvValueFromFileKeyRef(obj: InstrumentationSpecDotnetEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDotnetEnvValueFromResourceFieldRef
 */
export interface InstrumentationSpecDotnetEnvValueFromResourceFieldRef {
    /**
     * @schema InstrumentationSpecDotnetEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema InstrumentationSpecDotnetEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: InstrumentationSpecDotnetEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema InstrumentationSpecDotnetEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'InstrumentationSpecDotnetEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDotnetEnvValueFromResourceFieldRef(obj: InstrumentationSpecDotnetEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDotnetEnvValueFromSecretKeyRef
 */
export interface InstrumentationSpecDotnetEnvValueFromSecretKeyRef {
    /**
     * @schema InstrumentationSpecDotnetEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecDotnetEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecDotnetEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecDotnetEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDotnetEnvValueFromSecretKeyRef(obj: InstrumentationSpecDotnetEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource
 */
export interface InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource {
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource(obj: InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef
 */
export interface InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef {
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef(obj: InstrumentationSpecDotnetVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecResources
 */
export interface InstrumentationSpecDotnetVolumeClaimTemplateSpecResources {
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecDotnetVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDotnetVolumeClaimTemplateSpecResources(obj: InstrumentationSpecDotnetVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector
 */
export interface InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector {
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector(obj: InstrumentationSpecDotnetVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecEnvValueFromResourceFieldRefDivisor
 */
export declare class InstrumentationSpecEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): InstrumentationSpecEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema InstrumentationSpecGoEnvValueFromConfigMapKeyRef
 */
export interface InstrumentationSpecGoEnvValueFromConfigMapKeyRef {
    /**
     * @schema InstrumentationSpecGoEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecGoEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecGoEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecGoEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoEnvValueFromConfigMapKeyRef(obj: InstrumentationSpecGoEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoEnvValueFromFieldRef
 */
export interface InstrumentationSpecGoEnvValueFromFieldRef {
    /**
     * @schema InstrumentationSpecGoEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema InstrumentationSpecGoEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'InstrumentationSpecGoEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoEnvValueFromFieldRef(obj: InstrumentationSpecGoEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoEnvValueFromFileKeyRef
 */
export interface InstrumentationSpecGoEnvValueFromFileKeyRef {
    /**
     * @schema InstrumentationSpecGoEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecGoEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema InstrumentationSpecGoEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema InstrumentationSpecGoEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'InstrumentationSpecGoEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoEnvValueFromFileKeyRef(obj: InstrumentationSpecGoEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoEnvValueFromResourceFieldRef
 */
export interface InstrumentationSpecGoEnvValueFromResourceFieldRef {
    /**
     * @schema InstrumentationSpecGoEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema InstrumentationSpecGoEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: InstrumentationSpecGoEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema InstrumentationSpecGoEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'InstrumentationSpecGoEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoEnvValueFromResourceFieldRef(obj: InstrumentationSpecGoEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoEnvValueFromSecretKeyRef
 */
export interface InstrumentationSpecGoEnvValueFromSecretKeyRef {
    /**
     * @schema InstrumentationSpecGoEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecGoEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecGoEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecGoEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoEnvValueFromSecretKeyRef(obj: InstrumentationSpecGoEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoVolumeClaimTemplateSpecDataSource
 */
export interface InstrumentationSpecGoVolumeClaimTemplateSpecDataSource {
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'InstrumentationSpecGoVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoVolumeClaimTemplateSpecDataSource(obj: InstrumentationSpecGoVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef
 */
export interface InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef {
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef(obj: InstrumentationSpecGoVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoVolumeClaimTemplateSpecResources
 */
export interface InstrumentationSpecGoVolumeClaimTemplateSpecResources {
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: InstrumentationSpecGoVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: InstrumentationSpecGoVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecGoVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoVolumeClaimTemplateSpecResources(obj: InstrumentationSpecGoVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoVolumeClaimTemplateSpecSelector
 */
export interface InstrumentationSpecGoVolumeClaimTemplateSpecSelector {
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecGoVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoVolumeClaimTemplateSpecSelector(obj: InstrumentationSpecGoVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaEnvValueFromConfigMapKeyRef
 */
export interface InstrumentationSpecJavaEnvValueFromConfigMapKeyRef {
    /**
     * @schema InstrumentationSpecJavaEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecJavaEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecJavaEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecJavaEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJavaEnvValueFromConfigMapKeyRef(obj: InstrumentationSpecJavaEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaEnvValueFromFieldRef
 */
export interface InstrumentationSpecJavaEnvValueFromFieldRef {
    /**
     * @schema InstrumentationSpecJavaEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema InstrumentationSpecJavaEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'InstrumentationSpecJavaEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJavaEnvValueFromFieldRef(obj: InstrumentationSpecJavaEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaEnvValueFromFileKeyRef
 */
export interface InstrumentationSpecJavaEnvValueFromFileKeyRef {
    /**
     * @schema InstrumentationSpecJavaEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecJavaEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema InstrumentationSpecJavaEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema InstrumentationSpecJavaEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'InstrumentationSpecJavaEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJavaEnvValueFromFileKeyRef(obj: InstrumentationSpecJavaEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaEnvValueFromResourceFieldRef
 */
export interface InstrumentationSpecJavaEnvValueFromResourceFieldRef {
    /**
     * @schema InstrumentationSpecJavaEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema InstrumentationSpecJavaEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: InstrumentationSpecJavaEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema InstrumentationSpecJavaEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'InstrumentationSpecJavaEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJavaEnvValueFromResourceFieldRef(obj: InstrumentationSpecJavaEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaEnvValueFromSecretKeyRef
 */
export interface InstrumentationSpecJavaEnvValueFromSecretKeyRef {
    /**
     * @schema InstrumentationSpecJavaEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecJavaEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecJavaEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecJavaEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJavaEnvValueFromSecretKeyRef(obj: InstrumentationSpecJavaEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource
 */
export interface InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource {
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource(obj: InstrumentationSpecJavaVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef
 */
export interface InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef {
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef(obj: InstrumentationSpecJavaVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecResources
 */
export interface InstrumentationSpecJavaVolumeClaimTemplateSpecResources {
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecJavaVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJavaVolumeClaimTemplateSpecResources(obj: InstrumentationSpecJavaVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecSelector
 */
export interface InstrumentationSpecJavaVolumeClaimTemplateSpecSelector {
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecJavaVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJavaVolumeClaimTemplateSpecSelector(obj: InstrumentationSpecJavaVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef
 */
export interface InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef {
    /**
     * @schema InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef(obj: InstrumentationSpecNginxAttrsValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxAttrsValueFromFieldRef
 */
export interface InstrumentationSpecNginxAttrsValueFromFieldRef {
    /**
     * @schema InstrumentationSpecNginxAttrsValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema InstrumentationSpecNginxAttrsValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxAttrsValueFromFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxAttrsValueFromFieldRef(obj: InstrumentationSpecNginxAttrsValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxAttrsValueFromFileKeyRef
 */
export interface InstrumentationSpecNginxAttrsValueFromFileKeyRef {
    /**
     * @schema InstrumentationSpecNginxAttrsValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecNginxAttrsValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema InstrumentationSpecNginxAttrsValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema InstrumentationSpecNginxAttrsValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxAttrsValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxAttrsValueFromFileKeyRef(obj: InstrumentationSpecNginxAttrsValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxAttrsValueFromResourceFieldRef
 */
export interface InstrumentationSpecNginxAttrsValueFromResourceFieldRef {
    /**
     * @schema InstrumentationSpecNginxAttrsValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema InstrumentationSpecNginxAttrsValueFromResourceFieldRef#divisor
     */
    readonly divisor?: InstrumentationSpecNginxAttrsValueFromResourceFieldRefDivisor;
    /**
     * @schema InstrumentationSpecNginxAttrsValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxAttrsValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxAttrsValueFromResourceFieldRef(obj: InstrumentationSpecNginxAttrsValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxAttrsValueFromSecretKeyRef
 */
export interface InstrumentationSpecNginxAttrsValueFromSecretKeyRef {
    /**
     * @schema InstrumentationSpecNginxAttrsValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecNginxAttrsValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecNginxAttrsValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxAttrsValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxAttrsValueFromSecretKeyRef(obj: InstrumentationSpecNginxAttrsValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxEnvValueFromConfigMapKeyRef
 */
export interface InstrumentationSpecNginxEnvValueFromConfigMapKeyRef {
    /**
     * @schema InstrumentationSpecNginxEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecNginxEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecNginxEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxEnvValueFromConfigMapKeyRef(obj: InstrumentationSpecNginxEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxEnvValueFromFieldRef
 */
export interface InstrumentationSpecNginxEnvValueFromFieldRef {
    /**
     * @schema InstrumentationSpecNginxEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema InstrumentationSpecNginxEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxEnvValueFromFieldRef(obj: InstrumentationSpecNginxEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxEnvValueFromFileKeyRef
 */
export interface InstrumentationSpecNginxEnvValueFromFileKeyRef {
    /**
     * @schema InstrumentationSpecNginxEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecNginxEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema InstrumentationSpecNginxEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema InstrumentationSpecNginxEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxEnvValueFromFileKeyRef(obj: InstrumentationSpecNginxEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxEnvValueFromResourceFieldRef
 */
export interface InstrumentationSpecNginxEnvValueFromResourceFieldRef {
    /**
     * @schema InstrumentationSpecNginxEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema InstrumentationSpecNginxEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: InstrumentationSpecNginxEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema InstrumentationSpecNginxEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxEnvValueFromResourceFieldRef(obj: InstrumentationSpecNginxEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxEnvValueFromSecretKeyRef
 */
export interface InstrumentationSpecNginxEnvValueFromSecretKeyRef {
    /**
     * @schema InstrumentationSpecNginxEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecNginxEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecNginxEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxEnvValueFromSecretKeyRef(obj: InstrumentationSpecNginxEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource
 */
export interface InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource {
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource(obj: InstrumentationSpecNginxVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef
 */
export interface InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef {
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef(obj: InstrumentationSpecNginxVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecResources
 */
export interface InstrumentationSpecNginxVolumeClaimTemplateSpecResources {
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecNginxVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxVolumeClaimTemplateSpecResources(obj: InstrumentationSpecNginxVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecSelector
 */
export interface InstrumentationSpecNginxVolumeClaimTemplateSpecSelector {
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecNginxVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxVolumeClaimTemplateSpecSelector(obj: InstrumentationSpecNginxVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef
 */
export interface InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef {
    /**
     * @schema InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef(obj: InstrumentationSpecNodejsEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNodejsEnvValueFromFieldRef
 */
export interface InstrumentationSpecNodejsEnvValueFromFieldRef {
    /**
     * @schema InstrumentationSpecNodejsEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema InstrumentationSpecNodejsEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNodejsEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNodejsEnvValueFromFieldRef(obj: InstrumentationSpecNodejsEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNodejsEnvValueFromFileKeyRef
 */
export interface InstrumentationSpecNodejsEnvValueFromFileKeyRef {
    /**
     * @schema InstrumentationSpecNodejsEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecNodejsEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema InstrumentationSpecNodejsEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema InstrumentationSpecNodejsEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNodejsEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNodejsEnvValueFromFileKeyRef(obj: InstrumentationSpecNodejsEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNodejsEnvValueFromResourceFieldRef
 */
export interface InstrumentationSpecNodejsEnvValueFromResourceFieldRef {
    /**
     * @schema InstrumentationSpecNodejsEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema InstrumentationSpecNodejsEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: InstrumentationSpecNodejsEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema InstrumentationSpecNodejsEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNodejsEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNodejsEnvValueFromResourceFieldRef(obj: InstrumentationSpecNodejsEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNodejsEnvValueFromSecretKeyRef
 */
export interface InstrumentationSpecNodejsEnvValueFromSecretKeyRef {
    /**
     * @schema InstrumentationSpecNodejsEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecNodejsEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecNodejsEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecNodejsEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNodejsEnvValueFromSecretKeyRef(obj: InstrumentationSpecNodejsEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource
 */
export interface InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource {
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource(obj: InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef
 */
export interface InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef {
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef(obj: InstrumentationSpecNodejsVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecResources
 */
export interface InstrumentationSpecNodejsVolumeClaimTemplateSpecResources {
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecNodejsVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNodejsVolumeClaimTemplateSpecResources(obj: InstrumentationSpecNodejsVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector
 */
export interface InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector {
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector(obj: InstrumentationSpecNodejsVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecPythonEnvValueFromConfigMapKeyRef
 */
export interface InstrumentationSpecPythonEnvValueFromConfigMapKeyRef {
    /**
     * @schema InstrumentationSpecPythonEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecPythonEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecPythonEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecPythonEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecPythonEnvValueFromConfigMapKeyRef(obj: InstrumentationSpecPythonEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecPythonEnvValueFromFieldRef
 */
export interface InstrumentationSpecPythonEnvValueFromFieldRef {
    /**
     * @schema InstrumentationSpecPythonEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema InstrumentationSpecPythonEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'InstrumentationSpecPythonEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecPythonEnvValueFromFieldRef(obj: InstrumentationSpecPythonEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecPythonEnvValueFromFileKeyRef
 */
export interface InstrumentationSpecPythonEnvValueFromFileKeyRef {
    /**
     * @schema InstrumentationSpecPythonEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecPythonEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema InstrumentationSpecPythonEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema InstrumentationSpecPythonEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'InstrumentationSpecPythonEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecPythonEnvValueFromFileKeyRef(obj: InstrumentationSpecPythonEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecPythonEnvValueFromResourceFieldRef
 */
export interface InstrumentationSpecPythonEnvValueFromResourceFieldRef {
    /**
     * @schema InstrumentationSpecPythonEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema InstrumentationSpecPythonEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: InstrumentationSpecPythonEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema InstrumentationSpecPythonEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'InstrumentationSpecPythonEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecPythonEnvValueFromResourceFieldRef(obj: InstrumentationSpecPythonEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecPythonEnvValueFromSecretKeyRef
 */
export interface InstrumentationSpecPythonEnvValueFromSecretKeyRef {
    /**
     * @schema InstrumentationSpecPythonEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecPythonEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema InstrumentationSpecPythonEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'InstrumentationSpecPythonEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecPythonEnvValueFromSecretKeyRef(obj: InstrumentationSpecPythonEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource
 */
export interface InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource {
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource(obj: InstrumentationSpecPythonVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef
 */
export interface InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef {
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef(obj: InstrumentationSpecPythonVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecResources
 */
export interface InstrumentationSpecPythonVolumeClaimTemplateSpecResources {
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecPythonVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_InstrumentationSpecPythonVolumeClaimTemplateSpecResources(obj: InstrumentationSpecPythonVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecSelector
 */
export interface InstrumentationSpecPythonVolumeClaimTemplateSpecSelector {
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'InstrumentationSpecPythonVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_InstrumentationSpecPythonVolumeClaimTemplateSpecSelector(obj: InstrumentationSpecPythonVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRefDivisor
 */
export declare class InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRefDivisor;
    static fromString(value: string): InstrumentationSpecApacheHttpdAttrsValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRefDivisor
 */
export declare class InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): InstrumentationSpecApacheHttpdEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesLimits
 */
export declare class InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesRequests
 */
export declare class InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions(obj: InstrumentationSpecApacheHttpdVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecDotnetEnvValueFromResourceFieldRefDivisor
 */
export declare class InstrumentationSpecDotnetEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecDotnetEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): InstrumentationSpecDotnetEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesLimits
 */
export declare class InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesRequests
 */
export declare class InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): InstrumentationSpecDotnetVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions(obj: InstrumentationSpecDotnetVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecGoEnvValueFromResourceFieldRefDivisor
 */
export declare class InstrumentationSpecGoEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecGoEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): InstrumentationSpecGoEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema InstrumentationSpecGoVolumeClaimTemplateSpecResourcesLimits
 */
export declare class InstrumentationSpecGoVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecGoVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): InstrumentationSpecGoVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema InstrumentationSpecGoVolumeClaimTemplateSpecResourcesRequests
 */
export declare class InstrumentationSpecGoVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecGoVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): InstrumentationSpecGoVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * @schema InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions(obj: InstrumentationSpecGoVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecJavaEnvValueFromResourceFieldRefDivisor
 */
export declare class InstrumentationSpecJavaEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecJavaEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): InstrumentationSpecJavaEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesLimits
 */
export declare class InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesRequests
 */
export declare class InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): InstrumentationSpecJavaVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions(obj: InstrumentationSpecJavaVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNginxAttrsValueFromResourceFieldRefDivisor
 */
export declare class InstrumentationSpecNginxAttrsValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecNginxAttrsValueFromResourceFieldRefDivisor;
    static fromString(value: string): InstrumentationSpecNginxAttrsValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema InstrumentationSpecNginxEnvValueFromResourceFieldRefDivisor
 */
export declare class InstrumentationSpecNginxEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecNginxEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): InstrumentationSpecNginxEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesLimits
 */
export declare class InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesRequests
 */
export declare class InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): InstrumentationSpecNginxVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions(obj: InstrumentationSpecNginxVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecNodejsEnvValueFromResourceFieldRefDivisor
 */
export declare class InstrumentationSpecNodejsEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecNodejsEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): InstrumentationSpecNodejsEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesLimits
 */
export declare class InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesRequests
 */
export declare class InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): InstrumentationSpecNodejsVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions(obj: InstrumentationSpecNodejsVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema InstrumentationSpecPythonEnvValueFromResourceFieldRefDivisor
 */
export declare class InstrumentationSpecPythonEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecPythonEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): InstrumentationSpecPythonEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesLimits
 */
export declare class InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesRequests
 */
export declare class InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): InstrumentationSpecPythonVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions(obj: InstrumentationSpecPythonVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
