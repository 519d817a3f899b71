import { App } from 'cdk8s';
import yaml from 'js-yaml';
import { TEST_LAB } from './support/lab';
import { describe, expect, it } from 'vitest';
import { LabChart } from '../charts/lab-chart';
import { HelloApp } from '../constructs/apps/hello-app';
import { Experiment } from '../constructs/experiment/experiment';
import { MeshNamespace } from '../constructs/istio/mesh-namespace';
import { KafkaCluster } from '../constructs/kafka/kafka-cluster';
import { KafkaPerfTest } from '../constructs/loadgen/kafka-perf';
import { K6Script } from '../constructs/loadgen/k6-script';
import { K6Test } from '../constructs/loadgen/k6-test';
import { LocustTest } from '../constructs/loadgen/locust';
import { Manifest, manifestsOf } from './support/constructs';
import { objects } from './support/lab';

const SCRIPT = K6Script.fromFile('experiments/http-baseline/baseline.js');

function experiment(build: (exp: Experiment) => void): App {
  const app = new App();
  new Experiment(app, 'exp', { lab: TEST_LAB, definition: { name: 'exp', description: 'test', build } });
  return app;
}

const peerAuthentications = (all: readonly Manifest[], namespace: string) =>
  all.filter((m) => m.kind === 'PeerAuthentication' && m.metadata.namespace === namespace);

describe('load generators in a meshed namespace stay reachable from the operators and steps outside the mesh', () => {
  it('mesh-overhead: the k6 runners of the STRICT namespace accept plain text on 6565 only, for the operator\'s polls', () => {
    const all = objects() as Manifest[];
    const meshed = peerAuthentications(all, 'mesh-overhead-meshed');
    expect(meshed.map((m) => m.metadata.name).sort()).toEqual(['default', 'k6-runner-api']);
    expect(meshed.find((m) => m.metadata.name === 'default')!.spec).toEqual({ mtls: { mode: 'STRICT' } });
    // Labels and port as k6-operator 1.6.0 writes them; written out here, not read from the code.
    expect(meshed.find((m) => m.metadata.name === 'k6-runner-api')!.spec).toEqual({
      selector: { matchLabels: { app: 'k6', runner: 'true' } },
      mtls: { mode: 'UNSET' },
      portLevelMtls: { 6565: { mode: 'PERMISSIVE' } },
    });
    // The plain namespace is outside the mesh: nothing to except.
    expect(peerAuthentications(all, 'mesh-overhead')).toEqual([]);
  });

  it('the exception selects the runner pods of the TestRun a run creates', () => {
    const app = experiment((exp) => {
      const target = new HelloApp(exp, 'target', { namespace: exp.namespace('m', { mesh: {} }) });
      exp.runLoad(new K6Test(exp, 'load', { target: target.http, script: SCRIPT }));
    });
    const exception = manifestsOf(app).find((m) => m.metadata.name === 'k6-runner-api')!;
    const workflow = manifestsOf(app).find((m) => m.kind === 'WorkflowTemplate')!;
    const create = workflow.spec.templates.find((t: any) => t.resource?.action === 'create');
    const testRun = yaml.load(create.resource.manifest) as Manifest;
    // The operator adds app and runner to the runner labels the TestRun asks for.
    const runnerLabels = { ...testRun.spec.runner.metadata.labels, app: 'k6', runner: 'true' };
    for (const [key, value] of Object.entries(exception.spec.selector.matchLabels)) expect(runnerLabels[key]).toBe(value);
  });

  it('two k6 tests in one meshed namespace share one exception', () => {
    const app = experiment((exp) => {
      const target = new HelloApp(exp, 'target', { namespace: exp.namespace('m', { mesh: {} }) });
      exp.runLoad(new K6Test(exp, 'a', { target: target.http, script: SCRIPT }));
      exp.runLoad(new K6Test(exp, 'b', { target: target.http, script: SCRIPT }));
    });
    expect(peerAuthentications(manifestsOf(app), 'exp-m').map((m) => m.metadata.name).sort()).toEqual(['default', 'k6-runner-api']);
  });

  it('Locust: the workflow steps reach the master\'s web API (8089) in plain text, the workers\' port stays mutual TLS', () => {
    const app = experiment((exp) => {
      const target = new HelloApp(exp, 'target', { namespace: exp.namespace('m', { mesh: {} }) });
      exp.runLoad(new LocustTest(exp, 'locust', {
        target: target.http, scenario: { requests: [{ name: 'root', method: 'GET', endpoint: target.endpoints.root, weight: 100 }] },
      }));
    });
    const all = manifestsOf(app);
    const exception = all.find((m) => m.kind === 'PeerAuthentication' && m.metadata.name === 'locust-web')!;
    expect(exception.spec.portLevelMtls).toEqual({ 8089: { mode: 'PERMISSIVE' } });
    const master = all.find((m) => m.kind === 'Deployment' && m.metadata.name === 'locust-master')!;
    const worker = all.find((m) => m.kind === 'Deployment' && m.metadata.name === 'locust-worker')!;
    const selects = (pod: Record<string, string>) =>
      Object.entries(exception.spec.selector.matchLabels).every(([k, v]) => pod[k] === v);
    expect(selects(master.spec.template.metadata.labels)).toBe(true);
    expect(selects(worker.spec.template.metadata.labels)).toBe(false);
  });

  it('a namespace enrolled after the load generator was declared still gets the exception', () => {
    const app = experiment((exp) => {
      const target = new HelloApp(exp, 'target', { namespace: 'exp-late' });
      exp.runLoad(new K6Test(exp, 'load', { target: target.http, script: SCRIPT }));
      exp.namespace('late', { mesh: {} });
    });
    expect(peerAuthentications(manifestsOf(app), 'exp-late').map((m) => m.metadata.name).sort()).toEqual(['default', 'k6-runner-api']);
  });

  it('Kafka perf Jobs in a meshed namespace get a native sidecar, so they end', () => {
    let perf: KafkaPerfTest | undefined;
    experiment((exp) => {
      const namespace = exp.namespace('m', { mesh: {} });
      const kafka = new KafkaCluster(exp, 'kafka', { namespace });
      perf = new KafkaPerfTest(exp, 'perf', { topic: kafka.addTopic('t', { partitions: 1 }), records: 10, recordSize: 10 });
      exp.runLoad(perf);
    });
    const job = perf!.job('producer', { runId: 'run' });
    expect(job.spec.template.metadata.annotations).toEqual({ 'sidecar.istio.io/nativeSidecar': 'true' });
  });
});

