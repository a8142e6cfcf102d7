/**
 * What a player can do with a playthrough besides choosing: continue or load
 * a save, save to a slot, export and import a save file, rewind to an earlier
 * choice or switch back to another branch, and share or open a replay link.
 * Each answers with a sentence for the player when it cannot be done, and none
 * of them ever deletes or overwrites a save the player did not ask to replace.
 */

import { rewindTo, switchTo } from '../history/history-branches';
import type { HistoryTree } from '../history/history-tree';
import { storyFingerprint } from '../ink/story-fingerprint';
import { droppedBranchesNote, dropUnplayableBranches } from '../saves/history-check';
import { decodeSave, encodeSave } from '../saves/save-format';
import { replayChoices } from '../saves/save-replay';
import { restoreSave } from '../saves/save-restore';
import type { WriteResult } from '../saves/save-store';
import type { Game } from './game';
import { encodeReplayLink, parseReplayLink, playReplayLink } from './replay-link';

export type Outcome = { ok: true; note?: string } | { ok: false; message: string };

/** Load the save in `slot` (the autosave is 'auto') onto the story as it is now. */
export async function loadSlot(game: Game, slot: string): Promise<Outcome> {
  const read = (await game.saves()).read(slot);
  if (!read.ok) return { ok: false, message: read.message };
  // Continuing the autosave is the same run; any other slot is a different one.
  return adoptSave(game, read.save, read.warning, slot !== 'auto');
}

/** Load one of the earlier runs kept in Saves; the run the autosave holds is kept there in turn. */
export async function loadEarlierRun(game: Game, key: string): Promise<Outcome> {
  const run = (await game.earlierRuns()).read(key);
  if (!run.ok) return { ok: false, message: `That run could not be read: ${run.problem}` };
  return adoptSave(game, run.save, undefined, true);
}

export async function saveToSlot(game: Game, slot: string, force = false): Promise<WriteResult> {
  const [store, save] = await Promise.all([game.saves(), game.snapshot()]);
  return store.write(slot, save, { force });
}

/** The current playthrough as save-file text. */
export async function exportSave(game: Game): Promise<string> {
  return encodeSave(await game.snapshot());
}

/** Why save-file text cannot be loaded, or null when it can: checked before asking to replace a run for it. */
export function checkImport(game: Game, text: string): string | null {
  const decoded = decodeSave(text, { storyId: game.store.getState().meta.title });
  return decoded.ok ? null : `That file could not be loaded: ${decoded.problem}`;
}

/**
 * Loads save-file text through the same checks as a stored save; then every
 * branch of its history must play in the story (history-check.ts), and one
 * that does not is left out with a note naming it.
 */
export function importSave(game: Game, text: string): Outcome {
  const decoded = decodeSave(text, { storyId: game.store.getState().meta.title });
  if (!decoded.ok) return { ok: false, message: `That file could not be loaded: ${decoded.problem}` };
  return adoptSave(game, decoded.save, undefined, true, true);
}

/** Go back to the moment after history node `id` (0 is the start); later choices stay in the tree as a branch. */
export function rewind(game: Game, id: number): Outcome {
  return moveInHistory(game, rewindTo(game.store.getState().history, id));
}

/** Go to the end of another branch of the history. */
export function switchBranch(game: Game, id: number): Outcome {
  return moveInHistory(game, switchTo(game.store.getState().history, id));
}

/** A replay link's code for the current playthrough: seed, choice path and story fingerprint. */
export function replayCode(game: Game): string {
  const session = game.session();
  return encodeReplayLink({ seed: session.seed, path: [...session.log], fingerprint: storyFingerprint(game.story()) });
}

/** Plays a replay link (its code, `#play=…` or a whole URL) as far as it fits. */
export function openReplayLink(game: Game, text: string): Outcome {
  const parsed = parseReplayLink(text);
  if (!parsed.ok) return { ok: false, message: `That replay link is broken: ${parsed.problem}` };
  const play = playReplayLink(game.story(), parsed.link);
  game.adopt({ session: play.session, passages: play.passages, history: play.history, note: play.note, newRun: true });
  return play.note ? { ok: true, note: play.note } : { ok: true };
}

