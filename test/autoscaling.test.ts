import { App } from 'cdk8s';
import { describe, expect, it } from 'vitest';
import { Application } from '../constructs/argocd/application';
import { HelloApp } from '../constructs/apps/hello-app';
import { CpuAutoscaler, CpuAutoscalerProps } from '../constructs/autoscaling/cpu-autoscaler';
import { KafkaLagScaledObject, KafkaLagScaledObjectProps } from '../constructs/autoscaling/kafka-lag-scaled-object';
import { Keda } from '../constructs/autoscaling/keda';
import { MetricsServer } from '../constructs/autoscaling/metrics-server';
import { requestRate } from '../constructs/autoscaling/prometheus-query';
import { PrometheusScaledObject, PrometheusScaledObjectProps } from '../constructs/autoscaling/prometheus-scaled-object';
import { ResourceRecommendation } from '../constructs/autoscaling/resource-recommendation';
import { VerticalPodAutoscaler } from '../constructs/autoscaling/vertical-pod-autoscaler';
import { Capabilities } from '../constructs/catalog/capabilities';
import { CHARTS } from '../constructs/catalog/charts';
import { Experiment } from '../constructs/experiment/experiment';
import { KafkaCluster } from '../constructs/kafka/kafka-cluster';
import { KafkaPerfTest } from '../constructs/loadgen/kafka-perf';
import { K6Script } from '../constructs/loadgen/k6-script';
import { k6Summary } from '../constructs/results/k6-summary';
import { K6Test } from '../constructs/loadgen/k6-test';
import { autoscalingResponse } from '../experiments/autoscaling-response';
import { Hub } from '../hub/hub';
import { formatIssue } from '../tools/validate/issue';
import { validateObjects } from '../tools/validate/validate-objects';
import { findManifest, manifestsOf, testSite } from './support/constructs';
import { TEST_LAB, testEnvironment } from './support/lab';

const SCRIPT = K6Script.fromFile('experiments/autoscaling-response/ramp.js');

/** Experiment `as` with one autoscaled app and its load; `scale` adds the autoscaler under test. */
function experiment(scale: (e: Experiment, app: HelloApp, load: K6Test) => void = () => undefined) {
  const app = new App();
  let exp!: Experiment;
  new Experiment(app, 'as', { lab: TEST_LAB, definition: {
    name: 'as', description: 'test',
    build: (e) => {
      exp = e;
      const target = new HelloApp(e, 'app', { namespace: e.namespace(), appName: 'web', replicas: 'autoscaled' });
      const load = new K6Test(e, 'load', { target: target.http, script: SCRIPT, variant: 'scaled' });
      e.runLoad(load);
      scale(e, target, load);
    },
  } });
  return { app, exp: () => exp };
}

const hpa = (props: Partial<CpuAutoscalerProps> = {}) => experiment((e, target) => {
  new CpuAutoscaler(e, 'hpa', { app: target, maxReplicas: 5, ...props });
});
const keda = (props: Partial<PrometheusScaledObjectProps> = {}) => experiment((e, target, load) => {
  new PrometheusScaledObject(e, 'keda', { app: target, metric: requestRate(load), threshold: 50, maxReplicas: 4, ...props });
});