describe('MeshNamespace.acceptPlainText refuses a path it could not write', () => {
  const mesh = () => new MeshNamespace(new LabChart(new App(), 'objects', { path: 'test' }), 'mesh', { name: 'm' });

  it('a port out of range', () => {
    expect(() => mesh().acceptPlainText({ name: 'api', podSelector: { app: 'x' }, port: 70000 })).toThrow(
      'objects/mesh/plain-text: api.port 70000 is invalid: must be a whole number from 1 to 65535');
  });

  it('no pod selector: Istio would refuse a port-level mode without one', () => {
    expect(() => mesh().acceptPlainText({ name: 'api', podSelector: {}, port: 80 })).toThrow(
      'objects/mesh/plain-text: api.podSelector {} is invalid: at least one pod label: Istio applies port-level modes only to selected workloads');
  });

  it('a label that is no label', () => {
    expect(() => mesh().acceptPlainText({ name: 'api', podSelector: { 'app name': 'x' }, port: 80 })).toThrow(
      'objects/mesh/plain-text: api.podSelector {"app name":"x"} is invalid: label keys and values as Kubernetes writes them, such as app: k6');
  });

  it('one name for two different paths', () => {
    const m = mesh();
    m.acceptPlainText({ name: 'api', podSelector: { app: 'x' }, port: 80 });
    expect(() => m.acceptPlainText({ name: 'api', podSelector: { app: 'x' }, port: 81 })).toThrow(
      'objects/mesh/plain-text: name "api" is invalid: one path per name in namespace m; "api" already lets in another selector or port');
  });

  it('a name that is no Kubernetes name', () => {
    expect(() => mesh().acceptPlainText({ name: 'API', podSelector: { app: 'x' }, port: 80 })).toThrow(
      'objects/mesh/plain-text: name "API" is invalid: a Kubernetes name must be');
  });
});
