import { messagesSent, parseFigure, required, summaryInput } from './messaging-bench-summary';
import type { OtherLoadSummary } from './results-document';

const TOOL = 'nats-bench';
/** `<rate> msgs/sec ~ <bytes>/sec` and, where the tool timed each operation, `~ P50: <x>us ~ ... ~ P99: <y>us`. */
const STATS = /stats:\s*([\d,]+)\s*msgs\/sec(.*)$/gm;

/**
 * Reads the two stats lines of the messaging bench's `nats bench` runs (the synchronous publisher
 * first, then the ordered consumer) into a summary of tool `nats-bench`: each one's rate, and the
 * publisher's P50 and P99 operation latency (publish to the stream's acknowledgement), in
 * milliseconds. `nats bench` does not time messages from publication to delivery, so the summary
 * has no end-to-end latency (ADR 0142).
 */
export function natsBenchSummary(text: string, options: { readonly name: string }): OtherLoadSummary {
  const { name, body } = summaryInput(TOOL, text, options.name);
  const lines = [...body.matchAll(STATS)];
  const statsLine = 'two "... stats: N msgs/sec ~ ..." lines, the publisher\'s then the consumer\'s';
  const publisher = lines[0];
  const consumer = lines[1];
  const latency = (line: RegExpMatchArray | undefined, p: string) => {
    const m = line ? new RegExp(`P${p}:\\s*([\\d.,]+)us`).exec(line[2]) : null;
    return m ? parseFigure(m[1]) / 1000 : undefined;
  };
  return {
    tool: TOOL,
    name,
    metrics: {
      messages: messagesSent(TOOL, name, body),
      sentPerSecond: required(TOOL, name, body, 'sentPerSecond', publisher ? parseFigure(publisher[1]) : undefined, statsLine),
      messagesPerSecond: required(TOOL, name, body, 'messagesPerSecond', consumer ? parseFigure(consumer[1]) : undefined, statsLine),
      publishAckP50Ms: required(TOOL, name, body, 'publishAckP50Ms', latency(publisher, '50'), '"P50: ...us" on the publisher\'s line'),
      publishAckP99Ms: required(TOOL, name, body, 'publishAckP99Ms', latency(publisher, '99'), '"P99: ...us" on the publisher\'s line'),
    },
  };
}
