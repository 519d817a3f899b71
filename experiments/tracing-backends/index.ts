import { CHARTS } from '../../constructs/catalog/charts';
import type { ExperimentDefinition } from '../../constructs/experiment/experiment';
import { K6Script } from '../../constructs/loadgen/k6-script';
import { K6Test } from '../../constructs/loadgen/k6-test';
import { TelemetrygenTest } from '../../constructs/loadgen/telemetrygen';
import { OtelCollector } from '../../constructs/tracing/otel-collector';
import { TRACE_BACKENDS } from '../../constructs/tracing/trace-backend';

/** Spans per second both variants are sent: 200 traces of five spans each second. */
const SPANS_PER_SECOND = 1000;
/** How long each variant's load runs. */
const DURATION = '5m';

/**
 * Tempo against Jaeger behind the same collector: one OpenTelemetry Collector per variant, in
 * the variant's own namespace with the same image, configuration and resources, exporting over
 * OTLP to Tempo (blocks in the lab's S3 store) or to Jaeger v2 (Badger on a volume claim).
 * telemetrygen sends both the same span rate in turn, while k6 users search the generator's recent
 * traces and fetch one by id from the store's query API. Each variant's document part has the spans
 * sent, the lookups' latency, the spans per second the store accepted, the bytes it stored, the
 * resources of the collector's and the store's namespaces and the cost per million spans (ADR 0129).
 */
export const tracingBackends: ExperimentDefinition = {
  name: 'tracing-backends',
  description: 'Spans per second accepted, bytes stored, trace lookup latency and cost per million spans of Tempo and Jaeger behind the same OpenTelemetry Collector',
  // users: the k6 users looking traces up, one lookup a second each; duration: k6's run.
  parameters: { users: 2, duration: DURATION, thresholds: { p95LatencyMs: 2000, errorRate: 0.1 } },
  build(exp) {
    // One after the other, so the stores do not compete for the node.
    for (const kind of ['tempo', 'jaeger'] as const) {
      const collector = new OtelCollector(exp, `collector-${kind}`, {
        chart: CHARTS.openTelemetryCollector, name: `collector-${kind}`, namespace: exp.namespace(kind), exporter: TRACE_BACKENDS[kind],
      });
      const spans = new TelemetrygenTest(exp, `spans-${kind}`, {
        name: `spans-${kind}`, target: collector, variant: kind, spansPerSecond: SPANS_PER_SECOND, workers: 2, duration: DURATION,
      });
      // Lookups from the variant's namespace while the spans arrive; they serve no spans of their own.
      const lookups = new K6Test(exp, `lookups-${kind}`, {
        target: collector.storeQuery, namespace: collector.namespace, variant: kind,
        script: K6Script.fromFile(`experiments/tracing-backends/lookup-${kind}.js`),
      });
      exp.runLoad(spans, lookups);
    }
  },
};
