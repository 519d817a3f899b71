import { App } from 'cdk8s';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { KafkaConsumerApp, KafkaConsumerAppProps } from '../constructs/apps/kafka-consumer-app';
import { HelloApp } from '../constructs/apps/hello-app';
import { KafkaLagScaledObject } from '../constructs/autoscaling/kafka-lag-scaled-object';
import { ResourceRecommendation } from '../constructs/autoscaling/resource-recommendation';
import type { IScalableApp } from '../constructs/autoscaling/scalable-app';
import { scalingMeasurements } from '../constructs/autoscaling/scaling-measurements';
import { ScalingReport, ScalingReportProps } from '../constructs/autoscaling/scaling-report';
import { Experiment } from '../constructs/experiment/experiment';
import { KafkaCluster } from '../constructs/kafka/kafka-cluster';
import { K6Script } from '../constructs/loadgen/k6-script';
import { K6Test } from '../constructs/loadgen/k6-test';
import { KafkaProducerLoad, KafkaProducerLoadProps } from '../constructs/loadgen/kafka-producer-load';
import { SUMMARY_READERS } from '../constructs/results/summary-formats';
import { vpaSummary } from '../constructs/results/vpa-summary';
import { autoscalingKafkaLag } from '../experiments/autoscaling-kafka-lag';
import { Hub } from '../hub/hub';
import { fitOf } from '../hub/fit';
import { Lab } from '../lab/lab';
import { formatIssue } from '../tools/validate/issue';
import { validateObjects } from '../tools/validate/validate-objects';
import { findManifest, manifestsOf } from './support/constructs';
import { TEST_LAB, testEnvironment } from './support/lab';

/** Experiment `kl`: a one-broker cluster, topic `orders` (4 partitions), consumers and a producer step. */
function build(consumer: Partial<KafkaConsumerAppProps> = {}, producer: Partial<KafkaProducerLoadProps> = {}) {
  const app = new App();
  let parts!: { consumers: KafkaConsumerApp; load: KafkaProducerLoad };
  new Experiment(app, 'kl', { lab: TEST_LAB, definition: {
    name: 'kl', description: 'test',
    build: (e) => {
      const kafka = new KafkaCluster(e, 'kafka', {
        namespace: e.namespace(),
        nodePools: [{ name: 'pool', roles: ['controller', 'broker'], replicas: 1, storage: { kind: 'ephemeral' } }],
        replication: { defaultReplicationFactor: 1, minInsyncReplicas: 1 },
      });
      const consumers = new KafkaConsumerApp(e, 'readers', {
        namespace: e.namespace('scaled'), topic: kafka.addTopic('orders', { partitions: 4 }), recordsPerSecond: 20, replicas: 'autoscaled', ...consumer,
      });
      const load = new KafkaProducerLoad(e, 'step', { target: consumers, variant: 'scaled', throughput: 80, records: 4800, ...producer });
      e.runLoad(load);
      parts = { consumers, load };
    },
  } });
  return { app, ...parts };
}

