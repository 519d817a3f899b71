import { declarePushedMetrics } from '../monitoring/metrics-declarations';
import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import {
  TestRun,
  TestRunSpecInitializerResourcesLimits,
  TestRunSpecInitializerResourcesRequests,
  TestRunSpecRunnerResourcesLimits,
  TestRunSpecRunnerResourcesRequests,
  TestRunSpecStarterResourcesLimits,
  TestRunSpecStarterResourcesRequests,
} from '../../imports/k6-testrun-k6.io';
import { WorkflowTemplateSpecTemplatesResourceAction } from '../../imports/argo-workflowtemplate-argoproj.io';
import { toYaml } from '../core/yaml';
import { Component, ComponentProps } from '../argocd/component';
import { ValidationError } from '../core/errors';
import { checkInteger, checkPinnedImage } from '../core/validation';
import { recordWiring } from '../core/wiring';
import { Capabilities } from '../catalog/capabilities';
import { Experiment } from '../experiment/experiment';
import { ILoadGenerator, LoadSteps, RUN_ID_EXTRA, RunContext } from '../experiment/load-generator';
import { NATIVE_SIDECAR_ANNOTATION } from '../istio/mesh-namespace';
import type { Measurement } from '../results/run-plan';
import type { PlainTextIngress } from '../istio/plain-text-ingress';
import { kubectlStep, STEP_IMAGES, STEP_RESOURCES } from '../experiment/steps';
import type { PodMetadata } from '../k8s/pod-metadata';
import { bindingResources, checkResources, Resources } from '../k8s/resources';
import type { HttpTarget } from './http-target';
import { LOADGEN_IMAGES } from './images';
import { K6_RUN_TAGS } from './k6-tags';
import type { K6Script } from './k6-script';
import { LAB_LABELS } from '../core/labels';
import { settingInput } from '../results/run-settings';

export interface K6TestProps extends ComponentProps {
  /** What the load is sent to: an app's typed handle. */
  readonly target: HttpTarget;
  /** The script: a file of the experiment's folder or a typed request mix. */
  readonly script: K6Script;
  /**
   * The part's name: its folder, Application suffix and workflow template prefix.
   * @default - the construct id
   */
  readonly name?: string;
  /**
   * Namespace of the script, the run's pods and the runner's rights.
   * @default - the target's namespace (a meshed target gets load from inside its mesh)
   */
  readonly namespace?: string;
  /**
   * The variant the load measures, when the experiment compares several (`plain`, `meshed`).
   * @default - the experiment's name
   */
  readonly variant?: string;
  /**
   * Runner pods that share the load.
   * @default 1
   */
  readonly parallelism?: number;
  /**
   * Requests and limits of each runner (and of the initializer).
   * @default 100m/128Mi requested, 1 CPU/512Mi limit
   */
  readonly resources?: Resources;
  /**
   * The k6 image.
   * @default LOADGEN_IMAGES.k6
   */
  readonly image?: string;
  /**
   * Labels and annotations of every pod of a run (mesh enrollment, for example).
   * @default - none
   */
  readonly podMetadata?: PodMetadata;
  /**
   * Figures of its variant read from Prometheus when its load ends (a mesh's data-plane CPU);
   * the workflow checks them.
   * @default - none
   */
  readonly measurements?: readonly Measurement[];
}

/**
 * Labels k6-operator 1.6.0 (the app of chart 4.6.0) puts on every runner pod, whatever the
 * TestRun: `app: k6` from newLabels and `runner: "true"` (pkg/resources/jobs/helpers.go, runner.go).
 */
export const K6_RUNNER_POD_LABELS: Readonly<Record<string, string>> = { app: 'k6', runner: 'true' };
/**
 * k6's REST API on each runner (`--address=0.0.0.0:6565`). The operator, which runs outside the
 * mesh, polls `http://<runner service>:6565/v1/status` before it starts a run and while it waits
 * for the runners to stop (internal/controller/k6_start.go, k6_stopped_jobs.go, 1.6.0).
 */
export const K6_API_PORT = 6565;
/**
 * k6's Prometheus remote-write output (experimental in k6 1.3, named `experimental-prometheus-rw`),
 * chosen through `K6_OUT` on the runners only: the initializer runs `k6 archive` with the same
 * arguments, which has no `--out`.
 */
const K6_REMOTE_WRITE_OUTPUT = 'experimental-prometheus-rw';
/**
 * Trend statistics k6 writes as gauges (`k6_<trend>_p95`, ...; the default is `p(99)` alone):
 * what the experiment dashboards plot.
 */
export const K6_REMOTE_WRITE_TREND_STATS = ['p(50)', 'p(90)', 'p(95)', 'p(99)'] as const;

