/**
 * The story engine the game plays with: inkjs's Story, reached through the
 * story session. The game takes it through a port (GameDeps.ink), either as
 * this object or as a loader for this module, so that with the build's first
 * turn no inkjs code is first-screen JavaScript: it loads once the first
 * passage is painted, or with the first choice if that comes sooner.
 */
import { createSession, prepareSpare } from './story-session';

export interface InkRuntime {
  createSession: typeof createSession;
  prepareSpare: typeof prepareSpare;
}

export const inkRuntime: InkRuntime = { createSession, prepareSpare };
