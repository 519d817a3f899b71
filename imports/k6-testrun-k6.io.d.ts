import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema TestRun
 */
export declare class TestRun extends ApiObject {
    /**
     * Returns the apiVersion and kind for "TestRun"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "TestRun".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: TestRunProps): any;
    /**
     * Defines a "TestRun" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: TestRunProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema TestRun
 */
export interface TestRunProps {
    /**
     * @schema TestRun#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema TestRun#spec
     */
    readonly spec?: TestRunSpec;
}
/**
 * Converts an object of type 'TestRunProps' to JSON representation.
 */
export declare function toJson_TestRunProps(obj: TestRunProps | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpec
 */
export interface TestRunSpec {
    /**
     * @schema TestRunSpec#args
     */
    readonly args?: string[];
    /**
     * @schema TestRunSpec#arguments
     */
    readonly arguments?: string;
    /**
     * @schema TestRunSpec#cleanup
     */
    readonly cleanup?: TestRunSpecCleanup;
    /**
     * @schema TestRunSpec#initializer
     */
    readonly initializer?: TestRunSpecInitializer;
    /**
     * @schema TestRunSpec#parallelism
     */
    readonly parallelism: number;
    /**
     * @schema TestRunSpec#paused
     */
    readonly paused?: string;
    /**
     * @schema TestRunSpec#ports
     */
    readonly ports?: TestRunSpecPorts[];
    /**
     * @schema TestRunSpec#quiet
     */
    readonly quiet?: string;
    /**
     * @schema TestRunSpec#runner
     */
    readonly runner?: TestRunSpecRunner;
    /**
     * @schema TestRunSpec#script
     */
    readonly script: TestRunSpecScript;
    /**
     * @schema TestRunSpec#scuttle
     */
    readonly scuttle?: TestRunSpecScuttle;
    /**
     * @schema TestRunSpec#separate
     */
    readonly separate?: boolean;
    /**
     * @schema TestRunSpec#starter
     */
    readonly starter?: TestRunSpecStarter;
    /**
     * @schema TestRunSpec#testRunId
     */
    readonly testRunId?: string;
    /**
     * @schema TestRunSpec#token
     */
    readonly token?: string;
}
/**
 * Converts an object of type 'TestRunSpec' to JSON representation.
 */
export declare function toJson_TestRunSpec(obj: TestRunSpec | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecCleanup
 */
export declare enum TestRunSpecCleanup {
    /** post */
    POST = "post"
}
/**
 * @schema TestRunSpecInitializer
 */
export interface TestRunSpecInitializer {
    /**
     * @schema TestRunSpecInitializer#affinity
     */
    readonly affinity?: TestRunSpecInitializerAffinity;
    /**
     * @schema TestRunSpecInitializer#automountServiceAccountToken
     */
    readonly automountServiceAccountToken?: string;
    /**
     * @schema TestRunSpecInitializer#containerSecurityContext
     */
    readonly containerSecurityContext?: TestRunSpecInitializerContainerSecurityContext;
    /**
     * @schema TestRunSpecInitializer#disabled
     */
    readonly disabled?: boolean;
    /**
     * @schema TestRunSpecInitializer#env
     */
    readonly env?: TestRunSpecInitializerEnv[];
    /**
     * @schema TestRunSpecInitializer#envFrom
     */
    readonly envFrom?: TestRunSpecInitializerEnvFrom[];
    /**
     * @schema TestRunSpecInitializer#image
     */
    readonly image?: string;
    /**
     * @schema TestRunSpecInitializer#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema TestRunSpecInitializer#imagePullSecrets
     */
    readonly imagePullSecrets?: TestRunSpecInitializerImagePullSecrets[];
    /**
     * @schema TestRunSpecInitializer#initContainers
     */
    readonly initContainers?: TestRunSpecInitializerInitContainers[];
    /**
     * @schema TestRunSpecInitializer#livenessProbe
     */
    readonly livenessProbe?: TestRunSpecInitializerLivenessProbe;
    /**
     * @schema TestRunSpecInitializer#metadata
     */
    readonly metadata?: TestRunSpecInitializerMetadata;
    /**
     * @schema TestRunSpecInitializer#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * @schema TestRunSpecInitializer#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * @schema TestRunSpecInitializer#readinessProbe
     */
    readonly readinessProbe?: TestRunSpecInitializerReadinessProbe;
    /**
     * @schema TestRunSpecInitializer#resources
     */
    readonly resources?: TestRunSpecInitializerResources;
    /**
     * @schema TestRunSpecInitializer#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * @schema TestRunSpecInitializer#securityContext
     */
    readonly securityContext?: TestRunSpecInitializerSecurityContext;
    /**
     * @schema TestRunSpecInitializer#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * @schema TestRunSpecInitializer#tolerations
     */
    readonly tolerations?: TestRunSpecInitializerTolerations[];
    /**
     * @schema TestRunSpecInitializer#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: TestRunSpecInitializerTopologySpreadConstraints[];
    /**
     * @schema TestRunSpecInitializer#volumeMounts
     */
    readonly volumeMounts?: TestRunSpecInitializerVolumeMounts[];
    /**
     * @schema TestRunSpecInitializer#volumes
     */
    readonly volumes?: TestRunSpecInitializerVolumes[];
}
/**
 * Converts an object of type 'TestRunSpecInitializer' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializer(obj: TestRunSpecInitializer | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecPorts
 */
export interface TestRunSpecPorts {
    /**
     * @schema TestRunSpecPorts#containerPort
     */
    readonly containerPort: number;
    /**
     * @schema TestRunSpecPorts#hostIP
     */
    readonly hostIp?: string;
    /**
     * @schema TestRunSpecPorts#hostPort
     */
    readonly hostPort?: number;
    /**
     * @schema TestRunSpecPorts#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecPorts#protocol
     */
    readonly protocol?: string;
}
/**
 * Converts an object of type 'TestRunSpecPorts' to JSON representation.
 */
export declare function toJson_TestRunSpecPorts(obj: TestRunSpecPorts | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunner
 */
export interface TestRunSpecRunner {
    /**
     * @schema TestRunSpecRunner#affinity
     */
    readonly affinity?: TestRunSpecRunnerAffinity;
    /**
     * @schema TestRunSpecRunner#automountServiceAccountToken
     */
    readonly automountServiceAccountToken?: string;
    /**
     * @schema TestRunSpecRunner#containerSecurityContext
     */
    readonly containerSecurityContext?: TestRunSpecRunnerContainerSecurityContext;
    /**
     * @schema TestRunSpecRunner#disabled
     */
    readonly disabled?: boolean;
    /**
     * @schema TestRunSpecRunner#env
     */
    readonly env?: TestRunSpecRunnerEnv[];
    /**
     * @schema TestRunSpecRunner#envFrom
     */
    readonly envFrom?: TestRunSpecRunnerEnvFrom[];
    /**
     * @schema TestRunSpecRunner#image
     */
    readonly image?: string;
    /**
     * @schema TestRunSpecRunner#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema TestRunSpecRunner#imagePullSecrets
     */
    readonly imagePullSecrets?: TestRunSpecRunnerImagePullSecrets[];
    /**
     * @schema TestRunSpecRunner#initContainers
     */
    readonly initContainers?: TestRunSpecRunnerInitContainers[];
    /**
     * @schema TestRunSpecRunner#livenessProbe
     */
    readonly livenessProbe?: TestRunSpecRunnerLivenessProbe;
    /**
     * @schema TestRunSpecRunner#metadata
     */
    readonly metadata?: TestRunSpecRunnerMetadata;
    /**
     * @schema TestRunSpecRunner#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * @schema TestRunSpecRunner#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * @schema TestRunSpecRunner#readinessProbe
     */
    readonly readinessProbe?: TestRunSpecRunnerReadinessProbe;
    /**
     * @schema TestRunSpecRunner#resources
     */
    readonly resources?: TestRunSpecRunnerResources;
    /**
     * @schema TestRunSpecRunner#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * @schema TestRunSpecRunner#securityContext
     */
    readonly securityContext?: TestRunSpecRunnerSecurityContext;
    /**
     * @schema TestRunSpecRunner#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * @schema TestRunSpecRunner#tolerations
     */
    readonly tolerations?: TestRunSpecRunnerTolerations[];
    /**
     * @schema TestRunSpecRunner#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: TestRunSpecRunnerTopologySpreadConstraints[];
    /**
     * @schema TestRunSpecRunner#volumeMounts
     */
    readonly volumeMounts?: TestRunSpecRunnerVolumeMounts[];
    /**
     * @schema TestRunSpecRunner#volumes
     */
    readonly volumes?: TestRunSpecRunnerVolumes[];
}
/**
 * Converts an object of type 'TestRunSpecRunner' to JSON representation.
 */
export declare function toJson_TestRunSpecRunner(obj: TestRunSpecRunner | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecScript
 */
export interface TestRunSpecScript {
    /**
     * @schema TestRunSpecScript#configMap
     */
    readonly configMap?: TestRunSpecScriptConfigMap;
    /**
     * @schema TestRunSpecScript#localFile
     */
    readonly localFile?: string;
    /**
     * @schema TestRunSpecScript#volumeClaim
     */
    readonly volumeClaim?: TestRunSpecScriptVolumeClaim;
}
/**
 * Converts an object of type 'TestRunSpecScript' to JSON representation.
 */
export declare function toJson_TestRunSpecScript(obj: TestRunSpecScript | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecScuttle
 */
export interface TestRunSpecScuttle {
    /**
     * @schema TestRunSpecScuttle#disableLogging
     */
    readonly disableLogging?: boolean;
    /**
     * @schema TestRunSpecScuttle#enabled
     */
    readonly enabled?: string;
    /**
     * @schema TestRunSpecScuttle#envoyAdminApi
     */
    readonly envoyAdminApi?: string;
    /**
     * @schema TestRunSpecScuttle#genericQuitEndpoint
     */
    readonly genericQuitEndpoint?: string;
    /**
     * @schema TestRunSpecScuttle#istioQuitApi
     */
    readonly istioQuitApi?: string;
    /**
     * @schema TestRunSpecScuttle#neverKillIstio
     */
    readonly neverKillIstio?: boolean;
    /**
     * @schema TestRunSpecScuttle#neverKillIstioOnFailure
     */
    readonly neverKillIstioOnFailure?: boolean;
    /**
     * @schema TestRunSpecScuttle#quitWithoutEnvoyTimeout
     */
    readonly quitWithoutEnvoyTimeout?: string;
    /**
     * @schema TestRunSpecScuttle#startWithoutEnvoy
     */
    readonly startWithoutEnvoy?: boolean;
    /**
     * @schema TestRunSpecScuttle#waitForEnvoyTimeout
     */
    readonly waitForEnvoyTimeout?: string;
}
/**
 * Converts an object of type 'TestRunSpecScuttle' to JSON representation.
 */
export declare function toJson_TestRunSpecScuttle(obj: TestRunSpecScuttle | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarter
 */
export interface TestRunSpecStarter {
    /**
     * @schema TestRunSpecStarter#affinity
     */
    readonly affinity?: TestRunSpecStarterAffinity;
    /**
     * @schema TestRunSpecStarter#automountServiceAccountToken
     */
    readonly automountServiceAccountToken?: string;
    /**
     * @schema TestRunSpecStarter#containerSecurityContext
     */
    readonly containerSecurityContext?: TestRunSpecStarterContainerSecurityContext;
    /**
     * @schema TestRunSpecStarter#disabled
     */
    readonly disabled?: boolean;
    /**
     * @schema TestRunSpecStarter#env
     */
    readonly env?: TestRunSpecStarterEnv[];
    /**
     * @schema TestRunSpecStarter#envFrom
     */
    readonly envFrom?: TestRunSpecStarterEnvFrom[];
    /**
     * @schema TestRunSpecStarter#image
     */
    readonly image?: string;
    /**
     * @schema TestRunSpecStarter#imagePullPolicy
     */
    readonly imagePullPolicy?: string;
    /**
     * @schema TestRunSpecStarter#imagePullSecrets
     */
    readonly imagePullSecrets?: TestRunSpecStarterImagePullSecrets[];
    /**
     * @schema TestRunSpecStarter#initContainers
     */
    readonly initContainers?: TestRunSpecStarterInitContainers[];
    /**
     * @schema TestRunSpecStarter#livenessProbe
     */
    readonly livenessProbe?: TestRunSpecStarterLivenessProbe;
    /**
     * @schema TestRunSpecStarter#metadata
     */
    readonly metadata?: TestRunSpecStarterMetadata;
    /**
     * @schema TestRunSpecStarter#nodeSelector
     */
    readonly nodeSelector?: {
        [key: string]: string;
    };
    /**
     * @schema TestRunSpecStarter#priorityClassName
     */
    readonly priorityClassName?: string;
    /**
     * @schema TestRunSpecStarter#readinessProbe
     */
    readonly readinessProbe?: TestRunSpecStarterReadinessProbe;
    /**
     * @schema TestRunSpecStarter#resources
     */
    readonly resources?: TestRunSpecStarterResources;
    /**
     * @schema TestRunSpecStarter#schedulerName
     */
    readonly schedulerName?: string;
    /**
     * @schema TestRunSpecStarter#securityContext
     */
    readonly securityContext?: TestRunSpecStarterSecurityContext;
    /**
     * @schema TestRunSpecStarter#serviceAccountName
     */
    readonly serviceAccountName?: string;
    /**
     * @schema TestRunSpecStarter#tolerations
     */
    readonly tolerations?: TestRunSpecStarterTolerations[];
    /**
     * @schema TestRunSpecStarter#topologySpreadConstraints
     */
    readonly topologySpreadConstraints?: TestRunSpecStarterTopologySpreadConstraints[];
    /**
     * @schema TestRunSpecStarter#volumeMounts
     */
    readonly volumeMounts?: TestRunSpecStarterVolumeMounts[];
    /**
     * @schema TestRunSpecStarter#volumes
     */
    readonly volumes?: TestRunSpecStarterVolumes[];
}
/**
 * Converts an object of type 'TestRunSpecStarter' to JSON representation.
 */
export declare function toJson_TestRunSpecStarter(obj: TestRunSpecStarter | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinity
 */
export interface TestRunSpecInitializerAffinity {
    /**
     * @schema TestRunSpecInitializerAffinity#nodeAffinity
     */
    readonly nodeAffinity?: TestRunSpecInitializerAffinityNodeAffinity;
    /**
     * @schema TestRunSpecInitializerAffinity#podAffinity
     */
    readonly podAffinity?: TestRunSpecInitializerAffinityPodAffinity;
    /**
     * @schema TestRunSpecInitializerAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: TestRunSpecInitializerAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinity' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinity(obj: TestRunSpecInitializerAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerContainerSecurityContext
 */
export interface TestRunSpecInitializerContainerSecurityContext {
    /**
     * @schema TestRunSpecInitializerContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: TestRunSpecInitializerContainerSecurityContextAppArmorProfile;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContext#capabilities
     */
    readonly capabilities?: TestRunSpecInitializerContainerSecurityContextCapabilities;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: TestRunSpecInitializerContainerSecurityContextSeLinuxOptions;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: TestRunSpecInitializerContainerSecurityContextSeccompProfile;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: TestRunSpecInitializerContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'TestRunSpecInitializerContainerSecurityContext' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerContainerSecurityContext(obj: TestRunSpecInitializerContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerEnv
 */
export interface TestRunSpecInitializerEnv {
    /**
     * @schema TestRunSpecInitializerEnv#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecInitializerEnv#value
     */
    readonly value?: string;
    /**
     * @schema TestRunSpecInitializerEnv#valueFrom
     */
    readonly valueFrom?: TestRunSpecInitializerEnvValueFrom;
}
/**
 * Converts an object of type 'TestRunSpecInitializerEnv' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerEnv(obj: TestRunSpecInitializerEnv | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerEnvFrom
 */
export interface TestRunSpecInitializerEnvFrom {
    /**
     * @schema TestRunSpecInitializerEnvFrom#configMapRef
     */
    readonly configMapRef?: TestRunSpecInitializerEnvFromConfigMapRef;
    /**
     * @schema TestRunSpecInitializerEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema TestRunSpecInitializerEnvFrom#secretRef
     */
    readonly secretRef?: TestRunSpecInitializerEnvFromSecretRef;
}
/**
 * Converts an object of type 'TestRunSpecInitializerEnvFrom' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerEnvFrom(obj: TestRunSpecInitializerEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerImagePullSecrets
 */
export interface TestRunSpecInitializerImagePullSecrets {
    /**
     * @schema TestRunSpecInitializerImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerImagePullSecrets' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerImagePullSecrets(obj: TestRunSpecInitializerImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerInitContainers
 */
export interface TestRunSpecInitializerInitContainers {
    /**
     * @schema TestRunSpecInitializerInitContainers#args
     */
    readonly args?: string[];
    /**
     * @schema TestRunSpecInitializerInitContainers#command
     */
    readonly command?: string[];
    /**
     * @schema TestRunSpecInitializerInitContainers#env
     */
    readonly env?: TestRunSpecInitializerInitContainersEnv[];
    /**
     * @schema TestRunSpecInitializerInitContainers#envFrom
     */
    readonly envFrom?: TestRunSpecInitializerInitContainersEnvFrom[];
    /**
     * @schema TestRunSpecInitializerInitContainers#image
     */
    readonly image?: string;
    /**
     * @schema TestRunSpecInitializerInitContainers#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecInitializerInitContainers#resources
     */
    readonly resources?: TestRunSpecInitializerInitContainersResources;
    /**
     * @schema TestRunSpecInitializerInitContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema TestRunSpecInitializerInitContainers#volumeMounts
     */
    readonly volumeMounts?: TestRunSpecInitializerInitContainersVolumeMounts[];
    /**
     * @schema TestRunSpecInitializerInitContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerInitContainers' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerInitContainers(obj: TestRunSpecInitializerInitContainers | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerLivenessProbe
 */
export interface TestRunSpecInitializerLivenessProbe {
    /**
     * @schema TestRunSpecInitializerLivenessProbe#exec
     */
    readonly exec?: TestRunSpecInitializerLivenessProbeExec;
    /**
     * @schema TestRunSpecInitializerLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema TestRunSpecInitializerLivenessProbe#grpc
     */
    readonly grpc?: TestRunSpecInitializerLivenessProbeGrpc;
    /**
     * @schema TestRunSpecInitializerLivenessProbe#httpGet
     */
    readonly httpGet?: TestRunSpecInitializerLivenessProbeHttpGet;
    /**
     * @schema TestRunSpecInitializerLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema TestRunSpecInitializerLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema TestRunSpecInitializerLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema TestRunSpecInitializerLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: TestRunSpecInitializerLivenessProbeTcpSocket;
    /**
     * @schema TestRunSpecInitializerLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema TestRunSpecInitializerLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'TestRunSpecInitializerLivenessProbe' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerLivenessProbe(obj: TestRunSpecInitializerLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerMetadata
 */
export interface TestRunSpecInitializerMetadata {
    /**
     * @schema TestRunSpecInitializerMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema TestRunSpecInitializerMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecInitializerMetadata' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerMetadata(obj: TestRunSpecInitializerMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerReadinessProbe
 */
export interface TestRunSpecInitializerReadinessProbe {
    /**
     * @schema TestRunSpecInitializerReadinessProbe#exec
     */
    readonly exec?: TestRunSpecInitializerReadinessProbeExec;
    /**
     * @schema TestRunSpecInitializerReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema TestRunSpecInitializerReadinessProbe#grpc
     */
    readonly grpc?: TestRunSpecInitializerReadinessProbeGrpc;
    /**
     * @schema TestRunSpecInitializerReadinessProbe#httpGet
     */
    readonly httpGet?: TestRunSpecInitializerReadinessProbeHttpGet;
    /**
     * @schema TestRunSpecInitializerReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema TestRunSpecInitializerReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema TestRunSpecInitializerReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema TestRunSpecInitializerReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: TestRunSpecInitializerReadinessProbeTcpSocket;
    /**
     * @schema TestRunSpecInitializerReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema TestRunSpecInitializerReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'TestRunSpecInitializerReadinessProbe' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerReadinessProbe(obj: TestRunSpecInitializerReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerResources
 */
export interface TestRunSpecInitializerResources {
    /**
     * @schema TestRunSpecInitializerResources#claims
     */
    readonly claims?: TestRunSpecInitializerResourcesClaims[];
    /**
     * @schema TestRunSpecInitializerResources#limits
     */
    readonly limits?: {
        [key: string]: TestRunSpecInitializerResourcesLimits;
    };
    /**
     * @schema TestRunSpecInitializerResources#requests
     */
    readonly requests?: {
        [key: string]: TestRunSpecInitializerResourcesRequests;
    };
}
/**
 * Converts an object of type 'TestRunSpecInitializerResources' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerResources(obj: TestRunSpecInitializerResources | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerSecurityContext
 */
export interface TestRunSpecInitializerSecurityContext {
    /**
     * @schema TestRunSpecInitializerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: TestRunSpecInitializerSecurityContextAppArmorProfile;
    /**
     * @schema TestRunSpecInitializerSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema TestRunSpecInitializerSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema TestRunSpecInitializerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema TestRunSpecInitializerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema TestRunSpecInitializerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema TestRunSpecInitializerSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema TestRunSpecInitializerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: TestRunSpecInitializerSecurityContextSeLinuxOptions;
    /**
     * @schema TestRunSpecInitializerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: TestRunSpecInitializerSecurityContextSeccompProfile;
    /**
     * @schema TestRunSpecInitializerSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema TestRunSpecInitializerSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema TestRunSpecInitializerSecurityContext#sysctls
     */
    readonly sysctls?: TestRunSpecInitializerSecurityContextSysctls[];
    /**
     * @schema TestRunSpecInitializerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: TestRunSpecInitializerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'TestRunSpecInitializerSecurityContext' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerSecurityContext(obj: TestRunSpecInitializerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerTolerations
 */
export interface TestRunSpecInitializerTolerations {
    /**
     * @schema TestRunSpecInitializerTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema TestRunSpecInitializerTolerations#key
     */
    readonly key?: string;
    /**
     * @schema TestRunSpecInitializerTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema TestRunSpecInitializerTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema TestRunSpecInitializerTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerTolerations' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerTolerations(obj: TestRunSpecInitializerTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerTopologySpreadConstraints
 */
export interface TestRunSpecInitializerTopologySpreadConstraints {
    /**
     * @schema TestRunSpecInitializerTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: TestRunSpecInitializerTopologySpreadConstraintsLabelSelector;
    /**
     * @schema TestRunSpecInitializerTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema TestRunSpecInitializerTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew: number;
    /**
     * @schema TestRunSpecInitializerTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema TestRunSpecInitializerTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema TestRunSpecInitializerTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema TestRunSpecInitializerTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey: string;
    /**
     * @schema TestRunSpecInitializerTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerTopologySpreadConstraints(obj: TestRunSpecInitializerTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumeMounts
 */
export interface TestRunSpecInitializerVolumeMounts {
    /**
     * @schema TestRunSpecInitializerVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema TestRunSpecInitializerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema TestRunSpecInitializerVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecInitializerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema TestRunSpecInitializerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema TestRunSpecInitializerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumeMounts' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumeMounts(obj: TestRunSpecInitializerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumes
 */
export interface TestRunSpecInitializerVolumes {
    /**
     * @schema TestRunSpecInitializerVolumes#awsElasticBlockStore
     */
    readonly awsElasticBlockStore?: TestRunSpecInitializerVolumesAwsElasticBlockStore;
    /**
     * @schema TestRunSpecInitializerVolumes#azureDisk
     */
    readonly azureDisk?: TestRunSpecInitializerVolumesAzureDisk;
    /**
     * @schema TestRunSpecInitializerVolumes#azureFile
     */
    readonly azureFile?: TestRunSpecInitializerVolumesAzureFile;
    /**
     * @schema TestRunSpecInitializerVolumes#cephfs
     */
    readonly cephfs?: TestRunSpecInitializerVolumesCephfs;
    /**
     * @schema TestRunSpecInitializerVolumes#cinder
     */
    readonly cinder?: TestRunSpecInitializerVolumesCinder;
    /**
     * @schema TestRunSpecInitializerVolumes#configMap
     */
    readonly configMap?: TestRunSpecInitializerVolumesConfigMap;
    /**
     * @schema TestRunSpecInitializerVolumes#csi
     */
    readonly csi?: TestRunSpecInitializerVolumesCsi;
    /**
     * @schema TestRunSpecInitializerVolumes#downwardAPI
     */
    readonly downwardApi?: TestRunSpecInitializerVolumesDownwardApi;
    /**
     * @schema TestRunSpecInitializerVolumes#emptyDir
     */
    readonly emptyDir?: TestRunSpecInitializerVolumesEmptyDir;
    /**
     * @schema TestRunSpecInitializerVolumes#ephemeral
     */
    readonly ephemeral?: TestRunSpecInitializerVolumesEphemeral;
    /**
     * @schema TestRunSpecInitializerVolumes#fc
     */
    readonly fc?: TestRunSpecInitializerVolumesFc;
    /**
     * @schema TestRunSpecInitializerVolumes#flexVolume
     */
    readonly flexVolume?: TestRunSpecInitializerVolumesFlexVolume;
    /**
     * @schema TestRunSpecInitializerVolumes#flocker
     */
    readonly flocker?: TestRunSpecInitializerVolumesFlocker;
    /**
     * @schema TestRunSpecInitializerVolumes#gcePersistentDisk
     */
    readonly gcePersistentDisk?: TestRunSpecInitializerVolumesGcePersistentDisk;
    /**
     * @schema TestRunSpecInitializerVolumes#gitRepo
     */
    readonly gitRepo?: TestRunSpecInitializerVolumesGitRepo;
    /**
     * @schema TestRunSpecInitializerVolumes#glusterfs
     */
    readonly glusterfs?: TestRunSpecInitializerVolumesGlusterfs;
    /**
     * @schema TestRunSpecInitializerVolumes#hostPath
     */
    readonly hostPath?: TestRunSpecInitializerVolumesHostPath;
    /**
     * @schema TestRunSpecInitializerVolumes#image
     */
    readonly image?: TestRunSpecInitializerVolumesImage;
    /**
     * @schema TestRunSpecInitializerVolumes#iscsi
     */
    readonly iscsi?: TestRunSpecInitializerVolumesIscsi;
    /**
     * @schema TestRunSpecInitializerVolumes#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecInitializerVolumes#nfs
     */
    readonly nfs?: TestRunSpecInitializerVolumesNfs;
    /**
     * @schema TestRunSpecInitializerVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: TestRunSpecInitializerVolumesPersistentVolumeClaim;
    /**
     * @schema TestRunSpecInitializerVolumes#photonPersistentDisk
     */
    readonly photonPersistentDisk?: TestRunSpecInitializerVolumesPhotonPersistentDisk;
    /**
     * @schema TestRunSpecInitializerVolumes#portworxVolume
     */
    readonly portworxVolume?: TestRunSpecInitializerVolumesPortworxVolume;
    /**
     * @schema TestRunSpecInitializerVolumes#projected
     */
    readonly projected?: TestRunSpecInitializerVolumesProjected;
    /**
     * @schema TestRunSpecInitializerVolumes#quobyte
     */
    readonly quobyte?: TestRunSpecInitializerVolumesQuobyte;
    /**
     * @schema TestRunSpecInitializerVolumes#rbd
     */
    readonly rbd?: TestRunSpecInitializerVolumesRbd;
    /**
     * @schema TestRunSpecInitializerVolumes#scaleIO
     */
    readonly scaleIo?: TestRunSpecInitializerVolumesScaleIo;
    /**
     * @schema TestRunSpecInitializerVolumes#secret
     */
    readonly secret?: TestRunSpecInitializerVolumesSecret;
    /**
     * @schema TestRunSpecInitializerVolumes#storageos
     */
    readonly storageos?: TestRunSpecInitializerVolumesStorageos;
    /**
     * @schema TestRunSpecInitializerVolumes#vsphereVolume
     */
    readonly vsphereVolume?: TestRunSpecInitializerVolumesVsphereVolume;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumes' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumes(obj: TestRunSpecInitializerVolumes | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinity
 */
export interface TestRunSpecRunnerAffinity {
    /**
     * @schema TestRunSpecRunnerAffinity#nodeAffinity
     */
    readonly nodeAffinity?: TestRunSpecRunnerAffinityNodeAffinity;
    /**
     * @schema TestRunSpecRunnerAffinity#podAffinity
     */
    readonly podAffinity?: TestRunSpecRunnerAffinityPodAffinity;
    /**
     * @schema TestRunSpecRunnerAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: TestRunSpecRunnerAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinity' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinity(obj: TestRunSpecRunnerAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerContainerSecurityContext
 */
export interface TestRunSpecRunnerContainerSecurityContext {
    /**
     * @schema TestRunSpecRunnerContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: TestRunSpecRunnerContainerSecurityContextAppArmorProfile;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContext#capabilities
     */
    readonly capabilities?: TestRunSpecRunnerContainerSecurityContextCapabilities;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: TestRunSpecRunnerContainerSecurityContextSeLinuxOptions;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: TestRunSpecRunnerContainerSecurityContextSeccompProfile;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: TestRunSpecRunnerContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'TestRunSpecRunnerContainerSecurityContext' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerContainerSecurityContext(obj: TestRunSpecRunnerContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerEnv
 */
export interface TestRunSpecRunnerEnv {
    /**
     * @schema TestRunSpecRunnerEnv#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecRunnerEnv#value
     */
    readonly value?: string;
    /**
     * @schema TestRunSpecRunnerEnv#valueFrom
     */
    readonly valueFrom?: TestRunSpecRunnerEnvValueFrom;
}
/**
 * Converts an object of type 'TestRunSpecRunnerEnv' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerEnv(obj: TestRunSpecRunnerEnv | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerEnvFrom
 */
export interface TestRunSpecRunnerEnvFrom {
    /**
     * @schema TestRunSpecRunnerEnvFrom#configMapRef
     */
    readonly configMapRef?: TestRunSpecRunnerEnvFromConfigMapRef;
    /**
     * @schema TestRunSpecRunnerEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema TestRunSpecRunnerEnvFrom#secretRef
     */
    readonly secretRef?: TestRunSpecRunnerEnvFromSecretRef;
}
/**
 * Converts an object of type 'TestRunSpecRunnerEnvFrom' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerEnvFrom(obj: TestRunSpecRunnerEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerImagePullSecrets
 */
export interface TestRunSpecRunnerImagePullSecrets {
    /**
     * @schema TestRunSpecRunnerImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerImagePullSecrets' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerImagePullSecrets(obj: TestRunSpecRunnerImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerInitContainers
 */
export interface TestRunSpecRunnerInitContainers {
    /**
     * @schema TestRunSpecRunnerInitContainers#args
     */
    readonly args?: string[];
    /**
     * @schema TestRunSpecRunnerInitContainers#command
     */
    readonly command?: string[];
    /**
     * @schema TestRunSpecRunnerInitContainers#env
     */
    readonly env?: TestRunSpecRunnerInitContainersEnv[];
    /**
     * @schema TestRunSpecRunnerInitContainers#envFrom
     */
    readonly envFrom?: TestRunSpecRunnerInitContainersEnvFrom[];
    /**
     * @schema TestRunSpecRunnerInitContainers#image
     */
    readonly image?: string;
    /**
     * @schema TestRunSpecRunnerInitContainers#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecRunnerInitContainers#resources
     */
    readonly resources?: TestRunSpecRunnerInitContainersResources;
    /**
     * @schema TestRunSpecRunnerInitContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema TestRunSpecRunnerInitContainers#volumeMounts
     */
    readonly volumeMounts?: TestRunSpecRunnerInitContainersVolumeMounts[];
    /**
     * @schema TestRunSpecRunnerInitContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerInitContainers' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerInitContainers(obj: TestRunSpecRunnerInitContainers | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerLivenessProbe
 */
export interface TestRunSpecRunnerLivenessProbe {
    /**
     * @schema TestRunSpecRunnerLivenessProbe#exec
     */
    readonly exec?: TestRunSpecRunnerLivenessProbeExec;
    /**
     * @schema TestRunSpecRunnerLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema TestRunSpecRunnerLivenessProbe#grpc
     */
    readonly grpc?: TestRunSpecRunnerLivenessProbeGrpc;
    /**
     * @schema TestRunSpecRunnerLivenessProbe#httpGet
     */
    readonly httpGet?: TestRunSpecRunnerLivenessProbeHttpGet;
    /**
     * @schema TestRunSpecRunnerLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema TestRunSpecRunnerLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema TestRunSpecRunnerLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema TestRunSpecRunnerLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: TestRunSpecRunnerLivenessProbeTcpSocket;
    /**
     * @schema TestRunSpecRunnerLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema TestRunSpecRunnerLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'TestRunSpecRunnerLivenessProbe' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerLivenessProbe(obj: TestRunSpecRunnerLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerMetadata
 */
export interface TestRunSpecRunnerMetadata {
    /**
     * @schema TestRunSpecRunnerMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema TestRunSpecRunnerMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecRunnerMetadata' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerMetadata(obj: TestRunSpecRunnerMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerReadinessProbe
 */
export interface TestRunSpecRunnerReadinessProbe {
    /**
     * @schema TestRunSpecRunnerReadinessProbe#exec
     */
    readonly exec?: TestRunSpecRunnerReadinessProbeExec;
    /**
     * @schema TestRunSpecRunnerReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema TestRunSpecRunnerReadinessProbe#grpc
     */
    readonly grpc?: TestRunSpecRunnerReadinessProbeGrpc;
    /**
     * @schema TestRunSpecRunnerReadinessProbe#httpGet
     */
    readonly httpGet?: TestRunSpecRunnerReadinessProbeHttpGet;
    /**
     * @schema TestRunSpecRunnerReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema TestRunSpecRunnerReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema TestRunSpecRunnerReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema TestRunSpecRunnerReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: TestRunSpecRunnerReadinessProbeTcpSocket;
    /**
     * @schema TestRunSpecRunnerReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema TestRunSpecRunnerReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'TestRunSpecRunnerReadinessProbe' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerReadinessProbe(obj: TestRunSpecRunnerReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerResources
 */
export interface TestRunSpecRunnerResources {
    /**
     * @schema TestRunSpecRunnerResources#claims
     */
    readonly claims?: TestRunSpecRunnerResourcesClaims[];
    /**
     * @schema TestRunSpecRunnerResources#limits
     */
    readonly limits?: {
        [key: string]: TestRunSpecRunnerResourcesLimits;
    };
    /**
     * @schema TestRunSpecRunnerResources#requests
     */
    readonly requests?: {
        [key: string]: TestRunSpecRunnerResourcesRequests;
    };
}
/**
 * Converts an object of type 'TestRunSpecRunnerResources' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerResources(obj: TestRunSpecRunnerResources | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerSecurityContext
 */
export interface TestRunSpecRunnerSecurityContext {
    /**
     * @schema TestRunSpecRunnerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: TestRunSpecRunnerSecurityContextAppArmorProfile;
    /**
     * @schema TestRunSpecRunnerSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema TestRunSpecRunnerSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema TestRunSpecRunnerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema TestRunSpecRunnerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema TestRunSpecRunnerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema TestRunSpecRunnerSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema TestRunSpecRunnerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: TestRunSpecRunnerSecurityContextSeLinuxOptions;
    /**
     * @schema TestRunSpecRunnerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: TestRunSpecRunnerSecurityContextSeccompProfile;
    /**
     * @schema TestRunSpecRunnerSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema TestRunSpecRunnerSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema TestRunSpecRunnerSecurityContext#sysctls
     */
    readonly sysctls?: TestRunSpecRunnerSecurityContextSysctls[];
    /**
     * @schema TestRunSpecRunnerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: TestRunSpecRunnerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'TestRunSpecRunnerSecurityContext' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerSecurityContext(obj: TestRunSpecRunnerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerTolerations
 */
export interface TestRunSpecRunnerTolerations {
    /**
     * @schema TestRunSpecRunnerTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema TestRunSpecRunnerTolerations#key
     */
    readonly key?: string;
    /**
     * @schema TestRunSpecRunnerTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema TestRunSpecRunnerTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema TestRunSpecRunnerTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerTolerations' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerTolerations(obj: TestRunSpecRunnerTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerTopologySpreadConstraints
 */
export interface TestRunSpecRunnerTopologySpreadConstraints {
    /**
     * @schema TestRunSpecRunnerTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: TestRunSpecRunnerTopologySpreadConstraintsLabelSelector;
    /**
     * @schema TestRunSpecRunnerTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema TestRunSpecRunnerTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew: number;
    /**
     * @schema TestRunSpecRunnerTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema TestRunSpecRunnerTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema TestRunSpecRunnerTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema TestRunSpecRunnerTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey: string;
    /**
     * @schema TestRunSpecRunnerTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerTopologySpreadConstraints(obj: TestRunSpecRunnerTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumeMounts
 */
export interface TestRunSpecRunnerVolumeMounts {
    /**
     * @schema TestRunSpecRunnerVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema TestRunSpecRunnerVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema TestRunSpecRunnerVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecRunnerVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema TestRunSpecRunnerVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema TestRunSpecRunnerVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumeMounts' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumeMounts(obj: TestRunSpecRunnerVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumes
 */
export interface TestRunSpecRunnerVolumes {
    /**
     * @schema TestRunSpecRunnerVolumes#awsElasticBlockStore
     */
    readonly awsElasticBlockStore?: TestRunSpecRunnerVolumesAwsElasticBlockStore;
    /**
     * @schema TestRunSpecRunnerVolumes#azureDisk
     */
    readonly azureDisk?: TestRunSpecRunnerVolumesAzureDisk;
    /**
     * @schema TestRunSpecRunnerVolumes#azureFile
     */
    readonly azureFile?: TestRunSpecRunnerVolumesAzureFile;
    /**
     * @schema TestRunSpecRunnerVolumes#cephfs
     */
    readonly cephfs?: TestRunSpecRunnerVolumesCephfs;
    /**
     * @schema TestRunSpecRunnerVolumes#cinder
     */
    readonly cinder?: TestRunSpecRunnerVolumesCinder;
    /**
     * @schema TestRunSpecRunnerVolumes#configMap
     */
    readonly configMap?: TestRunSpecRunnerVolumesConfigMap;
    /**
     * @schema TestRunSpecRunnerVolumes#csi
     */
    readonly csi?: TestRunSpecRunnerVolumesCsi;
    /**
     * @schema TestRunSpecRunnerVolumes#downwardAPI
     */
    readonly downwardApi?: TestRunSpecRunnerVolumesDownwardApi;
    /**
     * @schema TestRunSpecRunnerVolumes#emptyDir
     */
    readonly emptyDir?: TestRunSpecRunnerVolumesEmptyDir;
    /**
     * @schema TestRunSpecRunnerVolumes#ephemeral
     */
    readonly ephemeral?: TestRunSpecRunnerVolumesEphemeral;
    /**
     * @schema TestRunSpecRunnerVolumes#fc
     */
    readonly fc?: TestRunSpecRunnerVolumesFc;
    /**
     * @schema TestRunSpecRunnerVolumes#flexVolume
     */
    readonly flexVolume?: TestRunSpecRunnerVolumesFlexVolume;
    /**
     * @schema TestRunSpecRunnerVolumes#flocker
     */
    readonly flocker?: TestRunSpecRunnerVolumesFlocker;
    /**
     * @schema TestRunSpecRunnerVolumes#gcePersistentDisk
     */
    readonly gcePersistentDisk?: TestRunSpecRunnerVolumesGcePersistentDisk;
    /**
     * @schema TestRunSpecRunnerVolumes#gitRepo
     */
    readonly gitRepo?: TestRunSpecRunnerVolumesGitRepo;
    /**
     * @schema TestRunSpecRunnerVolumes#glusterfs
     */
    readonly glusterfs?: TestRunSpecRunnerVolumesGlusterfs;
    /**
     * @schema TestRunSpecRunnerVolumes#hostPath
     */
    readonly hostPath?: TestRunSpecRunnerVolumesHostPath;
    /**
     * @schema TestRunSpecRunnerVolumes#image
     */
    readonly image?: TestRunSpecRunnerVolumesImage;
    /**
     * @schema TestRunSpecRunnerVolumes#iscsi
     */
    readonly iscsi?: TestRunSpecRunnerVolumesIscsi;
    /**
     * @schema TestRunSpecRunnerVolumes#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecRunnerVolumes#nfs
     */
    readonly nfs?: TestRunSpecRunnerVolumesNfs;
    /**
     * @schema TestRunSpecRunnerVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: TestRunSpecRunnerVolumesPersistentVolumeClaim;
    /**
     * @schema TestRunSpecRunnerVolumes#photonPersistentDisk
     */
    readonly photonPersistentDisk?: TestRunSpecRunnerVolumesPhotonPersistentDisk;
    /**
     * @schema TestRunSpecRunnerVolumes#portworxVolume
     */
    readonly portworxVolume?: TestRunSpecRunnerVolumesPortworxVolume;
    /**
     * @schema TestRunSpecRunnerVolumes#projected
     */
    readonly projected?: TestRunSpecRunnerVolumesProjected;
    /**
     * @schema TestRunSpecRunnerVolumes#quobyte
     */
    readonly quobyte?: TestRunSpecRunnerVolumesQuobyte;
    /**
     * @schema TestRunSpecRunnerVolumes#rbd
     */
    readonly rbd?: TestRunSpecRunnerVolumesRbd;
    /**
     * @schema TestRunSpecRunnerVolumes#scaleIO
     */
    readonly scaleIo?: TestRunSpecRunnerVolumesScaleIo;
    /**
     * @schema TestRunSpecRunnerVolumes#secret
     */
    readonly secret?: TestRunSpecRunnerVolumesSecret;
    /**
     * @schema TestRunSpecRunnerVolumes#storageos
     */
    readonly storageos?: TestRunSpecRunnerVolumesStorageos;
    /**
     * @schema TestRunSpecRunnerVolumes#vsphereVolume
     */
    readonly vsphereVolume?: TestRunSpecRunnerVolumesVsphereVolume;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumes' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumes(obj: TestRunSpecRunnerVolumes | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecScriptConfigMap
 */
export interface TestRunSpecScriptConfigMap {
    /**
     * @schema TestRunSpecScriptConfigMap#file
     */
    readonly file?: string;
    /**
     * @schema TestRunSpecScriptConfigMap#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TestRunSpecScriptConfigMap' to JSON representation.
 */
export declare function toJson_TestRunSpecScriptConfigMap(obj: TestRunSpecScriptConfigMap | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecScriptVolumeClaim
 */
export interface TestRunSpecScriptVolumeClaim {
    /**
     * @schema TestRunSpecScriptVolumeClaim#file
     */
    readonly file?: string;
    /**
     * @schema TestRunSpecScriptVolumeClaim#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecScriptVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecScriptVolumeClaim' to JSON representation.
 */
export declare function toJson_TestRunSpecScriptVolumeClaim(obj: TestRunSpecScriptVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinity
 */
export interface TestRunSpecStarterAffinity {
    /**
     * @schema TestRunSpecStarterAffinity#nodeAffinity
     */
    readonly nodeAffinity?: TestRunSpecStarterAffinityNodeAffinity;
    /**
     * @schema TestRunSpecStarterAffinity#podAffinity
     */
    readonly podAffinity?: TestRunSpecStarterAffinityPodAffinity;
    /**
     * @schema TestRunSpecStarterAffinity#podAntiAffinity
     */
    readonly podAntiAffinity?: TestRunSpecStarterAffinityPodAntiAffinity;
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinity' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinity(obj: TestRunSpecStarterAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterContainerSecurityContext
 */
export interface TestRunSpecStarterContainerSecurityContext {
    /**
     * @schema TestRunSpecStarterContainerSecurityContext#allowPrivilegeEscalation
     */
    readonly allowPrivilegeEscalation?: boolean;
    /**
     * @schema TestRunSpecStarterContainerSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: TestRunSpecStarterContainerSecurityContextAppArmorProfile;
    /**
     * @schema TestRunSpecStarterContainerSecurityContext#capabilities
     */
    readonly capabilities?: TestRunSpecStarterContainerSecurityContextCapabilities;
    /**
     * @schema TestRunSpecStarterContainerSecurityContext#privileged
     */
    readonly privileged?: boolean;
    /**
     * @schema TestRunSpecStarterContainerSecurityContext#procMount
     */
    readonly procMount?: string;
    /**
     * @schema TestRunSpecStarterContainerSecurityContext#readOnlyRootFilesystem
     */
    readonly readOnlyRootFilesystem?: boolean;
    /**
     * @schema TestRunSpecStarterContainerSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema TestRunSpecStarterContainerSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema TestRunSpecStarterContainerSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema TestRunSpecStarterContainerSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: TestRunSpecStarterContainerSecurityContextSeLinuxOptions;
    /**
     * @schema TestRunSpecStarterContainerSecurityContext#seccompProfile
     */
    readonly seccompProfile?: TestRunSpecStarterContainerSecurityContextSeccompProfile;
    /**
     * @schema TestRunSpecStarterContainerSecurityContext#windowsOptions
     */
    readonly windowsOptions?: TestRunSpecStarterContainerSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'TestRunSpecStarterContainerSecurityContext' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterContainerSecurityContext(obj: TestRunSpecStarterContainerSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterEnv
 */
export interface TestRunSpecStarterEnv {
    /**
     * @schema TestRunSpecStarterEnv#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecStarterEnv#value
     */
    readonly value?: string;
    /**
     * @schema TestRunSpecStarterEnv#valueFrom
     */
    readonly valueFrom?: TestRunSpecStarterEnvValueFrom;
}
/**
 * Converts an object of type 'TestRunSpecStarterEnv' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterEnv(obj: TestRunSpecStarterEnv | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterEnvFrom
 */
export interface TestRunSpecStarterEnvFrom {
    /**
     * @schema TestRunSpecStarterEnvFrom#configMapRef
     */
    readonly configMapRef?: TestRunSpecStarterEnvFromConfigMapRef;
    /**
     * @schema TestRunSpecStarterEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema TestRunSpecStarterEnvFrom#secretRef
     */
    readonly secretRef?: TestRunSpecStarterEnvFromSecretRef;
}
/**
 * Converts an object of type 'TestRunSpecStarterEnvFrom' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterEnvFrom(obj: TestRunSpecStarterEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterImagePullSecrets
 */
export interface TestRunSpecStarterImagePullSecrets {
    /**
     * @schema TestRunSpecStarterImagePullSecrets#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterImagePullSecrets' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterImagePullSecrets(obj: TestRunSpecStarterImagePullSecrets | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterInitContainers
 */
export interface TestRunSpecStarterInitContainers {
    /**
     * @schema TestRunSpecStarterInitContainers#args
     */
    readonly args?: string[];
    /**
     * @schema TestRunSpecStarterInitContainers#command
     */
    readonly command?: string[];
    /**
     * @schema TestRunSpecStarterInitContainers#env
     */
    readonly env?: TestRunSpecStarterInitContainersEnv[];
    /**
     * @schema TestRunSpecStarterInitContainers#envFrom
     */
    readonly envFrom?: TestRunSpecStarterInitContainersEnvFrom[];
    /**
     * @schema TestRunSpecStarterInitContainers#image
     */
    readonly image?: string;
    /**
     * @schema TestRunSpecStarterInitContainers#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecStarterInitContainers#resources
     */
    readonly resources?: TestRunSpecStarterInitContainersResources;
    /**
     * @schema TestRunSpecStarterInitContainers#restartPolicy
     */
    readonly restartPolicy?: string;
    /**
     * @schema TestRunSpecStarterInitContainers#volumeMounts
     */
    readonly volumeMounts?: TestRunSpecStarterInitContainersVolumeMounts[];
    /**
     * @schema TestRunSpecStarterInitContainers#workingDir
     */
    readonly workingDir?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterInitContainers' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterInitContainers(obj: TestRunSpecStarterInitContainers | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterLivenessProbe
 */
export interface TestRunSpecStarterLivenessProbe {
    /**
     * @schema TestRunSpecStarterLivenessProbe#exec
     */
    readonly exec?: TestRunSpecStarterLivenessProbeExec;
    /**
     * @schema TestRunSpecStarterLivenessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema TestRunSpecStarterLivenessProbe#grpc
     */
    readonly grpc?: TestRunSpecStarterLivenessProbeGrpc;
    /**
     * @schema TestRunSpecStarterLivenessProbe#httpGet
     */
    readonly httpGet?: TestRunSpecStarterLivenessProbeHttpGet;
    /**
     * @schema TestRunSpecStarterLivenessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema TestRunSpecStarterLivenessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema TestRunSpecStarterLivenessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema TestRunSpecStarterLivenessProbe#tcpSocket
     */
    readonly tcpSocket?: TestRunSpecStarterLivenessProbeTcpSocket;
    /**
     * @schema TestRunSpecStarterLivenessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema TestRunSpecStarterLivenessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'TestRunSpecStarterLivenessProbe' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterLivenessProbe(obj: TestRunSpecStarterLivenessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterMetadata
 */
export interface TestRunSpecStarterMetadata {
    /**
     * @schema TestRunSpecStarterMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * @schema TestRunSpecStarterMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecStarterMetadata' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterMetadata(obj: TestRunSpecStarterMetadata | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterReadinessProbe
 */
export interface TestRunSpecStarterReadinessProbe {
    /**
     * @schema TestRunSpecStarterReadinessProbe#exec
     */
    readonly exec?: TestRunSpecStarterReadinessProbeExec;
    /**
     * @schema TestRunSpecStarterReadinessProbe#failureThreshold
     */
    readonly failureThreshold?: number;
    /**
     * @schema TestRunSpecStarterReadinessProbe#grpc
     */
    readonly grpc?: TestRunSpecStarterReadinessProbeGrpc;
    /**
     * @schema TestRunSpecStarterReadinessProbe#httpGet
     */
    readonly httpGet?: TestRunSpecStarterReadinessProbeHttpGet;
    /**
     * @schema TestRunSpecStarterReadinessProbe#initialDelaySeconds
     */
    readonly initialDelaySeconds?: number;
    /**
     * @schema TestRunSpecStarterReadinessProbe#periodSeconds
     */
    readonly periodSeconds?: number;
    /**
     * @schema TestRunSpecStarterReadinessProbe#successThreshold
     */
    readonly successThreshold?: number;
    /**
     * @schema TestRunSpecStarterReadinessProbe#tcpSocket
     */
    readonly tcpSocket?: TestRunSpecStarterReadinessProbeTcpSocket;
    /**
     * @schema TestRunSpecStarterReadinessProbe#terminationGracePeriodSeconds
     */
    readonly terminationGracePeriodSeconds?: number;
    /**
     * @schema TestRunSpecStarterReadinessProbe#timeoutSeconds
     */
    readonly timeoutSeconds?: number;
}
/**
 * Converts an object of type 'TestRunSpecStarterReadinessProbe' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterReadinessProbe(obj: TestRunSpecStarterReadinessProbe | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterResources
 */
export interface TestRunSpecStarterResources {
    /**
     * @schema TestRunSpecStarterResources#claims
     */
    readonly claims?: TestRunSpecStarterResourcesClaims[];
    /**
     * @schema TestRunSpecStarterResources#limits
     */
    readonly limits?: {
        [key: string]: TestRunSpecStarterResourcesLimits;
    };
    /**
     * @schema TestRunSpecStarterResources#requests
     */
    readonly requests?: {
        [key: string]: TestRunSpecStarterResourcesRequests;
    };
}
/**
 * Converts an object of type 'TestRunSpecStarterResources' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterResources(obj: TestRunSpecStarterResources | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterSecurityContext
 */
export interface TestRunSpecStarterSecurityContext {
    /**
     * @schema TestRunSpecStarterSecurityContext#appArmorProfile
     */
    readonly appArmorProfile?: TestRunSpecStarterSecurityContextAppArmorProfile;
    /**
     * @schema TestRunSpecStarterSecurityContext#fsGroup
     */
    readonly fsGroup?: number;
    /**
     * @schema TestRunSpecStarterSecurityContext#fsGroupChangePolicy
     */
    readonly fsGroupChangePolicy?: string;
    /**
     * @schema TestRunSpecStarterSecurityContext#runAsGroup
     */
    readonly runAsGroup?: number;
    /**
     * @schema TestRunSpecStarterSecurityContext#runAsNonRoot
     */
    readonly runAsNonRoot?: boolean;
    /**
     * @schema TestRunSpecStarterSecurityContext#runAsUser
     */
    readonly runAsUser?: number;
    /**
     * @schema TestRunSpecStarterSecurityContext#seLinuxChangePolicy
     */
    readonly seLinuxChangePolicy?: string;
    /**
     * @schema TestRunSpecStarterSecurityContext#seLinuxOptions
     */
    readonly seLinuxOptions?: TestRunSpecStarterSecurityContextSeLinuxOptions;
    /**
     * @schema TestRunSpecStarterSecurityContext#seccompProfile
     */
    readonly seccompProfile?: TestRunSpecStarterSecurityContextSeccompProfile;
    /**
     * @schema TestRunSpecStarterSecurityContext#supplementalGroups
     */
    readonly supplementalGroups?: number[];
    /**
     * @schema TestRunSpecStarterSecurityContext#supplementalGroupsPolicy
     */
    readonly supplementalGroupsPolicy?: string;
    /**
     * @schema TestRunSpecStarterSecurityContext#sysctls
     */
    readonly sysctls?: TestRunSpecStarterSecurityContextSysctls[];
    /**
     * @schema TestRunSpecStarterSecurityContext#windowsOptions
     */
    readonly windowsOptions?: TestRunSpecStarterSecurityContextWindowsOptions;
}
/**
 * Converts an object of type 'TestRunSpecStarterSecurityContext' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterSecurityContext(obj: TestRunSpecStarterSecurityContext | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterTolerations
 */
export interface TestRunSpecStarterTolerations {
    /**
     * @schema TestRunSpecStarterTolerations#effect
     */
    readonly effect?: string;
    /**
     * @schema TestRunSpecStarterTolerations#key
     */
    readonly key?: string;
    /**
     * @schema TestRunSpecStarterTolerations#operator
     */
    readonly operator?: string;
    /**
     * @schema TestRunSpecStarterTolerations#tolerationSeconds
     */
    readonly tolerationSeconds?: number;
    /**
     * @schema TestRunSpecStarterTolerations#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterTolerations' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterTolerations(obj: TestRunSpecStarterTolerations | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterTopologySpreadConstraints
 */
export interface TestRunSpecStarterTopologySpreadConstraints {
    /**
     * @schema TestRunSpecStarterTopologySpreadConstraints#labelSelector
     */
    readonly labelSelector?: TestRunSpecStarterTopologySpreadConstraintsLabelSelector;
    /**
     * @schema TestRunSpecStarterTopologySpreadConstraints#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema TestRunSpecStarterTopologySpreadConstraints#maxSkew
     */
    readonly maxSkew: number;
    /**
     * @schema TestRunSpecStarterTopologySpreadConstraints#minDomains
     */
    readonly minDomains?: number;
    /**
     * @schema TestRunSpecStarterTopologySpreadConstraints#nodeAffinityPolicy
     */
    readonly nodeAffinityPolicy?: string;
    /**
     * @schema TestRunSpecStarterTopologySpreadConstraints#nodeTaintsPolicy
     */
    readonly nodeTaintsPolicy?: string;
    /**
     * @schema TestRunSpecStarterTopologySpreadConstraints#topologyKey
     */
    readonly topologyKey: string;
    /**
     * @schema TestRunSpecStarterTopologySpreadConstraints#whenUnsatisfiable
     */
    readonly whenUnsatisfiable: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterTopologySpreadConstraints' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterTopologySpreadConstraints(obj: TestRunSpecStarterTopologySpreadConstraints | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumeMounts
 */
export interface TestRunSpecStarterVolumeMounts {
    /**
     * @schema TestRunSpecStarterVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema TestRunSpecStarterVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema TestRunSpecStarterVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecStarterVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecStarterVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema TestRunSpecStarterVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema TestRunSpecStarterVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumeMounts' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumeMounts(obj: TestRunSpecStarterVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumes
 */
export interface TestRunSpecStarterVolumes {
    /**
     * @schema TestRunSpecStarterVolumes#awsElasticBlockStore
     */
    readonly awsElasticBlockStore?: TestRunSpecStarterVolumesAwsElasticBlockStore;
    /**
     * @schema TestRunSpecStarterVolumes#azureDisk
     */
    readonly azureDisk?: TestRunSpecStarterVolumesAzureDisk;
    /**
     * @schema TestRunSpecStarterVolumes#azureFile
     */
    readonly azureFile?: TestRunSpecStarterVolumesAzureFile;
    /**
     * @schema TestRunSpecStarterVolumes#cephfs
     */
    readonly cephfs?: TestRunSpecStarterVolumesCephfs;
    /**
     * @schema TestRunSpecStarterVolumes#cinder
     */
    readonly cinder?: TestRunSpecStarterVolumesCinder;
    /**
     * @schema TestRunSpecStarterVolumes#configMap
     */
    readonly configMap?: TestRunSpecStarterVolumesConfigMap;
    /**
     * @schema TestRunSpecStarterVolumes#csi
     */
    readonly csi?: TestRunSpecStarterVolumesCsi;
    /**
     * @schema TestRunSpecStarterVolumes#downwardAPI
     */
    readonly downwardApi?: TestRunSpecStarterVolumesDownwardApi;
    /**
     * @schema TestRunSpecStarterVolumes#emptyDir
     */
    readonly emptyDir?: TestRunSpecStarterVolumesEmptyDir;
    /**
     * @schema TestRunSpecStarterVolumes#ephemeral
     */
    readonly ephemeral?: TestRunSpecStarterVolumesEphemeral;
    /**
     * @schema TestRunSpecStarterVolumes#fc
     */
    readonly fc?: TestRunSpecStarterVolumesFc;
    /**
     * @schema TestRunSpecStarterVolumes#flexVolume
     */
    readonly flexVolume?: TestRunSpecStarterVolumesFlexVolume;
    /**
     * @schema TestRunSpecStarterVolumes#flocker
     */
    readonly flocker?: TestRunSpecStarterVolumesFlocker;
    /**
     * @schema TestRunSpecStarterVolumes#gcePersistentDisk
     */
    readonly gcePersistentDisk?: TestRunSpecStarterVolumesGcePersistentDisk;
    /**
     * @schema TestRunSpecStarterVolumes#gitRepo
     */
    readonly gitRepo?: TestRunSpecStarterVolumesGitRepo;
    /**
     * @schema TestRunSpecStarterVolumes#glusterfs
     */
    readonly glusterfs?: TestRunSpecStarterVolumesGlusterfs;
    /**
     * @schema TestRunSpecStarterVolumes#hostPath
     */
    readonly hostPath?: TestRunSpecStarterVolumesHostPath;
    /**
     * @schema TestRunSpecStarterVolumes#image
     */
    readonly image?: TestRunSpecStarterVolumesImage;
    /**
     * @schema TestRunSpecStarterVolumes#iscsi
     */
    readonly iscsi?: TestRunSpecStarterVolumesIscsi;
    /**
     * @schema TestRunSpecStarterVolumes#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecStarterVolumes#nfs
     */
    readonly nfs?: TestRunSpecStarterVolumesNfs;
    /**
     * @schema TestRunSpecStarterVolumes#persistentVolumeClaim
     */
    readonly persistentVolumeClaim?: TestRunSpecStarterVolumesPersistentVolumeClaim;
    /**
     * @schema TestRunSpecStarterVolumes#photonPersistentDisk
     */
    readonly photonPersistentDisk?: TestRunSpecStarterVolumesPhotonPersistentDisk;
    /**
     * @schema TestRunSpecStarterVolumes#portworxVolume
     */
    readonly portworxVolume?: TestRunSpecStarterVolumesPortworxVolume;
    /**
     * @schema TestRunSpecStarterVolumes#projected
     */
    readonly projected?: TestRunSpecStarterVolumesProjected;
    /**
     * @schema TestRunSpecStarterVolumes#quobyte
     */
    readonly quobyte?: TestRunSpecStarterVolumesQuobyte;
    /**
     * @schema TestRunSpecStarterVolumes#rbd
     */
    readonly rbd?: TestRunSpecStarterVolumesRbd;
    /**
     * @schema TestRunSpecStarterVolumes#scaleIO
     */
    readonly scaleIo?: TestRunSpecStarterVolumesScaleIo;
    /**
     * @schema TestRunSpecStarterVolumes#secret
     */
    readonly secret?: TestRunSpecStarterVolumesSecret;
    /**
     * @schema TestRunSpecStarterVolumes#storageos
     */
    readonly storageos?: TestRunSpecStarterVolumesStorageos;
    /**
     * @schema TestRunSpecStarterVolumes#vsphereVolume
     */
    readonly vsphereVolume?: TestRunSpecStarterVolumesVsphereVolume;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumes' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumes(obj: TestRunSpecStarterVolumes | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityNodeAffinity
 */
export interface TestRunSpecInitializerAffinityNodeAffinity {
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityNodeAffinity(obj: TestRunSpecInitializerAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAffinity
 */
export interface TestRunSpecInitializerAffinityPodAffinity {
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAffinity(obj: TestRunSpecInitializerAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAntiAffinity
 */
export interface TestRunSpecInitializerAffinityPodAntiAffinity {
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAntiAffinity(obj: TestRunSpecInitializerAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerContainerSecurityContextAppArmorProfile
 */
export interface TestRunSpecInitializerContainerSecurityContextAppArmorProfile {
    /**
     * @schema TestRunSpecInitializerContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerContainerSecurityContextAppArmorProfile(obj: TestRunSpecInitializerContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerContainerSecurityContextCapabilities
 */
export interface TestRunSpecInitializerContainerSecurityContextCapabilities {
    /**
     * @schema TestRunSpecInitializerContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema TestRunSpecInitializerContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerContainerSecurityContextCapabilities(obj: TestRunSpecInitializerContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerContainerSecurityContextSeLinuxOptions
 */
export interface TestRunSpecInitializerContainerSecurityContextSeLinuxOptions {
    /**
     * @schema TestRunSpecInitializerContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerContainerSecurityContextSeLinuxOptions(obj: TestRunSpecInitializerContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerContainerSecurityContextSeccompProfile
 */
export interface TestRunSpecInitializerContainerSecurityContextSeccompProfile {
    /**
     * @schema TestRunSpecInitializerContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerContainerSecurityContextSeccompProfile(obj: TestRunSpecInitializerContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerContainerSecurityContextWindowsOptions
 */
export interface TestRunSpecInitializerContainerSecurityContextWindowsOptions {
    /**
     * @schema TestRunSpecInitializerContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema TestRunSpecInitializerContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerContainerSecurityContextWindowsOptions(obj: TestRunSpecInitializerContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerEnvValueFrom
 */
export interface TestRunSpecInitializerEnvValueFrom {
    /**
     * @schema TestRunSpecInitializerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: TestRunSpecInitializerEnvValueFromConfigMapKeyRef;
    /**
     * @schema TestRunSpecInitializerEnvValueFrom#fieldRef
     */
    readonly fieldRef?: TestRunSpecInitializerEnvValueFromFieldRef;
    /**
     * @schema TestRunSpecInitializerEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: TestRunSpecInitializerEnvValueFromFileKeyRef;
    /**
     * @schema TestRunSpecInitializerEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: TestRunSpecInitializerEnvValueFromResourceFieldRef;
    /**
     * @schema TestRunSpecInitializerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: TestRunSpecInitializerEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'TestRunSpecInitializerEnvValueFrom' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerEnvValueFrom(obj: TestRunSpecInitializerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerEnvFromConfigMapRef
 */
export interface TestRunSpecInitializerEnvFromConfigMapRef {
    /**
     * @schema TestRunSpecInitializerEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecInitializerEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecInitializerEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerEnvFromConfigMapRef(obj: TestRunSpecInitializerEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerEnvFromSecretRef
 */
export interface TestRunSpecInitializerEnvFromSecretRef {
    /**
     * @schema TestRunSpecInitializerEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecInitializerEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecInitializerEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerEnvFromSecretRef(obj: TestRunSpecInitializerEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerInitContainersEnv
 */
export interface TestRunSpecInitializerInitContainersEnv {
    /**
     * @schema TestRunSpecInitializerInitContainersEnv#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecInitializerInitContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema TestRunSpecInitializerInitContainersEnv#valueFrom
     */
    readonly valueFrom?: TestRunSpecInitializerInitContainersEnvValueFrom;
}
/**
 * Converts an object of type 'TestRunSpecInitializerInitContainersEnv' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerInitContainersEnv(obj: TestRunSpecInitializerInitContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerInitContainersEnvFrom
 */
export interface TestRunSpecInitializerInitContainersEnvFrom {
    /**
     * @schema TestRunSpecInitializerInitContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: TestRunSpecInitializerInitContainersEnvFromConfigMapRef;
    /**
     * @schema TestRunSpecInitializerInitContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema TestRunSpecInitializerInitContainersEnvFrom#secretRef
     */
    readonly secretRef?: TestRunSpecInitializerInitContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'TestRunSpecInitializerInitContainersEnvFrom' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerInitContainersEnvFrom(obj: TestRunSpecInitializerInitContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerInitContainersResources
 */
export interface TestRunSpecInitializerInitContainersResources {
    /**
     * @schema TestRunSpecInitializerInitContainersResources#claims
     */
    readonly claims?: TestRunSpecInitializerInitContainersResourcesClaims[];
    /**
     * @schema TestRunSpecInitializerInitContainersResources#limits
     */
    readonly limits?: {
        [key: string]: TestRunSpecInitializerInitContainersResourcesLimits;
    };
    /**
     * @schema TestRunSpecInitializerInitContainersResources#requests
     */
    readonly requests?: {
        [key: string]: TestRunSpecInitializerInitContainersResourcesRequests;
    };
}
/**
 * Converts an object of type 'TestRunSpecInitializerInitContainersResources' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerInitContainersResources(obj: TestRunSpecInitializerInitContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerInitContainersVolumeMounts
 */
export interface TestRunSpecInitializerInitContainersVolumeMounts {
    /**
     * @schema TestRunSpecInitializerInitContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema TestRunSpecInitializerInitContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema TestRunSpecInitializerInitContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecInitializerInitContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecInitializerInitContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema TestRunSpecInitializerInitContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema TestRunSpecInitializerInitContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerInitContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerInitContainersVolumeMounts(obj: TestRunSpecInitializerInitContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerLivenessProbeExec
 */
export interface TestRunSpecInitializerLivenessProbeExec {
    /**
     * @schema TestRunSpecInitializerLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerLivenessProbeExec' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerLivenessProbeExec(obj: TestRunSpecInitializerLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerLivenessProbeGrpc
 */
export interface TestRunSpecInitializerLivenessProbeGrpc {
    /**
     * @schema TestRunSpecInitializerLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema TestRunSpecInitializerLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerLivenessProbeGrpc(obj: TestRunSpecInitializerLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerLivenessProbeHttpGet
 */
export interface TestRunSpecInitializerLivenessProbeHttpGet {
    /**
     * @schema TestRunSpecInitializerLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema TestRunSpecInitializerLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: TestRunSpecInitializerLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema TestRunSpecInitializerLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema TestRunSpecInitializerLivenessProbeHttpGet#port
     */
    readonly port: TestRunSpecInitializerLivenessProbeHttpGetPort;
    /**
     * @schema TestRunSpecInitializerLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerLivenessProbeHttpGet(obj: TestRunSpecInitializerLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerLivenessProbeTcpSocket
 */
export interface TestRunSpecInitializerLivenessProbeTcpSocket {
    /**
     * @schema TestRunSpecInitializerLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema TestRunSpecInitializerLivenessProbeTcpSocket#port
     */
    readonly port: TestRunSpecInitializerLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'TestRunSpecInitializerLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerLivenessProbeTcpSocket(obj: TestRunSpecInitializerLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerReadinessProbeExec
 */
export interface TestRunSpecInitializerReadinessProbeExec {
    /**
     * @schema TestRunSpecInitializerReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerReadinessProbeExec' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerReadinessProbeExec(obj: TestRunSpecInitializerReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerReadinessProbeGrpc
 */
export interface TestRunSpecInitializerReadinessProbeGrpc {
    /**
     * @schema TestRunSpecInitializerReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema TestRunSpecInitializerReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerReadinessProbeGrpc(obj: TestRunSpecInitializerReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerReadinessProbeHttpGet
 */
export interface TestRunSpecInitializerReadinessProbeHttpGet {
    /**
     * @schema TestRunSpecInitializerReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema TestRunSpecInitializerReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: TestRunSpecInitializerReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema TestRunSpecInitializerReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema TestRunSpecInitializerReadinessProbeHttpGet#port
     */
    readonly port: TestRunSpecInitializerReadinessProbeHttpGetPort;
    /**
     * @schema TestRunSpecInitializerReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerReadinessProbeHttpGet(obj: TestRunSpecInitializerReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerReadinessProbeTcpSocket
 */
export interface TestRunSpecInitializerReadinessProbeTcpSocket {
    /**
     * @schema TestRunSpecInitializerReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema TestRunSpecInitializerReadinessProbeTcpSocket#port
     */
    readonly port: TestRunSpecInitializerReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'TestRunSpecInitializerReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerReadinessProbeTcpSocket(obj: TestRunSpecInitializerReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerResourcesClaims
 */
export interface TestRunSpecInitializerResourcesClaims {
    /**
     * @schema TestRunSpecInitializerResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecInitializerResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerResourcesClaims' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerResourcesClaims(obj: TestRunSpecInitializerResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerResourcesLimits
 */
export declare class TestRunSpecInitializerResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecInitializerResourcesLimits;
    static fromString(value: string): TestRunSpecInitializerResourcesLimits;
    private constructor();
}
/**
 * @schema TestRunSpecInitializerResourcesRequests
 */
export declare class TestRunSpecInitializerResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecInitializerResourcesRequests;
    static fromString(value: string): TestRunSpecInitializerResourcesRequests;
    private constructor();
}
/**
 * @schema TestRunSpecInitializerSecurityContextAppArmorProfile
 */
export interface TestRunSpecInitializerSecurityContextAppArmorProfile {
    /**
     * @schema TestRunSpecInitializerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema TestRunSpecInitializerSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerSecurityContextAppArmorProfile(obj: TestRunSpecInitializerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerSecurityContextSeLinuxOptions
 */
export interface TestRunSpecInitializerSecurityContextSeLinuxOptions {
    /**
     * @schema TestRunSpecInitializerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema TestRunSpecInitializerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema TestRunSpecInitializerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema TestRunSpecInitializerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerSecurityContextSeLinuxOptions(obj: TestRunSpecInitializerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerSecurityContextSeccompProfile
 */
export interface TestRunSpecInitializerSecurityContextSeccompProfile {
    /**
     * @schema TestRunSpecInitializerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema TestRunSpecInitializerSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerSecurityContextSeccompProfile(obj: TestRunSpecInitializerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerSecurityContextSysctls
 */
export interface TestRunSpecInitializerSecurityContextSysctls {
    /**
     * @schema TestRunSpecInitializerSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecInitializerSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerSecurityContextSysctls(obj: TestRunSpecInitializerSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerSecurityContextWindowsOptions
 */
export interface TestRunSpecInitializerSecurityContextWindowsOptions {
    /**
     * @schema TestRunSpecInitializerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema TestRunSpecInitializerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema TestRunSpecInitializerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema TestRunSpecInitializerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerSecurityContextWindowsOptions(obj: TestRunSpecInitializerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerTopologySpreadConstraintsLabelSelector
 */
export interface TestRunSpecInitializerTopologySpreadConstraintsLabelSelector {
    /**
     * @schema TestRunSpecInitializerTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecInitializerTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecInitializerTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecInitializerTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerTopologySpreadConstraintsLabelSelector(obj: TestRunSpecInitializerTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesAwsElasticBlockStore
 */
export interface TestRunSpecInitializerVolumesAwsElasticBlockStore {
    /**
     * @schema TestRunSpecInitializerVolumesAwsElasticBlockStore#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecInitializerVolumesAwsElasticBlockStore#partition
     */
    readonly partition?: number;
    /**
     * @schema TestRunSpecInitializerVolumesAwsElasticBlockStore#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesAwsElasticBlockStore#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesAwsElasticBlockStore' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesAwsElasticBlockStore(obj: TestRunSpecInitializerVolumesAwsElasticBlockStore | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesAzureDisk
 */
export interface TestRunSpecInitializerVolumesAzureDisk {
    /**
     * @schema TestRunSpecInitializerVolumesAzureDisk#cachingMode
     */
    readonly cachingMode?: string;
    /**
     * @schema TestRunSpecInitializerVolumesAzureDisk#diskName
     */
    readonly diskName: string;
    /**
     * @schema TestRunSpecInitializerVolumesAzureDisk#diskURI
     */
    readonly diskUri: string;
    /**
     * @schema TestRunSpecInitializerVolumesAzureDisk#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecInitializerVolumesAzureDisk#kind
     */
    readonly kind?: string;
    /**
     * @schema TestRunSpecInitializerVolumesAzureDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesAzureDisk' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesAzureDisk(obj: TestRunSpecInitializerVolumesAzureDisk | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesAzureFile
 */
export interface TestRunSpecInitializerVolumesAzureFile {
    /**
     * @schema TestRunSpecInitializerVolumesAzureFile#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesAzureFile#secretName
     */
    readonly secretName: string;
    /**
     * @schema TestRunSpecInitializerVolumesAzureFile#shareName
     */
    readonly shareName: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesAzureFile' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesAzureFile(obj: TestRunSpecInitializerVolumesAzureFile | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesCephfs
 */
export interface TestRunSpecInitializerVolumesCephfs {
    /**
     * @schema TestRunSpecInitializerVolumesCephfs#monitors
     */
    readonly monitors: string[];
    /**
     * @schema TestRunSpecInitializerVolumesCephfs#path
     */
    readonly path?: string;
    /**
     * @schema TestRunSpecInitializerVolumesCephfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesCephfs#secretFile
     */
    readonly secretFile?: string;
    /**
     * @schema TestRunSpecInitializerVolumesCephfs#secretRef
     */
    readonly secretRef?: TestRunSpecInitializerVolumesCephfsSecretRef;
    /**
     * @schema TestRunSpecInitializerVolumesCephfs#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesCephfs' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesCephfs(obj: TestRunSpecInitializerVolumesCephfs | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesCinder
 */
export interface TestRunSpecInitializerVolumesCinder {
    /**
     * @schema TestRunSpecInitializerVolumesCinder#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecInitializerVolumesCinder#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesCinder#secretRef
     */
    readonly secretRef?: TestRunSpecInitializerVolumesCinderSecretRef;
    /**
     * @schema TestRunSpecInitializerVolumesCinder#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesCinder' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesCinder(obj: TestRunSpecInitializerVolumesCinder | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesConfigMap
 */
export interface TestRunSpecInitializerVolumesConfigMap {
    /**
     * @schema TestRunSpecInitializerVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema TestRunSpecInitializerVolumesConfigMap#items
     */
    readonly items?: TestRunSpecInitializerVolumesConfigMapItems[];
    /**
     * @schema TestRunSpecInitializerVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecInitializerVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesConfigMap' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesConfigMap(obj: TestRunSpecInitializerVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesCsi
 */
export interface TestRunSpecInitializerVolumesCsi {
    /**
     * @schema TestRunSpecInitializerVolumesCsi#driver
     */
    readonly driver: string;
    /**
     * @schema TestRunSpecInitializerVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecInitializerVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: TestRunSpecInitializerVolumesCsiNodePublishSecretRef;
    /**
     * @schema TestRunSpecInitializerVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesCsi' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesCsi(obj: TestRunSpecInitializerVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesDownwardApi
 */
export interface TestRunSpecInitializerVolumesDownwardApi {
    /**
     * @schema TestRunSpecInitializerVolumesDownwardApi#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema TestRunSpecInitializerVolumesDownwardApi#items
     */
    readonly items?: TestRunSpecInitializerVolumesDownwardApiItems[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesDownwardApi' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesDownwardApi(obj: TestRunSpecInitializerVolumesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesEmptyDir
 */
export interface TestRunSpecInitializerVolumesEmptyDir {
    /**
     * @schema TestRunSpecInitializerVolumesEmptyDir#medium
     */
    readonly medium?: string;
    /**
     * @schema TestRunSpecInitializerVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: TestRunSpecInitializerVolumesEmptyDirSizeLimit;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesEmptyDir(obj: TestRunSpecInitializerVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesEphemeral
 */
export interface TestRunSpecInitializerVolumesEphemeral {
    /**
     * @schema TestRunSpecInitializerVolumesEphemeral#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplate;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesEphemeral' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesEphemeral(obj: TestRunSpecInitializerVolumesEphemeral | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesFc
 */
export interface TestRunSpecInitializerVolumesFc {
    /**
     * @schema TestRunSpecInitializerVolumesFc#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecInitializerVolumesFc#lun
     */
    readonly lun?: number;
    /**
     * @schema TestRunSpecInitializerVolumesFc#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesFc#targetWWNs
     */
    readonly targetWwNs?: string[];
    /**
     * @schema TestRunSpecInitializerVolumesFc#wwids
     */
    readonly wwids?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesFc' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesFc(obj: TestRunSpecInitializerVolumesFc | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesFlexVolume
 */
export interface TestRunSpecInitializerVolumesFlexVolume {
    /**
     * @schema TestRunSpecInitializerVolumesFlexVolume#driver
     */
    readonly driver: string;
    /**
     * @schema TestRunSpecInitializerVolumesFlexVolume#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecInitializerVolumesFlexVolume#options
     */
    readonly options?: {
        [key: string]: string;
    };
    /**
     * @schema TestRunSpecInitializerVolumesFlexVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesFlexVolume#secretRef
     */
    readonly secretRef?: TestRunSpecInitializerVolumesFlexVolumeSecretRef;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesFlexVolume' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesFlexVolume(obj: TestRunSpecInitializerVolumesFlexVolume | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesFlocker
 */
export interface TestRunSpecInitializerVolumesFlocker {
    /**
     * @schema TestRunSpecInitializerVolumesFlocker#datasetName
     */
    readonly datasetName?: string;
    /**
     * @schema TestRunSpecInitializerVolumesFlocker#datasetUUID
     */
    readonly datasetUuid?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesFlocker' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesFlocker(obj: TestRunSpecInitializerVolumesFlocker | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesGcePersistentDisk
 */
export interface TestRunSpecInitializerVolumesGcePersistentDisk {
    /**
     * @schema TestRunSpecInitializerVolumesGcePersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecInitializerVolumesGcePersistentDisk#partition
     */
    readonly partition?: number;
    /**
     * @schema TestRunSpecInitializerVolumesGcePersistentDisk#pdName
     */
    readonly pdName: string;
    /**
     * @schema TestRunSpecInitializerVolumesGcePersistentDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesGcePersistentDisk' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesGcePersistentDisk(obj: TestRunSpecInitializerVolumesGcePersistentDisk | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesGitRepo
 */
export interface TestRunSpecInitializerVolumesGitRepo {
    /**
     * @schema TestRunSpecInitializerVolumesGitRepo#directory
     */
    readonly directory?: string;
    /**
     * @schema TestRunSpecInitializerVolumesGitRepo#repository
     */
    readonly repository: string;
    /**
     * @schema TestRunSpecInitializerVolumesGitRepo#revision
     */
    readonly revision?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesGitRepo' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesGitRepo(obj: TestRunSpecInitializerVolumesGitRepo | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesGlusterfs
 */
export interface TestRunSpecInitializerVolumesGlusterfs {
    /**
     * @schema TestRunSpecInitializerVolumesGlusterfs#endpoints
     */
    readonly endpoints: string;
    /**
     * @schema TestRunSpecInitializerVolumesGlusterfs#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecInitializerVolumesGlusterfs#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesGlusterfs' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesGlusterfs(obj: TestRunSpecInitializerVolumesGlusterfs | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesHostPath
 */
export interface TestRunSpecInitializerVolumesHostPath {
    /**
     * @schema TestRunSpecInitializerVolumesHostPath#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecInitializerVolumesHostPath#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesHostPath' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesHostPath(obj: TestRunSpecInitializerVolumesHostPath | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesImage
 */
export interface TestRunSpecInitializerVolumesImage {
    /**
     * @schema TestRunSpecInitializerVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * @schema TestRunSpecInitializerVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesImage' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesImage(obj: TestRunSpecInitializerVolumesImage | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesIscsi
 */
export interface TestRunSpecInitializerVolumesIscsi {
    /**
     * @schema TestRunSpecInitializerVolumesIscsi#chapAuthDiscovery
     */
    readonly chapAuthDiscovery?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesIscsi#chapAuthSession
     */
    readonly chapAuthSession?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesIscsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecInitializerVolumesIscsi#initiatorName
     */
    readonly initiatorName?: string;
    /**
     * @schema TestRunSpecInitializerVolumesIscsi#iqn
     */
    readonly iqn: string;
    /**
     * @schema TestRunSpecInitializerVolumesIscsi#iscsiInterface
     */
    readonly iscsiInterface?: string;
    /**
     * @schema TestRunSpecInitializerVolumesIscsi#lun
     */
    readonly lun: number;
    /**
     * @schema TestRunSpecInitializerVolumesIscsi#portals
     */
    readonly portals?: string[];
    /**
     * @schema TestRunSpecInitializerVolumesIscsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesIscsi#secretRef
     */
    readonly secretRef?: TestRunSpecInitializerVolumesIscsiSecretRef;
    /**
     * @schema TestRunSpecInitializerVolumesIscsi#targetPortal
     */
    readonly targetPortal: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesIscsi' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesIscsi(obj: TestRunSpecInitializerVolumesIscsi | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesNfs
 */
export interface TestRunSpecInitializerVolumesNfs {
    /**
     * @schema TestRunSpecInitializerVolumesNfs#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecInitializerVolumesNfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesNfs#server
     */
    readonly server: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesNfs' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesNfs(obj: TestRunSpecInitializerVolumesNfs | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesPersistentVolumeClaim
 */
export interface TestRunSpecInitializerVolumesPersistentVolumeClaim {
    /**
     * @schema TestRunSpecInitializerVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName: string;
    /**
     * @schema TestRunSpecInitializerVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesPersistentVolumeClaim(obj: TestRunSpecInitializerVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesPhotonPersistentDisk
 */
export interface TestRunSpecInitializerVolumesPhotonPersistentDisk {
    /**
     * @schema TestRunSpecInitializerVolumesPhotonPersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecInitializerVolumesPhotonPersistentDisk#pdID
     */
    readonly pdId: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesPhotonPersistentDisk' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesPhotonPersistentDisk(obj: TestRunSpecInitializerVolumesPhotonPersistentDisk | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesPortworxVolume
 */
export interface TestRunSpecInitializerVolumesPortworxVolume {
    /**
     * @schema TestRunSpecInitializerVolumesPortworxVolume#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecInitializerVolumesPortworxVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesPortworxVolume#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesPortworxVolume' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesPortworxVolume(obj: TestRunSpecInitializerVolumesPortworxVolume | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesProjected
 */
export interface TestRunSpecInitializerVolumesProjected {
    /**
     * @schema TestRunSpecInitializerVolumesProjected#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema TestRunSpecInitializerVolumesProjected#sources
     */
    readonly sources?: TestRunSpecInitializerVolumesProjectedSources[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesProjected' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesProjected(obj: TestRunSpecInitializerVolumesProjected | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesQuobyte
 */
export interface TestRunSpecInitializerVolumesQuobyte {
    /**
     * @schema TestRunSpecInitializerVolumesQuobyte#group
     */
    readonly group?: string;
    /**
     * @schema TestRunSpecInitializerVolumesQuobyte#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesQuobyte#registry
     */
    readonly registry: string;
    /**
     * @schema TestRunSpecInitializerVolumesQuobyte#tenant
     */
    readonly tenant?: string;
    /**
     * @schema TestRunSpecInitializerVolumesQuobyte#user
     */
    readonly user?: string;
    /**
     * @schema TestRunSpecInitializerVolumesQuobyte#volume
     */
    readonly volume: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesQuobyte' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesQuobyte(obj: TestRunSpecInitializerVolumesQuobyte | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesRbd
 */
export interface TestRunSpecInitializerVolumesRbd {
    /**
     * @schema TestRunSpecInitializerVolumesRbd#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecInitializerVolumesRbd#image
     */
    readonly image: string;
    /**
     * @schema TestRunSpecInitializerVolumesRbd#keyring
     */
    readonly keyring?: string;
    /**
     * @schema TestRunSpecInitializerVolumesRbd#monitors
     */
    readonly monitors: string[];
    /**
     * @schema TestRunSpecInitializerVolumesRbd#pool
     */
    readonly pool?: string;
    /**
     * @schema TestRunSpecInitializerVolumesRbd#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesRbd#secretRef
     */
    readonly secretRef?: TestRunSpecInitializerVolumesRbdSecretRef;
    /**
     * @schema TestRunSpecInitializerVolumesRbd#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesRbd' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesRbd(obj: TestRunSpecInitializerVolumesRbd | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesScaleIo
 */
export interface TestRunSpecInitializerVolumesScaleIo {
    /**
     * @schema TestRunSpecInitializerVolumesScaleIo#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecInitializerVolumesScaleIo#gateway
     */
    readonly gateway: string;
    /**
     * @schema TestRunSpecInitializerVolumesScaleIo#protectionDomain
     */
    readonly protectionDomain?: string;
    /**
     * @schema TestRunSpecInitializerVolumesScaleIo#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesScaleIo#secretRef
     */
    readonly secretRef: TestRunSpecInitializerVolumesScaleIoSecretRef;
    /**
     * @schema TestRunSpecInitializerVolumesScaleIo#sslEnabled
     */
    readonly sslEnabled?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesScaleIo#storageMode
     */
    readonly storageMode?: string;
    /**
     * @schema TestRunSpecInitializerVolumesScaleIo#storagePool
     */
    readonly storagePool?: string;
    /**
     * @schema TestRunSpecInitializerVolumesScaleIo#system
     */
    readonly system: string;
    /**
     * @schema TestRunSpecInitializerVolumesScaleIo#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesScaleIo' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesScaleIo(obj: TestRunSpecInitializerVolumesScaleIo | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesSecret
 */
export interface TestRunSpecInitializerVolumesSecret {
    /**
     * @schema TestRunSpecInitializerVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema TestRunSpecInitializerVolumesSecret#items
     */
    readonly items?: TestRunSpecInitializerVolumesSecretItems[];
    /**
     * @schema TestRunSpecInitializerVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesSecret' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesSecret(obj: TestRunSpecInitializerVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesStorageos
 */
export interface TestRunSpecInitializerVolumesStorageos {
    /**
     * @schema TestRunSpecInitializerVolumesStorageos#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecInitializerVolumesStorageos#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesStorageos#secretRef
     */
    readonly secretRef?: TestRunSpecInitializerVolumesStorageosSecretRef;
    /**
     * @schema TestRunSpecInitializerVolumesStorageos#volumeName
     */
    readonly volumeName?: string;
    /**
     * @schema TestRunSpecInitializerVolumesStorageos#volumeNamespace
     */
    readonly volumeNamespace?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesStorageos' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesStorageos(obj: TestRunSpecInitializerVolumesStorageos | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesVsphereVolume
 */
export interface TestRunSpecInitializerVolumesVsphereVolume {
    /**
     * @schema TestRunSpecInitializerVolumesVsphereVolume#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecInitializerVolumesVsphereVolume#storagePolicyID
     */
    readonly storagePolicyId?: string;
    /**
     * @schema TestRunSpecInitializerVolumesVsphereVolume#storagePolicyName
     */
    readonly storagePolicyName?: string;
    /**
     * @schema TestRunSpecInitializerVolumesVsphereVolume#volumePath
     */
    readonly volumePath: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesVsphereVolume' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesVsphereVolume(obj: TestRunSpecInitializerVolumesVsphereVolume | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityNodeAffinity
 */
export interface TestRunSpecRunnerAffinityNodeAffinity {
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityNodeAffinity(obj: TestRunSpecRunnerAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAffinity
 */
export interface TestRunSpecRunnerAffinityPodAffinity {
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAffinity(obj: TestRunSpecRunnerAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAntiAffinity
 */
export interface TestRunSpecRunnerAffinityPodAntiAffinity {
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAntiAffinity(obj: TestRunSpecRunnerAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerContainerSecurityContextAppArmorProfile
 */
export interface TestRunSpecRunnerContainerSecurityContextAppArmorProfile {
    /**
     * @schema TestRunSpecRunnerContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerContainerSecurityContextAppArmorProfile(obj: TestRunSpecRunnerContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerContainerSecurityContextCapabilities
 */
export interface TestRunSpecRunnerContainerSecurityContextCapabilities {
    /**
     * @schema TestRunSpecRunnerContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema TestRunSpecRunnerContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerContainerSecurityContextCapabilities(obj: TestRunSpecRunnerContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerContainerSecurityContextSeLinuxOptions
 */
export interface TestRunSpecRunnerContainerSecurityContextSeLinuxOptions {
    /**
     * @schema TestRunSpecRunnerContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerContainerSecurityContextSeLinuxOptions(obj: TestRunSpecRunnerContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerContainerSecurityContextSeccompProfile
 */
export interface TestRunSpecRunnerContainerSecurityContextSeccompProfile {
    /**
     * @schema TestRunSpecRunnerContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerContainerSecurityContextSeccompProfile(obj: TestRunSpecRunnerContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerContainerSecurityContextWindowsOptions
 */
export interface TestRunSpecRunnerContainerSecurityContextWindowsOptions {
    /**
     * @schema TestRunSpecRunnerContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema TestRunSpecRunnerContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerContainerSecurityContextWindowsOptions(obj: TestRunSpecRunnerContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerEnvValueFrom
 */
export interface TestRunSpecRunnerEnvValueFrom {
    /**
     * @schema TestRunSpecRunnerEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: TestRunSpecRunnerEnvValueFromConfigMapKeyRef;
    /**
     * @schema TestRunSpecRunnerEnvValueFrom#fieldRef
     */
    readonly fieldRef?: TestRunSpecRunnerEnvValueFromFieldRef;
    /**
     * @schema TestRunSpecRunnerEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: TestRunSpecRunnerEnvValueFromFileKeyRef;
    /**
     * @schema TestRunSpecRunnerEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: TestRunSpecRunnerEnvValueFromResourceFieldRef;
    /**
     * @schema TestRunSpecRunnerEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: TestRunSpecRunnerEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'TestRunSpecRunnerEnvValueFrom' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerEnvValueFrom(obj: TestRunSpecRunnerEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerEnvFromConfigMapRef
 */
export interface TestRunSpecRunnerEnvFromConfigMapRef {
    /**
     * @schema TestRunSpecRunnerEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecRunnerEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecRunnerEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerEnvFromConfigMapRef(obj: TestRunSpecRunnerEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerEnvFromSecretRef
 */
export interface TestRunSpecRunnerEnvFromSecretRef {
    /**
     * @schema TestRunSpecRunnerEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecRunnerEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecRunnerEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerEnvFromSecretRef(obj: TestRunSpecRunnerEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerInitContainersEnv
 */
export interface TestRunSpecRunnerInitContainersEnv {
    /**
     * @schema TestRunSpecRunnerInitContainersEnv#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecRunnerInitContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema TestRunSpecRunnerInitContainersEnv#valueFrom
     */
    readonly valueFrom?: TestRunSpecRunnerInitContainersEnvValueFrom;
}
/**
 * Converts an object of type 'TestRunSpecRunnerInitContainersEnv' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerInitContainersEnv(obj: TestRunSpecRunnerInitContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerInitContainersEnvFrom
 */
export interface TestRunSpecRunnerInitContainersEnvFrom {
    /**
     * @schema TestRunSpecRunnerInitContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: TestRunSpecRunnerInitContainersEnvFromConfigMapRef;
    /**
     * @schema TestRunSpecRunnerInitContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema TestRunSpecRunnerInitContainersEnvFrom#secretRef
     */
    readonly secretRef?: TestRunSpecRunnerInitContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'TestRunSpecRunnerInitContainersEnvFrom' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerInitContainersEnvFrom(obj: TestRunSpecRunnerInitContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerInitContainersResources
 */
export interface TestRunSpecRunnerInitContainersResources {
    /**
     * @schema TestRunSpecRunnerInitContainersResources#claims
     */
    readonly claims?: TestRunSpecRunnerInitContainersResourcesClaims[];
    /**
     * @schema TestRunSpecRunnerInitContainersResources#limits
     */
    readonly limits?: {
        [key: string]: TestRunSpecRunnerInitContainersResourcesLimits;
    };
    /**
     * @schema TestRunSpecRunnerInitContainersResources#requests
     */
    readonly requests?: {
        [key: string]: TestRunSpecRunnerInitContainersResourcesRequests;
    };
}
/**
 * Converts an object of type 'TestRunSpecRunnerInitContainersResources' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerInitContainersResources(obj: TestRunSpecRunnerInitContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerInitContainersVolumeMounts
 */
export interface TestRunSpecRunnerInitContainersVolumeMounts {
    /**
     * @schema TestRunSpecRunnerInitContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema TestRunSpecRunnerInitContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema TestRunSpecRunnerInitContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecRunnerInitContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecRunnerInitContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema TestRunSpecRunnerInitContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema TestRunSpecRunnerInitContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerInitContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerInitContainersVolumeMounts(obj: TestRunSpecRunnerInitContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerLivenessProbeExec
 */
export interface TestRunSpecRunnerLivenessProbeExec {
    /**
     * @schema TestRunSpecRunnerLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerLivenessProbeExec' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerLivenessProbeExec(obj: TestRunSpecRunnerLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerLivenessProbeGrpc
 */
export interface TestRunSpecRunnerLivenessProbeGrpc {
    /**
     * @schema TestRunSpecRunnerLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema TestRunSpecRunnerLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerLivenessProbeGrpc(obj: TestRunSpecRunnerLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerLivenessProbeHttpGet
 */
export interface TestRunSpecRunnerLivenessProbeHttpGet {
    /**
     * @schema TestRunSpecRunnerLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema TestRunSpecRunnerLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: TestRunSpecRunnerLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema TestRunSpecRunnerLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema TestRunSpecRunnerLivenessProbeHttpGet#port
     */
    readonly port: TestRunSpecRunnerLivenessProbeHttpGetPort;
    /**
     * @schema TestRunSpecRunnerLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerLivenessProbeHttpGet(obj: TestRunSpecRunnerLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerLivenessProbeTcpSocket
 */
export interface TestRunSpecRunnerLivenessProbeTcpSocket {
    /**
     * @schema TestRunSpecRunnerLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema TestRunSpecRunnerLivenessProbeTcpSocket#port
     */
    readonly port: TestRunSpecRunnerLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'TestRunSpecRunnerLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerLivenessProbeTcpSocket(obj: TestRunSpecRunnerLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerReadinessProbeExec
 */
export interface TestRunSpecRunnerReadinessProbeExec {
    /**
     * @schema TestRunSpecRunnerReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerReadinessProbeExec' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerReadinessProbeExec(obj: TestRunSpecRunnerReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerReadinessProbeGrpc
 */
export interface TestRunSpecRunnerReadinessProbeGrpc {
    /**
     * @schema TestRunSpecRunnerReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema TestRunSpecRunnerReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerReadinessProbeGrpc(obj: TestRunSpecRunnerReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerReadinessProbeHttpGet
 */
export interface TestRunSpecRunnerReadinessProbeHttpGet {
    /**
     * @schema TestRunSpecRunnerReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema TestRunSpecRunnerReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: TestRunSpecRunnerReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema TestRunSpecRunnerReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema TestRunSpecRunnerReadinessProbeHttpGet#port
     */
    readonly port: TestRunSpecRunnerReadinessProbeHttpGetPort;
    /**
     * @schema TestRunSpecRunnerReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerReadinessProbeHttpGet(obj: TestRunSpecRunnerReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerReadinessProbeTcpSocket
 */
export interface TestRunSpecRunnerReadinessProbeTcpSocket {
    /**
     * @schema TestRunSpecRunnerReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema TestRunSpecRunnerReadinessProbeTcpSocket#port
     */
    readonly port: TestRunSpecRunnerReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'TestRunSpecRunnerReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerReadinessProbeTcpSocket(obj: TestRunSpecRunnerReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerResourcesClaims
 */
export interface TestRunSpecRunnerResourcesClaims {
    /**
     * @schema TestRunSpecRunnerResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecRunnerResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerResourcesClaims' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerResourcesClaims(obj: TestRunSpecRunnerResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerResourcesLimits
 */
export declare class TestRunSpecRunnerResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecRunnerResourcesLimits;
    static fromString(value: string): TestRunSpecRunnerResourcesLimits;
    private constructor();
}
/**
 * @schema TestRunSpecRunnerResourcesRequests
 */
export declare class TestRunSpecRunnerResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecRunnerResourcesRequests;
    static fromString(value: string): TestRunSpecRunnerResourcesRequests;
    private constructor();
}
/**
 * @schema TestRunSpecRunnerSecurityContextAppArmorProfile
 */
export interface TestRunSpecRunnerSecurityContextAppArmorProfile {
    /**
     * @schema TestRunSpecRunnerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema TestRunSpecRunnerSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerSecurityContextAppArmorProfile(obj: TestRunSpecRunnerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerSecurityContextSeLinuxOptions
 */
export interface TestRunSpecRunnerSecurityContextSeLinuxOptions {
    /**
     * @schema TestRunSpecRunnerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema TestRunSpecRunnerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema TestRunSpecRunnerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema TestRunSpecRunnerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerSecurityContextSeLinuxOptions(obj: TestRunSpecRunnerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerSecurityContextSeccompProfile
 */
export interface TestRunSpecRunnerSecurityContextSeccompProfile {
    /**
     * @schema TestRunSpecRunnerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema TestRunSpecRunnerSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerSecurityContextSeccompProfile(obj: TestRunSpecRunnerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerSecurityContextSysctls
 */
export interface TestRunSpecRunnerSecurityContextSysctls {
    /**
     * @schema TestRunSpecRunnerSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecRunnerSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerSecurityContextSysctls(obj: TestRunSpecRunnerSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerSecurityContextWindowsOptions
 */
export interface TestRunSpecRunnerSecurityContextWindowsOptions {
    /**
     * @schema TestRunSpecRunnerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema TestRunSpecRunnerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema TestRunSpecRunnerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema TestRunSpecRunnerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerSecurityContextWindowsOptions(obj: TestRunSpecRunnerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerTopologySpreadConstraintsLabelSelector
 */
export interface TestRunSpecRunnerTopologySpreadConstraintsLabelSelector {
    /**
     * @schema TestRunSpecRunnerTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecRunnerTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecRunnerTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecRunnerTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerTopologySpreadConstraintsLabelSelector(obj: TestRunSpecRunnerTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesAwsElasticBlockStore
 */
export interface TestRunSpecRunnerVolumesAwsElasticBlockStore {
    /**
     * @schema TestRunSpecRunnerVolumesAwsElasticBlockStore#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecRunnerVolumesAwsElasticBlockStore#partition
     */
    readonly partition?: number;
    /**
     * @schema TestRunSpecRunnerVolumesAwsElasticBlockStore#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesAwsElasticBlockStore#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesAwsElasticBlockStore' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesAwsElasticBlockStore(obj: TestRunSpecRunnerVolumesAwsElasticBlockStore | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesAzureDisk
 */
export interface TestRunSpecRunnerVolumesAzureDisk {
    /**
     * @schema TestRunSpecRunnerVolumesAzureDisk#cachingMode
     */
    readonly cachingMode?: string;
    /**
     * @schema TestRunSpecRunnerVolumesAzureDisk#diskName
     */
    readonly diskName: string;
    /**
     * @schema TestRunSpecRunnerVolumesAzureDisk#diskURI
     */
    readonly diskUri: string;
    /**
     * @schema TestRunSpecRunnerVolumesAzureDisk#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecRunnerVolumesAzureDisk#kind
     */
    readonly kind?: string;
    /**
     * @schema TestRunSpecRunnerVolumesAzureDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesAzureDisk' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesAzureDisk(obj: TestRunSpecRunnerVolumesAzureDisk | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesAzureFile
 */
export interface TestRunSpecRunnerVolumesAzureFile {
    /**
     * @schema TestRunSpecRunnerVolumesAzureFile#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesAzureFile#secretName
     */
    readonly secretName: string;
    /**
     * @schema TestRunSpecRunnerVolumesAzureFile#shareName
     */
    readonly shareName: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesAzureFile' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesAzureFile(obj: TestRunSpecRunnerVolumesAzureFile | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesCephfs
 */
export interface TestRunSpecRunnerVolumesCephfs {
    /**
     * @schema TestRunSpecRunnerVolumesCephfs#monitors
     */
    readonly monitors: string[];
    /**
     * @schema TestRunSpecRunnerVolumesCephfs#path
     */
    readonly path?: string;
    /**
     * @schema TestRunSpecRunnerVolumesCephfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesCephfs#secretFile
     */
    readonly secretFile?: string;
    /**
     * @schema TestRunSpecRunnerVolumesCephfs#secretRef
     */
    readonly secretRef?: TestRunSpecRunnerVolumesCephfsSecretRef;
    /**
     * @schema TestRunSpecRunnerVolumesCephfs#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesCephfs' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesCephfs(obj: TestRunSpecRunnerVolumesCephfs | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesCinder
 */
export interface TestRunSpecRunnerVolumesCinder {
    /**
     * @schema TestRunSpecRunnerVolumesCinder#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecRunnerVolumesCinder#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesCinder#secretRef
     */
    readonly secretRef?: TestRunSpecRunnerVolumesCinderSecretRef;
    /**
     * @schema TestRunSpecRunnerVolumesCinder#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesCinder' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesCinder(obj: TestRunSpecRunnerVolumesCinder | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesConfigMap
 */
export interface TestRunSpecRunnerVolumesConfigMap {
    /**
     * @schema TestRunSpecRunnerVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema TestRunSpecRunnerVolumesConfigMap#items
     */
    readonly items?: TestRunSpecRunnerVolumesConfigMapItems[];
    /**
     * @schema TestRunSpecRunnerVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecRunnerVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesConfigMap' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesConfigMap(obj: TestRunSpecRunnerVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesCsi
 */
export interface TestRunSpecRunnerVolumesCsi {
    /**
     * @schema TestRunSpecRunnerVolumesCsi#driver
     */
    readonly driver: string;
    /**
     * @schema TestRunSpecRunnerVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecRunnerVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: TestRunSpecRunnerVolumesCsiNodePublishSecretRef;
    /**
     * @schema TestRunSpecRunnerVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesCsi' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesCsi(obj: TestRunSpecRunnerVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesDownwardApi
 */
export interface TestRunSpecRunnerVolumesDownwardApi {
    /**
     * @schema TestRunSpecRunnerVolumesDownwardApi#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema TestRunSpecRunnerVolumesDownwardApi#items
     */
    readonly items?: TestRunSpecRunnerVolumesDownwardApiItems[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesDownwardApi' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesDownwardApi(obj: TestRunSpecRunnerVolumesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesEmptyDir
 */
export interface TestRunSpecRunnerVolumesEmptyDir {
    /**
     * @schema TestRunSpecRunnerVolumesEmptyDir#medium
     */
    readonly medium?: string;
    /**
     * @schema TestRunSpecRunnerVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: TestRunSpecRunnerVolumesEmptyDirSizeLimit;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesEmptyDir(obj: TestRunSpecRunnerVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesEphemeral
 */
export interface TestRunSpecRunnerVolumesEphemeral {
    /**
     * @schema TestRunSpecRunnerVolumesEphemeral#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplate;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesEphemeral' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesEphemeral(obj: TestRunSpecRunnerVolumesEphemeral | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesFc
 */
export interface TestRunSpecRunnerVolumesFc {
    /**
     * @schema TestRunSpecRunnerVolumesFc#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecRunnerVolumesFc#lun
     */
    readonly lun?: number;
    /**
     * @schema TestRunSpecRunnerVolumesFc#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesFc#targetWWNs
     */
    readonly targetWwNs?: string[];
    /**
     * @schema TestRunSpecRunnerVolumesFc#wwids
     */
    readonly wwids?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesFc' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesFc(obj: TestRunSpecRunnerVolumesFc | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesFlexVolume
 */
export interface TestRunSpecRunnerVolumesFlexVolume {
    /**
     * @schema TestRunSpecRunnerVolumesFlexVolume#driver
     */
    readonly driver: string;
    /**
     * @schema TestRunSpecRunnerVolumesFlexVolume#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecRunnerVolumesFlexVolume#options
     */
    readonly options?: {
        [key: string]: string;
    };
    /**
     * @schema TestRunSpecRunnerVolumesFlexVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesFlexVolume#secretRef
     */
    readonly secretRef?: TestRunSpecRunnerVolumesFlexVolumeSecretRef;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesFlexVolume' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesFlexVolume(obj: TestRunSpecRunnerVolumesFlexVolume | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesFlocker
 */
export interface TestRunSpecRunnerVolumesFlocker {
    /**
     * @schema TestRunSpecRunnerVolumesFlocker#datasetName
     */
    readonly datasetName?: string;
    /**
     * @schema TestRunSpecRunnerVolumesFlocker#datasetUUID
     */
    readonly datasetUuid?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesFlocker' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesFlocker(obj: TestRunSpecRunnerVolumesFlocker | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesGcePersistentDisk
 */
export interface TestRunSpecRunnerVolumesGcePersistentDisk {
    /**
     * @schema TestRunSpecRunnerVolumesGcePersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecRunnerVolumesGcePersistentDisk#partition
     */
    readonly partition?: number;
    /**
     * @schema TestRunSpecRunnerVolumesGcePersistentDisk#pdName
     */
    readonly pdName: string;
    /**
     * @schema TestRunSpecRunnerVolumesGcePersistentDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesGcePersistentDisk' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesGcePersistentDisk(obj: TestRunSpecRunnerVolumesGcePersistentDisk | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesGitRepo
 */
export interface TestRunSpecRunnerVolumesGitRepo {
    /**
     * @schema TestRunSpecRunnerVolumesGitRepo#directory
     */
    readonly directory?: string;
    /**
     * @schema TestRunSpecRunnerVolumesGitRepo#repository
     */
    readonly repository: string;
    /**
     * @schema TestRunSpecRunnerVolumesGitRepo#revision
     */
    readonly revision?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesGitRepo' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesGitRepo(obj: TestRunSpecRunnerVolumesGitRepo | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesGlusterfs
 */
export interface TestRunSpecRunnerVolumesGlusterfs {
    /**
     * @schema TestRunSpecRunnerVolumesGlusterfs#endpoints
     */
    readonly endpoints: string;
    /**
     * @schema TestRunSpecRunnerVolumesGlusterfs#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecRunnerVolumesGlusterfs#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesGlusterfs' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesGlusterfs(obj: TestRunSpecRunnerVolumesGlusterfs | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesHostPath
 */
export interface TestRunSpecRunnerVolumesHostPath {
    /**
     * @schema TestRunSpecRunnerVolumesHostPath#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecRunnerVolumesHostPath#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesHostPath' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesHostPath(obj: TestRunSpecRunnerVolumesHostPath | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesImage
 */
export interface TestRunSpecRunnerVolumesImage {
    /**
     * @schema TestRunSpecRunnerVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * @schema TestRunSpecRunnerVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesImage' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesImage(obj: TestRunSpecRunnerVolumesImage | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesIscsi
 */
export interface TestRunSpecRunnerVolumesIscsi {
    /**
     * @schema TestRunSpecRunnerVolumesIscsi#chapAuthDiscovery
     */
    readonly chapAuthDiscovery?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesIscsi#chapAuthSession
     */
    readonly chapAuthSession?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesIscsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecRunnerVolumesIscsi#initiatorName
     */
    readonly initiatorName?: string;
    /**
     * @schema TestRunSpecRunnerVolumesIscsi#iqn
     */
    readonly iqn: string;
    /**
     * @schema TestRunSpecRunnerVolumesIscsi#iscsiInterface
     */
    readonly iscsiInterface?: string;
    /**
     * @schema TestRunSpecRunnerVolumesIscsi#lun
     */
    readonly lun: number;
    /**
     * @schema TestRunSpecRunnerVolumesIscsi#portals
     */
    readonly portals?: string[];
    /**
     * @schema TestRunSpecRunnerVolumesIscsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesIscsi#secretRef
     */
    readonly secretRef?: TestRunSpecRunnerVolumesIscsiSecretRef;
    /**
     * @schema TestRunSpecRunnerVolumesIscsi#targetPortal
     */
    readonly targetPortal: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesIscsi' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesIscsi(obj: TestRunSpecRunnerVolumesIscsi | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesNfs
 */
export interface TestRunSpecRunnerVolumesNfs {
    /**
     * @schema TestRunSpecRunnerVolumesNfs#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecRunnerVolumesNfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesNfs#server
     */
    readonly server: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesNfs' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesNfs(obj: TestRunSpecRunnerVolumesNfs | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesPersistentVolumeClaim
 */
export interface TestRunSpecRunnerVolumesPersistentVolumeClaim {
    /**
     * @schema TestRunSpecRunnerVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName: string;
    /**
     * @schema TestRunSpecRunnerVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesPersistentVolumeClaim(obj: TestRunSpecRunnerVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesPhotonPersistentDisk
 */
export interface TestRunSpecRunnerVolumesPhotonPersistentDisk {
    /**
     * @schema TestRunSpecRunnerVolumesPhotonPersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecRunnerVolumesPhotonPersistentDisk#pdID
     */
    readonly pdId: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesPhotonPersistentDisk' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesPhotonPersistentDisk(obj: TestRunSpecRunnerVolumesPhotonPersistentDisk | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesPortworxVolume
 */
export interface TestRunSpecRunnerVolumesPortworxVolume {
    /**
     * @schema TestRunSpecRunnerVolumesPortworxVolume#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecRunnerVolumesPortworxVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesPortworxVolume#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesPortworxVolume' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesPortworxVolume(obj: TestRunSpecRunnerVolumesPortworxVolume | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesProjected
 */
export interface TestRunSpecRunnerVolumesProjected {
    /**
     * @schema TestRunSpecRunnerVolumesProjected#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema TestRunSpecRunnerVolumesProjected#sources
     */
    readonly sources?: TestRunSpecRunnerVolumesProjectedSources[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesProjected' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesProjected(obj: TestRunSpecRunnerVolumesProjected | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesQuobyte
 */
export interface TestRunSpecRunnerVolumesQuobyte {
    /**
     * @schema TestRunSpecRunnerVolumesQuobyte#group
     */
    readonly group?: string;
    /**
     * @schema TestRunSpecRunnerVolumesQuobyte#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesQuobyte#registry
     */
    readonly registry: string;
    /**
     * @schema TestRunSpecRunnerVolumesQuobyte#tenant
     */
    readonly tenant?: string;
    /**
     * @schema TestRunSpecRunnerVolumesQuobyte#user
     */
    readonly user?: string;
    /**
     * @schema TestRunSpecRunnerVolumesQuobyte#volume
     */
    readonly volume: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesQuobyte' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesQuobyte(obj: TestRunSpecRunnerVolumesQuobyte | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesRbd
 */
export interface TestRunSpecRunnerVolumesRbd {
    /**
     * @schema TestRunSpecRunnerVolumesRbd#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecRunnerVolumesRbd#image
     */
    readonly image: string;
    /**
     * @schema TestRunSpecRunnerVolumesRbd#keyring
     */
    readonly keyring?: string;
    /**
     * @schema TestRunSpecRunnerVolumesRbd#monitors
     */
    readonly monitors: string[];
    /**
     * @schema TestRunSpecRunnerVolumesRbd#pool
     */
    readonly pool?: string;
    /**
     * @schema TestRunSpecRunnerVolumesRbd#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesRbd#secretRef
     */
    readonly secretRef?: TestRunSpecRunnerVolumesRbdSecretRef;
    /**
     * @schema TestRunSpecRunnerVolumesRbd#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesRbd' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesRbd(obj: TestRunSpecRunnerVolumesRbd | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesScaleIo
 */
export interface TestRunSpecRunnerVolumesScaleIo {
    /**
     * @schema TestRunSpecRunnerVolumesScaleIo#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecRunnerVolumesScaleIo#gateway
     */
    readonly gateway: string;
    /**
     * @schema TestRunSpecRunnerVolumesScaleIo#protectionDomain
     */
    readonly protectionDomain?: string;
    /**
     * @schema TestRunSpecRunnerVolumesScaleIo#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesScaleIo#secretRef
     */
    readonly secretRef: TestRunSpecRunnerVolumesScaleIoSecretRef;
    /**
     * @schema TestRunSpecRunnerVolumesScaleIo#sslEnabled
     */
    readonly sslEnabled?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesScaleIo#storageMode
     */
    readonly storageMode?: string;
    /**
     * @schema TestRunSpecRunnerVolumesScaleIo#storagePool
     */
    readonly storagePool?: string;
    /**
     * @schema TestRunSpecRunnerVolumesScaleIo#system
     */
    readonly system: string;
    /**
     * @schema TestRunSpecRunnerVolumesScaleIo#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesScaleIo' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesScaleIo(obj: TestRunSpecRunnerVolumesScaleIo | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesSecret
 */
export interface TestRunSpecRunnerVolumesSecret {
    /**
     * @schema TestRunSpecRunnerVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema TestRunSpecRunnerVolumesSecret#items
     */
    readonly items?: TestRunSpecRunnerVolumesSecretItems[];
    /**
     * @schema TestRunSpecRunnerVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesSecret' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesSecret(obj: TestRunSpecRunnerVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesStorageos
 */
export interface TestRunSpecRunnerVolumesStorageos {
    /**
     * @schema TestRunSpecRunnerVolumesStorageos#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecRunnerVolumesStorageos#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesStorageos#secretRef
     */
    readonly secretRef?: TestRunSpecRunnerVolumesStorageosSecretRef;
    /**
     * @schema TestRunSpecRunnerVolumesStorageos#volumeName
     */
    readonly volumeName?: string;
    /**
     * @schema TestRunSpecRunnerVolumesStorageos#volumeNamespace
     */
    readonly volumeNamespace?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesStorageos' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesStorageos(obj: TestRunSpecRunnerVolumesStorageos | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesVsphereVolume
 */
export interface TestRunSpecRunnerVolumesVsphereVolume {
    /**
     * @schema TestRunSpecRunnerVolumesVsphereVolume#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecRunnerVolumesVsphereVolume#storagePolicyID
     */
    readonly storagePolicyId?: string;
    /**
     * @schema TestRunSpecRunnerVolumesVsphereVolume#storagePolicyName
     */
    readonly storagePolicyName?: string;
    /**
     * @schema TestRunSpecRunnerVolumesVsphereVolume#volumePath
     */
    readonly volumePath: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesVsphereVolume' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesVsphereVolume(obj: TestRunSpecRunnerVolumesVsphereVolume | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityNodeAffinity
 */
export interface TestRunSpecStarterAffinityNodeAffinity {
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityNodeAffinity' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityNodeAffinity(obj: TestRunSpecStarterAffinityNodeAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAffinity
 */
export interface TestRunSpecStarterAffinityPodAffinity {
    /**
     * @schema TestRunSpecStarterAffinityPodAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema TestRunSpecStarterAffinityPodAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAffinity' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAffinity(obj: TestRunSpecStarterAffinityPodAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAntiAffinity
 */
export interface TestRunSpecStarterAffinityPodAntiAffinity {
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinity#preferredDuringSchedulingIgnoredDuringExecution
     */
    readonly preferredDuringSchedulingIgnoredDuringExecution?: TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinity#requiredDuringSchedulingIgnoredDuringExecution
     */
    readonly requiredDuringSchedulingIgnoredDuringExecution?: TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAntiAffinity' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAntiAffinity(obj: TestRunSpecStarterAffinityPodAntiAffinity | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterContainerSecurityContextAppArmorProfile
 */
export interface TestRunSpecStarterContainerSecurityContextAppArmorProfile {
    /**
     * @schema TestRunSpecStarterContainerSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema TestRunSpecStarterContainerSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterContainerSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterContainerSecurityContextAppArmorProfile(obj: TestRunSpecStarterContainerSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterContainerSecurityContextCapabilities
 */
export interface TestRunSpecStarterContainerSecurityContextCapabilities {
    /**
     * @schema TestRunSpecStarterContainerSecurityContextCapabilities#add
     */
    readonly add?: string[];
    /**
     * @schema TestRunSpecStarterContainerSecurityContextCapabilities#drop
     */
    readonly drop?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterContainerSecurityContextCapabilities' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterContainerSecurityContextCapabilities(obj: TestRunSpecStarterContainerSecurityContextCapabilities | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterContainerSecurityContextSeLinuxOptions
 */
export interface TestRunSpecStarterContainerSecurityContextSeLinuxOptions {
    /**
     * @schema TestRunSpecStarterContainerSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema TestRunSpecStarterContainerSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema TestRunSpecStarterContainerSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema TestRunSpecStarterContainerSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterContainerSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterContainerSecurityContextSeLinuxOptions(obj: TestRunSpecStarterContainerSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterContainerSecurityContextSeccompProfile
 */
export interface TestRunSpecStarterContainerSecurityContextSeccompProfile {
    /**
     * @schema TestRunSpecStarterContainerSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema TestRunSpecStarterContainerSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterContainerSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterContainerSecurityContextSeccompProfile(obj: TestRunSpecStarterContainerSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterContainerSecurityContextWindowsOptions
 */
export interface TestRunSpecStarterContainerSecurityContextWindowsOptions {
    /**
     * @schema TestRunSpecStarterContainerSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema TestRunSpecStarterContainerSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema TestRunSpecStarterContainerSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema TestRunSpecStarterContainerSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterContainerSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterContainerSecurityContextWindowsOptions(obj: TestRunSpecStarterContainerSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterEnvValueFrom
 */
export interface TestRunSpecStarterEnvValueFrom {
    /**
     * @schema TestRunSpecStarterEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: TestRunSpecStarterEnvValueFromConfigMapKeyRef;
    /**
     * @schema TestRunSpecStarterEnvValueFrom#fieldRef
     */
    readonly fieldRef?: TestRunSpecStarterEnvValueFromFieldRef;
    /**
     * @schema TestRunSpecStarterEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: TestRunSpecStarterEnvValueFromFileKeyRef;
    /**
     * @schema TestRunSpecStarterEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: TestRunSpecStarterEnvValueFromResourceFieldRef;
    /**
     * @schema TestRunSpecStarterEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: TestRunSpecStarterEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'TestRunSpecStarterEnvValueFrom' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterEnvValueFrom(obj: TestRunSpecStarterEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterEnvFromConfigMapRef
 */
export interface TestRunSpecStarterEnvFromConfigMapRef {
    /**
     * @schema TestRunSpecStarterEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecStarterEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecStarterEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterEnvFromConfigMapRef(obj: TestRunSpecStarterEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterEnvFromSecretRef
 */
export interface TestRunSpecStarterEnvFromSecretRef {
    /**
     * @schema TestRunSpecStarterEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecStarterEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecStarterEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterEnvFromSecretRef(obj: TestRunSpecStarterEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterInitContainersEnv
 */
export interface TestRunSpecStarterInitContainersEnv {
    /**
     * @schema TestRunSpecStarterInitContainersEnv#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecStarterInitContainersEnv#value
     */
    readonly value?: string;
    /**
     * @schema TestRunSpecStarterInitContainersEnv#valueFrom
     */
    readonly valueFrom?: TestRunSpecStarterInitContainersEnvValueFrom;
}
/**
 * Converts an object of type 'TestRunSpecStarterInitContainersEnv' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterInitContainersEnv(obj: TestRunSpecStarterInitContainersEnv | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterInitContainersEnvFrom
 */
export interface TestRunSpecStarterInitContainersEnvFrom {
    /**
     * @schema TestRunSpecStarterInitContainersEnvFrom#configMapRef
     */
    readonly configMapRef?: TestRunSpecStarterInitContainersEnvFromConfigMapRef;
    /**
     * @schema TestRunSpecStarterInitContainersEnvFrom#prefix
     */
    readonly prefix?: string;
    /**
     * @schema TestRunSpecStarterInitContainersEnvFrom#secretRef
     */
    readonly secretRef?: TestRunSpecStarterInitContainersEnvFromSecretRef;
}
/**
 * Converts an object of type 'TestRunSpecStarterInitContainersEnvFrom' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterInitContainersEnvFrom(obj: TestRunSpecStarterInitContainersEnvFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterInitContainersResources
 */
export interface TestRunSpecStarterInitContainersResources {
    /**
     * @schema TestRunSpecStarterInitContainersResources#claims
     */
    readonly claims?: TestRunSpecStarterInitContainersResourcesClaims[];
    /**
     * @schema TestRunSpecStarterInitContainersResources#limits
     */
    readonly limits?: {
        [key: string]: TestRunSpecStarterInitContainersResourcesLimits;
    };
    /**
     * @schema TestRunSpecStarterInitContainersResources#requests
     */
    readonly requests?: {
        [key: string]: TestRunSpecStarterInitContainersResourcesRequests;
    };
}
/**
 * Converts an object of type 'TestRunSpecStarterInitContainersResources' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterInitContainersResources(obj: TestRunSpecStarterInitContainersResources | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterInitContainersVolumeMounts
 */
export interface TestRunSpecStarterInitContainersVolumeMounts {
    /**
     * @schema TestRunSpecStarterInitContainersVolumeMounts#mountPath
     */
    readonly mountPath: string;
    /**
     * @schema TestRunSpecStarterInitContainersVolumeMounts#mountPropagation
     */
    readonly mountPropagation?: string;
    /**
     * @schema TestRunSpecStarterInitContainersVolumeMounts#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecStarterInitContainersVolumeMounts#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecStarterInitContainersVolumeMounts#recursiveReadOnly
     */
    readonly recursiveReadOnly?: string;
    /**
     * @schema TestRunSpecStarterInitContainersVolumeMounts#subPath
     */
    readonly subPath?: string;
    /**
     * @schema TestRunSpecStarterInitContainersVolumeMounts#subPathExpr
     */
    readonly subPathExpr?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterInitContainersVolumeMounts' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterInitContainersVolumeMounts(obj: TestRunSpecStarterInitContainersVolumeMounts | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterLivenessProbeExec
 */
export interface TestRunSpecStarterLivenessProbeExec {
    /**
     * @schema TestRunSpecStarterLivenessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterLivenessProbeExec' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterLivenessProbeExec(obj: TestRunSpecStarterLivenessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterLivenessProbeGrpc
 */
export interface TestRunSpecStarterLivenessProbeGrpc {
    /**
     * @schema TestRunSpecStarterLivenessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema TestRunSpecStarterLivenessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterLivenessProbeGrpc' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterLivenessProbeGrpc(obj: TestRunSpecStarterLivenessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterLivenessProbeHttpGet
 */
export interface TestRunSpecStarterLivenessProbeHttpGet {
    /**
     * @schema TestRunSpecStarterLivenessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema TestRunSpecStarterLivenessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: TestRunSpecStarterLivenessProbeHttpGetHttpHeaders[];
    /**
     * @schema TestRunSpecStarterLivenessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema TestRunSpecStarterLivenessProbeHttpGet#port
     */
    readonly port: TestRunSpecStarterLivenessProbeHttpGetPort;
    /**
     * @schema TestRunSpecStarterLivenessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterLivenessProbeHttpGet' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterLivenessProbeHttpGet(obj: TestRunSpecStarterLivenessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterLivenessProbeTcpSocket
 */
export interface TestRunSpecStarterLivenessProbeTcpSocket {
    /**
     * @schema TestRunSpecStarterLivenessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema TestRunSpecStarterLivenessProbeTcpSocket#port
     */
    readonly port: TestRunSpecStarterLivenessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'TestRunSpecStarterLivenessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterLivenessProbeTcpSocket(obj: TestRunSpecStarterLivenessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterReadinessProbeExec
 */
export interface TestRunSpecStarterReadinessProbeExec {
    /**
     * @schema TestRunSpecStarterReadinessProbeExec#command
     */
    readonly command?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterReadinessProbeExec' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterReadinessProbeExec(obj: TestRunSpecStarterReadinessProbeExec | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterReadinessProbeGrpc
 */
export interface TestRunSpecStarterReadinessProbeGrpc {
    /**
     * @schema TestRunSpecStarterReadinessProbeGrpc#port
     */
    readonly port: number;
    /**
     * @schema TestRunSpecStarterReadinessProbeGrpc#service
     */
    readonly service?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterReadinessProbeGrpc' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterReadinessProbeGrpc(obj: TestRunSpecStarterReadinessProbeGrpc | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterReadinessProbeHttpGet
 */
export interface TestRunSpecStarterReadinessProbeHttpGet {
    /**
     * @schema TestRunSpecStarterReadinessProbeHttpGet#host
     */
    readonly host?: string;
    /**
     * @schema TestRunSpecStarterReadinessProbeHttpGet#httpHeaders
     */
    readonly httpHeaders?: TestRunSpecStarterReadinessProbeHttpGetHttpHeaders[];
    /**
     * @schema TestRunSpecStarterReadinessProbeHttpGet#path
     */
    readonly path?: string;
    /**
     * @schema TestRunSpecStarterReadinessProbeHttpGet#port
     */
    readonly port: TestRunSpecStarterReadinessProbeHttpGetPort;
    /**
     * @schema TestRunSpecStarterReadinessProbeHttpGet#scheme
     */
    readonly scheme?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterReadinessProbeHttpGet' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterReadinessProbeHttpGet(obj: TestRunSpecStarterReadinessProbeHttpGet | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterReadinessProbeTcpSocket
 */
export interface TestRunSpecStarterReadinessProbeTcpSocket {
    /**
     * @schema TestRunSpecStarterReadinessProbeTcpSocket#host
     */
    readonly host?: string;
    /**
     * @schema TestRunSpecStarterReadinessProbeTcpSocket#port
     */
    readonly port: TestRunSpecStarterReadinessProbeTcpSocketPort;
}
/**
 * Converts an object of type 'TestRunSpecStarterReadinessProbeTcpSocket' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterReadinessProbeTcpSocket(obj: TestRunSpecStarterReadinessProbeTcpSocket | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterResourcesClaims
 */
export interface TestRunSpecStarterResourcesClaims {
    /**
     * @schema TestRunSpecStarterResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecStarterResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterResourcesClaims' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterResourcesClaims(obj: TestRunSpecStarterResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterResourcesLimits
 */
export declare class TestRunSpecStarterResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecStarterResourcesLimits;
    static fromString(value: string): TestRunSpecStarterResourcesLimits;
    private constructor();
}
/**
 * @schema TestRunSpecStarterResourcesRequests
 */
export declare class TestRunSpecStarterResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecStarterResourcesRequests;
    static fromString(value: string): TestRunSpecStarterResourcesRequests;
    private constructor();
}
/**
 * @schema TestRunSpecStarterSecurityContextAppArmorProfile
 */
export interface TestRunSpecStarterSecurityContextAppArmorProfile {
    /**
     * @schema TestRunSpecStarterSecurityContextAppArmorProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema TestRunSpecStarterSecurityContextAppArmorProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterSecurityContextAppArmorProfile' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterSecurityContextAppArmorProfile(obj: TestRunSpecStarterSecurityContextAppArmorProfile | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterSecurityContextSeLinuxOptions
 */
export interface TestRunSpecStarterSecurityContextSeLinuxOptions {
    /**
     * @schema TestRunSpecStarterSecurityContextSeLinuxOptions#level
     */
    readonly level?: string;
    /**
     * @schema TestRunSpecStarterSecurityContextSeLinuxOptions#role
     */
    readonly role?: string;
    /**
     * @schema TestRunSpecStarterSecurityContextSeLinuxOptions#type
     */
    readonly type?: string;
    /**
     * @schema TestRunSpecStarterSecurityContextSeLinuxOptions#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterSecurityContextSeLinuxOptions' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterSecurityContextSeLinuxOptions(obj: TestRunSpecStarterSecurityContextSeLinuxOptions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterSecurityContextSeccompProfile
 */
export interface TestRunSpecStarterSecurityContextSeccompProfile {
    /**
     * @schema TestRunSpecStarterSecurityContextSeccompProfile#localhostProfile
     */
    readonly localhostProfile?: string;
    /**
     * @schema TestRunSpecStarterSecurityContextSeccompProfile#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterSecurityContextSeccompProfile' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterSecurityContextSeccompProfile(obj: TestRunSpecStarterSecurityContextSeccompProfile | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterSecurityContextSysctls
 */
export interface TestRunSpecStarterSecurityContextSysctls {
    /**
     * @schema TestRunSpecStarterSecurityContextSysctls#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecStarterSecurityContextSysctls#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterSecurityContextSysctls' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterSecurityContextSysctls(obj: TestRunSpecStarterSecurityContextSysctls | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterSecurityContextWindowsOptions
 */
export interface TestRunSpecStarterSecurityContextWindowsOptions {
    /**
     * @schema TestRunSpecStarterSecurityContextWindowsOptions#gmsaCredentialSpec
     */
    readonly gmsaCredentialSpec?: string;
    /**
     * @schema TestRunSpecStarterSecurityContextWindowsOptions#gmsaCredentialSpecName
     */
    readonly gmsaCredentialSpecName?: string;
    /**
     * @schema TestRunSpecStarterSecurityContextWindowsOptions#hostProcess
     */
    readonly hostProcess?: boolean;
    /**
     * @schema TestRunSpecStarterSecurityContextWindowsOptions#runAsUserName
     */
    readonly runAsUserName?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterSecurityContextWindowsOptions' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterSecurityContextWindowsOptions(obj: TestRunSpecStarterSecurityContextWindowsOptions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterTopologySpreadConstraintsLabelSelector
 */
export interface TestRunSpecStarterTopologySpreadConstraintsLabelSelector {
    /**
     * @schema TestRunSpecStarterTopologySpreadConstraintsLabelSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecStarterTopologySpreadConstraintsLabelSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecStarterTopologySpreadConstraintsLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecStarterTopologySpreadConstraintsLabelSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterTopologySpreadConstraintsLabelSelector(obj: TestRunSpecStarterTopologySpreadConstraintsLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesAwsElasticBlockStore
 */
export interface TestRunSpecStarterVolumesAwsElasticBlockStore {
    /**
     * @schema TestRunSpecStarterVolumesAwsElasticBlockStore#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecStarterVolumesAwsElasticBlockStore#partition
     */
    readonly partition?: number;
    /**
     * @schema TestRunSpecStarterVolumesAwsElasticBlockStore#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesAwsElasticBlockStore#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesAwsElasticBlockStore' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesAwsElasticBlockStore(obj: TestRunSpecStarterVolumesAwsElasticBlockStore | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesAzureDisk
 */
export interface TestRunSpecStarterVolumesAzureDisk {
    /**
     * @schema TestRunSpecStarterVolumesAzureDisk#cachingMode
     */
    readonly cachingMode?: string;
    /**
     * @schema TestRunSpecStarterVolumesAzureDisk#diskName
     */
    readonly diskName: string;
    /**
     * @schema TestRunSpecStarterVolumesAzureDisk#diskURI
     */
    readonly diskUri: string;
    /**
     * @schema TestRunSpecStarterVolumesAzureDisk#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecStarterVolumesAzureDisk#kind
     */
    readonly kind?: string;
    /**
     * @schema TestRunSpecStarterVolumesAzureDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesAzureDisk' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesAzureDisk(obj: TestRunSpecStarterVolumesAzureDisk | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesAzureFile
 */
export interface TestRunSpecStarterVolumesAzureFile {
    /**
     * @schema TestRunSpecStarterVolumesAzureFile#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesAzureFile#secretName
     */
    readonly secretName: string;
    /**
     * @schema TestRunSpecStarterVolumesAzureFile#shareName
     */
    readonly shareName: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesAzureFile' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesAzureFile(obj: TestRunSpecStarterVolumesAzureFile | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesCephfs
 */
export interface TestRunSpecStarterVolumesCephfs {
    /**
     * @schema TestRunSpecStarterVolumesCephfs#monitors
     */
    readonly monitors: string[];
    /**
     * @schema TestRunSpecStarterVolumesCephfs#path
     */
    readonly path?: string;
    /**
     * @schema TestRunSpecStarterVolumesCephfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesCephfs#secretFile
     */
    readonly secretFile?: string;
    /**
     * @schema TestRunSpecStarterVolumesCephfs#secretRef
     */
    readonly secretRef?: TestRunSpecStarterVolumesCephfsSecretRef;
    /**
     * @schema TestRunSpecStarterVolumesCephfs#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesCephfs' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesCephfs(obj: TestRunSpecStarterVolumesCephfs | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesCinder
 */
export interface TestRunSpecStarterVolumesCinder {
    /**
     * @schema TestRunSpecStarterVolumesCinder#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecStarterVolumesCinder#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesCinder#secretRef
     */
    readonly secretRef?: TestRunSpecStarterVolumesCinderSecretRef;
    /**
     * @schema TestRunSpecStarterVolumesCinder#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesCinder' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesCinder(obj: TestRunSpecStarterVolumesCinder | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesConfigMap
 */
export interface TestRunSpecStarterVolumesConfigMap {
    /**
     * @schema TestRunSpecStarterVolumesConfigMap#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema TestRunSpecStarterVolumesConfigMap#items
     */
    readonly items?: TestRunSpecStarterVolumesConfigMapItems[];
    /**
     * @schema TestRunSpecStarterVolumesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecStarterVolumesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesConfigMap' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesConfigMap(obj: TestRunSpecStarterVolumesConfigMap | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesCsi
 */
export interface TestRunSpecStarterVolumesCsi {
    /**
     * @schema TestRunSpecStarterVolumesCsi#driver
     */
    readonly driver: string;
    /**
     * @schema TestRunSpecStarterVolumesCsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecStarterVolumesCsi#nodePublishSecretRef
     */
    readonly nodePublishSecretRef?: TestRunSpecStarterVolumesCsiNodePublishSecretRef;
    /**
     * @schema TestRunSpecStarterVolumesCsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesCsi#volumeAttributes
     */
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesCsi' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesCsi(obj: TestRunSpecStarterVolumesCsi | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesDownwardApi
 */
export interface TestRunSpecStarterVolumesDownwardApi {
    /**
     * @schema TestRunSpecStarterVolumesDownwardApi#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema TestRunSpecStarterVolumesDownwardApi#items
     */
    readonly items?: TestRunSpecStarterVolumesDownwardApiItems[];
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesDownwardApi' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesDownwardApi(obj: TestRunSpecStarterVolumesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesEmptyDir
 */
export interface TestRunSpecStarterVolumesEmptyDir {
    /**
     * @schema TestRunSpecStarterVolumesEmptyDir#medium
     */
    readonly medium?: string;
    /**
     * @schema TestRunSpecStarterVolumesEmptyDir#sizeLimit
     */
    readonly sizeLimit?: TestRunSpecStarterVolumesEmptyDirSizeLimit;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesEmptyDir' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesEmptyDir(obj: TestRunSpecStarterVolumesEmptyDir | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesEphemeral
 */
export interface TestRunSpecStarterVolumesEphemeral {
    /**
     * @schema TestRunSpecStarterVolumesEphemeral#volumeClaimTemplate
     */
    readonly volumeClaimTemplate?: TestRunSpecStarterVolumesEphemeralVolumeClaimTemplate;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesEphemeral' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesEphemeral(obj: TestRunSpecStarterVolumesEphemeral | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesFc
 */
export interface TestRunSpecStarterVolumesFc {
    /**
     * @schema TestRunSpecStarterVolumesFc#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecStarterVolumesFc#lun
     */
    readonly lun?: number;
    /**
     * @schema TestRunSpecStarterVolumesFc#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesFc#targetWWNs
     */
    readonly targetWwNs?: string[];
    /**
     * @schema TestRunSpecStarterVolumesFc#wwids
     */
    readonly wwids?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesFc' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesFc(obj: TestRunSpecStarterVolumesFc | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesFlexVolume
 */
export interface TestRunSpecStarterVolumesFlexVolume {
    /**
     * @schema TestRunSpecStarterVolumesFlexVolume#driver
     */
    readonly driver: string;
    /**
     * @schema TestRunSpecStarterVolumesFlexVolume#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecStarterVolumesFlexVolume#options
     */
    readonly options?: {
        [key: string]: string;
    };
    /**
     * @schema TestRunSpecStarterVolumesFlexVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesFlexVolume#secretRef
     */
    readonly secretRef?: TestRunSpecStarterVolumesFlexVolumeSecretRef;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesFlexVolume' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesFlexVolume(obj: TestRunSpecStarterVolumesFlexVolume | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesFlocker
 */
export interface TestRunSpecStarterVolumesFlocker {
    /**
     * @schema TestRunSpecStarterVolumesFlocker#datasetName
     */
    readonly datasetName?: string;
    /**
     * @schema TestRunSpecStarterVolumesFlocker#datasetUUID
     */
    readonly datasetUuid?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesFlocker' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesFlocker(obj: TestRunSpecStarterVolumesFlocker | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesGcePersistentDisk
 */
export interface TestRunSpecStarterVolumesGcePersistentDisk {
    /**
     * @schema TestRunSpecStarterVolumesGcePersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecStarterVolumesGcePersistentDisk#partition
     */
    readonly partition?: number;
    /**
     * @schema TestRunSpecStarterVolumesGcePersistentDisk#pdName
     */
    readonly pdName: string;
    /**
     * @schema TestRunSpecStarterVolumesGcePersistentDisk#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesGcePersistentDisk' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesGcePersistentDisk(obj: TestRunSpecStarterVolumesGcePersistentDisk | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesGitRepo
 */
export interface TestRunSpecStarterVolumesGitRepo {
    /**
     * @schema TestRunSpecStarterVolumesGitRepo#directory
     */
    readonly directory?: string;
    /**
     * @schema TestRunSpecStarterVolumesGitRepo#repository
     */
    readonly repository: string;
    /**
     * @schema TestRunSpecStarterVolumesGitRepo#revision
     */
    readonly revision?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesGitRepo' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesGitRepo(obj: TestRunSpecStarterVolumesGitRepo | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesGlusterfs
 */
export interface TestRunSpecStarterVolumesGlusterfs {
    /**
     * @schema TestRunSpecStarterVolumesGlusterfs#endpoints
     */
    readonly endpoints: string;
    /**
     * @schema TestRunSpecStarterVolumesGlusterfs#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecStarterVolumesGlusterfs#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesGlusterfs' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesGlusterfs(obj: TestRunSpecStarterVolumesGlusterfs | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesHostPath
 */
export interface TestRunSpecStarterVolumesHostPath {
    /**
     * @schema TestRunSpecStarterVolumesHostPath#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecStarterVolumesHostPath#type
     */
    readonly type?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesHostPath' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesHostPath(obj: TestRunSpecStarterVolumesHostPath | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesImage
 */
export interface TestRunSpecStarterVolumesImage {
    /**
     * @schema TestRunSpecStarterVolumesImage#pullPolicy
     */
    readonly pullPolicy?: string;
    /**
     * @schema TestRunSpecStarterVolumesImage#reference
     */
    readonly reference?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesImage' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesImage(obj: TestRunSpecStarterVolumesImage | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesIscsi
 */
export interface TestRunSpecStarterVolumesIscsi {
    /**
     * @schema TestRunSpecStarterVolumesIscsi#chapAuthDiscovery
     */
    readonly chapAuthDiscovery?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesIscsi#chapAuthSession
     */
    readonly chapAuthSession?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesIscsi#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecStarterVolumesIscsi#initiatorName
     */
    readonly initiatorName?: string;
    /**
     * @schema TestRunSpecStarterVolumesIscsi#iqn
     */
    readonly iqn: string;
    /**
     * @schema TestRunSpecStarterVolumesIscsi#iscsiInterface
     */
    readonly iscsiInterface?: string;
    /**
     * @schema TestRunSpecStarterVolumesIscsi#lun
     */
    readonly lun: number;
    /**
     * @schema TestRunSpecStarterVolumesIscsi#portals
     */
    readonly portals?: string[];
    /**
     * @schema TestRunSpecStarterVolumesIscsi#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesIscsi#secretRef
     */
    readonly secretRef?: TestRunSpecStarterVolumesIscsiSecretRef;
    /**
     * @schema TestRunSpecStarterVolumesIscsi#targetPortal
     */
    readonly targetPortal: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesIscsi' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesIscsi(obj: TestRunSpecStarterVolumesIscsi | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesNfs
 */
export interface TestRunSpecStarterVolumesNfs {
    /**
     * @schema TestRunSpecStarterVolumesNfs#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecStarterVolumesNfs#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesNfs#server
     */
    readonly server: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesNfs' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesNfs(obj: TestRunSpecStarterVolumesNfs | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesPersistentVolumeClaim
 */
export interface TestRunSpecStarterVolumesPersistentVolumeClaim {
    /**
     * @schema TestRunSpecStarterVolumesPersistentVolumeClaim#claimName
     */
    readonly claimName: string;
    /**
     * @schema TestRunSpecStarterVolumesPersistentVolumeClaim#readOnly
     */
    readonly readOnly?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesPersistentVolumeClaim' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesPersistentVolumeClaim(obj: TestRunSpecStarterVolumesPersistentVolumeClaim | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesPhotonPersistentDisk
 */
export interface TestRunSpecStarterVolumesPhotonPersistentDisk {
    /**
     * @schema TestRunSpecStarterVolumesPhotonPersistentDisk#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecStarterVolumesPhotonPersistentDisk#pdID
     */
    readonly pdId: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesPhotonPersistentDisk' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesPhotonPersistentDisk(obj: TestRunSpecStarterVolumesPhotonPersistentDisk | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesPortworxVolume
 */
export interface TestRunSpecStarterVolumesPortworxVolume {
    /**
     * @schema TestRunSpecStarterVolumesPortworxVolume#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecStarterVolumesPortworxVolume#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesPortworxVolume#volumeID
     */
    readonly volumeId: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesPortworxVolume' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesPortworxVolume(obj: TestRunSpecStarterVolumesPortworxVolume | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesProjected
 */
export interface TestRunSpecStarterVolumesProjected {
    /**
     * @schema TestRunSpecStarterVolumesProjected#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema TestRunSpecStarterVolumesProjected#sources
     */
    readonly sources?: TestRunSpecStarterVolumesProjectedSources[];
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesProjected' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesProjected(obj: TestRunSpecStarterVolumesProjected | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesQuobyte
 */
export interface TestRunSpecStarterVolumesQuobyte {
    /**
     * @schema TestRunSpecStarterVolumesQuobyte#group
     */
    readonly group?: string;
    /**
     * @schema TestRunSpecStarterVolumesQuobyte#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesQuobyte#registry
     */
    readonly registry: string;
    /**
     * @schema TestRunSpecStarterVolumesQuobyte#tenant
     */
    readonly tenant?: string;
    /**
     * @schema TestRunSpecStarterVolumesQuobyte#user
     */
    readonly user?: string;
    /**
     * @schema TestRunSpecStarterVolumesQuobyte#volume
     */
    readonly volume: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesQuobyte' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesQuobyte(obj: TestRunSpecStarterVolumesQuobyte | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesRbd
 */
export interface TestRunSpecStarterVolumesRbd {
    /**
     * @schema TestRunSpecStarterVolumesRbd#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecStarterVolumesRbd#image
     */
    readonly image: string;
    /**
     * @schema TestRunSpecStarterVolumesRbd#keyring
     */
    readonly keyring?: string;
    /**
     * @schema TestRunSpecStarterVolumesRbd#monitors
     */
    readonly monitors: string[];
    /**
     * @schema TestRunSpecStarterVolumesRbd#pool
     */
    readonly pool?: string;
    /**
     * @schema TestRunSpecStarterVolumesRbd#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesRbd#secretRef
     */
    readonly secretRef?: TestRunSpecStarterVolumesRbdSecretRef;
    /**
     * @schema TestRunSpecStarterVolumesRbd#user
     */
    readonly user?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesRbd' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesRbd(obj: TestRunSpecStarterVolumesRbd | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesScaleIo
 */
export interface TestRunSpecStarterVolumesScaleIo {
    /**
     * @schema TestRunSpecStarterVolumesScaleIo#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecStarterVolumesScaleIo#gateway
     */
    readonly gateway: string;
    /**
     * @schema TestRunSpecStarterVolumesScaleIo#protectionDomain
     */
    readonly protectionDomain?: string;
    /**
     * @schema TestRunSpecStarterVolumesScaleIo#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesScaleIo#secretRef
     */
    readonly secretRef: TestRunSpecStarterVolumesScaleIoSecretRef;
    /**
     * @schema TestRunSpecStarterVolumesScaleIo#sslEnabled
     */
    readonly sslEnabled?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesScaleIo#storageMode
     */
    readonly storageMode?: string;
    /**
     * @schema TestRunSpecStarterVolumesScaleIo#storagePool
     */
    readonly storagePool?: string;
    /**
     * @schema TestRunSpecStarterVolumesScaleIo#system
     */
    readonly system: string;
    /**
     * @schema TestRunSpecStarterVolumesScaleIo#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesScaleIo' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesScaleIo(obj: TestRunSpecStarterVolumesScaleIo | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesSecret
 */
export interface TestRunSpecStarterVolumesSecret {
    /**
     * @schema TestRunSpecStarterVolumesSecret#defaultMode
     */
    readonly defaultMode?: number;
    /**
     * @schema TestRunSpecStarterVolumesSecret#items
     */
    readonly items?: TestRunSpecStarterVolumesSecretItems[];
    /**
     * @schema TestRunSpecStarterVolumesSecret#optional
     */
    readonly optional?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesSecret#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesSecret' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesSecret(obj: TestRunSpecStarterVolumesSecret | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesStorageos
 */
export interface TestRunSpecStarterVolumesStorageos {
    /**
     * @schema TestRunSpecStarterVolumesStorageos#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecStarterVolumesStorageos#readOnly
     */
    readonly readOnly?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesStorageos#secretRef
     */
    readonly secretRef?: TestRunSpecStarterVolumesStorageosSecretRef;
    /**
     * @schema TestRunSpecStarterVolumesStorageos#volumeName
     */
    readonly volumeName?: string;
    /**
     * @schema TestRunSpecStarterVolumesStorageos#volumeNamespace
     */
    readonly volumeNamespace?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesStorageos' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesStorageos(obj: TestRunSpecStarterVolumesStorageos | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesVsphereVolume
 */
export interface TestRunSpecStarterVolumesVsphereVolume {
    /**
     * @schema TestRunSpecStarterVolumesVsphereVolume#fsType
     */
    readonly fsType?: string;
    /**
     * @schema TestRunSpecStarterVolumesVsphereVolume#storagePolicyID
     */
    readonly storagePolicyId?: string;
    /**
     * @schema TestRunSpecStarterVolumesVsphereVolume#storagePolicyName
     */
    readonly storagePolicyName?: string;
    /**
     * @schema TestRunSpecStarterVolumesVsphereVolume#volumePath
     */
    readonly volumePath: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesVsphereVolume' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesVsphereVolume(obj: TestRunSpecStarterVolumesVsphereVolume | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerEnvValueFromConfigMapKeyRef
 */
export interface TestRunSpecInitializerEnvValueFromConfigMapKeyRef {
    /**
     * @schema TestRunSpecInitializerEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecInitializerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecInitializerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerEnvValueFromConfigMapKeyRef(obj: TestRunSpecInitializerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerEnvValueFromFieldRef
 */
export interface TestRunSpecInitializerEnvValueFromFieldRef {
    /**
     * @schema TestRunSpecInitializerEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema TestRunSpecInitializerEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerEnvValueFromFieldRef(obj: TestRunSpecInitializerEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerEnvValueFromFileKeyRef
 */
export interface TestRunSpecInitializerEnvValueFromFileKeyRef {
    /**
     * @schema TestRunSpecInitializerEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema TestRunSpecInitializerEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecInitializerEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerEnvValueFromFileKeyRef(obj: TestRunSpecInitializerEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerEnvValueFromResourceFieldRef
 */
export interface TestRunSpecInitializerEnvValueFromResourceFieldRef {
    /**
     * @schema TestRunSpecInitializerEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema TestRunSpecInitializerEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: TestRunSpecInitializerEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema TestRunSpecInitializerEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerEnvValueFromResourceFieldRef(obj: TestRunSpecInitializerEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerEnvValueFromSecretKeyRef
 */
export interface TestRunSpecInitializerEnvValueFromSecretKeyRef {
    /**
     * @schema TestRunSpecInitializerEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecInitializerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecInitializerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerEnvValueFromSecretKeyRef(obj: TestRunSpecInitializerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerInitContainersEnvValueFrom
 */
export interface TestRunSpecInitializerInitContainersEnvValueFrom {
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: TestRunSpecInitializerInitContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: TestRunSpecInitializerInitContainersEnvValueFromFieldRef;
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: TestRunSpecInitializerInitContainersEnvValueFromFileKeyRef;
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: TestRunSpecInitializerInitContainersEnvValueFromResourceFieldRef;
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: TestRunSpecInitializerInitContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'TestRunSpecInitializerInitContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerInitContainersEnvValueFrom(obj: TestRunSpecInitializerInitContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerInitContainersEnvFromConfigMapRef
 */
export interface TestRunSpecInitializerInitContainersEnvFromConfigMapRef {
    /**
     * @schema TestRunSpecInitializerInitContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecInitializerInitContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecInitializerInitContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerInitContainersEnvFromConfigMapRef(obj: TestRunSpecInitializerInitContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerInitContainersEnvFromSecretRef
 */
export interface TestRunSpecInitializerInitContainersEnvFromSecretRef {
    /**
     * @schema TestRunSpecInitializerInitContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecInitializerInitContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecInitializerInitContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerInitContainersEnvFromSecretRef(obj: TestRunSpecInitializerInitContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerInitContainersResourcesClaims
 */
export interface TestRunSpecInitializerInitContainersResourcesClaims {
    /**
     * @schema TestRunSpecInitializerInitContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecInitializerInitContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerInitContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerInitContainersResourcesClaims(obj: TestRunSpecInitializerInitContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerInitContainersResourcesLimits
 */
export declare class TestRunSpecInitializerInitContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecInitializerInitContainersResourcesLimits;
    static fromString(value: string): TestRunSpecInitializerInitContainersResourcesLimits;
    private constructor();
}
/**
 * @schema TestRunSpecInitializerInitContainersResourcesRequests
 */
export declare class TestRunSpecInitializerInitContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecInitializerInitContainersResourcesRequests;
    static fromString(value: string): TestRunSpecInitializerInitContainersResourcesRequests;
    private constructor();
}
/**
 * @schema TestRunSpecInitializerLivenessProbeHttpGetHttpHeaders
 */
export interface TestRunSpecInitializerLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema TestRunSpecInitializerLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecInitializerLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerLivenessProbeHttpGetHttpHeaders(obj: TestRunSpecInitializerLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerLivenessProbeHttpGetPort
 */
export declare class TestRunSpecInitializerLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecInitializerLivenessProbeHttpGetPort;
    static fromString(value: string): TestRunSpecInitializerLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema TestRunSpecInitializerLivenessProbeTcpSocketPort
 */
export declare class TestRunSpecInitializerLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecInitializerLivenessProbeTcpSocketPort;
    static fromString(value: string): TestRunSpecInitializerLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema TestRunSpecInitializerReadinessProbeHttpGetHttpHeaders
 */
export interface TestRunSpecInitializerReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema TestRunSpecInitializerReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecInitializerReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerReadinessProbeHttpGetHttpHeaders(obj: TestRunSpecInitializerReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerReadinessProbeHttpGetPort
 */
export declare class TestRunSpecInitializerReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecInitializerReadinessProbeHttpGetPort;
    static fromString(value: string): TestRunSpecInitializerReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema TestRunSpecInitializerReadinessProbeTcpSocketPort
 */
export declare class TestRunSpecInitializerReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecInitializerReadinessProbeTcpSocketPort;
    static fromString(value: string): TestRunSpecInitializerReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema TestRunSpecInitializerTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface TestRunSpecInitializerTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema TestRunSpecInitializerTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecInitializerTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: TestRunSpecInitializerTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesCephfsSecretRef
 */
export interface TestRunSpecInitializerVolumesCephfsSecretRef {
    /**
     * @schema TestRunSpecInitializerVolumesCephfsSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesCephfsSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesCephfsSecretRef(obj: TestRunSpecInitializerVolumesCephfsSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesCinderSecretRef
 */
export interface TestRunSpecInitializerVolumesCinderSecretRef {
    /**
     * @schema TestRunSpecInitializerVolumesCinderSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesCinderSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesCinderSecretRef(obj: TestRunSpecInitializerVolumesCinderSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesConfigMapItems
 */
export interface TestRunSpecInitializerVolumesConfigMapItems {
    /**
     * @schema TestRunSpecInitializerVolumesConfigMapItems#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema TestRunSpecInitializerVolumesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesConfigMapItems(obj: TestRunSpecInitializerVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesCsiNodePublishSecretRef
 */
export interface TestRunSpecInitializerVolumesCsiNodePublishSecretRef {
    /**
     * @schema TestRunSpecInitializerVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesCsiNodePublishSecretRef(obj: TestRunSpecInitializerVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesDownwardApiItems
 */
export interface TestRunSpecInitializerVolumesDownwardApiItems {
    /**
     * @schema TestRunSpecInitializerVolumesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: TestRunSpecInitializerVolumesDownwardApiItemsFieldRef;
    /**
     * @schema TestRunSpecInitializerVolumesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * @schema TestRunSpecInitializerVolumesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecInitializerVolumesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: TestRunSpecInitializerVolumesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesDownwardApiItems' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesDownwardApiItems(obj: TestRunSpecInitializerVolumesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesEmptyDirSizeLimit
 */
export declare class TestRunSpecInitializerVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecInitializerVolumesEmptyDirSizeLimit;
    static fromString(value: string): TestRunSpecInitializerVolumesEmptyDirSizeLimit;
    private constructor();
}
/**
 * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplate
 */
export interface TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplate {
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplate#metadata
     */
    readonly metadata?: any;
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplate#spec
     */
    readonly spec: TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplate(obj: TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesFlexVolumeSecretRef
 */
export interface TestRunSpecInitializerVolumesFlexVolumeSecretRef {
    /**
     * @schema TestRunSpecInitializerVolumesFlexVolumeSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesFlexVolumeSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesFlexVolumeSecretRef(obj: TestRunSpecInitializerVolumesFlexVolumeSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesIscsiSecretRef
 */
export interface TestRunSpecInitializerVolumesIscsiSecretRef {
    /**
     * @schema TestRunSpecInitializerVolumesIscsiSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesIscsiSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesIscsiSecretRef(obj: TestRunSpecInitializerVolumesIscsiSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesProjectedSources
 */
export interface TestRunSpecInitializerVolumesProjectedSources {
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSources#clusterTrustBundle
     */
    readonly clusterTrustBundle?: TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundle;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSources#configMap
     */
    readonly configMap?: TestRunSpecInitializerVolumesProjectedSourcesConfigMap;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSources#downwardAPI
     */
    readonly downwardApi?: TestRunSpecInitializerVolumesProjectedSourcesDownwardApi;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSources#podCertificate
     */
    readonly podCertificate?: TestRunSpecInitializerVolumesProjectedSourcesPodCertificate;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSources#secret
     */
    readonly secret?: TestRunSpecInitializerVolumesProjectedSourcesSecret;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSources#serviceAccountToken
     */
    readonly serviceAccountToken?: TestRunSpecInitializerVolumesProjectedSourcesServiceAccountToken;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesProjectedSources' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesProjectedSources(obj: TestRunSpecInitializerVolumesProjectedSources | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesRbdSecretRef
 */
export interface TestRunSpecInitializerVolumesRbdSecretRef {
    /**
     * @schema TestRunSpecInitializerVolumesRbdSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesRbdSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesRbdSecretRef(obj: TestRunSpecInitializerVolumesRbdSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesScaleIoSecretRef
 */
export interface TestRunSpecInitializerVolumesScaleIoSecretRef {
    /**
     * @schema TestRunSpecInitializerVolumesScaleIoSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesScaleIoSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesScaleIoSecretRef(obj: TestRunSpecInitializerVolumesScaleIoSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesSecretItems
 */
export interface TestRunSpecInitializerVolumesSecretItems {
    /**
     * @schema TestRunSpecInitializerVolumesSecretItems#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema TestRunSpecInitializerVolumesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesSecretItems' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesSecretItems(obj: TestRunSpecInitializerVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesStorageosSecretRef
 */
export interface TestRunSpecInitializerVolumesStorageosSecretRef {
    /**
     * @schema TestRunSpecInitializerVolumesStorageosSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesStorageosSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesStorageosSecretRef(obj: TestRunSpecInitializerVolumesStorageosSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerEnvValueFromConfigMapKeyRef
 */
export interface TestRunSpecRunnerEnvValueFromConfigMapKeyRef {
    /**
     * @schema TestRunSpecRunnerEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecRunnerEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecRunnerEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerEnvValueFromConfigMapKeyRef(obj: TestRunSpecRunnerEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerEnvValueFromFieldRef
 */
export interface TestRunSpecRunnerEnvValueFromFieldRef {
    /**
     * @schema TestRunSpecRunnerEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema TestRunSpecRunnerEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerEnvValueFromFieldRef(obj: TestRunSpecRunnerEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerEnvValueFromFileKeyRef
 */
export interface TestRunSpecRunnerEnvValueFromFileKeyRef {
    /**
     * @schema TestRunSpecRunnerEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema TestRunSpecRunnerEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecRunnerEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerEnvValueFromFileKeyRef(obj: TestRunSpecRunnerEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerEnvValueFromResourceFieldRef
 */
export interface TestRunSpecRunnerEnvValueFromResourceFieldRef {
    /**
     * @schema TestRunSpecRunnerEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema TestRunSpecRunnerEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: TestRunSpecRunnerEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema TestRunSpecRunnerEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerEnvValueFromResourceFieldRef(obj: TestRunSpecRunnerEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerEnvValueFromSecretKeyRef
 */
export interface TestRunSpecRunnerEnvValueFromSecretKeyRef {
    /**
     * @schema TestRunSpecRunnerEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecRunnerEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecRunnerEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerEnvValueFromSecretKeyRef(obj: TestRunSpecRunnerEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerInitContainersEnvValueFrom
 */
export interface TestRunSpecRunnerInitContainersEnvValueFrom {
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: TestRunSpecRunnerInitContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: TestRunSpecRunnerInitContainersEnvValueFromFieldRef;
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: TestRunSpecRunnerInitContainersEnvValueFromFileKeyRef;
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: TestRunSpecRunnerInitContainersEnvValueFromResourceFieldRef;
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: TestRunSpecRunnerInitContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'TestRunSpecRunnerInitContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerInitContainersEnvValueFrom(obj: TestRunSpecRunnerInitContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerInitContainersEnvFromConfigMapRef
 */
export interface TestRunSpecRunnerInitContainersEnvFromConfigMapRef {
    /**
     * @schema TestRunSpecRunnerInitContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecRunnerInitContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecRunnerInitContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerInitContainersEnvFromConfigMapRef(obj: TestRunSpecRunnerInitContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerInitContainersEnvFromSecretRef
 */
export interface TestRunSpecRunnerInitContainersEnvFromSecretRef {
    /**
     * @schema TestRunSpecRunnerInitContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecRunnerInitContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecRunnerInitContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerInitContainersEnvFromSecretRef(obj: TestRunSpecRunnerInitContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerInitContainersResourcesClaims
 */
export interface TestRunSpecRunnerInitContainersResourcesClaims {
    /**
     * @schema TestRunSpecRunnerInitContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecRunnerInitContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerInitContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerInitContainersResourcesClaims(obj: TestRunSpecRunnerInitContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerInitContainersResourcesLimits
 */
export declare class TestRunSpecRunnerInitContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecRunnerInitContainersResourcesLimits;
    static fromString(value: string): TestRunSpecRunnerInitContainersResourcesLimits;
    private constructor();
}
/**
 * @schema TestRunSpecRunnerInitContainersResourcesRequests
 */
export declare class TestRunSpecRunnerInitContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecRunnerInitContainersResourcesRequests;
    static fromString(value: string): TestRunSpecRunnerInitContainersResourcesRequests;
    private constructor();
}
/**
 * @schema TestRunSpecRunnerLivenessProbeHttpGetHttpHeaders
 */
export interface TestRunSpecRunnerLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema TestRunSpecRunnerLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecRunnerLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerLivenessProbeHttpGetHttpHeaders(obj: TestRunSpecRunnerLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerLivenessProbeHttpGetPort
 */
export declare class TestRunSpecRunnerLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecRunnerLivenessProbeHttpGetPort;
    static fromString(value: string): TestRunSpecRunnerLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema TestRunSpecRunnerLivenessProbeTcpSocketPort
 */
export declare class TestRunSpecRunnerLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecRunnerLivenessProbeTcpSocketPort;
    static fromString(value: string): TestRunSpecRunnerLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema TestRunSpecRunnerReadinessProbeHttpGetHttpHeaders
 */
export interface TestRunSpecRunnerReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema TestRunSpecRunnerReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecRunnerReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerReadinessProbeHttpGetHttpHeaders(obj: TestRunSpecRunnerReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerReadinessProbeHttpGetPort
 */
export declare class TestRunSpecRunnerReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecRunnerReadinessProbeHttpGetPort;
    static fromString(value: string): TestRunSpecRunnerReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema TestRunSpecRunnerReadinessProbeTcpSocketPort
 */
export declare class TestRunSpecRunnerReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecRunnerReadinessProbeTcpSocketPort;
    static fromString(value: string): TestRunSpecRunnerReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema TestRunSpecRunnerTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface TestRunSpecRunnerTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema TestRunSpecRunnerTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecRunnerTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: TestRunSpecRunnerTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesCephfsSecretRef
 */
export interface TestRunSpecRunnerVolumesCephfsSecretRef {
    /**
     * @schema TestRunSpecRunnerVolumesCephfsSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesCephfsSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesCephfsSecretRef(obj: TestRunSpecRunnerVolumesCephfsSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesCinderSecretRef
 */
export interface TestRunSpecRunnerVolumesCinderSecretRef {
    /**
     * @schema TestRunSpecRunnerVolumesCinderSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesCinderSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesCinderSecretRef(obj: TestRunSpecRunnerVolumesCinderSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesConfigMapItems
 */
export interface TestRunSpecRunnerVolumesConfigMapItems {
    /**
     * @schema TestRunSpecRunnerVolumesConfigMapItems#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema TestRunSpecRunnerVolumesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesConfigMapItems(obj: TestRunSpecRunnerVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesCsiNodePublishSecretRef
 */
export interface TestRunSpecRunnerVolumesCsiNodePublishSecretRef {
    /**
     * @schema TestRunSpecRunnerVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesCsiNodePublishSecretRef(obj: TestRunSpecRunnerVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesDownwardApiItems
 */
export interface TestRunSpecRunnerVolumesDownwardApiItems {
    /**
     * @schema TestRunSpecRunnerVolumesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: TestRunSpecRunnerVolumesDownwardApiItemsFieldRef;
    /**
     * @schema TestRunSpecRunnerVolumesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * @schema TestRunSpecRunnerVolumesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecRunnerVolumesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: TestRunSpecRunnerVolumesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesDownwardApiItems' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesDownwardApiItems(obj: TestRunSpecRunnerVolumesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesEmptyDirSizeLimit
 */
export declare class TestRunSpecRunnerVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecRunnerVolumesEmptyDirSizeLimit;
    static fromString(value: string): TestRunSpecRunnerVolumesEmptyDirSizeLimit;
    private constructor();
}
/**
 * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplate
 */
export interface TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplate {
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplate#metadata
     */
    readonly metadata?: any;
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplate#spec
     */
    readonly spec: TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplate(obj: TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesFlexVolumeSecretRef
 */
export interface TestRunSpecRunnerVolumesFlexVolumeSecretRef {
    /**
     * @schema TestRunSpecRunnerVolumesFlexVolumeSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesFlexVolumeSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesFlexVolumeSecretRef(obj: TestRunSpecRunnerVolumesFlexVolumeSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesIscsiSecretRef
 */
export interface TestRunSpecRunnerVolumesIscsiSecretRef {
    /**
     * @schema TestRunSpecRunnerVolumesIscsiSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesIscsiSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesIscsiSecretRef(obj: TestRunSpecRunnerVolumesIscsiSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesProjectedSources
 */
export interface TestRunSpecRunnerVolumesProjectedSources {
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSources#clusterTrustBundle
     */
    readonly clusterTrustBundle?: TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundle;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSources#configMap
     */
    readonly configMap?: TestRunSpecRunnerVolumesProjectedSourcesConfigMap;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSources#downwardAPI
     */
    readonly downwardApi?: TestRunSpecRunnerVolumesProjectedSourcesDownwardApi;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSources#podCertificate
     */
    readonly podCertificate?: TestRunSpecRunnerVolumesProjectedSourcesPodCertificate;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSources#secret
     */
    readonly secret?: TestRunSpecRunnerVolumesProjectedSourcesSecret;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSources#serviceAccountToken
     */
    readonly serviceAccountToken?: TestRunSpecRunnerVolumesProjectedSourcesServiceAccountToken;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesProjectedSources' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesProjectedSources(obj: TestRunSpecRunnerVolumesProjectedSources | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesRbdSecretRef
 */
export interface TestRunSpecRunnerVolumesRbdSecretRef {
    /**
     * @schema TestRunSpecRunnerVolumesRbdSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesRbdSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesRbdSecretRef(obj: TestRunSpecRunnerVolumesRbdSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesScaleIoSecretRef
 */
export interface TestRunSpecRunnerVolumesScaleIoSecretRef {
    /**
     * @schema TestRunSpecRunnerVolumesScaleIoSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesScaleIoSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesScaleIoSecretRef(obj: TestRunSpecRunnerVolumesScaleIoSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesSecretItems
 */
export interface TestRunSpecRunnerVolumesSecretItems {
    /**
     * @schema TestRunSpecRunnerVolumesSecretItems#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema TestRunSpecRunnerVolumesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesSecretItems' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesSecretItems(obj: TestRunSpecRunnerVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesStorageosSecretRef
 */
export interface TestRunSpecRunnerVolumesStorageosSecretRef {
    /**
     * @schema TestRunSpecRunnerVolumesStorageosSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesStorageosSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesStorageosSecretRef(obj: TestRunSpecRunnerVolumesStorageosSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#preference
     */
    readonly preference: TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution#nodeSelectorTerms
     */
    readonly nodeSelectorTerms: TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution
 */
export interface TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#podAffinityTerm
     */
    readonly podAffinityTerm: TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution#weight
     */
    readonly weight: number;
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution(obj: TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution
 */
export interface TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#labelSelector
     */
    readonly labelSelector?: TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaceSelector
     */
    readonly namespaceSelector?: TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution(obj: TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterEnvValueFromConfigMapKeyRef
 */
export interface TestRunSpecStarterEnvValueFromConfigMapKeyRef {
    /**
     * @schema TestRunSpecStarterEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecStarterEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecStarterEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterEnvValueFromConfigMapKeyRef(obj: TestRunSpecStarterEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterEnvValueFromFieldRef
 */
export interface TestRunSpecStarterEnvValueFromFieldRef {
    /**
     * @schema TestRunSpecStarterEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema TestRunSpecStarterEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterEnvValueFromFieldRef(obj: TestRunSpecStarterEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterEnvValueFromFileKeyRef
 */
export interface TestRunSpecStarterEnvValueFromFileKeyRef {
    /**
     * @schema TestRunSpecStarterEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema TestRunSpecStarterEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecStarterEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterEnvValueFromFileKeyRef(obj: TestRunSpecStarterEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterEnvValueFromResourceFieldRef
 */
export interface TestRunSpecStarterEnvValueFromResourceFieldRef {
    /**
     * @schema TestRunSpecStarterEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema TestRunSpecStarterEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: TestRunSpecStarterEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema TestRunSpecStarterEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterEnvValueFromResourceFieldRef(obj: TestRunSpecStarterEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterEnvValueFromSecretKeyRef
 */
export interface TestRunSpecStarterEnvValueFromSecretKeyRef {
    /**
     * @schema TestRunSpecStarterEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecStarterEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecStarterEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterEnvValueFromSecretKeyRef(obj: TestRunSpecStarterEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterInitContainersEnvValueFrom
 */
export interface TestRunSpecStarterInitContainersEnvValueFrom {
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFrom#configMapKeyRef
     */
    readonly configMapKeyRef?: TestRunSpecStarterInitContainersEnvValueFromConfigMapKeyRef;
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFrom#fieldRef
     */
    readonly fieldRef?: TestRunSpecStarterInitContainersEnvValueFromFieldRef;
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFrom#fileKeyRef
     */
    readonly fileKeyRef?: TestRunSpecStarterInitContainersEnvValueFromFileKeyRef;
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFrom#resourceFieldRef
     */
    readonly resourceFieldRef?: TestRunSpecStarterInitContainersEnvValueFromResourceFieldRef;
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFrom#secretKeyRef
     */
    readonly secretKeyRef?: TestRunSpecStarterInitContainersEnvValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'TestRunSpecStarterInitContainersEnvValueFrom' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterInitContainersEnvValueFrom(obj: TestRunSpecStarterInitContainersEnvValueFrom | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterInitContainersEnvFromConfigMapRef
 */
export interface TestRunSpecStarterInitContainersEnvFromConfigMapRef {
    /**
     * @schema TestRunSpecStarterInitContainersEnvFromConfigMapRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecStarterInitContainersEnvFromConfigMapRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecStarterInitContainersEnvFromConfigMapRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterInitContainersEnvFromConfigMapRef(obj: TestRunSpecStarterInitContainersEnvFromConfigMapRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterInitContainersEnvFromSecretRef
 */
export interface TestRunSpecStarterInitContainersEnvFromSecretRef {
    /**
     * @schema TestRunSpecStarterInitContainersEnvFromSecretRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecStarterInitContainersEnvFromSecretRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecStarterInitContainersEnvFromSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterInitContainersEnvFromSecretRef(obj: TestRunSpecStarterInitContainersEnvFromSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterInitContainersResourcesClaims
 */
export interface TestRunSpecStarterInitContainersResourcesClaims {
    /**
     * @schema TestRunSpecStarterInitContainersResourcesClaims#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecStarterInitContainersResourcesClaims#request
     */
    readonly request?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterInitContainersResourcesClaims' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterInitContainersResourcesClaims(obj: TestRunSpecStarterInitContainersResourcesClaims | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterInitContainersResourcesLimits
 */
export declare class TestRunSpecStarterInitContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecStarterInitContainersResourcesLimits;
    static fromString(value: string): TestRunSpecStarterInitContainersResourcesLimits;
    private constructor();
}
/**
 * @schema TestRunSpecStarterInitContainersResourcesRequests
 */
export declare class TestRunSpecStarterInitContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecStarterInitContainersResourcesRequests;
    static fromString(value: string): TestRunSpecStarterInitContainersResourcesRequests;
    private constructor();
}
/**
 * @schema TestRunSpecStarterLivenessProbeHttpGetHttpHeaders
 */
export interface TestRunSpecStarterLivenessProbeHttpGetHttpHeaders {
    /**
     * @schema TestRunSpecStarterLivenessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecStarterLivenessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterLivenessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterLivenessProbeHttpGetHttpHeaders(obj: TestRunSpecStarterLivenessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterLivenessProbeHttpGetPort
 */
export declare class TestRunSpecStarterLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecStarterLivenessProbeHttpGetPort;
    static fromString(value: string): TestRunSpecStarterLivenessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema TestRunSpecStarterLivenessProbeTcpSocketPort
 */
export declare class TestRunSpecStarterLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecStarterLivenessProbeTcpSocketPort;
    static fromString(value: string): TestRunSpecStarterLivenessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema TestRunSpecStarterReadinessProbeHttpGetHttpHeaders
 */
export interface TestRunSpecStarterReadinessProbeHttpGetHttpHeaders {
    /**
     * @schema TestRunSpecStarterReadinessProbeHttpGetHttpHeaders#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecStarterReadinessProbeHttpGetHttpHeaders#value
     */
    readonly value: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterReadinessProbeHttpGetHttpHeaders' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterReadinessProbeHttpGetHttpHeaders(obj: TestRunSpecStarterReadinessProbeHttpGetHttpHeaders | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterReadinessProbeHttpGetPort
 */
export declare class TestRunSpecStarterReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecStarterReadinessProbeHttpGetPort;
    static fromString(value: string): TestRunSpecStarterReadinessProbeHttpGetPort;
    private constructor();
}
/**
 * @schema TestRunSpecStarterReadinessProbeTcpSocketPort
 */
export declare class TestRunSpecStarterReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecStarterReadinessProbeTcpSocketPort;
    static fromString(value: string): TestRunSpecStarterReadinessProbeTcpSocketPort;
    private constructor();
}
/**
 * @schema TestRunSpecStarterTopologySpreadConstraintsLabelSelectorMatchExpressions
 */
export interface TestRunSpecStarterTopologySpreadConstraintsLabelSelectorMatchExpressions {
    /**
     * @schema TestRunSpecStarterTopologySpreadConstraintsLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterTopologySpreadConstraintsLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecStarterTopologySpreadConstraintsLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterTopologySpreadConstraintsLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterTopologySpreadConstraintsLabelSelectorMatchExpressions(obj: TestRunSpecStarterTopologySpreadConstraintsLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesCephfsSecretRef
 */
export interface TestRunSpecStarterVolumesCephfsSecretRef {
    /**
     * @schema TestRunSpecStarterVolumesCephfsSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesCephfsSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesCephfsSecretRef(obj: TestRunSpecStarterVolumesCephfsSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesCinderSecretRef
 */
export interface TestRunSpecStarterVolumesCinderSecretRef {
    /**
     * @schema TestRunSpecStarterVolumesCinderSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesCinderSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesCinderSecretRef(obj: TestRunSpecStarterVolumesCinderSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesConfigMapItems
 */
export interface TestRunSpecStarterVolumesConfigMapItems {
    /**
     * @schema TestRunSpecStarterVolumesConfigMapItems#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterVolumesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema TestRunSpecStarterVolumesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesConfigMapItems' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesConfigMapItems(obj: TestRunSpecStarterVolumesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesCsiNodePublishSecretRef
 */
export interface TestRunSpecStarterVolumesCsiNodePublishSecretRef {
    /**
     * @schema TestRunSpecStarterVolumesCsiNodePublishSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesCsiNodePublishSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesCsiNodePublishSecretRef(obj: TestRunSpecStarterVolumesCsiNodePublishSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesDownwardApiItems
 */
export interface TestRunSpecStarterVolumesDownwardApiItems {
    /**
     * @schema TestRunSpecStarterVolumesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: TestRunSpecStarterVolumesDownwardApiItemsFieldRef;
    /**
     * @schema TestRunSpecStarterVolumesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * @schema TestRunSpecStarterVolumesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecStarterVolumesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: TestRunSpecStarterVolumesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesDownwardApiItems' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesDownwardApiItems(obj: TestRunSpecStarterVolumesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesEmptyDirSizeLimit
 */
export declare class TestRunSpecStarterVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecStarterVolumesEmptyDirSizeLimit;
    static fromString(value: string): TestRunSpecStarterVolumesEmptyDirSizeLimit;
    private constructor();
}
/**
 * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplate
 */
export interface TestRunSpecStarterVolumesEphemeralVolumeClaimTemplate {
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplate#metadata
     */
    readonly metadata?: any;
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplate#spec
     */
    readonly spec: TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpec;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesEphemeralVolumeClaimTemplate' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesEphemeralVolumeClaimTemplate(obj: TestRunSpecStarterVolumesEphemeralVolumeClaimTemplate | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesFlexVolumeSecretRef
 */
export interface TestRunSpecStarterVolumesFlexVolumeSecretRef {
    /**
     * @schema TestRunSpecStarterVolumesFlexVolumeSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesFlexVolumeSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesFlexVolumeSecretRef(obj: TestRunSpecStarterVolumesFlexVolumeSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesIscsiSecretRef
 */
export interface TestRunSpecStarterVolumesIscsiSecretRef {
    /**
     * @schema TestRunSpecStarterVolumesIscsiSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesIscsiSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesIscsiSecretRef(obj: TestRunSpecStarterVolumesIscsiSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesProjectedSources
 */
export interface TestRunSpecStarterVolumesProjectedSources {
    /**
     * @schema TestRunSpecStarterVolumesProjectedSources#clusterTrustBundle
     */
    readonly clusterTrustBundle?: TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundle;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSources#configMap
     */
    readonly configMap?: TestRunSpecStarterVolumesProjectedSourcesConfigMap;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSources#downwardAPI
     */
    readonly downwardApi?: TestRunSpecStarterVolumesProjectedSourcesDownwardApi;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSources#podCertificate
     */
    readonly podCertificate?: TestRunSpecStarterVolumesProjectedSourcesPodCertificate;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSources#secret
     */
    readonly secret?: TestRunSpecStarterVolumesProjectedSourcesSecret;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSources#serviceAccountToken
     */
    readonly serviceAccountToken?: TestRunSpecStarterVolumesProjectedSourcesServiceAccountToken;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesProjectedSources' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesProjectedSources(obj: TestRunSpecStarterVolumesProjectedSources | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesRbdSecretRef
 */
export interface TestRunSpecStarterVolumesRbdSecretRef {
    /**
     * @schema TestRunSpecStarterVolumesRbdSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesRbdSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesRbdSecretRef(obj: TestRunSpecStarterVolumesRbdSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesScaleIoSecretRef
 */
export interface TestRunSpecStarterVolumesScaleIoSecretRef {
    /**
     * @schema TestRunSpecStarterVolumesScaleIoSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesScaleIoSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesScaleIoSecretRef(obj: TestRunSpecStarterVolumesScaleIoSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesSecretItems
 */
export interface TestRunSpecStarterVolumesSecretItems {
    /**
     * @schema TestRunSpecStarterVolumesSecretItems#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterVolumesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema TestRunSpecStarterVolumesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesSecretItems' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesSecretItems(obj: TestRunSpecStarterVolumesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesStorageosSecretRef
 */
export interface TestRunSpecStarterVolumesStorageosSecretRef {
    /**
     * @schema TestRunSpecStarterVolumesStorageosSecretRef#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesStorageosSecretRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesStorageosSecretRef(obj: TestRunSpecStarterVolumesStorageosSecretRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerEnvValueFromResourceFieldRefDivisor
 */
export declare class TestRunSpecInitializerEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecInitializerEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): TestRunSpecInitializerEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema TestRunSpecInitializerInitContainersEnvValueFromConfigMapKeyRef
 */
export interface TestRunSpecInitializerInitContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecInitializerInitContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerInitContainersEnvValueFromConfigMapKeyRef(obj: TestRunSpecInitializerInitContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerInitContainersEnvValueFromFieldRef
 */
export interface TestRunSpecInitializerInitContainersEnvValueFromFieldRef {
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerInitContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerInitContainersEnvValueFromFieldRef(obj: TestRunSpecInitializerInitContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerInitContainersEnvValueFromFileKeyRef
 */
export interface TestRunSpecInitializerInitContainersEnvValueFromFileKeyRef {
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerInitContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerInitContainersEnvValueFromFileKeyRef(obj: TestRunSpecInitializerInitContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerInitContainersEnvValueFromResourceFieldRef
 */
export interface TestRunSpecInitializerInitContainersEnvValueFromResourceFieldRef {
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: TestRunSpecInitializerInitContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerInitContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerInitContainersEnvValueFromResourceFieldRef(obj: TestRunSpecInitializerInitContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerInitContainersEnvValueFromSecretKeyRef
 */
export interface TestRunSpecInitializerInitContainersEnvValueFromSecretKeyRef {
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecInitializerInitContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecInitializerInitContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerInitContainersEnvValueFromSecretKeyRef(obj: TestRunSpecInitializerInitContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesDownwardApiItemsFieldRef
 */
export interface TestRunSpecInitializerVolumesDownwardApiItemsFieldRef {
    /**
     * @schema TestRunSpecInitializerVolumesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema TestRunSpecInitializerVolumesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesDownwardApiItemsFieldRef(obj: TestRunSpecInitializerVolumesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesDownwardApiItemsResourceFieldRef
 */
export interface TestRunSpecInitializerVolumesDownwardApiItemsResourceFieldRef {
    /**
     * @schema TestRunSpecInitializerVolumesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema TestRunSpecInitializerVolumesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: TestRunSpecInitializerVolumesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * @schema TestRunSpecInitializerVolumesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesDownwardApiItemsResourceFieldRef(obj: TestRunSpecInitializerVolumesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpec
 */
export interface TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpec {
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSource;
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpec#resources
     */
    readonly resources?: TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecResources;
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpec#selector
     */
    readonly selector?: TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecSelector;
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpec(obj: TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundle
 */
export interface TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundle {
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundle#labelSelector
     */
    readonly labelSelector?: TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundle#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundle#optional
     */
    readonly optional?: boolean;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundle#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundle#signerName
     */
    readonly signerName?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundle' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundle(obj: TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundle | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesProjectedSourcesConfigMap
 */
export interface TestRunSpecInitializerVolumesProjectedSourcesConfigMap {
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesConfigMap#items
     */
    readonly items?: TestRunSpecInitializerVolumesProjectedSourcesConfigMapItems[];
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesProjectedSourcesConfigMap' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesProjectedSourcesConfigMap(obj: TestRunSpecInitializerVolumesProjectedSourcesConfigMap | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesProjectedSourcesDownwardApi
 */
export interface TestRunSpecInitializerVolumesProjectedSourcesDownwardApi {
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesDownwardApi#items
     */
    readonly items?: TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItems[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesProjectedSourcesDownwardApi' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesProjectedSourcesDownwardApi(obj: TestRunSpecInitializerVolumesProjectedSourcesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesProjectedSourcesPodCertificate
 */
export interface TestRunSpecInitializerVolumesProjectedSourcesPodCertificate {
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesPodCertificate#certificateChainPath
     */
    readonly certificateChainPath?: string;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesPodCertificate#credentialBundlePath
     */
    readonly credentialBundlePath?: string;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesPodCertificate#keyPath
     */
    readonly keyPath?: string;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesPodCertificate#keyType
     */
    readonly keyType: string;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesPodCertificate#maxExpirationSeconds
     */
    readonly maxExpirationSeconds?: number;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesPodCertificate#signerName
     */
    readonly signerName: string;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesPodCertificate#userAnnotations
     */
    readonly userAnnotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesProjectedSourcesPodCertificate' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesProjectedSourcesPodCertificate(obj: TestRunSpecInitializerVolumesProjectedSourcesPodCertificate | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesProjectedSourcesSecret
 */
export interface TestRunSpecInitializerVolumesProjectedSourcesSecret {
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesSecret#items
     */
    readonly items?: TestRunSpecInitializerVolumesProjectedSourcesSecretItems[];
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesSecret#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesProjectedSourcesSecret' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesProjectedSourcesSecret(obj: TestRunSpecInitializerVolumesProjectedSourcesSecret | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesProjectedSourcesServiceAccountToken
 */
export interface TestRunSpecInitializerVolumesProjectedSourcesServiceAccountToken {
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesServiceAccountToken#audience
     */
    readonly audience?: string;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesServiceAccountToken#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesProjectedSourcesServiceAccountToken' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesProjectedSourcesServiceAccountToken(obj: TestRunSpecInitializerVolumesProjectedSourcesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerEnvValueFromResourceFieldRefDivisor
 */
export declare class TestRunSpecRunnerEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecRunnerEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): TestRunSpecRunnerEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema TestRunSpecRunnerInitContainersEnvValueFromConfigMapKeyRef
 */
export interface TestRunSpecRunnerInitContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecRunnerInitContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerInitContainersEnvValueFromConfigMapKeyRef(obj: TestRunSpecRunnerInitContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerInitContainersEnvValueFromFieldRef
 */
export interface TestRunSpecRunnerInitContainersEnvValueFromFieldRef {
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerInitContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerInitContainersEnvValueFromFieldRef(obj: TestRunSpecRunnerInitContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerInitContainersEnvValueFromFileKeyRef
 */
export interface TestRunSpecRunnerInitContainersEnvValueFromFileKeyRef {
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerInitContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerInitContainersEnvValueFromFileKeyRef(obj: TestRunSpecRunnerInitContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerInitContainersEnvValueFromResourceFieldRef
 */
export interface TestRunSpecRunnerInitContainersEnvValueFromResourceFieldRef {
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: TestRunSpecRunnerInitContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerInitContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerInitContainersEnvValueFromResourceFieldRef(obj: TestRunSpecRunnerInitContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerInitContainersEnvValueFromSecretKeyRef
 */
export interface TestRunSpecRunnerInitContainersEnvValueFromSecretKeyRef {
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecRunnerInitContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecRunnerInitContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerInitContainersEnvValueFromSecretKeyRef(obj: TestRunSpecRunnerInitContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesDownwardApiItemsFieldRef
 */
export interface TestRunSpecRunnerVolumesDownwardApiItemsFieldRef {
    /**
     * @schema TestRunSpecRunnerVolumesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema TestRunSpecRunnerVolumesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesDownwardApiItemsFieldRef(obj: TestRunSpecRunnerVolumesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesDownwardApiItemsResourceFieldRef
 */
export interface TestRunSpecRunnerVolumesDownwardApiItemsResourceFieldRef {
    /**
     * @schema TestRunSpecRunnerVolumesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema TestRunSpecRunnerVolumesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: TestRunSpecRunnerVolumesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * @schema TestRunSpecRunnerVolumesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesDownwardApiItemsResourceFieldRef(obj: TestRunSpecRunnerVolumesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpec
 */
export interface TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpec {
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSource;
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpec#resources
     */
    readonly resources?: TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecResources;
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpec#selector
     */
    readonly selector?: TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecSelector;
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpec(obj: TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundle
 */
export interface TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundle {
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundle#labelSelector
     */
    readonly labelSelector?: TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundle#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundle#optional
     */
    readonly optional?: boolean;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundle#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundle#signerName
     */
    readonly signerName?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundle' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundle(obj: TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundle | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesProjectedSourcesConfigMap
 */
export interface TestRunSpecRunnerVolumesProjectedSourcesConfigMap {
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesConfigMap#items
     */
    readonly items?: TestRunSpecRunnerVolumesProjectedSourcesConfigMapItems[];
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesProjectedSourcesConfigMap' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesProjectedSourcesConfigMap(obj: TestRunSpecRunnerVolumesProjectedSourcesConfigMap | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesProjectedSourcesDownwardApi
 */
export interface TestRunSpecRunnerVolumesProjectedSourcesDownwardApi {
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesDownwardApi#items
     */
    readonly items?: TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItems[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesProjectedSourcesDownwardApi' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesProjectedSourcesDownwardApi(obj: TestRunSpecRunnerVolumesProjectedSourcesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesProjectedSourcesPodCertificate
 */
export interface TestRunSpecRunnerVolumesProjectedSourcesPodCertificate {
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesPodCertificate#certificateChainPath
     */
    readonly certificateChainPath?: string;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesPodCertificate#credentialBundlePath
     */
    readonly credentialBundlePath?: string;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesPodCertificate#keyPath
     */
    readonly keyPath?: string;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesPodCertificate#keyType
     */
    readonly keyType: string;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesPodCertificate#maxExpirationSeconds
     */
    readonly maxExpirationSeconds?: number;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesPodCertificate#signerName
     */
    readonly signerName: string;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesPodCertificate#userAnnotations
     */
    readonly userAnnotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesProjectedSourcesPodCertificate' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesProjectedSourcesPodCertificate(obj: TestRunSpecRunnerVolumesProjectedSourcesPodCertificate | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesProjectedSourcesSecret
 */
export interface TestRunSpecRunnerVolumesProjectedSourcesSecret {
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesSecret#items
     */
    readonly items?: TestRunSpecRunnerVolumesProjectedSourcesSecretItems[];
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesSecret#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesProjectedSourcesSecret' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesProjectedSourcesSecret(obj: TestRunSpecRunnerVolumesProjectedSourcesSecret | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesProjectedSourcesServiceAccountToken
 */
export interface TestRunSpecRunnerVolumesProjectedSourcesServiceAccountToken {
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesServiceAccountToken#audience
     */
    readonly audience?: string;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesServiceAccountToken#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesProjectedSourcesServiceAccountToken' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesProjectedSourcesServiceAccountToken(obj: TestRunSpecRunnerVolumesProjectedSourcesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference
 */
export interface TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference#matchFields
     */
    readonly matchFields?: TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference(obj: TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms
 */
export interface TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms#matchFields
     */
    readonly matchFields?: TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms(obj: TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm
 */
export interface TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#labelSelector
     */
    readonly labelSelector?: TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#matchLabelKeys
     */
    readonly matchLabelKeys?: string[];
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#mismatchLabelKeys
     */
    readonly mismatchLabelKeys?: string[];
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaceSelector
     */
    readonly namespaceSelector?: TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#namespaces
     */
    readonly namespaces?: string[];
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm#topologyKey
     */
    readonly topologyKey: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm(obj: TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector
 */
export interface TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector(obj: TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector
 */
export interface TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector(obj: TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterEnvValueFromResourceFieldRefDivisor
 */
export declare class TestRunSpecStarterEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecStarterEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): TestRunSpecStarterEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema TestRunSpecStarterInitContainersEnvValueFromConfigMapKeyRef
 */
export interface TestRunSpecStarterInitContainersEnvValueFromConfigMapKeyRef {
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFromConfigMapKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFromConfigMapKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFromConfigMapKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecStarterInitContainersEnvValueFromConfigMapKeyRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterInitContainersEnvValueFromConfigMapKeyRef(obj: TestRunSpecStarterInitContainersEnvValueFromConfigMapKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterInitContainersEnvValueFromFieldRef
 */
export interface TestRunSpecStarterInitContainersEnvValueFromFieldRef {
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFromFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFromFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterInitContainersEnvValueFromFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterInitContainersEnvValueFromFieldRef(obj: TestRunSpecStarterInitContainersEnvValueFromFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterInitContainersEnvValueFromFileKeyRef
 */
export interface TestRunSpecStarterInitContainersEnvValueFromFileKeyRef {
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFromFileKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFromFileKeyRef#optional
     */
    readonly optional?: boolean;
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFromFileKeyRef#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFromFileKeyRef#volumeName
     */
    readonly volumeName: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterInitContainersEnvValueFromFileKeyRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterInitContainersEnvValueFromFileKeyRef(obj: TestRunSpecStarterInitContainersEnvValueFromFileKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterInitContainersEnvValueFromResourceFieldRef
 */
export interface TestRunSpecStarterInitContainersEnvValueFromResourceFieldRef {
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFromResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFromResourceFieldRef#divisor
     */
    readonly divisor?: TestRunSpecStarterInitContainersEnvValueFromResourceFieldRefDivisor;
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFromResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterInitContainersEnvValueFromResourceFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterInitContainersEnvValueFromResourceFieldRef(obj: TestRunSpecStarterInitContainersEnvValueFromResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterInitContainersEnvValueFromSecretKeyRef
 */
export interface TestRunSpecStarterInitContainersEnvValueFromSecretKeyRef {
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFromSecretKeyRef#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecStarterInitContainersEnvValueFromSecretKeyRef#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecStarterInitContainersEnvValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterInitContainersEnvValueFromSecretKeyRef(obj: TestRunSpecStarterInitContainersEnvValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesDownwardApiItemsFieldRef
 */
export interface TestRunSpecStarterVolumesDownwardApiItemsFieldRef {
    /**
     * @schema TestRunSpecStarterVolumesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema TestRunSpecStarterVolumesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesDownwardApiItemsFieldRef(obj: TestRunSpecStarterVolumesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesDownwardApiItemsResourceFieldRef
 */
export interface TestRunSpecStarterVolumesDownwardApiItemsResourceFieldRef {
    /**
     * @schema TestRunSpecStarterVolumesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema TestRunSpecStarterVolumesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: TestRunSpecStarterVolumesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * @schema TestRunSpecStarterVolumesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesDownwardApiItemsResourceFieldRef(obj: TestRunSpecStarterVolumesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpec
 */
export interface TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpec {
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpec#accessModes
     */
    readonly accessModes?: string[];
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpec#dataSource
     */
    readonly dataSource?: TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSource;
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpec#dataSourceRef
     */
    readonly dataSourceRef?: TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpec#resources
     */
    readonly resources?: TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecResources;
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpec#selector
     */
    readonly selector?: TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecSelector;
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpec#storageClassName
     */
    readonly storageClassName?: string;
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpec#volumeAttributesClassName
     */
    readonly volumeAttributesClassName?: string;
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpec#volumeMode
     */
    readonly volumeMode?: string;
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpec#volumeName
     */
    readonly volumeName?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpec' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpec(obj: TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundle
 */
export interface TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundle {
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundle#labelSelector
     */
    readonly labelSelector?: TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundle#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundle#optional
     */
    readonly optional?: boolean;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundle#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundle#signerName
     */
    readonly signerName?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundle' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundle(obj: TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundle | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesProjectedSourcesConfigMap
 */
export interface TestRunSpecStarterVolumesProjectedSourcesConfigMap {
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesConfigMap#items
     */
    readonly items?: TestRunSpecStarterVolumesProjectedSourcesConfigMapItems[];
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesConfigMap#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesConfigMap#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesProjectedSourcesConfigMap' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesProjectedSourcesConfigMap(obj: TestRunSpecStarterVolumesProjectedSourcesConfigMap | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesProjectedSourcesDownwardApi
 */
export interface TestRunSpecStarterVolumesProjectedSourcesDownwardApi {
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesDownwardApi#items
     */
    readonly items?: TestRunSpecStarterVolumesProjectedSourcesDownwardApiItems[];
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesProjectedSourcesDownwardApi' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesProjectedSourcesDownwardApi(obj: TestRunSpecStarterVolumesProjectedSourcesDownwardApi | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesProjectedSourcesPodCertificate
 */
export interface TestRunSpecStarterVolumesProjectedSourcesPodCertificate {
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesPodCertificate#certificateChainPath
     */
    readonly certificateChainPath?: string;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesPodCertificate#credentialBundlePath
     */
    readonly credentialBundlePath?: string;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesPodCertificate#keyPath
     */
    readonly keyPath?: string;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesPodCertificate#keyType
     */
    readonly keyType: string;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesPodCertificate#maxExpirationSeconds
     */
    readonly maxExpirationSeconds?: number;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesPodCertificate#signerName
     */
    readonly signerName: string;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesPodCertificate#userAnnotations
     */
    readonly userAnnotations?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesProjectedSourcesPodCertificate' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesProjectedSourcesPodCertificate(obj: TestRunSpecStarterVolumesProjectedSourcesPodCertificate | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesProjectedSourcesSecret
 */
export interface TestRunSpecStarterVolumesProjectedSourcesSecret {
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesSecret#items
     */
    readonly items?: TestRunSpecStarterVolumesProjectedSourcesSecretItems[];
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesSecret#name
     */
    readonly name?: string;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesSecret#optional
     */
    readonly optional?: boolean;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesProjectedSourcesSecret' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesProjectedSourcesSecret(obj: TestRunSpecStarterVolumesProjectedSourcesSecret | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesProjectedSourcesServiceAccountToken
 */
export interface TestRunSpecStarterVolumesProjectedSourcesServiceAccountToken {
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesServiceAccountToken#audience
     */
    readonly audience?: string;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesServiceAccountToken#expirationSeconds
     */
    readonly expirationSeconds?: number;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesServiceAccountToken#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesProjectedSourcesServiceAccountToken' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesProjectedSourcesServiceAccountToken(obj: TestRunSpecStarterVolumesProjectedSourcesServiceAccountToken | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: TestRunSpecInitializerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: TestRunSpecInitializerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: TestRunSpecInitializerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: TestRunSpecInitializerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerInitContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class TestRunSpecInitializerInitContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecInitializerInitContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): TestRunSpecInitializerInitContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema TestRunSpecInitializerVolumesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class TestRunSpecInitializerVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecInitializerVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): TestRunSpecInitializerVolumesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSource
 */
export interface TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSource(obj: TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef
 */
export interface TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef(obj: TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecResources
 */
export interface TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecResources {
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecResources(obj: TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecSelector
 */
export interface TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecSelector {
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecSelector(obj: TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundleLabelSelector
 */
export interface TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundleLabelSelector(obj: TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundleLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesProjectedSourcesConfigMapItems
 */
export interface TestRunSpecInitializerVolumesProjectedSourcesConfigMapItems {
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesConfigMapItems#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesProjectedSourcesConfigMapItems' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesProjectedSourcesConfigMapItems(obj: TestRunSpecInitializerVolumesProjectedSourcesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItems
 */
export interface TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItems {
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsFieldRef;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItems' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItems(obj: TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesProjectedSourcesSecretItems
 */
export interface TestRunSpecInitializerVolumesProjectedSourcesSecretItems {
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesSecretItems#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesProjectedSourcesSecretItems' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesProjectedSourcesSecretItems(obj: TestRunSpecInitializerVolumesProjectedSourcesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: TestRunSpecRunnerAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: TestRunSpecRunnerAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: TestRunSpecRunnerAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: TestRunSpecRunnerAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerInitContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class TestRunSpecRunnerInitContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecRunnerInitContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): TestRunSpecRunnerInitContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema TestRunSpecRunnerVolumesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class TestRunSpecRunnerVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecRunnerVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): TestRunSpecRunnerVolumesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSource
 */
export interface TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSource(obj: TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef
 */
export interface TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef(obj: TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecResources
 */
export interface TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecResources {
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecResources(obj: TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecSelector
 */
export interface TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecSelector {
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecSelector(obj: TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundleLabelSelector
 */
export interface TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundleLabelSelector(obj: TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundleLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesProjectedSourcesConfigMapItems
 */
export interface TestRunSpecRunnerVolumesProjectedSourcesConfigMapItems {
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesConfigMapItems#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesProjectedSourcesConfigMapItems' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesProjectedSourcesConfigMapItems(obj: TestRunSpecRunnerVolumesProjectedSourcesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItems
 */
export interface TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItems {
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsFieldRef;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItems' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItems(obj: TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesProjectedSourcesSecretItems
 */
export interface TestRunSpecRunnerVolumesProjectedSourcesSecretItems {
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesSecretItems#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesProjectedSourcesSecretItems' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesProjectedSourcesSecretItems(obj: TestRunSpecRunnerVolumesProjectedSourcesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions
 */
export interface TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions(obj: TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields
 */
export interface TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields(obj: TestRunSpecStarterAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions
 */
export interface TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions(obj: TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields
 */
export interface TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields(obj: TestRunSpecStarterAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: TestRunSpecStarterAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector
 */
export interface TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector(obj: TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector
 */
export interface TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector(obj: TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions
 */
export interface TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions(obj: TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions
 */
export interface TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions(obj: TestRunSpecStarterAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterInitContainersEnvValueFromResourceFieldRefDivisor
 */
export declare class TestRunSpecStarterInitContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecStarterInitContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): TestRunSpecStarterInitContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema TestRunSpecStarterVolumesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class TestRunSpecStarterVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecStarterVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): TestRunSpecStarterVolumesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSource
 */
export interface TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSource#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSource#kind
     */
    readonly kind: string;
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSource#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSource' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSource(obj: TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSource | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef
 */
export interface TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#apiGroup
     */
    readonly apiGroup?: string;
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#kind
     */
    readonly kind: string;
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#name
     */
    readonly name: string;
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef(obj: TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecResources
 */
export interface TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecResources {
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecResources#limits
     */
    readonly limits?: {
        [key: string]: TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecResources#requests
     */
    readonly requests?: {
        [key: string]: TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecResources' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecResources(obj: TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecResources | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecSelector
 */
export interface TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecSelector {
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecSelector(obj: TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundleLabelSelector
 */
export interface TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchExpressions
     */
    readonly matchExpressions?: TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundleLabelSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundleLabelSelector' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundleLabelSelector(obj: TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundleLabelSelector | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesProjectedSourcesConfigMapItems
 */
export interface TestRunSpecStarterVolumesProjectedSourcesConfigMapItems {
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesConfigMapItems#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesConfigMapItems#mode
     */
    readonly mode?: number;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesConfigMapItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesProjectedSourcesConfigMapItems' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesProjectedSourcesConfigMapItems(obj: TestRunSpecStarterVolumesProjectedSourcesConfigMapItems | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesProjectedSourcesDownwardApiItems
 */
export interface TestRunSpecStarterVolumesProjectedSourcesDownwardApiItems {
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesDownwardApiItems#fieldRef
     */
    readonly fieldRef?: TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsFieldRef;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesDownwardApiItems#mode
     */
    readonly mode?: number;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesDownwardApiItems#path
     */
    readonly path: string;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesDownwardApiItems#resourceFieldRef
     */
    readonly resourceFieldRef?: TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesProjectedSourcesDownwardApiItems' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesProjectedSourcesDownwardApiItems(obj: TestRunSpecStarterVolumesProjectedSourcesDownwardApiItems | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesProjectedSourcesSecretItems
 */
export interface TestRunSpecStarterVolumesProjectedSourcesSecretItems {
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesSecretItems#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesSecretItems#mode
     */
    readonly mode?: number;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesSecretItems#path
     */
    readonly path: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesProjectedSourcesSecretItems' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesProjectedSourcesSecretItems(obj: TestRunSpecStarterVolumesProjectedSourcesSecretItems | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: TestRunSpecInitializerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: TestRunSpecInitializerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits
 */
export declare class TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests
 */
export declare class TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(obj: TestRunSpecInitializerVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions
 */
export interface TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj: TestRunSpecInitializerVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsFieldRef
 */
export interface TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsFieldRef {
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsFieldRef(obj: TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsResourceFieldRef
 */
export interface TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * @schema TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(obj: TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: TestRunSpecRunnerAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: TestRunSpecRunnerAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits
 */
export declare class TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests
 */
export declare class TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(obj: TestRunSpecRunnerVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions
 */
export interface TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj: TestRunSpecRunnerVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsFieldRef
 */
export interface TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsFieldRef {
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsFieldRef(obj: TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsResourceFieldRef
 */
export interface TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * @schema TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(obj: TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: TestRunSpecStarterAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions
 */
export interface TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions(obj: TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions
 */
export interface TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions(obj: TestRunSpecStarterAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits
 */
export declare class TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
/**
 * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests
 */
export declare class TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
/**
 * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions
 */
export interface TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions(obj: TestRunSpecStarterVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions
 */
export interface TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions(obj: TestRunSpecStarterVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsFieldRef
 */
export interface TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsFieldRef {
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsFieldRef#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsFieldRef#fieldPath
     */
    readonly fieldPath: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsFieldRef(obj: TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsResourceFieldRef
 */
export interface TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#containerName
     */
    readonly containerName?: string;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#divisor
     */
    readonly divisor?: TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    /**
     * @schema TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsResourceFieldRef#resource
     */
    readonly resource: string;
}
/**
 * Converts an object of type 'TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsResourceFieldRef' to JSON representation.
 */
export declare function toJson_TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsResourceFieldRef(obj: TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsResourceFieldRef | undefined): Record<string, any> | undefined;
/**
 * @schema TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): TestRunSpecInitializerVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): TestRunSpecRunnerVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
/**
 * @schema TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor
 */
export declare class TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): TestRunSpecStarterVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
