import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentsOf, namedPaths } from '../support/named-paths';

const root = path.resolve(import.meta.dirname, '../..');

/** A named path exists; a pattern (`tests/fixtures/*.ink`, `tests/engine/…`) needs only the folder before its first wildcard. */
function exists(named: string): boolean {
  const wild = named.search(/[*…]/);
  const fixed = wild < 0 ? named : named.slice(0, named.lastIndexOf('/', wild) + 1);
  return existsSync(path.join(root, fixed));
}

describe('paths named in markdown and comments', () => {
  it('all exist: every src/… and tests/… path a guide or a comment names is where it says', () => {
    const missing = namedPaths(root)
      .filter((p) => !exists(p.named))
      .map((p) => `${p.at} names ${p.named}`);
    expect(missing).toEqual([]);
  });

  it('are read from comments only, never from strings or code', () => {
    const text = "// see src/a.ts\nconst s = 'src/b.ts';\n/** and tests/c.test.ts */\nexport const t = `src/d.ts`;\n";
    expect(commentsOf('x.ts', text).map((c) => c.text.match(/(src|tests)\/\S+/)?.[0])).toEqual(['src/a.ts', 'tests/c.test.ts']);
  });
});
