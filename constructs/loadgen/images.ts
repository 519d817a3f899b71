/** The load generators' images, pinned. */
export const LOADGEN_IMAGES = {
  k6: 'grafana/k6:1.3.0',
  locust: 'locustio/locust:2.32.3',
} as const;
