/**
 * Tags written after a choice's divert, `* [Hi] Hello -> END #hey`: inklecate
 * before ink 1.1 read them as the tags of the choice's line (ink's own test
 * TestTagOnChoice, and ink-proof's I100, expect "Hello" tagged "hey"), while
 * the ink 1.1 parser inkjs ports stops at the `#` with "Expected end of line".
 * The compile path hands the compiler such a line with its tags moved before
 * the divert, which ink 1.1 reads the same way, and says so with a warning:
 * the line stays where it was, so every other line number holds.
 */

/** A choice line whose first `#` comes after a divert: the choice up to the divert, the divert, the tags. */
const TAGS_AFTER_DIVERT = /^(\s*(?:[*+]\s*)+[^#]*?)(\s*->[^#]*?)\s*(#.*)$/;

export interface MovedTags {
  /** The text with each such line rewritten. */
  text: string;
  /** The 1-based numbers of the lines rewritten. */
  lines: number[];
}

export const MOVED_TAGS_WARNING =
  "tags after a choice's divert are read as if written before it, as inklecate did before ink 1.1 (whose compiler rejects this line): move them before the '->'";

export function moveChoiceDivertTags(text: string): MovedTags {
  const lines: number[] = [];
  // A `#` alone does not make a candidate, so most files are handed on untouched.
  if (!text.includes('#')) return { text, lines };
  const out = text.split('\n').map((line, i) => {
    const ending = line.endsWith('\r') ? '\r' : '';
    const body = ending ? line.slice(0, -1) : line;
    // A comment could hold the `#` or swallow the moved divert: such a line is left to the compiler.
    const m = body.includes('//') || body.includes('/*') ? null : TAGS_AFTER_DIVERT.exec(body);
    if (!m) return line;
    lines.push(i + 1);
    const [, choice = '', divert = '', tags = ''] = m;
    return `${choice} ${tags.trimEnd()} ${divert.trim()}${ending}`;
  });
  return { text: lines.length > 0 ? out.join('\n') : text, lines };
}
