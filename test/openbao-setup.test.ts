import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHARTS } from '../constructs/catalog/charts';
import { CertManager } from '../constructs/cert-manager/cert-manager';
import { secretVariable } from '../constructs/openbao/access';
import { OpenBao } from '../constructs/openbao/openbao';
import { testSite } from './support/constructs';
import { ENVIRONMENTS, lab } from './support/lab';

describe.each(ENVIRONMENTS.map((env) => [env.name, env.distPath] as const))('the %s hub\'s OpenBao set-up script', (_name, dist) => {
  const script = lab().files.get(`${dist}/bootstrap/install/openbao-setup.sh`)!;
  const objects = lab().objects.filter((o) => o.file.startsWith(`${dist}/`)).map((o) => o.manifest as any);

  it('is written, and is a valid POSIX shell script', () => {
    expect(script).toBeDefined();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bao-')), 'setup.sh');
    fs.writeFileSync(file, script);
    expect(() => execFileSync('sh', ['-n', file])).not.toThrow();
  });

  it('gives every OpenBao client its role, bound to the service account it logs in with', () => {
    // The store logs in as the External Secrets controller, whose account the chart names after the release.
    const store = objects.find((o) => o.kind === 'ClusterSecretStore');
    const eso = objects.find((o) => o.kind === 'Application' && o.metadata.name === 'external-secrets');
    expect(script).toContain(`bao write auth/kubernetes/role/${store.spec.provider.vault.auth.kubernetes.role} ` +
      `bound_service_account_names=${eso.spec.sources[0].helm.releaseName} bound_service_account_namespaces=${eso.spec.destination.namespace} `);
    const issuer = objects.find((o) => o.kind === 'ClusterIssuer' && o.spec.vault);
    const issuerAuth = issuer.spec.vault.auth.kubernetes;
    expect(script).toContain(`bao write auth/kubernetes/role/${issuerAuth.role} bound_service_account_names=${issuerAuth.serviceAccountRef.name} `);
    expect(script).toContain(`audience=vault://${issuer.metadata.name}`);
    // The issuer signs with the PKI role its path names, which the script creates.
    const pkiRole = issuer.spec.vault.path.split('/').pop();
    expect(script).toContain(`/roles/${pkiRole} `);
  });

  it('puts every secret an ExternalSecret reads, from an environment variable, and nothing else', () => {
    const reads = new Set(objects.filter((o) => o.kind === 'ExternalSecret')
      .flatMap((o) => o.spec.data.map((d: any) => `${d.remoteRef.key} ${d.remoteRef.property}`)));
    expect(reads.size).toBeGreaterThan(3);
    const puts = script.split('\n').filter((l) => l.startsWith('bao kv put '));
    const written = new Set(puts.flatMap((l) => {
      const [, , , key, ...fields] = l.split(' ');
      return fields.map((f) => `${key.replace(/^secret\//, '')} ${f.split('=')[0]}`);
    }));
    expect(written).toEqual(reads);
    for (const r of reads) {
      const [key, property] = r.split(' ');
      expect(script).toContain(`${property}="$${secretVariable(key, property)}"`);
    }
  });
});

describe('OpenBao access', () => {
  it('names a secret\'s variable after its path and field', () => {
    expect(secretVariable('github/argocd-webhook', 'secret')).toBe('GITHUB_ARGOCD_WEBHOOK_SECRET');
    expect(secretVariable('tls/argocd', 'tls.crt')).toBe('TLS_ARGOCD_TLS_CRT');
  });

  it('refuses one role for two service accounts', () => {
    const { site } = testSite();
    const certManager = new CertManager(site, 'cert-manager', { chart: CHARTS.certManager });
    const openbao = new OpenBao(site, 'openbao', { chart: CHARTS.openbao, certManager, storage: { kind: 'volume-claim', storageClass: 'standard', size: '1Gi' } });
    openbao.grantRead('reader', { name: 'a', namespace: 'x' });
    expect(() => openbao.grantRead('reader', { name: 'b', namespace: 'y' })).toThrow(
      'site/openbao: role "reader" is invalid: each role once: it is already granted to x/a');
  });
});
