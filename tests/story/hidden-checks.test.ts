/**
 * Issue 27, the betraying-choice class: a choice whose outcome a stat (or a
 * flag worked out from one) decides after the reader picks it must be
 * preceded, in the same stitch, by a printed line that reads the same
 * variable, so the reader can feel which way it will go (as the chase's
 * jumping knees warn of the locked stay). The same holds one menu earlier:
 * where a stat lock leaves a menu with one open option, the choice that led
 * there decided the outcome, and its own stitch must warn of that stat (a
 * fresh editor found "Follow Walo uphill" losing Walo with no warning, because
 * the hollow's only open option was to go after him). Read from the scene
 * sources.
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

interface Stitch {
  name: string;
  start: number;
  lines: string[];
}

function stitchesOf(lines: string[]): Stitch[] {
  const out: Stitch[] = [{ name: '', start: 0, lines: [] }];
  lines.forEach((line, i) => {
    const head = /^\s*={1,3}\s*(\w+)/.exec(line);
    if (head) out.push({ name: head[1] ?? '', start: i, lines: [] });
    else out[out.length - 1]?.lines.push(line);
  });
  return out;
}

const CHOICE = /^\s*[+*]\s*(?:\(\w+\)\s*)?(?:\{([^}]*)\})?\s*\[([^\]]*)\]/;

/** The deciders for which a stat lock leaves this stitch's menu with at most one open option. */
function forcingDeciders(stitch: Stitch): string[] {
  const choices = stitch.lines.map((line) => CHOICE.exec(line)).filter((m) => m !== null);
  const reads = (m: RegExpExecArray, v: string) => new RegExp(`\\b${v}\\b`).test(m[1] ?? '');
  const locked = (m: RegExpExecArray) => (m[2] ?? '').includes('#locked');
  // Options whose condition does not read the stat may be open either way; the lock forces the pick only if at most one is.
  return DECIDERS.filter((v) => choices.some((m) => locked(m) && reads(m, v)) && choices.filter((m) => !locked(m) && !reads(m, v)).length <= 1);
}

/** Choices that lead straight into a menu a stat lock narrows to one option, with no warning of that stat in their own stitch. */
function unwarnedForcedMenus(file: string): HiddenCheck[] {
  const lines = readFileSync(path.join(storyDir, 'scenes', file), 'utf8').split('\n');
  const stitches = stitchesOf(lines);
  const forcing = new Map(stitches.map((s) => [s.name, forcingDeciders(s)]));
  const found: HiddenCheck[] = [];
  for (const stitch of stitches) {
    const firstChoice = stitch.lines.findIndex((line) => CHOICE.test(line));
    if (firstChoice < 0) continue;
    const before = stitch.lines.slice(0, firstChoice);
    stitch.lines.forEach((line, i) => {
      if (!CHOICE.test(line)) return;
      const target = /->\s*(\w+)\s*$/.exec(line) ?? /^\s*->\s*(\w+)\s*$/.exec(stitch.lines[i + 1] ?? '');
      for (const v of forcing.get(target?.[1] ?? '') ?? []) {
        const warned = before.some((b, j) => new RegExp(`\\b${v}\\b`).test(b) && printsOnCondition(b, before[j + 1] ?? ''));
        if (!warned) found.push({ place: `${file}:${stitch.start + i + 2}`, variable: v });
      }
    });
  }
  return found;
}

describe('the choices a stat decides out of sight', () => {
  const files = readdirSync(path.join(storyDir, 'scenes')).filter((f) => f.endsWith('.ink'));

  it('each have a line before them that lets the reader feel the stat', () => {
    expect(files.flatMap(unwarnedChecks)).toEqual([]);
  });

  it('include a choice into a menu that a stat lock leaves with one way out, and those are warned too', () => {
    expect(files.flatMap(unwarnedForcedMenus)).toEqual([]);
  });
});
