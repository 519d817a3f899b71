import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { durationSeconds, checkLabDuration } from '../core/duration';
import { ValidationError } from '../core/errors';
import { LAB_LABELS } from '../core/labels';
import { checkInteger, checkPinnedImage } from '../core/validation';
import { Experiment } from '../experiment/experiment';
import { ILoadGenerator, LoadSteps, RUN_ID_EXTRA, RunContext, StepTemplate, WorkflowParameter } from '../experiment/load-generator';
import { createJobStep, curlScriptStep, deleteRunObjectsStep } from '../experiment/steps';
import { toContainerResources } from '../k8s/kplus-resources';
import type { Resources } from '../k8s/resources';
import { scrapeFromOwnFolder } from '../monitoring/metrics-declarations';
import type { IMetricsBackend } from '../monitoring/metrics-backend';
import type { MetricsEndpoint } from '../monitoring/metrics-endpoint';
import { METRICS_JSON_MARKER } from '../results/run-plan';
import { settingEnv } from '../results/run-settings';
import { LOADGEN_IMAGES } from './images';
import {
  AVALANCHE_NAME_LENGTH, AVALANCHE_PORT_NAME, renderSyntheticMetricsJob, SyntheticMetricsJobSpec, SyntheticMetricsRun, syntheticMetricsJobName,
} from './synthetic-metrics-job';

export interface SyntheticMetricsProps extends ComponentProps {
  /**
   * Name of the part, its workflow templates and a run's Job (`<run>-<name>`).
   * @default - the construct id
   */
  readonly name?: string;
  /** Namespace of the Job and its PodMonitor. */
  readonly namespace: string;
  /**
   * The variant the load belongs to.
   * @default - the experiment's name
   */
  readonly variant?: string;
  /**
   * Gauge metrics served.
   * @default 10
   */
  readonly metrics?: number;
  /** Series of each metric: the series count is `metrics * seriesPerMetric`; the workflow's default for `<name>-series-per-metric`. */
  readonly seriesPerMetric: number;
  /**
   * Churn: how often every series is replaced by a new one (its `series_id` changes); `0s` for
   * never. The workflow's default for `<name>-series-interval` (seconds).
   * @default '0s'
   */
  readonly seriesInterval?: string;
  /**
   * How often every series' value changes.
   * @default '15s'
   */
  readonly valueInterval?: string;
  /**
   * Labels with a constant value on every series, besides `series_id` and `cycle_id`.
   * @default 10
   */
  readonly labels?: number;
  /** How long the exporter serves; the workflow's default for `<name>-seconds`. Give the load it accompanies room to finish. */
  readonly duration: string;
  /**
   * How often Prometheus scrapes it.
   * @default '15s'
   */
  readonly scrapeInterval?: string;
  /**
   * Requests and limits of the exporter.
   * @default 100m/128Mi requested, 1 CPU/512Mi limit
   */
  readonly resources?: Resources;
  /**
   * The avalanche image.
   * @default LOADGEN_IMAGES.avalanche
   */
  readonly image?: string;
  /**
   * A store whose disk this load would fill over a retention chosen per run: right after the
   * exporter stops, the store's disk growth over the exporter's seconds (read from the hub's
   * Prometheus) times the retention lands in the summary as `projectedDiskBytes`.
   * @default - no projection
   */
  readonly retentionOf?: IMetricsBackend;
  /**
   * The retention projected, in days; the workflow's default for `<name>-retention-days`.
   * @default 15
   */
  readonly retentionDays?: number;
}

/** Where the projection step leaves its figure, for its output parameter. */
const PROJECTION_FILE = '/tmp/projected-disk-bytes';

/** At most this many series from one exporter: a lab machine's Prometheus holds a few million at most. */
export const MAX_SYNTHETIC_SERIES = 2_000_000;

/**
 * A synthetic metrics exporter (prometheus-community's avalanche) as a load generator: each run
 * creates a Job serving `metrics * seriesPerMetric` gauge series, replaced every
 * `seriesInterval` (churn), for the given seconds; the hub's Prometheus scrapes it through a
 * PodMonitor in the part's folder, and every store fed from Prometheus ingests the same series.
 * Series per metric, churn and seconds are workflow parameters, so a run chooses its cardinality.
 *
 * @example
 * exp.runLoad(new SyntheticMetrics(exp, 'series', { namespace: exp.namespace(), seriesPerMetric: 1000, duration: '6m' }), queries);
 */