/** The UID of the k6 images' own user. */
const K6_USER = 12345;
/** A TestRun's longest Job name adds this to the TestRun's name. */
const JOB_SUFFIX = '-initializer';

/**
 * A k6 load test run through the k6-operator. The part's folder holds the script (a ConfigMap) and
 * the runner's rights in its namespace; each workflow run creates its own TestRun
 * (`<workflow>-<name>`, typed by the k6.io binding) and deletes it on exit. The TestRun is not kept
 * in Git: ArgoCD would start it on every sync and recreate it after each cleanup.
 *
 * @example
 * const k6 = new K6Test(exp, 'loadgen', { target: hello.http, script: K6Script.fromFile('experiments/x/load.js') });
 * exp.runLoad(k6);
 */
export class K6Test extends Component implements ILoadGenerator {
  public readonly loadName: string;
  public readonly takesRunParameters = true;
  public readonly variant: string;
  public readonly measurements?: readonly Measurement[];
  public readonly measuredNamespaces: readonly string[];
  public readonly summaryFormat = 'k6';
  public readonly target: HttpTarget;
  /** The ConfigMap holding the script. */
  public readonly scriptConfigMap: kplus.ConfigMap;
  public readonly parallelism: number;
  public readonly image: string;
  /** The operator's polls of the runners' API, from outside the mesh. */
  public readonly plainTextIngress: readonly PlainTextIngress[] = [
    { name: 'k6-runner-api', podSelector: K6_RUNNER_POD_LABELS, port: K6_API_PORT },
  ];
  private readonly resources: Resources;
  private readonly podMetadata: PodMetadata;

  public constructor(scope: Construct, id: string, props: K6TestProps) {
    // A load generator belongs to an experiment's workflow.
    const experiment = Experiment.of(scope);
    super(scope, id, props, { name: props.name ?? id, namespace: props.namespace ?? props.target.namespace });
    const where = this.node.path;
    const name = this.componentName;
    const budget = 63 - JOB_SUFFIX.length - RUN_ID_EXTRA - 1 - experiment.experimentName.length;
    if (name.length > budget) {
      throw new ValidationError(where, 'name', name,
        `at most ${budget} characters in experiment ${experiment.experimentName}: a run's Job names (<workflow>-${name}${JOB_SUFFIX}) must stay within 63`);
    }
    const namespace = this.namespace;
    const parallelism = checkInteger(where, 'parallelism', props.parallelism ?? 1, 1, 50);
    const image = checkPinnedImage(where, 'image', props.image ?? LOADGEN_IMAGES.k6);
    const resources = checkResources(where, 'resources', props.resources ?? {
      requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' },
    });
    const script = props.script.render(where, 'script', props.target);
    const variant = experiment.variantName(where, 'variant', props.variant);

    this.loadName = name;
    this.variant = variant;
    if (props.measurements !== undefined) this.measurements = [...props.measurements];
    this.measuredNamespaces = [...new Set([namespace, props.target.namespace])].sort();
    this.target = props.target;
    this.parallelism = parallelism;
    this.image = image;
    this.resources = resources;
    // In a meshed namespace every pod gets a sidecar; as a native sidecar it ends with the pod,
    // so the run's Jobs complete (the classic one would keep them running).
    const meshed: Record<string, string> = experiment.namespaceSet.isMeshed(namespace) ? { [NATIVE_SIDECAR_ANNOTATION]: 'true' } : {};
    this.podMetadata = {
      labels: props.podMetadata?.labels,
      annotations: { ...meshed, ...props.podMetadata?.annotations },
    };
    experiment.require(Capabilities.k6Operator);
    recordWiring(this, props.target.owner, 'load');
    // Runners live for one run: they push to the hub's Prometheus instead of waiting to be scraped (ADR 0091).
    declarePushedMetrics(this, 'k6 runners remote-write their metrics to the hub\'s Prometheus, tagged with experiment, variant and load generator.');

    this.scriptConfigMap = new kplus.ConfigMap(this.objects, 'Script', {
      metadata: { name: `${name}-script`, namespace },
      data: { 'script.js': script },
    });
    experiment.grantRunner(this, name, [
      // The run's own TestRun: created, watched until finished, deleted on exit.
      { apiGroup: 'k6.io', resource: 'testruns', verbs: ['create', 'get', 'list', 'watch', 'delete'] },
      // The verdict: did every runner Job complete (k6 exits non-zero when a threshold fails)?
      { apiGroup: 'batch', resource: 'jobs', verbs: ['get', 'list', 'watch'] },
      // The summary: the runners' logs.
      { apiGroup: '', resource: 'pods', verbs: ['get', 'list'] },
      { apiGroup: '', resource: 'pods/log', verbs: ['get'] },
    ]);
  }

