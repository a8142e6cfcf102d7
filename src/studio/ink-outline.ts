/**
 * What the studio reads from ink source without compiling it: the outline of
 * knots and stitches (with their lines, for jumping, folding and go to
 * definition), the names a divert or a logic line can use (for autocomplete),
 * and a word count of the prose. Plain functions over text, so they run on
 * every keystroke and test without an editor.
 */

export interface OutlineItem {
  kind: 'knot' | 'stitch' | 'function';
  /** The name as written (`ridge`), and the path a divert uses (`ridge.climb` for a stitch). */
  name: string;
  path: string;
  /** 1-based line of the header. */
  line: number;
}

const KNOT = /^\s*={2,}\s*(function\s+)?([\p{L}\p{N}_]+)/u;
const STITCH = /^\s*=\s*([\p{L}\p{N}_]+)/u;

export function outline(text: string): OutlineItem[] {
  const items: OutlineItem[] = [];
  let knot: string | null = null;
  for (const [i, line] of text.split('\n').entries()) {
    const k = KNOT.exec(line);
    if (k?.[2]) {
      knot = k[2];
      items.push({ kind: k[1] ? 'function' : 'knot', name: k[2], path: k[2], line: i + 1 });
      continue;
    }
    const s = STITCH.exec(line);
    if (s?.[1]) items.push({ kind: 'stitch', name: s[1], path: knot ? `${knot}.${s[1]}` : s[1], line: i + 1 });
  }
  return items;
}

/** The lines (1-based) of the knots and stitches named in `paths`, each from its header to the next header. */
export function flowLines(paths: readonly string[], text: string): number[] {
  const items = outline(text);
  return items.flatMap((item, i) => {
    if (!paths.includes(item.path)) return [];
    const end = (items[i + 1]?.line ?? text.split('\n').length + 1) - 1;
    return Array.from({ length: end - item.line + 1 }, (_, k) => item.line + k);
  });
}

/** Variables and constants declared with VAR, CONST or LIST, and `~ temp` names. */
export function variableNames(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/^\s*(?:VAR|CONST|LIST)\s+([\p{L}\p{N}_]+)/gmu)) if (m[1]) names.add(m[1]);
  for (const m of text.matchAll(/~\s*temp\s+([\p{L}\p{N}_]+)/gu)) if (m[1]) names.add(m[1]);
  return [...names];
}

/** The items of every `LIST name = a, (b), c = 5`, each by its own name and as `name.item`. */
export function listItems(text: string): { item: string; list: string }[] {
  const found: { item: string; list: string }[] = [];
  for (const m of text.matchAll(/^\s*LIST\s+([\p{L}\p{N}_]+)\s*=([^\n]*)/gmu)) {
    const list = m[1] ?? '';
    // A comment ends the definition; each item may be in brackets (on at the start) and may have "= n".
    const body = (m[2] ?? '').replace(/\/\/.*$/, '');
    for (const part of body.split(',')) {
      const item = /^[\s(]*([\p{L}\p{N}_]+)/u.exec(part)?.[1];
      if (item) found.push({ item, list });
    }
  }
  return found;
}

/** Labelled choices and gathers: `* (name)` or `- (name)`. */
export function labelNames(text: string): string[] {
  return [...text.matchAll(/^\s*(?:[*+-]\s*)+\(([\p{L}\p{N}_]+)\)/gmu)].flatMap((m) => (m[1] ? [m[1]] : []));
}

/**
 * Words a reader will read: prose, choice text and inline text, without
 * comments, headers, logic lines, declarations, diverts, tags or braces' code.
 */
export function wordCount(text: string): number {
  const withoutBlocks = text.replace(/\/\*[\s\S]*?\*\//g, ' ');
  let words = 0;
  for (const raw of withoutBlocks.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (line === '' || /^(={1,}|~|INCLUDE\b|VAR\b|CONST\b|LIST\b|EXTERNAL\b)/.test(line)) continue;
    const prose = line
      .replace(/^([*+-]\s*)+/, '')
      .replace(/^\([\p{L}\p{N}_]+\)/u, '')
      .replace(/#.*$/, '')
      .replace(/(->|<-)\s*[\p{L}\p{N}_.]*/gu, ' ')
      .replace(/\{[^{}]*\}/g, ' ')
      .replace(/[[\]<>{}|]/g, ' ');
    words += prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  }
  return words;
}

/** Where a divert target is defined, across the project's files: `knot`, `knot.stitch`, or a stitch of the knot the cursor is in. */
export function findDefinition(files: Record<string, string>, target: string, fromFile: string, fromLine: number): { file: string; line: number } | null {
  const all = Object.entries(files).map(([file, text]) => ({ file, items: outline(text) }));
  for (const { file, items } of all) {
    const hit = items.find((i) => i.path === target || (i.kind !== 'stitch' && i.name === target));
    if (hit) return { file, line: hit.line };
  }
  // A bare stitch name refers to a stitch of the knot being written.
  const here = all.find((f) => f.file === fromFile)?.items ?? [];
  const knot = [...here].reverse().find((i) => i.kind !== 'stitch' && i.line <= fromLine);
  const local = here.find((i) => i.kind === 'stitch' && i.name === target && (!knot || i.path.startsWith(`${knot.name}.`)));
  return local ? { file: fromFile, line: local.line } : null;
}
