import type { ApiObject } from 'cdk8s';

/** Objects resolved during the render in progress; none outside a render. */
let resolving: WeakMap<ApiObject, unknown> | undefined;

/**
 * Runs `render` with each object's JSON resolved at most once: the hub's capacity check reads the
 * same objects during validation that the render writes afterwards. The tree is complete when a
 * render starts, so an object's JSON cannot change within it; outside a render nothing is kept.
 */
export function withResolvedJson<T>(render: () => T): T {
  const outer = resolving;
  resolving = new WeakMap();
  try {
    return render();
  } finally {
    resolving = outer;
  }
}

/** An object's resolved JSON: `toJson()`, reused within one render. */
export function resolvedJson(object: ApiObject): unknown {
  if (!resolving) return object.toJson();
  if (!resolving.has(object)) resolving.set(object, object.toJson());
  return resolving.get(object);
}
