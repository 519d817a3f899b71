import { DashboardBuilder } from '@grafana/grafana-foundation-sdk/dashboard';
import { describe, expect, it } from 'vitest';
import { TEST_LAB } from './support/lab';
import { ArgoWorkflows } from '../constructs/argo-workflows/argo-workflows';
import { GrafanaDashboard } from '../constructs/grafana/grafana-dashboard';
import { HelmChart } from '../constructs/helm/helm-chart';
import { declareChartMetrics, declareNoMetrics, scrape } from '../constructs/monitoring/metrics-declarations';
import type { MetricsEndpointProps } from '../constructs/monitoring/metrics-endpoint';
import { MonitoringStack, MonitoringStackProps } from '../constructs/monitoring/monitoring-stack';
import { OpenCost } from '../constructs/opencost/opencost';
import { Pyrra } from '../constructs/pyrra/pyrra';
import { RequestSlo, RequestSloProps } from '../constructs/pyrra/request-slo';
import { ArgoArtifactRepository } from '../constructs/seaweedfs/argo-artifact-repository';
import { SeaweedFs, SeaweedFsProps } from '../constructs/seaweedfs/seaweedfs';
import { CHARTS } from '../constructs/catalog/charts';
import { testSite } from './support/constructs';

const STORE = { storeName: 'openbao', kvMount: 'secret' };

function monitoring(props: Partial<MonitoringStackProps> = {}) {
  const { site } = testSite();
  return new MonitoringStack(site, 'kps', { chart: CHARTS.kubePrometheusStack, secretStore: STORE, storageClass: 'standard', ...props });
}

function seaweed(props: Partial<SeaweedFsProps> = {}) {
  const { site } = testSite();
  return new SeaweedFs(site, 's3', { chart: CHARTS.seaweedfs, secretStore: STORE, storageClass: 'standard', ...props });
}

const ENDPOINT: MetricsEndpointProps = {
  job: 'demo', target: 'pod', namespace: 'demo', selector: { 'app.kubernetes.io/name': 'demo' }, port: 'metrics',
};

describe('scrape declarations refuse bad input', () => {
  const declare = (change: Partial<MetricsEndpointProps>) => () => scrape(seaweed(), { ...ENDPOINT, ...change } as MetricsEndpointProps);

  it.each([
    ['a job that is no Kubernetes name', { job: 'Demo_Job' }, 'metrics.job "Demo_Job" is invalid: a Kubernetes name must be 1-63'],
    ['an unknown target', { target: 'node' as never }, 'metrics.target "node" is invalid: must be one of service, pod'],
    ['a bad namespace', { namespace: 'Demo' }, 'metrics.namespace "Demo" is invalid'],
    ['an empty selector', { selector: {} }, 'metrics.selector {} is invalid: at least one label, so that only this component\'s endpoints are scraped'],
    ['a bad selector key', { selector: { 'bad key': 'x' } }, 'metrics.selector.bad key "bad key" is invalid: a label key such as app.kubernetes.io/name'],
    ['a bad selector value', { selector: { app: 'a b' } }, 'metrics.selector.app "a b" is invalid: a label value: up to 63 letters'],
    ['a port number on a Service', { target: 'service' as const, port: 9090 }, 'metrics.port 9090 is invalid: a port name for target "service"'],
    ['a port number out of range', { port: 70000 }, 'metrics.port 70000 is invalid: must be a whole number from 1 to 65535'],
    ['a bad port name', { port: 'http_metrics' }, 'metrics.port "http_metrics" is invalid: a port name (1-15 lower-case letters, digits or "-") or a port number'],
    ['a relative path', { path: 'metrics' }, 'metrics.path "metrics" is invalid: an absolute HTTP path such as /metrics'],
    ['a bad interval', { interval: '30 seconds' }, 'metrics.interval "30 seconds" is invalid: a duration such as 30s'],
    ['an unknown scheme', { scheme: 'ftp' as never }, 'metrics.scheme "ftp" is invalid: must be one of http, https'],
    ['skipping verification over HTTP', { insecureSkipVerify: true }, 'metrics.insecureSkipVerify true is invalid: only with scheme "https"'],
  ])('%s', (_name, change, message) => {
    expect(declare(change)).toThrow(message);
  });

  it('a component that declares metrics and also none', () => {
    const store = seaweed();
    expect(() => declareNoMetrics(store, 'nothing runs here that serves metrics')).toThrow(
      'site/s3: declares metrics and also that it has none; keep one');
  });

  it('a reason too short to say why', () => {
    const store = seaweed();
    expect(() => declareChartMetrics(store, 'chart')).toThrow(
      'site/s3: chart metrics description "chart" is invalid: a sentence on one line saying why (at least 10 characters)');
  });

  it('a job declared by two components', () => {
    const { site } = testSite();
    const stack = new MonitoringStack(site, 'kps', { chart: CHARTS.kubePrometheusStack, secretStore: STORE, storageClass: 'standard' });
    const store = new SeaweedFs(site, 's3', { chart: CHARTS.seaweedfs, secretStore: STORE, storageClass: 'standard' });
    scrape(stack, { ...ENDPOINT, job: 'seaweedfs' });
    expect(() => stack.addScrapeMonitors(site)).toThrow(/site\/s3: metrics job "seaweedfs" is declared twice \(also by site\/kps\); each job name once/);
    void store;
  });
});

