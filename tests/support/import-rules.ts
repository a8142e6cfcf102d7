/**
 * Checks src/ against the import table (tests/architecture/import-table.ts):
 * reads every import of every file with the TypeScript compiler's parser
 * (static, dynamic, `import type`, `import('…').T` and re-exports), finds the
 * part each side belongs to and reports every import the table does not
 * allow, with the file, the line and the rule, so a wrong arrow names itself.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { PartRule } from '../architecture/import-table';

export interface FoundImport {
  spec: string;
  line: number;
  typeOnly: boolean;
  /** An `import()` call: loaded when the code asks, not with the file. */
  dynamic: boolean;
}

export interface ImportTableInput {
  table: Record<string, PartRule>;
  inkRunners: readonly string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

// Parsed imports by file and text: the planted-import tests check the same tree many times over.
const parsed = new Map<string, FoundImport[]>();

/** Every module a file names, with whether the name is for types only. */
export function readImports(file: string, text = readFileSync(file, 'utf8')): FoundImport[] {
  const key = `${file}\0${text}`;
  const known = parsed.get(key);
  if (known) return known;
  const found = parseImports(file, text);
  parsed.set(key, found);
  return found;
}

function parseImports(file: string, text: string): FoundImport[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const found: FoundImport[] = [];
  const add = (spec: ts.Expression | ts.TypeNode | undefined, node: ts.Node, typeOnly: boolean, dynamic = false) => {
    let literal: ts.Node | undefined = spec;
    if (literal && ts.isLiteralTypeNode(literal)) literal = literal.literal;
    if (!literal || !ts.isStringLiteral(literal)) return;
    found.push({ spec: literal.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, typeOnly, dynamic });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      // `import { type A, type B }` loads nothing either; a bare `import 'x'` loads x.
      const allTypes = !clause?.name && named !== undefined && named.length > 0 && named.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier, node, Boolean(clause?.isTypeOnly) || allTypes);
    } else if (ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, node, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], node, false, true);
    } else if (ts.isImportTypeNode(node)) {
      add(node.argument, node, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * The part a path under src/ (relative, with forward slashes) belongs to: its
 * own row when the table names the file, else its folder's row. A folder's row
 * covers the files directly in it, not its sub-folders: each of those needs a
 * row of its own, so a new folder cannot slip in under its parent's rules.
 */
export function partOf(rel: string, table: Record<string, PartRule>): string | null {
  if (rel in table) return rel;
  const folder = path.posix.dirname(rel);
  return folder in table ? folder : null;
}

function outsideAllowed(name: string, allowed: readonly string[]): boolean {
  // 'x/*' allows x and its sub-paths; 'node:*' allows every name with that prefix.
  return allowed.some((a) => (a.endsWith('*') ? name === a.slice(0, -2) || name.startsWith(a.slice(0, -1)) : name === a));
}

/** A relative import resolved to a path under src/ ('engine/ink/tags.ts'), or to the repo outside src/ ('../story/main.ink'). */
function resolveRelative(srcRoot: string, from: string, spec: string): string {
  const base = path.resolve(path.dirname(from), spec);
  const candidates = [base, `${base}.ts`, path.join(base, 'index.ts')];
  const hit = candidates.find((c) => {
    try {
      return statSync(c).isFile();
    } catch {
      return false;
    }
  });
  return path
    .relative(srcRoot, hit ?? base)
    .split(path.sep)
    .join('/');
}

/** The files under src/ a module loads statically (values only), itself included. */
function staticClosure(srcRoot: string, rel: string): Set<string> {
  const seen = new Set<string>([rel]);
  const queue = [rel];
  for (let at = queue.pop(); at !== undefined; at = queue.pop()) {
    const file = path.join(srcRoot, at);
    let imports: FoundImport[];
    try {
      imports = readImports(file);
    } catch {
      continue;
    }
    for (const i of imports) {
      if (i.typeOnly || !i.spec.startsWith('.')) continue;
      const to = resolveRelative(srcRoot, file, i.spec);
      if (!to.startsWith('..') && to.endsWith('.ts') && !seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

/** Every import under `srcRoot` the table does not allow, as readable lines; empty when the tree keeps the rules. */
export function checkImportRules(srcRoot: string, { table, inkRunners }: ImportTableInput): string[] {
  const problems: string[] = [];
  const runsInk = new Map<string, boolean>();
  const reachesInk = (rel: string) => {
    if (!runsInk.has(rel))
      runsInk.set(
        rel,
        [...staticClosure(srcRoot, rel)].some((f) => inkRunners.includes(f)),
      );
    return runsInk.get(rel)!;
  };
  for (const file of sourceFiles(srcRoot)) {
    const rel = path.relative(srcRoot, file).split(path.sep).join('/');
    const part = partOf(rel, table);
    if (part === null) {
      problems.push(`src/${rel} belongs to no part of the import table: give its folder a row in tests/architecture/import-table.ts`);
      continue;
    }
    const rule = table[part]!;
    for (const i of readImports(file)) {
      const where = `src/${rel}:${i.line} imports '${i.spec}'`;
      if (!i.spec.startsWith('.')) {
        if (!outsideAllowed(i.spec, rule.outside)) problems.push(`${where}: ${part} (${rule.is}) may not import that package`);
        continue;
      }
      const to = resolveRelative(srcRoot, file, i.spec);
      if (to.startsWith('../')) {
        if (!outsideAllowed(to.slice(3), rule.outside)) problems.push(`${where}: ${part} may not reach ${to.slice(3)} outside src/`);
        continue;
      }
      const target = partOf(to, table);
      if (target === null || target === part) continue;
      const allowed = rule.imports.includes(target) || (i.typeOnly && (rule.types ?? []).includes(target));
      if (!allowed) {
        const typesOnly = (rule.types ?? []).includes(target) ? ' except as types (`import type`)' : '';
        problems.push(`${where}: ${part} (${rule.is}) may not import ${target}${typesOnly}`);
      } else if (rule.noInk && !i.typeOnly && target.startsWith('engine') && target !== 'engine/play' && reachesInk(to)) {
        problems.push(`${where}: that module steps a Story, and ${part} runs no ink: go through engine/play`);
      }
    }
  }
  return problems;
}
