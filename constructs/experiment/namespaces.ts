import * as kplus from 'cdk8s-plus-30';
import { Construct } from 'constructs';
import { Component } from '../argocd/component';
import { ValidationError } from '../core/errors';
import { checkLabelName } from '../core/validation';
import { declareNoMetrics } from '../monitoring/metrics-declarations';
import { MeshDataplaneMode, MeshMtlsMode, MeshNamespace } from '../istio/mesh-namespace';
import type { PlainTextIngress } from '../istio/plain-text-ingress';

/** How a namespace of an experiment joins one of the hub's meshes. */
export interface MeshEnrollment {
  /**
   * How the namespace's pods join the mesh; MeshNamespace refuses modes the hub cannot serve.
   * @default 'sidecar'
   */
  readonly mode?: MeshDataplaneMode;
  /**
   * Mutual TLS for traffic into the namespace's workloads.
   * @default 'STRICT'
   */
  readonly mtls?: MeshMtlsMode;
  /**
   * An Istio waypoint (L7 proxy) for the namespace's services; ambient mode only.
   * @default false
   */
  readonly waypoint?: boolean;
}

export interface ExperimentNamespaceOptions {
  /**
   * Enrolls the namespace in the mesh: a sidecar in every pod, mutual TLS required.
   * @default - not in the mesh
   */
  readonly mesh?: MeshEnrollment;
}

/**
 * The experiment's `namespaces` part: one Namespace object per namespace the experiment uses,
 * labelled with the experiment, and synced a wave before every other part so that labels (Pod
 * Security, mesh injection) are in place before any pod starts. ArgoCD's CreateNamespace of the
 * other parts then finds them existing.
 */
export class ExperimentNamespaces extends Component {
  private readonly known = new Map<string, ExperimentNamespaceOptions>();
  private readonly meshes = new Map<string, MeshNamespace>();
  /** Plain-text paths by namespace, kept for namespaces enrolled after the declaration. */
  private readonly plainText = new Map<string, PlainTextIngress[]>();

  public constructor(scope: Construct, id: string, mainNamespace: string) {
    super(scope, id, {}, { name: 'namespaces', namespace: mainNamespace, minimumSyncWave: -1 });
    declareNoMetrics(this, 'it holds Namespace objects and mesh settings only, no process');
  }

  /** Declares a namespace once; later calls must not ask for a different enrollment. */
  public declare(where: string, name: string, options: ExperimentNamespaceOptions = {}): string {
    checkLabelName(where, 'namespace', name);
    const earlier = this.known.get(name);
    if (earlier !== undefined) {
      if (options.mesh !== undefined && JSON.stringify(options.mesh) !== JSON.stringify(earlier.mesh)) {
        throw new ValidationError(where, 'mesh', options.mesh,
          `the enrollment namespace ${name} was declared with first (${JSON.stringify(earlier.mesh ?? null)}); a namespace is in the mesh or not`);
      }
      return name;
    }
    this.known.set(name, options);
    // The folder's labels name the experiment on both; the hub's Pod Security baseline matches it.
    if (options.mesh) {
      const mesh = new MeshNamespace(this.objects, name, { name, mode: options.mesh.mode, mtls: options.mesh.mtls, waypoint: options.mesh.waypoint });
      this.meshes.set(name, mesh);
      for (const ingress of this.plainText.get(name) ?? []) mesh.acceptPlainText(ingress);
    } else {
      new kplus.Namespace(this.objects, name, { metadata: { name } });
    }
    return name;
  }

  /**
   * Records that callers outside the mesh must reach pods of `namespace` in plain text; when the
   * namespace is (or is later declared) in the mesh, its MeshNamespace writes the exception.
   * Outside the mesh nothing is needed.
   */
  public acceptPlainText(namespace: string, ingress: PlainTextIngress): void {
    const list = this.plainText.get(namespace) ?? [];
    list.push(ingress);
    this.plainText.set(namespace, list);
    this.meshes.get(namespace)?.acceptPlainText(ingress);
  }

  /** Whether a declared namespace is in the mesh. */
  public isMeshed(name: string): boolean {
    return this.known.get(name)?.mesh !== undefined;
  }

  /** How a declared namespace joins its mesh, or undefined outside any mesh. */
  public meshModeOf(name: string): MeshDataplaneMode | undefined {
    return this.meshes.get(name)?.mode;
  }
}
