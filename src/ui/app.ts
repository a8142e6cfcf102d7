/**
 * The player shell: shows the title screen, the reading view or one of the
 * side screens (settings, saves, history, endings, map), subscribes to the
 * game store and turns clicks and keys into game intents. It never calls
 * inkjs; everything comes through the engine. Side screens are built when
 * opened; the map and the report it draws load only then.
 */

import type { StoryReport } from '../engine/analysis/story-report';
import type { Game, GameState } from '../engine/play/game';
import { loadSettings, REVEAL_DELAY, type Settings, saveSettings } from '../engine/play/settings';
import type { AudioPort, StoragePort } from '../engine/ports';
import { applySettings } from './apply-settings';
import { createChoicesView } from './choices-view';
import { h, setChildren } from './dom';
import { createStopCard } from './ending-card';
import { keyIntent } from './input-guard';
import { createPassageView } from './passage-view';
import { createReveal } from './reveal';
import { createStatsPanel } from './stats-panel';
import { createTitleScreen } from './title-screen';

export interface AppDeps {
  game: Game;
  storage: StoragePort;
  audio: AudioPort;
  /** Whether the reader asked the system for reduced motion. */
  reducedMotion(): boolean;
  loadReport(): Promise<StoryReport | null>;
  download(name: string, text: string): void;
  confirm(question: string): boolean;
  /** The full URL that replays a run from its replay code. */
  replayUrl(code: string): string;
}

type Screen = 'settings' | 'saves' | 'history' | 'endings' | 'map';

