/**
 * The reading screen put together: the sticky header with its tools (one per
 * side screen the registry gives a header label, then Restart), the stats
 * strip, the scene art, the notice line, the passage, the ending or error
 * card and the choices. `render` draws one game state on it: the choice just
 * made is echoed and its stat changes marked and said (in a status line of
 * their own: the passage speaks its own new text); the new text is
 * revealed, and the choices come once it has settled.
 */
import type { GameState } from '../../engine/play/game';
import { REVEAL_DELAY } from '../../engine/play/settings';
import { afterFirstPaint } from '../../platform/defer-after-paint';
import { actionButton, h, setChildren } from '../dom';
import { type AppDeps, SCREENS, type ScreenId } from '../screen-registry';
import { createChoicesView } from './choices-view';
import type { StopActions } from './ending-card';
import { createPassageView } from './passage-view';
import { createReadingHeader } from './reading-header';
import { createReveal, type Reveal } from './reveal';
import { createStatsPanel, signed } from './stats-panel';
import { createStopSlot } from './stop-slot';
import { choiceJustMade } from './turn-step';

export interface ReadingScreenDeps {
  deps: AppDeps;
  open(id: ScreenId): void;
  restart(): void;
  /** The reveal's delay between paragraphs for `s` reached from `prev` (the reader's settings, reduced motion). */
  animates(s: GameState, prev: GameState | null): number;
  /** The app's own notices (a settings warning, a message), shown beside the story's. */
  extraNotice(): string;
  dismissExtra(): void;
  /** Asks what to do about another tab's run. */
  askOtherTab(): void;
  stopActions: Pick<StopActions, 'share'>;
}

export interface ReadingScreen {
  el: HTMLElement;
  reveal: Reveal;
  pickNumber(n: number): void;
  render(s: GameState, prev: GameState | null): void;
}

export function createReadingScreen(r: ReadingScreenDeps): ReadingScreen {
  const { game } = r.deps;
  const news = h('div', { class: 'visually-hidden stat-news', role: 'status' });
  const reveal = createReveal();
  const passage = createPassageView();
  const choices = createChoicesView((index, turn) => game.choose(index, turn));
  const stats = createStatsPanel(() => r.open('about-stats'));
  const tool = (id: string, text: string, action: () => void) => actionButton(text, action, { class: 'quiet', id });
  const notice = h('div', { class: 'notice', role: 'status' });
  const status = h('section', { class: 'status', 'aria-label': 'Story status' });
  const header = createReadingHeader(
    game.store.getState().meta.title,
    [
      ...SCREENS.filter((d) => 'headerLabel' in d).map((d) => ({ id: d.opener, label: d.headerLabel, action: () => r.open(d.id) })),
      { id: 'restart', label: 'Restart', action: thenFocusStory(r.restart, choices.el, passage.el) },
    ],
    stats.el,
  );
  const art = h('div', { class: 'scene-art', 'aria-hidden': 'true' });
  const el = h('div', { class: 'reading' }, header.el, art, notice, passage.el, news, status, choices.el);
  passage.el.addEventListener('click', () => reveal.skip());
  const showStop = createStopSlot(status, () => game.store.getState(), {
    restart: () => game.newGame(),
    history: () => r.open('history'),
    endings: () => r.open('endings'),
    map: () => r.open('map'),
    storage: r.deps.storage,
    deps: r.deps,
    ...r.stopActions,
  });
  const revealThenChoices = choicesAfterReveal(reveal, choices, status, showStop);
  const dismiss = () => {
    r.dismissExtra();
    game.dismissNotice();
  };
  let artLoading = false;
  let marks: Readonly<Record<string, number>> | null = null;
  const render = (s: GameState, prev: GameState | null) => {
    if (!artLoading) {
      // The art waits for the first passage to be on screen; the arrow keys among the choices load with it (off the
      // first screen's code), long before the input guard lets the choices be taken.
      artLoading = true;
      afterFirstPaint(() => void import('./scene-art').then(({ mountSceneArt }) => mountSceneArt(art)));
      const arrows = () => void import('./choice-arrows').then(({ arrowKeysMoveThrough }) => arrowKeysMoveThrough(choices.el));
      // Where the first frame is late, the arrow keys' request waits for the next one too (the guard's 300 ms is longer).
      if (r.deps.lightFirstFrame) holdBackAFrame([header.el, choices.el], arrows);
      else arrows();
    }
    header.setScene(s.scene);
    // A choice echoes itself and marks the stats it moved (until the reader moves on); a restart, rewind or load does neither.
    const step = choiceJustMade(prev, s);
    if (step) marks = step.statDeltas;
    else if (prev?.history !== s.history) marks = null;
    // Stats and the menu opened on a phone fold again once the reader moves on, so the header gives the story its room back.
    if (prev && prev.history !== s.history) {
      stats.fold();
      header.fold();
    }
    const text = [s.notice, r.extraNotice()].filter(Boolean).join(' ');
    setChildren(
      notice,
      text ? h('p', {}, text) : null,
      s.notice && s.noticeDoor === 'saves' ? tool('notice-saves', 'Open Saves', () => r.open('saves')) : null,
      s.notice && s.noticeDoor === 'other-tab' ? tool('notice-other-tab', 'Choose a run', r.askOtherTab) : null,
      text ? tool('dismiss-notice', 'Dismiss', dismiss) : null,
    );
    notice.hidden = !text;
    stats.render(s.meta.stats, s.stats, marks);
    const fresh = passage.render(s.page, step?.choiceText ?? null);
    // What the choice did to the stats is said after its text, as the markers show it.
    const moved = step ? s.meta.stats.filter((d) => step.statDeltas[d.variable]).map((d) => `${d.label} ${signed(step.statDeltas[d.variable] ?? 0)}.`) : [];
    if (fresh.length) news.textContent = moved.join(' ');
    revealThenChoices(s, fresh, () => r.animates(s, prev));
  };
  return { el, reveal, pickNumber: (n) => choices.pickNumber(n), render };
}

