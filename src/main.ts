/**
 * The wiring file: the only module that imports every layer. It builds the
 * game with its browser ports, mounts the UI and loads sound (and howler) only
 * after the player's first gesture.
 */
import storyJson from '../story/main.ink';
import { createGame } from './engine/game';
import { createGestureAudio } from './platform/gesture-audio';
import { createLocalStorage } from './platform/local-storage';
import { mountApp } from './ui/app';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');

const audio = createGestureAudio(async () => {
  const [{ createHowlerAudio }, { audioSources, loopWindows }] = await Promise.all([import('./audio/howler-audio'), import('./audio/audio-sources')]);
  return createHowlerAudio(audioSources, (msg) => console.warn(msg), loopWindows);
});
const storage = createLocalStorage();
const game = createGame({ story: storyJson, audio });
mountApp(root, { game, storage, audio, reducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches });
