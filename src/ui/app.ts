/**
 * The player shell: shows the title screen, the reading screen or one of the
 * side screens, subscribes to the game store and turns keys into game
 * intents. It never calls inkjs; everything comes through the engine. Side
 * screens come from one table (screen-registry.ts) and open as browser
 * history entries (screen-door.ts), so Back closes them and the reader's
 * place is kept; each is built when opened, so the first passage pays for none.
 */

import type { GameState } from '../engine/play/game';
import { loadSettings, type Settings } from '../engine/play/settings';
import { applySettings } from './apply-settings';
import { setChildren } from './dom';
import { afterFirstPaint } from './reading/after-first-paint';
import { keyIntent } from './reading/input-guard';
import { createReadingScreen, type ReadingScreen, revealDelay } from './reading/reading-screen';
import { createScreenDoor, type Place } from './screen-door';
import { type AppDeps, pendingScreen, type ScreenId, screenDef } from './screen-registry';
import { showTitle } from './title/show-title';

export type { AppDeps } from './screen-registry';

export function mountApp(root: HTMLElement, deps: AppDeps): void {
  const { game, storage, audio } = deps;
  let settings: Settings = loadSettings(storage);
  let message = '';
  let settingsWarning = '';
  applySettings(settings);
  audio.setVolumes(settings.volumes);
  // A double click's second press lands on whatever its first press drew (New game's passage, the next turn) and
  // leaves a caret there that grows into a selection over every line added after it. A drag still selects text.
  root.addEventListener('mousedown', (e) => {
    if (e.detail > 1 && !(e.target instanceof HTMLInputElement)) e.preventDefault();
  });

  const notePlace = (): Place => ({
    scrollY,
    focusId: document.activeElement instanceof HTMLElement && document.activeElement.id ? document.activeElement.id : null,
    history: game.store.getState().history,
  });
  const door = createScreenDoor(notePlace, (from, to, place) => {
    if (to === null) message = '';
    root.replaceChildren();
    render(game.store.getState());
    if (to === null && from !== null) {
      const moved = place?.history !== game.store.getState().history;
      void import('./focus-return').then(({ returnPlace }) => returnPlace(root, place, screenDef(from).opener, moved));
    }
  });
  const open = (id: ScreenId) => door.open(id);
  // New game and Restart over an unfinished run ask first (run-questions.ts); the run is kept among the earlier runs.
  const startNew = async () => {
    // Nothing to lose (no autosave, or a run not begun or ended) starts at once, without loading the question's code.
    const s = game.store.getState();
    if (s.screen === 'playing' ? s.turn === 0 || s.ended : !game.hasAutosave()) return game.newGame();
    const { mayReplaceRun } = await import('./dialogs/run-questions');
    if (await mayReplaceRun(game, 'new')) game.newGame();
  };
  const restart = () => void startNew();
  const share = async () => {
    const [{ replayCode }, { showShareDialog }] = await Promise.all([import('../engine/play/playthrough-ops'), import('./dialogs/share-dialog')]);
    await showShareDialog(deps.replayUrl(replayCode(game)));
  };
  // Another tab moved the story on: ask once when it is first noticed; the notice's button asks again.
  const askOtherTab = () => void import('./dialogs/other-tab-question').then(({ askAboutOtherTab }) => askAboutOtherTab(game));
  let before: GameState | null = null;
  const reading: ReadingScreen = createReadingScreen({
    deps,
    open,
    restart,
    animates: (s, prev) => revealDelay(s, prev, settings.textSpeed, settings.animations && !deps.reducedMotion() && !(settings.skipSeen && s.seenText)),
    extraNotice: () => [message, settingsWarning].filter(Boolean).join(' '),
    dismissExtra: () => {
      message = '';
      settingsWarning = '';
    },
    askOtherTab,
    stopActions: { share, endingsFound: () => import('./reading/endings-found').then((m) => m.endingsFound(deps, game.store.getState())) },
  });

  const showScreen = (which: ScreenId, s: GameState) => {
    if (root.querySelector(`:scope > .screen.${which}`) || root.querySelector('.screen.pending')) return;
    setChildren(root, pendingScreen(which));
    const def = screenDef(which);
    const ctx = {
      deps,
      state: s,
      settings,
      settingsChanged: (next: Settings) => {
        settings = next;
      },
      // Kept until the reader dismisses it (closing Settings clears `message`).
      warn: (text: string) => {
        settingsWarning = text;
      },
      close: () => door.close(),
    };
    void def.load().then(async (m) => {
      const view = await m.openScreen(ctx);
      if (door.current !== which || !view) return;
      setChildren(root, view);
      // A screen opens at its top (the page behind may have been scrolled far down), focus on its first control.
      scrollTo({ top: 0, behavior: 'instant' });
      ((def.focus ? view.querySelector<HTMLElement>(def.focus) : null) ?? view.querySelector<HTMLElement>('select, button, [tabindex="0"]'))?.focus({
        preventScroll: true,
      });
    });
  };
  let loggedError: string | null = null;
  const render = (s: GameState) => {
    const prev = before;
    if (s.error && s.error !== loggedError) console.error(`Story error: ${s.error}`);
    loggedError = s.error;
    // Unchanged values are not written again: even an equal write to a data attribute makes the browser re-check styles.
    if (document.title !== s.meta.title) document.title = s.meta.title;
    if (document.body.dataset.background !== (s.background ?? '')) document.body.dataset.background = s.background ?? '';
    // BACKGROUND naming a picture of the story's own: scene-art.ts shows it (backdrop-image.ts), like the named backdrops.
    if (document.body.dataset.backgroundImage !== (s.backgroundImage ?? '')) document.body.dataset.backgroundImage = s.backgroundImage ?? '';
    if (root.getAttribute('aria-busy') !== 'false') root.setAttribute('aria-busy', 'false');
    // `before` is the last state the story was drawn in: a rewind from History lands while it is open, and its
    // page is drawn on return as the jump it was.
    if (door.current) return showScreen(door.current, s);
    before = s;
    if (s.screen === 'title') {
      return showTitle(root, game, {
        newGame: restart,
        continueGame,
        open,
      });
    }
    if (!root.contains(reading.el)) setChildren(root, reading.el);
    reading.render(s, prev);
  };
  let askedOtherTab: GameState['otherTab'] = null;
  game.store.subscribe((s) => {
    if (s.otherTab && s.otherTab !== askedOtherTab && !door.current) askOtherTab();
    askedOtherTab = s.otherTab;
  });
  const continueGame = () =>
    void import('./title/continue-game').then((m) =>
      m.continueGame(
        game,
        root,
        (text) => {
          message = text;
          render(game.store.getState());
        },
        () => open('saves'),
      ),
    );

  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // A question on screen owns the keyboard (its dialog is modal); nothing behind it moves.
    if (e.target instanceof HTMLElement && e.target.closest('dialog')) return;
    if (e.key === 'Escape' && door.current) return door.close();
    if (e.target instanceof HTMLElement && e.target.closest('input, textarea, select')) return;
    if (door.current || game.store.getState().screen !== 'playing') return;
    // Keys finish the reveal, number keys pick, Space and Enter never pick on their own (input-guard.ts).
    const intent = keyIntent(e.key, e.repeat, reading.reveal.busy);
    if (intent === 'default') return;
    e.preventDefault();
    if (intent === 'skip') reading.reveal.skip();
    else if (intent === 'pick') {
      reading.pickNumber(Number(e.key));
      // A header control left focused would take the next Space or Enter: let go of it, and the new choices take focus.
      if (document.activeElement?.closest('.reading-top')) (document.activeElement as HTMLElement).blur();
    }
  });

  game.store.subscribe(render);
  render(game.store.getState());
  // Loaded once the first screen is drawn: it matters only when the page goes away, or after Continue.
  afterFirstPaint(() => void import('./place-on-reload').then(({ keepPlaceOverReload }) => keepPlaceOverReload(game, () => door.current === null)));
}
