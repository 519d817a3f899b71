import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { Component, ComponentProps } from '../argocd/component';
import { ValidationError } from '../core/errors';
import { checkInteger, checkLabelName, checkPinnedImage } from '../core/validation';
import { toContainerResources } from '../k8s/kplus-resources';
import type { PodMetadata } from '../k8s/pod-metadata';
import type { Resources } from '../k8s/resources';
import { HttpEndpoint, HttpTarget, serviceUrl } from '../loadgen/http-target';
import { restrictedContainer } from '../k8s/security';
import { declareNoMetrics } from '../monitoring/metrics-declarations';

/** hashicorp/http-echo: one static Go binary that answers every path with a fixed text. */
export const HELLO_IMAGE = 'hashicorp/http-echo:1.0.0';
const CONTAINER_PORT = 5678;
const SERVICE_PORT = 80;
/** Any unprivileged UID: the image is a lone binary with no user of its own. */
const APP_USER = 65532;

export interface HelloAppProps extends ComponentProps {
  /**
   * The part's name: its folder and Application suffix.
   * @default - the construct id
   */
  readonly name?: string;
  /** The namespace the app runs in. */
  readonly namespace: string;
  /**
   * Name of the Deployment and the Service.
   * @default 'hello'
   */
  readonly appName?: string;
  /**
   * Pods behind the Service, or `'autoscaled'` to leave the count to an HPA or KEDA (the
   * Deployment then sets none, so ArgoCD does not undo their choice).
   * @default 2
   */
  readonly replicas?: number | 'autoscaled';
  /**
   * What `/` answers.
   * @default 'hello from the lab'
   */
  readonly text?: string;
  /**
   * The http-echo image, pinned to a version.
   * @default HELLO_IMAGE
   */
  readonly image?: string;
  /**
   * Requests and limits of each pod.
   * @default 10m/16Mi requested, 200m/64Mi limit
   */
  readonly resources?: Resources;
  /**
   * Labels and annotations of the pods (mesh enrollment, for example).
   * @default - none
   */
  readonly podMetadata?: PodMetadata;
}

/**
 * A tiny HTTP app to put load on: http-echo behind a Service, non-root with a read-only root
 * filesystem. It answers every method on `/` with its text and `GET /health` with a JSON status;
 * {@link http} is the handle load generators are given.
 */
export class HelloApp extends Component {
  /** The endpoints http-echo really serves. */
  public readonly endpoints: { readonly root: HttpEndpoint; readonly health: HttpEndpoint };
  /** The typed handle of the Service, for load generators. */
  public readonly http: HttpTarget;
  public readonly deployment: kplus.Deployment;
  public readonly service: kplus.Service;

  public constructor(scope: Construct, id: string, props: HelloAppProps) {
    super(scope, id, props, { name: props.name ?? id, namespace: props.namespace });
    const where = this.node.path;
    const namespace = this.namespace;
    const appName = checkLabelName(where, 'appName', props.appName ?? 'hello');
    const replicas = props.replicas === 'autoscaled' ? undefined : checkInteger(where, 'replicas', props.replicas ?? 2, 1, 20);
    const image = checkPinnedImage(where, 'image', props.image ?? HELLO_IMAGE);
    const text = props.text ?? 'hello from the lab';
    if (typeof text !== 'string' || text.trim() === '' || text.includes('\n')) {
      throw new ValidationError(where, 'text', text, 'one line of text');
    }
    const resources = toContainerResources(where, 'resources', props.resources ?? {
      requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '200m', memory: '64Mi' },
    });

    this.endpoints = {
      // http-echo's catch-all handler: any path but /health, any method.
      root: { path: '/', methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'], description: 'the text, for every method' },
      health: { path: '/health', methods: ['GET'], description: '{"status":"ok"}' },
    };

    this.deployment = new kplus.Deployment(this.objects, 'Deployment', {
      metadata: { name: appName, namespace },
      replicas,
      podMetadata: { labels: { ...props.podMetadata?.labels }, annotations: { ...props.podMetadata?.annotations } },
      securityContext: { ensureNonRoot: true, user: APP_USER, group: APP_USER },
      containers: [{
        name: 'http-echo',
        image,
        args: [`-listen=:${CONTAINER_PORT}`, `-text=${text}`],
        ports: [{ name: 'http', number: CONTAINER_PORT }],
        resources,
        securityContext: restrictedContainer(APP_USER),
        readiness: kplus.Probe.fromHttpGet(this.endpoints.health.path, { port: CONTAINER_PORT }),
        liveness: kplus.Probe.fromHttpGet(this.endpoints.health.path, { port: CONTAINER_PORT }),
      }],
    });
    if (props.replicas === 'autoscaled') this.deployment.markHasAutoscaler();
    this.service = new kplus.Service(this.objects, 'Service', {
      metadata: { name: appName, namespace },
      selector: this.deployment,
      ports: [{ name: 'http', port: SERVICE_PORT, targetPort: CONTAINER_PORT }],
    });
    this.http = {
      owner: this,
      serviceName: appName,
      namespace,
      port: SERVICE_PORT,
      url: serviceUrl(appName, namespace, SERVICE_PORT),
      endpoints: [this.endpoints.root, this.endpoints.health],
    };
    // http-echo 1.0.0 registers only `/` and `/health` (main.go).
    declareNoMetrics(this, 'http-echo serves no metrics endpoint: the load generator measures its '
      + 'requests and latency, and the run\'s resource use comes from the kubelet\'s container metrics');
  }
}
