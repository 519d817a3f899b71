import { ValidationError } from '../core/errors';
import { checkDuration, checkInteger, checkLabelName, checkOneOf } from '../core/validation';

/** What Prometheus discovers a metrics endpoint through. */
export type ScrapeTarget =
  /** The endpoints of the Services whose labels match (a ServiceMonitor). */
  | 'service'
  /** The pods whose labels match, without a Service in front (a PodMonitor). */
  | 'pod';

/** One metrics endpoint of a component, as the component declares it. */
export interface MetricsEndpointProps {
  /**
   * The scrape job's name: the `job` label of every series scraped, and the name of the
   * ServiceMonitor or PodMonitor. Dashboards and SLOs select the series by it.
   */
  readonly job: string;
  /** Whether Services or pods are discovered. */
  readonly target: ScrapeTarget;
  /** The namespace the Services or pods are in. */
  readonly namespace: string;
  /** Labels of the Services (target `service`) or pods (target `pod`) to scrape. */
  readonly selector: Readonly<Record<string, string>>;
  /** The port: its name (on the Service or container) or, for pods only, its number. */
  readonly port: string | number;
  /**
   * The HTTP path.
   * @default '/metrics'
   */
  readonly path?: string;
  /**
   * How often the endpoint is scraped.
   * @default '30s'
   */
  readonly interval?: string;
  /**
   * `https` for endpoints that serve metrics over TLS only.
   * @default 'http'
   */
  readonly scheme?: 'http' | 'https';
  /**
   * Accept the endpoint's certificate without checking it: for self-signed certificates on
   * in-cluster endpoints (the request never leaves the cluster network).
   * @default false
   */
  readonly insecureSkipVerify?: boolean;
  /**
   * Query parameters of every scrape, for endpoints that serve Prometheus' format only when asked
   * (OpenBao's `/v1/sys/metrics?format=prometheus`).
   * @default - none
   */
  readonly params?: Readonly<Record<string, readonly string[]>>;
  /**
   * Present Prometheus' own service-account token: for endpoints that let only callers allowed to
   * `get` the non-resource URL `/metrics` in (controller-runtime's authenticated metrics), which
   * kube-prometheus-stack's ClusterRole grants Prometheus. Services only: a ServiceMonitor may
   * name the token file Prometheus mounts, a PodMonitor may not.
   * @default false
   */
  readonly prometheusToken?: boolean;
}

/** A label key or value as selectors take them (keys may carry a DNS prefix). */
const LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;
/** An IANA service name, as container and Service ports are named. */
const PORT_NAME = /^(?=.{1,15}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A scrape job whose series dashboards and objectives select by its `job` label. */
export interface IScrapeJob {
  /** The `job` label of the series. */
  readonly job: string;
}

/** A checked metrics endpoint: every default filled in. */
export class MetricsEndpoint implements IScrapeJob {
  public readonly job: string;
  public readonly target: ScrapeTarget;
  public readonly namespace: string;
  public readonly selector: Readonly<Record<string, string>>;
  public readonly port: string | number;
  public readonly path: string;
  public readonly interval: string;
  public readonly scheme: 'http' | 'https';
  public readonly insecureSkipVerify: boolean;
  public readonly params: Readonly<Record<string, readonly string[]>>;
  public readonly prometheusToken: boolean;

  /** Checks the declaration; `where` names the declaring construct in errors. */
  public constructor(where: string, props: MetricsEndpointProps) {
    this.job = checkLabelName(where, 'metrics.job', props.job);
    this.target = checkOneOf(where, 'metrics.target', props.target, ['service', 'pod']);
    this.namespace = checkLabelName(where, 'metrics.namespace', props.namespace);
    const selector = props.selector ?? {};
    if (Object.keys(selector).length === 0) {
      throw new ValidationError(where, 'metrics.selector', props.selector,
        'at least one label, so that only this component\'s endpoints are scraped');
    }
    for (const [key, value] of Object.entries(selector)) {
      if (!LABEL_KEY.test(key)) throw new ValidationError(where, `metrics.selector.${key}`, key, 'a label key such as app.kubernetes.io/name');
      if (typeof value !== 'string' || !LABEL_VALUE.test(value)) {
        throw new ValidationError(where, `metrics.selector.${key}`, value, 'a label value: up to 63 letters, digits, "-", "_" or "."');
      }
    }
    this.selector = { ...selector };
    if (typeof props.port === 'number') {
      if (this.target === 'service') {
        throw new ValidationError(where, 'metrics.port', props.port, 'a port name for target "service" (ServiceMonitors select Service ports by name)');
      }
      checkInteger(where, 'metrics.port', props.port, 1, 65535);
    } else if (typeof props.port !== 'string' || !PORT_NAME.test(props.port)) {
      throw new ValidationError(where, 'metrics.port', props.port, 'a port name (1-15 lower-case letters, digits or "-") or a port number');
    }
    this.port = props.port;
    this.path = props.path ?? '/metrics';
    if (!/^\/[-A-Za-z0-9._~/]*$/.test(this.path)) {
      throw new ValidationError(where, 'metrics.path', props.path, 'an absolute HTTP path such as /metrics');
    }
    this.interval = checkDuration(where, 'metrics.interval', props.interval ?? '30s');
    this.scheme = checkOneOf(where, 'metrics.scheme', props.scheme ?? 'http', ['http', 'https']);
    this.insecureSkipVerify = props.insecureSkipVerify ?? false;
    if (this.insecureSkipVerify && this.scheme !== 'https') {
      throw new ValidationError(where, 'metrics.insecureSkipVerify', true, 'only with scheme "https"');
    }
    const params = props.params ?? {};
    for (const [name, values] of Object.entries(params)) {
      if (!/^[A-Za-z0-9_.-]+$/.test(name) || !Array.isArray(values) || values.length === 0
        || values.some((v) => typeof v !== 'string' || v === '')) {
        throw new ValidationError(where, `metrics.params.${name}`, values, 'a parameter name of letters, digits, "_", "." or "-" with a list of non-empty strings');
      }
    }
    this.params = Object.fromEntries(Object.entries(params).map(([name, values]) => [name, [...values]]));
    this.prometheusToken = props.prometheusToken ?? false;
    if (this.prometheusToken && (this.target !== 'service' || this.scheme !== 'https')) {
      throw new ValidationError(where, 'metrics.prometheusToken', true,
        'only with target "service" and scheme "https" (a PodMonitor cannot name a token file; a token goes over TLS only)');
    }
  }
}
