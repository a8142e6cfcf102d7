/**
 * Puts a decoded save back into play on the story as it is *now*, which may
 * have been edited since the save was made. The order of attempts:
 *
 * - Same fingerprint: replay the log exactly (every index must be offered, with
 *   the remembered text), then load ink's state and check it stands where the
 *   replay stands. A log that does not replay, or a state somewhere else, means
 *   the save was damaged or edited by hand: refused.
 * - Different fingerprint: replay the log matching choices by text (see
 *   pickChoice). If every choice fits at its old index, try ink's state on the
 *   new story and keep it when it offers exactly the choices the replay
 *   reached ('state'); else keep the replay ('replay'). If the log stops
 *   fitting, keep the replay up to the last choice that fits
 *   ('partial-replay') and say which turn.
 *
 * After a replay on an edited story the history's path is rewritten to the
 * indices and texts the story shows now, so the next save is one of this story.
 *
 * Values are checked against the story: a state whose stats fall outside the
 * ranges the story declares (`# stat: nerve 0 100`) was not made by playing
 * it, since the story keeps its stats in range. Such a state is not loaded and
 * not clamped either (a clamped value is still one no play produced): the
 * choices are replayed instead, which gives the stats those choices really
 * give, and a note says why. The stored save itself is left as it is.
 */

import { rewindTo, withPathChoices } from '../history/history-branches';
import { type ChoiceStep, type HistoryTree, pathTo } from '../history/history-tree';
import { storyFingerprint } from '../ink/story-fingerprint';
import type { Passage, StoryJson, StorySession } from '../ink/story-session';
import type { Save } from './save-format';
import { type ReplayOutcome, type ReplayStep, replayChoices } from './save-replay';

export type RestoreResult =
  | {
      ok: true;
      how: 'state' | 'replay' | 'partial-replay';
      session: StorySession;
      /** The opening passage and one per replayed choice: fold them to rebuild the page. */
      passages: Passage[];
      /** The save's history, moved and re-indexed to agree with the session's log. */
      history: HistoryTree;
      /** A sentence for the player when the story changed under the save. */
      note?: string;
    }
  | { ok: false; problem: string };

export function restoreSave(story: StoryJson, save: Save): RestoreResult {
  const steps = stepsOf(save);
  const sameStory = storyFingerprint(story) === save.fingerprint;
  const out = replayChoices(story, save.seed, steps, sameStory ? 'exact' : 'by-text');
  const { session, passages } = out;
  if (session.meta.title !== save.storyId)
    return { ok: false, problem: `This save belongs to another story (“${save.storyId}”), not to “${session.meta.title}”.` };

  if (sameStory) {
    if (out.stop) return { ok: false, problem: `This save cannot be loaded: ${out.stop.reason}. It may have been edited by hand.` };
    const reached = positionOf(session);
    const replayed = session.saveState();
    if (!tryLoad(session, save.inkState, out.indices)) return { ok: false, problem: 'This save is damaged: its story state cannot be read.' };
    if (positionOf(session) !== reached)
      return { ok: false, problem: 'This save’s story state does not match its choices, so it may have been edited by hand.' };
    const outside = statsOutOfRange(session);
    if (outside) {
      session.loadState(replayed, out.indices);
      return { ok: true, how: 'replay', session, passages, history: save.history, note: outOfRangeNote(outside) };
    }
    return { ok: true, how: 'state', session, passages, history: save.history };
  }

  if (out.stop) {
    const kept = out.fitted === 0 ? 0 : (pathTo(save.history, save.history.current)[out.fitted - 1]?.id ?? 0);
    const history = withPathChoices(rewindTo(save.history, kept).tree, kept, stepsTaken(out));
    const resume =
      out.fitted === 0 ? 'so you start again from the beginning' : `so your choices were replayed up to turn ${out.fitted}, and you go on from there`;
    const note = `The story has changed since this save: ${out.stop.reason}, ${resume}.`;
    return { ok: true, how: 'partial-replay', session, passages, history, note };
  }

  const history = withPathChoices(save.history, save.history.current, stepsTaken(out));
  // ink's state names content by position, so it is only worth trying when no choice moved.
  if (out.indices.every((index, i) => index === save.log[i])) {
    const reached = positionOf(session);
    const replayed = session.saveState();
    if (tryLoad(session, save.inkState, out.indices) && positionOf(session) === reached) {
      const outside = statsOutOfRange(session);
      if (!outside)
        return { ok: true, how: 'state', session, passages, history, note: 'The story has been updated since this save; your place and stats were kept.' };
      session.loadState(replayed, out.indices);
      return { ok: true, how: 'replay', session, passages, history, note: outOfRangeNote(outside) };
    }
    session.loadState(replayed, out.indices);
  }
  const note = 'The story has been updated since this save, so your choices were replayed on the new version; some details may differ.';
  return { ok: true, how: 'replay', session, passages, history, note };
}

/** Each declared stat whose value in the session lies outside the story's range, as "Nerve 9999 (the story allows 0–100)". */
export function statsOutOfRange(session: StorySession): string[] | null {
  const outside = session.meta.stats
    .map((def) => ({ def, value: session.variable(def.variable) }))
    .filter(({ def, value }) => typeof value === 'number' && (!Number.isFinite(value) || value < def.min || value > def.max))
    .map(({ def, value }) => `${def.label} ${value} (the story allows ${def.min}–${def.max})`);
  return outside.length ? outside : null;
}

function outOfRangeNote(outside: string[]): string {
  return `This save’s stats were outside what the story allows (${outside.join('; ')}), so its choices were replayed instead; the stats are the ones those choices give.`;
}

/** The log as replay steps, with the texts the history remembers when it agrees with the log. */
function stepsOf(save: Save): ReplayStep[] {
  const path = pathTo(save.history, save.history.current);
  const agrees = path.length === save.log.length && path.every((n, i) => n.choiceIndex === save.log[i]);
  return save.log.map((index, i) => (agrees ? { index, text: path[i]?.choiceText ?? '' } : { index }));
}

/** The choices the replay took, as the edited story shows them. */
function stepsTaken(out: ReplayOutcome): ChoiceStep[] {
  return out.entries.map((e) => ({ index: e.choiceIndex, text: e.choiceText }));
}

/** Where a session stands, as the choices it offers and where each leads. */
function positionOf(session: StorySession): string {
  return JSON.stringify(session.ink.currentChoices.map((c) => [c.text.trim(), c.targetPath?.toString() ?? '']));
}

function tryLoad(session: StorySession, inkState: string, log: readonly number[]): boolean {
  try {
    session.loadState(inkState, log);
    // A state from an edited story can load yet point into containers the story no longer has (an ending's call
    // stack, say): ink only finds out when it writes the state again, at the next autosave. Writing it once here
    // turns that into a replay now instead of a crash later.
    session.ink.state.ToJson();
    return true;
  } catch {
    return false;
  }
}