describe('the monitoring stack refuses bad input', () => {
  it.each([
    ['a retention Prometheus cannot read', { retention: '3 days' }, 'site/kps: retention "3 days" is invalid: a duration such as 30s, 5m, 1h30m or 7d'],
    ['a retention size without a unit', { retentionSize: '4G' }, 'site/kps: retentionSize "4G" is invalid: a size in Prometheus\' units, such as 512MB, 4GiB or 10GB'],
    ['a volume size that is no quantity', { volumeSize: 'big' }, 'site/kps: volumeSize "big" is invalid: a Kubernetes quantity'],
    ['a retention size the volume cannot hold', { retentionSize: '8GiB', volumeSize: '8Gi' },
      'site/kps: retentionSize "8GiB" is invalid: must be smaller than volumeSize 8Gi, which also holds the write-ahead log'],
    ['a bad storage class', { storageClass: 'Local Path' }, 'site/kps: storageClass "Local Path" is invalid'],
    ['a bad namespace', { namespace: 'Monitoring' }, 'site/kps: namespace "Monitoring" is invalid'],
    ['a bad Prometheus quantity', { prometheusResources: { requests: { cpu: 'lots', memory: '1Gi' }, limits: { memory: '2Gi' } } },
      'site/kps: prometheusResources.requests.cpu "lots" is invalid'],
  ])('%s', (_name, props, message) => {
    expect(() => monitoring(props as Partial<MonitoringStackProps>)).toThrow(message);
  });

  it('a grafana value the pinned grafana chart does not have', () => {
    expect(() => CHARTS.kubePrometheusStack.checkValues('x', { grafana: { servce: { type: 'LoadBalancer' } } })).toThrow(
      /values\.grafana\.servce \{"type":"LoadBalancer"\} is invalid: kube-prometheus-stack@88\.5\.3 has no value "grafana\.servce"/);
    // Keys of the grafana chart itself and keys kps adds are both accepted.
    expect(() => CHARTS.kubePrometheusStack.checkValues('x', {
      grafana: { service: { loadBalancerIP: '10.0.0.1' }, sidecar: { dashboards: { searchNamespace: 'ALL' } }, defaultDashboardsTimezone: 'utc' },
    })).not.toThrow();
  });

  it('a subchart whose defaults are not pinned', () => {
    const chart = new HelmChart({ repoUrl: 'https://example.org/charts', chart: 'kube-prometheus-stack', version: '88.5.3', subchartDefaults: { grafana: 'grafana@0.0.1' } });
    expect(() => chart.checkValues('x', {})).toThrow(
      'x: subchart grafana@0.0.1 of kube-prometheus-stack@88.5.3 has no pinned defaults in imports/helm-values; add them and run npm run import');
  });
});

describe('dashboards refuse bad input', () => {
  const grafana = { dashboardLabel: { key: 'grafana_dashboard', value: '1' } };
  const dashboard = (uid?: string, title = 'T') => {
    const builder = new DashboardBuilder(title);
    return (uid === undefined ? builder : builder.uid(uid)).build();
  };

  it('a dashboard without a uid', () => {
    const { site } = testSite();
    expect(() => new GrafanaDashboard(site.applications, 'D', { grafana, dashboard: dashboard(), namespace: 'monitoring' })).toThrow(
      'site/Apps/D: dashboard.uid (unset) is invalid: a uid of 1-40 letters, digits, "-" or "_", set with DashboardBuilder.uid()');
  });

  it('a uid longer than Grafana allows', () => {
    const { site } = testSite();
    expect(() => new GrafanaDashboard(site.applications, 'D', { grafana, dashboard: dashboard('x'.repeat(41)), namespace: 'monitoring' })).toThrow(
      /dashboard\.uid "x{41}" is invalid: a uid of 1-40 letters/);
  });

  it('a dashboard without a title', () => {
    const { site } = testSite();
    expect(() => new GrafanaDashboard(site.applications, 'D', { grafana, dashboard: dashboard('ok', ''), namespace: 'monitoring' })).toThrow(
      'site/Apps/D: dashboard.title "" is invalid: a title');
  });

  it('a uid that makes no ConfigMap name', () => {
    const { site } = testSite();
    expect(() => new GrafanaDashboard(site.applications, 'D', { grafana, dashboard: dashboard('ok-'), namespace: 'monitoring' })).toThrow(
      'site/Apps/D: dashboard.uid (as a ConfigMap name) "dashboard-ok-" is invalid');
  });

  it('a bad namespace', () => {
    const { site } = testSite();
    expect(() => new GrafanaDashboard(site.applications, 'D', { grafana, dashboard: dashboard('ok'), namespace: 'Mon' })).toThrow(
      'site/Apps/D: namespace "Mon" is invalid');
  });
});

