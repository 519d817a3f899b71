import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import { recordWiring } from '../core/wiring';
import { checkInteger } from '../core/validation';
import type { RunContext, WorkflowParameter } from '../experiment/load-generator';
import { toContainerResources } from '../k8s/kplus-resources';
import type { Resources } from '../k8s/resources';
import type { Measurement, ServedMetric } from '../results/run-plan';
import type { ValkeyEndpoint } from '../valkey/valkey-endpoint';
import { JobLoadGenerator, JobLoadGeneratorProps } from './job-load-generator';
import {
  renderValkeyBenchmarkJob, VALKEY_COMMANDS, ValkeyBenchmarkJobSpec, valkeyBenchmarkJobName, ValkeyBenchmarkRun, ValkeyCommand,
} from './valkey-benchmark-job';

export type { ValkeyBenchmarkRun, ValkeyCommand } from './valkey-benchmark-job';

export interface ValkeyBenchmarkProps extends JobLoadGeneratorProps {
  /** The server it sends commands to. */
  readonly target: ValkeyEndpoint;
  /**
   * Name of the component, its workflow templates and a run's Job (`<run>-<name>`).
   * @default 'valkey-benchmark'
   */
  readonly name?: string;
  /**
   * Namespace of the Job.
   * @default - the target's namespace
   */
  readonly namespace?: string;
  /**
   * The commands sent, each as its own test; valkey-benchmark runs SET before GET.
   * @default ['set', 'get']
   */
  readonly commands?: readonly ValkeyCommand[];
  /**
   * Requests per command; the workflow's default for `<name>-requests`.
   * @default 100000
   */
  readonly requests?: number;
  /**
   * Client connections; the workflow's default for `<name>-clients`.
   * @default 50
   */
  readonly clients?: number;
  /**
   * Commands each client sends before it waits for the replies (`-P`); 1 is no pipelining.
   * @default 1
   */
  readonly pipeline?: number;
  /** Bytes of each value SET writes (`-d`). */
  readonly payloadBytes: number;
  /**
   * Distinct keys the commands pick from at random (`-r`), so GET reads what SET wrote.
   * @default 100000
   */
  readonly keyspace?: number;
  /**
   * Threads of valkey-benchmark.
   * @default 2
   */
  readonly threads?: number;
  /**
   * Requests and limits of the Job's container.
   * @default 250m/64Mi requested, 1 CPU/128Mi limit
   */
  readonly resources?: Resources;
}

/**
 * valkey-benchmark against a {@link Valkey} endpoint: each workflow run creates a Job that sends
 * every command `requests` times from `clients` connections with the given payload and pipelining,
 * waits for it, prints its log and deletes it on exit. The Job is not kept in Git. The log's
 * `--csv` lines have each command's operations per second and latency percentiles.
 *
 * @example
 * exp.runLoad(new ValkeyBenchmark(exp, 'bench', { target: cache.endpoint, payloadBytes: 1024, pipeline: 16 }));
 */
export class ValkeyBenchmark extends JobLoadGenerator {
  public readonly ownParameters: readonly WorkflowParameter[];
  public readonly measuredNamespaces: readonly string[];
  public readonly summaryFormat = 'valkey-benchmark';
  /** Every command sent counts: the cost is per million operations. */
  public readonly served: ServedMetric = { unit: 'operations', metric: 'operations' };
  /** The server's peak memory during its variant, from its exporter (redis_exporter's `redis_memory_used_bytes`). */
  public readonly measurements: readonly Measurement[];
  public readonly target: ValkeyEndpoint;
  public readonly commands: readonly ValkeyCommand[];
  public readonly payloadBytes: number;
  private readonly jobSpec: ValkeyBenchmarkJobSpec;

  public constructor(scope: Construct, id: string, props: ValkeyBenchmarkProps) {
    super(scope, id, props, {
      name: props.name ?? 'valkey-benchmark', namespace: props.namespace ?? props.target?.namespace ?? 'valkey',
      noMetrics: 'valkey-benchmark prints its figures when it ends; the results step reads them from the Job\'s log.',
    });
    const where = this.node.path;
    const name = this.componentName;
    const target = props.target;
    if (typeof target?.host !== 'string' || typeof target.port !== 'number') {
      throw new ValidationError(where, 'target', target, 'the endpoint of a Valkey (its `endpoint` handle)');
    }
    const commands = props.commands ?? ['set', 'get'];
    if (!Array.isArray(commands) || commands.length === 0 || commands.some((c) => !VALKEY_COMMANDS.includes(c))
      || new Set(commands).size !== commands.length) {
      throw new ValidationError(where, 'commands', commands, `one or more of ${VALKEY_COMMANDS.join(', ')}, each once`);
    }
    const requests = checkInteger(where, 'requests', props.requests ?? 100_000, 1, 100_000_000);
    const clients = checkInteger(where, 'clients', props.clients ?? 50, 1, 10_000);
    const pipeline = checkInteger(where, 'pipeline', props.pipeline ?? 1, 1, 1000);
    // valkey-benchmark's -d takes values up to 1 GiB; a lab run stays far below the pod's memory.
    const payloadBytes = checkInteger(where, 'payloadBytes', props.payloadBytes, 1, 1_048_576);
    const keyspace = checkInteger(where, 'keyspace', props.keyspace ?? 100_000, 1, 1_000_000_000);
    const threads = checkInteger(where, 'threads', props.threads ?? 2, 1, 64);
    const resources = toContainerResources(where, 'resources', props.resources ?? {
      requests: { cpu: '250m', memory: '64Mi' }, limits: { cpu: '1', memory: '128Mi' },
    });

    this.target = target;
    this.commands = [...commands].sort((a, b) => VALKEY_COMMANDS.indexOf(a) - VALKEY_COMMANDS.indexOf(b));
    this.payloadBytes = payloadBytes;
    this.measuredNamespaces = [...new Set([this.namespace, ...target.servingNamespaces])].sort();
    this.jobSpec = {
      name, namespace: this.namespace, image: target.image, host: target.host, port: target.port,
      commands: this.commands, requests, clients, pipeline, payloadBytes, keyspace, threads, resources,
    };
    this.measurements = [{
      name: 'serverPeakMemory', unit: 'bytes',
      query: `max(max_over_time(redis_memory_used_bytes{job="${target.metricsJob}"}[$window]))`,
    }];
    this.ownParameters = [
      { name: 'requests', value: String(requests), description: 'requests valkey-benchmark sends per command' },
      { name: 'clients', value: String(clients), description: 'valkey-benchmark client connections' },
    ];
    recordWiring(this, target.server, 'load');
  }

  /** The name of a run's Job. */
  public jobName(runId: string): string {
    return valkeyBenchmarkJobName(this.loadName, runId);
  }

  /** A run's Job as cdk8s-plus renders it: the manifest a workflow step creates. */
  public job(run: ValkeyBenchmarkRun): Record<string, any> {
    return renderValkeyBenchmarkJob(this.jobSpec, run);
  }

  protected runJob(run: RunContext): Record<string, any> {
    return this.job({ runId: run.runId, labels: run.runLabels, requests: run.own.requests, clients: run.own.clients });
  }
}
