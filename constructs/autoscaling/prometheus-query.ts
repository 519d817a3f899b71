import { serviceHost } from '../core/service-host';
import { Experiment } from '../experiment/experiment';
import type { K6Test } from '../loadgen/k6-test';
import { K6_RUN_TAGS } from '../loadgen/k6-tags';
import { HUB_PROMETHEUS_SERVICE } from '../monitoring/monitoring-stack';

/** A PromQL query and the Prometheus that answers it: what a KEDA Prometheus trigger is built from. */
export interface PrometheusQuery {
  /** Prometheus' in-cluster HTTP API. */
  readonly serverAddress: string;
  /** The PromQL expression; it must return one number. */
  readonly query: string;
  /** What the number is, with its unit, for docs and the ADR. */
  readonly description: string;
}

/** The hub's Prometheus, which every hub names the same. */
export const HUB_PROMETHEUS_URL = `http://${serviceHost(HUB_PROMETHEUS_SERVICE.name, HUB_PROMETHEUS_SERVICE.namespace)}:${HUB_PROMETHEUS_SERVICE.port}`;

/**
 * Requests per second a k6 load generator sends to its target, from the samples its runners
 * remote-write (k6's `http_reqs` counter arrives as `k6_http_reqs_total`, labelled with the tags
 * K6Test sets). The app itself serves no metrics, so the requests it is sent are the ones k6
 * counts; between runs there are none, and the query returns 0.
 */
export function requestRate(load: K6Test, window = '30s'): PrometheusQuery {
  const experiment = Experiment.of(load);
  const selector = [
    `${K6_RUN_TAGS.experiment}="${experiment.experimentName}"`,
    `${K6_RUN_TAGS.variant}="${load.variant}"`,
    `${K6_RUN_TAGS.loadGenerator}="${load.loadName}"`,
  ].join(',');
  return {
    serverAddress: HUB_PROMETHEUS_URL,
    query: `sum(rate(k6_http_reqs_total{${selector}}[${window}])) or vector(0)`,
    description: `requests/s ${load.loadName} sends to ${load.target.serviceName}.${load.target.namespace}`,
  };
}
