import * as kplus from 'cdk8s-plus-30';
import { KubeMutatingWebhookConfiguration, KubeValidatingWebhookConfiguration } from 'cdk8s-plus-30/lib/imports/k8s';
import type { Construct } from 'constructs';
import { Certificate } from '../../imports/certmanager-certificate-cert-manager.io';
import type { CertManager } from '../cert-manager/cert-manager';
import { serviceDnsNames } from '../core/service-host';

/** One admission webhook of an operator: the rest of its entry is the same for all of them. */
export interface OperatorWebhook {
  /** The webhook's name, as upstream's manifests give it. */
  readonly name: string;
  /** The path the operator serves it on. */
  readonly path: string;
  /** Which requests it sees. */
  readonly rules: ReadonlyArray<{
    readonly apiGroups: readonly string[];
    readonly apiVersions: readonly string[];
    readonly operations: readonly string[];
    readonly resources: readonly string[];
  }>;
}

export interface OperatorWebhooksProps {
  /** The hub's cert-manager: its self-signed issuer signs the serving certificate, its CA injector fills in the bundles. */
  readonly certManager: CertManager;
  /** The operator's namespace. */
  readonly namespace: string;
  /** Labels of the Service and the webhook configurations. */
  readonly labels: Readonly<Record<string, string>>;
  /** The operator's pods, which the Service sends the API server's calls to. */
  readonly pods: kplus.IPodSelector;
  /** Names of the Service, the Certificate and the Secret the operator mounts. */
  readonly serviceName: string;
  readonly certificateName: string;
  readonly secretName: string;
  /** The mutating and the validating configuration: their names and webhooks. */
  readonly mutating: { readonly name: string; readonly webhooks: readonly OperatorWebhook[] };
  readonly validating: { readonly name: string; readonly webhooks: readonly OperatorWebhook[] };
}

/**
 * What a controller-runtime operator needs to serve admission webhooks, as the RabbitMQ operators'
 * cert-manager overlays install it: a Service in front of the pods' port 9443, a serving
 * certificate from the hub's self-signed issuer for the Service's names, and the two webhook
 * configurations with cert-manager's CA injection (failing closed, no side effects).
 */
export function addOperatorWebhooks(scope: Construct, props: OperatorWebhooksProps): void {
  const { namespace, labels, serviceName } = props;
  new kplus.Service(scope, 'WebhookService', {
    metadata: { name: serviceName, namespace, labels: { ...labels } },
    selector: props.pods,
    ports: [{ port: 443, targetPort: 9443, protocol: kplus.Protocol.TCP }],
  });
  new Certificate(scope, 'WebhookCertificate', {
    metadata: { name: props.certificateName, namespace },
    spec: {
      dnsNames: serviceDnsNames(serviceName, namespace),
      issuerRef: { group: 'cert-manager.io', ...props.certManager.selfSignedIssuer },
      secretName: props.secretName,
    },
  });
  const entry = (hook: OperatorWebhook) => ({
    admissionReviewVersions: ['v1'],
    clientConfig: { service: { name: serviceName, namespace, path: hook.path } },
    failurePolicy: 'Fail',
    name: hook.name,
    rules: hook.rules.map((r) => ({
      apiGroups: [...r.apiGroups], apiVersions: [...r.apiVersions], operations: [...r.operations], resources: [...r.resources],
    })),
    sideEffects: 'None',
  });
  const injectCa = { 'cert-manager.io/inject-ca-from': `${namespace}/${props.certificateName}` };
  new KubeMutatingWebhookConfiguration(scope, 'MutatingWebhook', {
    metadata: { name: props.mutating.name, annotations: injectCa, labels: { ...labels } },
    webhooks: props.mutating.webhooks.map(entry),
  });
  new KubeValidatingWebhookConfiguration(scope, 'ValidatingWebhook', {
    metadata: { name: props.validating.name, annotations: injectCa, labels: { ...labels } },
    webhooks: props.validating.webhooks.map(entry),
  });
}
