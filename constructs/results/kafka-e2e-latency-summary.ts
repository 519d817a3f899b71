import { messagesSent, parseFigure, required, summaryInput } from './messaging-bench-summary';
import type { OtherLoadSummary } from './results-document';

const TOOL = 'kafka-e2e-latency';

/**
 * Reads the closing lines of Kafka's end-to-end latency tool (`Avg latency: 1.2345 ms` and
 * `Percentiles: 50th = 1, 99th = 3, 99.9th = 7`, in milliseconds) into a summary of tool
 * `kafka-e2e-latency`: messages sent one at a time, average and percentile latencies from send
 * to read-back.
 */
export function kafkaE2eLatencySummary(text: string, options: { readonly name: string }): OtherLoadSummary {
  const { name, body } = summaryInput(TOOL, text, options.name);
  const avg = /Avg latency:\s*([\d.,]+)\s*ms/.exec(body);
  const pct = /Percentiles:\s*50th\s*=\s*([\d,]+),\s*99th\s*=\s*([\d,]+),\s*99\.9th\s*=\s*([\d,]+)/.exec(body);
  const line = '"Avg latency: ... ms" and "Percentiles: 50th = ..., 99th = ..., 99.9th = ..."';
  return {
    tool: TOOL,
    name,
    metrics: {
      messages: messagesSent(TOOL, name, body),
      endToEndAvgMs: required(TOOL, name, body, 'endToEndAvgMs', avg ? parseFigure(avg[1]) : undefined, line),
      endToEndP50Ms: required(TOOL, name, body, 'endToEndP50Ms', pct ? parseFigure(pct[1]) : undefined, line),
      endToEndP99Ms: required(TOOL, name, body, 'endToEndP99Ms', pct ? parseFigure(pct[2]) : undefined, line),
      endToEndP999Ms: required(TOOL, name, body, 'endToEndP999Ms', pct ? parseFigure(pct[3]) : undefined, line),
    },
  };
}
