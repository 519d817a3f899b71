import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { ValidationError } from '../core/errors';
import { checkInteger, checkQuantity } from '../core/validation';
import { recordWiring } from '../core/wiring';
import { Experiment } from '../experiment/experiment';
import { ILoadGenerator, LoadSteps, RUN_ID_EXTRA, RunContext } from '../experiment/load-generator';
import { toContainerResources } from '../k8s/kplus-resources';
import { checkResources, Resources } from '../k8s/resources';
import { declareNoMetrics } from '../monitoring/metrics-declarations';
import type { PostgresCluster } from '../postgres/postgres-cluster';
import type { ServedMetric } from '../results/run-plan';
import { JOB_RUNNER_RULES, createJobStep, createObjectStep, deleteRunObjectsStep, jobLogsStep } from '../experiment/steps';
import {
  backupManifest, checkJob, PostgresRestoreRun, PostgresRestoreSpec, restoredClusterManifest, restoredClusterName, writeAfterJob, writeJob,
} from './postgres-restore-jobs';

export interface PostgresRestoreTestProps extends ComponentProps {
  /** The cluster to back up and restore; it must have `backup` set. */
  readonly cluster: PostgresCluster;
  /**
   * Name of the component, its workflow templates and the run's objects (`<run>-<name>`).
   * @default 'restore'
   */
  readonly name?: string;
  /**
   * The variant it measures.
   * @default - the experiment's name
   */
  readonly variant?: string;
  /**
   * Rows written before the backup.
   * @default 100000
   */
  readonly rows?: number;
  /**
   * Seconds of writes after the backup, one row a second, before the restore is asked for.
   * @default 60
   */
  readonly writeSeconds?: number;
  /**
   * Data volume of the restored cluster.
   * @default '1Gi'
   */
  readonly storageSize?: string;
  /**
   * Requests and limits of the restored cluster's instance.
   * @default 250m/512Mi requested, 1 CPU/512Mi limit
   */
  readonly clusterResources?: Resources;
  /**
   * Requests and limits of the psql Jobs.
   * @default 50m/32Mi requested, 500m/64Mi limit
   */
  readonly resources?: Resources;
}

/**
 * Backs a {@link PostgresCluster} up and restores it, as one load of an experiment. Each workflow
 * run, one step after another: a Job writes a known data set through the primary, a `Backup`
 * through the Barman Cloud plugin is taken and awaited, a Job writes a row a second for a while
 * and marks the moment of the restore, a new cluster is recovered from the store and awaited, and a
 * Job compares it with the source, printing the rows restored and lost, the data lost in seconds
 * (RPO) and the time to restore as one metrics-json line; it fails when a row of the backup is
 * missing. The restored cluster, the Backup and the Jobs are deleted on exit (ADR 0118).
 */
export class PostgresRestoreTest extends Component implements ILoadGenerator {
  public readonly loadName: string;
  public readonly takesRunParameters = false;
  public readonly variant: string;
  public readonly measuredNamespaces: readonly string[];
  public readonly summaryFormat = 'metrics-json';
  public readonly tool = 'postgres-restore';
  /** A restored row counts as one operation: the run's cost is per million rows brought back. */
  public readonly served: ServedMetric = { unit: 'operations', metric: 'rowsRestored' };
  private readonly spec: PostgresRestoreSpec;

