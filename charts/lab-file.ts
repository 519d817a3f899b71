import { Construct } from 'constructs';

const LAB_FILE = Symbol.for('illm-lab.LabFile');

/** The name of the folders that hold set-up files; no component folder takes it. */
export const SETUP_FOLDER = 'install';

/** Whether a path under dist/ is a set-up file rather than a Kubernetes object. */
export function isSetupFile(file: string): boolean {
  return file.split(/[\\/]/).slice(0, -1).includes(SETUP_FOLDER);
}

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
    if (!isSetupFile(props.path)) {
      throw new Error(`${this.node.path}: a set-up file belongs in a folder named ${SETUP_FOLDER}, not at dist/${props.path}`);
    }
    this.path = props.path;
    this.produce = props.content;
    Object.defineProperty(this, LAB_FILE, { value: true });
  }

  /** The content, ending in one newline. */
  public render(): string {
    return `${this.produce().replace(/\n*$/, '')}\n`;
  }
}
