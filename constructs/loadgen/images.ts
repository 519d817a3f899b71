/** The load generators' images, pinned. */
export const LOADGEN_IMAGES = {
  k6: 'grafana/k6:1.3.0',
  locust: 'locustio/locust:2.32.3',
  /** OpenTelemetry's trace, metric and log generator, released with the collector's contrib distribution. */
  telemetrygen: 'ghcr.io/open-telemetry/opentelemetry-collector-contrib/telemetrygen:v0.158.0',
  /** prometheus-community's synthetic metrics exporter (quay.io/prometheuscommunity, published by its CI per tag). */
  avalanche: 'quay.io/prometheuscommunity/avalanche:v0.7.0',
} as const;

/** Messaging bench images, pinned: RabbitMQ's PerfTest and nats-box (the `nats` CLI, as the nats chart 2.14.2 pins it). */
export const MESSAGING_BENCH_IMAGES = {
  perfTest: 'pivotalrabbitmq/perf-test:2.25.0',
  natsBox: 'natsio/nats-box:0.19.7',
} as const;
