/**
 * One autosave, written: the step autosave-writer.ts runs once the save code
 * has loaded. It loads with the save code (after the first passage is on
 * screen), so none of it is first-screen JavaScript. What it decides from
 * (the slot, whether a new run must keep the old one, what is already saved)
 * is the writer's `AutosaveState`, which it updates.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { HistoryTree } from '../history/history-tree';
import type { StorySession } from '../ink/story-session';
import type { ClockPort } from '../ports';
import type { EarlierRuns } from '../saves/earlier-runs';
import { snapshotSave } from '../saves/save-snapshot';
import type { SaveStore } from '../saves/save-store';
import type { FirstTurnHandoff } from './first-turn-handoff';
import type { GameState } from './game-types';

/** What the autosave remembers between writes; the writer owns it, each write reads and updates it. */
export interface AutosaveState {
  /** Where autosaves go: another tab's newer autosave is never overwritten unasked. */
  slot: string;
  /** Set when a new run starts: its first autosave keeps the run the autosave held among the earlier runs. */
  keepEarlier: boolean;
  /** False for a playthrough no save could replay (an author-mode jump). */
  saveable: boolean;
  /** Whether the reader was told that storage refused a write (told once, until a write works again). */
  warned: boolean;
  /** The notice that told it, withdrawn by the next write that works (it no longer holds); no other notice is. */
  warning?: string;
  /** Whether the run the autosave holds could not be kept under Earlier runs, so this run is not autosaved yet (told once). */
  keepFailed?: boolean;
  /** Bumped by every change of what is on screen; an autosave is due while `saved` lags behind it. */
  changes: number;
  saved: number;
}

export interface AutosaveContext {
  store: StoreApi<GameState>;
  handoff: FirstTurnHandoff;
  clock: ClockPort;
  slots: SaveStore;
  earlier: EarlierRuns;
}

export const KEEP_FAILED =
  'Your earlier run could not be kept under Earlier runs (the browser’s storage is full), so it stays in the autosave and this run is not saved yet. Make room (in Saves, if this game’s saves are what fill the storage), or export this run from there.';

/** What the save store says of another tab's newer autosave. */
export type TheirAutosave = { savedAt: number; label: { scene: string | null; turn: number } };

/**
 * Another tab moved on the save in `slot`, the one this tab autosaves into: the autosave stops saving over it (it waits
 * while `otherTab` is set) and says so, once. Should that tab play on or save there again, `otherTab` follows where its
 * run stands: the question shows it, and "Switch to that run" loads it, from that slot, as it is then.
 */
export function stopForOtherTab(store: StoreApi<GameState>, theirs: TheirAutosave, slot: string): void {
  const where = { slot, scene: theirs.label.scene, turn: theirs.label.turn, savedAt: theirs.savedAt };
  const known = store.getState().otherTab;
  if (known) {
    const moved = known.slot !== slot || known.savedAt !== where.savedAt || known.turn !== where.turn || known.scene !== where.scene;
    if (moved) store.setState({ otherTab: where });
    return;
  }
  store.setState({
    otherTab: where,
    notice: 'This story moved on in another tab. This tab stops saving over it until you choose which run to keep.',
    noticeDoor: 'other-tab',
  });
}

/** Writes the autosave if one is due, with `given` as the history when the store's is not yet the run's. */
export function writeAutosave(ctx: AutosaveContext, state: AutosaveState, given?: HistoryTree): void {
  const { store, handoff, slots } = ctx;
  // The build's first turn is settled first: should ink disagree with it, the page and the history change.
  if (handoff.waiting()) handoff.live();
  const s = store.getState();
  const history = given ?? s.history;
  if (s.error || !state.saveable || s.screen !== 'playing' || state.saved === state.changes || s.otherTab) return;
  // A new run replaces the autosave once its run is safe under Earlier runs: the reader was asked, so even another tab's run may go.
  let replacing = false;
  if (state.keepEarlier) {
    const kept = ctx.earlier.keepAutosave();
    // A storage that will not even be read holds no run this game could keep (and its writes fail too, which the
    // reader is told below): only a full storage, with a run in it, holds the new run back.
    replacing = kept.kept || kept.reason !== 'quota';
    // The reader was promised that run would be kept: with no room for it, the autosave keeps it and this run waits, tried again each choice.
    if (!replacing) {
      if (!state.keepFailed) store.setState({ notice: KEEP_FAILED, noticeDoor: 'saves' });
      state.keepFailed = true;
      return;
    }
    state.keepEarlier = false;
    state.keepFailed = false;
    withdraw(store, KEEP_FAILED);
  }
  const session = handoff.live();
  const snapshot = snapshotSave({ story: handoff.story(), session, history, clock: ctx.clock });
  let result = slots.write(state.slot, snapshot, { guardAutosave: !replacing });
  if (!result.ok && result.problem === 'conflict') {
    // The other tab's copy stands where this run stood before this choice or at it: the same run, not moved on.
    const theirs = slots.newerElsewhere(state.slot);
    const sameRun = theirs && theirs.seed === session.seed && theirs.log.every((x, i) => x === session.log[i]);
    if (!sameRun) {
      stopForOtherTab(store, result.theirs, state.slot);
      return;
    }
    result = slots.write(state.slot, snapshot, { force: true });
  }
  state.saved = state.changes;
  if (result.ok) {
    // Saving works again (the reader made room): the warning that said it did not would now mislead.
    if (state.warning) withdraw(store, state.warning);
    state.warned = false;
    state.warning = undefined;
  } else if (!state.warned) {
    // Say it once: a full or blocked storage fails every autosave, and repeating it would only nag.
    state.warned = true;
    state.warning = result.message;
    store.setState({ notice: result.message, noticeDoor: 'saves' });
  }
}

/** Takes `notice` down if it is still the one shown: a notice about something else stays. */
function withdraw(store: StoreApi<GameState>, notice: string): void {
  if (store.getState().notice === notice) store.setState({ notice: null, noticeDoor: null });
}

/** Stops autosaving when another tab moved the save in `slot` (this tab's autosave slot) on from where `session` stands. */
export function stopIfMovedOn(store: StoreApi<GameState>, slots: SaveStore, session: StorySession, slot: string): void {
  const theirs = slots.newerElsewhere(slot);
  // Another tab that only opened this same run (Continue rewrites the autosave) has not moved it on.
  if (theirs && !samePlace(theirs, session)) stopForOtherTab(store, theirs, slot);
}

/** Whether a stored run stands where the session does: the same seed and the same choices. */
function samePlace(save: { seed: number; log: readonly number[] }, session: StorySession): boolean {
  return save.seed === session.seed && save.log.length === session.log.length && save.log.every((x, i) => x === session.log[i]);
}