describe('autoscaling components', () => {
  it('metrics-server skips kubelet TLS verification only where asked (Kind)', () => {
    const { app, site } = testSite();
    new MetricsServer(site, 'metrics-server', { chart: CHARTS.metricsServer, kubeletInsecureTls: true });
    const application = findManifest(app, 'Application', 'metrics-server');
    expect(application.spec.destination.namespace).toBe('metrics-server');
    expect(application.spec.sources[0].chart).toBe('metrics-server');
    expect(application.spec.sources[0].targetRevision).toBe('3.13.1');
    expect(application.spec.sources[0].helm.valuesObject.args).toEqual(['--kubelet-insecure-tls']);
    const { app: app2, site: site2 } = testSite();
    new MetricsServer(site2, 'metrics-server', { chart: CHARTS.metricsServer });
    expect(findManifest(app2, 'Application', 'metrics-server').spec.sources[0].helm.valuesObject.args).toEqual([]);
  });

  it('a Kind hub gives metrics-server the flag, another hub does not', () => {
    const args = (cluster: 'kind' | 'external') => {
      const app = new App();
      const hub = new Hub(app, { lab: TEST_LAB, environment: testEnvironment({ cluster }) });
      hub.provide(Capabilities.metricsServer, 'test');
      return findManifest(app, 'Application', 'metrics-server').spec.sources[0].helm.valuesObject.args;
    };
    expect(args('kind')).toEqual(['--kubelet-insecure-tls']);
    expect(args('external')).toEqual([]);
  });

  it('KEDA installs its CRDs and sized deployments; the VPA runs its recommender alone', () => {
    const { app, site } = testSite();
    new Keda(site, 'keda', { chart: CHARTS.keda });
    new VerticalPodAutoscaler(site, 'vpa', { chart: CHARTS.verticalPodAutoscaler });
    const kedaValues = findManifest(app, 'Application', 'keda').spec.sources[0].helm.valuesObject;
    expect(kedaValues.crds).toEqual({ install: true });
    expect(kedaValues.resources.operator).toEqual({ requests: { cpu: '50m', memory: '96Mi' }, limits: { cpu: '500m', memory: '512Mi' } });
    const vpa = findManifest(app, 'Application', 'vertical-pod-autoscaler');
    expect(vpa.spec.destination.namespace).toBe('vpa');
    expect(vpa.spec.sources[0].helm.valuesObject).toMatchObject({
      admissionController: { enabled: false }, updater: { enabled: false }, recommender: { enabled: true, replicas: 1 },
    });
  });

  it('let the hub project allow kube-system for their auth-reader binding, and nothing more', () => {
    const { app, site } = testSite();
    new MetricsServer(site, 'metrics-server', { chart: CHARTS.metricsServer });
    new Keda(site, 'keda', { chart: CHARTS.keda });
    const project = findManifest(app, 'AppProject', 'site');
    expect(project.spec.destinations.map((d: { namespace: string }) => d.namespace)).toEqual(['keda', 'kube-system', 'metrics-server']);
    const { site: s2 } = testSite();
    expect(() => new Application(s2.applications, 'x', { project: s2.project, namespace: 'x', extraNamespaces: ['Kube_System'] }))
      .toThrow('site/Apps/x: extraNamespaces[0] "Kube_System" is invalid: a Kubernetes name must be 1-63 lower-case letters');
  });

  it('refuse bad props', () => {
    const { site } = testSite();
    expect(() => new MetricsServer(site, 'ms', { chart: CHARTS.metricsServer, kubeletInsecureTls: 'yes' as unknown as boolean }))
      .toThrow('site/ms: kubeletInsecureTls "yes" is invalid: true or false');
    const { site: s2 } = testSite();
    expect(() => new Keda(s2, 'keda', { chart: CHARTS.keda, resources: { requests: { cpu: 'much', memory: '1Gi' }, limits: { memory: '1Gi' } } }))
      .toThrow('site/keda: resources.requests.cpu "much" is invalid');
  });
});

