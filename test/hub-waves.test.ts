import { describe, expect, it } from 'vitest';
import { ENVIRONMENTS } from './support/lab';
import type { RenderedObject } from '../tools/synth/render';
import { lab } from './support/lab';
import { checkSyncOrder, waveOf } from './support/sync-order';

const WAVE = 'argocd.argoproj.io/sync-wave';

/** A deep copy of the rendered objects, with `change` applied to the object of `file`. */
function withChange(file: string, change: (o: RenderedObject) => void): RenderedObject[] {
  const copy = structuredClone(lab().objects) as RenderedObject[];
  const target = copy.find((o) => o.file === file);
  if (!target) throw new Error(`no object in ${file}`);
  change(target);
  return copy;
}

function annotations(o: RenderedObject): Record<string, string> {
  return (o.manifest.metadata.annotations ?? {}) as Record<string, string>;
}

describe('sync waves put every operator before the custom resources that need it', () => {
  const report = checkSyncOrder(lab().objects);

  it('holds for every custom resource of every environment', () => {
    expect(report.violations).toEqual([]);
  });

  it('checks the custom resources of every hub component', () => {
    for (const env of ENVIRONMENTS) {
      const kinds = new Set(report.customResources.filter((r) => r.file.startsWith(`${env.distPath}/`)).map((r) => r.kind));
      for (const kind of ['IPAddressPool', 'L2Advertisement', 'ClusterIssuer', 'Certificate', 'ClusterSecretStore',
        'ExternalSecret', 'ClusterPolicy', 'Provider', 'ProviderConfig']) {
        expect(kinds.has(kind), `${env.name}: no ${kind} was checked`).toBe(true);
      }
    }
  });

  it('checks the custom resources of the experiments each environment runs, under that hub', () => {
    for (const env of ENVIRONMENTS) {
      for (const { name } of env.experiments) {
        expect(report.customResources.some((r) => r.file.startsWith(`experiments/${name}/`)), `${env.name}: ${name}`).toBe(true);
      }
    }
  });

  it('orders each resource by the rule of ADR 0011: after another component, or later in its own', () => {
    const at = (file: string) => report.customResources.find((r) => r.file === file);
    // Served by its own chart: an object wave after the chart's.
    expect(at('hub/kind/metallb/ipaddresspool-reserved.yaml')).toMatchObject({ sameApplication: true, installedBy: 'chart metallb of Application metallb' });
    // Served by another component's chart: its Application depends on that one.
    expect(at('hub/kind/webhook-relay/externalsecret-webhook-relay-channel.yaml'))
      .toMatchObject({ sameApplication: false, installedBy: 'chart externalSecrets of Application external-secrets' });
    // Served by an earlier object of its own Application (a Crossplane provider package).
    expect(at('hub/kind/crossplane-providers/providerconfig.helm.crossplane.io-default.yaml'))
      .toMatchObject({ sameApplication: true, installedBy: expect.stringMatching(/^Provider provider-helm/) });
  });

  it('chains the bootstrap CA: self-signed issuer, then the CA certificate, then the CA issuer', () => {
    const wave = (file: string) => waveOf(lab().objects.find((o) => o.file === file)!.manifest);
    const selfSigned = wave('hub/kind/cert-manager/clusterissuer-selfsigned.yaml');
    const certificate = wave('hub/kind/cert-manager/certificate-lab-ca.yaml');
    const issuer = wave('hub/kind/cert-manager/clusterissuer-lab-ca.yaml');
    expect(selfSigned).toBeGreaterThan(0);
    expect(certificate).toBeGreaterThan(selfSigned);
    expect(issuer).toBeGreaterThan(certificate);
  });

  it('reports a resource synced together with the chart that installs its CRD', () => {
    const objects = withChange('hub/kind/metallb/ipaddresspool-reserved.yaml', (o) => { delete annotations(o)[WAVE]; });
    expect(checkSyncOrder(objects).violations).toEqual([
      expect.stringMatching(/^hub\/kind\/metallb\/ipaddresspool-reserved\.yaml: IPAddressPool reserved syncs at .*object wave 0, not after what installs metallb\.io: chart metallb of Application metallb/),
    ]);
  });

  it('reports a resource whose Application syncs no later than the operator\'s', () => {
    const objects = withChange('hub/kind/apps/application-webhook-relay.yaml', (o) => { annotations(o)[WAVE] = '0'; });
    expect(checkSyncOrder(objects).violations).toEqual([
      expect.stringMatching(/^hub\/kind\/webhook-relay\/externalsecret-webhook-relay-channel\.yaml: ExternalSecret webhook-relay-channel syncs at .*Application webhook-relay \(wave 0\).*not after what installs external-secrets\.io/),
    ]);
  });

  it('reports a resource that would be dry-run before its CRD exists', () => {
    const objects = withChange('hub/kind/kyverno/clusterpolicy-verify-image-signature.yaml', (o) => {
      delete annotations(o)['argocd.argoproj.io/sync-options'];
    });
    expect(checkSyncOrder(objects).violations).toEqual([
      'hub/kind/kyverno/clusterpolicy-verify-image-signature.yaml: ClusterPolicy verify-image-signature needs a CRD its own Application installs, ' +
      'so its dry run must be skipped until it exists (SkipDryRunOnMissingResource=true)',
    ]);
  });

  it('reports a resource of a group nothing installs', () => {
    const objects = withChange('hub/kind/kyverno/clusterpolicy-pod-security-baseline.yaml', (o) => {
      (o.manifest as { apiVersion: string }).apiVersion = 'policies.example.org/v1';
    });
    expect(checkSyncOrder(objects).violations).toEqual([
      expect.stringMatching(/pod-security-baseline is of API group policies\.example\.org, which no chart or object of hub\/kind installs/),
    ]);
  });
});
