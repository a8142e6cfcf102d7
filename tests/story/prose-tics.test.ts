/**
 * Issue 27, item 6: tics a reader notices across a replay. The whole story is
 * read as one text (every scene's prose, whatever route shows it), and each
 * listed tic may come back only a few times; beyond the list, no run of five
 * words may recur on more than four lines, except the names the story gives
 * people ("the guard in the sun", "the man with the water cans"). The counts
 * say where to look when this fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyDir } from './flagship-support';

/** The prose lines of every scene: ink's logic, comments and tags left out, inline conditions kept as text. */
function proseLines(): string[] {
  const dir = path.join(storyDir, 'scenes');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ink'))
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'))
    .filter((line) => !/^\s*(~|=|->|\/\/|INCLUDE|VAR|LIST|CONST|[{}]\s*$|-\s*(->|[a-z_ ]+:\s*$)|-\s*else:)/.test(line))
    .map((line) =>
      line
        .replace(/#.*$/, '')
        .replace(/->\s*[\w.]+\s*(->)?/g, ' ')
        .replace(/\{[\w.!= "&|()]+:/g, ' ')
        .replace(/[{}|]/g, ' '),
    )
    .filter((line) => /[a-z]/i.test(line));
}

const TICS: { tic: string; pattern: RegExp; most: number }[] = [
  { tic: '"did not look"', pattern: /did not look/gi, most: 2 },
  { tic: '"for a long time"', pattern: /for a long (time|moment)/gi, most: 2 },
  { tic: '"carry" and its forms', pattern: /\bcarr(y|ies|ied|ying)\b/gi, most: 16 },
  { tic: 'walls that breathe in', pattern: /breathe[sd]? in\b/gi, most: 0 },
  { tic: '"that was worse" lines', pattern: /(was|were) (almost )?worse|the worst part/gi, most: 1 },
  { tic: '"she did not know"', pattern: /she did not know/gi, most: 10 },
  { tic: 'the back of her neck', pattern: /back of her neck/gi, most: 3 },
  { tic: '"said nothing"', pattern: /said nothing/gi, most: 6 },
  {
    tic: 'the moral said aloud',
    pattern:
      /mercy had a price|those turned out to be different things|walk beside her for the rest of her life|a rule about Ren|asking for a rifle|one of theirs, because|knew exactly what that felt like/gi,
    most: 0,
  },
];

/** Names the story gives people on purpose: a five-word run inside one is not a tic. */
const EPITHETS = [/guard in the sun/, /man with the water/, /with the water cans/, /the man in the ferns/];

describe('the prose across a replay', () => {
  const lines = proseLines();
  const text = lines.join('\n');

  it('reads the whole story as prose (a sanity check on the reader above)', () => {
    expect(lines.length).toBeGreaterThan(500);
  });

  for (const { tic, pattern, most } of TICS) {
    it(`uses ${tic} at most ${most} times`, () => {
      expect(text.match(pattern)?.length ?? 0).toBeLessThanOrEqual(most);
    });
  }

  it('repeats no run of five words on more than four lines, outside the names it gives people', () => {
    const lineCount = new Map<string, number>();
    for (const line of lines) {
      const words = line.toLowerCase().match(/[a-z']+/g) ?? [];
      const seen = new Set<string>();
      for (let i = 0; i + 5 <= words.length; i++) seen.add(words.slice(i, i + 5).join(' '));
      for (const run of seen) lineCount.set(run, (lineCount.get(run) ?? 0) + 1);
    }
    const tics = [...lineCount].filter(([run, n]) => n > 4 && !EPITHETS.some((e) => e.test(run))).map(([run, n]) => `${run} ×${n}`);
    expect(tics).toEqual([]);
  });
});
