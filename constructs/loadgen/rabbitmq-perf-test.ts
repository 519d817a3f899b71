import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import type { RabbitmqQueue } from '../rabbitmq/rabbitmq-queue';
import { MESSAGES_LINE, MessagingBench, MessagingBenchProps } from './bench-load-generator';
import { MESSAGING_BENCH_IMAGES } from './images';
import { checkInteger } from '../core/validation';

export interface RabbitmqPerfTestProps extends Omit<MessagingBenchProps, 'target'> {
  /** The quorum queue or stream to publish to and consume from. */
  readonly queue: RabbitmqQueue;
  /** Messages the producer sends and the consumer reads (`--pmessages`, `--cmessages`). */
  readonly messages: number;
  /**
   * Size of each message in bytes; PerfTest needs at least 12 for its timestamp.
   * @default 1024
   */
  readonly messageSize?: number;
  /**
   * Messages per second the producer aims at, or `unlimited`.
   * @default 'unlimited'
   */
  readonly rate?: number | 'unlimited';
  /**
   * Unconfirmed publishes the producer allows (`--confirm`): every message is confirmed by the
   * broker once a majority of the queue's replicas has it.
   * @default 100
   */
  readonly confirmWindow?: number;
}

/** The user of PerfTest's image (its Dockerfile's `perf-test`, uid 2000). */
const PERF_TEST_USER = 2000;

/**
 * RabbitMQ PerfTest against a quorum queue or stream: one producer with publisher confirms and
 * one consumer, over AMQP 0-9-1, both in one Job in the broker's namespace. The queue is the one
 * the topology operator declared from its resource: PerfTest uses it as it is (`--queue` with
 * `--predeclared`) and declares nothing; `--quorum-queue` or `--stream-queue` still make its
 * messages persistent and, for a stream, give the consumer the prefetch streams need. The default
 * user's credentials come from the operator's Secret as environment variables. Its closing summary has the send and receive
 * rates and the consumer latency percentiles: the time from publish to delivery.
 *
 * @example
 * exp.runLoad(new RabbitmqPerfTest(exp, 'perf', { queue: rabbit.addQueue('q', { type: 'quorum' }), messages: 100_000, rate: 2_000 }));
 */
export class RabbitmqPerfTest extends MessagingBench {
  public readonly queue: RabbitmqQueue;

  public constructor(scope: Construct, id: string, props: RabbitmqPerfTestProps) {
    super(scope, id, { ...props, target: props.queue }, 'perf-test');
    const where = this.node.path;
    const queue = props.queue;
    this.queue = queue;
    const messages = checkInteger(where, 'messages', props.messages, 1, 1_000_000_000, 'messages sent and read');
    const size = checkInteger(where, 'messageSize', props.messageSize ?? 1024, 12, queue.maxMessageBytes,
      `PerfTest writes a 12-byte timestamp into each message, and the broker accepts at most ${queue.maxMessageBytes} bytes`);
    const rate = props.rate ?? 'unlimited';
    if (rate !== 'unlimited' && (!Number.isInteger(rate) || rate < 1 || rate > 10_000_000)) {
      throw new ValidationError(where, 'rate', rate, 'messages per second, a whole number from 1 to 10000000, or "unlimited"');
    }
    const confirm = checkInteger(where, 'confirmWindow', props.confirmWindow ?? 100, 1, 100_000, 'unconfirmed publishes in flight');
    // PerfTest 2.25.0 (PerfTest.java): either flag marks messages persistent; --stream-queue also
    // sets the consumer's prefetch to 200. With --predeclared it declares a queue only when a
    // passive declare finds none (MulticastParams.java); the workflow starts the bench after the
    // Queue resource is healthy, so the queue is there.
    const typeFlag = queue.type === 'quorum' ? '--quorum-queue' : '--stream-queue';
    const secret = queue.cluster.defaultUserSecret;
    this.useTool({
      tool: 'perf-test',
      image: MESSAGING_BENCH_IMAGES.perfTest,
      user: PERF_TEST_USER,
      summaryFormat: 'perf-test',
      env: { RABBITMQ_USER: { secret, key: 'username' }, RABBITMQ_PASSWORD: { secret, key: 'password' } },
      ownParameters: [
        { name: 'messages', value: String(messages), description: 'messages the producer sends and the consumer reads' },
        { name: 'rate', value: rate === 'unlimited' ? '0' : String(rate), description: 'messages per second the producer aims at; 0 sends as fast as confirms allow' },
      ],
      // The password is the operator's base64url text, which a URI's user information may hold as it is.
      script: (own) => [
        `RATE=${own.rate}; if [ "$RATE" -gt 0 ]; then RATE_ARGS="--rate $RATE"; else RATE_ARGS=""; fi`,
        `java -jar /perf_test/perf-test.jar --uri "amqp://$RABBITMQ_USER:$RABBITMQ_PASSWORD@${queue.connectAddress}/%2f"`
        + ` --queue ${queue.queueName} --predeclared ${typeFlag}`
        + ` --producers 1 --consumers 1 --pmessages ${own.messages} --cmessages ${own.messages}`
        + ` --size ${size} --confirm ${confirm} $RATE_ARGS`
        + ` && echo "${MESSAGES_LINE} ${own.messages}"`,
      ].join('\n'),
    });
  }
}
