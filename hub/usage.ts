import yaml from 'js-yaml';
import { GIB, parseQuantity } from '../constructs/k8s/quantity';
import { isRecord } from '../constructs/results/checks';

// What the lab's Applications ask for, read from their objects and Helm values: the one model
// behind `npm run cost` and the synth's capacity check (hub/fit.ts).

/** Resources a set of workloads asks for: CPU in cores, memory and storage in bytes. */
export interface Usage {
  readonly cpuRequest: number;
  readonly cpuLimit: number;
  readonly memoryRequest: number;
  readonly memoryLimit: number;
  /** Persistent storage: claims, claim templates and `size` settings. */
  readonly storage: number;
}

/** What was found while reading resource settings. */
export interface UsageReading {
  readonly usage: Usage;
  /** How many resource blocks and storage sizes were read. */
  readonly settings: number;
  /** Containers of the lab's own pod templates that set no resources. */
  readonly containersWithoutResources: number;
  /** Quantities that could not be read, as `path: value`. */
  readonly unreadable: readonly string[];
  /**
   * Pods by namespace (`''` where no object names one): pod specs (a `containers` list) times the
   * replicas around them, and a k6 TestRun's runners (its `parallelism`). A mesh adds its proxy to
   * each pod of a namespace it injects (hub/application-usage.ts).
   */
  readonly pods: ReadonlyMap<string, number>;
}

/**
 * How many pods a values path (dotted, such as `speaker.resources`) sizes, where the count is not
 * a replica count beside it: a DaemonSet's nodes, or a count the chart reads from elsewhere.
 */
export type PathCounts = ReadonlyMap<string, number>;

export const NO_USAGE: Usage = { cpuRequest: 0, cpuLimit: 0, memoryRequest: 0, memoryLimit: 0, storage: 0 };

export function addUsage(a: Usage, b: Usage, times = 1): Usage {
  return {
    cpuRequest: a.cpuRequest + b.cpuRequest * times,
    cpuLimit: a.cpuLimit + b.cpuLimit * times,
    memoryRequest: a.memoryRequest + b.memoryRequest * times,
    memoryLimit: a.memoryLimit + b.memoryLimit * times,
    storage: a.storage + b.storage * times,
  };
}

/** Keys whose number multiplies everything beside them: a Deployment's replicas, a chart's replicaCount. */
const COUNT_KEYS = ['replicas', 'replicaCount', 'parallelism', 'instances'];

/** A quantity with a byte unit: `1Gi`, `500M`. */
const BYTE_UNIT = /(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)$/;

type Json = unknown;
type JsonMap = Record<string, Json>;

/**
 * Reads the resources a value asks for. The value is a Kubernetes object or a Helm chart's values;
 * the same conventions cover both:
 *
 * - a resource block is any map with a `requests` or `limits` map naming `cpu`, `memory` or
 *   `storage` (`resources:` of a container, a chart's `resourcesCrossplane:`, a claim's `resources:`),
 *   or with `cpu` and `memory` maps naming `request` or `limit` (Linkerd's chart);
 * - a storage size is a `size` string with a byte unit (`persistence.size`, `dataStorage.size`, Strimzi's
 *   and CloudNativePG's `storage.size`);
 * - a number under `replicas`, `replicaCount`, `parallelism` or `instances` multiplies the blocks
 *   beside it and below (a Deployment's pod template, a StatefulSet's claim templates);
 * - a map with `enabled: false` is switched off and counts for nothing (the Helm convention).
 * - a `manifest` string (an object an Argo Workflow step creates, such as a k6 TestRun) is read
 *   as the YAML it holds, and so is a ConfigMap's `deployment` (Istio's overlay of a Gateway's
 *   proxy Deployment, named by the Gateway's `parametersRef`).
 *
 * Charts that set no replica count in the values are counted once: their defaults are not read.
 * A block at or below a path of `counts` counts that many times more (see {@link PathCounts}).
 */