describe('the object store refuses bad input', () => {
  it.each([
    ['no bucket', { buckets: [] }, 'site/s3: buckets [] is invalid: at least one bucket'],
    ['a bucket name S3 refuses', { buckets: ['Results'] }, 'site/s3: buckets[0] "Results" is invalid: an S3 bucket name: 3-63 lower-case letters, digits, "-" or "."'],
    ['a bucket twice', { buckets: ['results', 'results'] }, 'site/s3: buckets[1] "results" is invalid: each bucket once'],
    ['a size that is no quantity', { size: 'ten gigs' }, 'site/s3: size "ten gigs" is invalid: a Kubernetes quantity'],
    ['a bad storage class', { storageClass: 'Local' }, 'site/s3: storageClass "Local" is invalid'],
    ['a bad namespace', { namespace: 'S3' }, 'site/s3: namespace "S3" is invalid'],
  ])('%s', (_name, props, message) => {
    expect(() => seaweed(props as Partial<SeaweedFsProps>)).toThrow(message);
  });

  it('a bucket the store does not create', () => {
    expect(() => seaweed().bucket('logs')).toThrow('site/s3: bucket "logs" is invalid: a bucket the store creates: results, artifacts');
  });

  it('credentials for a bad namespace, or twice for one namespace', () => {
    const store = seaweed();
    expect(() => store.credentialsFor(store.objects, 'Bad')).toThrow('site/s3: credentials namespace "Bad" is invalid');
    store.credentialsFor(store.objects, 'results');
    expect(() => store.credentialsFor(store.objects, 'results')).toThrow(
      'site/s3: credentials namespace "results" is invalid: one credentials Secret per namespace; reuse the first');
  });

  it('an artifact repository key that is no name', () => {
    const { site } = testSite();
    const store = new SeaweedFs(site, 's3', { chart: CHARTS.seaweedfs, secretStore: STORE, storageClass: 'standard' });
    const argo = new ArgoWorkflows(site, 'argo', { chart: CHARTS.argoWorkflows, runner: TEST_LAB.runner });
    expect(() => new ArgoArtifactRepository(site, 'artifacts', { argoWorkflows: argo, bucket: store.bucket('artifacts'), key: 'Default V1' })).toThrow(
      'site/artifacts: key "Default V1" is invalid');
  });
});

describe('cost and objectives refuse bad input', () => {
  it('an OpenCost cluster id that is no name', () => {
    const stack = monitoring();
    expect(() => new OpenCost(stack.site, 'opencost', { chart: CHARTS.opencost, monitoring: stack, clusterId: 'Kind Lab' })).toThrow(
      'site/opencost: clusterId "Kind Lab" is invalid');
  });

  it('two objectives of one name', () => {
    const stack = monitoring();
    const pyrra = new Pyrra(stack.site, 'pyrra', { chart: CHARTS.pyrra, monitoring: stack });
    const objective = { name: 'grafana', description: 'Grafana answers.', target: 99, source: stack.grafanaMetrics,
      metric: 'grafana_http_request_duration_seconds_count', errors: { label: 'status_code', matches: '5..' } };
    pyrra.addObjective('A', objective);
    expect(() => pyrra.addObjective('B', objective)).toThrow('site/pyrra: objectives.B.name "grafana" is invalid: each objective name once');
  });

  const GOOD_SLO: RequestSloProps = {
    name: 'api', namespace: 'pyrra', description: 'The API answers.', target: 99, source: { job: 'api' },
    metric: 'grpc_server_handled_total', errors: { label: 'grpc_code', matches: 'Internal' },
  };
  it.each([
    ['a name that is no Kubernetes name', { name: 'API' }, 'name "API" is invalid'],
    ['an empty description', { description: ' ' }, 'description " " is invalid: a sentence saying what the objective promises'],
    ['a target of 100 %', { target: 100 }, 'target 100 is invalid: must be a number from 50 to 99.999'],
    ['a window Prometheus cannot read', { window: '4 weeks' }, 'window "4 weeks" is invalid: a duration such as 30s, 5m, 1h30m or 7d'],
    ['a metric that is no counter', { metric: 'grpc_server_handling_seconds' }, 'metric "grpc_server_handling_seconds" is invalid: a counter\'s name, ending in _total or _count'],
    ['a bad errors label', { errors: { label: 'grpc-code', matches: 'x' } }, 'errors.label "grpc-code" is invalid: a Prometheus label name such as grpc_code'],
    ['an errors pattern with a quote', { errors: { label: 'code', matches: '5"' } }, 'errors.matches "5\\"" is invalid: a regular expression without quotes or backslashes'],
    ['a matcher on job', { matchers: { job: 'x' } }, 'matchers.job "x" is invalid: a Prometheus label other than job and the errors label'],
    ['a matcher value with a backslash', { matchers: { grpc_type: 'a\\b' } }, 'matchers.grpc_type "a\\\\b" is invalid: a value without quotes or backslashes'],
  ])('%s', (_name, change, message) => {
    const { site } = testSite();
    expect(() => new RequestSlo(site.applications, 'Slo', { ...GOOD_SLO, ...change } as RequestSloProps)).toThrow(`site/Apps/Slo: ${message}`);
  });
});
