/** The load generators' images, pinned. */
export const LOADGEN_IMAGES = {
  k6: 'grafana/k6:1.3.0',
  locust: 'locustio/locust:2.32.3',
} as const;

/** Messaging bench images, pinned: RabbitMQ's PerfTest and nats-box (the `nats` CLI, as the nats chart 2.14.2 pins it). */
export const MESSAGING_BENCH_IMAGES = {
  perfTest: 'pivotalrabbitmq/perf-test:2.25.0',
  natsBox: 'natsio/nats-box:0.19.7',
} as const;
