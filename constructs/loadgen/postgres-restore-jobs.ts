import { serviceHost } from '../core/service-host';
import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-30';
import { LAB_LABELS } from '../core/labels';
import type { Resources } from '../k8s/resources';
import { restrictedContainer } from '../k8s/security';
import { BARMAN_CLOUD_PLUGIN } from '../postgres/barman-cloud-plugin';
import { METRICS_JSON_MARKER } from '../results/run-plan';

/** Everything the restore run's objects are made of, checked by `PostgresRestoreTest`. */
export interface PostgresRestoreSpec {
  readonly name: string;
  readonly namespace: string;
  /** The PostgreSQL image: psql for the Jobs, the server for the restored cluster. */
  readonly image: string;
  /** The source cluster, its primary's host and its owner's Secret. */
  readonly clusterName: string;
  readonly primaryHost: string;
  readonly port: number;
  readonly secretName: string;
  /** The ObjectStore and server name the source archives to. */
  readonly objectStoreName: string;
  readonly serverName: string;
  /** Rows written before the backup. */
  readonly rows: number;
  /** Seconds of writes after the backup, one row a second. */
  readonly writeSeconds: number;
  readonly storageSize: string;
  readonly clusterResources: Resources;
  readonly jobResources: kplus.ContainerResources;
}

/** One run: its id (`{{workflow.name}}`) and the labels of what it creates. */
export interface PostgresRestoreRun {
  readonly runId: string;
  /** @default - none besides the part's own */
  readonly labels?: Readonly<Record<string, string>>;
}

/** The steps of a run, in order; each names an object `<runId>-<name>[-<step>]`. */
export type PostgresRestoreStep = 'write' | 'backup' | 'write-after' | 'restore' | 'check';

/** CloudNativePG's PostgreSQL images run as the postgres user, uid 26. */
const POSTGRES_USER = 26;
/** The tables the run writes: its rows, and the moment the restore was asked for. */
const ROWS_TABLE = 'restore_check';
const MARKS_TABLE = 'restore_marks';

/** The restored cluster's name (also its Backup's): `<runId>-<name>`. */
export function restoredClusterName(name: string, runId: string): string {
  return `${runId}-${name}`;
}

function labelsOf(spec: PostgresRestoreSpec, run: PostgresRestoreRun): Record<string, string> {
  return { ...run.labels, [LAB_LABELS.partOf]: spec.name };
}

/** A Job running `script` with psql, logged in as the source's owner (the restored copy has the same roles). */
function psqlJob(spec: PostgresRestoreSpec, run: PostgresRestoreRun, step: PostgresRestoreStep, script: string): Record<string, any> {
  const labels = { ...labelsOf(spec, run), 'app.kubernetes.io/name': 'postgres-restore' };
  const chart = new Chart(new App(), 'run');
  const secret = kplus.Secret.fromSecretName(chart, 'credentials', spec.secretName);
  const job = new kplus.Job(chart, step, {
    metadata: { name: `${run.runId}-${spec.name}-${step}`, namespace: spec.namespace, labels },
    podMetadata: { labels },
    backoffLimit: 0,
    restartPolicy: kplus.RestartPolicy.NEVER,
    securityContext: { ensureNonRoot: true, user: POSTGRES_USER },
  });
  job.addContainer({
    name: step,
    image: spec.image,
    imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
    command: ['/bin/sh', '-c', `set -e; ${script}`],
    resources: spec.jobResources,
    securityContext: restrictedContainer(POSTGRES_USER),
    envVariables: {
      PGUSER: kplus.EnvValue.fromSecretValue({ secret, key: 'username' }),
      PGPASSWORD: kplus.EnvValue.fromSecretValue({ secret, key: 'password' }),
      PGDATABASE: kplus.EnvValue.fromSecretValue({ secret, key: 'dbname' }),
      PGPORT: kplus.EnvValue.fromValue(String(spec.port)),
    },
  });
  return chart.toJson()[0];
}

/** The known data set: `rows` rows, each stamped with the time it was written. */
export function writeJob(spec: PostgresRestoreSpec, run: PostgresRestoreRun): Record<string, any> {
  const sql = `DROP TABLE IF EXISTS ${ROWS_TABLE}, ${MARKS_TABLE}; `
    + `CREATE TABLE ${ROWS_TABLE} (id bigint PRIMARY KEY, written_at timestamptz NOT NULL DEFAULT clock_timestamp()); `
    + `CREATE TABLE ${MARKS_TABLE} (requested_at timestamptz NOT NULL); `
    + `INSERT INTO ${ROWS_TABLE} (id) SELECT generate_series(1, ${spec.rows});`;
  return psqlJob(spec, run, 'write', `psql -v ON_ERROR_STOP=1 -h ${spec.primaryHost} -qc "${sql}"`);
}

