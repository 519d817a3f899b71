import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { checkInteger, checkOneOf } from '../core/validation';
import { recordWiring } from '../core/wiring';
import { durationSeconds, checkLabDuration } from '../core/duration';
import type { RunContext, WorkflowParameter } from '../experiment/load-generator';
import { toContainerResources } from '../k8s/kplus-resources';
import type { Resources } from '../k8s/resources';
import type { PostgresCluster } from '../postgres/postgres-cluster';
import type { PostgresEndpoint } from '../postgres/postgres-endpoint';
import { PgbenchJobSpec, pgbenchJobName, PgbenchMode, PgbenchRun, renderPgbenchJob } from './pgbench-job';
import { JobLoadGenerator, JobLoadGeneratorProps } from './job-load-generator';

export type { PgbenchMode, PgbenchRun } from './pgbench-job';

export interface PgbenchTestProps extends JobLoadGeneratorProps {
  /** The cluster whose image runs pgbench and whose database it uses. */
  readonly cluster: PostgresCluster;
  /** Where it connects: one of the cluster's endpoints or a pooler's. */
  readonly target: PostgresEndpoint;
  /**
   * Name of the component, its workflow templates and a run's Job (`<run>-<name>`).
   * @default 'pgbench'
   */
  readonly name?: string;
  /**
   * Namespace of the Job; it must be the cluster's, where the owner's Secret is.
   * @default - the cluster's namespace
   */
  readonly namespace?: string;
  /**
   * pgbench's scale factor: 100,000 rows of `pgbench_accounts` per unit (about 15 MB).
   * @default 10
   */
  readonly scale?: number;
  /** Client connections; the workflow's default for `<name>-clients`. */
  readonly clients: number;
  /**
   * Worker threads of pgbench; at most `clients`.
   * @default 2
   */
  readonly threads?: number;
  /** How long the benchmark runs, such as `60s` or `5m`; the workflow's default for `<name>-seconds`. */
  readonly duration: string;
  /**
   * `tpcb-like` (updates, an insert and a select per transaction) or `select-only`.
   * @default 'tpcb-like'
   */
  readonly mode?: PgbenchMode;
  /**
   * Opens a new connection for every transaction, as short-lived clients do: where a pooler pays off.
   * @default false
   */
  readonly connectPerTransaction?: boolean;
  /**
   * Requests and limits of the Job's container.
   * @default 250m/64Mi requested, 1 CPU/128Mi limit
   */
  readonly resources?: Resources;
}

/**
 * pgbench against a {@link PostgresCluster}'s endpoint or its pooler's: each workflow run creates a
 * Job that fills the tables at the given scale through the primary and then runs the built-in
 * script for the duration, waits for it, prints its log and deletes it on exit. The Job is not kept
 * in Git (ArgoCD would run it on every sync). Its log's summary has transactions, failures, average
 * latency and transactions per second.
 *
 * @example
 * exp.runLoad(new PgbenchTest(exp, 'bench', { cluster: pg, target: pg.readWrite, clients: 20, duration: '2m' }));
 */
export class PgbenchTest extends JobLoadGenerator {
  public readonly ownParameters: readonly WorkflowParameter[];
  public readonly measuredNamespaces: readonly string[];
  public readonly summaryFormat = 'pgbench';
  public readonly target: PostgresEndpoint;
  public readonly mode: PgbenchMode;
  private readonly jobSpec: PgbenchJobSpec;

  public constructor(scope: Construct, id: string, props: PgbenchTestProps) {
    super(scope, id, props, {
      name: props.name ?? 'pgbench', namespace: props.namespace ?? props.cluster.namespace,
      noMetrics: 'pgbench prints its figures when it ends; the results step reads them from the Job\'s log.',
    });
    const where = this.node.path;
    const name = this.componentName;
    const { cluster, target } = props;
    if (target.database.secretName !== cluster.database.secretName) {
      throw new ValidationError(where, 'target', target.host, `an endpoint of cluster ${cluster.clusterName} or of its pooler`);
    }
    // The owner's Secret is readable only in its own namespace.
    if (this.namespace !== cluster.namespace) {
      throw new ValidationError(where, 'namespace', this.namespace, `the cluster's namespace ${cluster.namespace}, where the Secret ${cluster.database.secretName} is`);
    }
    const scale = checkInteger(where, 'scale', props.scale ?? 10, 1, 10_000);
    const clients = checkInteger(where, 'clients', props.clients, 1, 1000);
    const threads = checkInteger(where, 'threads', props.threads ?? Math.min(2, clients), 1, clients);
    const seconds = durationSeconds(checkLabDuration(where, 'duration', props.duration));
    if (seconds < 1) throw new ValidationError(where, 'duration', props.duration, 'at least one second');
    this.mode = checkOneOf(where, 'mode', props.mode ?? 'tpcb-like', ['tpcb-like', 'select-only'] as const);
    if (this.mode === 'tpcb-like' && target.access === 'read-only') {
      throw new ValidationError(where, 'mode', this.mode, 'select-only against a read-only endpoint: tpcb-like writes');
    }
    const connect = props.connectPerTransaction ?? false;
    if (typeof connect !== 'boolean') throw new ValidationError(where, 'connectPerTransaction', connect, 'true or false');
    const resources = toContainerResources(where, 'resources', props.resources ?? {
      requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: '1', memory: '128Mi' },
    });

    this.target = target;
    this.measuredNamespaces = [...new Set([this.namespace, ...target.servingNamespaces])].sort();
    this.jobSpec = {
      name, namespace: this.namespace, image: cluster.imageName, host: target.host, port: target.port,
      primaryHost: target.primaryHost, secretName: target.database.secretName,
      scale, clients, threads, seconds, mode: this.mode, connectPerTransaction: connect, resources,
    };
    this.ownParameters = [
      { name: 'clients', value: String(clients), description: 'pgbench client connections' },
      { name: 'seconds', value: String(seconds), description: 'seconds the benchmark runs' },
    ];
    recordWiring(this, cluster, 'load');
  }

  /** The name of a run's Job. */
  public jobName(runId: string): string {
    return pgbenchJobName(this.loadName, runId);
  }

  /** A run's Job as cdk8s-plus renders it: the manifest a workflow step creates. */
  public job(run: PgbenchRun): Record<string, any> {
    return renderPgbenchJob(this.jobSpec, run);
  }

  protected runJob(run: RunContext): Record<string, any> {
    return this.job({ runId: run.runId, labels: run.runLabels, clients: run.own.clients, seconds: run.own.seconds });
  }
}