export class SyntheticMetrics extends Component implements ILoadGenerator {
  public readonly loadName: string;
  /** Its load is series and seconds of its own, not the experiment's users. */
  public readonly takesRunParameters = false;
  public readonly ownParameters: readonly WorkflowParameter[];
  public readonly variant: string;
  public readonly measuredNamespaces: readonly string[];
  public readonly summaryFormat = 'metrics-json';
  public readonly tool = 'avalanche';
  /** Gauge metrics served. */
  public readonly metrics: number;
  /** The default series per metric. */
  public readonly seriesPerMetric: number;
  /** Its scrape job: the series carry `job` and `namespace` of this endpoint. */
  public readonly endpoint: MetricsEndpoint;
  /** The store whose disk it projects for a retention, if any. */
  public readonly retentionOf?: IMetricsBackend;
  private readonly jobSpec: SyntheticMetricsJobSpec;

  public constructor(scope: Construct, id: string, props: SyntheticMetricsProps) {
    const experiment = Experiment.of(scope);
    super(scope, id, props, { name: props.name ?? id, namespace: props.namespace });
    const where = this.node.path;
    const name = this.componentName;
    const budget = 63 - RUN_ID_EXTRA - 1 - experiment.experimentName.length;
    if (name.length > budget) {
      throw new ValidationError(where, 'name', name,
        `at most ${budget} characters in experiment ${experiment.experimentName}: a run's Job name (<workflow>-${name}) must stay within 63`);
    }
    this.metrics = checkInteger(where, 'metrics', props.metrics ?? 10, 1, 10_000);
    this.seriesPerMetric = checkInteger(where, 'seriesPerMetric', props.seriesPerMetric, 1, MAX_SYNTHETIC_SERIES);
    if (this.metrics * this.seriesPerMetric > MAX_SYNTHETIC_SERIES) {
      throw new ValidationError(where, 'seriesPerMetric', this.seriesPerMetric,
        `at most ${Math.floor(MAX_SYNTHETIC_SERIES / this.metrics)} with ${this.metrics} metrics: ${MAX_SYNTHETIC_SERIES} series in all`);
    }
    const churn = props.seriesInterval === undefined || props.seriesInterval === '0s' ? 0 : durationSeconds(checkLabDuration(where, 'seriesInterval', props.seriesInterval));
    const valueInterval = durationSeconds(checkLabDuration(where, 'valueInterval', props.valueInterval ?? '15s'));
    const seconds = durationSeconds(checkLabDuration(where, 'duration', props.duration));
    if (!Number.isInteger(churn) || !Number.isInteger(valueInterval) || !Number.isInteger(seconds)) {
      throw new ValidationError(where, 'duration', props.duration, 'whole seconds (avalanche counts its intervals in seconds)');
    }
    const labels = checkInteger(where, 'labels', props.labels ?? 10, 0, 100);
    const image = checkPinnedImage(where, 'image', props.image ?? LOADGEN_IMAGES.avalanche);
    const resources = toContainerResources(where, 'resources', props.resources ?? {
      requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' },
    });

    this.loadName = name;
    this.variant = experiment.variantName(where, 'variant', props.variant);
    this.measuredNamespaces = [this.namespace];
    const podLabels = { 'app.kubernetes.io/name': 'avalanche', [LAB_LABELS.partOf]: name };
    this.jobSpec = { name, namespace: this.namespace, image, metrics: this.metrics, labels, valueIntervalSeconds: valueInterval, resources, podLabels };
    this.ownParameters = [
      { name: 'series-per-metric', value: String(this.seriesPerMetric), description: `series of each of the ${this.metrics} metrics: the cardinality` },
      { name: 'series-interval', value: String(churn), description: 'seconds between two replacements of every series (churn); 0 for none' },
      { name: 'seconds', value: String(seconds), description: 'seconds the exporter serves' },
    ];
    this.retentionOf = props.retentionOf;
    if (props.retentionOf !== undefined) {
      const days = checkInteger(where, 'retentionDays', props.retentionDays ?? 15, 1, 3650);
      this.ownParameters = [...this.ownParameters, {
        name: 'retention-days', value: String(days), description: `days of retention the ${props.retentionOf.kind} disk is projected for`,
      }];
    } else if (props.retentionDays !== undefined) {
      throw new ValidationError(where, 'retentionDays', props.retentionDays, 'only with retentionOf, the store it projects');
    }
    // The Job's pods come and go with each run; the PodMonitor stays and finds them by label.
    this.endpoint = scrapeFromOwnFolder(this, {
      job: name, target: 'pod', namespace: this.namespace, selector: podLabels, port: AVALANCHE_PORT_NAME,
      interval: props.scrapeInterval ?? '15s',
    });
    experiment.grantRunner(this, name, [
      { apiGroup: 'batch', resource: 'jobs', verbs: ['create', 'get', 'list', 'watch', 'delete'] },
    ]);
  }

