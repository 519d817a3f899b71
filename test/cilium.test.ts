import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { meshComparison } from '../experiments/mesh-comparison';
import { kindCilium } from '../lab/environments/kind-cilium';
import { lab, objects, testEnvironment } from './support/lab';

const file = (path: string) => {
  const content = lab().files.get(path);
  if (content === undefined) throw new Error(`no ${path} among ${[...lab().files.keys()].filter((f) => f.includes('bootstrap/install')).join(', ')}`);
  return yaml.load(content) as Record<string, any>;
};
const application = (env: string, name: string) => objects().find((o) => o.kind === 'Application'
  && o.metadata.name === name && (o.metadata.labels as Record<string, string> | undefined)?.['illmlab.xyz/environment'] === env) as Record<string, any> | undefined;

describe('the kind-cilium environment', () => {
  it('creates its Kind cluster without kindnet, and the kind environment keeps it', () => {
    expect(file('hub/kind-cilium/bootstrap/install/kind-cluster.yaml').networking).toEqual({ disableDefaultCNI: true });
    expect(file('hub/kind/bootstrap/install/kind-cluster.yaml').networking).toBeUndefined();
  });

  it('installs Cilium first by hand with the values its Application adopts', () => {
    const cilium = application('kind-cilium', 'cilium');
    expect(cilium?.spec.destination.namespace).toBe('kube-system');
    const source = cilium?.spec.sources[0];
    expect(source).toMatchObject({ repoURL: 'https://helm.cilium.io', chart: 'cilium', targetRevision: '1.20.0' });
    expect(file('hub/kind-cilium/bootstrap/install/cilium-values.yaml')).toEqual(source.helm.valuesObject);
    // MetalLB keeps the addresses; Istio's CNI agent chains after Cilium's plugin.
    expect(source.helm.valuesObject).toMatchObject({ defaultLBServiceIPAM: 'none', cni: { exclusive: false }, ipam: { mode: 'kubernetes' } });
    expect(application('kind-cilium', 'metallb')).toBeDefined();
    expect(application('kind', 'cilium')).toBeUndefined();
    expect([...lab().files.keys()].filter((f) => f.startsWith('hub/kind/') && f.endsWith('cilium-values.yaml'))).toEqual([]);
  });

  it('runs the mesh comparison with every mesh, while hubs that enable no mesh experiment run no mesh control plane', () => {
    expect(kindCilium.experiments).toContain(meshComparison);
    for (const name of ['istiod', 'ztunnel', 'istio-cni', 'linkerd-control-plane', 'experiment-mesh-comparison']) {
      expect(application('kind-cilium', name), name).toBeDefined();
    }
    for (const env of ['kind', 'talos']) {
      for (const name of ['istiod', 'ztunnel', 'linkerd-control-plane']) expect(application(env, name), `${env} ${name}`).toBeUndefined();
    }
  });

  it('refuses a CNI the lab cannot install', () => {
    expect(() => testEnvironment({ cni: 'calico' as never })).toThrow('environment "lab2": cni "calico" is invalid: must be one of default, cilium');
  });
});
