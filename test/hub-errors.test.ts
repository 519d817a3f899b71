import { App } from 'cdk8s';
import type { Construct } from 'constructs';
import { Component, ComponentSpec } from '../constructs/argocd/component';
import { describe, expect, it } from 'vitest';
import { AppOfApps } from '../constructs/argocd/app-of-apps';
import { ArgoCd } from '../constructs/argocd/argocd';
import { ArgoWorkflows } from '../constructs/argo-workflows/argo-workflows';
import { CertManager } from '../constructs/cert-manager/cert-manager';
import { OpenBaoIssuer } from '../constructs/cert-manager/openbao-issuer';
import { DnsStack } from '../constructs/dns/dns-stack';
import { ExternalSecrets } from '../constructs/external-secrets/external-secrets';
import { OpenBaoSecret } from '../constructs/external-secrets/openbao-secret';
import { Kyverno } from '../constructs/kyverno/kyverno';
import { imagesSignedByGitHubActions } from '../constructs/kyverno/signed-images';
import { MetalLb } from '../constructs/metallb/metallb';
import { OpenBao } from '../constructs/openbao/openbao';
import { WebhookRelay } from '../constructs/webhook-relay/webhook-relay';
import { CHARTS } from '../constructs/catalog/charts';
import { kind } from '../lab/environments/kind';
import { LAB } from '../lab';
import { CATALOG, CatalogEntry } from '../hub/catalog';
import { Hub } from '../hub/hub';
import { TEST_LAB, testEnvironment } from './support/lab';
const LAB_REPOSITORY = LAB.repository;

const ADDRESS = { owner: 'dns', ip: '172.19.255.200' };
const SIGNED = imagesSignedByGitHubActions('test', LAB_REPOSITORY.url);

function site() {
  return new AppOfApps(new App(), 'site', {
    repository: LAB_REPOSITORY, path: 'test/site', projectName: 'site', projectDescription: 'test',
  });
}

/** A site with the OpenBao, ArgoCD and secret store other components are wired to. */
function wired() {
  const s = site();
  const certManager = new CertManager(s, 'cert-manager', { chart: CHARTS.certManager });
  const openbao = new OpenBao(s, 'openbao', { chart: CHARTS.openbao, certManager, storage: { kind: 'volume-claim', storageClass: 'standard', size: '1Gi' } });
  const argocd = new ArgoCd(s, 'argocd', { chart: CHARTS.argoCd, domain: 'k8s.local' });
  const externalSecrets = new ExternalSecrets(s, 'external-secrets', { chart: CHARTS.externalSecrets, openbao, argocd });
  return { s, openbao, argocd, certManager, store: externalSecrets.store };
}