describe('a Kafka consumer group to scale', () => {
  it('runs the console consumer of the topic\'s cluster in its group, at a set rate per pod', () => {
    const { app, consumers } = build({ replicas: 3, consumerGroup: 'order-readers' });
    const deployment = findManifest(app, 'Deployment', 'readers');
    expect(deployment.metadata.namespace).toBe('kl-scaled');
    expect(deployment.spec.replicas).toBe(3);
    const container = deployment.spec.template.spec.containers[0];
    expect(container.image).toBe('quay.io/strimzi/kafka:1.2.0-kafka-4.3.1');
    expect(Object.fromEntries(container.env.map((v: { name: string; value: string }) => [v.name, v.value]))).toMatchObject({
      BOOTSTRAP_SERVERS: 'kafka-kafka-bootstrap.kl.svc.cluster.local:9092',
      TOPIC: 'orders',
      CONSUMER_GROUP: 'order-readers',
      RECORDS_PER_SECOND: '20',
    });
    expect(container.command[2]).toContain('kafka-console-consumer.sh --bootstrap-server "$BOOTSTRAP_SERVERS" --topic "$TOPIC" --group "$CONSUMER_GROUP"');
    expect(container.resources).toEqual({ requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '500m', memory: '384Mi' } });
    expect(container.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1001, readOnlyRootFilesystem: true });
    expect(consumers.consumerGroup).toBe('order-readers');
  });

  it('leaves the count to an autoscaler when asked, and KEDA scales it on its own group\'s lag', () => {
    const app = new App();
    new Experiment(app, 'kl', { lab: TEST_LAB, definition: {
      name: 'kl', description: 'test',
      build: (e) => {
        const kafka = new KafkaCluster(e, 'kafka', { namespace: e.namespace() });
        const consumers = new KafkaConsumerApp(e, 'readers', { namespace: e.namespace(), topic: kafka.addTopic('orders', { partitions: 4 }), recordsPerSecond: 20, replicas: 'autoscaled' });
        new KafkaLagScaledObject(e, 'lag', { app: consumers, topic: consumers.topic, consumerGroup: consumers.consumerGroup, lagThreshold: 100, maxReplicas: 4 });
        e.runLoad(new KafkaProducerLoad(e, 'step', { target: consumers, throughput: 80, records: 4800 }));
      },
    } });
    expect(findManifest(app, 'Deployment', 'readers').spec.replicas).toBeUndefined();
    expect(findManifest(app, 'ScaledObject', 'readers').spec.triggers[0].metadata).toEqual({
      bootstrapServers: 'kafka-kafka-bootstrap.kl.svc.cluster.local:9092', consumerGroup: 'readers', topic: 'orders', lagThreshold: '100',
    });
  });

  it.each([
    [{ recordsPerSecond: 0 }, 'kl/readers: recordsPerSecond 0 is invalid'],
    [{ replicas: 21 }, 'kl/readers: replicas 21 is invalid'],
    [{ consumerGroup: 'a group' }, 'kl/readers: consumerGroup "a group" is invalid: 1-249 letters, digits, ".", "_" or "-"'],
    [{ resources: { requests: { cpu: 'lots', memory: '1Gi' }, limits: { memory: '1Gi' } } }, 'kl/readers: resources.requests.cpu "lots" is invalid'],
  ])('refuses %j', (props, message) => {
    expect(() => build(props as Partial<KafkaConsumerAppProps>)).toThrow(message);
  });
});

describe('a step of records into the consumers\' topic', () => {
  it('creates a producer Job per run at the step\'s rate, in the consumers\' namespace, and reads its log', () => {
    const { app, load } = build();
    expect(load.measuredNamespaces).toEqual(['kl-scaled']);
    expect(load.variant).toBe('scaled');
    const workflow = findManifest(app, 'WorkflowTemplate', 'kl');
    const names = workflow.spec.arguments.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(['step-records', 'step-throughput', 'load-timeout']);
    const templates = Object.fromEntries(workflow.spec.templates.map((t: { name: string }) => [t.name, t]));
    const job = yaml.load(templates['step-producer'].resource.manifest) as any;
    expect(job.metadata).toMatchObject({ name: '{{workflow.name}}-step-producer', namespace: 'kl-scaled' });
    const args = job.spec.template.spec.containers[0].args;
    expect(args.slice(0, 8)).toEqual([
      '--topic', 'orders', '--num-records', '{{workflow.parameters.step-records}}', '--record-size', '100',
      '--throughput', '{{workflow.parameters.step-throughput}}',
    ]);
    expect(args).toContain('bootstrap.servers=kafka-kafka-bootstrap.kl.svc.cluster.local:9092');
    expect(args).toContain('acks=1');
    expect(templates['step-summary'].container.args).toEqual(['logs', '--namespace', 'kl-scaled', 'job/{{workflow.name}}-step-producer', '--tail=-1']);
    expect(findManifest(app, 'Role', 'experiment-runner-step').metadata.namespace).toBe('kl-scaled');
  });

  it.each([
    [{ throughput: 0 }, 'kl/step: throughput 0 is invalid'],
    [{ records: 0 }, 'kl/step: records 0 is invalid'],
    [{ recordSize: 2_000_000 }, 'kl/step: recordSize 2000000 is invalid'],
    [{ acks: 2 as unknown as 1 }, 'kl/step: acks 2 is invalid: must be one of 0, 1, "all"'],
    [{ name: 'p'.repeat(50) }, 'is invalid: at most 45 characters in experiment kl'],
  ])('refuses %j', (props, message) => {
    expect(() => build({}, props)).toThrow(message);
  });
});

