/**
 * The reader's place over a reload: when the page goes away on the reading
 * screen, the scroll position is kept in the tab's session storage (which a
 * reload keeps and no other tab sees), with the turn it belongs to. When that
 * same turn is on screen again (Continue after the reload), the page goes
 * back to that position instead of the top of the passage.
 */
import type { Game, GameState } from '../engine/play/game';

const KEY = 'kee:place';

interface Kept {
  node: number;
  turn: number;
  /** The paragraph at the top of the window, counted from the last (0). */
  fromEnd: number;
  /** How far above the window's top that paragraph began, in pixels. */
  offset: number;
}

const paragraphs = () => [...document.querySelectorAll<HTMLElement>('.reading .passage .para')];
/** Where the reading column's visible part begins: under the sticky header. */
const top = () => document.querySelector('.reading-top')?.getBoundingClientRect().bottom ?? 0;

function session(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function read(): Kept | null {
  try {
    const kept: unknown = JSON.parse(session()?.getItem(KEY) ?? 'null');
    if (!kept || typeof kept !== 'object') return null;
    const { node, turn, fromEnd, offset } = kept as Record<string, unknown>;
    const numbers = [node, turn, fromEnd, offset].every((n) => typeof n === 'number' && Number.isFinite(n));
    return numbers ? ({ node, turn, fromEnd, offset } as Kept) : null;
  } catch {
    return null;
  }
}

export function keepPlaceOverReload(game: Game, onStory: () => boolean): void {
  addEventListener('pagehide', () => {
    const s = game.store.getState();
    if (s.screen !== 'playing' || !onStory()) return;
    const paras = paragraphs();
    const under = top();
    const at = paras.findIndex((p) => p.getBoundingClientRect().bottom > under);
    if (at < 0) return;
    const offset = under - (paras[at] as HTMLElement).getBoundingClientRect().top;
    const kept: Kept = { node: s.history.current, turn: s.turn, fromEnd: paras.length - 1 - at, offset: Math.round(offset) };
    try {
      session()?.setItem(KEY, JSON.stringify(kept));
    } catch {
      // A browser that keeps nothing for the session only loses the scroll position.
    }
  });
  let kept = read();
  if (!kept) return;
  const restore = (s: GameState) => {
    if (!kept || s.screen !== 'playing') return;
    const place = kept;
    kept = null;
    stop();
    try {
      session()?.removeItem(KEY);
    } catch {}
    if (s.history.current !== place.node || s.turn !== place.turn) return;
    // After the passage's own scroll to its first line, which waits a frame (passage-view.ts).
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const paras = paragraphs();
        const para = paras[paras.length - 1 - place.fromEnd];
        if (para) scrollTo({ top: scrollY + para.getBoundingClientRect().top - top() + place.offset, behavior: 'instant' });
      }),
    );
  };
  const stop = game.store.subscribe(restore);
  // This code loads a moment after the title is drawn: a quick Continue may already be on screen.
  restore(game.store.getState());
}
