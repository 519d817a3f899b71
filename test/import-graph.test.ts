import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/lab';

/**
 * The layers of the project, lowest first. A module may import from its own layer and the
 * layers below, never from above: main → lab → hub and experiments → constructs → charts →
 * imports. Tools sit beside main (they drive the lab); tests may import anything.
 */
const LAYERS: ReadonlyArray<{ readonly name: string; readonly folders: readonly string[] }> = [
  { name: 'imports', folders: ['imports'] },
  { name: 'charts', folders: ['charts'] },
  { name: 'constructs', folders: ['constructs'] },
  { name: 'hub and experiments', folders: ['hub', 'experiments'] },
  { name: 'lab', folders: ['lab'] },
  { name: 'main and tools', folders: ['main.ts', 'tools'] },
];

/** Folders of one layer that must not import each other (peers, composed by the layer above). */
const PEERS: readonly (readonly [string, string])[] = [['hub', 'experiments']];

function layerOf(file: string): number {
  const top = path.relative(ROOT, file).split(path.sep)[0];
  return LAYERS.findIndex((l) => l.folders.includes(top));
}

function topOf(file: string): string {
  return path.relative(ROOT, file).split(path.sep)[0];
}

/** Every project TypeScript file outside test/ and node_modules. */
function sourceFiles(): string[] {
  return LAYERS.flatMap((l) => l.folders).flatMap((entry) => {
    const full = path.join(ROOT, entry);
    if (entry.endsWith('.ts')) return [full];
    return fs.readdirSync(full, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join(full, f));
  }).sort();
}

/** The project files each file imports (type-only imports included), resolved as tsc does. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const options: ts.CompilerOptions = { module: ts.ModuleKind.Preserve, moduleResolution: ts.ModuleResolutionKind.Bundler, resolveJsonModule: true };
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, false);
    const targets = importedFiles
      .map((i) => ts.resolveModuleName(i.fileName, file, options, ts.sys).resolvedModule?.resolvedFileName)
      .filter((f): f is string => f !== undefined && !f.includes(`${path.sep}node_modules${path.sep}`) && f.endsWith('.ts') && !f.endsWith('.d.ts'));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Import cycles, each as the list of files around it (Tarjan's strongly connected components). */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, indices.get(w)!));
      }
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.map((f) => path.relative(ROOT, f)).sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return found;
}

/** Imports against the layer order, as `from → to`. */
function upwardImports(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const wrong: string[] = [];
  for (const [from, targets] of graph) {
    for (const to of targets) {
      const peers = PEERS.some(([a, b]) => (topOf(from) === a && topOf(to) === b) || (topOf(from) === b && topOf(to) === a));
      if (layerOf(to) > layerOf(from) || peers) wrong.push(`${path.relative(ROOT, from)} → ${path.relative(ROOT, to)}`);
    }
  }
  return wrong.sort();
}

describe('the import graph', () => {
  const graph = importGraph(sourceFiles());

  it('is read from the whole project (the check is not vacuous)', () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get(path.join(ROOT, 'lab', 'lab.ts'))).toContain(path.join(ROOT, 'hub', 'hub.ts'));
  });

  it('runs one way: main → lab → hub and experiments → constructs → charts → imports', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('has no cycles', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('would report an import against the direction, and a cycle', () => {
    const file = (f: string) => path.join(ROOT, f);
    const bad = new Map([
      [file('constructs/a.ts'), [file('hub/b.ts')]],
      [file('hub/b.ts'), [file('constructs/a.ts')]],
      [file('hub/c.ts'), [file('experiments/d.ts')]],
    ]);
    expect(upwardImports(bad)).toEqual(['constructs/a.ts → hub/b.ts', 'hub/c.ts → experiments/d.ts']);
    expect(cycles(bad)).toEqual([['constructs/a.ts', 'hub/b.ts']]);
  });
});
