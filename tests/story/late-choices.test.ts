/**
 * Issue 19, section 5: a late choice must leave a trace. For each named choice
 * point, the two options may open with different words, but once their runs
 * join again (the first line both share) the text that follows must still differ
 * somewhere before the ending line. A pair of options that rejoin and then read
 * word for word the same until the ending fails here.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/engine/ink/seeded-random';
import { createSession, type Passage } from '../../src/engine/ink/story-session';
import { compileFlagship } from './flagship-support';

const json = compileFlagship();

interface Line {
  text: string;
  ending: boolean;
}

interface ChoicePoint {
  name: string;
  /** What taking the first option is, in words, for the test's title. */
  deed: string;
  options: [string, string];
}

const LATE_CHOICES: ChoicePoint[] = [
  {
    name: 'walo_arm',
    deed: 'owning up to the miss or letting Walo tell it',
    options: ['Tell Ren the miss was hers, before Walo can.', 'Let Walo tell it however he wants.'],
  },
  {
    name: 'carrying',
    deed: 'taking Ren’s weight or running ahead to Tarvel',
    options: ['Take as much of his weight as she can on her own shoulder.', 'Run ahead to the cave and warn Tarvel they are coming.'],
  },
  {
    name: 'the_spared',
    deed: 'owning the spared walker or keeping quiet about him',
    options: ['Tell Ren it was her.', 'Say nothing, and let Ren think what he likes.'],
  },
  {
    name: 'spring',
    deed: 'standing by the warning or saying sorry',
    options: ['Tell Ren she would do it again.', 'Tell Ren she is sorry, and do not mean it.'],
  },
  {
    name: 'scattered',
    deed: 'asking Tarvel about Ren or packing in silence',
    options: ['Ask Tarvel whether anyone will go after Ren.', 'Pick up a pack and help, without asking anything.'],
  },
  {
    name: 'the sent_back rifle',
    deed: 'carrying her own rifle home or handing it to Walo',
    options: ['Carry her own rifle back, even if her arms shake the whole way.', 'Give it to him.'],
  },
  {
    name: 'comm_choice',
    deed: 'answering the comm or letting Walo answer for her',
    options: ['Press the comm and answer for herself.', 'Keep quiet, and let the others do the talking.'],
  },
];

/** How many different random runs up to each choice point are checked. */
const RUNS_PER_POINT = 4;
const SEEDS = 4000;

const linesOf = (p: Passage): Line[] => p.paragraphs.filter((q) => q.text).map((q) => ({ text: q.text, ending: q.tags.some((t) => t.startsWith('ending:')) }));

const open = (p: Passage) => p.choices.filter((c) => !c.locked);

const offersBoth = (p: Passage, [a, b]: [string, string]) => open(p).some((c) => c.text === a) && open(p).some((c) => c.text === b);

/** Random playthroughs that reach the choice point, as the choice indices taken to get there (distinct ones only). */
function waysTo(point: ChoicePoint): number[][] {
  const found = new Map<string, number[]>();
  for (let seed = 1; seed <= SEEDS && found.size < RUNS_PER_POINT; seed++) {
    const session = createSession(json, seed);
    const next = seededRandom(seed);
    const taken: number[] = [];
    let passage = session.continue();
    while (!passage.ended && open(passage).length > 0) {
      if (offersBoth(passage, point.options)) {
        found.set(taken.join(' '), [...taken]);
        break;
      }
      const choice = open(passage)[Math.floor(next() * open(passage).length)];
      if (!choice) break;
      taken.push(choice.index);
      passage = session.choose(choice.index);
    }
  }
  return [...found.values()];
}

/** Replays the way in, takes the option, then always the first open choice, and returns every line after the option. */
function playOn(way: number[], option: string, seed: number): Line[] {
  const session = createSession(json, seed);
  let passage = session.continue();
  for (const index of way) passage = session.choose(index);
  const chosen = open(passage).find((c) => c.text === option);
  if (!chosen) throw new Error(`"${option}" is not offered after ${way.join(' ')}`);
  passage = session.choose(chosen.index);
  const lines = linesOf(passage);
  for (let turn = 0; turn < 60 && !passage.ended; turn++) {
    const first = open(passage)[0];
    if (!first) break;
    passage = session.choose(first.index);
    lines.push(...linesOf(passage));
  }
  return lines;
}

/** The lines from where the two runs first meet again up to (not including) the ending; null when they never meet. */
function afterTheJoin(a: Line[], b: Line[]): [string[], string[]] | null {
  const inB = b.map((l) => l.text);
  const i = a.findIndex((l) => inB.includes(l.text));
  if (i < 0) return null;
  const j = inB.indexOf(a[i]?.text ?? '');
  const beforeEnding = (lines: Line[]) => lines.filter((l) => !l.ending).map((l) => l.text);
  return [beforeEnding(a.slice(i)), beforeEnding(b.slice(j))];
}

describe('late choices leave a trace', () => {
  for (const point of LATE_CHOICES) {
    describe(`at ${point.name}`, () => {
      const ways = waysTo(point);

      it('is reached by random play, so the check below has runs to read', () => {
        expect(ways.length, `no random run reached ${point.name}`).toBeGreaterThan(0);
      });

      it(`${point.deed} changes some later line before the ending`, () => {
        for (const [n, way] of ways.entries()) {
          const a = playOn(way, point.options[0], n + 1);
          const b = playOn(way, point.options[1], n + 1);
          const later = afterTheJoin(a, b);
          if (later === null) continue;
          const [afterA, afterB] = later;
          expect(
            afterA.join('\n'),
            `after "${point.options[0]}" and "${point.options[1]}" (way in: ${way.join(' ')}) the text rejoins and never differs again`,
          ).not.toBe(afterB.join('\n'));
        }
      });
    });
  }
});
