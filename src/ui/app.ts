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
import { afterFirstPaint } from '../platform/defer-after-paint';
import { applySettings } from './apply-settings';
import { actionButton, h, setChildren } from './dom';
import { arrowKeysMoveThrough } from './reading/choice-arrows';
import { createChoicesView } from './reading/choices-view';
import { keyIntent } from './reading/input-guard';
import { createPassageView } from './reading/passage-view';
import { createReadingHeader } from './reading/reading-header';
import { createReveal } from './reading/reveal';
import { createStatsPanel, signed } from './reading/stats-panel';
import { createStopSlot } from './reading/stop-slot';
import { choiceJustMade } from './reading/turn-step';
import { adoptStaticTitle, createTitleScreen } from './title/title-screen';

export interface AppDeps {
  game: Game;
  storage: StoragePort;
  audio: AudioPort;
  /** Whether the reader asked the system for reduced motion. */
  reducedMotion(): boolean;
  loadReport(): Promise<StoryReport | null>;
  download(name: string, text: string): void;
  /** The full URL that replays a run from its replay code. */
  replayUrl(code: string): string;
}

type Screen = 'settings' | 'saves' | 'history' | 'endings' | 'map' | 'about-stats';

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
  arrowKeysMoveThrough(choices.el);
  const stats = createStatsPanel(() => open('about-stats'));
  const tool = (id: string, text: string, action: () => void) => actionButton(text, action, { class: 'quiet', id });
  // New game and Restart over an unfinished run ask first (run-questions.ts); the run is kept among the earlier runs.
  const startNew = async () => {
    // Nothing to lose (no autosave, or a run not begun or ended) starts at once, without loading the question's code.
    const s = game.store.getState();
    if (s.screen === 'playing' ? s.turn === 0 || s.ended : !game.hasAutosave()) return game.newGame();
    const { mayReplaceRun } = await import('./dialogs/run-questions');
    if (await mayReplaceRun(game, 'new')) game.newGame();
  };
  const restart = () => void startNew();
  const notice = h('div', { class: 'notice', role: 'status' });
  const status = h('section', { class: 'status', 'aria-label': 'Story status' });
  const header = createReadingHeader(
    game.store.getState().meta.title,
    [
      { id: 'open-history', label: 'History', action: () => open('history') },
      { id: 'open-map', label: 'Map', action: () => open('map') },
      { id: 'open-saves', label: 'Saves', action: () => open('saves') },
      { id: 'open-settings', label: 'Settings', action: () => open('settings') },
      { id: 'restart', label: 'Restart', action: restart },
    ],
    stats.el,
  );
  const art = h('div', { class: 'scene-art', 'aria-hidden': 'true' });
  const reading = h('div', { class: 'reading' }, header.el, art, notice, passage.el, status, choices.el);
  let artLoading = false;
  passage.el.addEventListener('click', () => reveal.skip());
  // A double click's second press lands on whatever its first press drew (New game's passage, the next turn) and
  // leaves a caret there that grows into a selection over every line added after it. A drag still selects text.
  // On the whole document: the press can land beside the app (the body's margin, below a short page).
  root.ownerDocument.addEventListener('mousedown', (e) => {
    if (e.detail > 1 && !(e.target instanceof HTMLInputElement)) e.preventDefault();
  });

  const say = (text: string) => {
    message = text;
    render(game.store.getState());
  };
  // The control that opened a side screen, by id: the screen replaces the page, so the element
  // itself may be gone when the reader comes back, but one with the same id is drawn again.
  let opener: string | null = null;
  const open = (which: Screen | null) => {
    const from = screen;
    if (which !== null && from === null) opener = document.activeElement instanceof HTMLElement && document.activeElement.id ? document.activeElement.id : null;
    screen = which;
    if (which === null) message = '';
    root.replaceChildren(live);
    render(game.store.getState());
    if (which === null && from !== null) {
      const back = opener;
      void import('./focus-return').then(({ returnFocus }) => returnFocus(root, back, from));
    }
  };
  const share = async () => {
    const [{ replayCode }, { showShareDialog }] = await Promise.all([import('../engine/play/playthrough-ops'), import('./dialogs/share-dialog')]);
    await showShareDialog(deps.replayUrl(replayCode(game)));
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
    if (which === 'settings') return (await import('./screens/settings-view')).createSettingsView(settings, changeSettings, close);
    if (which === 'saves') {
      const { createSavesView } = await import('./screens/saves-view');
      return createSavesView({ game, playing: s.screen === 'playing', close, download: deps.download });
    }
    if (which === 'history') {
      const { createHistoryView } = await import('./screens/history-view');
      return createHistoryView({ game, close, say: (m) => game.store.setState({ notice: m }) });
    }
    if (which === 'about-stats') {
      const { createStatsView } = await import('./screens/stats-view');
      return createStatsView({ meta: s.meta, stats: s.stats, start: s.history.nodes[0]?.stats ?? {}, close });
    }
    if (which === 'endings') {
      const [{ createEndingsView }, report, saves] = await Promise.all([import('./screens/endings-view'), deps.loadReport(), game.saves()]);
      const view = createEndingsView({ endings: report?.endings ?? null, reached: saves.endings(), close });
      // A damaged endings record is found by that read: say so here, once, rather than show "0 of 13" in silence.
      const problems = await game.takeProblems();
      if (problems.length) view.querySelector('h1')?.after(h('p', { class: 'saves-message', role: 'status' }, problems.join(' ')));
      return view;
    }
    return buildMap(close);
  };
  const buildMap = async (close: () => void) => {
    const [{ createStoryMap }, { mapPointsOf }, { rewind }, report] = await Promise.all([
      import('./map/story-map'),
      import('../engine/play/history-replays'),
      import('../engine/play/playthrough-ops'),
      deps.loadReport(),
    ]);
    if (!report) return h('section', { class: 'screen map' }, h('p', {}, 'The story map could not be made for this story.'));
    const points = mapPointsOf(game);
    return createStoryMap({
      report,
      points,
      onPick: async (id: number) => {
        const { askRewind } = await import('./dialogs/rewind-question');
        if (!(await askRewind(game.store.getState().history, id))) return;
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
  let before: GameState | null = null;
  let marks: Readonly<Record<string, number>> | null = null;
  const render = (s: GameState) => {
    const prev = before;
    before = s;
    // A choice echoes itself and marks the stats it moved; a restart, rewind or load does neither.
    // Worked out on every render, even under a side screen: a rewind from History lands while it is open.
    const step = choiceJustMade(prev, s);
    // The markers stay until the reader moves on; any other change of history clears them.
    if (step) marks = step.statDeltas;
    else if (prev?.history !== s.history) marks = null;
    if (s.error && s.error !== loggedError) console.error(`Story error: ${s.error}`);
    loggedError = s.error;
    // Unchanged values are not written again: even an equal write to a data attribute makes the browser re-check styles.
    if (document.title !== s.meta.title) document.title = s.meta.title;
    if (document.body.dataset.background !== (s.background ?? '')) document.body.dataset.background = s.background ?? '';
    // BACKGROUND naming a picture of the story's own: scene-art.ts shows it (backdrop-image.ts), like the named backdrops.
    if (document.body.dataset.backgroundImage !== (s.backgroundImage ?? '')) document.body.dataset.backgroundImage = s.backgroundImage ?? '';
    if (root.getAttribute('aria-busy') !== 'false') root.setAttribute('aria-busy', 'false');
    if (screen) return showScreen(screen, s);
    if (s.screen === 'title') {
      // The build's static copy of the title (data-static, see static-title.ts) becomes the working one, or is replaced by it.
      if (!root.querySelector('.title-screen:not([data-static])')) {
        const canContinue = game.hasAutosave();
        const actions = {
          newGame: restart,
          continue: canContinue ? () => void continueGame() : null,
          load: () => open('saves'),
          settings: () => open('settings'),
          endings: () => open('endings'),
        };
        const copy = root.querySelector<HTMLElement>(':scope > .title-screen[data-static]');
        const title = copy && adoptStaticTitle(copy, s.meta, actions) ? copy : createTitleScreen(s.meta, actions);
        if (title === copy) root.append(live);
        else setChildren(root, title, live);
        // Once the title is on screen, check that Continue can work and that nothing stored is damaged.
        setTimeout(() => void import('./title/title-checks').then(({ checkTitle }) => checkTitle(game, title, canContinue, () => open('saves'))), 300);
      }
      return;
    }
    if (!root.contains(reading)) setChildren(root, reading, live);
    if (!artLoading) {
      // The pictures wait until the first passage is on screen: the art must never delay the text.
      artLoading = true;
      afterFirstPaint(() => void import('./reading/scene-art').then(({ mountSceneArt }) => mountSceneArt(art)));
    }
    header.setScene(s.scene);

    const text = [s.notice, message, settingsWarning].filter(Boolean).join(' ');
    setChildren(
      notice,
      text ? h('p', {}, text) : null,
      s.notice && s.noticeDoor === 'saves' ? tool('notice-saves', 'Open Saves', () => open('saves')) : null,
      s.notice && s.noticeDoor === 'other-tab' ? tool('notice-other-tab', 'Choose a run', askOtherTab) : null,
      text ? tool('dismiss-notice', 'Dismiss', dismiss) : null,
    );
    notice.hidden = !text;
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
    // A jump in time (a load, a rewind, a replay link) shows its page at once: it was read before.
    const jump = !step && s.turn > 0;
    const animate = settings.animations && !reducedMotion() && !jump && !(settings.skipSeen && s.seenText);
    reveal.run(fresh, animate ? REVEAL_DELAY[settings.textSpeed] : 0, showChoices);
  };
  // Another tab moved the story on: ask once when it is first noticed; the notice's button asks again.
  const askOtherTab = () => void import('./dialogs/other-tab-question').then(({ askAboutOtherTab }) => askAboutOtherTab(game));
  let askedOtherTab: GameState['otherTab'] = null;
  game.store.subscribe((s) => {
    if (s.otherTab && s.otherTab !== askedOtherTab && !screen) askOtherTab();
    askedOtherTab = s.otherTab;
  });
  const endingsFound = async () => {
    const [report, saves] = await Promise.all([deps.loadReport(), game.saves()]);
    const reached = saves.endings();
    const all = report?.endings.map((e) => e.id) ?? Object.keys(reached);
    return { found: all.filter((id) => reached[id]).length, total: all.length };
  };
  const showStop = createStopSlot(status, () => game.store.getState(), {
    restart: () => game.newGame(),
    history: () => open('history'),
    endings: () => open('endings'),
    map: () => open('map'),
    share,
    endingsFound,
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
    const { showTitleProblems } = await import('./title/title-checks');
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
