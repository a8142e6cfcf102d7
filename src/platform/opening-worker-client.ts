/**
 * Starts the opening worker (src/opening-worker.ts) and hands back its first
 * turn. The worker is optional: where it cannot start (no module workers, a
 * policy that forbids it, a page opened from disk) or fails, the answer is
 * null and the game plays its first turn on the page, as it did without it.
 */
import type { StoryJson } from '../engine/ink/story-session';
import type { FirstTurn } from '../engine/play/first-turn';

export interface Opening {
  seed: number;
  turn: FirstTurn;
}

export function playOpeningInWorker(story: StoryJson, seed: number): Promise<Opening | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('../opening-worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(null);
      return;
    }
    const done = (opening: Opening | null) => {
      worker.terminate();
      resolve(opening);
    };
    worker.onmessage = ({ data }: MessageEvent<{ seed: number; turn: FirstTurn | null }>) =>
      done(data.turn && data.seed === seed ? { seed, turn: data.turn } : null);
    worker.onerror = () => done(null);
    worker.onmessageerror = () => done(null);
    worker.postMessage({ story, seed });
  });
}