describe('hub components refuse bad input, naming the construct, the field, the value and what is allowed', () => {
  it('MetalLB: a namespace that is no Kubernetes name', () => {
    expect(() => new MetalLb(site(), 'metallb', { chart: CHARTS.metallb, pool: kind.addressPool, namespace: 'MetalLB' })).toThrow(
      'site/metallb: namespace "MetalLB" is invalid: a Kubernetes name must be 1-63 lower-case letters, digits or "-", starting and ending with a letter or digit');
  });

  it('DNS: an image that is not pinned', () => {
    expect(() => new DnsStack(site(), 'dns', { domain: 'k8s.local', address: ADDRESS, image: 'ghcr.io/k8s-gateway/k8s_gateway:latest' })).toThrow(
      'site/dns: image "ghcr.io/k8s-gateway/k8s_gateway:latest" is invalid: an image pinned to a version tag (not latest) or a digest, such as ghcr.io/k8s-gateway/k8s_gateway:1.6.0');
  });

  it('DNS: a TTL out of range', () => {
    expect(() => new DnsStack(site(), 'dns', { domain: 'k8s.local', address: ADDRESS, ttl: 0 })).toThrow(
      'site/dns: ttl 0 is invalid: must be a whole number from 1 to 86400');
  });

  it('DNS: a domain that is no domain', () => {
    expect(() => new DnsStack(site(), 'dns', { domain: 'K8s_Local', address: ADDRESS })).toThrow(
      'site/dns: domain "K8s_Local" is invalid: a DNS domain must be dot-separated lower-case labels, such as k8s.local');
  });

  it('DNS: resources cdk8s-plus cannot express', () => {
    expect(() => new DnsStack(site(), 'dns', {
      domain: 'k8s.local', address: ADDRESS, resources: { requests: { cpu: '25m', memory: '1.5Gi' }, limits: { memory: '2Gi' } },
    })).toThrow('site/dns: resources.requests.memory "1.5Gi" is invalid: memory as a whole number of Ki, Mi or Gi, such as 512Mi');
  });

  it('an OpenBao secret whose key repeats the mount and the KV API path', () => {
    const { s, store } = wired();
    expect(() => new OpenBaoSecret(s, 'secret', {
      store, name: 'token', namespace: 'demo', data: { token: { key: 'secret/data/github/token', property: 'token' } },
    })).toThrow('site/secret: data.token.key "secret/data/github/token" is invalid: a path relative to the KV mount "secret", such as github/argocd-webhook (without "secret/" or "data/")');
  });

  it('an OpenBao secret with no keys, or a key Secrets cannot hold', () => {
    const { s, store } = wired();
    expect(() => new OpenBaoSecret(s, 'empty', { store, name: 'token', namespace: 'demo', data: {} })).toThrow(
      'site/empty: data {} is invalid: at least one key and where it comes from');
    expect(() => new OpenBaoSecret(s, 'bad-key', {
      store, name: 'token', namespace: 'demo', data: { 'my token': { key: 'github/token', property: 'token' } },
    })).toThrow('site/bad-key: data.my token "my token" is invalid: a Secret key of letters, digits, "-", "_" and "."');
  });

  it('an OpenBao secret refreshed at an interval that is no duration', () => {
    const { s, store } = wired();
    expect(() => new OpenBaoSecret(s, 'slow', {
      store, name: 'token', namespace: 'demo', refreshInterval: 'hourly', data: { token: { key: 'github/token', property: 'token' } },
    })).toThrow('site/slow: refreshInterval "hourly" is invalid: a duration such as 30s, 5m, 1h30m or 7d');
  });

  it('cert-manager: a CA name longer than X.509 allows, and a lifetime that is no duration', () => {
    const s = site();
    expect(() => new CertManager(s, 'cert-manager', { chart: CHARTS.certManager, caCommonName: 'x'.repeat(65) })).toThrow(
      `site/cert-manager: caCommonName "${'x'.repeat(65)}" is invalid: a name of 1 to 64 characters (the X.509 limit)`);
    expect(() => new CertManager(site(), 'cert-manager-2', { chart: CHARTS.certManager, caDuration: '10y' })).toThrow(
      'site/cert-manager-2: caDuration "10y" is invalid: a duration such as 30s, 5m, 1h30m or 7d');
  });

  it('Kyverno: image signatures from a repository that is not on GitHub', () => {
    expect(() => imagesSignedByGitHubActions('kind', 'https://gitlab.com/lab/lab.git')).toThrow(
      'kind: repositoryUrl "https://gitlab.com/lab/lab.git" is invalid: a GitHub repository URL such as https://github.com/owner/repo.git: its Actions sign the images keyless');
  });

  it('Kyverno: images signed by the lab\'s repository are its ghcr.io images, whatever the owner\'s case', () => {
    expect(SIGNED).toEqual({
      images: ['ghcr.io/illmadecoder/*'],
      subject: 'https://github.com/illMadeCoder/illm-k8s-ai-labs/*',
      issuer: 'https://token.actions.githubusercontent.com',
      rekorUrl: 'https://rekor.sigstore.dev',
    });
  });

  it('Kyverno: a lab-namespace label that is no label key', () => {
    expect(() => new Kyverno(site(), 'kyverno', { chart: CHARTS.kyverno, signedImages: SIGNED, labNamespaceLabel: 'lab namespace' })).toThrow(
      'site/kyverno: labNamespaceLabel "lab namespace" is invalid: a label key such as illmlab.xyz/experiment');
  });

  it('Kyverno: an exempt namespace label that is no label key', () => {
    expect(() => new Kyverno(site(), 'kyverno', {
      chart: CHARTS.kyverno, signedImages: SIGNED, labNamespaceLabel: 'illmlab.xyz/experiment', exemptNamespaceLabels: { 'istio injection': 'enabled' },
    })).toThrow('site/kyverno: exemptNamespaceLabels "istio injection" is invalid: label keys such as istio-injection');
  });

  it('Kyverno: a baseline policy that would match nothing, and so every namespace', () => {
    const s = site();
    new Kyverno(s, 'kyverno', { chart: CHARTS.kyverno, signedImages: SIGNED });
    expect(() => (s.node.root as App).synthYaml()).toThrow(
      'site/kyverno: requireBaseline [] is invalid: at least one namespace (requireBaseline) or a labNamespaceLabel: a policy matching nothing would match every namespace');
  });

  it('Argo Workflows: a runner namespace that is no Kubernetes name', () => {
    expect(() => new ArgoWorkflows(site(), 'argo-workflows', {
      chart: CHARTS.argoWorkflows, runner: { namespace: 'Argo', serviceAccountName: 'experiment-runner' },
    })).toThrow(/^site\/argo-workflows: namespace "Argo" is invalid: a Kubernetes name must be/);
  });

  it('OpenBao issuer: PKI and auth roles that are no OpenBao role names', () => {
    const { s, openbao, certManager } = wired();
    expect(() => new OpenBaoIssuer(s, 'openbao-issuer', { certManager, openbao, pkiRole: 'Internal TLS' })).toThrow(
      /^site\/openbao-issuer: pkiRole "Internal TLS" is invalid: a Kubernetes name must be/);
    const other = wired();
    expect(() => new OpenBaoIssuer(other.s, 'openbao-issuer-2', { certManager: other.certManager, openbao: other.openbao, openbaoRole: 'cert_manager' })).toThrow(
      /^site\/openbao-issuer-2: openbaoRole "cert_manager" is invalid: a Kubernetes name must be/);
  });

  it('ArgoCD: a domain that is no domain', () => {
    expect(() => new ArgoCd(site(), 'argocd', { chart: CHARTS.argoCd, domain: 'Lab Home' })).toThrow(
      'site/argocd: domain "Lab Home" is invalid: a DNS domain must be dot-separated lower-case labels, such as k8s.local');
  });

  it('Webhook relay: an image without a version', () => {
    const { s, argocd, store } = wired();
    expect(() => new WebhookRelay(s, 'relay', { argocd, secretStore: store, image: 'ghcr.io/chmouel/gosmee' })).toThrow(
      'site/relay: image "ghcr.io/chmouel/gosmee" is invalid: an image pinned to a version tag (not latest) or a digest, such as ghcr.io/k8s-gateway/k8s_gateway:1.6.0');
  });

  it('a Helm value the chart does not have, in a new component', () => {
    expect(() => CHARTS.metallb.checkValues('site/metallb', { speaker: { frr: { enable: false } } })).toThrow(
      /^site\/metallb: values.speaker.frr.enable false is invalid: metallb@0.16.1 has no value "speaker.frr.enable"; keys there: enabled/);
  });
});

describe('components', () => {
  it('refuse a spec key they do not know, such as a chart given the old way', () => {
    class Old extends Component {
      public constructor(scope: Construct) {
        super(scope, 'old', {}, { name: 'old', namespace: 'old', ...({ helm: {} } as object) } as ComponentSpec);
      }
    }
    expect(() => new Old(site())).toThrow(/^site\/old: spec.helm \{\} is invalid: unknown key; known keys: name, namespace, /);
  });
});

describe('the hub catalog', () => {
  it('names the component an entry needs when its requires did not provide it', () => {
    const hub = new Hub(new App(), { lab: TEST_LAB, environment: testEnvironment() });
    const onDemand = (entry: CatalogEntry) => (entry.kind === 'on-demand' ? entry : expect.fail('an on-demand entry'));
    expect(() => onDemand(CATALOG.envoyGateway).install(hub, [hub.certManager]))
      .toThrow(`hub catalog: an entry needs GatewayApiCrds, but its requires gave ${hub.certManager.node.path}`);
    expect(() => onDemand(CATALOG.istioIngress).install(hub, [])).toThrow('hub catalog: an entry needs Istiod, but its requires gave nothing');
  });
});
