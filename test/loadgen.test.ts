import { App } from 'cdk8s';
import { Construct } from 'constructs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { HelloApp, HelloAppProps } from '../constructs/apps/hello-app';
import { AppOfApps } from '../constructs/argocd/app-of-apps';
import { Experiment } from '../constructs/experiment/experiment';
import { K6Operator } from '../constructs/k6-operator/k6-operator';
import { K6Script } from '../constructs/loadgen/k6-script';
import { K6Test, K6TestProps } from '../constructs/loadgen/k6-test';
import { LocustTest, LocustTestProps } from '../constructs/loadgen/locust';
import type { RequestMix } from '../constructs/loadgen/request-mix';
import { CHARTS } from '../constructs/catalog/charts';
import { TEST_LAB } from './support/lab';
import { LAB } from '../lab';
const LAB_REPOSITORY = LAB.repository;

type Manifest = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string }; [key: string]: any };

/** Builds an experiment `demo` whose parts `build` adds, and returns it with its manifests. */
function build(parts: (exp: Experiment, app: HelloApp) => void) {
  const app = new App();
  const exp = new Experiment(app, 'demo', { lab: TEST_LAB, definition: {
    name: 'demo', description: 'test',
    build: (e) => parts(e, new HelloApp(e, 'target', { namespace: e.namespace() })),
  } });
  const manifests = app.charts.flatMap((c) => c.toJson() as Manifest[]);
  const workflow = manifests.find((m) => m.kind === 'WorkflowTemplate')!;
  const template = (name: string) => workflow.spec.templates.find((t: any) => t.name === name);
  return { exp, manifests, workflow, template };
}

const FILE = K6Script.fromFile('experiments/http-baseline/baseline.js');

/** The lab's 70/20/10 mix on a hello app. */
function mix(app: HelloApp, overrides: Partial<RequestMix> = {}): RequestMix {
  return {
    requests: [
      { name: 'root', method: 'GET', endpoint: app.endpoints.root, weight: 70 },
      { name: 'health', method: 'GET', endpoint: app.endpoints.health, weight: 20 },
      { name: 'post', method: 'POST', endpoint: app.endpoints.root, weight: 10, body: { a: 1 } },
    ],
    ...overrides,
  };
}

function k6(props: (app: HelloApp) => Partial<K6TestProps>) {
  return () => build((exp, app) => exp.runLoad(new K6Test(exp, 'load', { target: app.http, script: FILE, ...props(app) })));
}

describe('HelloApp', () => {
  it('runs http-echo pinned, non-root, read-only, with requests and limits, behind a Service its handle names', () => {
    const { exp, manifests } = build((e, app) => e.runLoad(new K6Test(e, 'load', { target: app.http, script: FILE })));
    const deployment = manifests.find((m) => m.kind === 'Deployment')!;
    const container = deployment.spec.template.spec.containers[0];
    expect(container.image).toBe('hashicorp/http-echo:1.0.0');
    expect(container.securityContext).toMatchObject({ runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false });
    expect(container.resources).toEqual({ limits: { cpu: '200m', memory: '64Mi' }, requests: { cpu: '10m', memory: '16Mi' } });
    expect(container.readinessProbe.httpGet.path).toBe('/health');
    const service = manifests.find((m) => m.kind === 'Service')!;
    expect(service.metadata).toMatchObject({ name: 'hello', namespace: 'demo' });
    const target = (exp.loadGenerators[0] as K6Test).target;
    expect(target.url).toBe('http://hello.demo.svc.cluster.local:80');
    expect(target.endpoints.map((e) => e.path)).toEqual(['/', '/health']);
  });

  const bad = (props: Partial<HelloAppProps>) => () => build((e) => {
    new HelloApp(e, 'other', { namespace: e.namespace(), ...props });
  });

  it('refuses no replicas', () => {
    expect(bad({ replicas: 0 })).toThrow('demo/other: replicas 0 is invalid: must be a whole number from 1 to 20');
  });

  it('refuses a text of several lines', () => {
    expect(bad({ text: 'a\nb' })).toThrow('demo/other: text "a\\nb" is invalid: one line of text');
  });

  it('refuses a memory limit it cannot express', () => {
    expect(bad({ resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { memory: '1.5Gi' } } })).toThrow(
      'demo/other: resources.limits.memory "1.5Gi" is invalid: memory as a whole number of Ki, Mi or Gi, such as 512Mi');
  });
});