  /**
   * The name of one of its metrics (`0` to `metrics - 1`), as avalanche v0.7.0 names gauges
   * (`avalanche_gauge_metric_<m...>_<metric cycle>_<id>`; the metric cycle stays 0).
   */
  public metricName(index: number): string {
    checkInteger(this.node.path, 'metricName', index, 0, this.metrics - 1);
    return `avalanche_gauge_metric_${'m'.repeat(AVALANCHE_NAME_LENGTH)}_0_${index}`;
  }

  /** The selector of its series: its scrape job in its namespace. */
  public get seriesSelector(): string {
    return `job="${this.endpoint.job}",namespace="${this.namespace}"`;
  }

  /** The name of a run's Job. */
  public jobName(runId: string): string {
    return syntheticMetricsJobName(this.loadName, runId);
  }

  /** A run's Job as cdk8s-plus renders it. */
  public job(run: SyntheticMetricsRun): Record<string, any> {
    return renderSyntheticMetricsJob(this.jobSpec, run);
  }

  /**
   * The step after the exporter stops: the store's disk growth over the exporter's seconds, from
   * the hub's Prometheus, times the run's retention, as a global output the summary reads. It
   * fails, naming the answer, when there is no finite figure.
   */
  private projectionStep(store: IMetricsBackend, run: RunContext, output: string): StepTemplate {
    const query = `deriv((${store.ingestion.diskBytes})[${run.own.seconds}s:])`;
    const script = [
      'set -eu',
      'answer=$(curl -sfG --data-urlencode "query=$QUERY" "$PROMETHEUS_URL/api/v1/query")',
      'growth=$(echo "$answer" | sed -n \'s/.*"value":\\[[^,]*,"\\([^"]*\\)"\\].*/\\1/p\')',
      'case "$growth" in ""|*[!0-9.eE+-]*) echo "no finite disk growth in $answer" >&2; exit 1;; esac',
      `awk -v g="$growth" -v d="$RETENTION_DAYS" 'BEGIN { printf "%.0f\\n", g * d * 86400 }' > ${PROJECTION_FILE}`,
      `cat ${PROJECTION_FILE}`,
    ].join('\n');
    const step = curlScriptStep(script, { QUERY: query, RETENTION_DAYS: run.own['retention-days'] });
    return {
      container: { ...step.container!, env: [...(step.container?.env ?? []), settingEnv('PROMETHEUS_URL', 'prometheusUrl')] },
      outputs: { parameters: [{ name: 'projected-disk-bytes', globalName: output, valueFrom: { path: PROJECTION_FILE } }] },
    };
  }

  public loadSteps(run: RunContext): LoadSteps {
    const job = this.job({
      runId: run.runId, labels: run.runLabels,
      seriesPerMetric: run.own['series-per-metric'], seriesIntervalSeconds: run.own['series-interval'], seconds: run.own.seconds,
    });
    const projected = `${this.loadName}-projected-disk-bytes`;
    // The figures of the load it served, as one line the results step reads.
    const summary = `echo "${METRICS_JSON_MARKER}{\\"series\\": $((${this.metrics} * $SERIES_PER_METRIC)), \\"metrics\\": ${this.metrics}, `
      + '\\"seriesPerMetric\\": $SERIES_PER_METRIC, \\"seriesIntervalSeconds\\": $SERIES_INTERVAL, \\"seconds\\": $SECONDS_SERVED'
      + (this.retentionOf ? ', \\"retentionDays\\": $RETENTION_DAYS, \\"projectedDiskBytes\\": $PROJECTED' : '')
      + '}"';
    const summaryEnv: Record<string, string> = {
      SERIES_PER_METRIC: run.own['series-per-metric'], SERIES_INTERVAL: run.own['series-interval'], SECONDS_SERVED: run.own.seconds,
      ...(this.retentionOf ? { RETENTION_DAYS: run.own['retention-days'], PROJECTED: `{{workflow.outputs.parameters.${projected}}}` } : {}),
    };
    return {
      run: [{ name: 'run', template: createJobStep(job, run.parameters.loadTimeout) }, ...(this.retentionOf ? [{ name: 'project', template: this.projectionStep(this.retentionOf, run, projected) }] : [])],
      summary: curlScriptStep(summary, summaryEnv),
      cleanup: deleteRunObjectsStep(this.namespace, run.experiment, this.loadName),
    };
  }
}
