/** What the DNS server's Corefile says. */
export interface CorefileOptions {
  /** The zone served from the cluster's Services and Ingresses. */
  readonly domain: string;
  /** `name.namespace` of the server's own Service: the zone's NS and SOA records name it. */
  readonly apex: string;
  /** Port the server listens on inside its container. */
  readonly port: number;
  /** TTL of the answers, in seconds. */
  readonly ttl: number;
  /** Port of the `prometheus` plugin's /metrics, on every address of the pod. */
  readonly metricsPort: number;
}

/**
 * A CoreDNS configuration that answers for `domain` from LoadBalancer Services
 * (`<service>.<namespace>.<domain>`) and Ingress hosts, and forwards every other name to the
 * cluster's resolver, so clients can point all their queries at it.
 */
export function corefile(options: CorefileOptions): string {
  return [
    `.:${options.port} {`,
    '    errors',
    '    log',
    '    health {',
    '        lameduck 5s',
    '    }',
    '    ready',
    // CoreDNS' own request, cache and forward counters, and k8s_gateway's; the plugin is built
    // into the k8s_gateway image (cmd/coredns.go imports CoreDNS' whole plugin list).
    `    prometheus :${options.metricsPort}`,
    `    k8s_gateway ${options.domain} {`,
    '        resources Ingress Service',
    `        apex ${options.apex}`,
    `        ttl ${options.ttl}`,
    '    }',
    '    forward . /etc/resolv.conf',
    '    cache 30',
    '    loop',
    '    reload',
    '    loadbalance',
    '}',
    '',
  ].join('\n');
}