describe('K6Test', () => {
  it('keeps the script and the runner\'s rights in Git and creates a TestRun per run', () => {
    const { manifests, template } = build((e, app) => e.runLoad(new K6Test(e, 'load', { target: app.http, script: FILE, parallelism: 2 })));
    const script = manifests.find((m) => m.kind === 'ConfigMap')!;
    expect(script.metadata).toMatchObject({ name: 'load-script', namespace: 'demo' });
    expect(script.data['script.js']).toContain('handleSummary');
    expect(manifests.some((m) => m.kind === 'TestRun')).toBe(false);
    const run = template('load-run');
    expect(run.resource).toMatchObject({ action: 'create', successCondition: 'status.stage == finished', failureCondition: 'status.stage == error' });
    const testRun = yaml.load(run.resource.manifest) as Manifest;
    expect(testRun.metadata.name).toBe('{{workflow.name}}-load');
    expect(testRun.spec.parallelism).toBe(2);
    expect(testRun.spec.script).toEqual({ configMap: { name: 'load-script', file: 'script.js' } });
    expect(Object.fromEntries(testRun.spec.runner.env.map((e: any) => [e.name, e.value]))).toEqual({
      TARGET_URL: 'http://hello.demo.svc.cluster.local:80',
      USERS: '{{workflow.parameters.users}}',
      DURATION: '{{workflow.parameters.duration}}',
      RATE: '{{workflow.parameters.rate}}',
      P95_MS: '{{workflow.parameters.p95-ms}}',
      ERROR_RATE: '{{workflow.parameters.error-rate}}',
      // Live metrics: k6's remote-write output into the hub's Prometheus, its URL read from the hub's settings.
      K6_OUT: 'experimental-prometheus-rw',
      K6_PROMETHEUS_RW_SERVER_URL: '{{inputs.parameters.remote-write-url}}',
      K6_PROMETHEUS_RW_TREND_STATS: 'p(50),p(90),p(95),p(99)',
      K6_PROMETHEUS_RW_STALE_MARKERS: 'true',
    });
    expect(run.inputs.parameters).toEqual([
      { name: 'remote-write-url', valueFrom: { configMapKeyRef: { name: 'experiment-run-settings', key: 'remote-write-url' } } },
    ]);
    // Tags become the samples' labels; the variant defaults to the experiment's name.
    expect(testRun.spec.arguments).toBe('--tag testid={{workflow.name}} --tag experiment=demo --tag variant=demo --tag loadgen=load');
    expect(template('load-check').container.args).toContain('--for=condition=Complete');
    expect(template('load-summary').container.args).toEqual(expect.arrayContaining(['logs', 'k6_cr={{workflow.name}}-load,runner=true', '--max-log-requests=3']));
    expect(template('load-cleanup').container.args).toEqual(expect.arrayContaining(['delete', 'testruns.k6.io', 'illmlab.xyz/experiment=demo']));
  });

  it('runs its pods as native sidecars in a meshed namespace', () => {
    const { template } = build((e) => {
      const meshed = new HelloApp(e, 'meshed', { namespace: e.namespace('meshed', { mesh: {} }) });
      e.runLoad(new K6Test(e, 'load', { target: meshed.http, script: FILE }));
    });
    const testRun = yaml.load(template('load-run').resource.manifest) as Manifest;
    expect(testRun.metadata.namespace).toBe('demo-meshed');
    for (const part of ['initializer', 'starter', 'runner']) {
      expect(testRun.spec[part].metadata.annotations).toEqual({ 'sidecar.istio.io/nativeSidecar': 'true' });
    }
  });

  it('builds a script from a typed request mix with the run\'s parameters', () => {
    const { manifests } = build((e, app) => e.runLoad(new K6Test(e, 'load', { target: app.http, script: K6Script.fromScenario(mix(app)) })));
    const script = manifests.find((m) => m.kind === 'ConfigMap')!.data['script.js'] as string;
    expect(script).toContain('"upTo": 70');
    expect(script).toContain('"upTo": 90');
    expect(script).toContain('"upTo": 100');
    expect(script).toContain("http_req_duration: [`p(95)<${__ENV.P95_MS}`]");
    expect(script).toContain("new Trend('health_latency', true)");
    expect(script).toContain('if (RATE === 0) sleep(0.5 + Math.random() * 1.5);');
  });

  it('refuses a name that would make a run\'s Job names too long', () => {
    const name = 'a-load-generator-with-a-really-long-name-x';
    expect(k6(() => ({ name }))).toThrow(
      `demo/load: name "${name}" is invalid: at most 40 characters in experiment demo: a run's Job names (<workflow>-${name}-initializer) must stay within 63`);
  });

  it('refuses no runners', () => {
    expect(k6(() => ({ parallelism: 0 }))).toThrow('demo/load: parallelism 0 is invalid: must be a whole number from 1 to 50');
  });

  it('refuses an unpinned image', () => {
    expect(k6(() => ({ image: 'grafana/k6:latest' }))).toThrow(
      'demo/load: image "grafana/k6:latest" is invalid: an image pinned to a version tag (not latest) or a digest');
  });

  it('refuses a script file that does not exist', () => {
    expect(k6(() => ({ script: K6Script.fromFile('experiments/demo/missing.js') }))).toThrow(
      /^demo\/load: script "experiments\/demo\/missing.js" is invalid: an existing file; there is none at .*experiments\/demo\/missing.js$/);
  });

  it('refuses a script file outside the project', () => {
    expect(k6(() => ({ script: K6Script.fromFile('../shared/load.js') }))).toThrow(
      'demo/load: script "../shared/load.js" is invalid: a .js file inside the project, relative to its root, such as experiments/http-baseline/baseline.js');
  });

  it('refuses a mix whose weights do not add up to 100', () => {
    expect(k6((app) => ({ script: K6Script.fromScenario(mix(app, { requests: mix(app).requests.slice(0, 2) })) }))).toThrow(
      'demo/load: script.requests [70,20] is invalid: weights that add up to 100 (these add up to 90)');
  });

  it('refuses an endpoint the target does not serve', () => {
    expect(k6(() => ({
      script: K6Script.fromScenario({ requests: [{ name: 'echo', method: 'POST', endpoint: { path: '/echo', methods: ['POST'], description: '' }, weight: 100 }] }),
    }))).toThrow('demo/load: script.requests[0].endpoint "/echo" is invalid: an endpoint hello serves: /, /health');
  });

  it('refuses a method the endpoint does not answer', () => {
    expect(k6((app) => ({ script: K6Script.fromScenario({ requests: [{ name: 'h', method: 'POST', endpoint: app.endpoints.health, weight: 100 }] }) }))).toThrow(
      'demo/load: script.requests[0].method "POST" is invalid: a method hello answers on /health: GET');
  });

  it('refuses a body on a GET', () => {
    expect(k6((app) => ({ script: K6Script.fromScenario({ requests: [{ name: 'r', method: 'GET', endpoint: app.endpoints.root, weight: 100, body: { a: 1 } }] }) }))).toThrow(
      'demo/load: script.requests[0].body {"a":1} is invalid: only POST, PUT, PATCH requests carry a body');
  });

  it('refuses a request name twice', () => {
    expect(k6((app) => {
      const root = { name: 'root', method: 'GET', endpoint: app.endpoints.root, weight: 50 } as const;
      return { script: K6Script.fromScenario({ requests: [root, root] }) };
    })).toThrow('demo/load: script.requests[1].name "root" is invalid: each request name once in a mix');
  });

  it('refuses a request name that is no identifier', () => {
    expect(k6((app) => ({ script: K6Script.fromScenario({ requests: [{ name: 'Root page', method: 'GET', endpoint: app.endpoints.root, weight: 100 }] }) }))).toThrow(
      'demo/load: script.requests[0].name "Root page" is invalid: lower-case letters, digits and "_", starting with a letter, at most 31');
  });

  it('refuses a status that is no HTTP status', () => {
    expect(k6((app) => ({ script: K6Script.fromScenario({ requests: [{ name: 'r', method: 'GET', endpoint: app.endpoints.root, weight: 100, expectStatus: 700 }] }) }))).toThrow(
      'demo/load: script.requests[0].expectStatus 700 is invalid: an HTTP status from 100 to 599');
  });

  it('refuses a think time whose maximum is below its minimum', () => {
    expect(k6((app) => ({ script: K6Script.fromScenario(mix(app, { thinkTimeSeconds: { min: 2, max: 1 } })) }))).toThrow(
      'demo/load: script.thinkTimeSeconds.max 1 is invalid: must be a number from 2 to 60');
  });
});

