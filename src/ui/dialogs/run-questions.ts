/**
 * The questions asked before a run is replaced: New game, a replay link,
 * Load and Import over an unfinished run all ask here first, in the page's
 * own dialog (ask-dialog.ts). The run is then kept among the earlier runs in
 * Saves before anything replaces it, and the question says so (and which
 * earlier run makes room). Loaded lazily with the dialog.
 */
import type { Game } from '../../engine/play/game';
import { parseReplayLink } from '../../engine/play/replay-link';
import { type RunAtStake, runAtStake } from '../../engine/play/run-at-stake';
import { EARLIER_RUNS_KEPT, type EarlierRun, type EarlierRuns } from '../../engine/saves/earlier-runs';
import { samePlay } from '../../engine/saves/same-play';
import { encodeSave } from '../../engine/saves/save-format';
import { ask, confirmInPage } from './ask-dialog';

export type Replacing = 'new' | 'link' | 'load' | 'import';

const WORDING: Record<Replacing, { title: string; confirm: string }> = {
  new: { title: 'Start a new story?', confirm: 'Start a new story' },
  link: { title: 'Open this replay link?', confirm: 'Open the link' },
  load: { title: 'Load this save?', confirm: 'Load it' },
  import: { title: 'Load this file?', confirm: 'Load the file' },
};

/** One line naming the run: where it stands and how far it has come. */
export function describeRun(run: RunAtStake): string {
  const place = run.scene ? `in “${run.scene}”` : 'at the beginning';
  const turns = `${run.turn} ${run.turn === 1 ? 'choice' : 'choices'} in`;
  return `Your run ${place}, ${turns}, is not finished.`;
}

/** The sentence for the earlier run the next keep will drop, or null while there is room for one more. */
export function droppedNote(runs: readonly EarlierRun[], formatTime: (ms: number) => string): string | null {
  if (runs.length < EARLIER_RUNS_KEPT) return null;
  const oldest = runs.at(-1);
  const when = oldest?.ok ? `, from ${formatTime(oldest.save.savedAt)},` : '';
  return `Only the last ${EARLIER_RUNS_KEPT} are kept: the oldest${when} will be dropped to make room.`;
}

const formatTime = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Whether the reader lets `action` replace the run now in play (true at once
 * when there is none). The run is kept among the earlier runs, and read back,
 * before this answers yes: when it cannot be kept (the storage is full) the
 * reader hears so first, and may export it to a file or keep playing it.
 */
export async function mayReplaceRun(game: Game, action: Replacing): Promise<boolean> {
  const run = await runAtStake(game);
  if (!run) return true;
  const { title, confirm } = WORDING[action];
  const earlier = await game.earlierRuns();
  const dropped = droppedNote(earlier.list(), formatTime);
  const body = [describeRun(run), 'It will be kept in Saves, under Earlier runs, where you can load it again.', ...(dropped ? [dropped] : [])];
  if (!(await confirmInPage(title, body, confirm))) return false;
  return keepRunFirst(game, earlier);
}

/**
 * Keeps the run the question named among the earlier runs now: the one on screen, or from the title the autosave's.
 * The autosave need not hold the run on screen (another tab moved it on, and this tab stopped saving over it): that
 * run is the new run's first autosave's to keep. When there is no room, asks whether to export it first or keep it.
 */
async function keepRunFirst(game: Game, earlier: EarlierRuns): Promise<boolean> {
  // The run on screen may have an autosave still waiting: store it first, where it may be stored.
  game.flush();
  await game.settled();
  const onScreen = game.store.getState().screen === 'playing' ? await game.snapshot() : null;
  const kept = onScreen ? earlier.keepSave(onScreen) : earlier.keepAutosave();
  if (kept.kept ? earlier.read(kept.key).ok : kept.reason === 'same' || kept.reason === 'nothing') return true;
  const choice = await ask({
    title: 'Your run could not be kept',
    body: [
      'There is no room left in this browser’s storage to keep it under Earlier runs, so going on would lose it.',
      'Export it to a file first (Saves → Import loads it again), or keep playing it and make room (in Saves, if this game’s saves are what fill the storage).',
    ],
    actions: [{ id: 'export', label: 'Export it, then go on', primary: true }],
    cancel: 'Keep my run',
  });
  if (choice !== 'export') return false;
  const slots = await game.saves();
  const read = slots.read('auto');
  const run = onScreen ?? (read.ok ? read.save : null);
  if (!run) return false;
  saveFile(`run-${new Date(run.savedAt).toISOString().slice(0, 16).replace(/[:T]/g, '-')}.json`, encodeSave(run));
  // Exported, the run is safe in the reader's hands: the autosave may now make way for the new run, if it holds that
  // run. Another tab's run there is not this export's: it stays, for the new run's first autosave to keep or wait on.
  if (read.ok && samePlay(read.save, run)) slots.remove('auto');
  return true;
}

/** Hands the reader a file, as the browser's download. */
function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Opens a replay link (`#play=…`) after asking when it would replace a run.
 * A broken link starts nothing over an unfinished run: the reader is told and
 * chooses.
 */
export async function openLinkAfterAsking(game: Game, link: string): Promise<void> {
  const { openReplayLink } = await import('../../engine/play/playthrough-ops');
  const parsed = parseReplayLink(link);
  if (!parsed.ok) {
    const problem = `That replay link is broken: ${parsed.problem}`;
    const run = await runAtStake(game);
    if (run) {
      const choice = await ask({
        title: 'That replay link is broken',
        body: [problem, describeRun(run), 'Continue picks it up where you left it.'],
        actions: [{ id: 'new', label: 'Start a new story' }],
        cancel: 'Keep my run',
      });
      if (choice !== 'new') return;
    }
    game.newGame();
    game.store.setState({ notice: `${problem} A fresh story has begun instead.` });
    return;
  }
  if (!(await mayReplaceRun(game, 'link'))) return;
  openReplayLink(game, link);
}
