/**
 * The record of endings the player has reached across playthroughs, for the
 * endings gallery: each ending id with how often and when it was reached. It
 * lives under its own storage key, apart from the save slots, so deleting or
 * losing a save never forgets an ending.
 */

import * as v from 'valibot';
import type { ClockPort, StoragePort } from '../ports';
import { attempt, dictionary, group, int, parseJsonText, readWith, time } from './save-schema';
import { quarantine, type StorageProblem, tryGet, tryRemove, trySet } from './save-store-io';

export interface EndingReached {
  count: number;
  /** Milliseconds since the epoch, first and latest time it was reached. */
  first: number;
  last: number;
}

export type EndingsRecord = Record<string, EndingReached>;

const LIMITS = { endings: 500, id: 64, text: 100_000 } as const;

export function addEnding(record: EndingsRecord, id: string, now: number): EndingsRecord {
  const seen = record[id];
  return { ...record, [id]: seen ? { count: seen.count + 1, first: seen.first, last: now } : { count: 1, first: now, last: now } };
}

/** Two tabs may each have reached endings: keep every id, the larger count and the widest time span. */
export function mergeEndings(a: EndingsRecord, b: EndingsRecord): EndingsRecord {
  const merged: EndingsRecord = { ...a };
  for (const [id, theirs] of Object.entries(b)) {
    const ours = merged[id];
    merged[id] = ours
      ? { count: Math.max(ours.count, theirs.count), first: Math.min(ours.first, theirs.first), last: Math.max(ours.last, theirs.last) }
      : theirs;
  }
  return merged;
}

export function encodeEndings(record: EndingsRecord): string {
  return JSON.stringify({ v: 1, endings: record });
}

const endingsSchema = group(
  {
    v: v.literal(1, 'The endings record is in a format this player does not know.'),
    endings: v.pipe(
      dictionary(
        v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, 'The endings record is damaged: an ending has an impossible id.')),
        v.unknown(),
        'This save is damaged: the list of endings is missing or not a group of values.',
      ),
      v.check((endings) => Object.keys(endings).length <= LIMITS.endings, 'The endings record lists far too many endings to be real.'),
    ),
  },
  'the endings record',
);

/** One ending's entry, named by its id in messages. */
const endingSchema = (id: string) =>
  v.pipe(
    group({ count: int(`the count for ${id}`, 1, 1e9), first: time('a time'), last: time('a time') }, `the ending ${id}`),
    v.check((e) => e.first <= e.last, `This save is damaged: the ending ${id} was last reached before it was first reached.`),
  );

export function decodeEndings(text: string): { ok: true; endings: EndingsRecord } | { ok: false; problem: string } {
  const result = attempt(() => {
    const { endings } = readWith(endingsSchema, parseJsonText(text, 'endings record', LIMITS.text));
    return Object.fromEntries(Object.entries(endings).map(([id, value]) => [id, readWith(endingSchema(id), value)]));
  });
  // The schema's sentences speak of "this save"; here the damaged thing is the endings record.
  return result.ok ? { ok: true, endings: result.value } : { ok: false, problem: result.problem.replace(/^This save/, 'The endings record') };
}

export type RecordEndingResult = { ok: true; endings: EndingsRecord } | { ok: false; problem: StorageProblem; endings: EndingsRecord };

/**
 * The endings record under one storage key. What could not be stored is kept
 * in memory and merged into every read and write; a damaged record is set
 * aside under a quarantine key and a fresh one is started.
 */
