import { Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import {
  ClusterPolicy,
  ClusterPolicySpecRulesValidateFailureAction,
  ClusterPolicySpecRulesValidatePodSecurityLevel,
  ClusterPolicySpecRulesValidatePodSecurityVersion,
  ClusterPolicySpecRulesVerifyImagesFailureAction,
} from '../../imports/kyverno-clusterpolicy-kyverno.io';
import { Component, ComponentProps } from '../argocd/component';
import { customResourceAfter } from '../argocd/sync-order';
import { ValidationError } from '../core/errors';
import { checkOneOf } from '../core/validation';
import type { HelmChart } from '../helm/helm-chart';
import { scrape } from '../monitoring/metrics-declarations';
import { checkResources } from '../k8s/resources';
import type { SignedImages } from './signed-images';
import type { KyvernoResources, KyvernoValues } from './values';

/** Whether a policy violation is refused or only reported. */
export type FailureAction = 'Audit' | 'Enforce';
const FAILURE_ACTIONS: readonly FailureAction[] = ['Audit', 'Enforce'];

export interface KyvernoProps extends ComponentProps {
  /** The pinned kyverno chart. */
  readonly chart: HelmChart;
  /** The lab's own images and who signs them. */
  readonly signedImages: SignedImages;
  /**
   * What an image without a valid signature does.
   * @default 'Audit' (reported in policy reports, not refused)
   */
  readonly signatureAction?: FailureAction;
  /**
   * What a pod breaking the Pod Security Standards baseline does in the lab's own namespaces.
   * @default 'Enforce'
   */
  readonly podSecurityAction?: FailureAction;
  /**
   * A namespace label whose presence marks a namespace as the lab's own (experiments label theirs),
   * besides the namespaces given to {@link Kyverno.requireBaseline}.
   * @default - only those namespaces
   */
  readonly labNamespaceLabel?: string;
  /**
   * Labels of namespaces the baseline leaves out even when they are the lab's own: a mesh's
   * sidecar injection adds an init container that needs NET_ADMIN, which baseline forbids.
   * @default - none
   */
  readonly exemptNamespaceLabels?: Record<string, string>;
  /**
   * Namespace.
   * @default 'kyverno'
   */
  readonly namespace?: string;
  /**
   * Admission controller requests and memory limit.
   * @default 100m/128Mi requested, 384Mi limit
   */
  readonly admissionResources?: KyvernoResources;
  /**
   * Requests and memory limit of each of the background, cleanup and reports controllers.
   * @default 50m/64Mi requested, 128Mi limit
   */
  readonly controllerResources?: KyvernoResources;
}

/** The Kubernetes version whose Pod Security Standards apply: the lab's API version. */
const PSS_VERSION = ClusterPolicySpecRulesValidatePodSecurityVersion.V1_30;
const LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;

/**
 * Kyverno with the lab's policies: signatures of the lab's own images (as the earlier lab
 * checked them) and the Pod Security Standards baseline in the lab's own namespaces, which
 * components join with {@link requireBaseline}. Policies come after the chart's webhooks.
 */
export class Kyverno extends Component {
  private readonly baselineNamespaces = new Set<string>();

  public constructor(scope: Construct, id: string, props: KyvernoProps) {
    super(scope, id, props, {
      name: 'kyverno',
      namespace: props.namespace ?? 'kyverno',
      serverSideApply: true,
    });
    const where = this.node.path;
    const admission = checkKyvernoResources(where, 'admissionResources', props.admissionResources ?? {
      requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '384Mi' },
    });
    const controller = checkKyvernoResources(where, 'controllerResources', props.controllerResources ?? {
      requests: { cpu: '50m', memory: '64Mi' }, limits: { memory: '128Mi' },
    });
    const values: KyvernoValues = {
      admissionController: { replicas: 1, container: { resources: admission } },
      backgroundController: { replicas: 1, resources: controller },
      cleanupController: { replicas: 1, resources: controller },
      reportsController: { replicas: 1, resources: controller },
      features: { policyReports: { enabled: true } },
    };
    const signatureAction = checkOneOf(where, 'signatureAction', props.signatureAction ?? 'Audit', FAILURE_ACTIONS);
    const podSecurityAction = checkOneOf(where, 'podSecurityAction', props.podSecurityAction ?? 'Enforce', FAILURE_ACTIONS);
    const signed = props.signedImages;
    if (!signed.images.length) throw new ValidationError(where, 'signedImages.images', signed.images, 'at least one image pattern');
    const label = props.labNamespaceLabel;
    if (label !== undefined && !LABEL_KEY.test(label)) {
      throw new ValidationError(where, 'labNamespaceLabel', label, 'a label key such as illmlab.xyz/experiment');
    }
    const exempt = props.exemptNamespaceLabels ?? {};
    for (const key of Object.keys(exempt)) {
      if (!LABEL_KEY.test(key)) throw new ValidationError(where, 'exemptNamespaceLabels', key, 'label keys such as istio-injection');
    }
    this.installChart(props.chart, values);

    const signatures = new ClusterPolicy(this.objects, 'VerifyImageSignature', {
      metadata: {
        name: 'verify-image-signature',
        annotations: {
          'policies.kyverno.io/title': 'Verify image signature',
          'policies.kyverno.io/category': 'Supply Chain Security',
          'policies.kyverno.io/severity': 'high',
          'policies.kyverno.io/subject': 'Pod',
          'policies.kyverno.io/description': `Images of ${signed.images.join(', ')} must carry a keyless cosign signature by ${signed.subject}.`,
        },
      },
      spec: {
        background: true,
        rules: [{
          name: 'verify-signature',
          match: { any: [{ resources: { kinds: ['Pod'] } }] },
          verifyImages: [{
            imageReferences: [...signed.images],
            failureAction: signatureAction === 'Enforce'
              ? ClusterPolicySpecRulesVerifyImagesFailureAction.ENFORCE
              : ClusterPolicySpecRulesVerifyImagesFailureAction.AUDIT,
            // Kyverno refuses digest mutation in Audit mode; tags stay as Git has them either way,
            // so ArgoCD sees no drift.
            mutateDigest: false,
            verifyDigest: false,
            attestors: [{
              entries: [{ keyless: { subject: signed.subject, issuer: signed.issuer, rekor: { url: signed.rekorUrl } } }],
            }],
          }],
        }],
      },
    });

    const podSecurity = new ClusterPolicy(this.objects, 'PodSecurityBaseline', {
      metadata: {
        name: 'pod-security-baseline',
        annotations: {
          'policies.kyverno.io/title': 'Pod Security Standards: baseline',
          'policies.kyverno.io/category': 'Pod Security',
          'policies.kyverno.io/severity': 'medium',
          'policies.kyverno.io/subject': 'Pod',
          'policies.kyverno.io/description': 'Pods in the lab\'s own namespaces meet the baseline Pod Security Standard.',
        },
      },
      spec: {
        background: true,
        rules: [{
          name: 'baseline',
          match: { any: Lazy.any({ produce: () => this.labNamespaceMatches(label) }) },
          ...(Object.keys(exempt).length
            ? { exclude: { any: [{ resources: { namespaceSelector: { matchLabels: { ...exempt } } } }] } }
            : {}),
          validate: {
            failureAction: podSecurityAction === 'Audit'
              ? ClusterPolicySpecRulesValidateFailureAction.AUDIT
              : ClusterPolicySpecRulesValidateFailureAction.ENFORCE,
            podSecurity: { level: ClusterPolicySpecRulesValidatePodSecurityLevel.BASELINE, version: PSS_VERSION },
          },
        }],
      },
    });
    for (const policy of [signatures, podSecurity]) customResourceAfter(policy);

    // Kyverno's four controllers export Prometheus metrics on port 8000 (`metering.port`, on by
    // default in the 3.9.0 chart) and share app.kubernetes.io/part-of=<fullname> and
    // app.kubernetes.io/instance=<release> ("kyverno.matchLabels.common"). The admission
    // controller names the port `metrics-port`, the others `metrics`, hence the number.
    scrape(this, {
      job: 'kyverno', target: 'pod', namespace: this.namespace,
      selector: { 'app.kubernetes.io/part-of': this.componentName, 'app.kubernetes.io/instance': this.componentName }, port: 8000,
    });
  }

  /** Holds the pods of these components' namespaces to the Pod Security Standards baseline. */
  public requireBaseline(...components: Component[]): void {
    for (const component of components) this.baselineNamespaces.add(component.namespace);
  }

  /** The namespaces the baseline applies to, sorted. */
  public get baselineNamespaceNames(): string[] {
    return [...this.baselineNamespaces].sort();
  }

  private labNamespaceMatches(label: string | undefined) {
    const namespaces = this.baselineNamespaceNames;
    const matches = [
      // An empty list would mean every namespace: only name them when there are some.
      ...(namespaces.length ? [{ resources: { kinds: ['Pod'], namespaces } }] : []),
      ...(label ? [{ resources: { kinds: ['Pod'], namespaceSelector: { matchExpressions: [{ key: label, operator: 'Exists' }] } } }] : []),
    ];
    if (matches.length === 0) {
      throw new ValidationError(this.node.path, 'requireBaseline', namespaces,
        'at least one namespace (requireBaseline) or a labNamespaceLabel: a policy matching nothing would match every namespace');
    }
    return matches;
  }
}

/** The chart's controllers take no CPU limit key; the type leaves it out, the check is the usual one. */
function checkKyvernoResources(where: string, field: string, resources: KyvernoResources): KyvernoResources {
  checkResources(where, field, resources);
  return resources;
}
