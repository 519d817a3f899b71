import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-30';
import { LAB_LABELS } from '../core/labels';
import { restrictedContainer } from '../k8s/security';

/** pgbench's built-in scripts the lab runs. */
export type PgbenchMode = 'tpcb-like' | 'select-only';

/** One run's Job: how it is named and labelled, and the load it is given. */
export interface PgbenchRun {
  /** Unique per run, such as `{{workflow.name}}`: the Job is `<runId>-<name>`. */
  readonly runId: string;
  /**
   * Labels of the Job and its pod, besides the part's own.
   * @default - none
   */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Client connections: a number or an Argo expression.
   * @default - the part's `clients`
   */
  readonly clients?: string;
  /**
   * Seconds the benchmark runs: a number or an Argo expression.
   * @default - the part's `seconds`
   */
  readonly seconds?: string;
}

/** Everything a pgbench Job is made of, checked by `PgbenchTest`. */
export interface PgbenchJobSpec {
  readonly name: string;
  readonly namespace: string;
  readonly image: string;
  /** The service the benchmark connects to. */
  readonly host: string;
  readonly port: number;
  /** The primary's service, where the tables are created. */
  readonly primaryHost: string;
  /** The owner's Secret (keys `username`, `password`, `dbname`). */
  readonly secretName: string;
  readonly scale: number;
  readonly clients: number;
  readonly threads: number;
  readonly seconds: number;
  readonly mode: PgbenchMode;
  /** A new connection for every transaction (`--connect`), as short-lived clients do. */
  readonly connectPerTransaction: boolean;
  readonly resources: kplus.ContainerResources;
}

/** CloudNativePG's PostgreSQL images run as the postgres user, uid 26. */
const POSTGRES_USER = 26;

/** The name of a run's Job. */
export function pgbenchJobName(name: string, runId: string): string {
  return `${runId}-${name}`;
}

/**
 * A run's Job: `pgbench --initialize` against the primary (the tables at the part's scale, made
 * afresh each run), then the benchmark against the target for the given seconds. Its log ends with
 * pgbench's summary, which the results step reads.
 */
export function renderPgbenchJob(spec: PgbenchJobSpec, run: PgbenchRun): Record<string, any> {
  const labels = { ...run.labels, 'app.kubernetes.io/name': 'pgbench', [LAB_LABELS.partOf]: spec.name };
  const bench = [
    'pgbench', '--host', spec.host, '--port', String(spec.port),
    '--builtin', spec.mode, '--client', run.clients ?? String(spec.clients), '--jobs', String(spec.threads),
    '--time', run.seconds ?? String(spec.seconds), '--no-vacuum',
    ...(spec.connectPerTransaction ? ['--connect'] : []),
  ];
  const init = ['pgbench', '--host', spec.primaryHost, '--port', String(spec.port), '--initialize', '--scale', String(spec.scale), '--quiet'];
  const chart = new Chart(new App(), 'run');
  const secret = kplus.Secret.fromSecretName(chart, 'credentials', spec.secretName);
  const job = new kplus.Job(chart, 'pgbench', {
    metadata: { name: pgbenchJobName(spec.name, run.runId), namespace: spec.namespace, labels },
    podMetadata: { labels },
    // A failed run is a result to look at, not one to repeat on a half-written database.
    backoffLimit: 0,
    restartPolicy: kplus.RestartPolicy.NEVER,
    securityContext: { ensureNonRoot: true, user: POSTGRES_USER },
  });
  job.addContainer({
    name: 'pgbench',
    image: spec.image,
    imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
    command: ['/bin/sh', '-c', `set -e; ${init.join(' ')}; ${bench.join(' ')}`],
    resources: spec.resources,
    securityContext: restrictedContainer(POSTGRES_USER),
    envVariables: {
      PGUSER: kplus.EnvValue.fromSecretValue({ secret, key: 'username' }),
      PGPASSWORD: kplus.EnvValue.fromSecretValue({ secret, key: 'password' }),
      PGDATABASE: kplus.EnvValue.fromSecretValue({ secret, key: 'dbname' }),
    },
  });
  return chart.toJson()[0];
}
