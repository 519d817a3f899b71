import path from 'node:path';
import { App } from 'cdk8s';
import { Construct } from 'constructs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { HelloApp } from '../constructs/apps/hello-app';
import { Capabilities } from '../constructs/catalog/capabilities';
import { Experiment, ExperimentDefinition } from '../constructs/experiment/experiment';
import { K6Script } from '../constructs/loadgen/k6-script';
import { LOG_PIPELINE_LABEL, LOG_PIPELINES } from '../constructs/logging/log-pipeline';
import { K6Test } from '../constructs/loadgen/k6-test';
import { TRACE_BACKENDS } from '../constructs/tracing/trace-backend';
import { HUB_PROMETHEUS_SERVICE } from '../constructs/monitoring/monitoring-stack';
import { HUB_VICTORIA_METRICS_SERVICE } from '../constructs/victoria-metrics/victoria-metrics';
import { Hub } from '../hub/hub';
import { httpBaseline } from '../experiments/http-baseline';
import { LAB } from '../lab';
import { Lab } from '../lab/lab';
import type { KubernetesObject } from '../tools/synth/render';
import { listFiles } from '../tools/synth/write';
import { formatIssue, validateObjects } from '../tools/validate/index';
import { DIST, ENVIRONMENTS, ENVIRONMENT_PROPS, lab, readYaml, TEST_LAB, testEnvironment, walk } from './support/lab';

const EXPERIMENTS = LAB.experiments;
const EXPERIMENT_NAMES = EXPERIMENTS.map((e) => e.name);
const EXPERIMENT_RUNNER = LAB.runner;

type Template = Record<string, any>;

/** The objects of one experiment's folders, by folder below it. */
function experimentObjects(name: string) {
  return lab().objects.filter((o) => o.folder.startsWith(`experiments/${name}/`));
}

function workflowOf(name: string): KubernetesObject & { spec: { templates: Template[]; arguments: { parameters: Template[] } } } {
  const found = experimentObjects(name).find((o) => o.manifest.kind === 'WorkflowTemplate');
  if (!found) throw new Error(`experiment ${name} has no WorkflowTemplate`);
  return found.manifest as any;
}

/** The objects the workflow creates or reads at run time, from its resource templates. */
function runManifests(name: string): KubernetesObject[] {
  return workflowOf(name).spec.templates
    .filter((t) => t.resource?.manifest)
    .map((t) => yaml.load(t.resource.manifest) as KubernetesObject);
}

/** `application/<name>` arguments of a kubectl wait template. */
function awaited(template: Template): string[] {
  return (template.container.args as string[]).filter((a) => a.startsWith('application/')).map((a) => a.slice('application/'.length));
}

/** A small experiment built outside the lab, for bad input. */
function experiment(props: Partial<ExperimentDefinition> = {}, scope: Construct = new App()): Experiment {
  return new Experiment(scope, props.name ?? 'demo', {
    lab: TEST_LAB,
    definition: {
      name: 'demo',
      description: 'a test experiment',
      build: (exp) => {
        const app = new HelloApp(exp, 'target', { namespace: exp.namespace() });
        exp.runLoad(new K6Test(exp, 'load', { target: app.http, script: K6Script.fromFile('experiments/http-baseline/baseline.js') }));
      },
      ...props,
    },
  });
}

