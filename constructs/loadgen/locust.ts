import { declareNoMetrics } from '../monitoring/metrics-declarations';
import { serviceHost } from '../core/service-host';
import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { WorkflowTemplateSpecTemplates } from '../../imports/argo-workflowtemplate-argoproj.io';
import { Component, ComponentProps } from '../argocd/component';
import { checkInteger, checkPinnedImage } from '../core/validation';
import { recordWiring } from '../core/wiring';
import { Experiment } from '../experiment/experiment';
import type { ILoadGenerator, LoadSteps, RunContext } from '../experiment/load-generator';
import type { PlainTextIngress } from '../istio/plain-text-ingress';
import { curlScriptStep } from '../experiment/steps';
import { toContainerResources } from '../k8s/kplus-resources';
import type { Resources } from '../k8s/resources';
import { HttpTarget, serviceUrl } from './http-target';
import { LOADGEN_IMAGES } from './images';
import { checkRequestMix, CheckedMix, RequestMix } from './request-mix';
import { restrictedContainer } from '../k8s/security';

export interface LocustTestProps extends ComponentProps {
  /** What the load is sent to: an app's typed handle. */
  readonly target: HttpTarget;
  /** The request mix the locustfile is built from. */
  readonly scenario: RequestMix;
  /**
   * The part's name: its folder, Application suffix, object and workflow template prefix.
   * @default - the construct id
   */
  readonly name?: string;
  /**
   * Namespace of the master and workers.
   * @default - the target's namespace
   */
  readonly namespace?: string;
  /**
   * The variant the load measures, when the experiment compares several.
   * @default - the experiment's name
   */
  readonly variant?: string;
  /**
   * Worker pods; the users of a run are spread over them.
   * @default 2
   */
  readonly workers?: number;
  /**
   * Requests and limits of the master (web UI, statistics).
   * @default 100m/128Mi requested, 500m/256Mi limit
   */
  readonly masterResources?: Resources;
  /**
   * Requests and limits of each worker.
   * @default 100m/128Mi requested, 1 CPU/512Mi limit
   */
  readonly workerResources?: Resources;
  /**
   * The Locust image.
   * @default LOADGEN_IMAGES.locust
   */
  readonly image?: string;
}

const WEB_PORT = 8089;
const MASTER_PORT = 5557;
const LOCUSTFILE_DIR = '/mnt/locust';
/** Any unprivileged UID; Python only needs a writable /tmp, which is an emptyDir. */
const LOCUST_USER = 65532;

/**
 * Locust with a master (web UI and statistics) and workers as Deployments, a locustfile built
 * from a typed request mix, and a Service for the web UI and the workers. Master and workers idle
 * between runs; a workflow run resets the statistics, starts a swarm of the run's users through
 * the web API, stops it after the run's duration, checks the aggregated p95 and failure ratio
 * against the thresholds and prints the statistics as CSV. Locust sets no request rate: its users
 * think between requests (the run's `rate` is not used).
 */
export class LocustTest extends Component implements ILoadGenerator {
  public readonly loadName: string;
  public readonly takesRunParameters = true;
  public readonly variant: string;
  public readonly measuredNamespaces: readonly string[];
  public readonly summaryFormat = 'locust';
  public readonly target: HttpTarget;
  public readonly workers: number;
  /** The web UI and API, inside the cluster. */
  public readonly webUrl: string;
  public readonly master: kplus.Deployment;
  public readonly workerDeployment: kplus.Deployment;
  public readonly service: kplus.Service;
  /** The workflow's steps call the master's web API from the runner's namespace, outside the mesh. */
  public readonly plainTextIngress: readonly PlainTextIngress[];

  public constructor(scope: Construct, id: string, props: LocustTestProps) {
    // A load generator belongs to an experiment's workflow.
    const experiment = Experiment.of(scope);
    super(scope, id, props, { name: props.name ?? id, namespace: props.namespace ?? props.target.namespace });
    const where = this.node.path;
    const name = this.componentName;
    const namespace = this.namespace;
    const workers = checkInteger(where, 'workers', props.workers ?? 2, 1, 50);
    const image = checkPinnedImage(where, 'image', props.image ?? LOADGEN_IMAGES.locust);
    const masterResources = toContainerResources(where, 'masterResources', props.masterResources ?? {
      requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' },
    });
    const workerResources = toContainerResources(where, 'workerResources', props.workerResources ?? {
      requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' },
    });
    const locustfile = renderLocustfile(checkRequestMix(where, 'scenario', props.scenario, props.target));
    const variant = experiment.variantName(where, 'variant', props.variant);
    this.loadName = name;
    this.variant = variant;
    this.measuredNamespaces = [...new Set([namespace, props.target.namespace])].sort();
    this.target = props.target;
    this.workers = workers;
    this.webUrl = serviceUrl(name, namespace, WEB_PORT);
    recordWiring(this, props.target.owner, 'load');
    declareNoMetrics(this, 'Locust serves its statistics as CSV through its web API, which the workflow reads after the run; it has no Prometheus endpoint.');

    const configMap = new kplus.ConfigMap(this.objects, 'Locustfile', {
      metadata: { name: `${name}-locustfile`, namespace },
      data: { 'locustfile.py': locustfile },
    });
    const pod = (role: 'master' | 'worker', args: string[], resources: kplus.ContainerResources, ports: kplus.ContainerPort[]) => {
      const deployment = new kplus.Deployment(this.objects, role, {
        metadata: { name: `${name}-${role}`, namespace },
        replicas: role === 'master' ? 1 : workers,
        securityContext: { ensureNonRoot: true, user: LOCUST_USER, group: LOCUST_USER },
      });
      const files = kplus.Volume.fromConfigMap(this.objects, `${role}-locustfile`, configMap);
      const tmp = kplus.Volume.fromEmptyDir(this.objects, `${role}-tmp`, 'tmp');
      deployment.addContainer({
        name: 'locust',
        image,
        args: ['--locustfile', `${LOCUSTFILE_DIR}/locustfile.py`, ...args],
        ports,
        resources,
        envVariables: { HOME: kplus.EnvValue.fromValue('/tmp') },
        securityContext: restrictedContainer(LOCUST_USER),
        volumeMounts: [{ path: LOCUSTFILE_DIR, volume: files }, { path: '/tmp', volume: tmp }],
        ...(role === 'master' ? { readiness: kplus.Probe.fromHttpGet('/', { port: WEB_PORT }) } : {}),
      });
      return deployment;
    };
    this.master = pod('master', ['--master', '--host', props.target.url, '--web-port', String(WEB_PORT)], masterResources, [
      { name: 'web', number: WEB_PORT }, { name: 'master', number: MASTER_PORT },
    ]);
    this.service = new kplus.Service(this.objects, 'Service', {
      metadata: { name, namespace },
      selector: this.master,
      ports: [{ name: 'web', port: WEB_PORT }, { name: 'master', port: MASTER_PORT }],
    });
    this.plainTextIngress = [{ name: `${name}-web`, podSelector: this.master.matchLabels, port: WEB_PORT }];
    this.workerDeployment = pod('worker', ['--worker', '--master-host', serviceHost(name, namespace), '--master-port', String(MASTER_PORT)], workerResources, []);
  }