function adoptSave(game: Game, save: Parameters<typeof restoreSave>[1], warning: string | undefined, newRun: boolean, checkBranches = false): Outcome {
  const restored = restoreSave(game.story(), save);
  if (!restored.ok) return { ok: false, message: restored.problem };
  const rule = save.fingerprint === storyFingerprint(game.story()) ? 'exact' : 'by-text';
  const checked = checkBranches ? dropUnplayableBranches(game.story(), save.seed, restored.history, rule) : { tree: restored.history, dropped: [] };
  const note = [warning, restored.note, droppedBranchesNote(checked.dropped)].filter(Boolean).join(' ') || undefined;
  game.adopt({ session: restored.session, passages: restored.passages, history: checked.tree, note, newRun });
  return note ? { ok: true, note } : { ok: true };
}

function moveInHistory(game: Game, moved: { tree: HistoryTree; path: { index: number; text: string }[] }): Outcome {
  const session = game.session();
  const out = replayChoices(game.story(), session.seed, moved.path, 'exact');
  if (out.stop) return { ok: false, message: `That point cannot be reached again: ${out.stop.reason}.` };
  game.adopt({ session: out.session, passages: out.passages, history: moved.tree });
  return { ok: true };
}

/**
 * Answers "this story moved on in another tab". The other tab's run is the one the question names, in the slot this
 * tab autosaves into (`otherTab.slot`: the autosave, or the manual slot this tab kept its run in). 'switch': this tab's
 * run is kept under Earlier runs and that run is loaded from that slot, which this tab then autosaves into as before.
 * 'keep': this tab's run goes into the first empty manual slot and autosaves there from now on, leaving the other
 * tab's save alone. Nothing is overwritten.
 */
export async function resolveOtherTab(game: Game, choice: 'switch' | 'keep'): Promise<Outcome> {
  const [store, earlier, save] = await Promise.all([game.saves(), game.earlierRuns(), game.snapshot()]);
  const theirs = game.store.getState().otherTab?.slot ?? 'auto';
  const where = theirs === 'auto' ? 'the autosave' : `Slot ${theirs.slice(4)}`;
  if (choice === 'switch') {
    const kept = earlier.keepSave(save);
    if (!kept.kept && kept.reason !== 'same' && kept.reason !== 'nothing')
      return { ok: false, message: 'This run could not be kept aside (storage is full), so nothing was switched.' };
    // This tab's own run may wait in memory for that slot (storage refused it): it is kept aside now, and the run the
    // question names is the stored one, which that copy must neither hide from the read nor overwrite later.
    store.dropPending(theirs);
    const read = store.read(theirs);
    if (!read.ok) return { ok: false, message: read.message };
    // Not a new run: this tab goes on autosaving into the slot the run came from, as the other tab did.
    const loaded = adoptSave(game, read.save, read.warning, false);
    if (loaded.ok) game.resumeAutosave(theirs);
    // A run with no choice taken was not kept: there is nothing of it to point to.
    const aside = kept.kept || kept.reason === 'same' ? '; the run from this tab is under Saves → Earlier runs.' : '.';
    const from = theirs === 'auto' ? '' : `, saved in ${where} (this tab saves it there from now on)`;
    return loaded.ok ? { ok: true, note: `Switched to the other tab’s run${from}${aside}` } : loaded;
  }
  const free = store.list().find((s) => s.slot !== 'auto' && s.state === 'empty');
  if (!free) return { ok: false, message: 'Every save slot is taken: free one in Saves, or switch to the other tab’s run.' };
  const written = store.write(free.slot, save);
  if (!written.ok) return { ok: false, message: written.message };
  game.resumeAutosave(free.slot);
  return { ok: true, note: `This run is saved in Slot ${free.slot.slice(4)} from now on; the other tab’s run stays in ${where}.` };
}
