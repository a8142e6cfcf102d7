/**
 * How big the source is, measured the way the size rule reads it: lines per
 * file, and lines per function (declarations, methods, arrow functions and
 * function expressions alike, each from its first line to its last, nested
 * functions included), found with the TypeScript compiler's parser so a
 * brace inside a string or a template never miscounts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface Measured {
  /** Path relative to the root, with forward slashes. */
  file: string;
  lines: number;
  /** Every function of the file: a readable name (with its first line) and its length in lines. */
  functions: { name: string; lines: number }[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return sourceFiles(full);
      return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [full] : [];
    });
}

function nameOf(node: ts.Node): string {
  const own = (node as { name?: ts.Node }).name;
  if (own && (ts.isIdentifier(own) || ts.isStringLiteral(own) || ts.isPrivateIdentifier(own))) return own.text;
  // An arrow or function expression takes the name it is given: `const f = () => …`, `{ f: () => … }`.
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && ts.isIdentifier(parent.name)) {
    return parent.name.text;
  }
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  return '(anonymous)';
}

/** Lines of `text`, counted as an editor shows them (a final newline does not start a line). */
export function countLines(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

export function measureText(file: string, text: string): Measured {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const functions: Measured['functions'] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      functions.push({ name: `${nameOf(node)} (line ${first + 1})`, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { file, lines: countLines(text), functions };
}

/** Every .ts source file under `root` (declaration files left out), measured. */
export function measureTree(root: string): Measured[] {
  return sourceFiles(root).map((full) => measureText(path.relative(root, full).split(path.sep).join('/'), readFileSync(full, 'utf8')));
}