/**
 * Writes one row a second after the backup, each in its own transaction, then marks the moment the
 * restore is asked for. What of these rows the restored cluster has shows how much a restore loses.
 */
export function writeAfterJob(spec: PostgresRestoreSpec, run: PostgresRestoreRun): Record<string, any> {
  const last = spec.rows + spec.writeSeconds;
  const script = `i=${spec.rows}; while [ $i -lt ${last} ]; do i=$((i + 1)); `
    + `psql -v ON_ERROR_STOP=1 -h ${spec.primaryHost} -qc "INSERT INTO ${ROWS_TABLE} (id) VALUES ($i)"; sleep 1; done; `
    + `psql -v ON_ERROR_STOP=1 -h ${spec.primaryHost} -qc "INSERT INTO ${MARKS_TABLE} VALUES (clock_timestamp())"`;
  return psqlJob(spec, run, 'write-after', script);
}

/**
 * Compares the restored cluster with the source and prints the figures as one metrics-json line:
 * rows written, restored and lost, the rows of the backup that came back, the data lost as
 * seconds of writes (RPO: the restore mark less the newest restored row) and the time to restore
 * (the restored server's start less the restore mark). It fails when a row of the backup is missing.
 */
export function checkJob(spec: PostgresRestoreSpec, run: PostgresRestoreRun): Record<string, any> {
  const restoredHost = serviceHost(`${restoredClusterName(spec.name, run.runId)}-rw`, spec.namespace);
  const source = `SELECT count(*) || ' ' || extract(epoch FROM (SELECT max(requested_at) FROM ${MARKS_TABLE})) FROM ${ROWS_TABLE}`;
  const figures = 'SELECT json_build_object('
    + `'rowsWritten', $1, 'rowsRestored', count(*), 'rowsLost', $1 - count(*), `
    + `'backupRowsRestored', count(*) FILTER (WHERE id <= ${spec.rows}), `
    + `'rpoSeconds', round(($2 - extract(epoch FROM max(written_at)))::numeric, 3), `
    + `'restoreSeconds', round((extract(epoch FROM pg_postmaster_start_time()) - $2)::numeric, 3)) FROM ${ROWS_TABLE}`;
  const script = `set -- $(psql -v ON_ERROR_STOP=1 -h ${spec.primaryHost} -Atc "${source}"); `
    + `figures=$(psql -v ON_ERROR_STOP=1 -h ${restoredHost} -Atc "${figures}"); `
    + `echo "${METRICS_JSON_MARKER}$figures"; `
    + `kept=$(psql -v ON_ERROR_STOP=1 -h ${restoredHost} -Atc "SELECT count(*) FROM ${ROWS_TABLE} WHERE id <= ${spec.rows}"); `
    + `if [ "$kept" -ne ${spec.rows} ]; then echo "the restored cluster has $kept of the ${spec.rows} rows of the backup"; exit 1; fi`;
  return psqlJob(spec, run, 'check', script);
}

/** An on-demand base backup of the source through the Barman Cloud plugin. */
export function backupManifest(spec: PostgresRestoreSpec, run: PostgresRestoreRun): Record<string, any> {
  return {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Backup',
    metadata: { name: restoredClusterName(spec.name, run.runId), namespace: spec.namespace, labels: labelsOf(spec, run) },
    spec: { cluster: { name: spec.clusterName }, method: 'plugin', pluginConfiguration: { name: BARMAN_CLOUD_PLUGIN } },
  };
}

/**
 * A new one-instance cluster recovered from the source's backups: the newest base backup and every
 * WAL file archived after it (CloudNativePG's `bootstrap.recovery` from an external cluster read
 * through the plugin). It archives nothing itself.
 */
export function restoredClusterManifest(spec: PostgresRestoreSpec, run: PostgresRestoreRun): Record<string, any> {
  return {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Cluster',
    metadata: { name: restoredClusterName(spec.name, run.runId), namespace: spec.namespace, labels: labelsOf(spec, run) },
    spec: {
      instances: 1,
      imageName: spec.image,
      storage: { size: spec.storageSize },
      resources: spec.clusterResources,
      bootstrap: { recovery: { source: 'origin' } },
      externalClusters: [{
        name: 'origin',
        plugin: { name: BARMAN_CLOUD_PLUGIN, parameters: { barmanObjectName: spec.objectStoreName, serverName: spec.serverName } },
      }],
    },
  };
}
