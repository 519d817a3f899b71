// The results step's logic without its I/O: from the run plan, the Workflow object, the
// experiment's Applications, the hub's settings and Prometheus' answers to one results document.
// main.ts feeds it from the cluster; the tests feed it fixtures.
import { ValidationError } from '../../core/errors';
import { isRecord } from '../checks';
import { k6Summary } from '../k6-summary';
import { measurementQuery, measurementValue } from '../measurements';
import type { ServedWork, UsagePrices } from '../price-usage';
import { usageFromPrometheus, usageQueries } from '../prometheus-usage';
import { resultsDocument, VariantInput } from '../results-builder';
import type { K6LoadSummary, LatencyMs, LoadSummary, MeasurementResult, ResultsDocument, ThresholdResult } from '../results-document';
import { K6_SUMMARY_MARKER, PlannedGenerator, PlannedVariant, RunPlan } from '../run-plan';
import { SUMMARY_READERS } from '../summary-formats';

/** Everything the step reads, already fetched (Prometheus is asked through `query`). */
export interface CollectInputs {
  readonly plan: RunPlan;
  /** The run's Workflow object as the API returns it. */
  readonly workflow: unknown;
  /** The experiment's Applications as the API returns them. */
  readonly applications: readonly unknown[];
  /** The hub's run settings. */
  readonly environment: string;
  readonly prices: UsagePrices;
  /** When the step runs: the run's end. UTC, RFC 3339. */
  readonly now: string;
  /** An instant query of Prometheus' HTTP API at `time` (Unix seconds); resolves to the parsed response. */
  readonly query: (promql: string, time: number) => Promise<unknown>;
}

interface WorkflowNode {
  readonly templateName?: string;
  readonly phase?: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly outputs?: { readonly result?: string };
}

/** Builds the run's results document; throws a ValidationError naming what it could not read. */
export async function collectResults(inputs: CollectInputs): Promise<ResultsDocument> {
  const { plan, workflow } = inputs;
  const where = `workflow of ${plan.experiment}`;
  if (!isRecord(workflow) || !isRecord(workflow.metadata) || !isRecord(workflow.status)) {
    throw new ValidationError(where, 'workflow', typeof workflow, 'must be the Workflow object with metadata and status');
  }
  const nodes = Object.values(isRecord(workflow.status.nodes) ? workflow.status.nodes : {}) as WorkflowNode[];
  const node = (template: string) => nodes.filter((n) => n.templateName === template)
    .sort((a, b) => String(a.startedAt).localeCompare(String(b.startedAt))).pop();
  const now = seconds(inputs.now);

  const variants: VariantInput[] = [];
  for (const variant of plan.variants) {
    const ran = variant.generators.map((g) => ({ g, run: node(g.runTemplate), summary: node(g.summaryTemplate) }));
    // A variant whose load never started has nothing to report; the run's other variants still do.
    if (ran.every((r) => !r.run?.startedAt)) continue;
    const startedAt = ran.map((r) => r.run?.startedAt).filter(isTime).sort()[0];
    const endedAt = ran.map((r) => r.run?.finishedAt ?? now).filter(isTime).sort().pop()!;
    const summaries: LoadSummary[] = [];
    const thresholds: ThresholdResult[] = [];
    const served: ServedWork[] = [];
    for (const { g, summary } of ran) {
      const read = readSummary(g, summary?.outputs?.result);
      summaries.push(...read.summaries);
      thresholds.push(...read.thresholds);
      const work = servedBy(g, read.summaries);
      if (work) served.push(work);
      const check = g.checkTemplate ? node(g.checkTemplate) : undefined;
      if (g.format !== 'k6' && check && check.phase !== 'Succeeded') {
        thresholds.push({ source: g.name, metric: 'check', condition: `${g.checkTemplate} succeeds`, passed: false });
      }
    }
    const usageWindow = { namespaces: variant.namespaces, startedAt, endedAt: atLeastOneSecondAfter(startedAt, endedAt) };
    const queries = usageQueries(usageWindow);
    const [cpu, memory] = await Promise.all([inputs.query(queries.cpu, queries.time), inputs.query(queries.memory, queries.time)]);
    const windowSeconds = (Date.parse(usageWindow.endedAt) - Date.parse(startedAt)) / 1000;
    const measured = await Promise.all((variant.measurements ?? []).map(async (m) =>
      [m.name, measurementValue(m, await inputs.query(measurementQuery(m, windowSeconds), queries.time))] as const));
    variants.push({
      name: variant.name,
      startedAt,
      endedAt: usageWindow.endedAt,
      loadGenerators: summaries,
      thresholds,
      usage: usageFromPrometheus({ cpu, memory }, usageWindow),
      prices: inputs.prices,
      served: servedOf(variant, served),
      ...(measured.length ? { measurements: Object.fromEntries(measured) as Record<string, MeasurementResult> } : {}),
      finished: ran.every((r) => r.run?.phase === 'Succeeded'),
    });
  }
  if (variants.length === 0) {
    throw new ValidationError(where, 'status.nodes', plan.variants.map((v) => v.name), 'must show the load of at least one variant started');
  }
  const startedAt = isTime(workflow.status.startedAt) ? workflow.status.startedAt : variants[0].startedAt;
  return resultsDocument({
    experiment: plan.experiment,
    run: String(workflow.metadata.name),
    environment: inputs.environment,
    revision: revisionOf(plan, inputs.applications),
    startedAt,
    endedAt: [now, ...variants.map((v) => v.endedAt)].sort().pop()!,
    parameters: parametersOf(workflow),
    variants,
  });
}

