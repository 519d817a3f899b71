/**
 * Turns a JSON pointer into an object (`/spec/ports/0/port`) into the field path people write
 * (`spec.ports[0].port`). Keys that are not plain identifiers, such as label and annotation names,
 * are bracketed: `metadata.labels["app.kubernetes.io/name"]`. The document tells an array index
 * from a map key that happens to be numeric.
 */
export function fieldPath(pointer: string, document: unknown): string {
  if (pointer === '') return '';
  let path = '';
  let at: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(at)) {
      path += `[${key}]`;
    } else {
      path += /^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key) ? `${path ? '.' : ''}${key}` : `[${JSON.stringify(key)}]`;
    }
    at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
  }
  return path;
}

/** A child field's path below `parent` (the root when `parent` is empty). */
export function childPath(parent: string, key: string): string {
  if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}
