import { describe, expect, it } from 'vitest';
import { IN_CLUSTER } from '../constructs/argocd/constants';
import { HelmSource } from '../constructs/argocd/sources';
import { CHARTS } from '../constructs/catalog/charts';
import { GATEWAY_API_RELEASE } from '../constructs/gateway-api/release';
import { LAB } from '../lab';
import { ENVIRONMENTS } from './support/lab';
import type { KubernetesObject } from '../tools/synth/render';
import { lab } from './support/lab';

interface AppSource { repoURL: string; path?: string; chart?: string; helm?: { valuesObject?: Record<string, any> } }

const sourcesOf = (app: KubernetesObject) => (app.spec as { sources: AppSource[] }).sources;
const destinationOf = (app: KubernetesObject) => (app.spec as { destination: { server: string; namespace: string } }).destination;

/** The repository URL each catalog chart is pulled from, as its Applications write it. */
const CHART_REPOSITORIES = new Set(Object.values(CHARTS).map((chart) => new HelmSource({ chart }).render().repoUrl));
/** Upstream repositories whose files a hub applies at a pinned tag: the Gateway API's CRDs (ADR 0130). */
const PINNED_GIT_REPOSITORIES = new Set<string>([GATEWAY_API_RELEASE.repoUrl]);

describe.each(ENVIRONMENTS.map((env) => [env.name, env] as const))('the %s hub project', (_name, env) => {
  const objects = lab().objects.filter((o) => o.file.startsWith(`${env.distPath}/`));
  const apps = objects.filter((o) => o.folder === `${env.distPath}/apps` && o.manifest.kind === 'Application');
  const project = objects.find((o) => o.file === `${env.distPath}/apps/appproject-hub.yaml`)!.manifest;
  const spec = project.spec as { sourceRepos: string[]; destinations: Array<{ server: string; namespace: string }> };
  const destinations = new Set(spec.destinations.map((d) => d.namespace));

  it('holds every component Application; no Application uses ArgoCD\'s default project', () => {
    expect(apps.length).toBeGreaterThanOrEqual(12);
    for (const app of apps) expect((app.manifest.spec as { project: string }).project, app.file).toBe('hub');
    const all = objects.filter((o) => o.manifest.kind === 'Application');
    for (const app of all) expect((app.manifest.spec as { project: string }).project, app.file).not.toBe('default');
  });

  it('allows as sources only the lab\'s repository, the catalog\'s chart repositories and pinned upstream files', () => {
    expect(spec.sourceRepos).not.toContain('*');
    for (const repo of spec.sourceRepos) {
      expect(repo === LAB.repository.url || CHART_REPOSITORIES.has(repo) || PINNED_GIT_REPOSITORIES.has(repo),
        `${repo} is neither the lab's repository, a pinned chart's nor a pinned upstream repository`).toBe(true);
    }
    const used = new Set(apps.flatMap((app) => sourcesOf(app.manifest).map((s) => s.repoURL)));
    expect(new Set(spec.sourceRepos)).toEqual(used);
    expect(used.has(LAB.repository.url)).toBe(true);
  });

  it('allows as destinations exactly the hub\'s namespaces, in this cluster', () => {
    for (const d of spec.destinations) {
      expect(d.server).toBe(IN_CLUSTER);
      expect(d.namespace).not.toContain('*');
    }
    // Aggregated API servers bind kube-system's extension-apiserver-authentication-reader Role,
    // which only a RoleBinding in kube-system can (ADR 0100): their hubs allow kube-system too.
    // Cilium installs into kube-system, as its guide does (ADR 0153).
    const aggregated = apps.some((app) => ['metrics-server', 'keda', 'cilium'].includes(app.manifest.metadata.name));
    expect(destinations).toEqual(new Set([...apps.map((app) => destinationOf(app.manifest).namespace), ...(aggregated ? ['kube-system'] : [])]));
    // No other chart of the hub is allowed to write to the cluster's own namespaces.
    for (const system of [...(aggregated ? [] : ['kube-system']), 'kube-public', 'default']) expect(destinations.has(system), system).toBe(false);
  });

  it('covers the namespace of every namespaced object the hub writes', () => {
    for (const { file, manifest } of objects) {
      const namespace = manifest.metadata.namespace;
      if (namespace !== undefined) expect(destinations.has(namespace), `${file} writes to ${namespace}`).toBe(true);
    }
  });

  it('is not left behind by charts that write outside their namespace by default', () => {
    const values = (name: string) => {
      const app = apps.find((a) => a.manifest.metadata.name === name)!.manifest;
      return { values: sourcesOf(app).find((s) => s.chart)!.helm!.valuesObject!, namespace: destinationOf(app).namespace };
    };
    // cert-manager keeps its leader-election leases in kube-system unless told otherwise.
    const certManager = values('cert-manager');
    expect(certManager.values.global.leaderElection.namespace).toBe(certManager.namespace);
    // argo-workflows creates the workflows' executor Role in `default` unless told otherwise.
    const workflows = values('argo-workflows');
    expect(workflows.values.controller.workflowNamespaces).toEqual([workflows.namespace]);
  });
});

describe.each(ENVIRONMENTS.map((env) => [env.name, env] as const))('the %s bootstrap folder', (_name, env) => {
  const bootstrap = lab().objects.filter((o) => o.folder === `${env.distPath}/bootstrap`);
  const root = bootstrap.find((o) => o.file === `${env.distPath}/bootstrap/application-hub.yaml`)!.manifest;
  const project = bootstrap.find((o) => o.file === `${env.distPath}/bootstrap/appproject-root.yaml`)?.manifest;

  it('holds the root Application and its own project, nothing else', () => {
    expect(bootstrap.map((o) => `${o.manifest.kind}/${o.manifest.metadata.name}`).sort()).toEqual(['AppProject/root', 'Application/hub']);
    expect((root.spec as { project: string }).project).toBe('root');
  });

  it('gives the root only the lab\'s repository, ArgoCD\'s namespace, Applications and AppProjects, and no cluster-scoped kind', () => {
    expect(project).toBeDefined();
    expect(project!.metadata.namespace).toBe('argocd');
    expect(project!.spec).toEqual(expect.objectContaining({
      sourceRepos: [LAB.repository.url],
      destinations: [{ server: IN_CLUSTER, namespace: 'argocd' }],
      namespaceResourceWhitelist: [{ group: 'argoproj.io', kind: 'Application' }, { group: 'argoproj.io', kind: 'AppProject' }],
    }));
    expect(project!.spec).not.toHaveProperty('clusterResourceWhitelist');
  });

  it('lets the root deploy what its apps folder holds, and nothing it does not', () => {
    const allowed = new Set(['Application', 'AppProject']);
    const appsFolder = lab().objects.filter((o) => o.folder === `${env.distPath}/apps`);
    expect(appsFolder.length).toBeGreaterThan(0);
    for (const { file, manifest } of appsFolder) {
      expect(manifest.apiVersion, file).toBe('argoproj.io/v1alpha1');
      expect(allowed.has(manifest.kind), `${file} is a ${manifest.kind}`).toBe(true);
      expect(manifest.metadata.namespace, file).toBe('argocd');
    }
  });
});
