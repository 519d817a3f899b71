import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 *
 *
 * @schema Account
 */
export declare class Account extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Account"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Account".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: AccountProps): any;
    /**
     * Defines a "Account" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: AccountProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema Account
 */
export interface AccountProps {
    /**
     * @schema Account#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema Account#spec
     */
    readonly spec?: AccountSpec;
}
/**
 * Converts an object of type 'AccountProps' to JSON representation.
 */
export declare function toJson_AccountProps(obj: AccountProps | undefined): Record<string, any> | undefined;
/**
 * @schema AccountSpec
 */
export interface AccountSpec {
    /**
     * A unique name for the Account.
     *
     * @schema AccountSpec#name
     */
    readonly name?: string;
    /**
     * The creds to be used to connect to the NATS Service.
     *
     * @schema AccountSpec#creds
     */
    readonly creds?: AccountSpecCreds;
    /**
     * The NKey seed to be used to connect to the NATS Service.
     *
     * @schema AccountSpec#nkey
     */
    readonly nkey?: AccountSpecNkey;
    /**
     * A list of servers to connect.
     *
     * @schema AccountSpec#servers
     */
    readonly servers?: string[];
    /**
     * The TLS certs to be used to connect to the NATS Service.
     *
     * @schema AccountSpec#tls
     */
    readonly tls?: AccountSpecTls;
    /**
     * The token to be used to connect to the NATS Service.
     *
     * @schema AccountSpec#token
     */
    readonly token?: AccountSpecToken;
    /**
     * The user and password to be used to connect to the NATS Service.
     *
     * @schema AccountSpec#user
     */
    readonly user?: AccountSpecUser;
    /**
     * When true, the KV Store will initiate TLS before server INFO.
     *
     * @schema AccountSpec#tlsFirst
     */
    readonly tlsFirst?: boolean;
}
/**
 * Converts an object of type 'AccountSpec' to JSON representation.
 */
export declare function toJson_AccountSpec(obj: AccountSpec | undefined): Record<string, any> | undefined;
/**
 * The creds to be used to connect to the NATS Service.
 *
 * @schema AccountSpecCreds
 */
export interface AccountSpecCreds {
    /**
     * @schema AccountSpecCreds#secret
     */
    readonly secret?: AccountSpecCredsSecret;
    /**
     * Credentials file, generated with github.com/nats-io/nsc tool.
     *
     * @schema AccountSpecCreds#file
     */
    readonly file?: string;
}
/**
 * Converts an object of type 'AccountSpecCreds' to JSON representation.
 */
export declare function toJson_AccountSpecCreds(obj: AccountSpecCreds | undefined): Record<string, any> | undefined;
/**
 * The NKey seed to be used to connect to the NATS Service.
 *
 * @schema AccountSpecNkey
 */
export interface AccountSpecNkey {
    /**
     * @schema AccountSpecNkey#secret
     */
    readonly secret?: AccountSpecNkeySecret;
    /**
     * Key in the secret that contains the NKey seed.
     *
     * @schema AccountSpecNkey#seed
     */
    readonly seed?: string;
}
/**
 * Converts an object of type 'AccountSpecNkey' to JSON representation.
 */
export declare function toJson_AccountSpecNkey(obj: AccountSpecNkey | undefined): Record<string, any> | undefined;
/**
 * The TLS certs to be used to connect to the NATS Service.
 *
 * @schema AccountSpecTls
 */
export interface AccountSpecTls {
    /**
     * @schema AccountSpecTls#secret
     */
    readonly secret?: AccountSpecTlsSecret;
    /**
     * Filename of the Root CA of the TLS cert.
     *
     * @schema AccountSpecTls#ca
     */
    readonly ca?: string;
    /**
     * Filename of the TLS cert.
     *
     * @schema AccountSpecTls#cert
     */
    readonly cert?: string;
    /**
     * Filename of the TLS cert key.
     *
     * @schema AccountSpecTls#key
     */
    readonly key?: string;
}
/**
 * Converts an object of type 'AccountSpecTls' to JSON representation.
 */
export declare function toJson_AccountSpecTls(obj: AccountSpecTls | undefined): Record<string, any> | undefined;
/**
 * The token to be used to connect to the NATS Service.
 *
 * @schema AccountSpecToken
 */
export interface AccountSpecToken {
    /**
     * @schema AccountSpecToken#secret
     */
    readonly secret?: AccountSpecTokenSecret;
    /**
     * Key in the secret that contains the token.
     *
     * @schema AccountSpecToken#token
     */
    readonly token?: string;
}
/**
 * Converts an object of type 'AccountSpecToken' to JSON representation.
 */
export declare function toJson_AccountSpecToken(obj: AccountSpecToken | undefined): Record<string, any> | undefined;
/**
 * The user and password to be used to connect to the NATS Service.
 *
 * @schema AccountSpecUser
 */
export interface AccountSpecUser {
    /**
     * @schema AccountSpecUser#secret
     */
    readonly secret?: AccountSpecUserSecret;
    /**
     * Key in the secret that contains the user.
     *
     * @schema AccountSpecUser#user
     */
    readonly user?: string;
    /**
     * Key in the secret that contains the password.
     *
     * @schema AccountSpecUser#password
     */
    readonly password?: string;
}
/**
 * Converts an object of type 'AccountSpecUser' to JSON representation.
 */
export declare function toJson_AccountSpecUser(obj: AccountSpecUser | undefined): Record<string, any> | undefined;
/**
 * @schema AccountSpecCredsSecret
 */
