/**
 * The wiring file: the only module that imports every layer. It builds the
 * game with its browser ports, mounts the UI and, in development, swaps in a
 * freshly compiled story when an .ink file changes.
 */
import storyJson from '../story/main.ink';
import { createGame } from './engine/game';
import { mountApp } from './ui/app';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');

const game = createGame({ story: storyJson });
mountApp(root, game);
