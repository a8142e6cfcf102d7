/**
 * The questions asked before a run is replaced: New game, a replay link,
 * Load and Import over an unfinished run all ask here first, in the page's
 * own dialog (ask-dialog.ts). The run is then kept among the earlier runs in
 * Saves, and the question says so. Loaded lazily with the dialog.
 */
import type { Game } from '../../engine/play/game';
import { parseReplayLink } from '../../engine/play/replay-link';
import { type RunAtStake, runAtStake } from '../../engine/play/run-at-stake';
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

/** Whether the reader lets `action` replace the run now in play (true at once when there is none). */
export async function mayReplaceRun(game: Game, action: Replacing): Promise<boolean> {
  const run = await runAtStake(game);
  if (!run) return true;
  const { title, confirm } = WORDING[action];
  return confirmInPage(title, [describeRun(run), 'It will be kept in Saves, under Earlier runs, where you can load it again.'], confirm);
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
