/**
 * Replay links: a playthrough (seed and choice path) as a short URL-safe
 * string for a `#play=` fragment or `?play=` parameter, so a player can send
 * someone "the run where this happened". The text has tagged fields joined by
 * dots, `s<seed>.p<path>[.f<fingerprint>]`, all in base 36; each choice index
 * is one character when below 36, else `_` and two characters. Parsing checks
 * everything and never throws; a link made on an older story is replayed as
 * far as it still fits (the same replay as saves, by index only: links carry
 * no choice texts).
 */

import { historyFromEntries } from '../history/history-branches';
import type { HistoryTree } from '../history/history-tree';
import { storyFingerprint } from '../ink/story-fingerprint';
import type { StoryJson } from '../ink/story-session';
import { SAVE_LIMITS } from '../saves/save-format';
import { type ReplayOutcome, replayChoices } from '../saves/save-replay';

export interface ReplayLink {
  seed: number;
  path: number[];
  fingerprint?: string;
}

/** A played link: the replay (session, passages to fold, …), a history tree for it, and a note when it did not fully fit. */
export type LinkPlay = ReplayOutcome & { how: 'replay' | 'partial-replay'; history: HistoryTree; note?: string };

export type ParseLinkResult = { ok: true; link: ReplayLink } | { ok: false; problem: string };

const MAX_TEXT = 20_000;
const SHAPE = /^s([0-9a-z]{1,7})\.p([0-9a-z_]*)(?:\.f([0-9a-z]{1,16}))?$/;

export function encodeReplayLink(link: ReplayLink): string {
  const path = link.path.map((i) => (i < 36 ? i.toString(36) : `_${i.toString(36).padStart(2, '0')}`)).join('');
  return `s${link.seed.toString(36)}.p${path}${link.fingerprint ? `.f${link.fingerprint}` : ''}`;
}

/** The fragment to put after a page address: `#play=…`. */
export function replayLinkFragment(link: ReplayLink): string {
  return `#play=${encodeReplayLink(link)}`;
}

/** Reads a link from its bare text, a `#play=…` fragment, a `?play=…` query, or a whole address holding one. */
export function parseReplayLink(input: string): ParseLinkResult {
  const bad = (why: string): ParseLinkResult => ({ ok: false, problem: `This replay link is damaged: ${why}.` });
  if (typeof input !== 'string') return bad('it is not text');
  if (input.length > MAX_TEXT) return bad('it is far too long');
  const found = /(?:^|[#?&])play=([^&#]*)/.exec(input);
  const text = (found ? (found[1] ?? '') : input).trim();
  if (text === '') return bad('it is empty');
  const m = SHAPE.exec(text);
  if (!m) return bad('it is not in the form of a replay link (like s1a.p0120)');
  const [, seedText = '', pathText = '', fingerprint] = m;
  const seed = Number.parseInt(seedText, 36);
  if (seed > SAVE_LIMITS.seed) return bad('its random seed is too large');
  const path: number[] = [];
  for (let i = 0; i < pathText.length; ) {
    const wide = pathText[i] === '_';
    const digits = pathText.slice(wide ? i + 1 : i, wide ? i + 3 : i + 1);
    if (digits.length !== (wide ? 2 : 1) || digits.includes('_')) return bad('a choice in it is cut short');
    const index = Number.parseInt(digits, 36);
    if (index > SAVE_LIMITS.choiceIndex) return bad(`choice ${index} is beyond any story`);
    path.push(index);
    i += wide ? 3 : 1;
  }
  if (path.length > SAVE_LIMITS.log) return bad(`it lists more than ${SAVE_LIMITS.log} choices`);
  return { ok: true, link: fingerprint === undefined ? { seed, path } : { seed, path, fingerprint } };
}

/**
 * Plays a link on the current story. A link that no longer fits is played as
 * far as it goes, with a note saying where it stopped.
 */
export function playReplayLink(story: StoryJson, link: ReplayLink): LinkPlay {
  const out = replayChoices(
    story,
    link.seed,
    link.path.map((index) => ({ index })),
    'exact',
  );
  const changed = link.fingerprint !== undefined && link.fingerprint !== storyFingerprint(story);
  const how: 'replay' | 'partial-replay' = out.stop ? 'partial-replay' : 'replay';
  let note: string | undefined;
  if (out.stop) {
    note = `${changed ? 'The story has changed since this link was made: ' : 'This link does not fit the story: '}${out.stop.reason}. It was played up to turn ${out.fitted}.`;
  } else if (changed) {
    note = 'The story has changed since this link was made, so the run may not be quite the same.';
  }
  const history = historyFromEntries(out.start.stats, out.start.scene, out.entries);
  return { ...out, how, history, ...(note ? { note } : {}) };
}
