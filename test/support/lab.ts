import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { ENVIRONMENTS } from '../../hub/environments';
import type { KubernetesObject, RenderedTree } from '../../tools/synth/render';
import { renderLab } from '../../tools/synth/synthesize';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');

let cached: RenderedTree | undefined;

/** The whole lab rendered in memory once per vitest worker (test files share modules: vitest.config.mts). */
export function lab(): RenderedTree {
  cached ??= renderLab(ENVIRONMENTS);
  return cached;
}

/** Every object of the rendered lab. */
export function objects(): KubernetesObject[] {
  return lab().objects.map((o) => o.manifest);
}

/** Parses every YAML document of a file. */
export function readYaml(file: string): unknown[] {
  return yaml.loadAll(fs.readFileSync(file, 'utf8'));
}

/** Walks a value, calling `visit` on every map with its path. */
export function walk(value: unknown, visit: (node: Record<string, unknown>, at: string) => void, at = ''): void {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, `${at}[${i}]`));
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>, at);
    for (const [k, v] of Object.entries(value)) walk(v, visit, at ? `${at}.${k}` : k);
  }
}
