/**
 * The reading screen: the sticky header with its tools, the stats strip, the
 * scene art's band, the notice line, the passage, the ending or error card
 * and the choices, and the keys that finish a reveal or pick a choice.
 *
 * It is a chunk of its own. The title screen does not need it, so main.ts
 * starts fetching it before the story is parsed and app.ts builds it when
 * the reader first reaches a passage: the first screen's script stays small,
 * and by the time anyone can click New game the chunk has long arrived.
 */

import type { HistoryNode } from '../engine/history/history-tree';
import type { GameState } from '../engine/play/game';
import { afterFirstPaint } from './after-first-paint';
import { arrowKeysMoveThrough } from './choice-arrows';
import { createChoicesView } from './choices-view';
import { h, setChildren } from './dom';
import type { StopActions } from './ending-card';
import { keyIntent } from './input-guard';
import { createPassageView } from './passage-view';
import { createReadingHeader, type Tool } from './reading-header';
import { createReveal } from './reveal';
import { createStatsPanel, signed } from './stats-panel';
import { createStopSlot } from './stop-slot';

export interface ReadingDeps {
  title: string;
  /** The page's polite live region, shared with the side screens. */
  live: HTMLElement;
  tools: readonly Tool[];
  openStats(): void;
  choose(index: number, turn: number): void;
  current(): GameState;
  stop: StopActions;
}

/** What app.ts has worked out for one render: the choice just made, the markers and the notice line. */
export interface ReadingFrame {
  step: HistoryNode | null;
  marks: Readonly<Record<string, number>> | null;
  notice: readonly (HTMLElement | null)[];
  /** Milliseconds between revealed paragraphs, 0 to show them at once. */
  revealDelay: number;
}

export interface ReadingScreen {
  el: HTMLElement;
  render(s: GameState, frame: ReadingFrame): void;
  /** Handles a key pressed while reading; returns whether it was used. */
  key(e: KeyboardEvent): boolean;
}

export function createReadingScreen(deps: ReadingDeps): ReadingScreen {
  const { live } = deps;
  const reveal = createReveal();
  const passage = createPassageView((text) => {
    live.textContent = text;
  });
  const choices = createChoicesView((index, turn) => deps.choose(index, turn));
  arrowKeysMoveThrough(choices.el);
  const stats = createStatsPanel(deps.openStats);
  const notice = h('div', { class: 'notice', role: 'status' });
  const status = h('section', { class: 'status', 'aria-label': 'Story status' });
  const header = createReadingHeader(deps.title, deps.tools, stats.el);
  const art = h('div', { class: 'scene-art', 'aria-hidden': 'true' });
  const el = h('div', { class: 'reading' }, header.el, art, notice, passage.el, status, choices.el);
  passage.el.addEventListener('click', () => reveal.skip());
  const showStop = createStopSlot(status, deps.current, deps.stop);
  let artLoading = false;

  return {
    el,
    render(s, { step, marks, notice: noticeParts, revealDelay }) {
      if (!artLoading) {
        // The pictures wait until the first passage is on screen: the art must never delay the text.
        artLoading = true;
        afterFirstPaint(() => void import('./scene-art').then(({ mountSceneArt }) => mountSceneArt(art)));
      }
      header.setScene(s.scene);
      setChildren(notice, ...noticeParts);
      notice.hidden = noticeParts.every((part) => part === null);
      stats.render(s.meta.stats, s.stats, marks);
      const fresh = passage.render(s.page, step?.choiceText ?? null);
      // What the choice did to the stats is said after its text, as the markers show it.
      const moved = step ? s.meta.stats.filter((d) => step.statDeltas[d.variable]).map((d) => `${d.label} ${signed(step.statDeltas[d.variable] ?? 0)}.`) : [];
      if (fresh.length && moved.length) live.textContent = `${live.textContent ?? ''} ${moved.join(' ')}`;
      const showChoices = () => {
        choices.render(s.choices, s.turn);
        showStop(s);
      };
      if (fresh.length === 0) return showChoices();
      choices.render([], s.turn);
      setChildren(status);
      reveal.run(fresh, revealDelay, showChoices);
    },
    key(e) {
      // Keys finish the reveal, number keys pick, Space and Enter never pick on their own (input-guard.ts).
      const intent = keyIntent(e.key, e.repeat, reveal.busy);
      if (intent === 'default') return false;
      e.preventDefault();
      if (intent === 'skip') reveal.skip();
      else if (intent === 'pick') choices.pickNumber(Number(e.key));
      return true;
    },
  };
}
