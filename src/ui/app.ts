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
import { afterFirstPaint } from '../platform/defer-after-paint';
import { applySettings } from './apply-settings';
import { setChildren } from './dom';
import { keyIntent } from './reading/input-guard';
import { createReadingScreen, type ReadingScreen, revealDelay } from './reading/reading-screen';
import { createScreenDoor, type Place, type ScreenDoor } from './screen-door';
import { type AppDeps, pendingScreen, type ScreenContext, type ScreenId, screenDef } from './screen-registry';
import { showTitle } from './title/show-title';

export type { AppDeps } from './screen-registry';

export function mountApp(root: HTMLElement, deps: AppDeps): void {
  const { game, storage, audio } = deps;
  let settings: Settings = loadSettings(storage);
  let [message, settingsWarning] = ['', ''];
  applySettings(settings);
  audio.setVolumes(settings.volumes);
  // A double click's second press lands on whatever its first press drew (New game's passage, the next turn) and
  // leaves a caret there that grows into a selection over every line added after it. A drag still selects text.
  // On the whole document: the press can land beside the app (the body's margin, below a short page).
  root.ownerDocument.addEventListener('mousedown', (e) => {
    if (e.detail > 1 && !(e.target instanceof HTMLInputElement)) e.preventDefault();
  });
  const door = createScreenDoor(notePlace(game), (from, to, place) => {
    if (to === null) message = '';
    root.replaceChildren();
    render(game.store.getState());
    if (to === null && from !== null) {
      const moved = place?.history !== game.store.getState().history;
      void import('./focus-return').then(({ returnPlace }) => returnPlace(root, place, screenDef(from).opener, moved));
    }
  });
  const open = (id: ScreenId) => door.open(id);
  const restart = () => void startNew(game);
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
    stopActions: { share: () => shareRun(deps) },
  });

  const showScreen = (which: ScreenId, s: GameState) =>
    drawScreen(root, which, door, {
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
    });
  const reflect = pageReflector(root);
  const render = (s: GameState) => {
    const prev = before;
    reflect(s);
    // `before` is the last state the story was drawn in: a rewind from History lands while it is open, and its
    // page is drawn on return as the jump it was.
    if (door.current) return showScreen(door.current, s);
    before = s;
    if (s.screen === 'title') return showTitle(root, game, { newGame: restart, continueGame, open });
    if (!root.contains(reading.el)) setChildren(root, reading.el);
    reading.render(s, prev);
  };
  askOnceAboutOtherTab(game, door, askOtherTab);
  const say = (text: string) => {
    message = text;
    render(game.store.getState());
  };
  const continueGame = () => void import('./title/continue-game').then((m) => m.continueGame(game, root, say, () => open('saves')));

  listenForKeys(game, door, reading);
  game.store.subscribe(render);
  render(game.store.getState());
  // Loaded once the first screen is drawn: it matters only when the page goes away, or after Continue.
  afterFirstPaint(() => void import('./place-on-reload').then(({ keepPlaceOverReload }) => keepPlaceOverReload(game, () => door.current === null)));
}

/** New game and Restart: over an unfinished run they ask first (run-questions.ts); the run is kept among the earlier runs. */
async function startNew(game: AppDeps['game']): Promise<void> {
  // Nothing to lose (no autosave, or a run not begun or ended) starts at once, without loading the question's code.
  const s = game.store.getState();
  if (s.screen === 'playing' ? s.turn === 0 || s.ended : !game.hasAutosave()) return game.newGame();
  const { mayReplaceRun } = await import('./dialogs/run-questions');
  if (await mayReplaceRun(game, 'new')) game.newGame();
}

async function shareRun(deps: AppDeps): Promise<void> {
  const [{ replayCode }, { showShareDialog }] = await Promise.all([import('../engine/play/playthrough-ops'), import('./dialogs/share-dialog')]);
  await showShareDialog(deps.replayUrl(replayCode(deps.game)));
}

/** Draws a side screen: a page saying it loads, then the screen from its module, at its top, focus on its first control. */
function drawScreen(root: HTMLElement, which: ScreenId, door: ScreenDoor, ctx: ScreenContext): void {
  if (root.querySelector(`:scope > .screen.${which}`) || root.querySelector('.screen.pending')) return;
  setChildren(root, pendingScreen(which));
  const def = screenDef(which);
  void def.load().then(async (m) => {
    const view = await m.openScreen(ctx);
    if (door.current !== which || !view) return;
    setChildren(root, view);
    // The page behind may have been scrolled far down.
    scrollTo({ top: 0, behavior: 'instant' });
    ((def.focus ? view.querySelector<HTMLElement>(def.focus) : null) ?? view.querySelector<HTMLElement>('select, button, [tabindex="0"]'))?.focus({
      preventScroll: true,
    });
  });
}

/** Keys on the reading screen: they finish the reveal, number keys pick, Space and Enter never pick on their own (input-guard.ts). */
function listenForKeys(game: AppDeps['game'], door: ScreenDoor, reading: ReadingScreen): void {
  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // A question on screen owns the keyboard (its dialog is modal); nothing behind it moves.
    if (e.target instanceof HTMLElement && e.target.closest('dialog')) return;
    if (e.key === 'Escape' && door.current) return door.close();
    if (e.target instanceof HTMLElement && e.target.closest('input, textarea, select')) return;
    if (door.current || game.store.getState().screen !== 'playing') return;
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
}

/** Where the reader is, noted as a screen opens over the story (screen-door.ts). */
function notePlace(game: AppDeps['game']): () => Place {
  return () => ({
    scrollY,
    focusId: document.activeElement instanceof HTMLElement && document.activeElement.id ? document.activeElement.id : null,
    history: game.store.getState().history,
  });
}

/** What every state says to the page as a whole: the title, the backdrop, that it is drawn, a story error in the console. */
function pageReflector(root: HTMLElement): (s: GameState) => void {
  let loggedError: string | null = null;
  return (s) => {
    if (s.error && s.error !== loggedError) console.error(`Story error: ${s.error}`);
    loggedError = s.error;
    // Unchanged values are not written again: even an equal write to a data attribute makes the browser re-check styles.
    if (document.title !== s.meta.title) document.title = s.meta.title;
    if (document.body.dataset.background !== (s.background ?? '')) document.body.dataset.background = s.background ?? '';
    // BACKGROUND naming a picture of the story's own: scene-art.ts shows it (backdrop-image.ts), like the named backdrops.
    if (document.body.dataset.backgroundImage !== (s.backgroundImage ?? '')) document.body.dataset.backgroundImage = s.backgroundImage ?? '';
    if (root.getAttribute('aria-busy') !== 'false') root.setAttribute('aria-busy', 'false');
  };
}

/**
 * Another tab moved the story on: ask once, when it is first noticed over the story; the notice's button asks again.
 * Its run moving on further (otherTab follows it) is not a new question.
 */
function askOnceAboutOtherTab(game: AppDeps['game'], door: ScreenDoor, ask: () => void): void {
  let asked: GameState['otherTab'] = null;
  game.store.subscribe((s) => {
    if (s.otherTab && !asked && !door.current) ask();
    asked = s.otherTab;
  });
}
