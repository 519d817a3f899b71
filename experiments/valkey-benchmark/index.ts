import type { ExperimentDefinition } from '../../constructs/experiment/experiment';
import { ValkeyBenchmark } from '../../constructs/loadgen/valkey-benchmark';
import { Valkey } from '../../constructs/valkey/valkey';

/** The two payloads compared: a small value such as a session token, and a 4 KiB page fragment. */
const PAYLOADS = [['payload-128b', 128], ['payload-4kib', 4096]] as const;

/**
 * How fast one Valkey server answers SET and GET, and what a larger value costs: the same
 * valkey-benchmark load (50 clients, 16 commands pipelined, 200,000 requests per command over
 * 100,000 keys) run twice, with 128-byte and with 4 KiB values. Each variant's summary has
 * operations per second and latency percentiles per command; its cost is per million operations.
 */
export const valkeyBenchmark: ExperimentDefinition = {
  name: 'valkey-benchmark',
  description: 'Valkey SET and GET operations per second and latency at a small and a large payload',
  parameters: { duration: '5m' },
  build(exp) {
    const namespace = exp.namespace();
    const valkey = new Valkey(exp, 'valkey', { namespace });
    // One after the other, so the variants do not compete for the one server.
    for (const [variant, payloadBytes] of PAYLOADS) {
      exp.runLoad(new ValkeyBenchmark(exp, `bench-${variant}`, {
        name: `bench-${variant}`, target: valkey.endpoint, variant, commands: ['set', 'get'],
        payloadBytes, pipeline: 16, clients: 50, requests: 200_000, keyspace: 100_000,
      }));
    }
  },
};
