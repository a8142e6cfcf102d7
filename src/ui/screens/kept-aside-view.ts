/**
 * Saves' "Kept aside": every stored value that could not be read, each with
 * what it was, what was wrong, how much room it takes, and Export (the text as
 * stored, for a bug report or a repair) and Delete (asked first). Values with
 * no room to be copied aside are listed where they lie; deleting one frees the
 * room it takes (enough for the waiting saves only if this game's data is what
 * fills the storage), and they are tried again at once.
 */
import type { Game } from '../../engine/play/game';
import type { KeptAside } from '../../engine/saves/save-store';
import './earlier-runs.css';
import { actionButton, h, setChildren } from '../dom';

export interface KeptAsideDeps {
  game: Game;
  download(name: string, text: string): void;
  say(text: string): void;
  /** Draws the whole Saves screen again (a deleted damaged slot is empty now). */
  redraw(): Promise<void>;
}

/** Fills `section` with the kept-aside values (nothing at all when there are none). */
export async function fillKeptAside(section: HTMLElement, deps: KeptAsideDeps): Promise<void> {
  const { game, download, say, redraw } = deps;
  const store = await game.saves();
  const items = store.quarantined();

  const exportItem = (item: KeptAside, n: number) => {
    const text = store.keptAsideText(item.key);
    if (text === null) return say('The browser would not give that value back.');
    download(`kept-aside-${n}.txt`, text);
    say('Exported.');
  };
  const remove = async (item: KeptAside) => {
    const { confirmInPage } = await import('../dialogs/ask-dialog');
    if (!(await confirmInPage(`Delete ${item.what} kept aside?`, 'Export it first if you may want it. This cannot be undone.', 'Delete', true))) return;
    if (!store.discardQuarantined(item.key)) return say('The browser would not delete it.');
    // Deleting may have made the room that saves waiting in memory need.
    const waiting = store.retryPending();
    say(waiting === 0 ? 'Deleted. Every save is stored.' : `Deleted. ${waiting} save(s) still wait for room.`);
    await redraw();
  };

  const card = (item: KeptAside, i: number) => {
    const name = `Kept aside ${i + 1}`;
    return h(
      'article',
      { class: 'slot', 'data-kept-aside': item.key },
      h('h3', {}, `${capitalise(item.what)}${item.inPlace ? ' (still in place: no room to copy it)' : ''}`),
      h('p', { class: 'slot-meta' }, item.problem),
      h('p', { class: 'slot-meta' }, `${formatSize(item.size)} of storage`),
      h(
        'div',
        { class: 'slot-actions' },
        button(`Export ${name}`, 'Export', () => exportItem(item, i + 1)),
        button(`Delete ${name}`, 'Delete', () => void remove(item)),
      ),
    );
  };

  section.hidden = items.length === 0;
  setChildren(
    section,
    h('h2', { id: 'kept-aside-title' }, 'Kept aside'),
    h('p', { class: 'slot-meta' }, 'Stored data that could not be read. Export keeps a copy; Delete frees its room.'),
    h('ul', { class: 'slot-list' }, ...items.map((item, i) => h('li', {}, card(item, i)))),
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function formatSize(chars: number): string {
  return chars < 1000 ? `${chars} characters` : chars < 1_000_000 ? `${Math.round(chars / 1000)} KB` : `${(chars / 1_000_000).toFixed(1)} MB`;
}

const button = (label: string, text: string, action: () => void) => actionButton(text, action, { 'aria-label': label });