/** A generator's figures from its summary step's output. */
function readSummary(g: PlannedGenerator, output: string | undefined): { summaries: LoadSummary[]; thresholds: ThresholdResult[] } {
  if (typeof output !== 'string' || output.trim() === '') {
    throw new ValidationError(`load generator "${g.name}"`, `${g.summaryTemplate} output`, output, 'must hold the summary the step printed (did it run?)');
  }
  // kubectl logs --prefix puts `[pod/<pod>/<container>] ` before every line.
  const lines = output.split('\n').map((line) => line.replace(/^\[pod\/[^\]]*\] /, ''));
  if (g.format !== 'k6') {
    const reader = SUMMARY_READERS[g.format];
    if (!reader) throw new ValidationError(`load generator "${g.name}"`, 'format', g.format, `must be k6 or one of ${Object.keys(SUMMARY_READERS).join(', ')}`);
    return { summaries: reader.read(lines.join('\n'), { name: g.name, tool: g.tool ?? g.format }), thresholds: [] };
  }
  const readings = lines.filter((l) => l.includes(K6_SUMMARY_MARKER))
    .map((l, i) => k6Summary(parseJson(g.name, i, l.slice(l.indexOf(K6_SUMMARY_MARKER) + K6_SUMMARY_MARKER.length)), { name: g.name }));
  if (readings.length === 0) {
    throw new ValidationError(`load generator "${g.name}"`, `${g.summaryTemplate} output`, lines.filter((l) => l.trim()).pop(),
      `must contain a "${K6_SUMMARY_MARKER.trim()}" line from the script's handleSummary`);
  }
  // Every runner of a parallel TestRun reports its own share; a threshold holds only if it held on each.
  return {
    summaries: [combineK6(readings.map((r) => r.summary))],
    thresholds: readings.length === 1 ? readings[0].thresholds : combineThresholds(readings.flatMap((r) => r.thresholds)),
  };
}

/**
 * Several runners' summaries as one: counts and rates added, the error rate weighted by requests,
 * min and max taken as such, and the other latency statistics weighted by requests. Percentiles of
 * parts cannot be merged exactly; the weighted mean is an approximation that is exact for one runner.
 */
function combineK6(parts: readonly K6LoadSummary[]): K6LoadSummary {
  if (parts.length === 1) return parts[0];
  const requests = parts.reduce((s, p) => s + p.requests, 0);
  /** Shares of a set of items by their requests; equal shares where none counted requests. */
  const shares = <T extends { requests?: number }>(items: readonly T[]) => {
    const total = items.reduce((s, i) => s + (i.requests ?? 0), 0);
    return (i: T) => (total > 0 ? (i.requests ?? 0) / total : 1 / items.length);
  };
  const latency = (items: readonly { requests?: number; latencyMs?: LatencyMs }[]): LatencyMs => {
    const out: Record<string, number> = {};
    const keys = new Set(items.flatMap((i) => Object.keys(i.latencyMs ?? {})));
    for (const key of keys) {
      const values = items.filter((i) => i.latencyMs?.[key as keyof LatencyMs] !== undefined);
      const of = (i: (typeof values)[number]) => i.latencyMs![key as keyof LatencyMs]!;
      const share = shares(values);
      out[key] = key === 'min' ? Math.min(...values.map(of)) : key === 'max' ? Math.max(...values.map(of))
        : values.reduce((s, i) => s + of(i) * share(i), 0);
    }
    return out as unknown as LatencyMs;
  };
  const share = shares(parts);
  const names = [...new Set(parts.flatMap((p) => Object.keys(p.byRequest)))].sort();
  return {
    tool: 'k6',
    name: parts[0].name,
    requests,
    requestsPerSecond: parts.reduce((s, p) => s + p.requestsPerSecond, 0),
    errorRate: parts.reduce((s, p) => s + p.errorRate * share(p), 0),
    latencyMs: latency(parts),
    byRequest: Object.fromEntries(names.map((n) => {
      const items = parts.map((p) => p.byRequest[n]).filter((x) => x !== undefined);
      const itemShare = shares(items);
      const sum = (field: 'requests' | 'requestsPerSecond') => (items.some((i) => i[field] !== undefined) ? { [field]: items.reduce((s, i) => s + (i[field] ?? 0), 0) } : {});
      return [n, {
        ...sum('requests'),
        ...sum('requestsPerSecond'),
        ...(items.every((i) => i.errorRate !== undefined) ? { errorRate: items.reduce((s, i) => s + i.errorRate! * itemShare(i), 0) } : {}),
        ...(items.some((i) => i.latencyMs) ? { latencyMs: latency(items) } : {}),
      }];
    })),
  };
}