describe('experiment autoscaling-kafka-lag', () => {
  const experiment = () => {
    const app = new App();
    return { app, exp: new Experiment(app, 'autoscaling-kafka-lag', { lab: TEST_LAB, definition: autoscalingKafkaLag }) };
  };

  it('runs the same step against a fixed group of six and a KEDA-scaled one, in turn', () => {
    const { app, exp } = experiment();
    expect(exp.loadStages.map((stage) => stage.map((g) => `${g.variant}:${g.loadName}`))).toEqual([
      ['fixed:producer-fixed', 'fixed:report-fixed'], ['keda-lag:producer-keda-lag', 'keda-lag:report-keda-lag'],
    ]);
    expect(findManifest(app, 'Deployment', 'consumer-fixed').spec.replicas).toBe(6);
    expect(findManifest(app, 'Deployment', 'consumer-keda-lag').spec.replicas).toBeUndefined();
    const scaled = findManifest(app, 'ScaledObject', 'consumer-keda-lag').spec;
    expect(scaled).toMatchObject({ minReplicaCount: 1, maxReplicaCount: 6 });
    expect(scaled.triggers[0].metadata).toEqual({
      bootstrapServers: 'kafka-kafka-bootstrap.autoscaling-kafka-lag.svc.cluster.local:9092',
      consumerGroup: 'consumer-keda-lag', topic: 'records-keda-lag', lagThreshold: '1000',
    });
    expect(findManifest(app, 'KafkaTopic', 'records-fixed').spec.partitions).toBe(6);
    // 200 records/s for three minutes, four pods' worth at 50 records/s each.
    const workflow = findManifest(app, 'WorkflowTemplate', 'autoscaling-kafka-lag');
    expect(Object.fromEntries(workflow.spec.arguments.parameters.map((p: { name: string; value: string }) => [p.name, p.value]))).toEqual({
      'producer-fixed-records': '36000', 'producer-fixed-throughput': '200',
      'producer-keda-lag-records': '36000', 'producer-keda-lag-throughput': '200',
      // The workflow gives every stage its duration (240s) and ten minutes to start.
      'load-timeout': '840s',
    });
    for (const name of ['consumer-fixed', 'consumer-keda-lag']) {
      expect(findManifest(app, 'VerticalPodAutoscaler', name).spec.updatePolicy).toEqual({ updateMode: 'Off' });
    }
  });

  it('validates strictly against the Kubernetes and pinned CRD schemas', () => {
    const { app } = experiment();
    const objects = manifestsOf(app).map((object, i) => ({ file: `test/${object.kind}`, document: i + 1, object }));
    expect(validateObjects(objects).map(formatIssue)).toEqual([]);
  });

  it('needs Strimzi, KEDA and the VPA: only a hub that enables it runs them, and what they add is known', () => {
    const hubOf = (enable: boolean) => {
      const environment = testEnvironment({ experiments: enable ? [autoscalingKafkaLag] : [] });
      const app = new Lab({ repository: TEST_LAB.repository, runner: TEST_LAB.runner, environments: [environment], experiments: [autoscalingKafkaLag] })
        .build([environment]);
      const hub = app.node.findAll().find((c): c is Hub => c instanceof Hub)!;
      return { hub, fit: fitOf(environment, hub) };
    };
    const on = hubOf(true);
    const off = hubOf(false);
    const extra = (hub: Hub) => hub.capabilities.filter((c) => !c.neededBy.includes('core')).map((c) => c.capability.name);
    expect(extra(on.hub)).toEqual(['keda', 'metrics-server', 'strimzi', 'vertical-pod-autoscaler']);
    expect(extra(off.hub)).toEqual([]);
    // The hub's added requests, as `npm run cost` and the fit check count them (ADR 0104 quotes them).
    const added = { cpu: on.fit.requested.cpu - off.fit.requested.cpu, memory: (on.fit.requested.memory - off.fit.requested.memory) / 2 ** 20 };
    expect(added.cpu).toBeCloseTo(ADDED_CPU, 6);
    expect(added.memory).toBeCloseTo(ADDED_MEMORY_MI, 6);
  });
});

/**
 * The hub's added requests when it enables the experiment, by hand from the defaults: six fixed
 * consumers and one scaled (100m/256Mi each), the broker (250m/1Gi), its topic operator
 * (50m/128Mi) and its Kafka Exporter (25m/64Mi), the workflow's two producer Jobs (250m/512Mi each) and its step containers: two
 * waits, two producer summaries and cleanups, two steps per report and the `report` step at
 * 10m/32Mi each, the results step at twice that (13 shares), KEDA's three deployments (50m/96Mi each), metrics-server (50m/64Mi), Strimzi's operator
 * (100m/256Mi) and the VPA recommender (50m/128Mi).
 */
const ADDED_CPU = 7 * 0.1 + 0.25 + 0.05 + 0.025 + 2 * 0.25 + 13 * 0.01 + 3 * 0.05 + 0.05 + 0.1 + 0.05;
const ADDED_MEMORY_MI = 7 * 256 + 1024 + 128 + 64 + 2 * 512 + 13 * 32 + 3 * 96 + 64 + 256 + 128;