describe('LocustTest', () => {
  const locust = (props: (app: HelloApp) => Partial<LocustTestProps> = () => ({})) =>
    build((e, app) => e.runLoad(new LocustTest(e, 'locust', { target: app.http, scenario: mix(app), ...props(app) })));

  it('runs a master and workers with a locustfile built from the mix, and a web UI Service', () => {
    const { manifests, template, workflow } = locust(() => ({ workers: 3 }));
    const deployments = manifests.filter((m) => m.kind === 'Deployment' && m.metadata.name.startsWith('locust-'));
    expect(deployments.map((d) => [d.metadata.name, d.spec.replicas])).toEqual([['locust-master', 1], ['locust-worker', 3]]);
    for (const d of deployments) {
      const c = d.spec.template.spec.containers[0];
      expect(c.image).toBe('locustio/locust:2.32.3');
      expect(c.securityContext.runAsNonRoot).toBe(true);
      expect(c.resources.limits.memory).toBeDefined();
    }
    expect(deployments[0].spec.template.spec.containers[0].args).toEqual(expect.arrayContaining(['--master', '--host', 'http://hello.demo.svc.cluster.local:80']));
    expect(deployments[1].spec.template.spec.containers[0].args).toEqual(expect.arrayContaining(['--worker', '--master-host', 'locust.demo.svc.cluster.local']));
    const service = manifests.find((m) => m.kind === 'Service' && m.metadata.name === 'locust')!;
    expect(service.spec.ports.map((p: any) => p.port)).toEqual([8089, 5557]);
    const file = manifests.find((m) => m.kind === 'ConfigMap')!.data['locustfile.py'] as string;
    expect(file).toContain('    @task(70)\n    def request_root(self):');
    expect(file).toContain('data="{\\"a\\":1}", headers=JSON_HEADERS');
    expect(file).toContain('wait_time = between(0.5, 2)');
    // The run: start the swarm, wait the duration, stop; then the verdict; on exit the statistics.
    expect(template('locust').steps.map((s: any) => s[0].template)).toEqual(['locust-start', 'locust-wait', 'locust-stop']);
    expect(template('locust-wait').suspend).toEqual({ duration: '{{workflow.parameters.duration}}' });
    expect(template('locust-check').container.args[0]).toContain('$col["95%"]');
    expect(template('locust-summary').container.args[0]).toBe('curl -fsS "$WEB/stats/requests/csv"');
    // Locust is driven over HTTP: the runner needs no rights in its namespace.
    expect(manifests.some((m) => m.kind === 'Role' && m.metadata.namespace === 'demo')).toBe(false);
    expect(workflow.spec.arguments.parameters.map((p: any) => p.name)).toContain('users');
  });

  it('refuses no workers', () => {
    expect(() => locust(() => ({ workers: 0 }))).toThrow('demo/locust: workers 0 is invalid: must be a whole number from 1 to 50');
  });

  it('refuses an unpinned image', () => {
    expect(() => locust(() => ({ image: 'locustio/locust' }))).toThrow('demo/locust: image "locustio/locust" is invalid: an image pinned to a version tag');
  });
});

