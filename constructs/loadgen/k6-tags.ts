/**
 * The k6 tags every run's samples carry (set by K6Test with `--tag`), which k6's remote-write
 * output turns into Prometheus labels; experiment dashboards select by them.
 */
export const K6_RUN_TAGS = { run: 'testid', experiment: 'experiment', variant: 'variant', loadGenerator: 'loadgen' } as const;