  public constructor(scope: Construct, id: string, props: PostgresRestoreTestProps) {
    const experiment = Experiment.of(scope);
    super(scope, id, props, { name: props.name ?? 'restore', namespace: props.cluster?.namespace ?? 'postgres' });
    const where = this.node.path;
    const name = this.componentName;
    // The longest object a run makes is the Job `<run>-<name>-write-after`; the restored cluster
    // `<run>-<name>` must stay within CloudNativePG's 50 characters.
    const runId = experiment.experimentName.length + RUN_ID_EXTRA;
    const budget = Math.min(63 - runId - 1 - '-write-after'.length, 50 - runId - 1);
    if (name.length > budget) {
      throw new ValidationError(where, 'name', name,
        `at most ${budget} characters in experiment ${experiment.experimentName}: the run's restored cluster and Jobs are named after it`);
    }
    const cluster = props.cluster;
    const backup = cluster?.backup;
    if (backup === undefined) {
      throw new ValidationError(where, 'cluster', cluster?.node?.path ?? cluster, 'a PostgresCluster with backup set: the restore reads its backups');
    }
    const rows = checkInteger(where, 'rows', props.rows ?? 100_000, 1, 100_000_000);
    const writeSeconds = checkInteger(where, 'writeSeconds', props.writeSeconds ?? 60, 0, 3600);
    const storageSize = checkQuantity(where, 'storageSize', props.storageSize ?? '1Gi');
    const clusterResources = checkResources(where, 'clusterResources', props.clusterResources ?? {
      requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '1', memory: '512Mi' },
    });
    const jobResources = toContainerResources(where, 'resources', props.resources ?? {
      requests: { cpu: '50m', memory: '32Mi' }, limits: { cpu: '500m', memory: '64Mi' },
    });

    this.loadName = name;
    this.variant = experiment.variantName(where, 'variant', props.variant);
    this.measuredNamespaces = [this.namespace];
    this.spec = {
      name, namespace: this.namespace, image: cluster.imageName, clusterName: cluster.clusterName,
      primaryHost: cluster.readWrite.host, port: cluster.readWrite.port, secretName: cluster.database.secretName,
      objectStoreName: backup.objectStoreName, serverName: backup.serverName,
      rows, writeSeconds, storageSize, clusterResources, jobResources,
    };
    recordWiring(this, cluster, 'restore');
    declareNoMetrics(this, 'The check Job prints the restore\'s figures when it ends; the results step reads them from its log.');
    experiment.grantRunner(this, name, [
      ...JOB_RUNNER_RULES,
      { apiGroup: 'postgresql.cnpg.io', resource: 'backups', verbs: ['create', 'get', 'list', 'watch', 'delete'] },
      { apiGroup: 'postgresql.cnpg.io', resource: 'clusters', verbs: ['create', 'get', 'list', 'watch', 'delete'] },
    ]);
  }

  /** The objects of a run, by step, as the workflow creates them. */
  public runObjects(run: PostgresRestoreRun): Record<'write' | 'backup' | 'writeAfter' | 'restore' | 'check', Record<string, any>> {
    return {
      write: writeJob(this.spec, run),
      backup: backupManifest(this.spec, run),
      writeAfter: writeAfterJob(this.spec, run),
      restore: restoredClusterManifest(this.spec, run),
      check: checkJob(this.spec, run),
    };
  }

  public loadSteps(run: RunContext): LoadSteps {
    const objects = this.runObjects({ runId: run.runId, labels: run.runLabels });
    const timeout = run.parameters.loadTimeout;
    const create = (manifest: Record<string, any>, success: string, failure?: string) => createObjectStep(manifest, timeout, success, failure);
    const job = (manifest: Record<string, any>) => createJobStep(manifest, timeout);
    return {
      run: [
        { name: 'write', template: job(objects.write) },
        // CloudNativePG's Backup phases end in `completed` or `failed`.
        { name: 'backup', template: create(objects.backup, 'status.phase == completed', 'status.phase == failed') },
        { name: 'write-after', template: job(objects.writeAfter) },
        { name: 'restore', template: create(objects.restore, 'status.readyInstances == 1') },
        { name: 'check', template: job(objects.check) },
      ],
      summary: jobLogsStep(this.namespace, objects.check.metadata.name),
      // The restored cluster's volume goes with it; the Backup object only, its files stay in the store under the retention policy.
      cleanup: deleteRunObjectsStep(this.namespace, run.experiment, this.loadName, 'clusters.postgresql.cnpg.io,backups.postgresql.cnpg.io,jobs'),
    };
  }

  /** The name of a run's restored cluster. */
  public restoredClusterName(runId: string): string {
    return restoredClusterName(this.loadName, runId);
  }
}
