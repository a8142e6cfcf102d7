/**
 * The player inside an exported HTML file: the same game and views as the
 * site (mountApp), reading the story from the page's own JSON data block
 * instead of a bundled chunk, with saves in the browser's storage and no
 * story map. Pictures and sounds come from the page's own data block
 * (src/authoring/vite-plugin-page-files.ts); sound starts, as on the site,
 * after the first click or key. Built once, as one script with nothing loaded
 * later, by src/authoring/vite-plugin-export-player.ts.
 */
import { inkRuntime } from '../../engine/ink/ink-runtime';
import { createGame } from '../../engine/play/game';
import { silentAudio } from '../../engine/ports';
import { downloadText } from '../../platform/download';
import { createGestureAudio } from '../../platform/gesture-audio';
import { createLocalStorage } from '../../platform/local-storage';
import { mountApp } from '../../ui/app';
import '../../ui/styles.css';

const root = document.getElementById('app');
const story = document.getElementById('story-data')?.textContent ?? '';
if (root && story) {
  const storage = createLocalStorage('exported/');
  const audio = document.getElementById('story-files') ? pageAudio() : silentAudio;
  const game = createGame({ story, storage, audio, ink: inkRuntime });
  addEventListener('pagehide', () => game.flush());
  mountApp(root, {
    game,
    storage,
    audio,
    reducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches,
    loadReport: () => Promise.resolve(null),
    download: downloadText,
    replayUrl: (code) => `${location.href.split('#')[0]}#play=${code}`,
  });
}

/** The page's sounds through the site's audio (howler), loaded on the first gesture as the site does. */
function pageAudio() {
  return createGestureAudio(async () => {
    const [{ createHowlerAudio }, { audioSources, loopWindows }] = await Promise.all([import('../../audio/howler-audio'), import('../../audio/audio-sources')]);
    return createHowlerAudio(audioSources, (msg) => console.warn(msg), loopWindows);
  });
}
