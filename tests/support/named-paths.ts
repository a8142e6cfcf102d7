/**
 * The repository paths (`src/…`, `tests/…`) that prose names: in markdown
 * files and in the comments of TypeScript files. A test checks each one still
 * exists, so a file that moves cannot leave a guide or a comment pointing at
 * where it used to be.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface NamedPath {
  /** Where it is named, as `file:line`. */
  at: string;
  /** The path as named, relative to the repository root. */
  named: string;
}

const SKIP = new Set(['node_modules', 'dist', '.git', 'test-results', 'bench-results']);
// A path starts at a word boundary (not inside `../src/x` or a URL) and ends before punctuation that closes a sentence.
const PATH = /(?<![\w./-])((?:src|tests)\/[\w./*…-]*[\w*…])/g;

function walk(dir: string, root: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (SKIP.has(name) || name.startsWith('.')) return [];
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return walk(full, root);
    return /\.(md|ts|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path.relative(root, full).split(path.sep).join('/')] : [];
  });
}

/** The comment texts of a TypeScript file, each with the line it starts on (read with the compiler's parser, so strings are never taken for comments). */
export function commentsOf(file: string, text: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const seen = new Set<number>();
  const out: { text: string; line: number }[] = [];
  const take = (ranges: ts.CommentRange[] | undefined) => {
    for (const r of ranges ?? []) {
      if (seen.has(r.pos)) continue;
      seen.add(r.pos);
      out.push({ text: text.slice(r.pos, r.end), line: source.getLineAndCharacterOfPosition(r.pos).line + 1 });
    }
  };
  const visit = (node: ts.Node): void => {
    take(ts.getLeadingCommentRanges(text, node.pos));
    take(ts.getTrailingCommentRanges(text, node.end));
    ts.forEachChild(node, visit);
  };
  visit(source);
  // Comments after the last statement hang on the end-of-file token.
  take(ts.getLeadingCommentRanges(text, source.endOfFileToken.pos));
  return out;
}

function pathsIn(text: string, file: string, firstLine: number): NamedPath[] {
  const out: NamedPath[] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(PATH)) out.push({ at: `${file}:${firstLine + i}`, named: m[1]! });
  });
  return out;
}

/** Every `src/…` or `tests/…` path named in the repository's markdown and TypeScript comments. */
export function namedPaths(root: string): NamedPath[] {
  return walk(root, root).flatMap((file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    if (file.endsWith('.md')) return pathsIn(text, file, 1);
    return commentsOf(file, text).flatMap((c) => pathsIn(c.text, file, c.line));
  });
}
