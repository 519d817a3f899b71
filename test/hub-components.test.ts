import { describe, expect, it } from 'vitest';
import { LAB } from '../lab';

const EXPERIMENT_RUNNER = LAB.runner;
import { ENVIRONMENTS } from './support/lab';
import type { KubernetesObject } from '../tools/synth/render';
import { lab } from './support/lab';

const object = (file: string): KubernetesObject => {
  const found = lab().objects.find((o) => o.file === file);
  if (!found) throw new Error(`${file} was not synthesized`);
  return found.manifest;
};

describe.each(ENVIRONMENTS.map((env) => [env.name, env.distPath] as const))('the %s hub', (_name, dist) => {
  it('gives the experiment runner no cluster-wide right, and reading Applications in ArgoCD\'s namespace', () => {
    const account = object(`${dist}/argo-workflows/serviceaccount-${EXPERIMENT_RUNNER.serviceAccountName}.yaml`);
    expect(account.metadata.namespace).toBe(EXPERIMENT_RUNNER.namespace);
    const isRunner = (o: { manifest: any }) => (o.manifest.subjects as Array<{ name: string; namespace?: string }> | undefined ?? []).some((s) =>
      s.name === EXPERIMENT_RUNNER.serviceAccountName && s.namespace === EXPERIMENT_RUNNER.namespace);
    const mine = lab().objects.filter((o) => o.file.startsWith(`${dist}/`));
    expect(mine.filter((o) => o.manifest.kind === 'ClusterRoleBinding' && isRunner(o))).toEqual([]);
    const bindings = mine.filter((o) => o.manifest.kind === 'RoleBinding' && isRunner(o));
    expect(bindings.map((b) => b.manifest.metadata.namespace)).toEqual(['argocd']);
    const roleName = (bindings[0].manifest.roleRef as { name: string }).name;
    const role = mine.find((o) => o.manifest.kind === 'Role' && o.manifest.metadata.name === roleName)!;
    const rules = (role.manifest.rules as Array<Record<string, string[]>>).map((r) => ({
      apiGroups: r.apiGroups, resources: r.resources, verbs: [...r.verbs].sort(),
    }));
    expect(rules).toEqual([{ apiGroups: ['argoproj.io'], resources: ['applications'], verbs: ['get', 'list', 'watch'] }]);
  });

  it('reads secrets from OpenBao as a Kubernetes service account, never with a stored token', () => {
    const store = object(`${dist}/external-secrets/clustersecretstore-openbao.yaml`);
    const vault = (store.spec as any).provider.vault;
    expect(vault.server).toBe('https://openbao.openbao.svc.cluster.local:8200');
    // OpenBao's certificate is signed by the bootstrap CA, whose certificate the store trusts.
    expect(vault.caProvider).toEqual({ type: 'Secret', name: 'lab-ca', namespace: 'cert-manager', key: 'ca.crt' });
    expect(Object.keys(vault.auth)).toEqual(['kubernetes']);
    expect(object(`${dist}/external-secrets/externalsecret-argocd-server-tls.yaml`).apiVersion).toBe('external-secrets.io/v1');
  });

  it('issues internal certificates from OpenBao\'s PKI engine, logging in as a service account', () => {
    const issuer = object(`${dist}/openbao-issuer/clusterissuer-openbao-pki.yaml`);
    const vault = (issuer.spec as any).vault;
    expect(vault.server).toBe('https://openbao.openbao.svc.cluster.local:8200');
    expect(vault.caBundleSecretRef).toEqual({ name: 'lab-ca', key: 'ca.crt' });
    expect(vault.path).toBe('pki/sign/internal-tls');
    expect(Object.keys(vault.auth)).toEqual(['kubernetes']);
  });

  it('lets ArgoCD check webhook signatures with the secret External Secrets writes', () => {
    const argocd = object(`${dist}/apps/application-argocd.yaml`);
    const values = (argocd.spec as any).sources[0].helm.valuesObject;
    expect(values.configs.secret.githubSecret).toBe('$argocd-webhook-secret:webhook.github.secret');
    const secret = object(`${dist}/external-secrets/externalsecret-argocd-webhook-secret.yaml`);
    expect((secret.spec as any).target.template.metadata.labels).toEqual({ 'app.kubernetes.io/part-of': 'argocd' });
    expect((secret.spec as any).data[0].secretKey).toBe('webhook.github.secret');
  });

  it('relays webhooks to ArgoCD with a channel URL that only OpenBao holds', () => {
    const relay = object(`${dist}/webhook-relay/deployment-webhook-relay.yaml`);
    const container = (relay.spec as any).template.spec.containers[0];
    const env = Object.fromEntries(container.env.map((e: { name: string }) => [e.name, e]));
    expect(env.GOSMEE_TARGET_URL.value).toBe('https://argocd-server.argocd.svc.cluster.local/api/webhook');
    expect(env.GOSMEE_URL.valueFrom.secretKeyRef).toEqual({ name: 'webhook-relay-channel', key: 'channel-url' });
    expect(container.securityContext).toMatchObject({ runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    expect(object(`${dist}/webhook-relay/externalsecret-webhook-relay-channel.yaml`).kind).toBe('ExternalSecret');
  });

  it('runs its DNS server unprivileged, reading only what it answers from', () => {
    const server = object(`${dist}/dns-stack/deployment-k8s-gateway.yaml`);
    const container = (server.spec as any).template.spec.containers[0];
    expect(container.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 65532, readOnlyRootFilesystem: true });
    const reader = object(`${dist}/dns-stack/clusterrole-k8s-gateway.yaml`);
    for (const rule of reader.rules as Array<{ verbs: string[] }>) expect(rule.verbs.sort()).toEqual(['list', 'watch']);
  });

  it('labels MetalLB\'s namespace privileged for Pod Security admission (its speaker uses the host network)', () => {
    const metallb = object(`${dist}/apps/application-metallb.yaml`);
    expect((metallb.spec as any).syncPolicy.managedNamespaceMetadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
  });

  it('holds the lab\'s own namespaces to the Pod Security Standards baseline, and audits image signatures', () => {
    const baseline = object(`${dist}/kyverno/clusterpolicy-pod-security-baseline.yaml`);
    const rule = (baseline.spec as any).rules[0];
    expect(rule.validate).toEqual({ failureAction: 'Enforce', podSecurity: { level: 'baseline', version: 'v1.30' } });
    expect(rule.match.any[0].resources.namespaces).toEqual(['argo-workflows', 'dns-system', 'webhook-relay']);
    const signatures = object(`${dist}/kyverno/clusterpolicy-verify-image-signature.yaml`);
    expect((signatures.spec as any).rules[0].verifyImages[0]).toMatchObject({ failureAction: 'Audit', mutateDigest: false });
  });
});
