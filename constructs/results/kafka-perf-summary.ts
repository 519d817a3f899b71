import { ValidationError } from '../core/errors';
import { labelName } from './checks';
import type { KafkaPerfLoadSummary } from './results-document';

/**
 * The total line of `kafka-producer-perf-test.sh` (Kafka's ProducerPerformance prints it once,
 * after the progress lines, in this order: records sent, records/sec, MB/sec (bytes / 2^20),
 * average and maximum latency with two decimals, then the 50th, 95th, 99th and 99.9th percentile
 * in whole milliseconds). Progress lines lack the percentiles, so they never match.
 */
const PRODUCER_TOTAL = new RegExp([
  /(\d+) records sent, ([\d.]+) records\/sec \(([\d.]+) MB\/sec\), /,
  /([\d.]+) ms avg latency, ([\d.]+) ms max latency, /,
  /(\d+) ms 50th, (\d+) ms 95th, (\d+) ms 99th, (\d+) ms 99\.9th\./,
].map((r) => r.source).join(''));

/**
 * Reads the producer perf tool's output (its whole log or only the total line): the last total
 * line wins, so progress lines and `--print-metrics` output around it do no harm.
 */
export function kafkaProducerSummary(output: string, options: { readonly name: string }): KafkaPerfLoadSummary {
  const name = labelName('kafka producer summary', 'name', options.name);
  const lines = typeof output === 'string' ? output.split('\n') : [];
  const match = lines.map((line) => PRODUCER_TOTAL.exec(line)).filter((m) => m !== null).pop();
  if (!match) {
    throw new ValidationError(`kafka producer summary "${name}"`, 'output', lastLine(output),
      'must contain the producer perf total line: "N records sent, X records/sec (Y MB/sec), ... ms 99.9th."');
  }
  const [records, perSecond, mb, avg, max, p50, p95, p99, p999] = match.slice(1).map(Number);
  return {
    tool: 'kafka-perf', name, role: 'producer', records, recordsPerSecond: perSecond, megabytesPerSecond: mb,
    latencyMs: { avg, p50, p95, p99, p999, max },
  };
}

/**
 * Reads the consumer perf tool's output: a CSV header line naming `data.consumed.in.nMsg`,
 * `nMsg.sec` and `MB.sec` (Kafka's ConsumerPerformance), then the line of values. Columns are
 * found by name, so added columns do not break it.
 */
export function kafkaConsumerSummary(output: string, options: { readonly name: string }): KafkaPerfLoadSummary {
  const name = labelName('kafka consumer summary', 'name', options.name);
  const lines = typeof output === 'string' ? output.split('\n').map((l) => l.trim()) : [];
  let at = lines.length - 1;
  while (at >= 0 && !lines[at].includes('data.consumed.in.nMsg')) at--;
  const header = at >= 0 ? lines[at].split(',').map((c) => c.trim()) : [];
  const values = at >= 0 ? (lines[at + 1] ?? '').split(',').map((c) => c.trim()) : [];
  const column = (key: string) => Number(values[header.indexOf(key)]);
  const records = column('data.consumed.in.nMsg');
  const recordsPerSecond = column('nMsg.sec');
  const megabytesPerSecond = column('MB.sec');
  if (![records, recordsPerSecond, megabytesPerSecond].every((n) => Number.isFinite(n) && n >= 0)) {
    throw new ValidationError(`kafka consumer summary "${name}"`, 'output', lastLine(output),
      'must contain the consumer perf header (data.consumed.in.nMsg, nMsg.sec, MB.sec) followed by its values');
  }
  return { tool: 'kafka-perf', name, role: 'consumer', records, recordsPerSecond, megabytesPerSecond };
}

function lastLine(output: unknown): unknown {
  return typeof output === 'string' ? output.trim().split('\n').pop() : output;
}