export function mountApp(root: HTMLElement, deps: AppDeps): void {
  const { game, storage, audio, reducedMotion } = deps;
  let settings: Settings = loadSettings(storage);
  let screen: Screen | null = null;
  let message = '';
  let settingsWarning = '';
  applySettings(settings);
  audio.setVolumes(settings.volumes);

  const live = h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'aria-atomic': 'false' });
  const reveal = createReveal();
  const passage = createPassageView((text) => {
    live.textContent = text;
  });
  const choices = createChoicesView((index, turn) => game.choose(index, turn));
  const stats = createStatsPanel();
  const tool = (id: string, text: string, action: () => void) => {
    const b = h('button', { type: 'button', class: 'quiet', id }, text);
    b.addEventListener('click', action);
    return b;
  };
  // New game and Restart over an unfinished run ask first (run-questions.ts); the run is kept among the earlier runs.
  const startNew = async () => {
    // Nothing to lose (no autosave, or a run not begun or ended) starts at once, without loading the question's code.
    const s = game.store.getState();
    if (s.screen === 'playing' ? s.turn === 0 || s.ended : !game.hasAutosave()) return game.newGame();
    const { mayReplaceRun } = await import('./run-questions');
    if (await mayReplaceRun(game, 'new')) game.newGame();
  };
  const restart = () => void startNew();
  const sceneTitle = h('p', { class: 'scene-title' });
  const notice = h('div', { class: 'notice', role: 'status' });
  const status = h('section', { class: 'status', 'aria-label': 'Story status' });
  const header = h(
    'header',
    { class: 'bar' },
    h('p', { class: 'story-name' }, game.store.getState().meta.title),
    sceneTitle,
    h(
      'nav',
      { class: 'tools', 'aria-label': 'Game' },
      tool('open-history', 'History', () => open('history')),
      tool('open-map', 'Map', () => open('map')),
      tool('open-saves', 'Saves', () => open('saves')),
      tool('open-settings', 'Settings', () => open('settings')),
      tool('restart', 'Restart', restart),
    ),
  );
  const reading = h('div', { class: 'reading' }, header, notice, stats.el, passage.el, status, choices.el);
  passage.el.addEventListener('click', () => reveal.skip());

  const say = (text: string) => {
    message = text;
    render(game.store.getState());
  };
  const open = (which: Screen | null) => {
    screen = which;
    if (which === null) message = '';
    root.replaceChildren(live);
    render(game.store.getState());
  };
  const share = async () => {
    const { replayCode } = await import('../engine/play/playthrough-ops');
    const url = deps.replayUrl(replayCode(game));
    navigator.clipboard?.writeText(url).catch(() => {});
    say(`Replay link for this run (copied if your browser allows): ${url}`);
  };

  // Side screens load their code when first opened, so the first passage does not pay for them.
  const showScreen = (which: Screen, s: GameState) => {
    if (root.querySelector(`.screen.${which}`) || root.querySelector('.screen.pending')) return;
    const close = () => open(null);
    setChildren(root, h('section', { class: `screen pending ${which}` }, h('p', { class: 'loading' }, 'Loading…')), live);
    void buildScreen(which, s, close).then((view) => {
      if (screen !== which || !view) return;
      setChildren(root, view, live);
      (view.querySelector<HTMLElement>('#map-done') ?? view.querySelector<HTMLElement>('select, button, [tabindex="0"]'))?.focus();
    });
  };
  const buildScreen = async (which: Screen, s: GameState, close: () => void): Promise<HTMLElement | null> => {
    if (which === 'settings') return (await import('./settings-view')).createSettingsView(settings, changeSettings, close);
    if (which === 'saves') {
      const { createSavesView } = await import('./saves-view');
      return createSavesView({ game, playing: s.screen === 'playing', close, download: deps.download });
    }
    if (which === 'history') {
      const { createHistoryView } = await import('./history-view');
      return createHistoryView({ game, close, confirm: deps.confirm, say: (m) => game.store.setState({ notice: m }) });
    }
    if (which === 'endings') {
      const [{ createEndingsView }, report, saves] = await Promise.all([import('./endings-view'), deps.loadReport(), game.saves()]);
      const view = createEndingsView({ endings: report?.endings ?? null, reached: saves.endings(), close });
      // A damaged endings record is found by that read: say so here, once, rather than show "0 of 13" in silence.
      const problems = await game.takeProblems();
      if (problems.length) view.querySelector('h1')?.after(h('p', { class: 'saves-message', role: 'status' }, problems.join(' ')));
      return view;
    }
    return buildMap(close);
  };
  const buildMap = async (close: () => void) => {
    const [{ createStoryMap }, { mapPoints }, { rewind }, report] = await Promise.all([
      import('./story-map'),
      import('../engine/history/map-points'),
      import('../engine/play/playthrough-ops'),
      deps.loadReport(),
    ]);
    const s = game.store.getState();
    if (!report) return h('section', { class: 'screen map' }, h('p', {}, 'The story map could not be made for this story.'));
    const points = mapPoints(game.story(), game.session().seed, s.history);
    return createStoryMap({
      report,
      points,
      onPick: (id: number) => {
        const r = rewind(game, id);
        if (!r.ok) return game.store.setState({ notice: r.message });
        close();
      },
      close,
    });
  };
  const changeSettings = (next: Settings) => {
    settings = next;
    applySettings(next);
    audio.setVolumes(next.volumes);
    if (saveSettings(storage, next)) return;
    // Kept until the reader dismisses it (closing Settings clears `message`), and said on the Settings screen now.
    settingsWarning = 'Settings apply for this visit, but the browser would not store them.';
    const view = root.querySelector('.screen.settings');
    if (view && !view.querySelector('.settings-warning')) view.append(h('p', { class: 'settings-warning', role: 'status' }, settingsWarning));
  };

  let loggedError: string | null = null;
  const render = (s: GameState) => {
    if (s.error && s.error !== loggedError) console.error(`Story error: ${s.error}`);
    loggedError = s.error;
    // Unchanged values are not written again: even an equal write to a data attribute makes the browser re-check styles.
    if (document.title !== s.meta.title) document.title = s.meta.title;
    if (document.body.dataset.background !== (s.background ?? '')) document.body.dataset.background = s.background ?? '';
    if (root.getAttribute('aria-busy') !== 'false') root.setAttribute('aria-busy', 'false');
    if (screen) return showScreen(screen, s);
    if (s.screen === 'title') {
      if (!root.querySelector('.title-screen')) {
        const canContinue = game.hasAutosave();
        const title = createTitleScreen(s.meta, {
          newGame: restart,
          continue: canContinue ? () => void continueGame() : null,
          load: () => open('saves'),
          settings: () => open('settings'),
          endings: () => open('endings'),
        });
        setChildren(root, title, live);
        // Once the title is on screen, check that Continue can work and that nothing stored is damaged.
        setTimeout(() => void import('./title-checks').then(({ checkTitle }) => checkTitle(game, title, canContinue, () => open('saves'))), 300);
      }
      return;
    }
    if (!root.contains(reading)) setChildren(root, reading, live);
    sceneTitle.textContent = s.scene ?? '';
    const text = [s.notice, message, settingsWarning].filter(Boolean).join(' ');
    setChildren(
      notice,
      text ? h('p', {}, text) : null,
      s.notice && s.noticeDoor === 'saves' ? tool('notice-saves', 'Open Saves', () => open('saves')) : null,
      s.notice && s.noticeDoor === 'other-tab' ? tool('notice-other-tab', 'Choose a run', askOtherTab) : null,
      text ? tool('dismiss-notice', 'Dismiss', dismiss) : null,
    );
    notice.hidden = !text;
    stats.render(s.meta.stats, s.stats);
    const fresh = passage.render(s.page);
    const showChoices = () => {
      choices.render(s.choices, s.turn);
      setChildren(
        status,
        createStopCard(s, { restart: () => game.newGame(), history: () => open('history'), endings: () => open('endings'), map: () => open('map'), share }),
      );
    };
    if (fresh.length === 0) return showChoices();
    choices.render([], s.turn);
    setChildren(status);
    const animate = settings.animations && !reducedMotion() && !(settings.skipSeen && s.seenText);
    reveal.run(fresh, animate ? REVEAL_DELAY[settings.textSpeed] : 0, showChoices);
  };
  // Another tab moved the story on: ask once when it is first noticed; the notice's button asks again.
  const askOtherTab = () => void import('./other-tab-question').then(({ askAboutOtherTab }) => askAboutOtherTab(game));
  let askedOtherTab: GameState['otherTab'] = null;
  game.store.subscribe((s) => {
    if (s.otherTab && s.otherTab !== askedOtherTab && !screen) askOtherTab();
    askedOtherTab = s.otherTab;
  });
  const dismiss = () => {
    message = '';
    settingsWarning = '';
    game.dismissNotice();
  };
  const continueGame = async () => {
    const { loadSlot } = await import('../engine/play/playthrough-ops');
    const r = await loadSlot(game, 'auto');
    if (r.ok) return;
    // Still on the title: say it there, where the reader is, and take Continue away.
    const title = root.querySelector<HTMLElement>('.title-screen');
    if (!title) return say(r.message);
    const { showTitleProblems } = await import('./title-checks');
    showTitleProblems(title, { continueProblem: r.message, problems: [], openSaves: () => open('saves') });
  };

  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // A question on screen owns the keyboard (its dialog is modal); nothing behind it moves.
    if (e.target instanceof HTMLElement && e.target.closest('dialog')) return;
    if (e.key === 'Escape' && screen) return open(null);
    if (e.target instanceof HTMLElement && e.target.closest('input, textarea, select')) return;
    if (screen || game.store.getState().screen !== 'playing') return;
    // Keys finish the reveal, number keys pick, Space and Enter never pick on their own (input-guard.ts).
    const intent = keyIntent(e.key, e.repeat, reveal.busy);
    if (intent === 'default') return;
    e.preventDefault();
    if (intent === 'skip') reveal.skip();
    else if (intent === 'pick') choices.pickNumber(Number(e.key));
  });

  game.store.subscribe(render);
  render(game.store.getState());
}
