import {
  WorkflowTemplate,
  WorkflowTemplateSpecArgumentsParameters,
  WorkflowTemplateSpecTemplates,
  WorkflowTemplateSpecTemplatesSteps,
} from '../../imports/argo-workflowtemplate-argoproj.io';
import * as kplus from 'cdk8s-plus-30';
import type { Construct } from 'constructs';
import type { WorkflowRunner } from '../argo-workflows/runner';
import { Application } from '../argocd/application';
import { Component, ComponentProps } from '../argocd/component';
import { ValidationError } from '../core/errors';
import type { ILoadGenerator, LoadSteps, RunContext, StepTemplate, WorkflowParameter } from './load-generator';
import { durationSeconds, RunParameters } from './parameters';
import { containerStep, grantRunner, STEP_IMAGES, STEP_USER, waitForApplications } from './steps';
import { LAB_LABELS } from '../core/labels';
import { ARGOCD_NAMESPACE } from '../argocd/constants';
import { readProjectFile } from '../core/project-files';
import { experimentDashboard } from '../grafana/experiment-dashboard';
import { GrafanaDashboard } from '../grafana/grafana-dashboard';
import { KPS_GRAFANA } from '../grafana/sidecar';
import { declareNoMetrics } from '../monitoring/metrics-declarations';
import type { Resources } from '../k8s/resources';
import { K6_RUN_TAGS } from '../loadgen/k6-tags';
import type { Measurement, PlannedGenerator, RunPlan } from '../results/run-plan';
import { checkMeasurement } from '../results/measurements';
import { settingEnv, settingInput } from '../results/run-settings';

/** The experiment model a workflow is generated from. */
export interface ExperimentWorkflowProps extends ComponentProps {
  /** The experiment's name: the template's name and the runs' labels. */
  readonly experimentName: string;
  /** What the experiment measures, one sentence (its dashboard's description). */
  readonly description: string;
  /** Run parameters with defaults applied. */
  readonly parameters: RunParameters;
  /** Stages of load, in order; the generators of one stage run together. */
  readonly stages: readonly (readonly ILoadGenerator[])[];
  /** How long a run waits for the experiment's Applications to be synced and healthy. */
  readonly readyTimeout: string;
  /** Who runs the workflow: its namespace and service account. */
  readonly runner: WorkflowRunner;
}

/** Start-up room a load step gets beyond the run's duration: image pulls, k6's initializer, JVMs. */
const LOAD_START_SECONDS = 600;

/** The results step's program, bundled from constructs/results/collect (`npm run bundle:results`); relative to the project root. */
const RESULTS_PROGRAM = 'constructs/results/collect/collect.bundle.js';
/** Where the results step finds its program and plan, and writes the document. */
const RESULTS_STEP_DIR = '/opt/results';
const RESULTS_FILE = '/tmp/results/results.json';
const RESULTS_VOLUME = 'results-step';
/** Node and one document: a little more memory than the kubectl steps. */
const RESULTS_STEP_RESOURCES: Resources = {
  requests: { cpu: '20m', memory: '64Mi' },
  limits: { cpu: '500m', memory: '256Mi' },
};

let program: string | undefined;
/** The bundled program, read once per process. */
function resultsProgram(): string {
  program ??= readProjectFile(RESULTS_PROGRAM);
  return program;
}

/**
 * The experiment's `workflow` part: an Argo WorkflowTemplate named after the experiment, in the
 * runner's namespace, generated from the model. A run waits until every Application of the
 * experiment is synced and healthy, runs the stages of load one after another (the generators of a
 * stage together), checks thresholds, and on exit (always) prints each generator's summary, removes
 * what the run created and reports the outcome.
 */
export class ExperimentWorkflow extends Component {
  /** The WorkflowTemplate's name: `argo submit --from workflowtemplate/<templateName>`. */
  public readonly templateName: string;
  public readonly runner: WorkflowRunner;
  /** The workflow's parameters, with the experiment's defaults. */
  public readonly parameters: readonly WorkflowParameter[];
  /** The Applications the workflow waits for, by name. */
  public readonly awaitedApplications: readonly string[];
  /** What the results step is told at synth: variants, their generators and namespaces. */
  public readonly runPlan: RunPlan;
  /** The ConfigMap holding the results step's program (`collect.js`) and plan (`plan.json`). */
  public readonly resultsConfigMap: kplus.ConfigMap;
  /** The experiment's live dashboard. */
  public readonly dashboard: GrafanaDashboard;