export interface AccountSpecCredsSecret {
    /**
     * Name of the secret with the creds.
     *
     * @schema AccountSpecCredsSecret#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'AccountSpecCredsSecret' to JSON representation.
 */
export declare function toJson_AccountSpecCredsSecret(obj: AccountSpecCredsSecret | undefined): Record<string, any> | undefined;
/**
 * @schema AccountSpecNkeySecret
 */
export interface AccountSpecNkeySecret {
    /**
     * Name of the secret containing the NKey seed.
     *
     * @schema AccountSpecNkeySecret#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'AccountSpecNkeySecret' to JSON representation.
 */
export declare function toJson_AccountSpecNkeySecret(obj: AccountSpecNkeySecret | undefined): Record<string, any> | undefined;
/**
 * @schema AccountSpecTlsSecret
 */
export interface AccountSpecTlsSecret {
    /**
     * Name of the TLS secret with the certs.
     *
     * @schema AccountSpecTlsSecret#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'AccountSpecTlsSecret' to JSON representation.
 */
export declare function toJson_AccountSpecTlsSecret(obj: AccountSpecTlsSecret | undefined): Record<string, any> | undefined;
/**
 * @schema AccountSpecTokenSecret
 */
export interface AccountSpecTokenSecret {
    /**
     * Name of the secret with the token.
     *
     * @schema AccountSpecTokenSecret#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'AccountSpecTokenSecret' to JSON representation.
 */
export declare function toJson_AccountSpecTokenSecret(obj: AccountSpecTokenSecret | undefined): Record<string, any> | undefined;
/**
 * @schema AccountSpecUserSecret
 */
export interface AccountSpecUserSecret {
    /**
     * Name of the secret with the user and password.
     *
     * @schema AccountSpecUserSecret#name
     */
    readonly name?: string;
}
/**
 * Converts an object of type 'AccountSpecUserSecret' to JSON representation.
 */
export declare function toJson_AccountSpecUserSecret(obj: AccountSpecUserSecret | undefined): Record<string, any> | undefined;
/**
 *
 *
 * @schema Consumer
 */
export declare class Consumer extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Consumer"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Consumer".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ConsumerProps): any;
    /**
     * Defines a "Consumer" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ConsumerProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema Consumer
 */
export interface ConsumerProps {
    /**
     * @schema Consumer#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema Consumer#spec
     */
    readonly spec?: ConsumerSpec;
}
/**
 * Converts an object of type 'ConsumerProps' to JSON representation.
 */
export declare function toJson_ConsumerProps(obj: ConsumerProps | undefined): Record<string, any> | undefined;
/**
 * @schema ConsumerSpec
 */
export interface ConsumerSpec {
    /**
     * The name of the Consumer.
     *
     * @schema ConsumerSpec#durableName
     */
    readonly durableName?: string;
    /**
     * The name of the Stream to create the Consumer in.
     *
     * @schema ConsumerSpec#streamName
     */
    readonly streamName?: string;
    /**
     * @schema ConsumerSpec#deliverPolicy
     */
    readonly deliverPolicy?: ConsumerSpecDeliverPolicy;
    /**
     * @schema ConsumerSpec#optStartSeq
     */
    readonly optStartSeq?: number;
    /**
     * Time format must be RFC3339.
     *
     * @schema ConsumerSpec#optStartTime
     */
    readonly optStartTime?: string;
    /**
     * The subject to deliver observed messages, when not set, a pull-based Consumer is created.
     *
     * @schema ConsumerSpec#deliverSubject
     */
    readonly deliverSubject?: string;
    /**
     * How messages should be acknowledged.
     *
     * @schema ConsumerSpec#ackPolicy
     */
    readonly ackPolicy?: ConsumerSpecAckPolicy;
    /**
     * How long to allow messages to remain un-acknowledged before attempting redelivery.
     *
     * @schema ConsumerSpec#ackWait
     */
    readonly ackWait?: string;
    /**
     * @schema ConsumerSpec#maxDeliver
     */
    readonly maxDeliver?: number;
    /**
     * List of durations representing a retry time scale for NaK'd or retried messages.
     *
     * @schema ConsumerSpec#backoff
     */
    readonly backoff?: string[];
    /**
     * Select only a specific incoming subjects, supports wildcards.
     *
     * @schema ConsumerSpec#filterSubject
     */
    readonly filterSubject?: string;
    /**
     * List of incoming subjects, supports wildcards. Available since 2.10.
     *
     * @schema ConsumerSpec#filterSubjects
     */
    readonly filterSubjects?: string[];
    /**
     * How messages are sent.
     *
     * @schema ConsumerSpec#replayPolicy
     */
    readonly replayPolicy?: ConsumerSpecReplayPolicy;
    /**
     * What percentage of acknowledgements should be samples for observability.
     *
     * @schema ConsumerSpec#sampleFreq
     */
    readonly sampleFreq?: string;
    /**
     * The number of pulls that can be outstanding on a pull consumer, pulls received after this is reached are ignored.
     *
     * @schema ConsumerSpec#maxWaiting
     */
    readonly maxWaiting?: number;
    /**
     * Rate at which messages will be delivered to clients, expressed in bit per second.
     *
     * @schema ConsumerSpec#rateLimitBps
     */
    readonly rateLimitBps?: number;
    /**
     * Maximum pending Acks before consumers are paused.
     *
     * @schema ConsumerSpec#maxAckPending
     */
    readonly maxAckPending?: number;
    /**
     * The name of a queue group.
     *
     * @schema ConsumerSpec#deliverGroup
     */
    readonly deliverGroup?: string;
    /**
     * The description of the consumer.
     *
     * @schema ConsumerSpec#description
     */
    readonly description?: string;
    /**
     * Enables flow control.
     *
     * @schema ConsumerSpec#flowControl
     */
    readonly flowControl?: boolean;
    /**
     * When set, only the headers of messages in the stream are delivered, and not the bodies. Additionally, Nats-Msg-Size header is added to indicate the size of the removed payload.
     *
     * @schema ConsumerSpec#headersOnly
     */
    readonly headersOnly?: boolean;
    /**
     * The interval used to deliver idle heartbeats for push-based consumers, in Go's time.Duration format.
     *
     * @schema ConsumerSpec#heartbeatInterval
     */
    readonly heartbeatInterval?: string;
    /**
     * The largest batch property that may be specified when doing a pull on a Pull Consumer.
     *
     * @schema ConsumerSpec#maxRequestBatch
     */
    readonly maxRequestBatch?: number;
    /**
     * The maximum expires duration that may be set when doing a pull on a Pull Consumer.
     *
     * @schema ConsumerSpec#maxRequestExpires
     */
    readonly maxRequestExpires?: string;
    /**
     * The maximum max_bytes value that maybe set when dong a pull on a Pull Consumer.
     *
     * @schema ConsumerSpec#maxRequestMaxBytes
     */
    readonly maxRequestMaxBytes?: number;
    /**
     * The idle time an Ephemeral Consumer allows before it is removed.
     *
     * @schema ConsumerSpec#inactiveThreshold
     */
    readonly inactiveThreshold?: string;
    /**
     * RFC3339 timestamp until which the consumer should be paused.
     *
     * @schema ConsumerSpec#pauseUntil
     */
    readonly pauseUntil?: string;
    /**
     * Priority policy for consumer (pinned_client, overflow, prioritized, or none).
     *
     * @schema ConsumerSpec#priorityPolicy
     */
    readonly priorityPolicy?: string;
    /**
     * TTL for pinned client when using pinned_client priority policy.
     *
     * @schema ConsumerSpec#pinnedTtl
     */
    readonly pinnedTtl?: string;
    /**
     * List of priority groups for the consumer. For now, only one group is supported.
     *
     * @schema ConsumerSpec#priorityGroups
     */
    readonly priorityGroups?: string[];
    /**
     * When set do not inherit the replica count from the stream but specifically set it to this amount.
     *
     * @schema ConsumerSpec#replicas
     */
    readonly replicas?: number;
    /**
     * Force the consumer state to be kept in memory rather than inherit the setting from the stream.
     *
     * @schema ConsumerSpec#memStorage
     */
    readonly memStorage?: boolean;
    /**
     * Additional Consumer metadata.
     *
     * @schema ConsumerSpec#metadata
     */
    readonly metadata?: {
        [key: string]: string;
    };
    /**
     * Name of the account to which the Consumer belongs.
     *
     * @schema ConsumerSpec#account
     */
    readonly account?: string;
    /**
     * NATS user credentials for connecting to servers. Please make sure your controller has mounted the creds on its path.
     *
     * @schema ConsumerSpec#creds
     */
    readonly creds?: string;
    /**
     * NATS user NKey for connecting to servers.
     *
     * @schema ConsumerSpec#nkey
     */
    readonly nkey?: string;
    /**
     * When true, the managed Consumer will not be deleted when the resource is deleted.
     *
     * @schema ConsumerSpec#preventDelete
     */
    readonly preventDelete?: boolean;
    /**
     * When true, the managed Consumer will not be updated when the resource is updated.
     *
     * @schema ConsumerSpec#preventUpdate
     */
    readonly preventUpdate?: boolean;
    /**
     * A list of servers for creating consumer.
     *
     * @schema ConsumerSpec#servers
     */
    readonly servers?: string[];
    /**
     * A client's TLS certs and keys.
     *
     * @schema ConsumerSpec#tls
     */
    readonly tls?: ConsumerSpecTls;
    /**
     * When true, the KV Store will initiate TLS before server INFO.
     *
     * @schema ConsumerSpec#tlsFirst
     */
    readonly tlsFirst?: boolean;
    /**
     * The JetStream domain to use for the consumer.
     *
     * @schema ConsumerSpec#jsDomain
     */
    readonly jsDomain?: string;
}
/**
 * Converts an object of type 'ConsumerSpec' to JSON representation.
 */
export declare function toJson_ConsumerSpec(obj: ConsumerSpec | undefined): Record<string, any> | undefined;
/**
 * @schema ConsumerSpecDeliverPolicy
 */
export declare enum ConsumerSpecDeliverPolicy {
    /** all */
    ALL = "all",
    /** last */
    LAST = "last",
    /** new */
    NEW = "new",
    /** byStartSequence */
    BY_START_SEQUENCE = "byStartSequence",
    /** byStartTime */
    BY_START_TIME = "byStartTime",
    /** lastPerSubject */
    LAST_PER_SUBJECT = "lastPerSubject"
}
/**
 * How messages should be acknowledged.
 *
 * @schema ConsumerSpecAckPolicy
 */
export declare enum ConsumerSpecAckPolicy {
    /** none */
    NONE = "none",
    /** all */
    ALL = "all",
    /** explicit */
    EXPLICIT = "explicit",
    /** flow_control */
    FLOW_UNDERSCORE_CONTROL = "flow_control"
}
/**
 * How messages are sent.
 *
 * @schema ConsumerSpecReplayPolicy
 */
export declare enum ConsumerSpecReplayPolicy {
    /** instant */
    INSTANT = "instant",
    /** original */
    ORIGINAL = "original"
}
/**
 * A client's TLS certs and keys.
 *
 * @schema ConsumerSpecTls
 */
export interface ConsumerSpecTls {
    /**
     * A client's cert filepath. Should be mounted.
     *
     * @schema ConsumerSpecTls#clientCert
     */
    readonly clientCert?: string;
    /**
     * A client's key filepath. Should be mounted.
     *
     * @schema ConsumerSpecTls#clientKey
     */
    readonly clientKey?: string;
    /**
     * A list of filepaths to CAs. Should be mounted.
     *
     * @schema ConsumerSpecTls#rootCas
     */
    readonly rootCas?: string[];
}
/**
 * Converts an object of type 'ConsumerSpecTls' to JSON representation.
 */
export declare function toJson_ConsumerSpecTls(obj: ConsumerSpecTls | undefined): Record<string, any> | undefined;
/**
 *
 *
 * @schema ConsumerV1Beta1
 */
export declare class ConsumerV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ConsumerV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ConsumerV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ConsumerV1Beta1Props): any;
    /**
     * Defines a "ConsumerV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ConsumerV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema ConsumerV1Beta1
 */
export interface ConsumerV1Beta1Props {
    /**
     * @schema ConsumerV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema ConsumerV1Beta1#spec
     */
    readonly spec?: ConsumerV1Beta1Spec;
}
/**
 * Converts an object of type 'ConsumerV1Beta1Props' to JSON representation.
 */
export declare function toJson_ConsumerV1Beta1Props(obj: ConsumerV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * @schema ConsumerV1Beta1Spec
 */
export interface ConsumerV1Beta1Spec {
    /**
     * The name of the Stream to create the Consumer in.
     *
     * @schema ConsumerV1Beta1Spec#streamName
     */
    readonly streamName?: string;
    /**
     * @schema ConsumerV1Beta1Spec#deliverPolicy
     */
    readonly deliverPolicy?: ConsumerV1Beta1SpecDeliverPolicy;
    /**
     * @schema ConsumerV1Beta1Spec#optStartSeq
     */
    readonly optStartSeq?: number;
    /**
     * Time format must be RFC3339.
     *
     * @schema ConsumerV1Beta1Spec#optStartTime
     */
    readonly optStartTime?: string;
    /**
     * The name of the Consumer.
     *
     * @schema ConsumerV1Beta1Spec#durableName
     */
    readonly durableName?: string;
    /**
     * The subject to deliver observed messages, when not set, a pull-based Consumer is created.
     *
     * @schema ConsumerV1Beta1Spec#deliverSubject
     */
    readonly deliverSubject?: string;
    /**
     * How messages should be acknowledged.
     *
     * @schema ConsumerV1Beta1Spec#ackPolicy
     */
    readonly ackPolicy?: ConsumerV1Beta1SpecAckPolicy;
    /**
     * How long to allow messages to remain un-acknowledged before attempting redelivery.
     *
     * @schema ConsumerV1Beta1Spec#ackWait
     */
    readonly ackWait?: string;
    /**
     * @schema ConsumerV1Beta1Spec#maxDeliver
     */
    readonly maxDeliver?: number;
    /**
     * Select only a specific incoming subjects, supports wildcards.
     *
     * @schema ConsumerV1Beta1Spec#filterSubject
     */
    readonly filterSubject?: string;
    /**
     * How messages are sent.
     *
     * @schema ConsumerV1Beta1Spec#replayPolicy
     */
    readonly replayPolicy?: ConsumerV1Beta1SpecReplayPolicy;
    /**
     * What percentage of acknowledgements should be samples for observability.
     *
     * @schema ConsumerV1Beta1Spec#sampleFreq
     */
    readonly sampleFreq?: string;
    /**
     * Rate at which messages will be delivered to clients, expressed in bit per second.
     *
     * @schema ConsumerV1Beta1Spec#rateLimitBps
     */
    readonly rateLimitBps?: number;
    /**
     * Maximum pending Acks before consumers are paused.
     *
     * @schema ConsumerV1Beta1Spec#maxAckPending
     */
    readonly maxAckPending?: number;
    /**
     * The name of a queue group.
     *
     * @schema ConsumerV1Beta1Spec#deliverGroup
     */
    readonly deliverGroup?: string;
    /**
     * The description of the consumer.
     *
     * @schema ConsumerV1Beta1Spec#description
     */
    readonly description?: string;
    /**
     * Enables flow control.
     *
     * @schema ConsumerV1Beta1Spec#flowControl
     */
    readonly flowControl?: boolean;
    /**
     * The interval used to deliver idle heartbeats for push-based consumers, in Go's time.Duration format.
     *
     * @schema ConsumerV1Beta1Spec#heartbeatInterval
     */
    readonly heartbeatInterval?: string;
}
/**
 * Converts an object of type 'ConsumerV1Beta1Spec' to JSON representation.
 */
export declare function toJson_ConsumerV1Beta1Spec(obj: ConsumerV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * @schema ConsumerV1Beta1SpecDeliverPolicy
 */
export declare enum ConsumerV1Beta1SpecDeliverPolicy {
    /** all */
    ALL = "all",
    /** last */
    LAST = "last",
    /** new */
    NEW = "new",
    /** byStartSequence */
    BY_START_SEQUENCE = "byStartSequence",
    /** byStartTime */
    BY_START_TIME = "byStartTime"
}
/**
 * How messages should be acknowledged.
 *
 * @schema ConsumerV1Beta1SpecAckPolicy
 */
export declare enum ConsumerV1Beta1SpecAckPolicy {
    /** none */
    NONE = "none",
    /** all */
    ALL = "all",
    /** explicit */
    EXPLICIT = "explicit",
    /** flow_control */
    FLOW_UNDERSCORE_CONTROL = "flow_control"
}
/**
 * How messages are sent.
 *
 * @schema ConsumerV1Beta1SpecReplayPolicy
 */
export declare enum ConsumerV1Beta1SpecReplayPolicy {
    /** instant */
    INSTANT = "instant",
    /** original */
    ORIGINAL = "original"
}
/**
 *
 *
 * @schema KeyValue
 */
export declare class KeyValue extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KeyValue"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KeyValue".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: KeyValueProps): any;
    /**
     * Defines a "KeyValue" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: KeyValueProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema KeyValue
 */
export interface KeyValueProps {
    /**
     * @schema KeyValue#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema KeyValue#spec
     */
    readonly spec?: KeyValueSpec;
}
/**
 * Converts an object of type 'KeyValueProps' to JSON representation.
 */
export declare function toJson_KeyValueProps(obj: KeyValueProps | undefined): Record<string, any> | undefined;
/**
 * @schema KeyValueSpec
 */
export interface KeyValueSpec {
    /**
     * A unique name for the KV Store.
     *
     * @schema KeyValueSpec#bucket
     */
    readonly bucket?: string;
    /**
     * The description of the KV Store.
     *
     * @schema KeyValueSpec#description
     */
    readonly description?: string;
    /**
     * The maximum size of a value in bytes.
     *
     * @schema KeyValueSpec#maxValueSize
     */
    readonly maxValueSize?: number;
    /**
     * The number of historical values to keep per key.
     *
     * @schema KeyValueSpec#history
     */
    readonly history?: number;
    /**
     * The time expiry for keys.
     *
     * @schema KeyValueSpec#ttl
     */
    readonly ttl?: string;
    /**
     * LimitMarkerTTL is how long the bucket keeps markers when keys are removed by the TTL setting, 0 meaning markers are not supported
     *
     * @schema KeyValueSpec#limitMarkerTtl
     */
    readonly limitMarkerTtl?: number;
    /**
     * The maximum size of the KV Store in bytes.
     *
     * @schema KeyValueSpec#maxBytes
     */
    readonly maxBytes?: number;
    /**
     * The storage backend to use for the KV Store.
     *
     * @schema KeyValueSpec#storage
     */
    readonly storage?: KeyValueSpecStorage;
    /**
     * The number of replicas to keep for the KV Store in clustered JetStream.
     *
     * @schema KeyValueSpec#replicas
     */
    readonly replicas?: number;
    /**
     * The KV Store placement via tags or cluster name.
     *
     * @schema KeyValueSpec#placement
     */
    readonly placement?: KeyValueSpecPlacement;
    /**
     * Republish configuration for the KV Store.
     *
     * @schema KeyValueSpec#republish
     */
    readonly republish?: KeyValueSpecRepublish;
    /**
     * A KV Store mirror.
     *
     * @schema KeyValueSpec#mirror
     */
    readonly mirror?: KeyValueSpecMirror;
    /**
     * KV Store compression.
     *
     * @schema KeyValueSpec#compression
     */
    readonly compression?: boolean;
    /**
     * A KV Store's sources.
     *
     * @schema KeyValueSpec#sources
     */
    readonly sources?: KeyValueSpecSources[];
    /**
     * Name of the account to which the Stream belongs.
     *
     * @schema KeyValueSpec#account
     */
    readonly account?: string;
    /**
     * NATS user credentials for connecting to servers. Please make sure your controller has mounted the creds on its path.
     *
     * @schema KeyValueSpec#creds
     */
    readonly creds?: string;
    /**
     * NATS user NKey for connecting to servers.
     *
     * @schema KeyValueSpec#nkey
     */
    readonly nkey?: string;
    /**
     * When true, the managed KV Store will not be deleted when the resource is deleted.
     *
     * @schema KeyValueSpec#preventDelete
     */
    readonly preventDelete?: boolean;
    /**
     * When true, the managed KV Store will not be updated when the resource is updated.
     *
     * @schema KeyValueSpec#preventUpdate
     */
    readonly preventUpdate?: boolean;
    /**
     * A list of servers for creating the KV Store.
     *
     * @schema KeyValueSpec#servers
     */
    readonly servers?: string[];
    /**
     * A client's TLS certs and keys.
     *
     * @schema KeyValueSpec#tls
     */
    readonly tls?: KeyValueSpecTls;
    /**
     * When true, the KV Store will initiate TLS before server INFO.
     *
     * @schema KeyValueSpec#tlsFirst
     */
    readonly tlsFirst?: boolean;
    /**
     * The JetStream domain to use for the KV store.
     *
     * @schema KeyValueSpec#jsDomain
     */
    readonly jsDomain?: string;
}
/**
 * Converts an object of type 'KeyValueSpec' to JSON representation.
 */
export declare function toJson_KeyValueSpec(obj: KeyValueSpec | undefined): Record<string, any> | undefined;
/**
 * The storage backend to use for the KV Store.
 *
 * @schema KeyValueSpecStorage
 */
export declare enum KeyValueSpecStorage {
    /** file */
    FILE = "file",
    /** memory */
    MEMORY = "memory"
}
/**
 * The KV Store placement via tags or cluster name.
 *
 * @schema KeyValueSpecPlacement
 */
export interface KeyValueSpecPlacement {
    /**
     * @schema KeyValueSpecPlacement#cluster
     */
    readonly cluster?: string;
    /**
     * @schema KeyValueSpecPlacement#tags
     */
    readonly tags?: string[];
}
/**
 * Converts an object of type 'KeyValueSpecPlacement' to JSON representation.
 */
export declare function toJson_KeyValueSpecPlacement(obj: KeyValueSpecPlacement | undefined): Record<string, any> | undefined;
/**
 * Republish configuration for the KV Store.
 *
 * @schema KeyValueSpecRepublish
 */
export interface KeyValueSpecRepublish {
    /**
     * Messages will be additionally published to this subject after Bucket.
     *
     * @schema KeyValueSpecRepublish#destination
     */
    readonly destination?: string;
    /**
     * Messages will be published from this subject to the destination subject.
     *
     * @schema KeyValueSpecRepublish#source
     */
    readonly source?: string;
}
/**
 * Converts an object of type 'KeyValueSpecRepublish' to JSON representation.
 */
export declare function toJson_KeyValueSpecRepublish(obj: KeyValueSpecRepublish | undefined): Record<string, any> | undefined;
/**
 * A KV Store mirror.
 *
 * @schema KeyValueSpecMirror
 */
export interface KeyValueSpecMirror {
    /**
     * @schema KeyValueSpecMirror#name
     */
    readonly name?: string;
    /**
     * @schema KeyValueSpecMirror#optStartSeq
     */
    readonly optStartSeq?: number;
    /**
     * Time format must be RFC3339.
     *
     * @schema KeyValueSpecMirror#optStartTime
     */
    readonly optStartTime?: string;
    /**
     * @schema KeyValueSpecMirror#filterSubject
     */
    readonly filterSubject?: string;
    /**
     * @schema KeyValueSpecMirror#externalApiPrefix
     */
    readonly externalApiPrefix?: string;
    /**
     * @schema KeyValueSpecMirror#externalDeliverPrefix
     */
    readonly externalDeliverPrefix?: string;
    /**
     * List of subject transforms for this mirror.
     *
     * @schema KeyValueSpecMirror#subjectTransforms
     */
    readonly subjectTransforms?: KeyValueSpecMirrorSubjectTransforms[];
}
/**
 * Converts an object of type 'KeyValueSpecMirror' to JSON representation.
 */
export declare function toJson_KeyValueSpecMirror(obj: KeyValueSpecMirror | undefined): Record<string, any> | undefined;
/**
 * @schema KeyValueSpecSources
 */
export interface KeyValueSpecSources {
    /**
     * @schema KeyValueSpecSources#name
     */
    readonly name?: string;
    /**
     * @schema KeyValueSpecSources#optStartSeq
     */
    readonly optStartSeq?: number;
    /**
     * Time format must be RFC3339.
     *
     * @schema KeyValueSpecSources#optStartTime
     */
    readonly optStartTime?: string;
    /**
     * @schema KeyValueSpecSources#filterSubject
     */
    readonly filterSubject?: string;
    /**
     * @schema KeyValueSpecSources#externalApiPrefix
     */
    readonly externalApiPrefix?: string;
    /**
     * @schema KeyValueSpecSources#externalDeliverPrefix
     */
    readonly externalDeliverPrefix?: string;
    /**
     * List of subject transforms for this mirror.
     *
     * @schema KeyValueSpecSources#subjectTransforms
     */
    readonly subjectTransforms?: KeyValueSpecSourcesSubjectTransforms[];
}
/**
 * Converts an object of type 'KeyValueSpecSources' to JSON representation.
 */
export declare function toJson_KeyValueSpecSources(obj: KeyValueSpecSources | undefined): Record<string, any> | undefined;
/**
 * A client's TLS certs and keys.
 *
 * @schema KeyValueSpecTls
 */
export interface KeyValueSpecTls {
    /**
     * A client's cert filepath. Should be mounted.
     *
     * @schema KeyValueSpecTls#clientCert
     */
    readonly clientCert?: string;
    /**
     * A client's key filepath. Should be mounted.
     *
     * @schema KeyValueSpecTls#clientKey
     */
    readonly clientKey?: string;
    /**
     * A list of filepaths to CAs. Should be mounted.
     *
     * @schema KeyValueSpecTls#rootCas
     */
    readonly rootCas?: string[];
}
/**
 * Converts an object of type 'KeyValueSpecTls' to JSON representation.
 */
export declare function toJson_KeyValueSpecTls(obj: KeyValueSpecTls | undefined): Record<string, any> | undefined;
/**
 * A subject transform pair.
 *
 * @schema KeyValueSpecMirrorSubjectTransforms
 */
export interface KeyValueSpecMirrorSubjectTransforms {
    /**
     * Source subject.
     *
     * @schema KeyValueSpecMirrorSubjectTransforms#source
     */
    readonly source?: string;
    /**
     * Destination subject.
     *
     * @schema KeyValueSpecMirrorSubjectTransforms#dest
     */
    readonly dest?: string;
}
/**
 * Converts an object of type 'KeyValueSpecMirrorSubjectTransforms' to JSON representation.
 */
export declare function toJson_KeyValueSpecMirrorSubjectTransforms(obj: KeyValueSpecMirrorSubjectTransforms | undefined): Record<string, any> | undefined;
/**
 * A subject transform pair.
 *
 * @schema KeyValueSpecSourcesSubjectTransforms
 */
export interface KeyValueSpecSourcesSubjectTransforms {
    /**
     * Source subject.
     *
     * @schema KeyValueSpecSourcesSubjectTransforms#source
     */
    readonly source?: string;
    /**
     * Destination subject.
     *
     * @schema KeyValueSpecSourcesSubjectTransforms#dest
     */
    readonly dest?: string;
}
/**
 * Converts an object of type 'KeyValueSpecSourcesSubjectTransforms' to JSON representation.
 */
export declare function toJson_KeyValueSpecSourcesSubjectTransforms(obj: KeyValueSpecSourcesSubjectTransforms | undefined): Record<string, any> | undefined;
/**
 *
 *
 * @schema ObjectStore
 */
export declare class ObjectStore extends ApiObject {
    /**
     * Returns the apiVersion and kind for "ObjectStore"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "ObjectStore".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: ObjectStoreProps): any;
    /**
     * Defines a "ObjectStore" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: ObjectStoreProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema ObjectStore
 */
export interface ObjectStoreProps {
    /**
     * @schema ObjectStore#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema ObjectStore#spec
     */
    readonly spec?: ObjectStoreSpec;
}
/**
 * Converts an object of type 'ObjectStoreProps' to JSON representation.
 */
export declare function toJson_ObjectStoreProps(obj: ObjectStoreProps | undefined): Record<string, any> | undefined;
/**
 * @schema ObjectStoreSpec
 */
export interface ObjectStoreSpec {
    /**
     * A unique name for the Object Store.
     *
     * @schema ObjectStoreSpec#bucket
     */
    readonly bucket?: string;
    /**
     * The description of the Object Store.
     *
     * @schema ObjectStoreSpec#description
     */
    readonly description?: string;
    /**
     * The time expiry for keys.
     *
     * @schema ObjectStoreSpec#ttl
     */
    readonly ttl?: string;
    /**
     * The maximum size of the Store in bytes.
     *
     * @schema ObjectStoreSpec#maxBytes
     */
    readonly maxBytes?: number;
    /**
     * The storage backend to use for the Object Store.
     *
     * @schema ObjectStoreSpec#storage
     */
    readonly storage?: ObjectStoreSpecStorage;
    /**
     * The number of replicas to keep for the Object Store in clustered JetStream.
     *
     * @schema ObjectStoreSpec#replicas
     */
    readonly replicas?: number;
    /**
     * The Object Store placement via tags or cluster name.
     *
     * @schema ObjectStoreSpec#placement
     */
    readonly placement?: ObjectStoreSpecPlacement;
    /**
     * Object Store compression.
     *
     * @schema ObjectStoreSpec#compression
     */
    readonly compression?: boolean;
    /**
     * Additional Object Store metadata.
     *
     * @schema ObjectStoreSpec#metadata
     */
    readonly metadata?: {
        [key: string]: string;
    };
    /**
     * Name of the account to which the Object Store belongs.
     *
     * @schema ObjectStoreSpec#account
     */
    readonly account?: string;
    /**
     * NATS user credentials for connecting to servers. Please make sure your controller has mounted the creds on its path.
     *
     * @schema ObjectStoreSpec#creds
     */
    readonly creds?: string;
    /**
     * NATS user NKey for connecting to servers.
     *
     * @schema ObjectStoreSpec#nkey
     */
    readonly nkey?: string;
    /**
     * When true, the managed Object Store will not be deleted when the resource is deleted.
     *
     * @schema ObjectStoreSpec#preventDelete
     */
    readonly preventDelete?: boolean;
    /**
     * When true, the managed Object Store will not be updated when the resource is updated.
     *
     * @schema ObjectStoreSpec#preventUpdate
     */
    readonly preventUpdate?: boolean;
    /**
     * A list of servers for creating the Object Store.
     *
     * @schema ObjectStoreSpec#servers
     */
    readonly servers?: string[];
    /**
     * A client's TLS certs and keys.
     *
     * @schema ObjectStoreSpec#tls
     */
    readonly tls?: ObjectStoreSpecTls;
    /**
     * When true, the Object Store will initiate TLS before server INFO.
     *
     * @schema ObjectStoreSpec#tlsFirst
     */
    readonly tlsFirst?: boolean;
    /**
     * The JetStream domain to use for the Object Store.
     *
     * @schema ObjectStoreSpec#jsDomain
     */
    readonly jsDomain?: string;
}
/**
 * Converts an object of type 'ObjectStoreSpec' to JSON representation.
 */
export declare function toJson_ObjectStoreSpec(obj: ObjectStoreSpec | undefined): Record<string, any> | undefined;
/**
 * The storage backend to use for the Object Store.
 *
 * @schema ObjectStoreSpecStorage
 */
export declare enum ObjectStoreSpecStorage {
    /** file */
    FILE = "file",
    /** memory */
    MEMORY = "memory"
}
/**
 * The Object Store placement via tags or cluster name.
 *
 * @schema ObjectStoreSpecPlacement
 */
export interface ObjectStoreSpecPlacement {
    /**
     * @schema ObjectStoreSpecPlacement#cluster
     */
    readonly cluster?: string;
    /**
     * @schema ObjectStoreSpecPlacement#tags
     */
    readonly tags?: string[];
}
/**
 * Converts an object of type 'ObjectStoreSpecPlacement' to JSON representation.
 */
export declare function toJson_ObjectStoreSpecPlacement(obj: ObjectStoreSpecPlacement | undefined): Record<string, any> | undefined;
/**
 * A client's TLS certs and keys.
 *
 * @schema ObjectStoreSpecTls
 */
export interface ObjectStoreSpecTls {
    /**
     * A client's cert filepath. Should be mounted.
     *
     * @schema ObjectStoreSpecTls#clientCert
     */
    readonly clientCert?: string;
    /**
     * A client's key filepath. Should be mounted.
     *
     * @schema ObjectStoreSpecTls#clientKey
     */
    readonly clientKey?: string;
    /**
     * A list of filepaths to CAs. Should be mounted.
     *
     * @schema ObjectStoreSpecTls#rootCas
     */
    readonly rootCas?: string[];
}
/**
 * Converts an object of type 'ObjectStoreSpecTls' to JSON representation.
 */
export declare function toJson_ObjectStoreSpecTls(obj: ObjectStoreSpecTls | undefined): Record<string, any> | undefined;
/**
 *
 *
 * @schema Stream
 */
export declare class Stream extends ApiObject {
    /**
     * Returns the apiVersion and kind for "Stream"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "Stream".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: StreamProps): any;
    /**
     * Defines a "Stream" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: StreamProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema Stream
 */
export interface StreamProps {
    /**
     * @schema Stream#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema Stream#spec
     */
    readonly spec?: StreamSpec;
}
/**
 * Converts an object of type 'StreamProps' to JSON representation.
 */
export declare function toJson_StreamProps(obj: StreamProps | undefined): Record<string, any> | undefined;
/**
 * @schema StreamSpec
 */
export interface StreamSpec {
    /**
     * A unique name for the Stream.
     *
     * @schema StreamSpec#name
     */
    readonly name?: string;
    /**
     * The description of the stream.
     *
     * @schema StreamSpec#description
     */
    readonly description?: string;
    /**
     * A list of subjects to consume, supports wildcards.
     *
     * @schema StreamSpec#subjects
     */
    readonly subjects?: string[];
    /**
     * How messages are retained in the Stream, once this is exceeded old messages are removed.
     *
     * @schema StreamSpec#retention
     */
    readonly retention?: StreamSpecRetention;
    /**
     * How many Consumers can be defined for a given Stream. -1 for unlimited.
     *
     * @schema StreamSpec#maxConsumers
     */
    readonly maxConsumers?: number;
    /**
     * How many messages may be in a Stream, oldest messages will be removed if the Stream exceeds this size. -1 for unlimited.
     *
     * @schema StreamSpec#maxMsgs
     */
    readonly maxMsgs?: number;
    /**
     * How big the Stream may be, when the combined stream size exceeds this old messages are removed. -1 for unlimited.
     *
     * @schema StreamSpec#maxBytes
     */
    readonly maxBytes?: number;
    /**
     * When a Stream reach it's limits either old messages are deleted or new ones are denied.
     *
     * @schema StreamSpec#discard
     */
    readonly discard?: StreamSpecDiscard;
    /**
     * Applies discard policy on a per-subject basis. Requires discard policy 'new' and 'maxMsgs' to be set.
     *
     * @schema StreamSpec#discardPerSubject
     */
    readonly discardPerSubject?: boolean;
    /**
     * Maximum age of any message in the stream, expressed in Go's time.Duration format. Empty for unlimited.
     *
     * @schema StreamSpec#maxAge
     */
    readonly maxAge?: string;
    /**
     * The maximum number of messages per subject.
     *
     * @schema StreamSpec#maxMsgsPerSubject
     */
    readonly maxMsgsPerSubject?: number;
    /**
     * The largest message that will be accepted by the Stream. -1 for unlimited.
     *
     * @schema StreamSpec#maxMsgSize
     */
    readonly maxMsgSize?: number;
    /**
     * The storage backend to use for the Stream.
     *
     * @schema StreamSpec#storage
     */
    readonly storage?: StreamSpecStorage;
    /**
     * How many replicas to keep for each message.
     *
     * @schema StreamSpec#replicas
     */
    readonly replicas?: number;
    /**
     * Disables acknowledging messages that are received by the Stream.
     *
     * @schema StreamSpec#noAck
     */
    readonly noAck?: boolean;
    /**
     * The duration window to track duplicate messages for.
     *
     * @schema StreamSpec#duplicateWindow
     */
    readonly duplicateWindow?: string;
    /**
     * A stream's placement.
     *
     * @schema StreamSpec#placement
     */
    readonly placement?: StreamSpecPlacement;
    /**
     * A stream mirror.
     *
     * @schema StreamSpec#mirror
     */
    readonly mirror?: StreamSpecMirror;
    /**
     * A stream's sources.
     *
     * @schema StreamSpec#sources
     */
    readonly sources?: StreamSpecSources[];
    /**
     * Seal an existing stream so no new messages may be added.
     *
     * @schema StreamSpec#sealed
     */
    readonly sealed?: boolean;
    /**
     * When true, restricts the ability to delete messages from a stream via the API. Cannot be changed once set to true.
     *
     * @schema StreamSpec#denyDelete
     */
    readonly denyDelete?: boolean;
    /**
     * When true, restricts the ability to purge a stream via the API. Cannot be changed once set to true.
     *
     * @schema StreamSpec#denyPurge
     */
    readonly denyPurge?: boolean;
    /**
     * When true, allows the use of the Nats-Rollup header to replace all contents of a stream, or subject in a stream, with a single new message.
     *
     * @schema StreamSpec#allowRollup
     */
    readonly allowRollup?: boolean;
    /**
     * Stream specific compression.
     *
     * @schema StreamSpec#compression
     */
    readonly compression?: StreamSpecCompression;
    /**
     * Sequence number from which the Stream will start.
     *
     * @schema StreamSpec#firstSequence
     */
    readonly firstSequence?: number;
    /**
     * SubjectTransform is for applying a subject transform (to matching messages) when a new message is received.
     *
     * @schema StreamSpec#subjectTransform
     */
    readonly subjectTransform?: StreamSpecSubjectTransform;
    /**
     * Republish configuration of the stream.
     *
     * @schema StreamSpec#republish
     */
    readonly republish?: StreamSpecRepublish;
    /**
     * When true, allow higher performance, direct access to get individual messages.
     *
     * @schema StreamSpec#allowDirect
     */
    readonly allowDirect?: boolean;
    /**
     * When true, enables direct access to messages from the origin stream.
     *
     * @schema StreamSpec#mirrorDirect
     */
    readonly mirrorDirect?: boolean;
    /**
     * When true, allows header initiated per-message TTLs. If disabled, then the `NATS-TTL` header will be ignored.
     *
     * @schema StreamSpec#allowMsgTtl
     */
    readonly allowMsgTtl?: boolean;
    /**
     * Enables and sets a duration for adding server markers for delete, purge and max age limits.
     *
     * @schema StreamSpec#subjectDeleteMarkerTtl
     */
    readonly subjectDeleteMarkerTtl?: string;
    /**
     * When true, enables message counters for the stream.
     *
     * @schema StreamSpec#allowMsgCounter
     */
    readonly allowMsgCounter?: boolean;
    /**
     * When true, enables atomic batch publishing.
     *
     * @schema StreamSpec#allowAtomicPublish
     */
    readonly allowAtomicPublish?: boolean;
    /**
     * When true, enables message scheduling.
     *
     * @schema StreamSpec#allowMsgSchedules
     */
    readonly allowMsgSchedules?: boolean;
    /**
     * When true, enables fast-ingest batch publishing (nats-server 2.14+).
     *
     * @schema StreamSpec#allowBatched
     */
    readonly allowBatched?: boolean;
    /**
     * Configures stream persistence settings (async or default).
     *
     * @schema StreamSpec#persistMode
     */
    readonly persistMode?: string;
    /**
     * @schema StreamSpec#consumerLimits
     */
    readonly consumerLimits?: StreamSpecConsumerLimits;
    /**
     * Additional Stream metadata.
     *
     * @schema StreamSpec#metadata
     */
    readonly metadata?: {
        [key: string]: string;
    };
    /**
     * Name of the account to which the Stream belongs.
     *
     * @schema StreamSpec#account
     */
    readonly account?: string;
    /**
     * NATS user credentials for connecting to servers. Please make sure your controller has mounted the creds on this path.
     *
     * @schema StreamSpec#creds
     */
    readonly creds?: string;
    /**
     * NATS user NKey for connecting to servers.
     *
     * @schema StreamSpec#nkey
     */
    readonly nkey?: string;
    /**
     * When true, the managed Stream will not be deleted when the resource is deleted.
     *
     * @schema StreamSpec#preventDelete
     */
    readonly preventDelete?: boolean;
    /**
     * When true, the managed Stream will not be updated when the resource is updated.
     *
     * @schema StreamSpec#preventUpdate
     */
    readonly preventUpdate?: boolean;
    /**
     * A list of servers for creating stream.
     *
     * @schema StreamSpec#servers
     */
    readonly servers?: string[];
    /**
     * A client's TLS certs and keys.
     *
     * @schema StreamSpec#tls
     */
    readonly tls?: StreamSpecTls;
    /**
     * When true, the KV Store will initiate TLS before server INFO.
     *
     * @schema StreamSpec#tlsFirst
     */
    readonly tlsFirst?: boolean;
    /**
     * The JetStream domain to use for the stream.
     *
     * @schema StreamSpec#jsDomain
     */
    readonly jsDomain?: string;
}
/**
 * Converts an object of type 'StreamSpec' to JSON representation.
 */
export declare function toJson_StreamSpec(obj: StreamSpec | undefined): Record<string, any> | undefined;
/**
 * How messages are retained in the Stream, once this is exceeded old messages are removed.
 *
 * @schema StreamSpecRetention
 */
export declare enum StreamSpecRetention {
    /** limits */
    LIMITS = "limits",
    /** interest */
    INTEREST = "interest",
    /** workqueue */
    WORKQUEUE = "workqueue"
}
/**
 * When a Stream reach it's limits either old messages are deleted or new ones are denied.
 *
 * @schema StreamSpecDiscard
 */
export declare enum StreamSpecDiscard {
    /** old */
    OLD = "old",
    /** new */
    NEW = "new"
}
/**
 * The storage backend to use for the Stream.
 *
 * @schema StreamSpecStorage
 */
export declare enum StreamSpecStorage {
    /** file */
    FILE = "file",
    /** memory */
    MEMORY = "memory"
}
/**
 * A stream's placement.
 *
 * @schema StreamSpecPlacement
 */
export interface StreamSpecPlacement {
    /**
     * @schema StreamSpecPlacement#cluster
     */
    readonly cluster?: string;
    /**
     * @schema StreamSpecPlacement#tags
     */
    readonly tags?: string[];
}
/**
 * Converts an object of type 'StreamSpecPlacement' to JSON representation.
 */
export declare function toJson_StreamSpecPlacement(obj: StreamSpecPlacement | undefined): Record<string, any> | undefined;
/**
 * A stream mirror.
 *
 * @schema StreamSpecMirror
 */
export interface StreamSpecMirror {
    /**
     * @schema StreamSpecMirror#name
     */
    readonly name?: string;
    /**
     * @schema StreamSpecMirror#optStartSeq
     */
    readonly optStartSeq?: number;
    /**
     * Time format must be RFC3339.
     *
     * @schema StreamSpecMirror#optStartTime
     */
    readonly optStartTime?: string;
    /**
     * @schema StreamSpecMirror#filterSubject
     */
    readonly filterSubject?: string;
    /**
     * @schema StreamSpecMirror#externalApiPrefix
     */
    readonly externalApiPrefix?: string;
    /**
     * @schema StreamSpecMirror#externalDeliverPrefix
     */
    readonly externalDeliverPrefix?: string;
    /**
     * List of subject transforms for this mirror.
     *
     * @schema StreamSpecMirror#subjectTransforms
     */
    readonly subjectTransforms?: StreamSpecMirrorSubjectTransforms[];
    /**
     * Reference a durable consumer when sourcing/mirroring (nats-server 2.14+).
     *
     * @schema StreamSpecMirror#consumer
     */
    readonly consumer?: StreamSpecMirrorConsumer;
}
/**
 * Converts an object of type 'StreamSpecMirror' to JSON representation.
 */
export declare function toJson_StreamSpecMirror(obj: StreamSpecMirror | undefined): Record<string, any> | undefined;
/**
 * @schema StreamSpecSources
 */
export interface StreamSpecSources {
    /**
     * @schema StreamSpecSources#name
     */
    readonly name?: string;
    /**
     * @schema StreamSpecSources#optStartSeq
     */
    readonly optStartSeq?: number;
    /**
     * Time format must be RFC3339.
     *
     * @schema StreamSpecSources#optStartTime
     */
    readonly optStartTime?: string;
    /**
     * @schema StreamSpecSources#filterSubject
     */
    readonly filterSubject?: string;
    /**
     * @schema StreamSpecSources#externalApiPrefix
     */
    readonly externalApiPrefix?: string;
    /**
     * @schema StreamSpecSources#externalDeliverPrefix
     */
    readonly externalDeliverPrefix?: string;
    /**
     * List of subject transforms for this mirror.
     *
     * @schema StreamSpecSources#subjectTransforms
     */
    readonly subjectTransforms?: StreamSpecSourcesSubjectTransforms[];
    /**
     * Reference a durable consumer when sourcing/mirroring (nats-server 2.14+).
     *
     * @schema StreamSpecSources#consumer
     */
    readonly consumer?: StreamSpecSourcesConsumer;
}
/**
 * Converts an object of type 'StreamSpecSources' to JSON representation.
 */
export declare function toJson_StreamSpecSources(obj: StreamSpecSources | undefined): Record<string, any> | undefined;
/**
 * Stream specific compression.
 *
 * @schema StreamSpecCompression
 */
export declare enum StreamSpecCompression {
    /** s2 */
    S2 = "s2",
    /** none */
    NONE = "none"
}
/**
 * SubjectTransform is for applying a subject transform (to matching messages) when a new message is received.
 *
 * @schema StreamSpecSubjectTransform
 */
export interface StreamSpecSubjectTransform {
    /**
     * Source subject.
     *
     * @schema StreamSpecSubjectTransform#source
     */
    readonly source?: string;
    /**
     * Destination subject to transform into.
     *
     * @schema StreamSpecSubjectTransform#dest
     */
    readonly dest?: string;
}
/**
 * Converts an object of type 'StreamSpecSubjectTransform' to JSON representation.
 */
export declare function toJson_StreamSpecSubjectTransform(obj: StreamSpecSubjectTransform | undefined): Record<string, any> | undefined;
/**
 * Republish configuration of the stream.
 *
 * @schema StreamSpecRepublish
 */
export interface StreamSpecRepublish {
    /**
     * Messages will be additionally published to this subject.
     *
     * @schema StreamSpecRepublish#destination
     */
    readonly destination?: string;
    /**
     * Messages will be published from this subject to the destination subject.
     *
     * @schema StreamSpecRepublish#source
     */
    readonly source?: string;
}
/**
 * Converts an object of type 'StreamSpecRepublish' to JSON representation.
 */
export declare function toJson_StreamSpecRepublish(obj: StreamSpecRepublish | undefined): Record<string, any> | undefined;
/**
 * @schema StreamSpecConsumerLimits
 */
export interface StreamSpecConsumerLimits {
    /**
     * The duration of inactivity after which a consumer is considered inactive.
     *
     * @schema StreamSpecConsumerLimits#inactiveThreshold
     */
    readonly inactiveThreshold?: string;
    /**
     * Maximum number of outstanding unacknowledged messages.
     *
     * @schema StreamSpecConsumerLimits#maxAckPending
     */
    readonly maxAckPending?: number;
}
/**
 * Converts an object of type 'StreamSpecConsumerLimits' to JSON representation.
 */
export declare function toJson_StreamSpecConsumerLimits(obj: StreamSpecConsumerLimits | undefined): Record<string, any> | undefined;
/**
 * A client's TLS certs and keys.
 *
 * @schema StreamSpecTls
 */
export interface StreamSpecTls {
    /**
     * A client's cert filepath. Should be mounted.
     *
     * @schema StreamSpecTls#clientCert
     */
    readonly clientCert?: string;
    /**
     * A client's key filepath. Should be mounted.
     *
     * @schema StreamSpecTls#clientKey
     */
    readonly clientKey?: string;
    /**
     * A list of filepaths to CAs. Should be mounted.
     *
     * @schema StreamSpecTls#rootCas
     */
    readonly rootCas?: string[];
}
/**
 * Converts an object of type 'StreamSpecTls' to JSON representation.
 */
export declare function toJson_StreamSpecTls(obj: StreamSpecTls | undefined): Record<string, any> | undefined;
/**
 * A subject transform pair.
 *
 * @schema StreamSpecMirrorSubjectTransforms
 */
export interface StreamSpecMirrorSubjectTransforms {
    /**
     * Source subject.
     *
     * @schema StreamSpecMirrorSubjectTransforms#source
     */
    readonly source?: string;
    /**
     * Destination subject.
     *
     * @schema StreamSpecMirrorSubjectTransforms#dest
     */
    readonly dest?: string;
}
/**
 * Converts an object of type 'StreamSpecMirrorSubjectTransforms' to JSON representation.
 */
export declare function toJson_StreamSpecMirrorSubjectTransforms(obj: StreamSpecMirrorSubjectTransforms | undefined): Record<string, any> | undefined;
/**
 * Reference a durable consumer when sourcing/mirroring (nats-server 2.14+).
 *
 * @schema StreamSpecMirrorConsumer
 */
export interface StreamSpecMirrorConsumer {
    /**
     * Durable consumer name on the source stream.
     *
     * @schema StreamSpecMirrorConsumer#name
     */
    readonly name: string;
    /**
     * Deliver subject for the durable push consumer.
     *
     * @schema StreamSpecMirrorConsumer#deliverSubject
     */
    readonly deliverSubject?: string;
}
/**
 * Converts an object of type 'StreamSpecMirrorConsumer' to JSON representation.
 */
export declare function toJson_StreamSpecMirrorConsumer(obj: StreamSpecMirrorConsumer | undefined): Record<string, any> | undefined;
/**
 * A subject transform pair.
 *
 * @schema StreamSpecSourcesSubjectTransforms
 */
export interface StreamSpecSourcesSubjectTransforms {
    /**
     * Source subject.
     *
     * @schema StreamSpecSourcesSubjectTransforms#source
     */
    readonly source?: string;
    /**
     * Destination subject.
     *
     * @schema StreamSpecSourcesSubjectTransforms#dest
     */
    readonly dest?: string;
}
/**
 * Converts an object of type 'StreamSpecSourcesSubjectTransforms' to JSON representation.
 */
export declare function toJson_StreamSpecSourcesSubjectTransforms(obj: StreamSpecSourcesSubjectTransforms | undefined): Record<string, any> | undefined;
/**
 * Reference a durable consumer when sourcing/mirroring (nats-server 2.14+).
 *
 * @schema StreamSpecSourcesConsumer
 */
export interface StreamSpecSourcesConsumer {
    /**
     * Durable consumer name on the source stream.
     *
     * @schema StreamSpecSourcesConsumer#name
     */
    readonly name: string;
    /**
     * Deliver subject for the durable push consumer.
     *
     * @schema StreamSpecSourcesConsumer#deliverSubject
     */
    readonly deliverSubject?: string;
}
/**
 * Converts an object of type 'StreamSpecSourcesConsumer' to JSON representation.
 */
export declare function toJson_StreamSpecSourcesConsumer(obj: StreamSpecSourcesConsumer | undefined): Record<string, any> | undefined;
/**
 *
 *
 * @schema StreamV1Beta1
 */
export declare class StreamV1Beta1 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "StreamV1Beta1"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "StreamV1Beta1".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: StreamV1Beta1Props): any;
    /**
     * Defines a "StreamV1Beta1" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: StreamV1Beta1Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema StreamV1Beta1
 */
export interface StreamV1Beta1Props {
    /**
     * @schema StreamV1Beta1#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema StreamV1Beta1#spec
     */
    readonly spec?: StreamV1Beta1Spec;
}
/**
 * Converts an object of type 'StreamV1Beta1Props' to JSON representation.
 */
export declare function toJson_StreamV1Beta1Props(obj: StreamV1Beta1Props | undefined): Record<string, any> | undefined;
/**
 * @schema StreamV1Beta1Spec
 */
export interface StreamV1Beta1Spec {
    /**
     * A unique name for the Stream.
     *
     * @schema StreamV1Beta1Spec#name
     */
    readonly name?: string;
    /**
     * A list of subjects to consume, supports wildcards.
     *
     * @schema StreamV1Beta1Spec#subjects
     */
    readonly subjects?: string[];
    /**
     * How messages are retained in the Stream, once this is exceeded old messages are removed.
     *
     * @schema StreamV1Beta1Spec#retention
     */
    readonly retention?: StreamV1Beta1SpecRetention;
    /**
     * How many Consumers can be defined for a given Stream. -1 for unlimited.
     *
     * @schema StreamV1Beta1Spec#maxConsumers
     */
    readonly maxConsumers?: number;
    /**
     * How many messages may be in a Stream, oldest messages will be removed if the Stream exceeds this size. -1 for unlimited.
     *
     * @schema StreamV1Beta1Spec#maxMsgs
     */
    readonly maxMsgs?: number;
    /**
     * How big the Stream may be, when the combined stream size exceeds this old messages are removed. -1 for unlimited.
     *
     * @schema StreamV1Beta1Spec#maxBytes
     */
    readonly maxBytes?: number;
    /**
     * Maximum age of any message in the stream, expressed in Go's time.Duration format. Empty for unlimited.
     *
     * @schema StreamV1Beta1Spec#maxAge
     */
    readonly maxAge?: string;
    /**
     * The largest message that will be accepted by the Stream. -1 for unlimited.
     *
     * @schema StreamV1Beta1Spec#maxMsgSize
     */
    readonly maxMsgSize?: number;
    /**
     * The storage backend to use for the Stream.
     *
     * @schema StreamV1Beta1Spec#storage
     */
    readonly storage?: StreamV1Beta1SpecStorage;
    /**
     * How many replicas to keep for each message.
     *
     * @schema StreamV1Beta1Spec#replicas
     */
    readonly replicas?: number;
    /**
     * Disables acknowledging messages that are received by the Stream.
     *
     * @schema StreamV1Beta1Spec#noAck
     */
    readonly noAck?: boolean;
    /**
     * When a Stream reach it's limits either old messages are deleted or new ones are denied.
     *
     * @schema StreamV1Beta1Spec#discard
     */
    readonly discard?: StreamV1Beta1SpecDiscard;
    /**
     * The duration window to track duplicate messages for.
     *
     * @schema StreamV1Beta1Spec#duplicateWindow
     */
    readonly duplicateWindow?: string;
    /**
     * The description of the stream.
     *
     * @schema StreamV1Beta1Spec#description
     */
    readonly description?: string;
    /**
     * The maximum number of messages per subject.
     *
     * @schema StreamV1Beta1Spec#maxMsgsPerSubject
     */
    readonly maxMsgsPerSubject?: number;
    /**
     * A stream mirror.
     *
     * @schema StreamV1Beta1Spec#mirror
     */
    readonly mirror?: StreamV1Beta1SpecMirror;
    /**
     * A stream's placement.
     *
     * @schema StreamV1Beta1Spec#placement
     */
    readonly placement?: StreamV1Beta1SpecPlacement;
    /**
     * A stream's sources.
     *
     * @schema StreamV1Beta1Spec#sources
     */
    readonly sources?: StreamV1Beta1SpecSources[];
}
/**
 * Converts an object of type 'StreamV1Beta1Spec' to JSON representation.
 */
export declare function toJson_StreamV1Beta1Spec(obj: StreamV1Beta1Spec | undefined): Record<string, any> | undefined;
/**
 * How messages are retained in the Stream, once this is exceeded old messages are removed.
 *
 * @schema StreamV1Beta1SpecRetention
 */
export declare enum StreamV1Beta1SpecRetention {
    /** limits */
    LIMITS = "limits",
    /** interest */
    INTEREST = "interest",
    /** workqueue */
    WORKQUEUE = "workqueue"
}
/**
 * The storage backend to use for the Stream.
 *
 * @schema StreamV1Beta1SpecStorage
 */
export declare enum StreamV1Beta1SpecStorage {
    /** file */
    FILE = "file",
    /** memory */
    MEMORY = "memory"
}
/**
 * When a Stream reach it's limits either old messages are deleted or new ones are denied.
 *
 * @schema StreamV1Beta1SpecDiscard
 */
export declare enum StreamV1Beta1SpecDiscard {
    /** old */
    OLD = "old",
    /** new */
    NEW = "new"
}
/**
 * A stream mirror.
 *
 * @schema StreamV1Beta1SpecMirror
 */
export interface StreamV1Beta1SpecMirror {
    /**
     * @schema StreamV1Beta1SpecMirror#name
     */
    readonly name?: string;
    /**
     * @schema StreamV1Beta1SpecMirror#optStartSeq
     */
    readonly optStartSeq?: number;
    /**
     * Time format must be RFC3339.
     *
     * @schema StreamV1Beta1SpecMirror#optStartTime
     */
    readonly optStartTime?: string;
    /**
     * @schema StreamV1Beta1SpecMirror#filterSubject
     */
    readonly filterSubject?: string;
    /**
     * @schema StreamV1Beta1SpecMirror#externalApiPrefix
     */
    readonly externalApiPrefix?: string;
    /**
     * @schema StreamV1Beta1SpecMirror#externalDeliverPrefix
     */
    readonly externalDeliverPrefix?: string;
}
/**
 * Converts an object of type 'StreamV1Beta1SpecMirror' to JSON representation.
 */
export declare function toJson_StreamV1Beta1SpecMirror(obj: StreamV1Beta1SpecMirror | undefined): Record<string, any> | undefined;
/**
 * A stream's placement.
 *
 * @schema StreamV1Beta1SpecPlacement
 */
export interface StreamV1Beta1SpecPlacement {
    /**
     * @schema StreamV1Beta1SpecPlacement#cluster
     */
    readonly cluster?: string;
    /**
     * @schema StreamV1Beta1SpecPlacement#tags
     */
    readonly tags?: string[];
}
/**
 * Converts an object of type 'StreamV1Beta1SpecPlacement' to JSON representation.
 */
export declare function toJson_StreamV1Beta1SpecPlacement(obj: StreamV1Beta1SpecPlacement | undefined): Record<string, any> | undefined;
/**
 * @schema StreamV1Beta1SpecSources
 */
export interface StreamV1Beta1SpecSources {
    /**
     * @schema StreamV1Beta1SpecSources#name
     */
    readonly name?: string;
    /**
     * @schema StreamV1Beta1SpecSources#optStartSeq
     */
    readonly optStartSeq?: number;
    /**
     * Time format must be RFC3339.
     *
     * @schema StreamV1Beta1SpecSources#optStartTime
     */
    readonly optStartTime?: string;
    /**
     * @schema StreamV1Beta1SpecSources#filterSubject
     */
    readonly filterSubject?: string;
    /**
     * @schema StreamV1Beta1SpecSources#externalApiPrefix
     */
    readonly externalApiPrefix?: string;
    /**
     * @schema StreamV1Beta1SpecSources#externalDeliverPrefix
     */
    readonly externalDeliverPrefix?: string;
}
/**
 * Converts an object of type 'StreamV1Beta1SpecSources' to JSON representation.
 */
export declare function toJson_StreamV1Beta1SpecSources(obj: StreamV1Beta1SpecSources | undefined): Record<string, any> | undefined;
/**
 *
 *
 * @schema StreamTemplate
 */
export declare class StreamTemplate extends ApiObject {
    /**
     * Returns the apiVersion and kind for "StreamTemplate"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "StreamTemplate".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: StreamTemplateProps): any;
    /**
     * Defines a "StreamTemplate" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: StreamTemplateProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * @schema StreamTemplate
 */
export interface StreamTemplateProps {
    /**
     * @schema StreamTemplate#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * @schema StreamTemplate#spec
     */
    readonly spec?: StreamTemplateSpec;
}
/**
 * Converts an object of type 'StreamTemplateProps' to JSON representation.
 */
export declare function toJson_StreamTemplateProps(obj: StreamTemplateProps | undefined): Record<string, any> | undefined;
/**
 * @schema StreamTemplateSpec
 */
export interface StreamTemplateSpec {
    /**
     * A unique name for the Stream Template.
     *
     * @schema StreamTemplateSpec#name
     */
    readonly name?: string;
    /**
     * The maximum number of Streams this Template can create, -1 for unlimited.
     *
     * @schema StreamTemplateSpec#maxStreams
     */
    readonly maxStreams?: number;
    /**
     * A list of subjects to consume, supports wildcards.
     *
     * @schema StreamTemplateSpec#subjects
     */
    readonly subjects?: string[];
    /**
     * How messages are retained in the Stream, once this is exceeded old messages are removed.
     *
     * @schema StreamTemplateSpec#retention
     */
    readonly retention?: StreamTemplateSpecRetention;
    /**
     * How many Consumers can be defined for a given Stream. -1 for unlimited.
     *
     * @schema StreamTemplateSpec#maxConsumers
     */
    readonly maxConsumers?: number;
    /**
     * How many messages may be in a Stream, oldest messages will be removed if the Stream exceeds this size. -1 for unlimited.
     *
     * @schema StreamTemplateSpec#maxMsgs
     */
    readonly maxMsgs?: number;
    /**
     * How big the Stream may be, when the combined stream size exceeds this old messages are removed. -1 for unlimited.
     *
     * @schema StreamTemplateSpec#maxBytes
     */
    readonly maxBytes?: number;
    /**
     * Maximum age of any message in the stream, expressed in Go's time.Duration format. Empty for unlimited.
     *
     * @schema StreamTemplateSpec#maxAge
     */
    readonly maxAge?: string;
    /**
     * The largest message that will be accepted by the Stream. -1 for unlimited.
     *
     * @schema StreamTemplateSpec#maxMsgSize
     */
    readonly maxMsgSize?: number;
    /**
     * The storage backend to use for the Stream.
     *
     * @schema StreamTemplateSpec#storage
     */
    readonly storage?: StreamTemplateSpecStorage;
    /**
     * How many replicas to keep for each message.
     *
     * @schema StreamTemplateSpec#replicas
     */
    readonly replicas?: number;
    /**
     * Disables acknowledging messages that are received by the Stream.
     *
     * @schema StreamTemplateSpec#noAck
     */
    readonly noAck?: boolean;
    /**
     * When a Stream reach it's limits either old messages are deleted or new ones are denied.
     *
     * @schema StreamTemplateSpec#discard
     */
    readonly discard?: StreamTemplateSpecDiscard;
    /**
     * The duration window to track duplicate messages for.
     *
     * @schema StreamTemplateSpec#duplicateWindow
     */
    readonly duplicateWindow?: string;
}
/**
 * Converts an object of type 'StreamTemplateSpec' to JSON representation.
 */
export declare function toJson_StreamTemplateSpec(obj: StreamTemplateSpec | undefined): Record<string, any> | undefined;
/**
 * How messages are retained in the Stream, once this is exceeded old messages are removed.
 *
 * @schema StreamTemplateSpecRetention
 */
export declare enum StreamTemplateSpecRetention {
    /** limits */
    LIMITS = "limits",
    /** interest */
    INTEREST = "interest",
    /** workqueue */
    WORKQUEUE = "workqueue"
}
/**
 * The storage backend to use for the Stream.
 *
 * @schema StreamTemplateSpecStorage
 */
export declare enum StreamTemplateSpecStorage {
    /** file */
    FILE = "file",
    /** memory */
    MEMORY = "memory"
}
/**
 * When a Stream reach it's limits either old messages are deleted or new ones are denied.
 *
 * @schema StreamTemplateSpecDiscard
 */
export declare enum StreamTemplateSpecDiscard {
    /** old */
    OLD = "old",
    /** new */
    NEW = "new"
}