export function createEndingsBook(storage: StoragePort, key: string, clock: ClockPort) {
  let memory: EndingsRecord = {};
  // A damaged record is reported once (takeProblem), and never overwritten while it could not be copied aside.
  let problem: string | null = null;
  let stuck = false;
  const read = (): EndingsRecord => {
    const got = tryGet(storage, key);
    if (!got.ok || got.value === null) return memory;
    const stored = decodeEndings(got.value);
    if (stored.ok) return mergeEndings(stored.endings, memory);
    const copy = quarantine(storage, key, got.value);
    stuck = !copy.ok;
    if (copy.ok) tryRemove(storage, key);
    problem = copy.ok
      ? `The record of endings reached could not be read (${stored.problem}), so a fresh one was started; the old one is in Saves → Kept aside.`
      : `The record of endings reached could not be read (${stored.problem}), and there is no room to copy it aside: Saves → Kept aside can export or delete it.`;
    return memory;
  };
  const record = (id: string): RecordEndingResult => {
    memory = addEnding(read(), id, clock.now());
    if (stuck) return { ok: false, problem: 'quota', endings: memory };
    const written = trySet(storage, key, encodeEndings(memory));
    return written.ok ? { ok: true, endings: memory } : { ok: false, problem: written.problem, endings: memory };
  };
  /**
   * Takes in the record another tab stored, and writes back what this tab
   * reached that it lacks. Storage is shared between tabs but each reads its
   * own copy, which the browser updates a moment after another tab writes: two
   * tabs reaching endings within a few milliseconds each write over the other,
   * and the storage event that follows (main.ts) is when the loser notices.
   */
  const refresh = (): void => {
    const got = tryGet(storage, key);
    if (!got.ok || stuck) return;
    const stored = got.value === null ? { ok: true as const, endings: {} } : decodeEndings(got.value);
    if (!stored.ok) {
      read();
      return;
    }
    memory = mergeEndings(stored.endings, memory);
    if (lacksAny(stored.endings, memory)) trySet(storage, key, encodeEndings(memory));
  };
  /** What went wrong with the stored record since last asked, once. */
  const takeProblem = (): string | null => {
    const p = problem;
    problem = null;
    return p;
  };
  return { read, record, refresh, takeProblem };
}

/** Whether `stored` is missing an ending of `ours`, or counts one fewer times. */
function lacksAny(stored: EndingsRecord, ours: EndingsRecord): boolean {
  return Object.entries(ours).some(([id, e]) => (stored[id]?.count ?? 0) < e.count || (stored[id]?.last ?? 0) < e.last);
}

/**
 * What the endings gallery shows again of a reached ending: its epilogue, the
 * last passage read before it and the run's stats then. Kept per ending under
 * a key of its own (`ink-ending-cards/<story>`), apart from the endings record
 * above, so the record's format and its merging across tabs are untouched; the
 * latest run to reach an ending writes its card. A card that cannot be read
 * is simply absent: the gallery then shows the ending's title alone.
 */
export interface EndingCard {
  epilogue: string | null;
  lastPassage: string[];
  stats: Record<string, number>;
}

const cardSchema = v.object({
  epilogue: v.nullable(v.pipe(v.string(), v.maxLength(2000))),
  lastPassage: v.pipe(v.array(v.pipe(v.string(), v.maxLength(4000))), v.maxLength(40)),
  stats: v.record(v.pipe(v.string(), v.maxLength(64)), v.pipe(v.number(), v.finite())),
});

const cardsKey = (storyId: string) => `ink-ending-cards/${storyId}`;

/** Every stored ending card of the story, by ending id; damaged ones are left out. */
export function readEndingCards(storage: StoragePort, storyId: string): Record<string, EndingCard> {
  const got = tryGet(storage, cardsKey(storyId));
  if (!got.ok || got.value === null) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(got.value);
  } catch {
    return {};
  }
  if (!raw || typeof raw !== 'object') return {};
  const cards: Record<string, EndingCard> = {};
  for (const [id, value] of Object.entries(raw)) {
    const card = v.safeParse(cardSchema, value);
    if (card.success && /^[\w-]{1,64}$/.test(id)) cards[id] = card.output;
  }
  return cards;
}

/** Keeps `card` for ending `id`; false when the browser would not store it (the gallery then shows less). */
export function keepEndingCard(storage: StoragePort, storyId: string, id: string, card: EndingCard): boolean {
  const cards = { ...readEndingCards(storage, storyId), [id]: card };
  return trySet(storage, cardsKey(storyId), JSON.stringify(cards)).ok;
}
