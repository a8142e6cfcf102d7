/**
 * How side screens open and close over the story. Each screen opened is a
 * browser history entry, so Back (a phone's Back above all) closes it rather
 * than leaving the game; closing by its own button goes back through that
 * entry too, so the history never fills with stale screens. On the way in the
 * reader's place is noted (scroll position, focused control, which history it
 * belonged to); on the way out it is given back (focus-return.ts).
 */
import type { ScreenId } from './screen-registry';

/** Where the reader was when a screen opened over the story. */
export interface Place {
  scrollY: number;
  /** The id of the focused control, if it had one. */
  focusId: string | null;
  /** The story's history then: the scroll position is given back only if the story has not moved since. */
  history: unknown;
}

export interface ScreenDoor {
  readonly current: ScreenId | null;
  open(id: ScreenId): void;
  /** Closes the screen shown; Back does the same. */
  close(): void;
}

const KEY = 'keeScreen';

function screenIn(state: unknown): ScreenId | null {
  return state && typeof state === 'object' && KEY in state ? ((state as Record<string, ScreenId>)[KEY] ?? null) : null;
}

/**
 * `show(from, to, place)` draws the change: `place` is where the reader was when `from` opened,
 * when `to` is the story again.
 */
export function createScreenDoor(notePlace: () => Place, show: (from: ScreenId | null, to: ScreenId | null, place: Place | null) => void): ScreenDoor {
  let current: ScreenId | null = null;
  let place: Place | null = null;
  const go = (to: ScreenId | null) => {
    const from = current;
    if (from === to) return;
    if (from === null) place = notePlace();
    current = to;
    const back = to === null ? place : null;
    if (to === null) place = null;
    show(from, to, back);
  };
  // A reload over a screen's entry shows the story: that entry now means nothing, so it is made plain.
  if (screenIn(history.state)) history.replaceState(null, '');
  addEventListener('popstate', (e) => go(screenIn(e.state)));
  return {
    get current() {
      return current;
    },
    open(id) {
      if (current === id) return;
      if (current === null) history.pushState({ [KEY]: id }, '');
      else history.replaceState({ [KEY]: id }, '');
      go(id);
    },
    close() {
      if (current === null) return;
      // Through Back when the entry is ours, so it is used up; popstate then draws the story.
      if (screenIn(history.state) === current) history.back();
      else go(null);
    },
  };
}