describe('a variant\'s scaling report', () => {
  /** Experiment `kr`: an autoscaled hello app with its VPA, a k6 load and the report beside it. */
  function report(props: Partial<ScalingReportProps> = {}) {
    const app = new App();
    let made!: ScalingReport;
    new Experiment(app, 'kr', { lab: TEST_LAB, definition: {
      name: 'kr', description: 'test',
      build: (e) => {
        const web = new HelloApp(e, 'web', { namespace: e.namespace(), appName: 'web', replicas: 'autoscaled' });
        const recommendation = new ResourceRecommendation(e, 'vpa', { app: web });
        const load = new K6Test(e, 'load', { target: web.http, script: K6Script.fromFile('experiments/autoscaling-response/ramp.js'), variant: 'scaled' });
        made = new ScalingReport(e, 'report', { app: web, recommendation, variant: 'scaled', minReplicas: 2, baselineReplicas: 4, ...props });
        e.runLoad(load, made);
      },
    } });
    return { app, report: made };
  }

  it('measures the replica series of kube-state-metrics at 5 s points over the variant\'s window', () => {
    const { app } = report();
    const plan = JSON.parse(findManifest(app, 'ConfigMap', 'kr-results').data['plan.json']);
    const measurements = Object.fromEntries(plan.variants[0].measurements.map((m: { name: string; unit: string; query: string }) => [m.name, `${m.unit} ${m.query}`]));
    const r = 'max(kube_deployment_status_replicas{namespace="kr",deployment="web"})';
    const start = 'min_over_time((timestamp(vector(0)))[$window:5s])';
    expect(measurements).toEqual({
      timeToFirstScaleOutSeconds: `seconds min_over_time((timestamp(${r} > 2))[$window:5s]) - ${start}`,
      timeToSteadyStateSeconds: `seconds (max_over_time((timestamp(${r} != scalar(max(kube_deployment_status_replicas{namespace="kr",deployment="web"} @ end()))))[$window:5s]) + 5 - ${start}) or (0 * ${r})`,
      peakReplicas: `count max_over_time((${r})[$window:5s])`,
      finalReplicas: `count ${r}`,
      overshootReplicas: `count max_over_time((${r})[$window:5s]) - ${r}`,
      podSeconds: `seconds sum_over_time((${r})[$window:5s]) * 5`,
      podSecondsVsFixed: `ratio sum_over_time((${r})[$window:5s]) / (4 * count_over_time((vector(1))[$window:5s]))`,
    });
    expect(plan.variants[0].generators.map((g: { name: string; format: string }) => `${g.name}:${g.format}`)).toEqual(['load:k6', 'report:vpa']);
  });

  it('reads the VPA with kubectl, which the runner may get and nothing more', () => {
    const { app } = report();
    const workflow = findManifest(app, 'WorkflowTemplate', 'kr');
    const templates = Object.fromEntries(workflow.spec.templates.map((t: { name: string }) => [t.name, t]));
    expect(templates['report-vpa'].container.args).toEqual(['get', 'verticalpodautoscalers.autoscaling.k8s.io', 'web', '--namespace', 'kr']);
    expect(templates['report-summary'].container.args).toEqual(['get', 'verticalpodautoscalers.autoscaling.k8s.io', 'web', '--namespace', 'kr', '--output=json']);
    expect(findManifest(app, 'Role', 'experiment-runner-report').rules).toEqual([
      { apiGroups: ['autoscaling.k8s.io'], resources: ['verticalpodautoscalers'], resourceNames: ['web'], verbs: ['get'] },
    ]);
  });

  it('adds the peak and final lag of a consumer group, at the same points, and takes no other query', () => {
    const lag = { consumerGroup: 'g', query: 'sum(kafka_consumergroup_lag_sum{namespace="k",consumergroup="g"})' };
    const { app } = report({ consumerLag: lag });
    const plan = JSON.parse(findManifest(app, 'ConfigMap', 'kr-results').data['plan.json']);
    const byName = Object.fromEntries(plan.variants[0].measurements.map((m: { name: string; unit: string; query: string }) => [m.name, `${m.unit} ${m.query}`]));
    expect(byName.peakConsumerLag).toBe(`count max_over_time((${lag.query})[$window:5s])`);
    expect(byName.finalConsumerLag).toBe(`count ${lag.query}`);
    expect(() => report({ consumerLag: { consumerGroup: 'g', query: 'kafka_consumergroup_lag' } }))
      .toThrow('kr/report: consumerLag {"consumerGroup":"g","query":"kafka_consumergroup_lag"} is invalid: the lag of a consumer group, as KafkaCluster.consumerLag(group) gives it');
  });

  it.each([
    [{ minReplicas: 0 }, 'kr/report: minReplicas 0 is invalid'],
    [{ baselineReplicas: 21 }, 'kr/report: baselineReplicas 21 is invalid'],
    [{ variant: 'Scaled' }, 'kr/report: variant "Scaled" is invalid'],
  ])('refuses %j', (props, message) => {
    expect(() => report(props)).toThrow(message);
  });

  it('refuses an app whose Deployment has no Kubernetes name', () => {
    const { report: made } = report();
    const app = { deployment: { name: 'Web App' }, namespace: 'kr', objects: made.objects } as unknown as IScalableApp;
    expect(() => scalingMeasurements('kr/x', app, { minReplicas: 1, baselineReplicas: 1 }))
      .toThrow('kr/x: app "kr/Web App" is invalid: a Deployment with a Kubernetes name in a namespace');
  });
});

