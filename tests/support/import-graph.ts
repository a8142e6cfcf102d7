/**
 * The import graph of src/, read from the source text: each file's relative
 * imports, marked as static or dynamic (`import()`) and as values or types
 * only. Tests use it to forbid import cycles and to keep the explorer off the
 * player's start-up path; a regex reader is enough because biome keeps every
 * import on the forms matched here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface ImportEdge {
  to: string;
  dynamic: boolean;
  typeOnly: boolean;
}

export type ImportGraph = Map<string, ImportEdge[]>;

const STATIC = /^\s*(import|export)\s+(type\s+)?(?:[^;]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
const DYNAMIC = /import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

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
    // Comments may show imports as examples; they load nothing.
    const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
    const edges: ImportEdge[] = [];
    for (const m of text.matchAll(STATIC)) {
      const to = resolve(file, m[3] ?? '');
      // `import { type A, type B }` is type-only too; `import { type A, b }` is not.
      const names = /\{([^}]*)\}/.exec(m[0])?.[1];
      const allTypes = names?.split(',').every((n) => n.trim() === '' || n.trim().startsWith('type '));
      if (to) edges.push({ to, dynamic: false, typeOnly: Boolean(m[2]) || allTypes === true });
    }
    for (const m of text.matchAll(DYNAMIC)) {
      const to = resolve(file, m[1] ?? '');
      if (to) edges.push({ to, dynamic: true, typeOnly: false });
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

/** The files a start file loads before anything is clicked: static imports of values, followed transitively. */
export function startUpPath(graph: ImportGraph, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const e of graph.get(file) ?? []) {
      if (e.dynamic || e.typeOnly || seen.has(e.to)) continue;
      seen.add(e.to);
      queue.push(e.to);
    }
  }
  return seen;
}

/** Every file a start file can ever load, lazily or not (type-only imports left out: they vanish from the bundle). */
export function everythingLoaded(graph: ImportGraph, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const e of graph.get(file) ?? []) {
      if (e.typeOnly || seen.has(e.to)) continue;
      seen.add(e.to);
      queue.push(e.to);
    }
  }
  return seen;
}
