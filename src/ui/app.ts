/**
 * The player shell: mounts the title screen, the reading view or the settings
 * screen, subscribes to the game store and turns clicks and keys into game
 * intents. It never calls inkjs; everything comes through the engine's store.
 */
import type { Game, GameState } from '../engine/game';
import type { AudioPort, StoragePort } from '../engine/ports';
import { loadSettings, REVEAL_DELAY, type Settings, saveSettings } from '../engine/settings';
import { createChoicesView } from './choices-view';
import { h, setChildren } from './dom';
import { createPassageView } from './passage-view';
import { createReveal } from './reveal';
import { applySettings, createSettingsView } from './settings-view';
import { createStatsPanel } from './stats-panel';
import { createTitleScreen } from './title-screen';

export interface AppDeps {
  game: Game;
  storage: StoragePort;
  audio: AudioPort;
  /** Whether the reader asked the system for reduced motion. */
  reducedMotion: () => boolean;
}

export function mountApp(root: HTMLElement, { game, storage, audio, reducedMotion }: AppDeps): void {
  let settings: Settings = loadSettings(storage);
  let overlay: 'settings' | null = null;
  applySettings(settings);
  audio.setVolumes(settings.volumes);

  const live = h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'false' });
  const reveal = createReveal();
  const passage = createPassageView((text) => {
    live.textContent = text;
  });
  const choices = createChoicesView((index, turn) => game.choose(index, turn));
  const stats = createStatsPanel();
  const restart = h('button', { type: 'button', class: 'quiet', id: 'restart' }, 'Restart');
  restart.addEventListener('click', () => game.newGame());
  const settingsButton = h('button', { type: 'button', class: 'quiet', id: 'open-settings' }, 'Settings');
  settingsButton.addEventListener('click', () => openOverlay('settings'));
  const sceneTitle = h('p', { class: 'scene-title' });
  const status = h('section', { class: 'status', 'aria-live': 'assertive' });
  const header = h('header', { class: 'bar' }, h('p', { class: 'story-name' }, game.store.getState().meta.title), sceneTitle, settingsButton, restart);
  const reading = h('div', { class: 'reading' }, header, stats.el, passage.el, status, choices.el);
  passage.el.addEventListener('click', () => reveal.skip());

  const openOverlay = (which: 'settings' | null) => {
    overlay = which;
    render(game.store.getState());
  };

  const render = (s: GameState) => {
    document.title = s.meta.title;
    document.body.dataset.background = s.background ?? '';
    root.setAttribute('aria-busy', 'false');
    if (overlay === 'settings') {
      if (!root.querySelector('.settings')) {
        const view = createSettingsView(
          settings,
          (next) => {
            settings = next;
            applySettings(next);
            audio.setVolumes(next.volumes);
            saveSettings(storage, next);
          },
          () => openOverlay(null),
        );
        setChildren(root, view, live);
        view.querySelector('select')?.focus();
      }
      return;
    }
    if (s.screen === 'title') {
      if (!root.querySelector('.title-screen')) {
        setChildren(root, createTitleScreen(s.meta, { newGame: () => game.newGame(), settings: () => openOverlay('settings') }), live);
      }
      return;
    }
    if (!root.contains(reading)) setChildren(root, reading, live);
    sceneTitle.textContent = s.scene ?? '';
    stats.render(s.meta.stats, s.stats);
    const fresh = passage.render(s.page);
    const showChoices = () => {
      choices.render(s.choices, s.turn);
      setChildren(
        status,
        statusFor(s, () => game.newGame()),
      );
    };
    if (fresh.length === 0) return showChoices();
    choices.render([], s.turn);
    setChildren(status);
    const animate = settings.animations && !reducedMotion();
    reveal.run(fresh, animate ? REVEAL_DELAY[settings.textSpeed] : 0, showChoices);
  };

  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.target instanceof HTMLElement && e.target.closest('input, textarea, select')) return;
    if (overlay || game.store.getState().screen !== 'playing') return;
    // While text is still appearing, any key finishes it; it never picks a choice the reader has not seen.
    if (reveal.busy && (e.key === ' ' || e.key === 'Enter' || /^[1-9]$/.test(e.key))) {
      e.preventDefault();
      reveal.skip();
      return;
    }
    if (e.repeat) return;
    if (/^[1-9]$/.test(e.key)) {
      e.preventDefault();
      choices.pickNumber(Number(e.key));
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
