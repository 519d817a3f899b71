import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import type { JetStreamStream } from '../nats/jetstream-stream';
import { MESSAGES_LINE, MessagingBench, MessagingBenchProps } from './bench-load-generator';
import { MESSAGING_BENCH_IMAGES } from './images';
import { checkInteger } from '../core/validation';

export interface NatsBenchProps extends Omit<MessagingBenchProps, 'target'> {
  /** The stream to publish to (its first subject) and read back. */
  readonly stream: JetStreamStream;
  /** Messages published, then read. */
  readonly messages: number;
  /**
   * Size of each message in bytes; at most the servers' max_payload.
   * @default 1024
   */
  readonly messageSize?: number;
  /**
   * Messages per second the publisher aims at (a pause of 1/rate between publications, on top of
   * waiting for each acknowledgement), or `unlimited`.
   * @default 'unlimited'
   */
  readonly rate?: number | 'unlimited';
}

/** nats-box's user (its Dockerfile adds `nats`, uid 1000). */
const NATS_BOX_USER = 1000;

/**
 * `nats bench` against a JetStream stream: a synchronous publisher (each publication waits for
 * the stream's acknowledgement, which comes once a majority of its replicas has the message),
 * then an ordered consumer that reads the messages back. Each prints its rate and the latency
 * percentiles of its operations; the publisher's is the publish-to-acknowledgement time. It runs
 * the nats CLI of the nats-box image the pinned nats chart uses.
 *
 * @example
 * exp.runLoad(new NatsBench(exp, 'bench', { stream: nats.addStream('bench'), messages: 100_000, rate: 2_000 }));
 */
export class NatsBench extends MessagingBench {
  public readonly stream: JetStreamStream;

  public constructor(scope: Construct, id: string, props: NatsBenchProps) {
    super(scope, id, { ...props, target: props.stream }, 'nats-bench');
    const where = this.node.path;
    const stream = props.stream;
    this.stream = stream;
    const messages = checkInteger(where, 'messages', props.messages, 1, 1_000_000_000, 'messages published and read');
    const size = checkInteger(where, 'messageSize', props.messageSize ?? 1024, 1, stream.maxMessageBytes,
      `the servers accept at most ${stream.maxMessageBytes} bytes (max_payload)`);
    const rate = props.rate ?? 'unlimited';
    if (rate !== 'unlimited' && (!Number.isInteger(rate) || rate < 1 || rate > 1_000_000)) {
      throw new ValidationError(where, 'rate', rate, 'messages per second, a whole number from 1 to 1000000, or "unlimited"');
    }
    const server = `--server ${stream.connectAddress}`;
    this.useTool({
      tool: 'nats-bench',
      image: MESSAGING_BENCH_IMAGES.natsBox,
      user: NATS_BOX_USER,
      summaryFormat: 'nats-bench',
      ownParameters: [
        { name: 'messages', value: String(messages), description: 'messages published and read back' },
        { name: 'rate', value: rate === 'unlimited' ? '0' : String(rate), description: 'messages per second the publisher aims at; 0 publishes as fast as acknowledgements come' },
      ],
      script: (own) => [
        // The pause between publications, in microseconds; 0 for none.
        `RATE=${own.rate}; if [ "$RATE" -gt 0 ]; then SLEEP="$((1000000 / RATE))us"; else SLEEP=0s; fi`,
        `nats ${server} bench js pub sync ${stream.subject} --stream ${stream.streamName} --msgs ${own.messages} --size ${size}B --sleep $SLEEP --no-progress`
        + ` && nats ${server} bench js ordered --stream ${stream.streamName} --msgs ${own.messages} --no-progress`
        + ` && echo "${MESSAGES_LINE} ${own.messages}"`,
      ].join('\n'),
    });
  }
}
