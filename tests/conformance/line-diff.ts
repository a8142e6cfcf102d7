/**
 * A small line diff for the ink-proof runner's failures: the expected and
 * actual transcripts line by line, with `-` for a line only the expected one
 * has and `+` for a line only ours has, and a few lines of context around
 * each change, so a failure reads like the `diff` ink-proof itself prints.
 */

const CONTEXT = 2;

type Edit = { kind: ' ' | '-' | '+'; text: string };

/** The edits that turn `a` into `b`, from a longest common subsequence (transcripts are short). */
function edits(a: readonly string[], b: readonly string[]): Edit[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const lcs = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * cols + j] = a[i] === b[j] ? (lcs[(i + 1) * cols + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * cols + j] ?? 0, lcs[i * cols + j + 1] ?? 0);
    }
  }
  const out: Edit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ kind: ' ', text: a[i++] ?? '' });
      j++;
    } else if (i < a.length && (j === b.length || (lcs[(i + 1) * cols + j] ?? 0) >= (lcs[i * cols + j + 1] ?? 0))) {
      // A removed line before the line that replaces it, as diff prints them.
      out.push({ kind: '-', text: a[i++] ?? '' });
    } else {
      out.push({ kind: '+', text: b[j++] ?? '' });
    }
  }
  return out;
}

/** The changed lines of `actual` against `expected`, with context; empty when they are the same. */
export function lineDiff(expected: string, actual: string): string {
  const all = edits(expected.split('\n'), actual.split('\n'));
  const near = all.map((_, k) => all.slice(Math.max(0, k - CONTEXT), k + CONTEXT + 1).some((e) => e.kind !== ' '));
  const lines: string[] = [];
  all.forEach((e, k) => {
    if (near[k]) lines.push(`${e.kind} ${JSON.stringify(e.text).slice(1, -1)}`);
    else if (near[k - 1]) lines.push('  …');
  });
  return all.some((e) => e.kind !== ' ') ? lines.join('\n') : '';
}