describe('autoscalers of the lab\'s own workloads', () => {
  it('an HPA on CPU leaves the replicas to itself and scales as fast as Kubernetes\' defaults', () => {
    const { app, exp } = hpa({ cpuUtilization: 60 });
    const deployment = findManifest(app, 'Deployment', 'web');
    expect(deployment.spec.replicas).toBeUndefined();
    const object = findManifest(app, 'HorizontalPodAutoscaler', 'web');
    expect(object.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' });
    expect(object.spec.minReplicas).toBe(1);
    expect(object.spec.maxReplicas).toBe(5);
    expect(object.spec.metrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } }]);
    expect(object.spec.behavior.scaleUp).toEqual({
      selectPolicy: 'Max', stabilizationWindowSeconds: 0,
      policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }, { type: 'Pods', value: 4, periodSeconds: 15 }],
    });
    expect(object.spec.behavior.scaleDown.stabilizationWindowSeconds).toBe(300);
    expect(exp().requiredCapabilities).toContain(Capabilities.metricsServer);
  });

  it('a KEDA ScaledObject scales on the requests/s the load generator reports for the app', () => {
    const { app, exp } = keda({ pollingIntervalSeconds: 10 });
    expect(findManifest(app, 'Deployment', 'web').spec.replicas).toBeUndefined();
    const object = findManifest(app, 'ScaledObject', 'web');
    expect(object.apiVersion).toBe('keda.sh/v1alpha1');
    expect(object.spec).toEqual({
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      minReplicaCount: 1,
      maxReplicaCount: 4,
      pollingInterval: 10,
      triggers: [{
        type: 'prometheus',
        metadata: {
          serverAddress: 'http://kube-prometheus-stack-prometheus.monitoring.svc.cluster.local:9090',
          query: 'sum(rate(k6_http_reqs_total{experiment="as",variant="scaled",loadgen="load"}[30s])) or vector(0)',
          threshold: '50',
        },
      }],
    });
    expect(exp().requiredCapabilities).toContain(Capabilities.keda);
  });

  it('a VPA only recommends', () => {
    const { app, exp } = experiment((e, target) => new ResourceRecommendation(e, 'vpa', { app: target }));
    const object = findManifest(app, 'VerticalPodAutoscaler', 'web');
    expect(object.spec).toEqual({
      targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, updatePolicy: { updateMode: 'Off' },
    });
    expect(exp().requiredCapabilities).toContain(Capabilities.verticalPodAutoscaler);
  });

  it('validate strictly against the Kubernetes and pinned KEDA and VPA schemas', () => {
    const { app } = experiment((e, target, load) => {
      new CpuAutoscaler(e, 'hpa', { app: target, maxReplicas: 3 });
      new PrometheusScaledObject(e, 'keda', { app: target, metric: requestRate(load), threshold: 10, maxReplicas: 3 });
      new ResourceRecommendation(e, 'vpa', { app: target });
    });
    const objects = manifestsOf(app).map((object, i) => ({ file: `test/${object.kind}`, document: i + 1, object }));
    expect(validateObjects(objects).map(formatIssue)).toEqual([]);
  });

  it('refuse bad replica ranges, targets, thresholds and metrics', () => {
    expect(() => hpa({ minReplicas: 4, maxReplicas: 2 })).toThrow('as/hpa: maxReplicas 2 is invalid: at least minReplicas (4)');
    expect(() => hpa({ maxReplicas: 21 })).toThrow('as/hpa: maxReplicas 21 is invalid');
    expect(() => hpa({ minReplicas: 0 })).toThrow('as/hpa: minReplicas 0 is invalid');
    expect(() => hpa({ cpuUtilization: 150 })).toThrow('as/hpa: cpuUtilization 150 is invalid');
    expect(() => keda({ threshold: 0 })).toThrow('as/keda: threshold 0 is invalid');
    expect(() => keda({ pollingIntervalSeconds: 0 })).toThrow('as/keda: pollingIntervalSeconds 0 is invalid');
    expect(() => keda({ metric: { serverAddress: 'prometheus:9090', query: 'up', description: 'x' } }))
      .toThrow('as/keda: metric "up" is invalid: a PrometheusQuery handle such as requestRate(k6), with an http(s) serverAddress');
  });

  it('must be used inside an experiment', () => {
    const { site } = testSite();
    const target = new HelloApp(site, 'app', { namespace: 'x', replicas: 'autoscaled' });
    expect(() => new CpuAutoscaler(site, 'hpa', { app: target, maxReplicas: 3 })).toThrow('must be created inside an experiment');
  });
});

