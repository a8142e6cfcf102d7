/**
 * Issue 27, the betraying-choice class: a choice whose outcome a stat (or a
 * flag worked out from one) decides after the reader picks it must be
 * preceded, in the same stitch, by a printed line that reads the same
 * variable, so the reader can feel which way it will go (as the chase's
 * jumping knees warn of the locked stay). Read from the scene sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyDir } from './flagship-support';

const DECIDERS = ['nerve', 'aim', 'faith', 'voice_holds', 'can_keep_still', 'sure_aim', 'still_believes'];

interface HiddenCheck {
  place: string;
  variable: string;
}

/** Every stitch's hidden checks that no printed line before its choices warns of. */
function unwarnedChecks(file: string): HiddenCheck[] {
  const lines = readFileSync(path.join(storyDir, 'scenes', file), 'utf8').split('\n');
  const found: HiddenCheck[] = [];
  let warned = new Set<string>();
  let inChoices = false;
  lines.forEach((line, i) => {
    if (/^\s*={1,3}\s*\w/.test(line)) {
      warned = new Set();
      inChoices = false;
      return;
    }
    const deciders = DECIDERS.filter((v) => new RegExp(`\\b${v}\\b`).test(line));
    if (/^\s*[+*]/.test(line)) inChoices = true;
    else if (!inChoices && printsOnCondition(line, lines[i + 1] ?? '')) for (const v of deciders) warned.add(v);
    // A block condition (or a branch of one) inside a choice's body that only diverts: the outcome is decided out of sight.
    else if (inChoices && /^\s+(\{[^}]*|-(?!\s*else)[^:]*):\s*$/.test(line) && /^\s*->/.test(lines[i + 1] ?? '')) {
      for (const v of deciders) if (!warned.has(v)) found.push({ place: `${file}:${i + 1}`, variable: v });
    }
  });
  return found;
}

/** A condition with prose after it on its line, or a block branch (`- aim < 50:`) whose next line is prose. */
function printsOnCondition(line: string, next: string): boolean {
  if (/^\s*\{[^}]*:\s*[^\s-]/.test(line)) return true;
  return /^\s*(\{|-)[^:]*:\s*$/.test(line) && /^\s*[^\s~\-{}=+*/]/.test(next);
}

describe('the choices a stat decides out of sight', () => {
  const files = readdirSync(path.join(storyDir, 'scenes')).filter((f) => f.endsWith('.ink'));

  it('each have a line before them that lets the reader feel the stat', () => {
    expect(files.flatMap(unwarnedChecks)).toEqual([]);
  });
});
