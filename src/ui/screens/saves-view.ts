/**
 * The saves screen: the autosave and the manual slots, each with its time,
 * scene and stats; save, load and delete (after a confirmation); export the
 * current playthrough to a file and import one; below them the earlier runs
 * (earlier-runs-view.ts). Every question is asked in the page (ask-dialog.ts),
 * and Load or Import over an unfinished run asks first (run-questions.ts).
 * Messages from the engine are shown as they come: it already words them for
 * the player.
 */

import type { StatDef } from '../../engine/ink/story-meta';
import type { Game } from '../../engine/play/game';
import { checkImport, exportSave, importSave, loadSlot, saveToSlot } from '../../engine/play/playthrough-ops';
import type { SlotSummary } from '../../engine/saves/save-store';
import { actionButton, h, setChildren } from '../dom';

export interface SavesViewDeps {
  game: Game;
  /** Whether a playthrough is running (saving and exporting need one). */
  playing: boolean;
  close(): void;
  /** Offers text as a file download; the platform decides how. */
  download(name: string, text: string): void;
}

export function createSavesView({ game, playing, close, download }: SavesViewDeps): HTMLElement {
  const message = h('p', { class: 'saves-message', role: 'status' });
  const list = h('ul', { class: 'slot-list' });
  const say = (text: string) => {
    message.textContent = text;
  };

  const draw = async () => {
    const defs = game.store.getState().meta.stats;
    const slots = (await game.saves()).list();
    setChildren(list, ...slots.map((slot) => h('li', {}, slotCard(slot, defs))));
    await Promise.all([drawEarlier(), drawKeptAside()]);
  };
  const keptAside = h('section', { class: 'kept-aside', 'aria-labelledby': 'kept-aside-title', hidden: true });
  const drawKeptAside = async () => {
    const { fillKeptAside } = await import('./kept-aside-view');
    await fillKeptAside(keptAside, { game, download, say, redraw: draw });
  };
  const earlier = h('section', { class: 'earlier-runs', 'aria-labelledby': 'earlier-title' });
  const drawEarlier = async () => {
    const { fillEarlierRuns } = await import('./earlier-runs-view');
    await fillEarlierRuns(earlier, { game, close, download, say, formatTime });
  };

  const slotCard = (slot: SlotSummary, defs: StatDef[]) => {
    const name = slot.slot === 'auto' ? 'Autosave' : `Slot ${slot.slot.slice(4)}`;
    const buttons: HTMLButtonElement[] = [];
    if (slot.state === 'ok') buttons.push(button(`Load ${name}`, 'Load', () => void load(slot.slot)));
    if (playing && slot.slot !== 'auto') buttons.push(button(`Save here, in ${name}`, 'Save here', () => void save(slot.slot, slot.state === 'ok')));
    if (slot.state === 'ok' && slot.slot !== 'auto') buttons.push(button(`Delete ${name}`, 'Delete', () => void remove(slot.slot, name)));
    return h(
      'article',
      { class: 'slot', 'data-slot': slot.slot },
      h('h2', {}, name),
      ...slotDetails(slot, defs),
      h('div', { class: 'slot-actions' }, ...buttons),
    );
  };

  const load = async (slot: string) => {
    if (slot !== 'auto' && !(await (await import('../dialogs/run-questions')).mayReplaceRun(game, 'load'))) return;
    const r = await loadSlot(game, slot);
    if (!r.ok) return say(r.message);
    close();
  };
  const save = async (slot: string, filled: boolean) => {
    const { confirmInPage } = await import('../dialogs/ask-dialog');
    if (filled && !(await confirmInPage('Replace the save in this slot?', 'The save there now will be gone.', 'Replace it', true))) return;
    let r = await saveToSlot(game, slot);
    if (!r.ok && r.problem === 'conflict' && (await confirmInPage('Saved in another tab', r.message, 'Save anyway', true)))
      r = await saveToSlot(game, slot, true);
    say(r.ok ? 'Saved.' : r.message);
    await draw();
  };
  const remove = async (slot: string, name: string) => {
    const { confirmInPage } = await import('../dialogs/ask-dialog');
    if (!(await confirmInPage(`Delete the save in ${name}?`, 'This cannot be undone.', 'Delete', true))) return;
    const r = (await game.saves()).remove(slot);
    say(r.ok ? `${name} deleted.` : 'The browser would not delete it.');
    await draw();
  };

  const [file, importButton] = importControls(game, say, close);
  const exportButton = exportControl(game, playing, download, say);
  const done = button('Back', 'Back', close);
  done.id = 'saves-done';
  void draw();
  return h(
    'section',
    { class: 'screen saves', 'aria-labelledby': 'saves-title' },
    h('h1', { id: 'saves-title' }, 'Saves'),
    message,
    list,
    h('div', { class: 'menu row' }, exportButton, importButton, file, done),
    earlier,
    keptAside,
  );
}