  public constructor(scope: Construct, id: string, props: ExperimentWorkflowProps) {
    const runner = props.runner;
    super(scope, id, props, { name: 'workflow', namespace: runner.namespace });
    this.runner = runner;
    this.templateName = props.experimentName;
    const experiment = { ...props, loadGenerators: props.stages.flat() };

    const p = experiment.parameters;
    // Parameters a run could change without effect would mislead: offer them only when used.
    const runParameters = experiment.loadGenerators.some((g) => g.takesRunParameters);
    // A generator's own parameters carry its name, so two generators never share one.
    const ownParameters = experiment.loadGenerators.flatMap((g) => (g.ownParameters ?? []).map((x) => ({ ...x, name: `${g.loadName}-${x.name}` })));
    this.parameters = [
      ...(runParameters ? [
        { name: 'users', value: String(p.users), description: 'concurrent virtual users' },
        { name: 'duration', value: p.duration, description: 'how long the load runs, such as 30s, 5m or 1h30m' },
        { name: 'rate', value: String(p.rate), description: 'requests per second to aim at; 0 lets the users go as fast as they can' },
        { name: 'p95-ms', value: String(p.thresholds.p95LatencyMs), description: 'passes only if the 95th percentile latency stays below this many milliseconds' },
        { name: 'error-rate', value: String(p.thresholds.errorRate), description: 'passes only if the share of failed requests stays below this fraction' },
      ] : []),
      ...ownParameters,
      {
        name: 'load-timeout',
        value: `${Math.ceil(durationSeconds(p.duration)) + LOAD_START_SECONDS}s`,
        description: 'how long one stage of load may take; raise it with duration',
      },
    ];
    const seen = new Set<string>();
    for (const { name } of this.parameters) {
      if (seen.has(name)) throw new ValidationError(this.node.path, 'parameters', name, 'each workflow parameter name once; rename the load generator');
      seen.add(name);
    }
    const param = (name: string) => `{{workflow.parameters.${name}}}`;
    const run: RunContext = {
      experiment: experiment.experimentName,
      runId: '{{workflow.name}}',
      runLabels: {
        [LAB_LABELS.managedBy]: 'argo-workflows',
        [LAB_LABELS.experiment]: experiment.experimentName,
        [LAB_LABELS.run]: '{{workflow.name}}',
      },
      parameters: {
        users: param('users'),
        duration: param('duration'),
        rate: param('rate'),
        p95LatencyMs: param('p95-ms'),
        errorRate: param('error-rate'),
        loadTimeout: param('load-timeout'),
      },
      own: {},
    };

    // Every Application of the experiment, this part's own included: names come from the model.
    this.awaitedApplications = this.site.applications.node.findAll()
      .filter((c): c is Application => c instanceof Application)
      .map((a) => a.applicationName)
      .sort();
    const templates = new TemplateSet(this.node.path);
    templates.add('wait-synced', waitForApplications(this.awaitedApplications, '.status.sync.status', 'Synced', experiment.readyTimeout));
    templates.add('wait-healthy', waitForApplications(this.awaitedApplications, '.status.health.status', 'Healthy', experiment.readyTimeout));

    const runSteps: WorkflowTemplateSpecTemplatesSteps[][] = [[step('wait-synced')], [step('wait-healthy')]];
    const checks: WorkflowTemplateSpecTemplatesSteps[] = [];
    const summaries: WorkflowTemplateSpecTemplatesSteps[] = [];
    const cleanups: WorkflowTemplateSpecTemplatesSteps[] = [];
    // Variants in the order their first load runs; each gathers its generators and namespaces.
    const variants = new Map<string, { namespaces: Set<string>; generators: PlannedGenerator[]; k6: string[]; measurements: Measurement[] }>();
    for (const stage of experiment.stages) {
      const group: WorkflowTemplateSpecTemplatesSteps[] = [];
      for (const generator of stage) {
        const own = Object.fromEntries((generator.ownParameters ?? []).map((x) => [x.name, param(`${generator.loadName}-${x.name}`)]));
        const steps = generator.loadSteps({ ...run, own });
        const runTemplate = addRun(templates, generator, steps);
        group.push(step(runTemplate));
        const checkTemplate = steps.check ? templates.add(`${generator.loadName}-check`, steps.check) : undefined;
        if (checkTemplate) checks.push(step(checkTemplate));
        const summaryTemplate = templates.add(`${generator.loadName}-summary`, steps.summary);
        summaries.push({ ...step(summaryTemplate), continueOn: { failed: true } });
        const variant = variants.get(generator.variant)
          ?? variants.set(generator.variant, { namespaces: new Set(), generators: [], k6: [], measurements: [] }).get(generator.variant)!;
        generator.measuredNamespaces.forEach((n) => variant.namespaces.add(n));
        variant.generators.push({
          name: generator.loadName, format: generator.summaryFormat, runTemplate, summaryTemplate, ...(checkTemplate ? { checkTemplate } : {}),
          ...(generator.tool !== undefined ? { tool: generator.tool } : {}),
          ...(generator.served !== undefined ? { served: generator.served } : {}),
        });
        if (generator.tool !== undefined && (typeof generator.tool !== 'string' || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(generator.tool))) {
          throw new ValidationError(generator.node.path, 'tool', generator.tool, 'a tool name in lower case, digits and "-" (the document\'s tool field)');
        }
        for (const m of generator.measurements ?? []) {
          checkMeasurement(generator.node.path, m);
          if (variant.measurements.some((x) => x.name === m.name)) {
            throw new ValidationError(generator.node.path, 'measurements', m.name, `each name once per variant; variant "${generator.variant}" has it already`);
          }
          variant.measurements.push(m);
        }
        if (generator.summaryFormat === 'k6') variant.k6.push(generator.loadName);
        if (steps.cleanup) cleanups.push({ ...step(templates.add(`${generator.loadName}-cleanup`, steps.cleanup)), continueOn: { failed: true } });
      }
      runSteps.push(group);
    }
    if (checks.length) runSteps.push(checks);

    // The results document (ADR 0090): the step reads the plan, the run's Workflow and Applications
    // and Prometheus, and its output artifact writes the document to the hub's results bucket.
    this.runPlan = {
      experiment: experiment.experimentName,
      applications: this.awaitedApplications,
      applicationNamespace: ARGOCD_NAMESPACE,
      variants: [...variants].map(([name, v]) => ({
        name, namespaces: [...v.namespaces].sort(), generators: v.generators, ...(v.measurements.length ? { measurements: v.measurements } : {}),
      })),
    };
    this.resultsConfigMap = new kplus.ConfigMap(this.objects, 'ResultsStep', {
      metadata: { name: `${experiment.experimentName}-results`, namespace: runner.namespace },
      data: { 'collect.js': resultsProgram(), 'plan.json': `${JSON.stringify(this.runPlan, null, 2)}\n` },
    });
    // It reads its own Workflow: the nodes' times and the summaries' outputs.
    grantRunner(runner, this, `${experiment.experimentName}-results`, [{ apiGroup: 'argoproj.io', resource: 'workflows', verbs: ['get'] }]);
    const s3 = {
      endpoint: settingInput('resultsEndpoint'), bucket: settingInput('resultsBucket'), secret: settingInput('resultsSecret'),
      accessKey: settingInput('resultsAccessKeyKey'), secretKey: settingInput('resultsSecretKeyKey'),
    };
    const node = containerStep(STEP_IMAGES.node, ['node', `${RESULTS_STEP_DIR}/collect.js`], [], RESULTS_STEP_RESOURCES);
    templates.add('results', {
      inputs: { parameters: Object.values(s3).map((x) => x.parameter) },
      container: {
        ...node.container!,
        env: [
          ...(node.container?.env ?? []),
          settingEnv('LAB_ENVIRONMENT', 'environment'),
          settingEnv('LAB_PRICES', 'prices'),
          settingEnv('LAB_PROMETHEUS_URL', 'prometheusUrl'),
          { name: 'WORKFLOW_NAME', value: '{{workflow.name}}' },
          { name: 'WORKFLOW_NAMESPACE', value: '{{workflow.namespace}}' },
          { name: 'LAB_RESULTS_FILE', value: RESULTS_FILE },
        ],
        volumeMounts: [{ name: RESULTS_VOLUME, mountPath: RESULTS_STEP_DIR, readOnly: true }],
      },
      outputs: {
        // `argo get` shows it; later steps and hooks read {{workflow.outputs.parameters.results}}.
        parameters: [{ name: 'document', globalName: 'results', valueFrom: { path: RESULTS_FILE } }],
        artifacts: [{
          name: 'document',
          path: RESULTS_FILE,
          archive: { none: {} },
          s3: {
            endpoint: s3.endpoint.expression,
            bucket: s3.bucket.expression,
            // RunSettings accepts only a plain-HTTP in-cluster store; the field cannot be a parameter.
            insecure: true,
            key: `${experiment.experimentName}/{{workflow.name}}.json`,
            accessKeySecret: { name: s3.secret.expression, key: s3.accessKey.expression },
            secretKeySecret: { name: s3.secret.expression, key: s3.secretKey.expression },
          },
        }],
      },
    });

    this.dashboard = new GrafanaDashboard(this.objects, 'Dashboard', {
      grafana: KPS_GRAFANA,
      namespace: runner.namespace,
      dashboard: experimentDashboard({
        experiment: experiment.experimentName,
        description: props.description,
        datasourceUid: KPS_GRAFANA.datasourceUid,
        labels: K6_RUN_TAGS,
        variants: this.runPlan.variants.map((v) => ({ name: v.name, namespaces: v.namespaces, k6LoadGenerators: variants.get(v.name)!.k6 })),
      }),
    });
    const shown = [...(runParameters ? ['users', 'duration', 'rate'] : []), ...ownParameters.map((x) => x.name)];
    templates.add('report', containerStep(STEP_IMAGES.busybox, ['echo'], [
      `experiment ${experiment.experimentName} {{workflow.status}} after {{workflow.duration}} s` +
      (shown.length ? ` with ${shown.map((n) => `${n}=${param(n)}`).join(' ')}` : '') +
      '; failures: {{workflow.failures}}',
    ]));

    new WorkflowTemplate(this.objects, 'Template', {
      metadata: { name: this.templateName, namespace: runner.namespace },
      spec: {
        entrypoint: 'run',
        onExit: 'exit',
        serviceAccountName: runner.serviceAccountName,
        workflowMetadata: { labels: { [LAB_LABELS.experiment]: experiment.experimentName } },
        // Two runs at once would load the same target and delete each other's objects.
        synchronization: { mutexes: [{ name: `experiment-${experiment.experimentName}` }] },
        securityContext: { runAsNonRoot: true, runAsUser: STEP_USER, runAsGroup: STEP_USER, seccompProfile: { type: 'RuntimeDefault' } },
        arguments: { parameters: this.parameters.map((x): WorkflowTemplateSpecArgumentsParameters => ({ ...x })) },
        volumes: [{ name: RESULTS_VOLUME, configMap: { name: this.resultsConfigMap.name } }],
        templates: [
          { name: 'run', steps: runSteps },
          // Summaries first (the results step reads their output), then the document beside the cleanups.
          { name: 'exit', steps: [summaries, [{ ...step('results'), continueOn: { failed: true } }, ...cleanups], [step('report')]] },
          ...templates.list(),
        ],
      },
    });
    declareNoMetrics(this, 'it holds objects only (the WorkflowTemplate, its ConfigMaps and the dashboard): '
      + 'its runs are counted by Argo Workflows\' controller and its load by the load generators');
  }
}

