import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * A CompositeResourceDefinition defines the schema for a new custom Kubernetes
API.

Read the Crossplane documentation for
[more information about CustomResourceDefinitions](https://docs.crossplane.io/latest/composition/composite-resource-definitions/).
 *
 * @schema CompositeResourceDefinition
 */
export declare class CompositeResourceDefinition extends ApiObject {
    /**
     * Returns the apiVersion and kind for "CompositeResourceDefinition"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "CompositeResourceDefinition".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: CompositeResourceDefinitionProps): any;
    /**
     * Defines a "CompositeResourceDefinition" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: CompositeResourceDefinitionProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * A CompositeResourceDefinition defines the schema for a new custom Kubernetes
 * API.
 *
 * Read the Crossplane documentation for
 * [more information about CustomResourceDefinitions](https://docs.crossplane.io/latest/composition/composite-resource-definitions/).
 *
 * @schema CompositeResourceDefinition
 */
export interface CompositeResourceDefinitionProps {
    /**
     * @schema CompositeResourceDefinition#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * CompositeResourceDefinitionSpec specifies the desired state of the definition.
     *
     * @schema CompositeResourceDefinition#spec
     */
    readonly spec?: CompositeResourceDefinitionSpec;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionProps' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionProps(obj: CompositeResourceDefinitionProps | undefined): Record<string, any> | undefined;
/**
 * CompositeResourceDefinitionSpec specifies the desired state of the definition.
 *
 * @schema CompositeResourceDefinitionSpec
 */
export interface CompositeResourceDefinitionSpec {
    /**
     * ClaimNames specifies the names of an optional composite resource claim.
     * When claim names are specified Crossplane will create a namespaced
     * 'composite resource claim' CRD that corresponds to the defined composite
     * resource. This composite resource claim acts as a namespaced proxy for
     * the composite resource; creating, updating, or deleting the claim will
     * create, update, or delete a corresponding composite resource. You may add
     * claim names to an existing CompositeResourceDefinition, but they cannot
     * be changed or removed once they have been set.
     *
     * @schema CompositeResourceDefinitionSpec#claimNames
     */
    readonly claimNames?: CompositeResourceDefinitionSpecClaimNames;
    /**
     * ConnectionSecretKeys is the list of connection secret keys the
     * defined XR can publish. If the list is empty, all keys will be
     * published. If the list isn't empty, any connection secret keys that
     * don't appear in the list will be filtered out. Only LegacyCluster XRs
     * support connection secrets.
     *
     * @schema CompositeResourceDefinitionSpec#connectionSecretKeys
     */
    readonly connectionSecretKeys?: string[];
    /**
     * Conversion defines all conversion settings for the defined Composite resource.
     *
     * @schema CompositeResourceDefinitionSpec#conversion
     */
    readonly conversion?: CompositeResourceDefinitionSpecConversion;
    /**
     * DefaultCompositeDeletePolicy is the policy used when deleting the Composite
     * that is associated with the Claim if no policy has been specified.
     *
     * @schema CompositeResourceDefinitionSpec#defaultCompositeDeletePolicy
     */
    readonly defaultCompositeDeletePolicy?: CompositeResourceDefinitionSpecDefaultCompositeDeletePolicy;
    /**
     * DefaultCompositionRef refers to the Composition resource that will be used
     * in case no composition selector is given.
     *
     * @schema CompositeResourceDefinitionSpec#defaultCompositionRef
     */
    readonly defaultCompositionRef?: CompositeResourceDefinitionSpecDefaultCompositionRef;
    /**
     * DefaultCompositionRevisionSelector refers to the CompositionRevision that will be used
     * in case no compositionRevision selector is given.
     *
     * @schema CompositeResourceDefinitionSpec#defaultCompositionRevisionSelector
     */
    readonly defaultCompositionRevisionSelector?: CompositeResourceDefinitionSpecDefaultCompositionRevisionSelector;
    /**
     * DefaultCompositionUpdatePolicy is the policy used when updating composites after a new
     * Composition Revision has been created if no policy has been specified on the composite.
     *
     * @schema CompositeResourceDefinitionSpec#defaultCompositionUpdatePolicy
     */
    readonly defaultCompositionUpdatePolicy?: CompositeResourceDefinitionSpecDefaultCompositionUpdatePolicy;
    /**
     * EnforcedCompositionRef refers to the Composition resource that will be used
     * by all composite instances whose schema is defined by this definition.
     *
     * @schema CompositeResourceDefinitionSpec#enforcedCompositionRef
     */
    readonly enforcedCompositionRef?: CompositeResourceDefinitionSpecEnforcedCompositionRef;
    /**
     * Group specifies the API group of the defined composite resource.
     * Composite resources are served under `/apis/<group>/...`. Must match the
     * name of the XRD (in the form `<names.plural>.<group>`).
     *
     * @schema CompositeResourceDefinitionSpec#group
     */
    readonly group: string;
    /**
     * Metadata specifies the desired metadata for the defined composite resource and claim CRD's.
     *
     * @schema CompositeResourceDefinitionSpec#metadata
     */
    readonly metadata?: CompositeResourceDefinitionSpecMetadata;
    /**
     * Names specifies the resource and kind names of the defined composite
     * resource.
     *
     * @schema CompositeResourceDefinitionSpec#names
     */
    readonly names: CompositeResourceDefinitionSpecNames;
    /**
     * Scope of the defined composite resource. Namespaced composite resources
     * are scoped to a single namespace. Cluster scoped composite resource exist
     * outside the scope of any namespace. Neither can be claimed. Legacy
     * cluster scoped composite resources are cluster scoped resources that can
     * be claimed.
     *
     * @schema CompositeResourceDefinitionSpec#scope
     */
    readonly scope?: CompositeResourceDefinitionSpecScope;
    /**
     * Versions is the list of all API versions of the defined composite
     * resource. Version names are used to compute the order in which served
     * versions are listed in API discovery. If the version string is
     * "kube-like", it will sort above non "kube-like" version strings, which
     * are ordered lexicographically. "Kube-like" versions start with a "v",
     * then are followed by a number (the major version), then optionally the
     * string "alpha" or "beta" and another number (the minor version). These
     * are sorted first by GA > beta > alpha (where GA is a version with no
     * suffix such as beta or alpha), and then by comparing major version, then
     * minor version. An example sorted list of versions: v10, v2, v1, v11beta2,
     * v10beta3, v3beta1, v12alpha1, v11alpha2, foo1, foo10.
     *
     * @schema CompositeResourceDefinitionSpec#versions
     */
    readonly versions: CompositeResourceDefinitionSpecVersions[];
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpec' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionSpec(obj: CompositeResourceDefinitionSpec | undefined): Record<string, any> | undefined;
/**
 * ClaimNames specifies the names of an optional composite resource claim.
 * When claim names are specified Crossplane will create a namespaced
 * 'composite resource claim' CRD that corresponds to the defined composite
 * resource. This composite resource claim acts as a namespaced proxy for
 * the composite resource; creating, updating, or deleting the claim will
 * create, update, or delete a corresponding composite resource. You may add
 * claim names to an existing CompositeResourceDefinition, but they cannot
 * be changed or removed once they have been set.
 *
 * @schema CompositeResourceDefinitionSpecClaimNames
 */
export interface CompositeResourceDefinitionSpecClaimNames {
    /**
     * categories is a list of grouped resources this custom resource belongs to (e.g. 'all').
     * This is published in API discovery documents, and used by clients to support invocations like
     * `kubectl get all`.
     *
     * @schema CompositeResourceDefinitionSpecClaimNames#categories
     */
    readonly categories?: string[];
    /**
     * kind is the serialized kind of the resource. It is normally CamelCase and singular.
     * Custom resource instances will use this value as the `kind` attribute in API calls.
     *
     * @schema CompositeResourceDefinitionSpecClaimNames#kind
     */
    readonly kind: string;
    /**
     * listKind is the serialized kind of the list for this resource. Defaults to "`kind`List".
     *
     * @default kind`List".
     * @schema CompositeResourceDefinitionSpecClaimNames#listKind
     */
    readonly listKind?: string;
    /**
     * plural is the plural name of the resource to serve.
     * The custom resources are served under `/apis/<group>/<version>/.../<plural>`.
     * Must match the name of the CustomResourceDefinition (in the form `<names.plural>.<group>`).
     * Must be all lowercase.
     *
     * @schema CompositeResourceDefinitionSpecClaimNames#plural
     */
    readonly plural: string;
    /**
     * shortNames are short names for the resource, exposed in API discovery documents,
     * and used by clients to support invocations like `kubectl get <shortname>`.
     * It must be all lowercase.
     *
     * @schema CompositeResourceDefinitionSpecClaimNames#shortNames
     */
    readonly shortNames?: string[];
    /**
     * singular is the singular name of the resource. It must be all lowercase. Defaults to lowercased `kind`.
     *
     * @default lowercased `kind`.
     * @schema CompositeResourceDefinitionSpecClaimNames#singular
     */
    readonly singular?: string;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecClaimNames' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionSpecClaimNames(obj: CompositeResourceDefinitionSpecClaimNames | undefined): Record<string, any> | undefined;
/**
 * Conversion defines all conversion settings for the defined Composite resource.
 *
 * @schema CompositeResourceDefinitionSpecConversion
 */
export interface CompositeResourceDefinitionSpecConversion {
    /**
     * strategy specifies how custom resources are converted between versions. Allowed values are:
     * - `"None"`: The converter only change the apiVersion and would not touch any other field in the custom resource.
     * - `"Webhook"`: API Server will call to an external webhook to do the conversion. Additional information
     * is needed for this option. This requires spec.preserveUnknownFields to be false, and spec.conversion.webhook to be set.
     *
     * @schema CompositeResourceDefinitionSpecConversion#strategy
     */
    readonly strategy: string;
    /**
     * webhook describes how to call the conversion webhook. Required when `strategy` is set to `"Webhook"`.
     *
     * @schema CompositeResourceDefinitionSpecConversion#webhook
     */
    readonly webhook?: CompositeResourceDefinitionSpecConversionWebhook;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecConversion' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionSpecConversion(obj: CompositeResourceDefinitionSpecConversion | undefined): Record<string, any> | undefined;
/**
 * DefaultCompositeDeletePolicy is the policy used when deleting the Composite
 * that is associated with the Claim if no policy has been specified.
 *
 * @schema CompositeResourceDefinitionSpecDefaultCompositeDeletePolicy
 */
export declare enum CompositeResourceDefinitionSpecDefaultCompositeDeletePolicy {
    /** Background */
    BACKGROUND = "Background",
    /** Foreground */
    FOREGROUND = "Foreground"
}
/**
 * DefaultCompositionRef refers to the Composition resource that will be used
 * in case no composition selector is given.
 *
 * @schema CompositeResourceDefinitionSpecDefaultCompositionRef
 */
export interface CompositeResourceDefinitionSpecDefaultCompositionRef {
    /**
     * Name of the Composition.
     *
     * @schema CompositeResourceDefinitionSpecDefaultCompositionRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecDefaultCompositionRef' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionSpecDefaultCompositionRef(obj: CompositeResourceDefinitionSpecDefaultCompositionRef | undefined): Record<string, any> | undefined;
/**
 * DefaultCompositionRevisionSelector refers to the CompositionRevision that will be used
 * in case no compositionRevision selector is given.
 *
 * @schema CompositeResourceDefinitionSpecDefaultCompositionRevisionSelector
 */
export interface CompositeResourceDefinitionSpecDefaultCompositionRevisionSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CompositeResourceDefinitionSpecDefaultCompositionRevisionSelector#matchExpressions
     */
    readonly matchExpressions?: CompositeResourceDefinitionSpecDefaultCompositionRevisionSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CompositeResourceDefinitionSpecDefaultCompositionRevisionSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecDefaultCompositionRevisionSelector' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionSpecDefaultCompositionRevisionSelector(obj: CompositeResourceDefinitionSpecDefaultCompositionRevisionSelector | undefined): Record<string, any> | undefined;
/**
 * DefaultCompositionUpdatePolicy is the policy used when updating composites after a new
 * Composition Revision has been created if no policy has been specified on the composite.
 *
 * @schema CompositeResourceDefinitionSpecDefaultCompositionUpdatePolicy
 */
export declare enum CompositeResourceDefinitionSpecDefaultCompositionUpdatePolicy {
    /** Automatic */
    AUTOMATIC = "Automatic",
    /** Manual */
    MANUAL = "Manual"
}
/**
 * EnforcedCompositionRef refers to the Composition resource that will be used
 * by all composite instances whose schema is defined by this definition.
 *
 * @schema CompositeResourceDefinitionSpecEnforcedCompositionRef
 */
export interface CompositeResourceDefinitionSpecEnforcedCompositionRef {
    /**
     * Name of the Composition.
     *
     * @schema CompositeResourceDefinitionSpecEnforcedCompositionRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecEnforcedCompositionRef' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionSpecEnforcedCompositionRef(obj: CompositeResourceDefinitionSpecEnforcedCompositionRef | undefined): Record<string, any> | undefined;
/**
 * Metadata specifies the desired metadata for the defined composite resource and claim CRD's.
 *
 * @schema CompositeResourceDefinitionSpecMetadata
 */
export interface CompositeResourceDefinitionSpecMetadata {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata. They are not
     * queryable and should be preserved when modifying objects.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations
     *
     * @schema CompositeResourceDefinitionSpecMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects. May match selectors of replication controllers
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels
     * and services.
     * These labels are added to the composite resource and claim CRD's in addition
     * to any labels defined by `CompositionResourceDefinition` `metadata.labels`.
     *
     * @schema CompositeResourceDefinitionSpecMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecMetadata' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionSpecMetadata(obj: CompositeResourceDefinitionSpecMetadata | undefined): Record<string, any> | undefined;
/**
 * Names specifies the resource and kind names of the defined composite
 * resource.
 *
 * @schema CompositeResourceDefinitionSpecNames
 */
export interface CompositeResourceDefinitionSpecNames {
    /**
     * categories is a list of grouped resources this custom resource belongs to (e.g. 'all').
     * This is published in API discovery documents, and used by clients to support invocations like
     * `kubectl get all`.
     *
     * @schema CompositeResourceDefinitionSpecNames#categories
     */
    readonly categories?: string[];
    /**
     * kind is the serialized kind of the resource. It is normally CamelCase and singular.
     * Custom resource instances will use this value as the `kind` attribute in API calls.
     *
     * @schema CompositeResourceDefinitionSpecNames#kind
     */
    readonly kind: string;
    /**
     * listKind is the serialized kind of the list for this resource. Defaults to "`kind`List".
     *
     * @default kind`List".
     * @schema CompositeResourceDefinitionSpecNames#listKind
     */
    readonly listKind?: string;
    /**
     * plural is the plural name of the resource to serve.
     * The custom resources are served under `/apis/<group>/<version>/.../<plural>`.
     * Must match the name of the CustomResourceDefinition (in the form `<names.plural>.<group>`).
     * Must be all lowercase.
     *
     * @schema CompositeResourceDefinitionSpecNames#plural
     */
    readonly plural: string;
    /**
     * shortNames are short names for the resource, exposed in API discovery documents,
     * and used by clients to support invocations like `kubectl get <shortname>`.
     * It must be all lowercase.
     *
     * @schema CompositeResourceDefinitionSpecNames#shortNames
     */
    readonly shortNames?: string[];
    /**
     * singular is the singular name of the resource. It must be all lowercase. Defaults to lowercased `kind`.
     *
     * @default lowercased `kind`.
     * @schema CompositeResourceDefinitionSpecNames#singular
     */
    readonly singular?: string;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecNames' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionSpecNames(obj: CompositeResourceDefinitionSpecNames | undefined): Record<string, any> | undefined;
/**
 * Scope of the defined composite resource. Namespaced composite resources
 * are scoped to a single namespace. Cluster scoped composite resource exist
 * outside the scope of any namespace. Neither can be claimed. Legacy
 * cluster scoped composite resources are cluster scoped resources that can
 * be claimed.
 *
 * @schema CompositeResourceDefinitionSpecScope
 */
export declare enum CompositeResourceDefinitionSpecScope {
    /** LegacyCluster */
    LEGACY_CLUSTER = "LegacyCluster",
    /** Namespaced */
    NAMESPACED = "Namespaced",
    /** Cluster */
    CLUSTER = "Cluster"
}
/**
 * CompositeResourceDefinitionVersion describes a version of an XR.
 *
 * @schema CompositeResourceDefinitionSpecVersions
 */
export interface CompositeResourceDefinitionSpecVersions {
    /**
     * AdditionalPrinterColumns specifies additional columns returned in Table
     * output. If no columns are specified, a single column displaying the age
     * of the custom resource is used. See the following link for details:
     * https://kubernetes.io/docs/reference/using-api/api-concepts/#receiving-resources-as-tables
     *
     * @schema CompositeResourceDefinitionSpecVersions#additionalPrinterColumns
     */
    readonly additionalPrinterColumns?: CompositeResourceDefinitionSpecVersionsAdditionalPrinterColumns[];
    /**
     * The deprecated field specifies that this version is deprecated and should
     * not be used.
     *
     * @schema CompositeResourceDefinitionSpecVersions#deprecated
     */
    readonly deprecated?: boolean;
    /**
     * DeprecationWarning specifies the message that should be shown to the user
     * when using this version.
     *
     * @schema CompositeResourceDefinitionSpecVersions#deprecationWarning
     */
    readonly deprecationWarning?: string;
    /**
     * Name of this version, e.g. “v1”, “v2beta1”, etc. Composite resources are
     * served under this version at `/apis/<group>/<version>/...` if `served` is
     * true.
     *
     * @schema CompositeResourceDefinitionSpecVersions#name
     */
    readonly name: string;
    /**
     * Referenceable specifies that this version may be referenced by a
     * Composition in order to configure which resources an XR may be composed
     * of. Exactly one version must be marked as referenceable; all Compositions
     * must target only the referenceable version. The referenceable version
     * must be served. It's mapped to the CRD's `spec.versions[*].storage` field.
     *
     * @schema CompositeResourceDefinitionSpecVersions#referenceable
     */
    readonly referenceable: boolean;
    /**
     * Schema describes the schema used for validation, pruning, and defaulting
     * of this version of the defined composite resource. Fields required by all
     * composite resources will be injected into this schema automatically, and
     * will override equivalently named fields in this schema. Omitting this
     * schema results in a schema that contains only the fields required by all
     * composite resources.
     *
     * @schema CompositeResourceDefinitionSpecVersions#schema
     */
    readonly schema?: CompositeResourceDefinitionSpecVersionsSchema;
    /**
     * Served specifies that this version should be served via REST APIs.
     *
     * @schema CompositeResourceDefinitionSpecVersions#served
     */
    readonly served: boolean;
    /**
     * Subresources specifies what subresources this version of the defined Composite resource has.
     * The composition authors have responsibility to implement the logic fulfilling the subresources.
     *
     * @schema CompositeResourceDefinitionSpecVersions#subresources
     */
    readonly subresources?: CompositeResourceDefinitionSpecVersionsSubresources;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecVersions' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionSpecVersions(obj: CompositeResourceDefinitionSpecVersions | undefined): Record<string, any> | undefined;
/**
 * webhook describes how to call the conversion webhook. Required when `strategy` is set to `"Webhook"`.
 *
 * @schema CompositeResourceDefinitionSpecConversionWebhook
 */
export interface CompositeResourceDefinitionSpecConversionWebhook {
    /**
     * clientConfig is the instructions for how to call the webhook if strategy is `Webhook`.
     *
     * @schema CompositeResourceDefinitionSpecConversionWebhook#clientConfig
     */
    readonly clientConfig?: CompositeResourceDefinitionSpecConversionWebhookClientConfig;
    /**
     * conversionReviewVersions is an ordered list of preferred `ConversionReview`
     * versions the Webhook expects. The API server will use the first version in
     * the list which it supports. If none of the versions specified in this list
     * are supported by API server, conversion will fail for the custom resource.
     * If a persisted Webhook configuration specifies allowed versions and does not
     * include any versions known to the API Server, calls to the webhook will fail.
     *
     * @schema CompositeResourceDefinitionSpecConversionWebhook#conversionReviewVersions
     */
    readonly conversionReviewVersions: string[];
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecConversionWebhook' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionSpecConversionWebhook(obj: CompositeResourceDefinitionSpecConversionWebhook | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CompositeResourceDefinitionSpecDefaultCompositionRevisionSelectorMatchExpressions
 */
export interface CompositeResourceDefinitionSpecDefaultCompositionRevisionSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CompositeResourceDefinitionSpecDefaultCompositionRevisionSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CompositeResourceDefinitionSpecDefaultCompositionRevisionSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CompositeResourceDefinitionSpecDefaultCompositionRevisionSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecDefaultCompositionRevisionSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionSpecDefaultCompositionRevisionSelectorMatchExpressions(obj: CompositeResourceDefinitionSpecDefaultCompositionRevisionSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * CustomResourceColumnDefinition specifies a column for server side printing.
 *
 * @schema CompositeResourceDefinitionSpecVersionsAdditionalPrinterColumns
 */
export interface CompositeResourceDefinitionSpecVersionsAdditionalPrinterColumns {
    /**
     * description is a human readable description of this column.
     *
     * @schema CompositeResourceDefinitionSpecVersionsAdditionalPrinterColumns#description
     */
    readonly description?: string;
    /**
     * format is an optional OpenAPI type definition for this column. The 'name' format is applied
     * to the primary identifier column to assist in clients identifying column is the resource name.
     * See https://github.com/OAI/OpenAPI-Specification/blob/master/versions/2.0.md#data-types for details.
     *
     * @schema CompositeResourceDefinitionSpecVersionsAdditionalPrinterColumns#format
     */
    readonly format?: string;
    /**
     * jsonPath is a simple JSON path (i.e. with array notation) which is evaluated against
     * each custom resource to produce the value for this column.
     *
     * @schema CompositeResourceDefinitionSpecVersionsAdditionalPrinterColumns#jsonPath
     */
    readonly jsonPath: string;
    /**
     * name is a human readable name for the column.
     *
     * @schema CompositeResourceDefinitionSpecVersionsAdditionalPrinterColumns#name
     */
    readonly name: string;
    /**
     * priority is an integer defining the relative importance of this column compared to others. Lower
     * numbers are considered higher priority. Columns that may be omitted in limited space scenarios
     * should be given a priority greater than 0.
     *
     * @schema CompositeResourceDefinitionSpecVersionsAdditionalPrinterColumns#priority
     */
    readonly priority?: number;
    /**
     * type is an OpenAPI type definition for this column.
     * See https://github.com/OAI/OpenAPI-Specification/blob/master/versions/2.0.md#data-types for details.
     *
     * @schema CompositeResourceDefinitionSpecVersionsAdditionalPrinterColumns#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecVersionsAdditionalPrinterColumns' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionSpecVersionsAdditionalPrinterColumns(obj: CompositeResourceDefinitionSpecVersionsAdditionalPrinterColumns | undefined): Record<string, any> | undefined;
/**
 * Schema describes the schema used for validation, pruning, and defaulting
 * of this version of the defined composite resource. Fields required by all
 * composite resources will be injected into this schema automatically, and
 * will override equivalently named fields in this schema. Omitting this
 * schema results in a schema that contains only the fields required by all
 * composite resources.
 *
 * @schema CompositeResourceDefinitionSpecVersionsSchema
 */
export interface CompositeResourceDefinitionSpecVersionsSchema {
    /**
     * OpenAPIV3Schema is the OpenAPI v3 schema to use for validation and
     * pruning.
     *
     * @schema CompositeResourceDefinitionSpecVersionsSchema#openAPIV3Schema
     */
    readonly openApiv3Schema?: any;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecVersionsSchema' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionSpecVersionsSchema(obj: CompositeResourceDefinitionSpecVersionsSchema | undefined): Record<string, any> | undefined;
/**
 * Subresources specifies what subresources this version of the defined Composite resource has.
 * The composition authors have responsibility to implement the logic fulfilling the subresources.
 *
 * @schema CompositeResourceDefinitionSpecVersionsSubresources
 */
export interface CompositeResourceDefinitionSpecVersionsSubresources {
    /**
     * Scale indicates the CRD should serve a `/scale` subresource that returns an `autoscaling/v1` Scale object.
     *
     * @schema CompositeResourceDefinitionSpecVersionsSubresources#scale
     */
    readonly scale?: CompositeResourceDefinitionSpecVersionsSubresourcesScale;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecVersionsSubresources' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionSpecVersionsSubresources(obj: CompositeResourceDefinitionSpecVersionsSubresources | undefined): Record<string, any> | undefined;
/**
 * clientConfig is the instructions for how to call the webhook if strategy is `Webhook`.
 *
 * @schema CompositeResourceDefinitionSpecConversionWebhookClientConfig
 */
export interface CompositeResourceDefinitionSpecConversionWebhookClientConfig {
    /**
     * caBundle is a PEM encoded CA bundle which will be used to validate the webhook's server certificate.
     * If unspecified, system trust roots on the apiserver are used.
     *
     * @schema CompositeResourceDefinitionSpecConversionWebhookClientConfig#caBundle
     */
    readonly caBundle?: string;
    /**
     * service is a reference to the service for this webhook. Either
     * service or url must be specified.
     *
     * If the webhook is running within the cluster, then you should use `service`.
     *
     * @schema CompositeResourceDefinitionSpecConversionWebhookClientConfig#service
     */
    readonly service?: CompositeResourceDefinitionSpecConversionWebhookClientConfigService;
    /**
     * url gives the location of the webhook, in standard URL form
     * (`scheme://host:port/path`). Exactly one of `url` or `service`
     * must be specified.
     *
     * The `host` should not refer to a service running in the cluster; use
     * the `service` field instead. The host might be resolved via external
     * DNS in some apiservers (e.g., `kube-apiserver` cannot resolve
     * in-cluster DNS as that would be a layering violation). `host` may
     * also be an IP address.
     *
     * Please note that using `localhost` or `127.0.0.1` as a `host` is
     * risky unless you take great care to run this webhook on all hosts
     * which run an apiserver which might need to make calls to this
     * webhook. Such installs are likely to be non-portable, i.e., not easy
     * to turn up in a new cluster.
     *
     * The scheme must be "https"; the URL must begin with "https://".
     *
     * A path is optional, and if present may be any string permissible in
     * a URL. You may use the path to pass an arbitrary string to the
     * webhook, for example, a cluster identifier.
     *
     * Attempting to use a user or basic auth e.g. "user:password@" is not
     * allowed. Fragments ("#...") and query parameters ("?...") are not
     * allowed, either.
     *
     * @schema CompositeResourceDefinitionSpecConversionWebhookClientConfig#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecConversionWebhookClientConfig' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionSpecConversionWebhookClientConfig(obj: CompositeResourceDefinitionSpecConversionWebhookClientConfig | undefined): Record<string, any> | undefined;
/**
 * Scale indicates the CRD should serve a `/scale` subresource that returns an `autoscaling/v1` Scale object.
 *
 * @schema CompositeResourceDefinitionSpecVersionsSubresourcesScale
 */
export interface CompositeResourceDefinitionSpecVersionsSubresourcesScale {
    /**
     * labelSelectorPath defines the JSON path inside of a custom resource that corresponds to Scale `status.selector`.
     * Only JSON paths without the array notation are allowed.
     * Must be a JSON Path under `.status` or `.spec`.
     * Must be set to work with HorizontalPodAutoscaler.
     * The field pointed by this JSON path must be a string field (not a complex selector struct)
     * which contains a serialized label selector in string form.
     * More info: https://kubernetes.io/docs/tasks/access-kubernetes-api/custom-resources/custom-resource-definitions#scale-subresource
     * If there is no value under the given path in the custom resource, the `status.selector` value in the `/scale`
     * subresource will default to the empty string.
     *
     * @schema CompositeResourceDefinitionSpecVersionsSubresourcesScale#labelSelectorPath
     */
    readonly labelSelectorPath?: string;
    /**
     * specReplicasPath defines the JSON path inside of a custom resource that corresponds to Scale `spec.replicas`.
     * Only JSON paths without the array notation are allowed.
     * Must be a JSON Path under `.spec`.
     * If there is no value under the given path in the custom resource, the `/scale` subresource will return an error on GET.
     *
     * @schema CompositeResourceDefinitionSpecVersionsSubresourcesScale#specReplicasPath
     */
    readonly specReplicasPath: string;
    /**
     * statusReplicasPath defines the JSON path inside of a custom resource that corresponds to Scale `status.replicas`.
     * Only JSON paths without the array notation are allowed.
     * Must be a JSON Path under `.status`.
     * If there is no value under the given path in the custom resource, the `status.replicas` value in the `/scale` subresource
     * will default to 0.
     *
     * @schema CompositeResourceDefinitionSpecVersionsSubresourcesScale#statusReplicasPath
     */
    readonly statusReplicasPath: string;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecVersionsSubresourcesScale' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionSpecVersionsSubresourcesScale(obj: CompositeResourceDefinitionSpecVersionsSubresourcesScale | undefined): Record<string, any> | undefined;
/**
 * service is a reference to the service for this webhook. Either
 * service or url must be specified.
 *
 * If the webhook is running within the cluster, then you should use `service`.
 *
 * @schema CompositeResourceDefinitionSpecConversionWebhookClientConfigService
 */
export interface CompositeResourceDefinitionSpecConversionWebhookClientConfigService {
    /**
     * name is the name of the service.
     * Required
     *
     * @schema CompositeResourceDefinitionSpecConversionWebhookClientConfigService#name
     */
    readonly name: string;
    /**
     * namespace is the namespace of the service.
     * Required
     *
     * @schema CompositeResourceDefinitionSpecConversionWebhookClientConfigService#namespace
     */
    readonly namespace: string;
    /**
     * path is an optional URL path at which the webhook will be contacted.
     *
     * @schema CompositeResourceDefinitionSpecConversionWebhookClientConfigService#path
     */
    readonly path?: string;
    /**
     * port is an optional service port at which the webhook will be contacted.
     * `port` should be a valid port number (1-65535, inclusive).
     * Defaults to 443 for backward compatibility.
     *
     * @default 443 for backward compatibility.
     * @schema CompositeResourceDefinitionSpecConversionWebhookClientConfigService#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionSpecConversionWebhookClientConfigService' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionSpecConversionWebhookClientConfigService(obj: CompositeResourceDefinitionSpecConversionWebhookClientConfigService | undefined): Record<string, any> | undefined;
/**
 * A CompositeResourceDefinition defines the schema for a new custom Kubernetes
API.

Read the Crossplane documentation for
[more information about CustomResourceDefinitions](https://docs.crossplane.io/latest/composition/composite-resource-definitions/).
 *
 * @schema CompositeResourceDefinitionV2
 */
export declare class CompositeResourceDefinitionV2 extends ApiObject {
    /**
     * Returns the apiVersion and kind for "CompositeResourceDefinitionV2"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "CompositeResourceDefinitionV2".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: CompositeResourceDefinitionV2Props): any;
    /**
     * Defines a "CompositeResourceDefinitionV2" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: CompositeResourceDefinitionV2Props);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * A CompositeResourceDefinition defines the schema for a new custom Kubernetes
 * API.
 *
 * Read the Crossplane documentation for
 * [more information about CustomResourceDefinitions](https://docs.crossplane.io/latest/composition/composite-resource-definitions/).
 *
 * @schema CompositeResourceDefinitionV2
 */
export interface CompositeResourceDefinitionV2Props {
    /**
     * @schema CompositeResourceDefinitionV2#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * CompositeResourceDefinitionSpec specifies the desired state of the definition.
     *
     * @schema CompositeResourceDefinitionV2#spec
     */
    readonly spec?: CompositeResourceDefinitionV2Spec;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2Props' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionV2Props(obj: CompositeResourceDefinitionV2Props | undefined): Record<string, any> | undefined;
/**
 * CompositeResourceDefinitionSpec specifies the desired state of the definition.
 *
 * @schema CompositeResourceDefinitionV2Spec
 */
export interface CompositeResourceDefinitionV2Spec {
    /**
     * ClaimNames specifies the names of an optional composite resource claim.
     * When claim names are specified Crossplane will create a namespaced
     * 'composite resource claim' CRD that corresponds to the defined composite
     * resource. This composite resource claim acts as a namespaced proxy for
     * the composite resource; creating, updating, or deleting the claim will
     * create, update, or delete a corresponding composite resource. You may add
     * claim names to an existing CompositeResourceDefinition, but they cannot
     * be changed or removed once they have been set.
     *
     * Deprecated: Claims aren't supported in apiextensions.crossplane.io/v2.
     *
     * @schema CompositeResourceDefinitionV2Spec#claimNames
     */
    readonly claimNames?: CompositeResourceDefinitionV2SpecClaimNames;
    /**
     * ConnectionSecretKeys is the list of connection secret keys the
     * defined XR can publish. If the list is empty, all keys will be
     * published. If the list isn't empty, any connection secret keys that
     * don't appear in the list will be filtered out. Only LegacyCluster XRs
     * support connection secrets.
     *
     * Deprecated: XR connection secrets aren't supported in
     * apiextensions.crossplane.io/v2. Compose a secret instead.
     *
     * @schema CompositeResourceDefinitionV2Spec#connectionSecretKeys
     */
    readonly connectionSecretKeys?: string[];
    /**
     * Conversion defines all conversion settings for the defined Composite resource.
     *
     * @schema CompositeResourceDefinitionV2Spec#conversion
     */
    readonly conversion?: CompositeResourceDefinitionV2SpecConversion;
    /**
     * DefaultCompositeDeletePolicy is the policy used when deleting the Composite
     * that is associated with the Claim if no policy has been specified.
     *
     * Deprecated: Claims aren't supported in apiextensions.crossplane.io/v2.
     *
     * @schema CompositeResourceDefinitionV2Spec#defaultCompositeDeletePolicy
     */
    readonly defaultCompositeDeletePolicy?: CompositeResourceDefinitionV2SpecDefaultCompositeDeletePolicy;
    /**
     * DefaultCompositionRef refers to the Composition resource that will be used
     * in case no composition selector is given.
     *
     * @schema CompositeResourceDefinitionV2Spec#defaultCompositionRef
     */
    readonly defaultCompositionRef?: CompositeResourceDefinitionV2SpecDefaultCompositionRef;
    /**
     * DefaultCompositionRevisionSelector refers to the CompositionRevision that will be used
     * in case no compositionRevision selector is given.
     *
     * @schema CompositeResourceDefinitionV2Spec#defaultCompositionRevisionSelector
     */
    readonly defaultCompositionRevisionSelector?: CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelector;
    /**
     * DefaultCompositionUpdatePolicy is the policy used when updating composites after a new
     * Composition Revision has been created if no policy has been specified on the composite.
     *
     * @schema CompositeResourceDefinitionV2Spec#defaultCompositionUpdatePolicy
     */
    readonly defaultCompositionUpdatePolicy?: CompositeResourceDefinitionV2SpecDefaultCompositionUpdatePolicy;
    /**
     * EnforcedCompositionRef refers to the Composition resource that will be used
     * by all composite instances whose schema is defined by this definition.
     *
     * @schema CompositeResourceDefinitionV2Spec#enforcedCompositionRef
     */
    readonly enforcedCompositionRef?: CompositeResourceDefinitionV2SpecEnforcedCompositionRef;
    /**
     * Group specifies the API group of the defined composite resource.
     * Composite resources are served under `/apis/<group>/...`. Must match the
     * name of the XRD (in the form `<names.plural>.<group>`).
     *
     * @schema CompositeResourceDefinitionV2Spec#group
     */
    readonly group: string;
    /**
     * Metadata specifies the desired metadata for the defined composite resource and claim CRD's.
     *
     * @schema CompositeResourceDefinitionV2Spec#metadata
     */
    readonly metadata?: CompositeResourceDefinitionV2SpecMetadata;
    /**
     * Names specifies the resource and kind names of the defined composite
     * resource.
     *
     * @schema CompositeResourceDefinitionV2Spec#names
     */
    readonly names: CompositeResourceDefinitionV2SpecNames;
    /**
     * Scope of the defined composite resource. Namespaced composite resources
     * are scoped to a single namespace. Cluster scoped composite resource exist
     * outside the scope of any namespace.
     *
     * @schema CompositeResourceDefinitionV2Spec#scope
     */
    readonly scope?: CompositeResourceDefinitionV2SpecScope;
    /**
     * Versions is the list of all API versions of the defined composite
     * resource. Version names are used to compute the order in which served
     * versions are listed in API discovery. If the version string is
     * "kube-like", it will sort above non "kube-like" version strings, which
     * are ordered lexicographically. "Kube-like" versions start with a "v",
     * then are followed by a number (the major version), then optionally the
     * string "alpha" or "beta" and another number (the minor version). These
     * are sorted first by GA > beta > alpha (where GA is a version with no
     * suffix such as beta or alpha), and then by comparing major version, then
     * minor version. An example sorted list of versions: v10, v2, v1, v11beta2,
     * v10beta3, v3beta1, v12alpha1, v11alpha2, foo1, foo10.
     *
     * @schema CompositeResourceDefinitionV2Spec#versions
     */
    readonly versions: CompositeResourceDefinitionV2SpecVersions[];
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2Spec' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionV2Spec(obj: CompositeResourceDefinitionV2Spec | undefined): Record<string, any> | undefined;
/**
 * ClaimNames specifies the names of an optional composite resource claim.
 * When claim names are specified Crossplane will create a namespaced
 * 'composite resource claim' CRD that corresponds to the defined composite
 * resource. This composite resource claim acts as a namespaced proxy for
 * the composite resource; creating, updating, or deleting the claim will
 * create, update, or delete a corresponding composite resource. You may add
 * claim names to an existing CompositeResourceDefinition, but they cannot
 * be changed or removed once they have been set.
 *
 * Deprecated: Claims aren't supported in apiextensions.crossplane.io/v2.
 *
 * @schema CompositeResourceDefinitionV2SpecClaimNames
 */
export interface CompositeResourceDefinitionV2SpecClaimNames {
    /**
     * categories is a list of grouped resources this custom resource belongs to (e.g. 'all').
     * This is published in API discovery documents, and used by clients to support invocations like
     * `kubectl get all`.
     *
     * @schema CompositeResourceDefinitionV2SpecClaimNames#categories
     */
    readonly categories?: string[];
    /**
     * kind is the serialized kind of the resource. It is normally CamelCase and singular.
     * Custom resource instances will use this value as the `kind` attribute in API calls.
     *
     * @schema CompositeResourceDefinitionV2SpecClaimNames#kind
     */
    readonly kind: string;
    /**
     * listKind is the serialized kind of the list for this resource. Defaults to "`kind`List".
     *
     * @default kind`List".
     * @schema CompositeResourceDefinitionV2SpecClaimNames#listKind
     */
    readonly listKind?: string;
    /**
     * plural is the plural name of the resource to serve.
     * The custom resources are served under `/apis/<group>/<version>/.../<plural>`.
     * Must match the name of the CustomResourceDefinition (in the form `<names.plural>.<group>`).
     * Must be all lowercase.
     *
     * @schema CompositeResourceDefinitionV2SpecClaimNames#plural
     */
    readonly plural: string;
    /**
     * shortNames are short names for the resource, exposed in API discovery documents,
     * and used by clients to support invocations like `kubectl get <shortname>`.
     * It must be all lowercase.
     *
     * @schema CompositeResourceDefinitionV2SpecClaimNames#shortNames
     */
    readonly shortNames?: string[];
    /**
     * singular is the singular name of the resource. It must be all lowercase. Defaults to lowercased `kind`.
     *
     * @default lowercased `kind`.
     * @schema CompositeResourceDefinitionV2SpecClaimNames#singular
     */
    readonly singular?: string;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecClaimNames' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionV2SpecClaimNames(obj: CompositeResourceDefinitionV2SpecClaimNames | undefined): Record<string, any> | undefined;
/**
 * Conversion defines all conversion settings for the defined Composite resource.
 *
 * @schema CompositeResourceDefinitionV2SpecConversion
 */
export interface CompositeResourceDefinitionV2SpecConversion {
    /**
     * strategy specifies how custom resources are converted between versions. Allowed values are:
     * - `"None"`: The converter only change the apiVersion and would not touch any other field in the custom resource.
     * - `"Webhook"`: API Server will call to an external webhook to do the conversion. Additional information
     * is needed for this option. This requires spec.preserveUnknownFields to be false, and spec.conversion.webhook to be set.
     *
     * @schema CompositeResourceDefinitionV2SpecConversion#strategy
     */
    readonly strategy: string;
    /**
     * webhook describes how to call the conversion webhook. Required when `strategy` is set to `"Webhook"`.
     *
     * @schema CompositeResourceDefinitionV2SpecConversion#webhook
     */
    readonly webhook?: CompositeResourceDefinitionV2SpecConversionWebhook;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecConversion' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionV2SpecConversion(obj: CompositeResourceDefinitionV2SpecConversion | undefined): Record<string, any> | undefined;
/**
 * DefaultCompositeDeletePolicy is the policy used when deleting the Composite
 * that is associated with the Claim if no policy has been specified.
 *
 * Deprecated: Claims aren't supported in apiextensions.crossplane.io/v2.
 *
 * @schema CompositeResourceDefinitionV2SpecDefaultCompositeDeletePolicy
 */
export declare enum CompositeResourceDefinitionV2SpecDefaultCompositeDeletePolicy {
    /** Background */
    BACKGROUND = "Background",
    /** Foreground */
    FOREGROUND = "Foreground"
}
/**
 * DefaultCompositionRef refers to the Composition resource that will be used
 * in case no composition selector is given.
 *
 * @schema CompositeResourceDefinitionV2SpecDefaultCompositionRef
 */
export interface CompositeResourceDefinitionV2SpecDefaultCompositionRef {
    /**
     * Name of the Composition.
     *
     * @schema CompositeResourceDefinitionV2SpecDefaultCompositionRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecDefaultCompositionRef' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionV2SpecDefaultCompositionRef(obj: CompositeResourceDefinitionV2SpecDefaultCompositionRef | undefined): Record<string, any> | undefined;
/**
 * DefaultCompositionRevisionSelector refers to the CompositionRevision that will be used
 * in case no compositionRevision selector is given.
 *
 * @schema CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelector
 */
export interface CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelector#matchExpressions
     */
    readonly matchExpressions?: CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelector' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelector(obj: CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelector | undefined): Record<string, any> | undefined;
/**
 * DefaultCompositionUpdatePolicy is the policy used when updating composites after a new
 * Composition Revision has been created if no policy has been specified on the composite.
 *
 * @schema CompositeResourceDefinitionV2SpecDefaultCompositionUpdatePolicy
 */
export declare enum CompositeResourceDefinitionV2SpecDefaultCompositionUpdatePolicy {
    /** Automatic */
    AUTOMATIC = "Automatic",
    /** Manual */
    MANUAL = "Manual"
}
/**
 * EnforcedCompositionRef refers to the Composition resource that will be used
 * by all composite instances whose schema is defined by this definition.
 *
 * @schema CompositeResourceDefinitionV2SpecEnforcedCompositionRef
 */
export interface CompositeResourceDefinitionV2SpecEnforcedCompositionRef {
    /**
     * Name of the Composition.
     *
     * @schema CompositeResourceDefinitionV2SpecEnforcedCompositionRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecEnforcedCompositionRef' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionV2SpecEnforcedCompositionRef(obj: CompositeResourceDefinitionV2SpecEnforcedCompositionRef | undefined): Record<string, any> | undefined;
/**
 * Metadata specifies the desired metadata for the defined composite resource and claim CRD's.
 *
 * @schema CompositeResourceDefinitionV2SpecMetadata
 */
export interface CompositeResourceDefinitionV2SpecMetadata {
    /**
     * Annotations is an unstructured key value map stored with a resource that may be
     * set by external tools to store and retrieve arbitrary metadata. They are not
     * queryable and should be preserved when modifying objects.
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations
     *
     * @schema CompositeResourceDefinitionV2SpecMetadata#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * Map of string keys and values that can be used to organize and categorize
     * (scope and select) objects. May match selectors of replication controllers
     * More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels
     * and services.
     * These labels are added to the composite resource and claim CRD's in addition
     * to any labels defined by `CompositionResourceDefinition` `metadata.labels`.
     *
     * @schema CompositeResourceDefinitionV2SpecMetadata#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecMetadata' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionV2SpecMetadata(obj: CompositeResourceDefinitionV2SpecMetadata | undefined): Record<string, any> | undefined;
/**
 * Names specifies the resource and kind names of the defined composite
 * resource.
 *
 * @schema CompositeResourceDefinitionV2SpecNames
 */
export interface CompositeResourceDefinitionV2SpecNames {
    /**
     * categories is a list of grouped resources this custom resource belongs to (e.g. 'all').
     * This is published in API discovery documents, and used by clients to support invocations like
     * `kubectl get all`.
     *
     * @schema CompositeResourceDefinitionV2SpecNames#categories
     */
    readonly categories?: string[];
    /**
     * kind is the serialized kind of the resource. It is normally CamelCase and singular.
     * Custom resource instances will use this value as the `kind` attribute in API calls.
     *
     * @schema CompositeResourceDefinitionV2SpecNames#kind
     */
    readonly kind: string;
    /**
     * listKind is the serialized kind of the list for this resource. Defaults to "`kind`List".
     *
     * @default kind`List".
     * @schema CompositeResourceDefinitionV2SpecNames#listKind
     */
    readonly listKind?: string;
    /**
     * plural is the plural name of the resource to serve.
     * The custom resources are served under `/apis/<group>/<version>/.../<plural>`.
     * Must match the name of the CustomResourceDefinition (in the form `<names.plural>.<group>`).
     * Must be all lowercase.
     *
     * @schema CompositeResourceDefinitionV2SpecNames#plural
     */
    readonly plural: string;
    /**
     * shortNames are short names for the resource, exposed in API discovery documents,
     * and used by clients to support invocations like `kubectl get <shortname>`.
     * It must be all lowercase.
     *
     * @schema CompositeResourceDefinitionV2SpecNames#shortNames
     */
    readonly shortNames?: string[];
    /**
     * singular is the singular name of the resource. It must be all lowercase. Defaults to lowercased `kind`.
     *
     * @default lowercased `kind`.
     * @schema CompositeResourceDefinitionV2SpecNames#singular
     */
    readonly singular?: string;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecNames' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionV2SpecNames(obj: CompositeResourceDefinitionV2SpecNames | undefined): Record<string, any> | undefined;
/**
 * Scope of the defined composite resource. Namespaced composite resources
 * are scoped to a single namespace. Cluster scoped composite resource exist
 * outside the scope of any namespace.
 *
 * @schema CompositeResourceDefinitionV2SpecScope
 */
export declare enum CompositeResourceDefinitionV2SpecScope {
    /** Namespaced */
    NAMESPACED = "Namespaced",
    /** Cluster */
    CLUSTER = "Cluster"
}
/**
 * CompositeResourceDefinitionVersion describes a version of an XR.
 *
 * @schema CompositeResourceDefinitionV2SpecVersions
 */
export interface CompositeResourceDefinitionV2SpecVersions {
    /**
     * AdditionalPrinterColumns specifies additional columns returned in Table
     * output. If no columns are specified, a single column displaying the age
     * of the custom resource is used. See the following link for details:
     * https://kubernetes.io/docs/reference/using-api/api-concepts/#receiving-resources-as-tables
     *
     * @schema CompositeResourceDefinitionV2SpecVersions#additionalPrinterColumns
     */
    readonly additionalPrinterColumns?: CompositeResourceDefinitionV2SpecVersionsAdditionalPrinterColumns[];
    /**
     * The deprecated field specifies that this version is deprecated and should
     * not be used.
     *
     * @schema CompositeResourceDefinitionV2SpecVersions#deprecated
     */
    readonly deprecated?: boolean;
    /**
     * DeprecationWarning specifies the message that should be shown to the user
     * when using this version.
     *
     * @schema CompositeResourceDefinitionV2SpecVersions#deprecationWarning
     */
    readonly deprecationWarning?: string;
    /**
     * Name of this version, e.g. “v1”, “v2beta1”, etc. Composite resources are
     * served under this version at `/apis/<group>/<version>/...` if `served` is
     * true.
     *
     * @schema CompositeResourceDefinitionV2SpecVersions#name
     */
    readonly name: string;
    /**
     * Referenceable specifies that this version may be referenced by a
     * Composition in order to configure which resources an XR may be composed
     * of. Exactly one version must be marked as referenceable; all Compositions
     * must target only the referenceable version. The referenceable version
     * must be served. It's mapped to the CRD's `spec.versions[*].storage` field.
     *
     * @schema CompositeResourceDefinitionV2SpecVersions#referenceable
     */
    readonly referenceable: boolean;
    /**
     * Schema describes the schema used for validation, pruning, and defaulting
     * of this version of the defined composite resource. Fields required by all
     * composite resources will be injected into this schema automatically, and
     * will override equivalently named fields in this schema. Omitting this
     * schema results in a schema that contains only the fields required by all
     * composite resources.
     *
     * @schema CompositeResourceDefinitionV2SpecVersions#schema
     */
    readonly schema?: CompositeResourceDefinitionV2SpecVersionsSchema;
    /**
     * Served specifies that this version should be served via REST APIs.
     *
     * @schema CompositeResourceDefinitionV2SpecVersions#served
     */
    readonly served: boolean;
    /**
     * Subresources specifies what subresources this version of the defined Composite resource has.
     * The composition authors have responsibility to implement the logic fulfilling the subresources.
     *
     * @schema CompositeResourceDefinitionV2SpecVersions#subresources
     */
    readonly subresources?: CompositeResourceDefinitionV2SpecVersionsSubresources;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecVersions' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionV2SpecVersions(obj: CompositeResourceDefinitionV2SpecVersions | undefined): Record<string, any> | undefined;
/**
 * webhook describes how to call the conversion webhook. Required when `strategy` is set to `"Webhook"`.
 *
 * @schema CompositeResourceDefinitionV2SpecConversionWebhook
 */
export interface CompositeResourceDefinitionV2SpecConversionWebhook {
    /**
     * clientConfig is the instructions for how to call the webhook if strategy is `Webhook`.
     *
     * @schema CompositeResourceDefinitionV2SpecConversionWebhook#clientConfig
     */
    readonly clientConfig?: CompositeResourceDefinitionV2SpecConversionWebhookClientConfig;
    /**
     * conversionReviewVersions is an ordered list of preferred `ConversionReview`
     * versions the Webhook expects. The API server will use the first version in
     * the list which it supports. If none of the versions specified in this list
     * are supported by API server, conversion will fail for the custom resource.
     * If a persisted Webhook configuration specifies allowed versions and does not
     * include any versions known to the API Server, calls to the webhook will fail.
     *
     * @schema CompositeResourceDefinitionV2SpecConversionWebhook#conversionReviewVersions
     */
    readonly conversionReviewVersions: string[];
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecConversionWebhook' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionV2SpecConversionWebhook(obj: CompositeResourceDefinitionV2SpecConversionWebhook | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelectorMatchExpressions
 */
export interface CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelectorMatchExpressions#operator
     */
    readonly operator: string;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelectorMatchExpressions(obj: CompositeResourceDefinitionV2SpecDefaultCompositionRevisionSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * CustomResourceColumnDefinition specifies a column for server side printing.
 *
 * @schema CompositeResourceDefinitionV2SpecVersionsAdditionalPrinterColumns
 */
export interface CompositeResourceDefinitionV2SpecVersionsAdditionalPrinterColumns {
    /**
     * description is a human readable description of this column.
     *
     * @schema CompositeResourceDefinitionV2SpecVersionsAdditionalPrinterColumns#description
     */
    readonly description?: string;
    /**
     * format is an optional OpenAPI type definition for this column. The 'name' format is applied
     * to the primary identifier column to assist in clients identifying column is the resource name.
     * See https://github.com/OAI/OpenAPI-Specification/blob/master/versions/2.0.md#data-types for details.
     *
     * @schema CompositeResourceDefinitionV2SpecVersionsAdditionalPrinterColumns#format
     */
    readonly format?: string;
    /**
     * jsonPath is a simple JSON path (i.e. with array notation) which is evaluated against
     * each custom resource to produce the value for this column.
     *
     * @schema CompositeResourceDefinitionV2SpecVersionsAdditionalPrinterColumns#jsonPath
     */
    readonly jsonPath: string;
    /**
     * name is a human readable name for the column.
     *
     * @schema CompositeResourceDefinitionV2SpecVersionsAdditionalPrinterColumns#name
     */
    readonly name: string;
    /**
     * priority is an integer defining the relative importance of this column compared to others. Lower
     * numbers are considered higher priority. Columns that may be omitted in limited space scenarios
     * should be given a priority greater than 0.
     *
     * @schema CompositeResourceDefinitionV2SpecVersionsAdditionalPrinterColumns#priority
     */
    readonly priority?: number;
    /**
     * type is an OpenAPI type definition for this column.
     * See https://github.com/OAI/OpenAPI-Specification/blob/master/versions/2.0.md#data-types for details.
     *
     * @schema CompositeResourceDefinitionV2SpecVersionsAdditionalPrinterColumns#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecVersionsAdditionalPrinterColumns' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionV2SpecVersionsAdditionalPrinterColumns(obj: CompositeResourceDefinitionV2SpecVersionsAdditionalPrinterColumns | undefined): Record<string, any> | undefined;
/**
 * Schema describes the schema used for validation, pruning, and defaulting
 * of this version of the defined composite resource. Fields required by all
 * composite resources will be injected into this schema automatically, and
 * will override equivalently named fields in this schema. Omitting this
 * schema results in a schema that contains only the fields required by all
 * composite resources.
 *
 * @schema CompositeResourceDefinitionV2SpecVersionsSchema
 */
export interface CompositeResourceDefinitionV2SpecVersionsSchema {
    /**
     * OpenAPIV3Schema is the OpenAPI v3 schema to use for validation and
     * pruning.
     *
     * @schema CompositeResourceDefinitionV2SpecVersionsSchema#openAPIV3Schema
     */
    readonly openApiv3Schema?: any;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecVersionsSchema' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionV2SpecVersionsSchema(obj: CompositeResourceDefinitionV2SpecVersionsSchema | undefined): Record<string, any> | undefined;
/**
 * Subresources specifies what subresources this version of the defined Composite resource has.
 * The composition authors have responsibility to implement the logic fulfilling the subresources.
 *
 * @schema CompositeResourceDefinitionV2SpecVersionsSubresources
 */
export interface CompositeResourceDefinitionV2SpecVersionsSubresources {
    /**
     * Scale indicates the CRD should serve a `/scale` subresource that returns an `autoscaling/v1` Scale object.
     *
     * @schema CompositeResourceDefinitionV2SpecVersionsSubresources#scale
     */
    readonly scale?: CompositeResourceDefinitionV2SpecVersionsSubresourcesScale;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecVersionsSubresources' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionV2SpecVersionsSubresources(obj: CompositeResourceDefinitionV2SpecVersionsSubresources | undefined): Record<string, any> | undefined;
/**
 * clientConfig is the instructions for how to call the webhook if strategy is `Webhook`.
 *
 * @schema CompositeResourceDefinitionV2SpecConversionWebhookClientConfig
 */
export interface CompositeResourceDefinitionV2SpecConversionWebhookClientConfig {
    /**
     * caBundle is a PEM encoded CA bundle which will be used to validate the webhook's server certificate.
     * If unspecified, system trust roots on the apiserver are used.
     *
     * @schema CompositeResourceDefinitionV2SpecConversionWebhookClientConfig#caBundle
     */
    readonly caBundle?: string;
    /**
     * service is a reference to the service for this webhook. Either
     * service or url must be specified.
     *
     * If the webhook is running within the cluster, then you should use `service`.
     *
     * @schema CompositeResourceDefinitionV2SpecConversionWebhookClientConfig#service
     */
    readonly service?: CompositeResourceDefinitionV2SpecConversionWebhookClientConfigService;
    /**
     * url gives the location of the webhook, in standard URL form
     * (`scheme://host:port/path`). Exactly one of `url` or `service`
     * must be specified.
     *
     * The `host` should not refer to a service running in the cluster; use
     * the `service` field instead. The host might be resolved via external
     * DNS in some apiservers (e.g., `kube-apiserver` cannot resolve
     * in-cluster DNS as that would be a layering violation). `host` may
     * also be an IP address.
     *
     * Please note that using `localhost` or `127.0.0.1` as a `host` is
     * risky unless you take great care to run this webhook on all hosts
     * which run an apiserver which might need to make calls to this
     * webhook. Such installs are likely to be non-portable, i.e., not easy
     * to turn up in a new cluster.
     *
     * The scheme must be "https"; the URL must begin with "https://".
     *
     * A path is optional, and if present may be any string permissible in
     * a URL. You may use the path to pass an arbitrary string to the
     * webhook, for example, a cluster identifier.
     *
     * Attempting to use a user or basic auth e.g. "user:password@" is not
     * allowed. Fragments ("#...") and query parameters ("?...") are not
     * allowed, either.
     *
     * @schema CompositeResourceDefinitionV2SpecConversionWebhookClientConfig#url
     */
    readonly url?: string;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecConversionWebhookClientConfig' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionV2SpecConversionWebhookClientConfig(obj: CompositeResourceDefinitionV2SpecConversionWebhookClientConfig | undefined): Record<string, any> | undefined;
/**
 * Scale indicates the CRD should serve a `/scale` subresource that returns an `autoscaling/v1` Scale object.
 *
 * @schema CompositeResourceDefinitionV2SpecVersionsSubresourcesScale
 */
export interface CompositeResourceDefinitionV2SpecVersionsSubresourcesScale {
    /**
     * labelSelectorPath defines the JSON path inside of a custom resource that corresponds to Scale `status.selector`.
     * Only JSON paths without the array notation are allowed.
     * Must be a JSON Path under `.status` or `.spec`.
     * Must be set to work with HorizontalPodAutoscaler.
     * The field pointed by this JSON path must be a string field (not a complex selector struct)
     * which contains a serialized label selector in string form.
     * More info: https://kubernetes.io/docs/tasks/access-kubernetes-api/custom-resources/custom-resource-definitions#scale-subresource
     * If there is no value under the given path in the custom resource, the `status.selector` value in the `/scale`
     * subresource will default to the empty string.
     *
     * @schema CompositeResourceDefinitionV2SpecVersionsSubresourcesScale#labelSelectorPath
     */
    readonly labelSelectorPath?: string;
    /**
     * specReplicasPath defines the JSON path inside of a custom resource that corresponds to Scale `spec.replicas`.
     * Only JSON paths without the array notation are allowed.
     * Must be a JSON Path under `.spec`.
     * If there is no value under the given path in the custom resource, the `/scale` subresource will return an error on GET.
     *
     * @schema CompositeResourceDefinitionV2SpecVersionsSubresourcesScale#specReplicasPath
     */
    readonly specReplicasPath: string;
    /**
     * statusReplicasPath defines the JSON path inside of a custom resource that corresponds to Scale `status.replicas`.
     * Only JSON paths without the array notation are allowed.
     * Must be a JSON Path under `.status`.
     * If there is no value under the given path in the custom resource, the `status.replicas` value in the `/scale` subresource
     * will default to 0.
     *
     * @schema CompositeResourceDefinitionV2SpecVersionsSubresourcesScale#statusReplicasPath
     */
    readonly statusReplicasPath: string;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecVersionsSubresourcesScale' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionV2SpecVersionsSubresourcesScale(obj: CompositeResourceDefinitionV2SpecVersionsSubresourcesScale | undefined): Record<string, any> | undefined;
/**
 * service is a reference to the service for this webhook. Either
 * service or url must be specified.
 *
 * If the webhook is running within the cluster, then you should use `service`.
 *
 * @schema CompositeResourceDefinitionV2SpecConversionWebhookClientConfigService
 */
export interface CompositeResourceDefinitionV2SpecConversionWebhookClientConfigService {
    /**
     * name is the name of the service.
     * Required
     *
     * @schema CompositeResourceDefinitionV2SpecConversionWebhookClientConfigService#name
     */
    readonly name: string;
    /**
     * namespace is the namespace of the service.
     * Required
     *
     * @schema CompositeResourceDefinitionV2SpecConversionWebhookClientConfigService#namespace
     */
    readonly namespace: string;
    /**
     * path is an optional URL path at which the webhook will be contacted.
     *
     * @schema CompositeResourceDefinitionV2SpecConversionWebhookClientConfigService#path
     */
    readonly path?: string;
    /**
     * port is an optional service port at which the webhook will be contacted.
     * `port` should be a valid port number (1-65535, inclusive).
     * Defaults to 443 for backward compatibility.
     *
     * @default 443 for backward compatibility.
     * @schema CompositeResourceDefinitionV2SpecConversionWebhookClientConfigService#port
     */
    readonly port?: number;
}
/**
 * Converts an object of type 'CompositeResourceDefinitionV2SpecConversionWebhookClientConfigService' to JSON representation.
 */
export declare function toJson_CompositeResourceDefinitionV2SpecConversionWebhookClientConfigService(obj: CompositeResourceDefinitionV2SpecConversionWebhookClientConfigService | undefined): Record<string, any> | undefined;
