import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { CHARTS } from '../../constructs/catalog/charts';
import type { LabContext } from '../../constructs/catalog/lab-context';
import { Environment, EnvironmentProps } from '../../hub/environment';
import { LAB } from '../../lab';
import { Lab } from '../../lab/lab';
import type { KubernetesObject, RenderedTree } from '../../tools/synth/render';
import { renderLab } from '../../tools/synth/synthesize';

/** The lab's environments, as the tests iterate them. */
export const ENVIRONMENTS = LAB.environments;

/** A lab context for constructs built outside the lab: a repository of its own, the lab's runner. */
export const TEST_LAB: LabContext = {
  // On GitHub: the hub's image-signature policy trusts the repository's Actions.
  repository: { url: 'https://github.com/example/lab.git', revision: 'main' },
  runner: { namespace: 'argo-workflows', serviceAccountName: 'experiment-runner' },
  charts: CHARTS,
};

/** A capacity any test hub fits in: two nodes of 4 CPU and 16 GiB, nothing taken by the cluster. */
export const TEST_CAPACITY: EnvironmentProps['capacity'] = {
  nodes: 2, allocatablePerNode: { cpu: '4', memory: '16Gi' }, clusterPods: { cpu: '0', memory: '0' },
};

/** Props of a valid environment, to build variants of in tests. */
export const ENVIRONMENT_PROPS: EnvironmentProps = {
  name: 'lab2',
  kubernetesVersion: '1.34',
  cluster: 'external',
  domain: 'lab.test',
  addressPool: {
    range: '10.20.0.0/28',
    reserved: { dns: '10.20.0.1', argocd: '10.20.0.2', openbao: '10.20.0.3', 'istio-gateway': '10.20.0.4', grafana: '10.20.0.5' },
  },
  storageClass: 'standard',
  capacity: TEST_CAPACITY,
};

/** An environment made of {@link ENVIRONMENT_PROPS} with `overrides`. */
export function testEnvironment(overrides: Partial<EnvironmentProps> = {}): Environment {
  return new Environment({ ...ENVIRONMENT_PROPS, ...overrides });
}

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');

let cached: RenderedTree | undefined;

/** The whole lab rendered in memory once per vitest worker (test files share modules: vitest.config.mts). */
export function lab(): RenderedTree {
  cached ??= renderLab(LAB);
  return cached;
}

/** Every object of the rendered lab. */
export function objects(): KubernetesObject[] {
  return lab().objects.map((o) => o.manifest);
}

/** Parses every YAML document of a file. */
export function readYaml(file: string): unknown[] {
  return yaml.loadAll(fs.readFileSync(file, 'utf8'));
}

/** Walks a value, calling `visit` on every map with its path. */
export function walk(value: unknown, visit: (node: Record<string, unknown>, at: string) => void, at = ''): void {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, `${at}[${i}]`));
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>, at);
    for (const [k, v] of Object.entries(value)) walk(v, visit, at ? `${at}.${k}` : k);
  }
}

/**
 * A lab of the given environments with {@link TEST_LAB}'s repository and, by default, only the
 * experiments they enable (each of the lab's experiments adds some 30 objects to every render).
 */
export function testLab(
  environments: readonly Environment[], experiments: Lab['experiments'] = [...new Set(environments.flatMap((e) => e.experiments))],
): Lab {
  return new Lab({ repository: TEST_LAB.repository, runner: TEST_LAB.runner, environments, experiments });
}
