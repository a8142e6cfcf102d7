/**
 * The opening worker: for a story whose opening varies (the build could keep
 * no first turn), it plays a new game's first turn on the machine's other
 * core while the page shows the title, so New game can show it at once and
 * the page builds its own Story only after that passage is painted (and checks
 * it against the one shown: first-turn-handoff.ts). The page sends the story's
 * JSON and the seed; the answer is that seed and the turn, or null for a
 * turn that takes a path of its own (an ending, an error, a RESTART).
 */
import type { StoryJson } from './engine/ink/story-session';
import { type FirstTurn, playSeededFirstTurn } from './engine/play/first-turn';

interface OpeningRequest {
  story: StoryJson;
  seed: number;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<OpeningRequest>) => void) | null;
  postMessage(a: { seed: number; turn: FirstTurn | null }): void;
};
scope.onmessage = ({ data: { story, seed } }) => {
  let turn: FirstTurn | null = null;
  try {
    turn = playSeededFirstTurn(story, seed);
  } catch {
    // Whatever went wrong, the page plays the turn itself, as it would without a worker.
  }
  scope.postMessage({ seed, turn });
};