describe('the VPA\'s recommendation in the results', () => {
  const vpa = (status: unknown) => JSON.stringify({ apiVersion: 'autoscaling.k8s.io/v1', kind: 'VerticalPodAutoscaler', metadata: { name: 'web' }, status });

  it('turns each container\'s bounds into cores and bytes', () => {
    const summary = vpaSummary(vpa({ recommendation: { containerRecommendations: [{
      containerName: 'http-echo',
      target: { cpu: '25m', memory: '262144k' },
      lowerBound: { cpu: '10m', memory: '87381333' },
      upperBound: { cpu: '1', memory: '1Gi' },
      uncappedTarget: { cpu: '25m', memory: '262144k' },
    }] } }), { name: 'report-fixed' });
    expect(summary).toEqual({ tool: 'vpa', name: 'report-fixed', metrics: {
      'http-echo.target.cpuCores': 0.025, 'http-echo.target.memoryBytes': 262_144_000,
      'http-echo.lowerBound.cpuCores': 0.01, 'http-echo.lowerBound.memoryBytes': 87_381_333,
      'http-echo.upperBound.cpuCores': 1, 'http-echo.upperBound.memoryBytes': 1_073_741_824,
      'http-echo.uncappedTarget.cpuCores': 0.025, 'http-echo.uncappedTarget.memoryBytes': 262_144_000,
    } });
  });

  it('gives no figures while the recommender has none yet', () => {
    expect(vpaSummary(vpa({ conditions: [] }), { name: 'r' }).metrics).toEqual({});
  });

  it('is the reader of the vpa format, and kafka-producer reads a producer\'s log alone', () => {
    expect(SUMMARY_READERS.vpa.read(vpa({}), { name: 'r', tool: 'vpa' })).toEqual([{ tool: 'vpa', name: 'r', metrics: {} }]);
    const log = '36000 records sent, 199.9 records/sec (0.02 MB/sec), 3.10 ms avg latency, 210.00 ms max latency, 2 ms 50th, 6 ms 95th, 20 ms 99th, 150 ms 99.9th.';
    expect(SUMMARY_READERS['kafka-producer'].read(log, { name: 'p', tool: 'kafka-producer' })).toEqual([{
      tool: 'kafka-perf', name: 'p', role: 'producer', records: 36000, recordsPerSecond: 199.9, megabytesPerSecond: 0.02,
      latencyMs: { avg: 3.1, p50: 2, p95: 6, p99: 20, p999: 150, max: 210 },
    }]);
  });

  it.each([
    ['not json', 'vpa summary "r": output "not json" is invalid: must be a VerticalPodAutoscaler as JSON (kubectl get -o json)'],
    [JSON.stringify({ kind: 'Deployment' }), 'vpa summary "r": kind "Deployment" is invalid: must be VerticalPodAutoscaler'],
    [vpa({ recommendation: { containerRecommendations: [{ target: {} }] } }), 'vpa summary "r": containerRecommendations[0].containerName (unset) is invalid: a container name'],
    [vpa({ recommendation: { containerRecommendations: [{ containerName: 'c', target: 'big' }] } }), 'vpa summary "r": c.target "big" is invalid: a map of cpu and memory quantities'],
    [vpa({ recommendation: { containerRecommendations: [{ containerName: 'c', target: { cpu: 'lots' } }] } }), 'vpa summary "r": c.target.cpu "lots" is invalid: a Kubernetes quantity such as 25m or 262144k'],
  ])('refuses %s', (output, message) => {
    expect(() => vpaSummary(output, { name: 'r' })).toThrow(message);
  });
});
