import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { App } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { AppOfApps } from '../constructs/argocd/app-of-apps';
import { CertManager } from '../constructs/cert-manager/cert-manager';
import { OpenBao } from '../constructs/openbao/openbao';
import { CrossplaneProvider } from '../constructs/crossplane/provider';
import { CHARTS } from '../constructs/catalog/charts';
import { Environment, EnvironmentProps } from '../hub/environment';
import { Lab } from '../lab/lab';
import { KubernetesVersion } from '../constructs/core/kubernetes-version';
import { renderLab } from '../tools/synth/synthesize';
import { ENVIRONMENTS, TEST_CAPACITY, TEST_LAB, testLab } from './support/lab';
import { parseSynthArgs } from '../tools/synth/command';
import { synthesize } from '../tools/synth/synthesize';
import { listFiles } from '../tools/synth/write';
import { temporaryFolders } from './support/temp-folders';

const GOOD: EnvironmentProps = {
  name: 'test',
  kubernetesVersion: '1.34',
  cluster: 'external',
  domain: 'lab.test',
  addressPool: { range: '10.0.0.10-10.0.0.20', reserved: { dns: '10.0.0.10', argocd: '10.0.0.11', openbao: '10.0.0.12', 'istio-gateway': '10.0.0.13', grafana: '10.0.0.14' } },
  storageClass: 'standard',
  capacity: TEST_CAPACITY,
};

function site() {
  const app = new App();
  return new AppOfApps(app, 'site', {
    repository: TEST_LAB.repository, path: 'test/site', projectName: 'site', projectDescription: 'test',
  });
}