export function readUsage(value: Json, counts: PathCounts = new Map()): UsageReading {
  // Mutable sums and a stack of keys: the walk visits every node of every object, and building
  // a path string or a Usage per node would cost more than reading it. Paths are spelt out only
  // for the rare unreadable quantity.
  let cpuRequest = 0;
  let cpuLimit = 0;
  let memoryRequest = 0;
  let memoryLimit = 0;
  let storage = 0;
  let settings = 0;
  let containersWithoutResources = 0;
  const unreadable: string[] = [];
  const path: (string | number)[] = [];
  const pods = new Map<string, number>();
  // The namespace of the object being read: an object (such as a TestRun in a workflow step) may
  // name another namespace than the one around it.
  let namespace = '';

  const quantity = (block: JsonMap, key: string, name: string): number => {
    if (!(key in block)) return 0;
    const q = amountOf(block[key]);
    if (q === undefined) {
      unreadable.push(`${[...path, name, key].map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('')}: ${JSON.stringify(block[key])}`);
      return 0;
    }
    return q;
  };

  const visit = (node: Json, times: number): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item = node[i];
        if (item === null || typeof item !== 'object') continue;
        path.push(i);
        visit(item, times);
        path.pop();
      }
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const map = node as JsonMap;
    if (map.enabled === false) return;
    const outer = namespace;
    if (typeof map.kind === 'string' && isRecord(map.metadata) && typeof map.metadata.namespace === 'string') namespace = map.metadata.namespace;
    visitMap(map, times);
    namespace = outer;
  };

  const visitMap = (map: JsonMap, times: number): void => {
    let here = times;
    for (const key of COUNT_KEYS) {
      const v = map[key];
      if (typeof v === 'number' && Number.isInteger(v) && v >= 0) {
        here = times * v;
        break;
      }
    }
    if (counts.size) here *= counts.get(path.join('.')) ?? 1;

    if (isResourceBlock(map)) {
      const requests = isRecord(map.requests) ? map.requests : {};
      const limits = isRecord(map.limits) ? map.limits : {};
      cpuRequest += quantity(requests, 'cpu', 'requests') * here;
      cpuLimit += quantity(limits, 'cpu', 'limits') * here;
      memoryRequest += quantity(requests, 'memory', 'requests') * here;
      memoryLimit += quantity(limits, 'memory', 'limits') * here;
      storage += (quantity(requests, 'storage', 'requests') || quantity(limits, 'storage', 'limits')) * here;
      settings += 1;
      return;
    }
    if (isPerResourceBlock(map)) {
      // Linkerd's form: `cpu: { request, limit }`, `memory: { request, limit }`; "" is unset.
      const cpu = map.cpu as JsonMap;
      const memory = map.memory as JsonMap;
      const set = (block: JsonMap, key: string) => (block[key] === '' ? {} : block);
      cpuRequest += quantity(set(cpu, 'request'), 'request', 'cpu') * here;
      cpuLimit += quantity(set(cpu, 'limit'), 'limit', 'cpu') * here;
      memoryRequest += quantity(set(memory, 'request'), 'request', 'memory') * here;
      memoryLimit += quantity(set(memory, 'limit'), 'limit', 'memory') * here;
      settings += 1;
      return;
    }
    // Only a size with a byte unit is storage: a certificate's `privateKey.size: 2048` is not.
    if (typeof map.size === 'string' && BYTE_UNIT.test(map.size)) {
      const bytes = amountOf(map.size);
      if (bytes !== undefined) {
        storage += bytes * here;
        settings += 1;
      }
    }
    if (Array.isArray(map.containers) && here > 0) {
      for (const c of map.containers) if (isRecord(c) && !isRecord(c.resources)) containersWithoutResources += 1;
      pods.set(namespace, (pods.get(namespace) ?? 0) + here);
    }
    // The k6 operator starts `parallelism` runner pods for a TestRun; its spec names no containers.
    if (map.kind === 'TestRun' && isRecord(map.spec)) {
      const runners = typeof map.spec.parallelism === 'number' && Number.isInteger(map.spec.parallelism) ? map.spec.parallelism : 1;
      pods.set(namespace, (pods.get(namespace) ?? 0) + here * Math.max(0, runners));
    }
    // Istio sizes a Gateway's data plane with a ConfigMap (the Gateway's `parametersRef`) whose
    // `deployment` key holds an overlay of the Deployment istiod generates, as YAML text.
    if (map.kind === 'ConfigMap' && isRecord(map.data) && typeof map.data.deployment === 'string') {
      path.push('data', 'deployment');
      visit(parseManifest(map.data.deployment), here);
      path.pop();
      path.pop();
    }
    for (const key in map) {
      let child = map[key];
      // An object a workflow step creates (Argo's `resource.manifest`) is written as YAML text.
      if (key === 'manifest' && typeof child === 'string') child = parseManifest(child);
      if (child === null || typeof child !== 'object' || COUNT_KEYS.includes(key)) continue;
      path.push(key);
      visit(child, here);
      path.pop();
    }
  };

  visit(value, 1);
  return {
    usage: { cpuRequest, cpuLimit, memoryRequest, memoryLimit, storage },
    settings,
    containersWithoutResources,
    unreadable,
    pods,
  };
}

/**
 * An amount as a number in its base unit: a quantity string in the Kubernetes grammar, or a plain
 * number (Helm values may give one). Negative and unreadable amounts are undefined.
 */
export function amountOf(v: Json): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  const q = typeof v === 'string' ? parseQuantity(v) : undefined;
  return q && !q.negative ? q.value : undefined;
}

function parseManifest(text: string): Json {
  try {
    return yaml.load(text);
  } catch {
    return undefined;
  }
}

function isResourceBlock(node: JsonMap): boolean {
  return namesResources(node.requests) || namesResources(node.limits);
}

function namesResources(block: Json): boolean {
  return isRecord(block) && ('cpu' in block || 'memory' in block || 'storage' in block);
}

/** A block in Linkerd's form: `cpu` and `memory` maps, each with `request` or `limit`. */
function isPerResourceBlock(node: JsonMap): boolean {
  const side = (block: Json) => isRecord(block) && ('request' in block || 'limit' in block);
  return side(node.cpu) && side(node.memory);
}


/** Cores as a short number: `0.25`, `2`; `-` for none. */
export function formatCores(n: number): string {
  return n === 0 ? '-' : `${Number(n.toFixed(3))}`;
}

/** Bytes in Mi below a GiB and Gi above it: `320Mi`, `4.48Gi`; `-` for none. */
export function formatBytes(n: number): string {
  if (n === 0) return '-';
  return Math.abs(n) >= GIB ? `${Number((n / GIB).toFixed(2))}Gi` : `${Number((n / 2 ** 20).toFixed(1))}Mi`;
}