/**
 * Reveals a render's new text, then shows the choices and the stop card: always the latest state's. A render with no
 * new text while a reveal runs (a rewind or a load onto text already shown, the Story taking over the build's first
 * turn) leaves them to that reveal's end; drawn at once, the reveal's end would put an older state's back over them.
 */
function choicesAfterReveal(
  reveal: Reveal,
  choices: ReturnType<typeof createChoicesView>,
  status: HTMLElement,
  showStop: ReturnType<typeof createStopSlot>,
): (s: GameState, fresh: HTMLElement[], delay: () => number) => void {
  let latest: GameState | null = null;
  const show = () => {
    if (!latest) return;
    choices.render(latest.choices, latest.turn);
    showStop(latest);
  };
  return (s, fresh, delay) => {
    latest = s;
    if (fresh.length === 0) {
      // A jump in time (a rewind, a load: no delay) finishes a reveal still running at once; anything else waits for its end.
      if (reveal.busy && delay() > 0) return;
      if (!reveal.skip()) show();
      return;
    }
    choices.render([], s.turn);
    setChildren(status);
    reveal.run(fresh, delay(), show);
  };
}

/** The reveal's delay between paragraphs for a state: none for a jump in time (a load, a rewind, a link), read before. */
export function revealDelay(s: GameState, prev: GameState | null, speed: keyof typeof REVEAL_DELAY, animate: boolean): number {
  const jump = !choiceJustMade(prev, s) && s.turn > 0;
  return animate && !jump ? REVEAL_DELAY[speed] : 0;
}

/**
 * The header, stats strip and choices kept out of the first passage's frame (their boxes stay, nothing moves) and
 * shown in the next: traces put the header's text at about half that frame's raster. The second animation frame is
 * the one after the passage's.
 */
function holdBackAFrame(els: HTMLElement[], then: () => void): void {
  for (const el of els) el.classList.add('next-frame');
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      for (const el of els) el.classList.remove('next-frame');
      then();
    }),
  );
}

/** A header action, after which the story takes focus, so a later Space or Enter never presses a header button again. */
function thenFocusStory(action: () => void, choices: HTMLElement, passage: HTMLElement): () => void {
  return () => {
    action();
    const target = choices.hidden ? passage : choices;
    target.tabIndex = -1;
    target.focus({ preventScroll: true });
  };
}