function combineThresholds(all: readonly ThresholdResult[]): ThresholdResult[] {
  const byKey = new Map<string, ThresholdResult>();
  for (const t of all) {
    const key = `${t.metric}\u0000${t.condition}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, passed: seen.passed && t.passed } : t);
  }
  return [...byKey.values()];
}

/**
 * What one generator served, by the figure its plan or its format names; k6 and Kafka's tools
 * are counted by the document's builder (requests, messages), generators without a figure
 * (a watcher beside the load) serve nothing.
 */
function servedBy(g: PlannedGenerator, summaries: readonly LoadSummary[]): ServedWork | undefined {
  const figure = g.served ?? (g.format === 'k6' ? undefined : SUMMARY_READERS[g.format]?.served);
  if (!figure) return undefined;
  const count = summaries.reduce((sum, s) => sum + ('metrics' in s ? s.metrics[figure.metric] ?? 0 : 0), 0);
  return { unit: figure.unit, count };
}

/** The variant's served work: its generators' figures added up, in one unit; else the builder's default. */
function servedOf(variant: PlannedVariant, served: readonly ServedWork[]): ServedWork | undefined {
  if (served.length === 0) return undefined;
  const units = [...new Set(served.map((w) => w.unit))];
  if (units.length > 1) {
    throw new ValidationError(`variant "${variant.name}"`, 'served', units, 'its generators must count served work in one unit');
  }
  return { unit: units[0], count: served.reduce((sum, w) => sum + w.count, 0) };
}

/** The revision ArgoCD synced: one per Application, the same for all in the usual case. */
function revisionOf(plan: RunPlan, applications: readonly unknown[]): string {
  const revisions = new Set<string>();
  for (const app of applications) {
    const sync = isRecord(app) && isRecord(app.status) && isRecord(app.status.sync) ? app.status.sync : {};
    if (typeof sync.revision === 'string' && sync.revision) revisions.add(sync.revision);
    else if (Array.isArray(sync.revisions)) sync.revisions.filter((r): r is string => typeof r === 'string').forEach((r) => revisions.add(r));
  }
  if (revisions.size === 0) {
    throw new ValidationError(`workflow of ${plan.experiment}`, 'applications status.sync.revision', plan.applications, 'must be set on the experiment\'s Applications');
  }
  return [...revisions].sort().join(',').slice(0, 100);
}

/** The run's parameters: the template's defaults overridden by what was submitted; numbers as numbers. */
function parametersOf(workflow: Record<string, any>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const lists = [workflow.status?.storedWorkflowTemplateSpec?.arguments?.parameters, workflow.spec?.arguments?.parameters];
  for (const list of lists) {
    for (const p of Array.isArray(list) ? list : []) {
      if (!isRecord(p) || typeof p.name !== 'string' || p.value === undefined) continue;
      const text = String(p.value);
      out[p.name] = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    }
  }
  return out;
}

function parseJson(name: string, index: number, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError(`load generator "${name}"`, `summary line ${index + 1}`, text.slice(0, 80), 'must be JSON after the marker');
  }
}

function isTime(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value);
}

/** An RFC 3339 UTC time in whole seconds. */
function seconds(iso: string): string {
  return `${new Date(Date.parse(iso)).toISOString().slice(0, 19)}Z`;
}

/** Prometheus needs a window of at least a second; a load that ended at once gets one. */
function atLeastOneSecondAfter(start: string, end: string): string {
  return Date.parse(end) - Date.parse(start) >= 1000 ? end : seconds(new Date(Date.parse(start) + 1000).toISOString());
}
