/**
 * The player inside an exported HTML file: the same game and views as the
 * site (mountApp), reading the story from the page's own JSON data block
 * instead of a bundled chunk, with saves in the browser's storage and no
 * sound or story map (the file carries neither). Built once, as one script
 * with nothing loaded later, by src/authoring/vite-plugin-export-player.ts.
 */
import { inkRuntime } from '../../engine/ink/ink-runtime';
import { createGame } from '../../engine/play/game';
import { silentAudio } from '../../engine/ports';
import { downloadText } from '../../platform/download';
import { createLocalStorage } from '../../platform/local-storage';
import { mountApp } from '../../ui/app';
import '../../ui/styles.css';

const root = document.getElementById('app');
const story = document.getElementById('story-data')?.textContent ?? '';
if (root && story) {
  const storage = createLocalStorage('exported/');
  const game = createGame({ story, storage, audio: silentAudio, ink: inkRuntime });
  addEventListener('pagehide', () => game.flush());
  mountApp(root, {
    game,
    storage,
    audio: silentAudio,
    reducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches,
    loadReport: () => Promise.resolve(null),
    download: downloadText,
    replayUrl: (code) => `${location.href.split('#')[0]}#play=${code}`,
  });
}
