import { ValidationError } from '../core/errors';
import { finiteAtLeast, isRecord, labelName, utcTimestamp } from './checks';
import { priceUsage, ServedWork, UsagePrices } from './price-usage';
import { MEASUREMENT_UNITS } from './measurements';
import {
  isK6, isKafkaPerf, LoadSummary, MeasurementResult, Outcome, RESULTS_SCHEMA_VERSION, ResultsDocument, ThresholdResult, Usage, VariantResult,
} from './results-document';

/** One variant's raw results, as the workflow's last step has collected them. */
export interface VariantInput {
  /** The variant's name, e.g. `plain` or `meshed`. */
  readonly name: string;
  /** When the variant's load started and ended, UTC, RFC 3339. */
  readonly startedAt: string;
  readonly endedAt: string;
  /** Summaries from `k6Summary(...).summary`, `kafkaProducerSummary(...)`, ... */
  readonly loadGenerators: readonly LoadSummary[];
  /**
   * Thresholds the load generators checked (`k6Summary(...).thresholds`).
   * @default - none
   */
  readonly thresholds?: readonly ThresholdResult[];
  /** From `usageFromPrometheus(...)`. */
  readonly usage: Usage;
  /** The environment's unit prices. */
  readonly prices: UsagePrices;
  /**
   * What the variant served, for its cost per unit.
   * @default - requests of its k6 generators; else records its Kafka producers sent (or, without a producer, consumers read)
   */
  readonly served?: ServedWork;
  /**
   * The experiment's own figures by name (camelCase).
   * @default - none
   */
  readonly measurements?: Readonly<Record<string, MeasurementResult>>;
  /**
   * False when the variant's load did not run to its end: its outcome is then `error`.
   * @default true
   */
  readonly finished?: boolean;
}

/** A run's raw results. */
export interface RunInput {
  readonly experiment: string;
  /** The Argo Workflow's name. */
  readonly run: string;
  readonly environment: string;
  /** The Git revision ArgoCD had deployed. */
  readonly revision: string;
  readonly startedAt: string;
  readonly endedAt: string;
  /**
   * The run's parameters.
   * @default {}
   */
  readonly parameters?: Readonly<Record<string, string | number | boolean>>;
  readonly variants: readonly VariantInput[];
}

/** Assembles and checks one run's results document (schema version 2). */
export function resultsDocument(input: RunInput): ResultsDocument {
  const where = 'results document';
  const experiment = labelName(where, 'experiment', input.experiment);
  const run = input.run;
  if (typeof run !== 'string' || run === '' || run.length > 253) throw new ValidationError(where, 'run', run, 'must be the run id, 1-253 characters');
  const environment = labelName(where, 'environment', input.environment);
  if (typeof input.revision !== 'string' || input.revision === '' || input.revision.length > 100) {
    throw new ValidationError(where, 'revision', input.revision, 'must be the deployed Git revision, 1-100 characters');
  }
  checkOrder(where, input.startedAt, input.endedAt);
  const parameters = input.parameters ?? {};
  for (const [key, value] of Object.entries(isRecord(parameters) ? parameters : { '': parameters })) {
    if (!['string', 'number', 'boolean'].includes(typeof value)) {
      throw new ValidationError(where, `parameters.${key}`, value, 'must be a string, number or boolean');
    }
  }
  if (!Array.isArray(input.variants) || input.variants.length === 0) {
    throw new ValidationError(where, 'variants', input.variants, 'must hold at least one variant');
  }
  const variants = input.variants.map((v, i) => variantResult(`${where} variants[${i}]`, v));
  const names = variants.map((v) => v.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice !== undefined) throw new ValidationError(where, 'variants', names, `variant names must be unique; "${twice}" is given twice`);
  return {
    schemaVersion: RESULTS_SCHEMA_VERSION,
    experiment, run, environment,
    revision: input.revision,
    startedAt: input.startedAt,
    endedAt: input.endedAt,
    parameters: { ...parameters },
    variants,
    outcome: worst(variants.map((v) => v.outcome)),
  };
}

