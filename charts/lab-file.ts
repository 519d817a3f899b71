import { Construct } from 'constructs';

const LAB_FILE = Symbol.for('illm-lab.LabFile');

export interface LabFileProps {
  /** The file's path under dist/, e.g. `hub/kind/bootstrap/install/kind-cluster.yaml`. */
  readonly path: string;
  /** The file's content, produced when the tree is rendered (after every construct exists). */
  readonly content: () => string;
}

/**
 * A file of dist/ that is not a Kubernetes object: an input for the person who sets a cluster up
 * (Helm values for the first install, a Kind cluster config). Such files live only in folders no
 * Application syncs, so that every synced folder still holds objects alone.
 */
export class LabFile extends Construct {
  /** Whether a construct is a LabFile (instanceof is unreliable across bundles). */
  public static isLabFile(x: unknown): x is LabFile {
    return x !== null && typeof x === 'object' && (x as { [LAB_FILE]?: boolean })[LAB_FILE] === true;
  }

  /** The path under dist/. */
  public readonly path: string;
  private readonly produce: () => string;

  public constructor(scope: Construct, id: string, props: LabFileProps) {
    super(scope, id);
    this.path = props.path;
    this.produce = props.content;
    Object.defineProperty(this, LAB_FILE, { value: true });
  }

  /** The content, ending in one newline. */
  public render(): string {
    return `${this.produce().replace(/\n*$/, '')}\n`;
  }
}