describe('bad input is refused with a message naming field, value and what is allowed', () => {
  it('an unknown environment lists the known ones', () => {
    expect(() => parseSynthArgs(['--env', 'prod'], ENVIRONMENTS)).toThrow(
      /--env "prod" is not a defined environment; known environments: kind/);
  });

  it('an unknown argument shows the usage', () => {
    expect(() => parseSynthArgs(['--envs', 'kind'], ENVIRONMENTS)).toThrow(/unknown argument "--envs"; usage: npm run synth/);
  });

  it('a malformed repository URL', () => {
    expect(() => new Lab({ runner: TEST_LAB.runner, environments: [], experiments: [], repository: { url: 'github.com/lab', revision: 'main' } })).toThrow(
      'lab: repository.url "github.com/lab" is invalid: a Git repository URL must look like https://host/owner/repo.git or git@host:owner/repo.git');
  });

  it('two environments of one name', () => {
    expect(() => testLab([new Environment(GOOD), new Environment(GOOD)])).toThrow('lab: environments "test" is invalid: each name once');
  });

  it('an unknown key in an environment', () => {
    expect(() => new Environment({ ...GOOD, storageClas: 'fast' } as EnvironmentProps)).toThrow(
      'environment "test": storageClas "fast" is invalid: unknown key; known keys: name, kubernetesVersion, cluster, domain, addressPool, storageClass, capacity, storage, chartVersions, experiments');
  });

  it('a storage mode that is not one of the modes', () => {
    expect(() => new Environment({ ...GOOD, storage: 'hostpath' as 'host-path' })).toThrow(
      /environment "test": storage "hostpath" is invalid: .*volume-claim.*host-path/);
  });

  it('a hub service without a reserved address', () => {
    const reserved = { dns: '10.0.0.10', argocd: '10.0.0.11', openbao: '10.0.0.12', grafana: '10.0.0.14' };
    expect(() => new Environment({ ...GOOD, addressPool: { range: '10.0.0.10-10.0.0.20', reserved } as EnvironmentProps['addressPool'] })).toThrow(
      'environment "test": addressPool.reserved.istio-gateway (unset) is invalid: every hub service with a fixed address needs one: dns, argocd, openbao, istio-gateway, grafana');
  });

  it('a malformed Kubernetes version', () => {
    expect(() => new Environment({ ...GOOD, kubernetesVersion: '134' })).toThrow(
      'environment "test": kubernetesVersion "134" is invalid: a Kubernetes version such as 1.34 or 1.34.2');
  });

  it('an address outside the pool', () => {
    expect(() => new Environment({ ...GOOD, addressPool: { range: '10.0.0.10-10.0.0.20', reserved: { ...GOOD.addressPool.reserved!, dns: '10.0.0.30' } } })).toThrow(
      'environment "test": addressPool.reserved.dns "10.0.0.30" is invalid: must lie in the address pool 10.0.0.10-10.0.0.20');
  });

  it('a duplicate address', () => {
    expect(() => new Environment({ ...GOOD, addressPool: { range: '10.0.0.0/24', reserved: { ...GOOD.addressPool.reserved!, dns: '10.0.0.5', argocd: '10.0.0.5' } } })).toThrow(
      'environment "test": addressPool.reserved.argocd "10.0.0.5" is invalid: each address may be reserved once; it is already reserved for "dns"');
  });

  it('an address handed out twice', () => {
    const addresses = new Environment(GOOD).addressPool.allocator();
    addresses.allocate('dns');
    expect(() => addresses.allocate('dns')).toThrow(/addressPool.reserved.dns "10.0.0.10" is invalid: the address of "dns" has already been handed out/);
  });

  it('an owner without an address', () => {
    expect(() => new Environment(GOOD).addressPool.allocator().allocate('loki' as 'dns')).toThrow(
      /no address is reserved for "loki"; reserved owners: argocd, dns, grafana, istio-gateway, openbao/);
  });

  it('a malformed pool range', () => {
    expect(() => new Environment({ ...GOOD, addressPool: { range: '10.0.0.20-10.0.0.10' } })).toThrow(
      /addressPool.range "10.0.0.20-10.0.0.10" is invalid: .*the last address comes before the first/);
  });

  it('an invalid Kubernetes name', () => {
    expect(() => new Environment({ ...GOOD, name: 'Kind_Lab' })).toThrow(
      'environment "Kind_Lab": name "Kind_Lab" is invalid: a Kubernetes name must be 1-63 lower-case letters, digits or "-", starting and ending with a letter or digit');
  });

  it('an invalid quantity in a component', () => {
    const s = site();
    const certManager = new CertManager(s, 'cert-manager', { chart: CHARTS.certManager });
    expect(() => new OpenBao(s, 'openbao', {
      chart: CHARTS.openbao, certManager, storage: { kind: 'volume-claim', storageClass: 'standard', size: 'ten gigs' },
    })).toThrow('site/openbao: storage.size "ten gigs" is invalid: a Kubernetes quantity such as 100m, 0.5, 128Mi or 1Gi');
  });

  it('a Helm values key the chart does not have', () => {
    expect(() => CHARTS.openbao.checkValues('site/openbao', { server: { dataStorge: { size: '1Gi' } } })).toThrow(
      /^site\/openbao: values.server.dataStorge \{"size":"1Gi"\} is invalid: openbao@0.29.2 has no value "server.dataStorge"; keys there: .*dataStorage/);
  });

  it('a Helm values structure that does not match the chart', () => {
    expect(() => CHARTS.argoCd.checkValues('hub/argocd', { server: { service: 'LoadBalancer' } })).toThrow(
      /values.server.service "LoadBalancer" is invalid: argo-cd@10.1.1 expects a map here, with keys such as/);
  });

  it('free-form values paths accept any key', () => {
    expect(() => CHARTS.argoCd.checkValues('hub/argocd', { configs: { cm: { 'timeout.reconciliation': '180s' } } })).not.toThrow();
  });

  it('a chart version without pinned defaults', () => {
    expect(() => new Environment({ ...GOOD, chartVersions: { openbao: '9.9.9' } }).charts.openbao.checkValues('x', {})).toThrow(
      /chart openbao@9.9.9 has no pinned defaults in imports\/helm-values \(pinned: openbao@0.29.2\)/);
  });

  it('an unpinned provider package', () => {
    expect(() => new CrossplaneProvider(site(), 'p', {
      namespace: 'crossplane-system', package: { kind: 'helm', image: 'xpkg.crossplane.io/crossplane-contrib/provider-helm:latest' },
    })).toThrow(/package.image ".*provider-helm:latest" is invalid: a provider package with a pinned version tag/);
  });
});