/** What a slot holds: scene, time and turn, stats (with a note when one is outside the story's range), or why it holds nothing. */
function slotDetails(slot: SlotSummary, defs: StatDef[]): (HTMLElement | null)[] {
  if (slot.state !== 'ok' || !slot.label) {
    return [h('p', { class: 'slot-meta' }, slot.state === 'empty' ? 'Empty' : (slot.message ?? 'This slot cannot be read.'))];
  }
  const label = slot.label;
  // A value outside the story's range is shown as it is stored, with what loading will do about it (save-restore.ts).
  const outside = defs.filter((d) => {
    const v = label.stats[d.variable];
    return v !== undefined && (v < d.min || v > d.max);
  });
  return [
    h('p', { class: 'slot-scene' }, label.scene ?? 'The beginning'),
    h('p', { class: 'slot-meta' }, `${formatTime(slot.savedAt ?? 0)} · turn ${label.turn}`),
    h('p', { class: 'slot-stats' }, defs.map((d) => `${d.label} ${label.stats[d.variable] ?? '–'}`).join(' · ')),
    outside.length
      ? h(
          'p',
          { class: 'slot-meta' },
          `Outside what the story allows (${outside.map((d) => `${d.label} ${d.min}–${d.max}`).join(', ')}): loading replays its choices instead.`,
        )
      : null,
  ];
}

/** Export: the running playthrough as a file (disabled when none is running). */
function exportControl(game: Game, playing: boolean, download: SavesViewDeps['download'], say: (text: string) => void): HTMLButtonElement {
  const exportButton = button('Export to file: this playthrough', 'Export to file', () => {
    void exportSave(game).then((text) => {
      download(`kees-first-raid-${new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-')}.json`, text);
      say('Exported.');
    });
  });
  exportButton.disabled = !playing;
  return exportButton;
}

/** The hidden file input and the real button that opens it: Import reads a save file and loads it, asking first over an unfinished run. */
function importControls(game: Game, say: (text: string) => void, close: () => void): [HTMLInputElement, HTMLButtonElement] {
  // Hidden from everyone (the Import button stands for it), so the page has one control, a real button, for it.
  const file = h('input', { type: 'file', accept: '.json,application/json', id: 'import-file', class: 'visually-hidden', tabindex: -1, 'aria-hidden': 'true' });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    if (chosen.size > 3_000_000) return say('That file is too large to be a save.');
    const text = await chosen.text();
    file.value = '';
    const problem = checkImport(game, text);
    if (problem) return say(problem);
    if (!(await (await import('../dialogs/run-questions')).mayReplaceRun(game, 'import'))) return;
    const r = importSave(game, text);
    if (!r.ok) return say(r.message);
    close();
  });
  return [file, actionButton('Import a file', () => file.click(), { id: 'import-button' })];
}

const button = (label: string, text: string, action: () => void) => actionButton(text, action, { 'aria-label': label });

export function formatTime(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