function step(template: string): WorkflowTemplateSpecTemplatesSteps {
  return { name: template, template };
}

/** Adds a generator's run steps; returns the template a stage calls. */
function addRun(templates: TemplateSet, generator: ILoadGenerator, steps: LoadSteps): string {
  if (steps.run.length === 0) {
    throw new ValidationError(generator.node.path, 'loadSteps.run', [], 'at least one step that runs the load');
  }
  // Argo runs the steps of one group together and the groups one after another.
  const groups: WorkflowTemplateSpecTemplatesSteps[][] = [];
  const names = steps.run.map((s) => {
    const name = templates.add(`${generator.loadName}-${s.name}`, s.template);
    if (s.withPrevious && groups.length) groups[groups.length - 1].push(step(name));
    else groups.push([step(name)]);
    return name;
  });
  if (names.length === 1) return names[0];
  return templates.add(generator.loadName, { steps: groups });
}

/** Templates by unique name, in the order added. */
class TemplateSet {
  private readonly byName = new Map<string, WorkflowTemplateSpecTemplates>();
  public constructor(private readonly where: string) {}

  public add(name: string, template: StepTemplate): string {
    if (this.byName.has(name)) {
      throw new ValidationError(this.where, 'templates', name, 'each workflow template name once; rename the load generator');
    }
    this.byName.set(name, { name, ...template });
    return name;
  }

  public list(): WorkflowTemplateSpecTemplates[] {
    return [...this.byName.values()];
  }
}
