/**
 * Saves' "Earlier runs": the runs the autosave held before a new run took its
 * place (engine/saves/earlier-runs.ts), newest first, each with its time,
 * scene, turn and stats, and Load, Export and Delete. Loading one over an
 * unfinished run asks first; deleting always asks. A run that no longer reads
 * says why and can be deleted.
 */
import type { Game } from '../../engine/play/game';
import { loadEarlierRun } from '../../engine/play/playthrough-ops';
import { EARLIER_RUNS_KEPT, type EarlierRun } from '../../engine/saves/earlier-runs';
import { encodeSave } from '../../engine/saves/save-format';
import './earlier-runs.css';
import { actionButton, h, setChildren } from '../dom';

export interface EarlierRunsDeps {
  game: Game;
  close(): void;
  download(name: string, text: string): void;
  say(text: string): void;
  formatTime(ms: number): string;
}

/** Fills `section` with the earlier runs; redraws itself after a deletion. */
export async function fillEarlierRuns(section: HTMLElement, deps: EarlierRunsDeps): Promise<void> {
  const { game, close, download, say, formatTime } = deps;
  const runs = (await game.earlierRuns()).list();
  const defs = game.store.getState().meta.stats;
  const redraw = () => fillEarlierRuns(section, deps);

  const load = async (run: EarlierRun) => {
    const { mayReplaceRun } = await import('../dialogs/run-questions');
    if (!(await mayReplaceRun(game, 'load'))) return;
    const r = await loadEarlierRun(game, run.key);
    if (!r.ok) return say(r.message);
    close();
  };
  const exportRun = (run: EarlierRun, n: number) => {
    if (!run.ok) return;
    download(`earlier-run-${n}-${new Date(run.save.savedAt).toISOString().slice(0, 16).replace(/[:T]/g, '-')}.json`, encodeSave(run.save));
    say('Exported.');
  };
  const remove = async (run: EarlierRun, name: string) => {
    const { confirmInPage } = await import('../dialogs/ask-dialog');
    if (!(await confirmInPage(`Delete ${name.toLowerCase()}?`, 'This cannot be undone.', 'Delete', true))) return;
    const removed = (await game.earlierRuns()).remove(run.key);
    // The room it freed may be what saves waiting in memory need.
    if (removed) (await game.saves()).retryPending();
    say(removed ? `${name} deleted.` : 'The browser would not delete it.');
    await redraw();
  };

  const card = (run: EarlierRun, i: number) => {
    const name = `Earlier run ${i + 1}`;
    const details = run.ok
      ? [
          h('p', { class: 'slot-scene' }, run.save.label.scene ?? 'The beginning'),
          h('p', { class: 'slot-meta' }, `${formatTime(run.save.savedAt)} · turn ${run.save.label.turn}`),
          h('p', { class: 'slot-stats' }, defs.map((d) => `${d.label} ${run.save.label.stats[d.variable] ?? '–'}`).join(' · ')),
        ]
      : [h('p', { class: 'slot-meta' }, `This run cannot be read: ${run.problem}`)];
    const buttons = [
      run.ok ? button(`Load ${name}`, 'Load', () => void load(run)) : null,
      run.ok ? button(`Export ${name}`, 'Export', () => exportRun(run, i + 1)) : null,
      button(`Delete ${name}`, 'Delete', () => void remove(run, name)),
    ];
    return h('article', { class: 'slot', 'data-earlier': run.key }, h('h3', {}, name), ...details, h('div', { class: 'slot-actions' }, ...buttons));
  };

  setChildren(
    section,
    h('h2', { id: 'earlier-title' }, 'Earlier runs'),
    h(
      'p',
      { class: 'slot-meta' },
      runs.length
        ? `A run is kept here when a new one replaces the autosave; the last ${EARLIER_RUNS_KEPT} are kept.`
        : 'None yet. When a new run replaces the autosave, the run it held is kept here.',
    ),
    runs.length >= EARLIER_RUNS_KEPT
      ? h('p', { class: 'slot-meta earlier-full' }, `The next run kept here drops the oldest${oldestWhen(runs, formatTime)}.`)
      : null,
    runs.length ? h('ul', { class: 'slot-list' }, ...runs.map((run, i) => h('li', {}, card(run, i)))) : null,
  );
}

/** ", from <date>," for the oldest run when it reads. */
function oldestWhen(runs: readonly EarlierRun[], formatTime: (ms: number) => string): string {
  const oldest = runs.at(-1);
  return oldest?.ok ? `, from ${formatTime(oldest.save.savedAt)}` : '';
}

const button = (label: string, text: string, action: () => void) => actionButton(text, action, { 'aria-label': label });
