/**
 * The wiring file: the only module that imports every layer. It builds the
 * game with its browser ports, mounts the UI, opens a replay link if the URL
 * carries one (or gets one pasted in), loads sound (and howler) only after the player's first
 * gesture, and in development swaps in a freshly compiled story on every ink
 * edit while keeping the reader's place.
 */
// First, so the page's Content-Security-Policy is in force before any other module runs.
import './platform/enforce-content-policy';
import storyJson, { firstTurn } from '../story/main.ink';
import type { StoryReport } from './engine/analysis/story-report';
import { createGame, type GameDeps } from './engine/play/game';
import { deferAfterPaint } from './platform/defer-after-paint';
import { createGestureAudio } from './platform/gesture-audio';
import { createLocalStorage } from './platform/local-storage';
import { watchOtherTabs } from './platform/tab-sync';
import { mountApp } from './ui/app';

const found = document.getElementById('app');
if (!found) throw new Error('index.html has no #app element');
const root: HTMLElement = found;

const audio = createGestureAudio(async () => {
  // The first gesture is usually the click on New game: fetching, compiling and decoding sound then
  // would compete with drawing the first passage, and the ambience can begin a moment later.
  await new Promise<void>((resolve) => deferAfterPaint(resolve));
  const [{ createHowlerAudio }, { audioSources, loopWindows }] = await Promise.all([import('./audio/howler-audio'), import('./audio/audio-sources')]);
  return createHowlerAudio(audioSources, (msg) => console.warn(msg), loopWindows);
});
const storage = createLocalStorage();
// The story engine (inkjs) is not first-screen JavaScript when the build played the first turn: the game loads it
// once the first passage is painted. A story whose opening varies needs it for the title, so it loads at once.
// (Not a top-level await: that would make the bundler split the first screen's modules into many small chunks.)
const loadInk = () => import('./engine/ink/ink-runtime').then((m) => m.inkRuntime);
if (firstTurn) start(loadInk);
else void loadInk().then(start);

function start(ink: GameDeps['ink']): void {
  // The autosave waits until the new passage is on screen, so a click shows its passage first and saves after.
  const game = createGame({ story: storyJson, firstTurn, storage, audio, defer: deferAfterPaint, ink });
  // A reload or a closed tab must not lose the last choice to an autosave still waiting for idle time.
  addEventListener('pagehide', () => game.flush());
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && game.flush());
  // Another tab writing this story's saves (a storage event fires only in the other tabs): never overwrite its run unasked.
  watchOtherTabs(() => {
    void game.checkOtherTab();
    // Endings two tabs reached at once: each wrote over the other's, and this is when the loser puts its own back.
    void game.saves().then((slots) => slots.refreshShared());
  });
  let report: Promise<StoryReport | null> | null = null;

  mountApp(root, {
    game,
    storage,
    audio,
    reducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches,
    loadReport: () => {
      report ??= import('virtual:story-report').then((m) => m.default).catch(() => null);
      return report;
    },
    // Only Saves' Export downloads: its code loads then.
    download: (name, text) => void import('./platform/download').then(({ downloadText }) => downloadText(name, text)),
    replayUrl: (code) => `${location.href.split('#')[0]}#play=${code}`,
    lightFirstFrame: !firstTurn,
  });

  // A link opens a different run: the content note comes first, and over an unfinished run it asks (a broken
  // link too), never silently. One pasted into this open tab is taken the same way.
  const openLink = () => {
    const link = location.hash;
    if (!link.startsWith('#play=')) return;
    history.replaceState(history.state, '', location.pathname + location.search);
    void import('./ui/title/link-entry').then(({ openLinkWithNote }) => openLinkWithNote(game, link));
  };
  openLink();
  addEventListener('hashchange', openLink);

  if (import.meta.env.DEV || new URLSearchParams(location.search).has('author')) {
    // The panel reads the live session: it waits for the story engine, which a first turn from the build lets load late.
    void Promise.all([import('./ui/screens/author-panel'), import('virtual:story-report'), game.ready()]).then(([{ mountAuthorPanel }, { default: r }]) => {
      document.body.append(mountAuthorPanel(game, r?.flows ?? []));
    });
  }

  if (import.meta.hot) {
    import.meta.hot.accept('../story/main.ink', (next) => {
      if (next?.default) void game.replaceStory(next.default as string);
    });
  }
}
