import { describe, expect, it } from 'vitest';
import { ENVIRONMENTS } from './support/lab';
import { kind } from '../lab/environments/kind';
import { talos } from '../lab/environments/talos';
import type { KubernetesObject } from '../tools/synth/render';
import { lab } from './support/lab';

/** The object of a dist/ file; throws naming the file when there is none. */
function object(file: string): KubernetesObject & { spec: any } {
  const found = lab().objects.find((o) => o.file === file);
  if (!found) throw new Error(`no object in dist/${file}`);
  return found.manifest as any;
}

const application = (env: string, name: string) => object(`hub/${env}/apps/application-${name}.yaml`);
const wave = (app: KubernetesObject) => Number((app.metadata.annotations as Record<string, string> | undefined)?.['argocd.argoproj.io/sync-wave']);
const helmValues = (env: string, name: string) => application(env, name).spec.sources[0].helm.valuesObject;
const filesOf = (folder: string) => lab().objects.filter((o) => o.file.startsWith(`${folder}/`)).map((o) => o.file);

describe('OpenBao on Kind writes its host directory without a manual chown', () => {
  it('an init container owns the directory for the server (uid 100, gid 1000) with CHOWN alone', () => {
    const values = helmValues('kind', 'openbao');
    expect(values.server.extraInitContainers).toHaveLength(1);
    const init = values.server.extraInitContainers[0];
    expect(init.command).toEqual(['chown', '100:1000', '/openbao/data']);
    expect(init.image).toMatch(/^busybox:\d+\.\d+\.\d+$/);
    expect(init.securityContext.capabilities).toEqual({ drop: ['ALL'], add: ['CHOWN'] });
    expect(init.securityContext.allowPrivilegeEscalation).toBe(false);
    expect(init.resources.requests).toBeDefined();
    expect(init.resources.limits).toBeDefined();
    expect(init.volumeMounts).toEqual([{ name: 'data', mountPath: '/openbao/data' }]);
  });

  it('a volume claim needs none (fsGroup applies to it)', () => {
    expect(helmValues('talos', 'openbao').server.extraInitContainers).toBeUndefined();
  });
});

describe.each(ENVIRONMENTS.map((e) => [e.name] as const))('%s: a sealed OpenBao holds back only what needs it', (env) => {
  it('cert-manager and its bootstrap issuers come before OpenBao; the OpenBao issuer is its own Application after it', () => {
    expect(wave(application(env, 'cert-manager'))).toBeLessThan(wave(application(env, 'openbao')));
    expect(wave(application(env, 'openbao-issuer'))).toBeGreaterThan(wave(application(env, 'openbao')));
    const certManager = filesOf(`hub/${env}/cert-manager`);
    expect(certManager).toContain(`hub/${env}/cert-manager/clusterissuer-lab-ca.yaml`);
    expect(certManager).not.toContain(`hub/${env}/cert-manager/clusterissuer-openbao-pki.yaml`);
    expect(filesOf(`hub/${env}/openbao-issuer`)).toContain(`hub/${env}/openbao-issuer/clusterissuer-openbao-pki.yaml`);
  });

  it('OpenBao\'s pod is ready while sealed or uninitialised, so its Application does not block later waves', () => {
    const probe = helmValues(env, 'openbao').server.readinessProbe.path as string;
    expect(probe).toContain('sealedcode=204');
    expect(probe).toContain('uninitcode=204');
  });

  it('the unused agent injector is off: no webhook whose CA bundle is patched at run time', () => {
    const values = helmValues(env, 'openbao');
    expect(values.injector).toEqual({ enabled: false });
    expect(application(env, 'openbao').spec.ignoreDifferences).toBeUndefined();
  });
});

describe.each(ENVIRONMENTS.map((e) => [e.name, e] as const))('%s: OpenBao serves TLS from the bootstrap CA', (env, environment) => {
  it('the listener uses the certificate cert-manager issues; nothing is plain HTTP', () => {
    const values = helmValues(env, 'openbao');
    expect(values.global.tlsDisable).toBe(false);
    expect(values.server.standalone.config).toContain('tls_cert_file = "/openbao/tls/tls.crt"');
    expect(values.server.standalone.config).not.toContain('tls_disable');
    expect(values.server.volumes).toContainEqual({ name: 'tls', secret: { secretName: 'openbao-tls' } });
  });

  it('the certificate names the in-cluster service and the LAN address, and is issued by lab-ca before the server starts', () => {
    const cert = object(`hub/${env}/openbao/certificate-openbao-tls.yaml`);
    expect(cert.spec.issuerRef).toEqual({ group: 'cert-manager.io', kind: 'ClusterIssuer', name: 'lab-ca' });
    expect(cert.spec.dnsNames).toContain('openbao.openbao.svc');
    expect(cert.spec.ipAddresses).toContain(environment.addressPool.addressOf('openbao').ip);
    expect(cert.spec.ipAddresses).toContain('127.0.0.1');
    expect(Number((cert.metadata.annotations as Record<string, string> | undefined)?.['argocd.argoproj.io/sync-wave'])).toBeLessThan(0);
  });

  it('no client of OpenBao speaks plain HTTP to it', () => {
    for (const o of lab().objects.filter((x) => x.file.startsWith(`hub/${env}/`))) {
      expect(JSON.stringify(o.manifest), o.file).not.toContain('http://openbao.');
    }
  });
});

describe('installs that converge without reaching the internet at sync', () => {
  it('Argo Workflows installs its CRDs from the chart\'s templates, not a PreSync Job that downloads them', () => {
    for (const env of ENVIRONMENTS) {
      const crds = helmValues(env.name, 'argo-workflows').crds;
      expect(crds).toEqual({ full: false });
    }
  });
});

describe('addresses, URLs and differences that match a real cluster', () => {
  it('talos\' pool leaves out 192.168.1.255, the broadcast address of the home /24', () => {
    expect(talos.addressPool.contains('192.168.1.255')).toBe(false);
    expect(talos.addressPool.last).toBe('192.168.1.254');
    const dynamic = object('hub/talos/metallb/ipaddresspool-dynamic.yaml');
    // .240-.244 are reserved (dns, argocd, openbao, istio-gateway, grafana).
    expect(dynamic.spec.addresses).toEqual(['192.168.1.245-192.168.1.254']);
  });

  it.each([['kind', kind.domain], ['talos', talos.domain]])('%s: argocd-cm\'s url is the hub\'s own host, not the chart\'s example', (env, domain) => {
    const values = helmValues(env, 'argocd');
    expect(values.global.domain).toBe(`argocd-server.argocd.${domain}`);
    expect(values.global.domain).not.toBe('argocd.example.com');
  });

  it('ArgoCD ignores no difference of a Secret its chart does not render', () => {
    for (const env of ENVIRONMENTS) expect(application(env.name, 'argocd').spec.ignoreDifferences).toBeUndefined();
  });

  it('the hub runs no Image Updater: it would have no image to follow', () => {
    expect(lab().objects.filter((o) => o.file.includes('image-updater'))).toEqual([]);
  });
});
