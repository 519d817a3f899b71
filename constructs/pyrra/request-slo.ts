import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { ServiceLevelObjective } from '../../imports/pyrra-slo-pyrra.dev';
import { customResourceAfter } from '../argocd/sync-order';
import { ValidationError } from '../core/errors';
import { checkLabelName, checkNumber } from '../core/validation';
import type { IScrapeJob } from '../monitoring/metrics-endpoint';
import { checkPrometheusDuration } from '../monitoring/prometheus-duration';

/** Which requests failed: a label and the regular expression its failing values match. */
export interface FailedRequests {
  /** The label, such as `grpc_code` or `status_code`. */
  readonly label: string;
  /** A PromQL regular expression of the failing values, such as `5..`. */
  readonly matches: string;
}

export interface RequestSloProps {
  /** The objective's name. */
  readonly name: string;
  /** The namespace of the objective (and of the rules Pyrra writes for it). */
  readonly namespace: string;
  /** What the objective promises, in a sentence. */
  readonly description: string;
  /** The percentage of requests that must succeed over the window, such as 99.5. */
  readonly target: number;
  /**
   * The window the objective is measured over.
   * @default '28d'
   */
  readonly window?: string;
  /** The scrape job whose series are counted (a declared endpoint, or a chart's job). */
  readonly source: IScrapeJob;
  /** A counter of handled requests the endpoint exports, such as `grpc_server_handled_total`. */
  readonly metric: string;
  /** Which requests count as failed. */
  readonly errors: FailedRequests;
  /**
   * Further exact label matches for both counts (for example `grpc_type="unary"`).
   * @default - none
   */
  readonly matchers?: Readonly<Record<string, string>>;
}

/** A Prometheus metric or label name. */
const METRIC = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/**
 * A request-based objective as a Pyrra ServiceLevelObjective (pyrra.dev/v1alpha1, `ratio`
 * indicator): failed requests over all requests of one scrape job, from a counter that job
 * exports. Pyrra requires the error selector to be the total's with more matchers.
 */
export class RequestSlo extends Construct {
  /** The objective's name. */
  public readonly name: string;
  /** The ServiceLevelObjective, for ordering. */
  public readonly resource: ApiObject;

  public constructor(scope: Construct, id: string, props: RequestSloProps) {
    super(scope, id);
    const where = this.node.path;
    this.name = checkLabelName(where, 'name', props.name);
    checkLabelName(where, 'namespace', props.namespace);
    if (typeof props.description !== 'string' || props.description.trim() === '') {
      throw new ValidationError(where, 'description', props.description, 'a sentence saying what the objective promises');
    }
    const target = checkNumber(where, 'target', props.target, 50, 99.999);
    const window = checkPrometheusDuration(where, 'window', props.window ?? '28d');
    if (!METRIC.test(props.metric ?? '') || !/_(total|count)$/.test(props.metric)) {
      throw new ValidationError(where, 'metric', props.metric, 'a counter\'s name, ending in _total or _count');
    }
    if (!LABEL.test(props.errors?.label ?? '')) {
      throw new ValidationError(where, 'errors.label', props.errors?.label, 'a Prometheus label name such as grpc_code');
    }
    if (typeof props.errors.matches !== 'string' || props.errors.matches === '' || /["\\]/.test(props.errors.matches)) {
      throw new ValidationError(where, 'errors.matches', props.errors.matches, 'a regular expression without quotes or backslashes, such as 5..');
    }
    const extra = Object.entries(props.matchers ?? {});
    for (const [label, value] of extra) {
      if (!LABEL.test(label) || label === 'job' || label === props.errors.label) {
        throw new ValidationError(where, `matchers.${label}`, value, 'a Prometheus label other than job and the errors label');
      }
      if (typeof value !== 'string' || /["\\]/.test(value)) {
        throw new ValidationError(where, `matchers.${label}`, value, 'a value without quotes or backslashes');
      }
    }
    const base = [`job="${props.source.job}"`, ...extra.map(([label, value]) => `${label}="${value}"`)];
    const total = `${props.metric}{${base.join(',')}}`;
    const errors = `${props.metric}{${[...base, `${props.errors.label}=~"${props.errors.matches}"`].join(',')}}`;

    this.resource = new ServiceLevelObjective(this, 'Resource', {
      metadata: { name: this.name, namespace: props.namespace },
      spec: {
        description: props.description.trim(),
        // Pyrra reads the target as a percentage in a string.
        target: String(target),
        window,
        indicator: { ratio: { errors: { metric: errors }, total: { metric: total } } },
      },
    });
    customResourceAfter(this.resource);
  }
}
