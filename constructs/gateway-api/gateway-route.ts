import { Construct } from 'constructs';
import {
  HttpRoute, HttpRouteSpecRulesFiltersType, HttpRouteSpecRulesFiltersUrlRewritePathType, HttpRouteSpecRulesMatchesPathType,
} from '../../imports/gateway-api-httproute-gateway.networking.k8s.io';
import { ReferenceGrant } from '../../imports/gateway-api-referencegrant-gateway.networking.k8s.io';
import { ValidationError } from '../core/errors';
import { checkLabelName } from '../core/validation';
import { recordWiring } from '../core/wiring';
import type { HttpTarget } from '../loadgen/http-target';
import { GatewayProtocol, LISTENER_PORTS, RouteParent } from './listeners';

export interface GatewayRouteOptions {
  /**
   * The path prefix routed to the target; the gateway strips it, so the target's own endpoints
   * are served under it (`/api/health` reaches `/health`).
   * @default '/'
   */
  readonly path?: string;
  /**
   * The HTTPRoute's name suffix: `<gateway>-<name>`.
   * @default - the target's Service name
   */
  readonly name?: string;
}

const PATH = /^\/([a-z0-9._~-]+(\/[a-z0-9._~-]+)*)?$/;

/**
 * An app behind a Gateway: an HTTPRoute in the gateway's namespace on every listener,
 * matching a path prefix and rewriting it to `/`, and, for a Service in another namespace, the
 * ReferenceGrant there that lets the route use it. Created by `gateway.route(...)`.
 */
export class GatewayRoute extends Construct {
  /** The HTTPRoute name a route of `gateway` to `backend` gets; throws on a bad target or name. */
  public static nameFor(gateway: RouteParent, backend: HttpTarget, options: GatewayRouteOptions): string {
    const where = gateway.node.path;
    if (!backend || typeof backend.serviceName !== 'string' || typeof backend.namespace !== 'string' || !Array.isArray(backend.endpoints)) {
      throw new ValidationError(where, 'route.target', typeof backend === 'object' ? typeof backend : backend, 'an HttpTarget handle of an app, such as app.http');
    }
    return checkLabelName(where, 'route.name', `${gateway.gatewayName}-${options.name ?? backend.serviceName}`);
  }

  /** The HTTPRoute's name. */
  public readonly routeName: string;
  /** The path prefix. */
  public readonly path: string;
  /** The app the route sends requests to. */
  public readonly backend: HttpTarget;

  /** The gateway the route attaches to. */
  public readonly parent: RouteParent;

  public constructor(gateway: RouteParent, backend: HttpTarget, options: GatewayRouteOptions) {
    const where = gateway.node.path;
    const name = GatewayRoute.nameFor(gateway, backend, options);
    super(gateway.objects, `Route-${name}`);
    const path = options.path ?? '/';
    if (typeof path !== 'string' || !PATH.test(path)) {
      throw new ValidationError(where, 'route.path', path, 'a path prefix such as / or /api (lower-case segments, no trailing slash)');
    }
    this.parent = gateway;
    this.routeName = name;
    this.path = path;
    this.backend = backend;
    const crossNamespace = backend.namespace !== gateway.namespace;

    new HttpRoute(this, 'HTTPRoute', {
      metadata: { name, namespace: gateway.namespace },
      spec: {
        parentRefs: gateway.listeners.map((listener) => ({ name: gateway.gatewayName, sectionName: listener })),
        hostnames: [...gateway.hostnames],
        rules: [{
          matches: [{ path: { type: HttpRouteSpecRulesMatchesPathType.PATH_PREFIX, value: path } }],
          ...(path === '/' ? {} : {
            filters: [{
              type: HttpRouteSpecRulesFiltersType.URL_REWRITE,
              urlRewrite: { path: { type: HttpRouteSpecRulesFiltersUrlRewritePathType.REPLACE_PREFIX_MATCH, replacePrefixMatch: '/' } },
            }],
          }),
          backendRefs: [{
            name: backend.serviceName, port: backend.port,
            ...(crossNamespace ? { namespace: backend.namespace } : {}),
          }],
        }],
      },
    });
    if (crossNamespace) {
      // Lets HTTPRoutes of the gateway's namespace use this one Service (Gateway API's ReferenceGrant).
      new ReferenceGrant(this, 'ReferenceGrant', {
        metadata: { name, namespace: backend.namespace },
        spec: {
          from: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: gateway.namespace }],
          to: [{ group: '', kind: 'Service', name: backend.serviceName }],
        },
      });
    }
    recordWiring(gateway, backend.owner, 'route');
  }

  /** The route through the gateway's HTTP listener, for load generators. */
  public get http(): HttpTarget {
    return this.target('http');
  }

  /** The route through the gateway's HTTPS listener (TLS ends at the gateway), for load generators. */
  public get https(): HttpTarget {
    return this.target('https');
  }

  /** The route through one listener: the gateway's Service and port, the app's endpoints. */
  public target(protocol: GatewayProtocol): HttpTarget {
    const base = this.parent.url(protocol);
    return {
      owner: this.parent,
      serviceName: this.parent.dataPlane.serviceName,
      namespace: this.parent.dataPlane.namespace ?? this.parent.namespace,
      port: LISTENER_PORTS[protocol],
      url: this.path === '/' ? base : `${base}${this.path}`,
      endpoints: this.backend.endpoints,
    };
  }
}