function variantResult(where: string, input: VariantInput): VariantResult {
  const name = labelName(where, 'name', input.name);
  const seconds = checkOrder(where, input.startedAt, input.endedAt);
  if (!Array.isArray(input.loadGenerators) || input.loadGenerators.length === 0) {
    throw new ValidationError(where, 'loadGenerators', input.loadGenerators, 'must hold at least one load generator summary');
  }
  checkUsage(where, input.usage);
  const thresholds = [...(input.thresholds ?? [])];
  const served = input.served ?? servedBy(where, input.loadGenerators);
  const failed = thresholds.some((t) => !t.passed);
  const measurements = input.measurements === undefined ? undefined : checkMeasurements(where, input.measurements);
  return {
    name,
    startedAt: input.startedAt,
    endedAt: input.endedAt,
    loadGenerators: [...input.loadGenerators],
    usage: input.usage,
    cost: priceUsage(input.usage, seconds, input.prices, served),
    ...(measurements ? { measurements } : {}),
    thresholds,
    outcome: input.finished === false ? 'error' : failed ? 'failed' : 'passed',
  };
}

/** What a variant's generators served: k6 requests, else Kafka records sent (or read). */
function servedBy(where: string, generators: readonly LoadSummary[]): ServedWork {
  const k6 = generators.filter(isK6);
  if (k6.length > 0) return { unit: 'requests', count: k6.reduce((sum, g) => sum + g.requests, 0) };
  const kafka = generators.filter(isKafkaPerf);
  const producers = kafka.filter((g) => g.role === 'producer');
  // The consumers read what the producers sent: counting both would count each message twice.
  const counted = producers.length > 0 ? producers : kafka;
  if (counted.length > 0) return { unit: 'messages', count: counted.reduce((sum, g) => sum + g.records, 0) };
  throw new ValidationError(where, 'served', undefined,
    `must be given for load generators other than k6 and kafka-perf (${generators.map((g) => g.tool).join(', ')})`);
}

function checkMeasurements(where: string, measurements: Readonly<Record<string, MeasurementResult>>): Record<string, MeasurementResult> {
  if (!isRecord(measurements)) throw new ValidationError(where, 'measurements', measurements, 'must map names to { unit, value }');
  const out: Record<string, MeasurementResult> = {};
  for (const [name, m] of Object.entries(measurements)) {
    if (!/^[a-z][A-Za-z0-9]*$/.test(name)) throw new ValidationError(where, 'measurements', name, 'names must be camelCase');
    if (!isRecord(m) || !MEASUREMENT_UNITS.includes(m.unit as MeasurementResult['unit'])) {
      throw new ValidationError(where, `measurements.${name}.unit`, isRecord(m) ? m.unit : m, `must be one of ${MEASUREMENT_UNITS.join(', ')}`);
    }
    if (m.value !== null && (typeof m.value !== 'number' || !Number.isFinite(m.value))) {
      throw new ValidationError(where, `measurements.${name}.value`, m.value, 'must be a finite number, or null when not measured');
    }
    out[name] = { unit: m.unit, value: m.value };
  }
  return out;
}

function checkUsage(where: string, usage: Usage): void {
  if (!isRecord(usage) || !Array.isArray(usage.namespaces)) {
    throw new ValidationError(where, 'usage', usage, 'must be the usage from usageFromPrometheus(...)');
  }
  finiteAtLeast(where, 'usage.cpuSeconds', usage.cpuSeconds);
  finiteAtLeast(where, 'usage.peakMemoryBytes', usage.peakMemoryBytes);
}

/** Checks start and end; returns the window in seconds. */
function checkOrder(where: string, startedAt: string, endedAt: string): number {
  const start = utcTimestamp(where, 'startedAt', startedAt);
  const end = utcTimestamp(where, 'endedAt', endedAt);
  if (end < start) throw new ValidationError(where, 'endedAt', endedAt, `must not be before startedAt ${startedAt}`);
  return (end - start) / 1000;
}

const SEVERITY: readonly Outcome[] = ['passed', 'failed', 'error'];

function worst(outcomes: readonly Outcome[]): Outcome {
  return outcomes.reduce((a, b) => (SEVERITY.indexOf(b) > SEVERITY.indexOf(a) ? b : a), 'passed' as Outcome);
}
