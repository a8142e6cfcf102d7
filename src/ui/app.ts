/**
 * The player shell: mounts the title screen or the reading view, subscribes
 * to the game store and turns clicks and keys into game intents. It never
 * calls inkjs; everything comes through the engine's store.
 */
import type { Game, GameState } from '../engine/game';
import { createChoicesView } from './choices-view';
import { h, setChildren } from './dom';
import { createPassageView } from './passage-view';
import { createStatsPanel } from './stats-panel';
import { createTitleScreen } from './title-screen';

export function mountApp(root: HTMLElement, game: Game): void {
  const live = h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'false' });
  const passage = createPassageView((text) => {
    live.textContent = text;
  });
  const choices = createChoicesView((index, turn) => game.choose(index, turn));
  const stats = createStatsPanel();
  const restart = h('button', { type: 'button', class: 'quiet', id: 'restart' }, 'Restart');
  restart.addEventListener('click', () => game.newGame());
  const sceneTitle = h('p', { class: 'scene-title' });
  const status = h('section', { class: 'status', 'aria-live': 'assertive' });
  const header = h('header', { class: 'bar' }, h('p', { class: 'story-name' }, game.store.getState().meta.title), sceneTitle, restart);
  const reading = h('div', { class: 'reading' }, header, stats.el, passage.el, status, choices.el);

  const render = (s: GameState) => {
    document.title = s.meta.title;
    document.body.dataset.background = s.background ?? '';
    if (s.screen === 'title') {
      if (!root.querySelector('.title-screen')) setChildren(root, createTitleScreen(s.meta, { newGame: () => game.newGame() }), live);
      root.setAttribute('aria-busy', 'false');
      return;
    }
    if (!root.contains(reading)) setChildren(root, reading, live);
    sceneTitle.textContent = s.scene ?? '';
    stats.render(s.meta.stats, s.stats);
    passage.render(s.page);
    choices.render(s.choices, s.turn);
    setChildren(
      status,
      statusFor(s, () => game.newGame()),
    );
  };

  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
    if (e.target instanceof HTMLElement && e.target.closest('input, textarea, select')) return;
    const n = Number(e.key);
    if (Number.isInteger(n) && n >= 1 && n <= 9 && game.store.getState().screen === 'playing') {
      e.preventDefault();
      choices.pickNumber(n);
    }
  });

  game.store.subscribe(render);
  render(game.store.getState());
}

/** What to show below the text when the story has stopped: an ending, or an error with a way out. */
function statusFor(s: GameState, restart: () => void): HTMLElement | null {
  if (!s.error && !s.ended) return null;
  const again = h('button', { type: 'button', class: 'primary', id: 'play-again' }, s.error ? 'Start again' : 'Play again');
  again.addEventListener('click', restart);
  if (s.error) {
    return h('div', { class: 'story-error', role: 'alert' }, h('h2', {}, 'The story stopped'), h('p', {}, s.error), again);
  }
  return h(
    'div',
    { class: 'ending-card' },
    h('p', { class: 'ending-label' }, 'Ending'),
    h('h2', { class: 'ending-title' }, s.ending?.title ?? 'The End'),
    again,
  );
}
