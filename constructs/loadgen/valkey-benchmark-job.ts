import { App, Chart } from 'cdk8s';
import * as kplus from 'cdk8s-plus-30';
import { LAB_LABELS } from '../core/labels';
import { restrictedContainer } from '../k8s/security';
import { VALKEY_REQUESTS_MARKER } from '../results/valkey-benchmark-summary';

/**
 * valkey-benchmark's built-in tests the lab runs (`-t`): each sends one command. The tool runs
 * them in its own fixed order (SET before GET), whatever order they are given in.
 */
export type ValkeyCommand = 'set' | 'get' | 'incr' | 'lpush' | 'rpush' | 'lpop' | 'rpop' | 'sadd' | 'hset';

/** Every {@link ValkeyCommand}, for run-time checks. */
export const VALKEY_COMMANDS: readonly ValkeyCommand[] = ['set', 'get', 'incr', 'lpush', 'rpush', 'lpop', 'rpop', 'sadd', 'hset'];

/** One run's Job: how it is named and labelled, and the load it is given. */
export interface ValkeyBenchmarkRun {
  /** Unique per run, such as `{{workflow.name}}`: the Job is `<runId>-<name>`. */
  readonly runId: string;
  /**
   * Labels of the Job and its pod, besides the part's own.
   * @default - none
   */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Requests per command: a number or an Argo expression.
   * @default - the part's `requests`
   */
  readonly requests?: string;
  /**
   * Client connections: a number or an Argo expression.
   * @default - the part's `clients`
   */
  readonly clients?: string;
}

/** Everything a valkey-benchmark Job is made of, checked by `ValkeyBenchmark`. */
export interface ValkeyBenchmarkJobSpec {
  readonly name: string;
  readonly namespace: string;
  readonly image: string;
  readonly host: string;
  readonly port: number;
  readonly commands: readonly ValkeyCommand[];
  readonly requests: number;
  readonly clients: number;
  readonly pipeline: number;
  readonly payloadBytes: number;
  readonly keyspace: number;
  readonly threads: number;
  readonly resources: kplus.ContainerResources;
}

/** The valkey image's user is not numeric; the Job runs as the chart's server does, uid 1000. */
const BENCHMARK_USER = 1000;

/** The name of a run's Job. */
export function valkeyBenchmarkJobName(name: string, runId: string): string {
  return `${runId}-${name}`;
}

/**
 * A run's Job: prints the requests each command is sent, then runs valkey-benchmark with `--csv`
 * against the target. Its log is what the results step reads.
 */
export function renderValkeyBenchmarkJob(spec: ValkeyBenchmarkJobSpec, run: ValkeyBenchmarkRun): Record<string, any> {
  const labels = { ...run.labels, 'app.kubernetes.io/name': 'valkey-benchmark', [LAB_LABELS.partOf]: spec.name };
  const requests = run.requests ?? String(spec.requests);
  const bench = [
    'valkey-benchmark', '-h', spec.host, '-p', String(spec.port),
    '-t', spec.commands.join(','), '-n', requests, '-c', run.clients ?? String(spec.clients),
    '-P', String(spec.pipeline), '-d', String(spec.payloadBytes), '-r', String(spec.keyspace),
    '--threads', String(spec.threads), '--csv',
  ];
  const chart = new Chart(new App(), 'run');
  const job = new kplus.Job(chart, 'valkey-benchmark', {
    metadata: { name: valkeyBenchmarkJobName(spec.name, run.runId), namespace: spec.namespace, labels },
    podMetadata: { labels },
    // A run is measured once: a repeat would mix two runs in one log.
    backoffLimit: 0,
    restartPolicy: kplus.RestartPolicy.NEVER,
    securityContext: { ensureNonRoot: true, user: BENCHMARK_USER },
  });
  job.addContainer({
    name: 'valkey-benchmark',
    image: spec.image,
    imagePullPolicy: kplus.ImagePullPolicy.IF_NOT_PRESENT,
    command: ['/bin/sh', '-c', `set -e; echo '${VALKEY_REQUESTS_MARKER}${requests}'; ${bench.join(' ')}`],
    resources: spec.resources,
    securityContext: restrictedContainer(BENCHMARK_USER),
  });
  return chart.toJson()[0];
}
