import { messagesSent, parseFigure, required, summaryInput } from './messaging-bench-summary';
import type { OtherLoadSummary } from './results-document';

const TOOL = 'perf-test';
/** Milliseconds per unit PerfTest prints latencies in. */
const TO_MS: Readonly<Record<string, number>> = { 'ms': 1, 'µs': 0.001, 'us': 0.001 };

/**
 * Reads RabbitMQ PerfTest's closing summary into a summary of tool `perf-test`: the average send
 * and receive rates (`sending rate avg: N msg/s`, `receiving rate avg: N msg/s`) and the consumer
 * latency percentiles (`consumer latency min/median/75th/95th/99th/max a/b/c/d/e/f µs`), the time
 * from publish to delivery, converted to milliseconds. A test id prefix (`id: x, `) is allowed.
 */
export function perfTestSummary(text: string, options: { readonly name: string }): OtherLoadSummary {
  const { name, body } = summaryInput(TOOL, text, options.name);
  const sent = /sending rate avg:\s*([\d.,]+)\s*msg\/s/.exec(body);
  const received = /receiving rate avg:\s*([\d.,]+)\s*msg\/s/.exec(body);
  const latency = /consumer latency min\/median\/75th\/95th\/99th\/max\s+(\d+)\/(\d+)\/(\d+)\/(\d+)\/(\d+)\/(\d+)\s*(ms|µs|us)/.exec(body);
  const confirm = /confirm latency min\/median\/75th\/95th\/99th\/max\s+(\d+)\/(\d+)\/(\d+)\/(\d+)\/(\d+)\/(\d+)\s*(ms|µs|us)/.exec(body);
  const ms = (m: RegExpExecArray | null, i: number) => (m ? Number(m[i]) * TO_MS[m[7]] : undefined);
  const latencyLine = '"consumer latency min/median/75th/95th/99th/max .../... µs"';
  return {
    tool: TOOL,
    name,
    metrics: {
      messages: messagesSent(TOOL, name, body),
      sentPerSecond: required(TOOL, name, body, 'sentPerSecond', sent ? parseFigure(sent[1]) : undefined, '"sending rate avg: ... msg/s"'),
      messagesPerSecond: required(TOOL, name, body, 'messagesPerSecond', received ? parseFigure(received[1]) : undefined, '"receiving rate avg: ... msg/s"'),
      endToEndP50Ms: required(TOOL, name, body, 'endToEndP50Ms', ms(latency, 2), latencyLine),
      endToEndP99Ms: required(TOOL, name, body, 'endToEndP99Ms', ms(latency, 5), latencyLine),
      ...(confirm ? { confirmP50Ms: ms(confirm, 2)!, confirmP99Ms: ms(confirm, 5)! } : {}),
    },
  };
}
