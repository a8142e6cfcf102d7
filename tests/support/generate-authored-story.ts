/**
 * Generates an ink story the way an Inky user writes one, for timing the
 * author's tools (`npm run check`, `npm run build`) on a story of a given
 * length: a main.ink with a title, variables and one INCLUDE per chapter,
 * chapter files of knots with stitches, once-only and sticky choices, choices
 * gated on variables with a fallback choice (`* -> …`) for when none is open,
 * gathers, shuffles, inline conditionals, CLASS/CLEAR/BACKGROUND tags, and
 * untagged endings (a knot that ends at a bare `-> END`, which the player
 * names after the knot). Every divert goes forward, so every knot is reached
 * and no once-only choice is ever used up before its fallback.
 *
 * generate-story.ts is the explorer's stress story (one file, this project's
 * own stat helper and locked choices); its output stays byte-identical so the
 * exploration bench's figures stay comparable, hence a second generator here
 * that shares its seeded randomness rather than its shape.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../src/engine/ink/seeded-random';

export interface AuthoredStoryOptions {
  /** The story is grown a knot at a time until all its files together have at least this many lines. */
  lines?: number;
  chapters?: number;
  endings?: number;
  seed?: number;
}

export interface AuthoredStory {
  /** File name (relative to the story's folder) → text; `main.ink` is the entry. */
  files: Record<string, string>;
  /** All lines of all files, blank ones included, as `wc -l` would count them. */
  lines: number;
  knots: number;
}

const PLACES = ['lane', 'orchard', 'mill', 'bridge', 'chapel', 'market', 'well', 'ferry', 'quarry', 'barn'];
const CLASSES = ['whisper', 'aside', 'memory'];
const BACKDROPS = ['forest', 'night', 'camp'];

export function generateAuthoredStory({ lines = 1000, chapters = 5, endings = 6, seed = 11 }: AuthoredStoryOptions = {}): AuthoredStory {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const main = [
    '# title: The Long Road Home',
    '# author: A Generated Author',
    '',
    'VAR courage = 0',
    'VAR has_lantern = false',
    'VAR coins = 3',
    '',
    ...Array.from({ length: chapters }, (_, c) => `INCLUDE chapters/chapter${c + 1}.ink`),
    '',
    '-> k0',
    '',
  ];
  const endingLines = Array.from({ length: endings }, (_, e) => [
    `=== road_end_${e} ===`,
    `{courage > 3: You arrive with your head high.|You arrive, tired, at the end of road ${e}.}`,
    `{has_lantern: The lantern is still burning.}`,
    '-> END',
    '',
  ]).flat();
  // Knots are written until the whole story reaches the line count; each chapter holds a run of them.
  const knots: string[][] = [];
  const count = () => main.length + endingLines.length + knots.reduce((n, k) => n + k.length, 0) + chapters;
  while (count() < lines) knots.push(knotLines(knots.length, pick));
  const last = knots.length - 1;
  // The last knots divert past the end: to the endings, in turn, so each ending is reached.
  let overflow = 0;
  const files: Record<string, string> = { 'main.ink': `${main.join('\n')}\n` };
  const perChapter = Math.ceil(knots.length / chapters);
  for (let c = 0; c < chapters; c++) {
    const body = knots
      .slice(c * perChapter, (c + 1) * perChapter)
      .flat()
      .map((line) => line.replace(/-> k(\d+)\b/g, (m, n: string) => (Number(n) > last ? `-> road_end_${overflow++ % endings}` : m)));
    const text = [`// Chapter ${c + 1}`, ...body, ...(c === chapters - 1 ? endingLines : [])];
    files[`chapters/chapter${c + 1}.ink`] = `${text.join('\n')}\n`;
  }
  const total = Object.values(files).reduce((n, text) => n + (text.match(/\n/g)?.length ?? 0), 0);
  return { files, lines: total, knots: knots.length };
}

/** One knot of about twenty lines: a scene line, conditional text, gated choices with a fallback, and two stitches. */
function knotLines(i: number, pick: (n: number) => number): string[] {
  const place = PLACES[pick(PLACES.length)] ?? 'lane';
  const next = (ahead = 1) => `k${i + ahead + pick(2)}`;
  const lines = [`=== k${i} ===`];
  if (i % 7 === 0) lines.push(`# CLEAR`);
  lines.push(
    `You come to the ${place}, {~quiet|busy|half asleep} in the {~morning|dusk|rain}. # BACKGROUND: ${BACKDROPS[pick(BACKDROPS.length)]}`,
    `{courage >= 2: You stand straighter than you did.|You keep to the edge of the path.} # CLASS: ${CLASSES[pick(CLASSES.length)]}`,
    `* [Walk on past the ${place}.]`,
    '    ~ courage = courage + 1',
    // Always the very next knot, so every knot is reached.
    `    -> k${i + 1}`,
    `* {coins > 0} [Pay for a ride from the ${place}.]`,
    '    ~ coins = coins - 1',
    `    -> ${next(2)}`,
    `* {has_lantern} [Light the lantern and look around.] -> look`,
    `+ [Sit down for a moment.] -> rest`,
    `* -> ${next()}`,
    '= look',
    `The lantern shows {~a gate|an old sign|footprints} by the ${place}.`,
    '- (noticed) You take it in.',
    `* {courage > 1} [Follow the footprints.] -> ${next(2)}`,
    `* -> ${next()}`,
    '= rest',
    `You rest by the ${place}. {~A dog barks.|Someone sings.|Nothing stirs.}`,
    ...(pick(3) === 0 ? ['~ has_lantern = true', 'You find a lantern under the bench.'] : ['~ courage = courage - 1', 'You feel the cold.']),
    `+ [Get up.] -> ${next()}`,
    '',
  );
  return lines;
}

/** Writes the story's files under `dir` and returns the entry file's path. */
export function writeAuthoredStory(dir: string, story: AuthoredStory): string {
  for (const [name, text] of Object.entries(story.files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return path.join(dir, 'main.ink');
}
