/** One parsed YAML document of a manifest file. */
export interface Manifest {
  /** The file, as shown in errors (relative to the project root when inside it). */
  readonly file: string;
  /** The document's position in its file, from 1. */
  readonly document: number;
  /** The parsed document. */
  readonly object: unknown;
}

/**
 * How errors name an object: `Kind namespace/name`, or `Kind name` when it has no namespace.
 * Objects without a name still get a label, so every error line keeps the same shape.
 */
export function objectLabel(object: Record<string, unknown>): string {
  const metadata = (typeof object.metadata === 'object' && object.metadata !== null ? object.metadata : {}) as Record<string, unknown>;
  const name = typeof metadata.name === 'string' ? metadata.name : '(unnamed)';
  const namespace = typeof metadata.namespace === 'string' ? `${metadata.namespace}/` : '';
  return `${String(object.kind)} ${namespace}${name}`;
}