describe('K6Operator', () => {
  function hub() {
    const app = new App();
    return new AppOfApps(app, 'hub', { repository: LAB_REPOSITORY, path: 'hub/test', projectName: 'hub', projectDescription: 'test' });
  }

  it('installs the pinned chart with its CRDs, server-side, with checked values', () => {
    const site = hub();
    const operator = new K6Operator(site, 'k6-operator', { chart: CHARTS.k6Operator });
    const source = (site.applications.toJson() as Manifest[]).find((m) => m.metadata.name === 'k6-operator')!.spec.sources[0];
    expect(source).toMatchObject({ chart: 'k6-operator', targetRevision: '4.6.0' });
    expect(source.helm.valuesObject).toMatchObject({ installCRDs: true, namespace: { create: false } });
    expect(operator.namespace).toBe('k6-operator');
  });

  it('refuses a namespace that is no Kubernetes name', () => {
    expect(() => new K6Operator(hub(), 'k6-operator', { chart: CHARTS.k6Operator, namespace: 'K6' })).toThrow(
      'hub/k6-operator: namespace "K6" is invalid: a Kubernetes name must be 1-63 lower-case letters');
  });

  it('refuses a quantity that is none', () => {
    expect(() => new K6Operator(hub(), 'k6-operator', {
      chart: CHARTS.k6Operator, resources: { requests: { cpu: 'lots', memory: '64Mi' }, limits: { memory: '128Mi' } },
    })).toThrow('hub/k6-operator: resources.requests.cpu "lots" is invalid: a Kubernetes quantity such as 100m, 0.5, 128Mi or 1Gi');
  });
});

// A scope that is no experiment: the load generators say so instead of failing later.
describe('outside an experiment', () => {
  it('a Locust test refuses to be built', () => {
    const scope = new Construct(new App(), 'loose');
    expect(() => new LocustTest(scope, 'l', {
      target: { owner: scope, serviceName: 'x', namespace: 'x', port: 80, url: 'http://x.x.svc.cluster.local:80', endpoints: [] },
      scenario: { requests: [] },
    })).toThrow('loose: must be created inside an experiment');
  });
});
