/**
 * The import graph of src/: each file's relative imports, marked as static or
 * dynamic (`import()`) and as values or types only, read by the same parser as
 * the import rules (import-rules.ts). Tests use it to forbid import cycles and
 * to keep the explorer off the player's start-up path.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { readImports } from './import-rules';

export interface ImportEdge {
  to: string;
  dynamic: boolean;
  typeOnly: boolean;
}

export type ImportGraph = Map<string, ImportEdge[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (candidate.endsWith('.ts') && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export function readImportGraph(root: string): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of sourceFiles(root)) {
    const edges: ImportEdge[] = [];
    for (const found of readImports(file)) {
      if (!found.spec.startsWith('.')) continue;
      const to = resolve(file, found.spec);
      if (to) edges.push({ to, dynamic: found.dynamic, typeOnly: found.typeOnly });
    }
    graph.set(file, edges);
  }
  return graph;
}

/** Every cycle of imports (types included), as lists of files; empty when there is none (Tarjan's strongly connected components). */
export function findCycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const { to } of graph.get(v) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(v, Math.min(low.get(v)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(v, Math.min(low.get(v)!, index.get(to)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = (graph.get(v) ?? []).some((e) => e.to === v);
      if (component.length > 1 || selfLoop) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

/**
 * The files a start file loads, followed transitively: with `lazy` false only
 * static imports (what loads before anything is clicked), with `lazy` true
 * dynamic `import()`s too (everything it can ever load). Type-only imports
 * are left out either way: they vanish from the bundle.
 */
export function loadedFrom(graph: ImportGraph, start: string, { lazy }: { lazy: boolean }): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const e of graph.get(file) ?? []) {
      if ((e.dynamic && !lazy) || e.typeOnly || seen.has(e.to)) continue;
      seen.add(e.to);
      queue.push(e.to);
    }
  }
  return seen;
}