  /** The TestRun a run creates, as the k6.io binding renders it. */
  public testRun(run: RunContext): Record<string, unknown> {
    const annotations = this.podMetadata.annotations ?? {};
    const metadata = {
      labels: { ...run.runLabels, ...this.podMetadata.labels },
      ...(Object.keys(annotations).length ? { annotations: { ...annotations } } : {}),
    };
    const podSecurity = {
      runAsNonRoot: true, runAsUser: K6_USER, runAsGroup: K6_USER, seccompProfile: { type: 'RuntimeDefault' },
    };
    const containerSecurity = { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } };
    const env = {
      TARGET_URL: this.target.url,
      USERS: run.parameters.users,
      DURATION: run.parameters.duration,
      RATE: run.parameters.rate,
      P95_MS: run.parameters.p95LatencyMs,
      ERROR_RATE: run.parameters.errorRate,
      // Live metrics for the experiment's dashboard, into the hub's Prometheus.
      K6_OUT: K6_REMOTE_WRITE_OUTPUT,
      K6_PROMETHEUS_RW_SERVER_URL: settingInput('remoteWriteUrl').expression,
      K6_PROMETHEUS_RW_TREND_STATS: K6_REMOTE_WRITE_TREND_STATS.join(','),
      // Series end with the run instead of lingering for five minutes in the graphs.
      K6_PROMETHEUS_RW_STALE_MARKERS: 'true',
    };
    const tags = {
      [K6_RUN_TAGS.run]: run.runId,
      [K6_RUN_TAGS.experiment]: run.experiment,
      [K6_RUN_TAGS.variant]: this.variant,
      [K6_RUN_TAGS.loadGenerator]: this.loadName,
    };
    return TestRun.manifest({
      metadata: { name: this.testRunName(run), namespace: this.namespace, labels: { ...run.runLabels } },
      spec: {
        parallelism: this.parallelism,
        // Tags are options `k6 archive` (the initializer) and `k6 run` both take.
        arguments: Object.entries(tags).map(([k, v]) => `--tag ${k}=${v}`).join(' '),
        script: { configMap: { name: this.scriptConfigMap.name, file: 'script.js' } },
        // Meshed runs use native sidecars, which end with the pod; scuttle would need its own image.
        scuttle: { enabled: 'false' },
        initializer: {
          image: this.image, metadata,
          resources: bindingResources(this.resources, TestRunSpecInitializerResourcesLimits, TestRunSpecInitializerResourcesRequests),
          securityContext: podSecurity, containerSecurityContext: containerSecurity,
        },
        // The starter only calls the runners' API; without an image it would pull an unpinned one.
        starter: {
          image: STEP_IMAGES.curl, metadata,
          resources: bindingResources(STEP_RESOURCES, TestRunSpecStarterResourcesLimits, TestRunSpecStarterResourcesRequests),
          securityContext: podSecurity, containerSecurityContext: containerSecurity,
        },
        runner: {
          image: this.image, metadata,
          env: Object.entries(env).map(([name, value]) => ({ name, value })),
          resources: bindingResources(this.resources, TestRunSpecRunnerResourcesLimits, TestRunSpecRunnerResourcesRequests),
          securityContext: podSecurity, containerSecurityContext: containerSecurity,
        },
      },
    });
  }

  public loadSteps(run: RunContext): LoadSteps {
    const testRun = this.testRunName(run);
    const runners = `k6_cr=${testRun},runner=true`;
    return {
      run: [{
        name: 'run',
        template: {
          // The hub's remote-write URL, read from its run settings when the step starts.
          inputs: { parameters: [settingInput('remoteWriteUrl').parameter] },
          resource: {
            action: WorkflowTemplateSpecTemplatesResourceAction.CREATE,
            manifest: toYaml(this.testRun(run)),
            successCondition: 'status.stage == finished',
            failureCondition: 'status.stage == error',
          },
          timeout: run.parameters.loadTimeout,
        },
      }],
      // "finished" says the runners stopped, not that they passed: k6 fails its Job when a threshold fails.
      check: kubectlStep('wait', '--namespace', this.namespace, '--for=condition=Complete', 'jobs', '--selector', runners, '--timeout=60s'),
      summary: kubectlStep('logs', '--namespace', this.namespace, '--selector', runners, '--container', 'k6',
        '--tail=-1', '--prefix', `--max-log-requests=${this.parallelism + 1}`),
      // Every run of the experiment, so a run whose exit handler never ran is removed too.
      cleanup: kubectlStep('delete', 'testruns.k6.io', '--namespace', this.namespace,
        '--selector', `${LAB_LABELS.experiment}=${run.experiment}`, '--ignore-not-found', '--timeout=5m'),
    };
  }

  private testRunName(run: RunContext): string {
    return `${run.runId}-${this.loadName}`;
  }
}
