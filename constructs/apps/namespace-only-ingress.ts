import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { ValidationError } from '../core/errors';
import type { HelloApp } from './hello-app';

export interface NamespaceOnlyIngressProps {
  /** The app whose pods the policy guards. */
  readonly app: HelloApp;
}

/**
 * A standard NetworkPolicy that lets only pods of the app's own namespace (its load generator)
 * reach the app's container port, and nothing else in. What enforces it is the cluster's CNI:
 * Cilium's eBPF datapath on a Cilium environment, which makes this the sidecar-free, proxy-free
 * way of isolating an app that the mesh comparison measures beside the meshes (ADR 0152).
 * Kubelet probes come from the node and stay allowed (NetworkPolicy, Kubernetes 1.30).
 *
 * @example
 * new NamespaceOnlyIngress(exp, 'policy', { app });
 */
export class NamespaceOnlyIngress extends Construct {
  public readonly policy: kplus.NetworkPolicy;

  public constructor(scope: Construct, id: string, props: NamespaceOnlyIngressProps) {
    super(scope, id);
    const app = props.app;
    const port = app.deployment.containers[0]?.ports[0]?.number;
    if (port === undefined) {
      throw new ValidationError(this.node.path, 'app', app.node.path, 'an app whose container declares its port');
    }
    // In the app's own folder, so that it comes and goes with the app.
    this.policy = new kplus.NetworkPolicy(app.objects, 'NamespaceOnlyIngress', {
      metadata: { name: `${app.deployment.name}-namespace-only`, namespace: app.namespace },
      selector: app.deployment,
      ingress: {
        default: kplus.NetworkPolicyTrafficDefault.DENY,
        rules: [{ peer: kplus.Pods.all(app.objects, 'SameNamespace'), ports: [kplus.NetworkPolicyPort.tcp(port)] }],
      },
    });
  }
}