  public loadSteps(run: RunContext): LoadSteps {
    const env = { WEB: this.webUrl };
    const wait: Omit<WorkflowTemplateSpecTemplates, 'name'> = { suspend: { duration: run.parameters.duration } };
    return {
      run: [
        {
          name: 'start',
          template: curlScriptStep([
            'set -eu',
            // Each run's statistics are its own.
            'curl -fsS "$WEB/stats/reset"',
            'curl -fsS -X POST "$WEB/swarm" --data-urlencode "user_count=$USERS" --data-urlencode "spawn_rate=$USERS" --data-urlencode "host=$HOST"',
          ].join('\n'), { ...env, USERS: run.parameters.users, HOST: this.target.url }),
        },
        { name: 'wait', template: wait },
        { name: 'stop', template: curlScriptStep('curl -fsS "$WEB/stop"', env) },
      ],
      check: curlScriptStep(THRESHOLD_CHECK, { ...env, P95_MS: run.parameters.p95LatencyMs, ERROR_RATE: run.parameters.errorRate }),
      summary: curlScriptStep('curl -fsS "$WEB/stats/requests/csv"', env),
      // A run that ended early (failed or stopped) must not leave its users running.
      cleanup: curlScriptStep('curl -fsS "$WEB/stop"', env),
    };
  }
}

/** Fails unless the aggregated row of Locust's CSV statistics is within the thresholds. */
const THRESHOLD_CHECK = [
  'set -eu',
  'curl -fsS "$WEB/stats/requests/csv" > /tmp/stats.csv',
  'awk -F, -v p95max="$P95_MS" -v errmax="$ERROR_RATE" \'',
  '  NR == 1 { for (i = 1; i <= NF; i++) { gsub(/"/, "", $i); col[$i] = i } next }',
  '  { gsub(/"/, "") }',
  '  $col["Name"] == "Aggregated" {',
  '    n = $col["Request Count"]; f = $col["Failure Count"]; p = $col["95%"]',
  '    ratio = n > 0 ? f / n : 1',
  '    printf "requests %d, failed %.4f (limit %s), p95 %s ms (limit %s)\\n", n, ratio, errmax, p, p95max',
  '    if (n > 0 && ratio < errmax + 0 && p + 0 < p95max + 0) passed = 1',
  '  }',
  '  END { exit passed ? 0 : 1 }',
  '\' /tmp/stats.csv',
].join('\n');

/** The locustfile of a checked mix: one task per request, weighted as the mix says. */
function renderLocustfile(mix: CheckedMix): string {
  const tasks = mix.requests.flatMap((r) => {
    const body = r.body === undefined ? '' : `, data=${JSON.stringify(JSON.stringify(r.body))}, headers=JSON_HEADERS`;
    return [
      '',
      `    @task(${r.weight})`,
      `    def request_${r.name}(self):`,
      `        with self.client.request(${JSON.stringify(r.method)}, ${JSON.stringify(r.endpoint.path)}, name=${JSON.stringify(r.name)}${body}, catch_response=True) as response:`,
      `            if response.status_code != ${r.expectStatus}:`,
      `                response.failure(f"status {response.status_code}, expected ${r.expectStatus}")`,
      '            else:',
      '                response.success()',
    ];
  });
  return [
    '# Built by the lab from a typed request mix (constructs/loadgen/locust.ts): change the',
    "# experiment's definition, not this text.",
    'from locust import HttpUser, between, task',
    '',
    'JSON_HEADERS = {"Content-Type": "application/json"}',
    '',
    '',
    'class LabUser(HttpUser):',
    `    wait_time = between(${mix.thinkTimeSeconds.min}, ${mix.thinkTimeSeconds.max})`,
    ...tasks,
    '',
  ].join('\n');
}
