/**
 * One choice per intent. The choices of a turn accept exactly one pick, and
 * only from a press (pointer down or key down) that began once they had been
 * on screen long enough to be read: `CHOICE_GUARD_MS` after the reveal put
 * them there. A double click, two number keys pressed together, or the second
 * click of "New game" landing where choice 1 appears are all presses that
 * began too early, so they take nothing. Pure logic with times passed in, so
 * the rule is tested without a browser (tests/ui/reading/input-guard.test.ts).
 */

/** How long choices must have been visible before a press may take one. */
export const CHOICE_GUARD_MS = 300;

/** A press older than this when its click arrives is not that click's start (an assistive-tech click has no press). */
const PRESS_WINDOW_MS = 1000;

export interface InputGuard {
  /** The choices for `turn` became visible at `at` (the reveal has finished). */
  shown(turn: number, at: number): void;
  /** No choices are visible: a reveal is running or a new turn is on its way. */
  hidden(): void;
  /** A pointer or key went down at `at`; the click or key it becomes counts from here. */
  pressed(at: number): void;
  /** When the visible choices may first be taken, or null when none are visible or the turn is used up. */
  readyAt(): number | null;
  /** Whether a pick for `turn` arriving at `now` may be taken. A yes uses up the turn: a turn takes one pick. */
  accept(turn: number, now: number): boolean;
}

export function createInputGuard(guardMs = CHOICE_GUARD_MS): InputGuard {
  let visible: { turn: number; at: number; taken: boolean } | null = null;
  let lastPress: number | null = null;
  return {
    shown(turn, at) {
      visible = { turn, at, taken: false };
    },
    hidden() {
      visible = null;
    },
    pressed(at) {
      lastPress = at;
    },
    readyAt() {
      return visible && !visible.taken ? visible.at + guardMs : null;
    },
    accept(turn, now) {
      if (!visible || visible.taken || visible.turn !== turn) return false;
      const start = lastPress !== null && lastPress <= now && now - lastPress < PRESS_WINDOW_MS ? lastPress : now;
      if (start - visible.at < guardMs) return false;
      visible.taken = true;
      return true;
    },
  };
}

/** What a key press means on the reading screen. */
export type KeyIntent = 'skip' | 'pick' | 'ignore' | 'default';

/**
 * Routes a key on the reading screen. While text is appearing, Space, Enter
 * and the number keys only finish it. Afterwards the number keys pick;
 * Space and Enter keep their native meaning (activate the control the reader
 * moved focus to, or nothing) and never pick on their own. Held keys repeat
 * nothing.
 */
export function keyIntent(key: string, repeat: boolean, revealing: boolean): KeyIntent {
  const activates = key === ' ' || key === 'Enter';
  const digit = /^[1-9]$/.test(key);
  if (revealing && (activates || digit)) return repeat ? 'ignore' : 'skip';
  if (repeat && (activates || digit)) return 'ignore';
  if (digit) return 'pick';
  return 'default';
}
