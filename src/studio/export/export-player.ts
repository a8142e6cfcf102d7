/**
 * The player inside an exported HTML file: the same game and views as the
 * site (mountApp), reading the story from the page's own JSON data block
 * instead of a bundled chunk, with saves in the browser's storage, its
 * pictures and sounds from the page's `story-files` block, and no story map. Built once, as one script
 * with nothing loaded later, by src/authoring/vite-plugin-export-player.ts.
 */
import { createGame } from '../../engine/play/game';
import { createLocalStorage } from '../../platform/local-storage';
import { mountApp } from '../../ui/app';
import '../../ui/styles.css';
import { adoptInlinedAssets } from './inlined-assets-player';

const root = document.getElementById('app');
const story = document.getElementById('story-data')?.textContent ?? '';
if (root && story) {
  const storage = createLocalStorage('exported/');
  // The page's own pictures and sounds (inline-assets.ts), before anything is drawn.
  const audio = adoptInlinedAssets(document);
  const game = createGame({ story, storage, audio });
  addEventListener('pagehide', () => game.flush());
  mountApp(root, {
    game,
    storage,
    audio,
    reducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches,
    loadReport: () => Promise.resolve(null),
    download: (name, text) => {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: name });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    replayUrl: (code) => `${location.href.split('#')[0]}#play=${code}`,
  });
}