describe('every experiment in the synthesized tree', () => {
  it('is defined once per folder and all are in dist/, enabled or not', () => {
    expect(EXPERIMENT_NAMES.length).toBeGreaterThanOrEqual(3);
    expect(new Set(EXPERIMENT_NAMES).size).toBe(EXPERIMENT_NAMES.length);
    for (const name of EXPERIMENT_NAMES) {
      expect(experimentObjects(name).length, `dist/experiments/${name} is empty`).toBeGreaterThan(0);
    }
  });

  for (const name of EXPERIMENTS.map((e) => e.name)) {
    describe(name, () => {
      const objects = experimentObjects(name);
      const apps = objects.filter((o) => o.folder === `experiments/${name}/apps`);
      const applications = apps.filter((o) => o.manifest.kind === 'Application').map((o) => o.manifest as any);
      const workflow = workflowOf(name);
      const template = (t: string) => workflow.spec.templates.find((x) => x.name === t)!;

      it('has an AppProject named after it and Applications prefixed with its name, in its project', () => {
        expect(apps.filter((o) => o.manifest.kind === 'AppProject').map((o) => o.manifest.metadata.name)).toEqual([name]);
        for (const a of applications) {
          expect(a.metadata.name.startsWith(`${name}-`), a.metadata.name).toBe(true);
          expect(a.spec.project).toBe(name);
          // A part's own folder, or a pinned Helm chart (NATS).
          for (const s of a.spec.sources) {
            if (s.chart !== undefined) expect(s.targetRevision, s.chart).toMatch(/^[0-9]+\.[0-9]+\.[0-9]+$/);
            else expect(s.path.startsWith(`dist/experiments/${name}/`), s.path).toBe(true);
          }
        }
      });

      it('has a workflow in the runner namespace that waits for exactly its Applications', () => {
        expect(workflow.metadata).toMatchObject({ name, namespace: EXPERIMENT_RUNNER.namespace });
        expect((workflow.spec as any).serviceAccountName).toBe(EXPERIMENT_RUNNER.serviceAccountName);
        expect((workflow.spec as any).onExit).toBe('exit');
        const names = applications.map((a) => a.metadata.name).sort();
        const synced = awaited(template('wait-synced'));
        expect(awaited(template('wait-healthy'))).toEqual(synced);
        expect([...synced].sort()).toEqual(names);
      });

      it('offers run parameters with the model\'s defaults', () => {
        const params = Object.fromEntries(workflow.spec.arguments.parameters.map((p) => [p.name, p.value]));
        const def = EXPERIMENTS.find((e) => e.name === name)!;
        expect(params['load-timeout']).toMatch(/^[0-9]+s$/);
        if ('users' in params) {
          expect(params.users).toBe(String(def.parameters?.users ?? 10));
          expect(params.duration).toBe(def.parameters?.duration ?? '60s');
          expect(params['p95-ms']).toBe(String(def.parameters?.thresholds?.p95LatencyMs ?? 500));
          expect(params['error-rate']).toBe(String(def.parameters?.thresholds?.errorRate ?? 0.1));
        }
        // Every parameter a template uses is declared.
        const used = JSON.stringify(workflow.spec.templates).match(/\{\{workflow\.parameters\.[a-z0-9-]+\}\}/g) ?? [];
        for (const u of new Set(used)) expect(Object.keys(params)).toContain(u.slice('{{workflow.parameters.'.length, -2));
      });

      it('sends its load to objects of the experiment', () => {
        const services = objects.filter((o) => o.manifest.kind === 'Service').map((o) => o.manifest as any);
        const configMaps = objects.filter((o) => o.manifest.kind === 'ConfigMap').map((o) => o.manifest);
        const runs = runManifests(name);
        expect(runs.length).toBeGreaterThan(0);
        for (const run of runs) {
          if (run.kind === 'TestRun') {
            const spec = run.spec as any;
            const url = spec.runner.env.find((e: any) => e.name === 'TARGET_URL').value as string;
            const m = /^(https?):\/\/([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local:([0-9]+)(\/[a-z0-9/-]*)?$/.exec(url);
            expect(m, `${url} is not an in-cluster Service URL`).not.toBeNull();
            const store = Object.values(TRACE_BACKENDS).find((b) => b.queryUrl === url);
            const hubStore = [HUB_PROMETHEUS_SERVICE, HUB_VICTORIA_METRICS_SERVICE].find((h) => h.name === m![2] && h.namespace === m![3]);
            const service = services.find((s) => s.metadata.name === m![2] && s.metadata.namespace === m![3]);
            if (store) {
              // A trace store's query API is a hub capability's Service: the experiment requires it.
              const requires = lab().objects.some((o) => o.manifest.kind === 'Application' && o.manifest.metadata.name === store.serviceName);
              expect(requires || !ENVIRONMENTS.some((env) => env.experiments.some((e) => e.name === name)), `${url}: ${name} runs on a hub without ${store.kind}`).toBe(true);
            } else if (hubStore) {
              // A query load is aimed at one of the hub's metrics stores, at the address every hub gives it.
              expect(Number(m![4])).toBe(hubStore.port);
            } else if (service) {
              expect(m![1]).toBe('http');
              expect(service.spec.ports.map((p: any) => p.port)).toContain(Number(m![4]));
            } else {
              // A Gateway's listener: its implementation creates the Service. An HTTPRoute of the
              // experiment answers on that host and path, on a Gateway with a listener of the scheme.
              const host = `${m![2]}.${m![3]}.svc.cluster.local`;
              const manifests = objects.map((o) => o.manifest as any);
              const route = manifests.find((r) => r.kind === 'HTTPRoute' && r.spec.hostnames?.includes(host)
                && r.spec.rules.some((rule: any) => rule.matches.some((x: any) => x.path.value === (m![5] ?? '/'))));
              expect(route, `${url} names no Service, nor a host and path an HTTPRoute of ${name} serves`).toBeDefined();
              const gateway = manifests.find((g) => g.kind === 'Gateway' && g.metadata.namespace === route.metadata.namespace
                && route.spec.parentRefs.some((p: any) => p.name === g.metadata.name)
                && g.spec.listeners.some((l: any) => l.protocol.toLowerCase() === m![1]));
              expect(gateway, `${url}: the route's Gateway has no ${m![1]} listener`).toBeDefined();
            }
            expect(configMaps.some((c) => c.metadata.name === spec.script.configMap.name && c.metadata.namespace === run.metadata.namespace),
              `the script ConfigMap ${spec.script.configMap.name} is not in ${run.metadata.namespace}`).toBe(true);
          } else if ((run.metadata.labels as Record<string, string>)['app.kubernetes.io/name'] === 'avalanche') {
            // A synthetic exporter Job: a PodMonitor of the experiment scrapes its pods.
            const podLabels = (run.spec as any).template.metadata.labels as Record<string, string>;
            expect(objects.some((o) => o.manifest.kind === 'PodMonitor' && o.manifest.metadata.namespace === run.metadata.namespace
              && Object.entries((o.manifest.spec as any).selector.matchLabels).every(([k, v]) => podLabels[k] === v)),
            `Job ${run.metadata.name} is scraped by no PodMonitor of ${name}`).toBe(true);
          } else if ((run.metadata.labels as Record<string, string>)['app.kubernetes.io/name'] === 'pgbench') {
            // A pgbench Job: the hosts it fills and benchmarks are the experiment's Cluster or Pooler services.
            const script = (run.spec as any).template.spec.containers[0].command.join(' ') as string;
            const hosts = [...script.matchAll(/--host ([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local/g)];
            expect(hosts.length).toBe(2);
            for (const [, service, namespace] of hosts) {
              expect(objects.some((o) => ((o.manifest.kind === 'Cluster' && [`${o.manifest.metadata.name}-rw`, `${o.manifest.metadata.name}-ro`].includes(service))
                || (o.manifest.kind === 'Pooler' && o.manifest.metadata.name === service)) && o.manifest.metadata.namespace === namespace),
              `Job ${run.metadata.name} connects to ${service}.${namespace}, which ${name} does not define`).toBe(true);
            }
          } else if ((run.metadata.labels as Record<string, string>)['app.kubernetes.io/name'] === 'log-generator') {
            // A log generator Job: its target is a hub's log pipeline, named by the pod's label; the probe queries that pipeline's backend.
            const pipeline = Object.values(LOG_PIPELINES).find((p) => p.name === (run.spec as any).template.metadata.labels[LOG_PIPELINE_LABEL]);
            expect(pipeline, `Job ${run.metadata.name} names no log pipeline`).toBeDefined();
            expect((run.spec as any).template.spec.containers[0].command.join(' ')).toContain(pipeline!.backend.url);
          } else if ((run.metadata.labels as Record<string, string>)['app.kubernetes.io/name'] === 'telemetrygen') {
            // A telemetrygen Job: it sends to a collector the experiment installs (Service named by the release's fullnameOverride).
            const args = (run.spec as any).template.spec.containers[0].args as string[];
            const endpoint = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local:4317$/.exec(args[args.indexOf('--otlp-endpoint') + 1]);
            expect(endpoint, `Job ${run.metadata.name} sends to no in-cluster OTLP gRPC Service`).not.toBeNull();
            expect(applications.some((a) => a.spec.destination.namespace === endpoint![2]
              && a.spec.sources.some((src: any) => src.chart === 'opentelemetry-collector' && src.helm.valuesObject.fullnameOverride === endpoint![1])),
            `Job ${run.metadata.name} sends to ${endpoint![1]}.${endpoint![2]}, which ${name} does not install`).toBe(true);
          } else if ((run.metadata.labels as Record<string, string>)['app.kubernetes.io/name'] === 'valkey-benchmark') {
            // A valkey-benchmark Job: its host is the Service of a Valkey release of the experiment.
            const script = (run.spec as any).template.spec.containers[0].command.join(' ') as string;
            const [, service, namespace] = /-h ([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local/.exec(script)!;
            expect(objects.some((o) => o.manifest.kind === 'Application' && (o.manifest as any).spec.destination.namespace === namespace
              && (o.manifest as any).spec.sources.some((s: any) => s.chart === 'valkey' && s.helm.valuesObject.fullnameOverride === service)),
            `Job ${run.metadata.name} sends to ${service}.${namespace}, which ${name} does not install`).toBe(true);
          } else if (run.kind === 'Backup' || run.kind === 'Cluster'
            || (run.metadata.labels as Record<string, string>)['app.kubernetes.io/name'] === 'postgres-restore') {
            // A restore's objects: the backed-up Cluster, its ObjectStore, and the cluster the same run restores.
            const clusters = objects.filter((o) => o.manifest.kind === 'Cluster' && o.manifest.metadata.namespace === run.metadata.namespace);
            const restored = runManifests(name).filter((r) => r.kind === 'Cluster').map((r) => r.metadata.name);
            if (run.kind === 'Backup') expect(clusters.map((c) => c.manifest.metadata.name)).toContain((run.spec as any).cluster.name);
            else if (run.kind === 'Cluster') {
              const store = (run.spec as any).externalClusters[0].plugin.parameters.barmanObjectName;
              expect(objects.some((o) => o.manifest.kind === 'ObjectStore' && o.manifest.metadata.name === store), `${store} is not an ObjectStore of ${name}`).toBe(true);
            } else {
              const script = (run.spec as any).template.spec.containers[0].command.join(' ') as string;
              for (const [, host] of script.matchAll(/-h ([a-z0-9{}.-]+)-rw\.[a-z0-9-]+\.svc\.cluster\.local/g)) {
                expect([...clusters.map((c) => c.manifest.metadata.name), ...restored], `Job ${run.metadata.name} connects to ${host}-rw`).toContain(host);
              }
            }
          } else if (['kafka-e2e-latency', 'perf-test', 'nats-bench'].includes((run.metadata.labels as Record<string, string>)['app.kubernetes.io/name'])) {
            // A messaging bench Job: the destination it names is the experiment's, in the Job's namespace.
            const script = (run.spec as any).template.spec.containers[0].command.join(' ') as string;
            const destinations = objects.filter((o) => ['KafkaTopic', 'Stream', 'RabbitmqCluster'].includes(o.manifest.kind)
              && o.manifest.metadata.namespace === run.metadata.namespace);
            expect(destinations.some((o) => script.includes(` ${o.manifest.metadata.name} `) || script.includes(`${o.manifest.metadata.name}.${run.metadata.namespace}.svc`)),
              `Job ${run.metadata.name} names no topic, stream or RabbitMQ cluster of ${name} in ${run.metadata.namespace}`).toBe(true);
          } else {
            // A perf Job: its topic and bootstrap address are the experiment's Kafka objects.
            expect(run.kind).toBe('Job');
            const args = (run.spec as any).template.spec.containers[0].args as string[];
            const topic = args[args.indexOf('--topic') + 1];
            const bootstrap = args.find((a) => a.startsWith('bootstrap.servers='))?.slice('bootstrap.servers='.length) ?? args[args.indexOf('--bootstrap-server') + 1];
            const m = /^([a-z0-9-]+)-kafka-bootstrap\.([a-z0-9-]+)\.svc\.cluster\.local:([0-9]+)$/.exec(bootstrap);
            expect(m, `${bootstrap} is not a Kafka bootstrap Service`).not.toBeNull();
            // The Job may run beside its consumers: the topic is in the namespace of the cluster it connects to.
            expect(objects.some((o) => o.manifest.kind === 'KafkaTopic' && o.manifest.metadata.name === topic
              && o.manifest.metadata.namespace === m![2]), `Job ${run.metadata.name} writes to ${topic}, which ${name} does not define`).toBe(true);
            expect(objects.some((o) => o.manifest.kind === 'Kafka' && o.manifest.metadata.name === m![1] && o.manifest.metadata.namespace === m![2]),
              `${bootstrap} names no Kafka cluster of ${name}`).toBe(true);
          }
        }
      });

      it('grants the runner, in each namespace its workflow touches, only what the workflow does there', () => {
        const roles = objects.filter((o) => o.manifest.kind === 'Role').map((o) => o.manifest as any);
        const bindings = objects.filter((o) => o.manifest.kind === 'RoleBinding').map((o) => o.manifest as any);
        const touched = new Set<string>();
        for (const t of workflow.spec.templates) {
          const args: string[] = t.container?.args ?? [];
          const i = args.indexOf('--namespace');
          if (i >= 0 && args[i + 1] !== 'argocd') touched.add(args[i + 1]);
          if (t.resource) touched.add((yaml.load(t.resource.manifest) as KubernetesObject).metadata.namespace!);
        }
        // The results step reads the run's own Workflow in the runner's namespace.
        expect(workflow.spec.templates.some((t: any) => t.name === 'results')).toBe(true);
        touched.add(EXPERIMENT_RUNNER.namespace);
        for (const ns of touched) {
          const role = roles.find((r) => r.metadata.namespace === ns);
          expect(role, `no Role for the runner in ${ns}`).toBeDefined();
          const binding = bindings.find((b) => b.metadata.namespace === ns && b.roleRef.name === role.metadata.name);
          expect(binding?.subjects).toEqual([{ apiGroup: '', kind: 'ServiceAccount', name: EXPERIMENT_RUNNER.serviceAccountName, namespace: EXPERIMENT_RUNNER.namespace }]);
          for (const rule of role.rules) {
            expect(rule.verbs).not.toContain('*');
            expect(rule.resources).not.toContain('*');
            const allowed = ns === EXPERIMENT_RUNNER.namespace ? ['workflows'] : ['testruns', 'jobs', 'pods', 'pods/log', 'backups', 'clusters'];
            expect(rule.resources.every((r: string) => allowed.includes(r)), JSON.stringify(rule)).toBe(true);
            if (ns === EXPERIMENT_RUNNER.namespace) expect(rule.verbs).toEqual(['get']);
          }
        }
        expect(roles.every((r) => touched.has(r.metadata.namespace)), 'a Role in a namespace the workflow never touches').toBe(true);
      });

      it('pins every image and gives every container of its runs requests, limits and a non-root user', () => {
        const pods: Array<[string, any]> = [];
        for (const run of runManifests(name)) {
          if (run.kind === 'TestRun') {
            for (const part of ['initializer', 'starter', 'runner']) pods.push([`${run.metadata.name} ${part}`, (run.spec as any)[part]]);
          } else if (run.kind === 'Cluster') {
            // A restored CloudNativePG cluster: the operator runs its image as uid 26 with these resources.
            const spec = run.spec as any;
            pods.push([`${run.metadata.name} postgres`, { image: spec.imageName, resources: spec.resources, securityContext: { runAsNonRoot: true, runAsUser: 26 } }]);
          } else if (run.kind !== 'Backup') {
            for (const c of (run.spec as any).template.spec.containers) pods.push([`${run.metadata.name} ${c.name}`, c]);
          }
        }
        expect(pods.length).toBeGreaterThan(0);
        for (const [where, pod] of pods) {
          expect(pod.image, `${where} image`).toMatch(/^[a-z0-9./-]+:[0-9A-Za-z][\w.-]*$/);
          expect(pod.image).not.toMatch(/:latest$/);
          expect(pod.resources?.requests?.cpu, `${where} requests`).toBeDefined();
          expect(pod.resources?.limits?.memory, `${where} memory limit`).toBeDefined();
          expect(pod.securityContext?.runAsNonRoot, `${where} runAsNonRoot`).toBe(true);
        }
        for (const { manifest } of objects) {
          walk(manifest, (node) => {
            if (typeof node.image === 'string') expect(node.image).toMatch(/:[0-9v][\w.-]*$/);
          });
        }
      });

      it('creates run objects that validate against their pinned schemas', () => {
        const issues = validateObjects(runManifests(name).map((object, i) => ({ file: `${name} workflow`, document: i + 1, object })));
        expect(issues.map(formatIssue)).toEqual([]);
      });
    });
  }

  it('adds to a hub only the experiments its environment enables, ordered after the operators they need', () => {
    for (const env of ENVIRONMENTS) {
      const hubApps = lab().objects.filter((o) => o.folder === `hub/${env.name}/apps` && o.manifest.kind === 'Application').map((o) => o.manifest as any);
      const parents = hubApps.filter((a) => a.metadata.name.startsWith('experiment-'));
      expect(parents.map((a) => a.metadata.name).sort()).toEqual(env.experiments.map((e) => `experiment-${e.name}`).sort());
      const wave = (n: string) => Number(hubApps.find((a) => a.metadata.name === n)?.metadata.annotations['argocd.argoproj.io/sync-wave']);
      for (const parent of parents) {
        expect(parent.spec.sources).toEqual([{ path: `dist/experiments/${parent.metadata.name.slice('experiment-'.length)}/apps`, repoURL: LAB.repository.url, targetRevision: LAB.repository.revision }]);
        expect(wave(parent.metadata.name)).toBeGreaterThan(wave('argo-workflows'));
      }
    }
    expect(ENVIRONMENTS.find((e) => e.name === 'kind')?.experiments).toContain(httpBaseline);
  });
});

describe('kafka-throughput', () => {
  it('creates its producer and consumer Jobs per run from the topic handle, deletes them on exit, and keeps no Job in dist/', () => {
    const workflow = workflowOf('kafka-throughput');
    const template = (t: string) => workflow.spec.templates.find((x) => x.name === t)!;
    const objects = experimentObjects('kafka-throughput').map((o) => o.manifest as any);
    const topic = objects.find((o) => o.kind === 'KafkaTopic' && o.metadata.name === 'perf');
    const kafka = objects.find((o) => o.kind === 'Kafka');
    const bootstrap = `${kafka.metadata.name}-kafka-bootstrap.${kafka.metadata.namespace}.svc.cluster.local:9092`;

    // The consumer reads the backlog once the producer's Job has succeeded.
    expect(template('kafka-perf').steps.map((g: Template[]) => g.map((x) => x.template))).toEqual([['kafka-perf-producer'], ['kafka-perf-consumer']]);
    const jobs = ['producer', 'consumer'].map((role) => {
      const t = template(`kafka-perf-${role}`);
      expect(t.resource).toMatchObject({ action: 'create', successCondition: 'status.succeeded > 0', failureCondition: 'status.failed > 0' });
      const job = yaml.load(t.resource.manifest) as any;
      expect(job.kind).toBe('Job');
      expect(job.metadata).toMatchObject({
        name: `{{workflow.name}}-kafka-perf-${role}`, namespace: topic.metadata.namespace,
        labels: { 'illmlab.xyz/experiment': 'kafka-throughput', 'illmlab.xyz/run': '{{workflow.name}}' },
      });
      return job.spec.template.spec.containers[0].args as string[];
    });
    expect(jobs[0]).toEqual(expect.arrayContaining(['--topic', topic.metadata.name, `bootstrap.servers=${bootstrap}`, '{{workflow.parameters.kafka-perf-records}}', '{{workflow.parameters.kafka-perf-throughput}}']));
    expect(jobs[1]).toEqual(expect.arrayContaining(['--topic', topic.metadata.name, '--bootstrap-server', bootstrap, '{{workflow.parameters.kafka-perf-records}}']));
    const params = Object.fromEntries(workflow.spec.arguments.parameters.map((p) => [p.name, p.value]));
    expect(params).toMatchObject({ 'kafka-perf-records': '1000000', 'kafka-perf-throughput': '-1' });

    const exit = template('exit').steps.flat().map((x: Template) => x.template);
    expect(exit).toContain('kafka-perf-cleanup');
    expect(template('kafka-perf-cleanup').container.args).toEqual(expect.arrayContaining(['delete', 'jobs', '--namespace', topic.metadata.namespace,
      '--selector', 'illmlab.xyz/experiment=kafka-throughput,app.kubernetes.io/part-of=kafka-perf']));

    const files = [...listFiles(path.join(DIST, 'experiments', 'kafka-throughput'))];
    expect(files.length).toBeGreaterThan(0);
    const kinds = files.flatMap((f) => readYaml(path.join(DIST, 'experiments', 'kafka-throughput', f)).map((d) => (d as KubernetesObject).kind));
    expect(kinds).not.toContain('Job');
    expect(objects.map((o) => o.kind)).not.toContain('Job');
  });
});

describe('bad experiment input is refused with construct path, field, value and what is allowed', () => {
  it('an experiment named by a string rather than by its definition', () => {
    expect(() => testEnvironment({ experiments: ['http-baseline' as unknown as ExperimentDefinition] })).toThrow(
      'environment "lab2": experiments[0] "http-baseline" is invalid: an experiment definition (imported from experiments/), not its name');
  });

  it('an experiment the lab does not define lists the ones it does', () => {
    const stray: ExperimentDefinition = { ...httpBaseline, name: 'stray' };
    expect(() => new Lab({ ...TEST_LAB_PROPS, environments: [testEnvironment({ experiments: [stray] })], experiments: [httpBaseline] })).toThrow(
      'environment "lab2": experiments "stray" is invalid: an experiment of the lab: http-baseline');
  });

  it('an experiment listed twice', () => {
    expect(() => testEnvironment({ experiments: [httpBaseline, httpBaseline] })).toThrow(
      'environment "lab2": experiments "http-baseline" is invalid: each experiment once');
  });

  it('a capability that is not one of the catalog', () => {
    expect(() => experiment({ requires: [{ name: 'redis', description: 'x' } as never] })).toThrow(
      'demo: requires[0] "redis" is invalid: a capability of Capabilities (constructs/catalog/capabilities.ts)');
  });

  it('a malformed duration', () => {
    expect(() => experiment({ parameters: { duration: '60 seconds' } })).toThrow(
      'demo: parameters.duration "60 seconds" is invalid: a duration such as 30s, 5m, 1h30m or 7d');
  });

  it('a duration too long for a lab run', () => {
    expect(() => experiment({ parameters: { duration: '7h' } })).toThrow('demo: parameters.duration "7h" is invalid: a duration from 1s to 6h');
  });

  it('negative users', () => {
    expect(() => experiment({ parameters: { users: -5 } })).toThrow('demo: parameters.users -5 is invalid: must be a whole number from 1 to 10000');
  });

  it('a fraction of a user', () => {
    expect(() => experiment({ parameters: { users: 2.5 } })).toThrow('demo: parameters.users 2.5 is invalid: must be a whole number from 1 to 10000');
  });

  it('a rate of zero (unset means no target rate)', () => {
    expect(() => experiment({ parameters: { rate: 0 } })).toThrow('demo: parameters.rate 0 is invalid: must be a whole number from 1 to 1000000');
  });

  it('an error-rate threshold above 100 %', () => {
    expect(() => experiment({ parameters: { thresholds: { errorRate: 1.5 } } })).toThrow(
      'demo: parameters.thresholds.errorRate 1.5 is invalid: a fraction above 0 and at most 1 (0.1 allows 10 % failed requests)');
  });

  it('an error-rate threshold of zero, which no run can pass', () => {
    expect(() => experiment({ parameters: { thresholds: { errorRate: 0 } } })).toThrow(
      'demo: parameters.thresholds.errorRate 0 is invalid: a fraction above 0 and at most 1');
  });

  it('a negative latency threshold', () => {
    expect(() => experiment({ parameters: { thresholds: { p95LatencyMs: -1 } } })).toThrow(
      'demo: parameters.thresholds.p95LatencyMs -1 is invalid: must be a number from 1 to 60000');
  });

  it('a malformed ready timeout', () => {
    expect(() => experiment({ readyTimeout: 'ten minutes' })).toThrow('demo: readyTimeout "ten minutes" is invalid: a duration such as 30s, 5m, 1h30m or 7d');
  });

  it('an experiment name that is no Kubernetes name', () => {
    expect(() => experiment({ name: 'HTTP_Baseline' })).toThrow(
      'HTTP_Baseline: name "HTTP_Baseline" is invalid: a Kubernetes name must be 1-63 lower-case letters, digits or "-", starting and ending with a letter or digit');
  });

  it('an experiment name too long for its runs\' object names', () => {
    const name = 'a-very-long-experiment-name-indeed';
    expect(() => experiment({ name })).toThrow(`${name}: name "${name}" is invalid: at most 30 characters, so that the names of its runs' objects stay within 63`);
  });

  it('an experiment without load', () => {
    expect(() => experiment({ build: (exp) => { new HelloApp(exp, 'target', { namespace: exp.namespace() }); } })).toThrow(
      'demo: load [] is invalid: an experiment needs at least one load generator: pass it to runLoad() in build()');
  });

  it('an empty stage of load', () => {
    expect(() => experiment({ build: (exp) => exp.runLoad() })).toThrow('demo: runLoad [] is invalid: at least one load generator per stage');
  });

  it('a load generator run in two stages', () => {
    expect(() => experiment({
      build: (exp) => {
        const app = new HelloApp(exp, 'target', { namespace: exp.namespace() });
        const k6 = new K6Test(exp, 'load', { target: app.http, script: K6Script.fromFile('experiments/http-baseline/baseline.js') });
        exp.runLoad(k6);
        exp.runLoad(k6);
      },
    })).toThrow('demo: runLoad "demo/load" is invalid: each load generator runs in one stage only');
  });

  it('a namespace declared in and out of the mesh', () => {
    expect(() => experiment({
      build: (exp) => {
        exp.namespace('app');
        exp.namespace('app', { mesh: { mtls: 'STRICT' } });
      },
    })).toThrow('demo: mesh {"mtls":"STRICT"} is invalid: the enrollment namespace demo-app was declared with first (null); a namespace is in the mesh or not');
  });

  it('a part named like a part the experiment adds itself', () => {
    expect(() => experiment({
      build: (exp) => {
        const app = new HelloApp(exp, 'namespaces', { namespace: exp.namespace() });
        exp.runLoad(new K6Test(exp, 'load', { target: app.http, script: K6Script.fromFile('experiments/http-baseline/baseline.js') }));
      },
    })).toThrow('demo/namespaces: name "namespaces" is invalid: the folder experiments/demo/namespaces already belongs to demo/Namespaces; each component needs its own name');
  });

  it('a load generator outside an experiment', () => {
    const app = new App();
    const scope = new Construct(app, 'loose');
    expect(() => new K6Test(scope, 'load', {
      target: { owner: scope, serviceName: 'x', namespace: 'x', port: 80, url: 'http://x.x.svc.cluster.local:80', endpoints: [] },
      script: K6Script.fromFile('experiments/http-baseline/baseline.js'),
    })).toThrow('loose: must be created inside an experiment');
  });

});

describe('capabilities on demand', () => {
  const hubWith = (...experiments: ExperimentDefinition[]) => {
    const app = new App();
    const hub = new Hub(app, { lab: TEST_LAB, environment: testEnvironment() });
    for (const definition of experiments) new Experiment(app, definition.name, { definition, lab: TEST_LAB }).enableOn(hub);
    return hub;
  };
  const installed = (hub: Hub) => Object.fromEntries(hub.capabilities.map((c) => [c.capability.name, c.neededBy]));
  const kafka = LAB.experiments.find((e) => e.name === 'kafka-throughput')!;
  const mesh = LAB.experiments.find((e) => e.name === 'mesh-overhead')!;

  it('a hub without experiments runs no operator beyond its core', () => {
    const hub = hubWith();
    expect(installed(hub)).toEqual({});
    expect(hub.node.tryFindChild('strimzi') ?? hub.node.tryFindChild('k6-operator') ?? hub.node.tryFindChild('istiod')).toBeUndefined();
  });

  it('installs exactly what enabled experiments need, once, and says for whom', () => {
    const hub = hubWith(httpBaseline, kafka, mesh);
    expect(installed(hub)).toEqual({
      'argo-workflows': ['core', 'http-baseline', 'kafka-throughput', 'mesh-overhead'],
      'istio': ['mesh-overhead'],
      'k6-operator': ['http-baseline', 'mesh-overhead'],
      'strimzi': ['kafka-throughput'],
    });
    expect(hubWith(kafka).node.tryFindChild('strimzi')).toBeDefined();
    expect(hubWith(kafka).node.tryFindChild('k6-operator')).toBeUndefined();
  });

  it('installs what a capability requires before it, and orders the experiment after it', () => {
    const app = new App();
    const hub = new Hub(app, { lab: TEST_LAB, environment: testEnvironment() });
    const gateway = hub.provide(Capabilities.istioIngress, 'test');
    const istiod = hub.provide(Capabilities.istio, 'test');
    expect(gateway.dependencies).toContain(istiod);
    expect(installed(hub)).toEqual({ 'istio': ['istio-ingress', 'test'], 'istio-ingress': ['test'] });
    const exp = new Experiment(app, 'mesh', { definition: mesh, lab: TEST_LAB });
    const parent = exp.enableOn(hub);
    expect(parent.syncWave).toBeGreaterThan(istiod.syncWave);
  });
});

const TEST_LAB_PROPS = { repository: TEST_LAB.repository, runner: TEST_LAB.runner };
void ENVIRONMENT_PROPS;
