import { describe, expect, it } from 'vitest';
import { Environment } from '../hub/environment';
import { ENVIRONMENTS } from './support/lab';
import { talos } from '../lab/environments/talos';
import { renderLab } from '../tools/synth/synthesize';
import { lab, TEST_CAPACITY, testLab, walk } from './support/lab';

/** The component folders of a rendered hub, without the environment's prefix. */
function componentFolders(files: Iterable<string>, distPath: string): string[] {
  return [...new Set([...files].filter((f) => f.startsWith(`${distPath}/`)).map((f) => f.split('/')[2]))].sort();
}

describe('environments', () => {
  it('are kind and talos, each synthesized into its own folder with the same components', () => {
    expect(ENVIRONMENTS.map((e) => e.name)).toEqual(expect.arrayContaining(['kind', 'talos']));
    const [kindFolders, talosFolders] = ['hub/kind', 'hub/talos'].map((path) => componentFolders(lab().files.keys(), path));
    expect(talosFolders).toEqual(kindFolders);
    for (const folder of ['apps', 'bootstrap', 'metallb', 'dns-stack', 'cert-manager', 'external-secrets', 'kyverno',
      'argo-workflows', 'webhook-relay']) {
      expect(kindFolders, folder).toContain(folder);
    }
  });

  it('talos keeps data in volume claims of its storage class, never in host paths', () => {
    const objects = lab().objects.filter((o) => o.file.startsWith('hub/talos/'));
    for (const { file, manifest } of objects) {
      walk(manifest, (node, at) => expect(node.hostPath, `${file} ${at}.hostPath`).toBeUndefined());
    }
    const openbao = objects.find((o) => o.file === 'hub/talos/apps/application-openbao.yaml')!.manifest;
    const values = (openbao.spec as { sources: Array<{ helm?: { valuesObject?: any } }> }).sources[0].helm!.valuesObject;
    expect(values.server.dataStorage).toMatchObject({ enabled: true, storageClass: 'local-path' });
  });

  it('talos serves its own domain on its own DNS address', () => {
    const config = lab().objects.find((o) => o.file === 'hub/talos/dns-stack/configmap-k8s-gateway.yaml')!.manifest;
    expect((config.data as { Corefile: string }).Corefile).toContain('k8s_gateway lab.home.arpa {');
    const service = lab().objects.find((o) => o.file === 'hub/talos/dns-stack/service-k8s-gateway.yaml')!.manifest;
    expect((service.metadata.annotations as Record<string, string> | undefined)?.['metallb.io/loadBalancerIPs']).toBe(talos.addressPool.addressOf('dns').ip);
  });

  it('are added as one typed object: a new one renders a whole hub', () => {
    const lab2 = new Environment({
      name: 'lab2',
      kubernetesVersion: '1.34',
      cluster: 'external',
      domain: 'lab2.home.arpa',
      addressPool: {
        range: '10.20.0.0/27',
        reserved: { dns: '10.20.0.1', argocd: '10.20.0.2', openbao: '10.20.0.3', 'istio-gateway': '10.20.0.4', grafana: '10.20.0.5' },
      },
      storageClass: 'longhorn',
      capacity: TEST_CAPACITY,
    });
    const files = renderLab(testLab([lab2])).files;
    expect(componentFolders(files.keys(), 'hub/lab2')).toEqual(componentFolders(lab().files.keys(), 'hub/kind'));
    expect(files.get('hub/lab2/metallb/ipaddresspool-reserved.yaml')).toContain('10.20.0.1/32');
  });
});
