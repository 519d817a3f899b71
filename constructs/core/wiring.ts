import type { IConstruct } from 'constructs';
import { LabError } from './errors';

/** The construct metadata type under which wiring is kept. */
const WIRING_METADATA = 'illm-lab:wiring';

/** A typed connection from one construct to another: who uses whom, and for what. */
export interface Wiring {
  /** The construct that uses the other (an External Secrets store, a load generator). */
  readonly from: IConstruct;
  /** The construct it uses (OpenBao, the target of a load test). */
  readonly to: IConstruct;
  /** What the connection is, in a few words: `secrets`, `certificates`, `load`. */
  readonly label: string;
}

/**
 * Records that `from` uses `to`, for the architecture diagrams (`npm run graph`). A construct
 * calls it where it consumes another's handle, e.g. a ClusterSecretStore given
 * `openbao.address`: `recordWiring(this, props.openbao, 'secrets')`. The record is kept as
 * metadata of `from` in its construct tree, so it never reaches the manifests and trees built
 * side by side (tests, benchmarks) do not see each other's wiring.
 */
export function recordWiring(from: IConstruct, to: IConstruct, label: string): void {
  if (typeof label !== 'string' || label.trim() === '' || /[\n"|]/.test(label)) {
    throw new LabError(`${from.node.path}: wiring label ${JSON.stringify(label)} is invalid: a few words on one line, without quotes or "|"`);
  }
  if (from.node.root !== to.node.root) {
    throw new LabError(`${from.node.path}: cannot wire to ${to.node.path}, which belongs to another construct tree`);
  }
  if (from === to) throw new LabError(`${from.node.path}: cannot wire a construct to itself`);
  from.node.addMetadata(WIRING_METADATA, { to, label: label.trim() });
}

/** Every wiring recorded in the tree below `root` (itself included), in tree order. */
export function wiringOf(root: IConstruct): Wiring[] {
  return root.node.findAll().flatMap((from) => from.node.metadata
    .filter((entry) => entry.type === WIRING_METADATA)
    .map((entry) => {
      const data = entry.data as { to: IConstruct; label: string };
      return { from, to: data.to, label: data.label };
    }));
}
