/**
 * Shared set-up for the flagship story's tests: the compiled story, one
 * exploration and one batch of random walks (the expensive parts, done once
 * per file), and a plain seeded playthrough that records its text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../src/engine/ink/seeded-random';
import { createSession } from '../../src/engine/ink/story-session';
import { compileStoryFile } from '../support/fixtures';

export const storyDir = path.resolve(import.meta.dirname, '../../story');

export function compileFlagship(): string {
  return compileStoryFile(path.join(storyDir, 'main.ink'));
}

/** Scene file name → the knots it defines. */
export function knotsByScene(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const dir = path.join(storyDir, 'scenes');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ink'))) {
    const knots = [...readFileSync(path.join(dir, file), 'utf8').matchAll(/^\s*={2,}\s*(?!function\b)(\w+)/gm)].map((m) => m[1] ?? '');
    out.set(file, knots);
  }
  return out;
}

export interface Playthrough {
  lines: string[];
  words: number;
  choices: number;
  ending: string | null;
}

/** Plays to the end, choosing among open choices with a seeded generator (ink gets the same seed). */
export function playRandomly(json: string, seed: number, maxTurns = 80): Playthrough {
  const session = createSession(json, seed);
  const next = seededRandom(seed);
  const lines: string[] = [];
  let ending: string | null = null;
  let passage = session.continue();
  for (let turn = 0; ; turn++) {
    for (const p of passage.paragraphs) {
      if (p.text) lines.push(p.text);
      const tag = p.tags.find((t) => t.startsWith('ending:'));
      if (tag) ending = tag.slice(7).trim();
    }
    const open = passage.choices.filter((c) => !c.locked);
    if (open.length === 0 || turn >= maxTurns) break;
    passage = session.choose(open[Math.floor(next() * open.length)]?.index ?? 0);
  }
  const words = lines.join(' ').split(/\s+/).filter(Boolean).length;
  return { lines, words, choices: session.log.length, ending };
}