describe('the synth command', () => {
  it('exits 2 with one error line and writes nothing on bad input', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-cli-'));
    try {
      const run = spawnSync(process.execPath, ['tools/run.cjs', 'synth', '--env', 'prod', '--out', out], { cwd: path.resolve(__dirname, '..'), encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stderr.trim()).toMatch(/^error: synth: --env "prod" is not a defined environment; known environments: kind/);
      expect(listFiles(out).size).toBe(0);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('synth writes atomically', () => {
  const tempDir = temporaryFolders('lab-synth-');
  const snapshot = (dir: string) => Object.fromEntries([...listFiles(dir)].sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));

  it('leaves the output exactly as it was when a synth fails', () => {
    const out = tempDir();
    synthesize({ lab: testLab([new Environment(GOOD)]), outdir: out });
    const before = snapshot(out);
    expect(Object.keys(before).length).toBeGreaterThan(0);
    // An environment pinning a chart version without defaults fails in the middle of the build.
    const broken = new Environment({ ...GOOD, name: 'broken', chartVersions: { openbao: '9.9.9' } });
    expect(() => synthesize({ lab: testLab([new Environment(GOOD), broken]), outdir: out })).toThrow(/chart openbao@9.9.9 has no pinned defaults/);
    expect(snapshot(out)).toEqual(before);
  });

  it('removes the files of charts that no longer exist, and only those', () => {
    const out = tempDir();
    const a = new Environment(GOOD);
    const b = new Environment({ ...GOOD, name: 'other' });
    synthesize({ lab: testLab([a, b]), outdir: out });
    expect([...listFiles(out)].some((f) => f.startsWith('hub/other/'))).toBe(true);
    const result = synthesize({ lab: testLab([a]), outdir: out });
    expect(result.removed).toBeGreaterThan(0);
    expect([...listFiles(out)].some((f) => f.startsWith('hub/other/'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'hub', 'other'))).toBe(false);
  });

  it('keeps other environments when synthesizing one', () => {
    const out = tempDir();
    const a = new Environment(GOOD);
    const b = new Environment({ ...GOOD, name: 'other' });
    synthesize({ lab: testLab([a, b]), outdir: out });
    const before = snapshot(out);
    const result = synthesize({ lab: testLab([a, b]), only: ['test'], outdir: out });
    expect(result.written + result.removed).toBe(0);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('the Kubernetes version an environment runs', () => {
  it('refuses a chart whose pinned kubeVersion excludes it, naming chart, constraint and environment', () => {
    const old = new Environment({ ...GOOD, name: 'old', kubernetesVersion: '1.24' });
    expect(() => renderLab(testLab([old]))).toThrow(
      /^old: Application argocd: chart argo-cd@10\.1\.1 requires Kubernetes >=1\.25\.0-0, and environment "old" runs Kubernetes 1\.24$/m);
  });

  it('accepts every pinned chart on the version the lab\'s environments run', () => {
    expect(() => renderLab(testLab([new Environment({ ...GOOD, kubernetesVersion: '1.34' })]))).not.toThrow();
  });

  it('completes Helm\'s partial versions before matching', () => {
    const v = KubernetesVersion.parse('x', 'v', '1.34');
    expect(v.satisfies('>= 1.21-0')).toBe(true);
    expect(v.satisfies('>=1.35.0-0')).toBe(false);
    expect(v.satisfies('^1.25.0-0')).toBe(true);
    expect(() => v.satisfies('not a range')).toThrow('cannot read the kubeVersion constraint "not a range"');
  });
});