describe('KEDA on Kafka consumer lag', () => {
  /** A consumer stand-in (any scalable app) of topic `orders` (4 partitions) in experiment `kl`. */
  function lag(props: Partial<KafkaLagScaledObjectProps> = {}) {
    const app = new App();
    new Experiment(app, 'kl', { lab: TEST_LAB, definition: {
      name: 'kl', description: 'test',
      build: (e) => {
        const kafka = new KafkaCluster(e, 'kafka', { namespace: e.namespace() });
        const topic = kafka.addTopic('orders', { partitions: 4 });
        const consumer = new HelloApp(e, 'consumer', { namespace: e.namespace(), appName: 'consumer', replicas: 'autoscaled' });
        new KafkaLagScaledObject(e, 'lag', { app: consumer, topic, consumerGroup: 'orders-reader', lagThreshold: 500, maxReplicas: 4, ...props });
        e.runLoad(new KafkaPerfTest(e, 'perf', { topic, records: 1000 }));
      },
    } });
    return app;
  }

  it('scales a consumer on its group\'s lag, from the topic handle', () => {
    const object = findManifest(lag(), 'ScaledObject', 'consumer');
    expect(object.spec.triggers).toEqual([{
      type: 'kafka',
      metadata: {
        bootstrapServers: 'kafka-kafka-bootstrap.kl.svc.cluster.local:9092',
        consumerGroup: 'orders-reader',
        topic: 'orders',
        lagThreshold: '500',
      },
    }]);
    expect(object.spec.maxReplicaCount).toBe(4);
    const objects = manifestsOf(lag()).filter((m) => m.kind === 'ScaledObject').map((object, i) => ({ file: 'test/ScaledObject', document: i + 1, object }));
    expect(validateObjects(objects).map(formatIssue)).toEqual([]);
  });

  it('refuses more replicas than partitions, bad groups and thresholds', () => {
    expect(() => lag({ maxReplicas: 5 })).toThrow('kl/lag: maxReplicas 5 is invalid: at most the 4 partitions of topic orders: KEDA scales a consumer group no wider');
    expect(() => lag({ consumerGroup: 'my group' })).toThrow('kl/lag: consumerGroup "my group" is invalid: 1-249 letters, digits, ".", "_" or "-"');
    expect(() => lag({ lagThreshold: 0 })).toThrow('kl/lag: lagThreshold 0 is invalid');
    expect(() => lag({ pollingIntervalSeconds: 301 })).toThrow('kl/lag: pollingIntervalSeconds 301 is invalid');
  });
});

describe('experiment autoscaling-response', () => {
  it('needs the autoscaling capabilities, and only a hub that enables it runs them', () => {
    const names = (enable: boolean) => {
      const app = new App();
      const hub = new Hub(app, { lab: TEST_LAB, environment: testEnvironment() });
      const exp = new Experiment(app, 'autoscaling-response', { lab: TEST_LAB, definition: autoscalingResponse });
      if (enable) exp.enableOn(hub);
      return hub.capabilities.filter((c) => !c.neededBy.includes('core')).map((c) => c.capability.name);
    };
    expect(names(true)).toEqual(['k6-operator', 'keda', 'metrics-server', 'vertical-pod-autoscaler']);
    expect(names(false)).toEqual([]);
  });

  it('runs the same ramp against the fixed, hpa-cpu and keda-rps variants in turn', () => {
    const app = new App();
    const exp = new Experiment(app, 'autoscaling-response', { lab: TEST_LAB, definition: autoscalingResponse });
    expect(exp.loadStages.map((stage) => stage.map((l) => `${l.variant}:${l.loadName}`))).toEqual([
      ['fixed:load-fixed', 'fixed:report-fixed'], ['hpa-cpu:load-hpa-cpu', 'hpa-cpu:report-hpa-cpu'], ['keda-rps:load-keda-rps', 'keda-rps:report-keda-rps'],
    ]);
    expect(findManifest(app, 'Deployment', 'fixed').spec.replicas).toBe(6);
    expect(findManifest(app, 'HorizontalPodAutoscaler', 'hpa-cpu').spec.maxReplicas).toBe(6);
    expect(findManifest(app, 'ScaledObject', 'keda-rps').spec.triggers[0].metadata.query)
      .toBe('sum(rate(k6_http_reqs_total{experiment="autoscaling-response",variant="keda-rps",loadgen="load-keda-rps"}[30s])) or vector(0)');
    const script = findManifest(app, 'ConfigMap', 'load-keda-rps-script').data['script.js'];
    expect(script).toContain("executor: 'ramping-arrival-rate'");
  });

  it('puts the ramp\'s p95 into the results document beside the whole run\'s', () => {
    // What ramp.js's handleSummary hands over, cut to the metrics the reader uses.
    const trend = (p95: number) => ({ type: 'trend', contains: 'time', values: { avg: p95 / 2, min: 1, med: p95 / 3, 'p(90)': p95 * 0.9, 'p(95)': p95, 'p(99)': p95 * 1.5, max: p95 * 2 } });
    const { summary } = k6Summary({ metrics: {
      http_reqs: { type: 'counter', contains: 'default', values: { count: 24000, rate: 200 } },
      http_req_duration: trend(80),
      ramp_latency: trend(140),
      errors: { type: 'rate', contains: 'default', values: { rate: 0.01, passes: 240, fails: 23760 } },
    } }, { name: 'load-hpa-cpu' });
    expect(summary.latencyMs.p95).toBe(80);
    expect(summary.byRequest.ramp.latencyMs?.p95).toBe(140);
  });
});
