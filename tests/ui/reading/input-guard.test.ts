import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inkRuntime } from '../../../src/engine/ink/ink-runtime';
import { createGame } from '../../../src/engine/play/game';
import { createMemoryStorage } from '../../../src/platform/local-storage';
import { CHOICE_GUARD_MS, createInputGuard, keyIntent } from '../../../src/ui/reading/input-guard';
import { compileGenerated } from '../../support/fixtures';

const story = compileGenerated({ knots: 40, endings: 3 });

/** One thing the reader's hands do, `gap` ms after the previous one. */
type Act =
  | { kind: 'key'; key: string; repeat: boolean; gap: number }
  | { kind: 'click'; choice: number; hold: number; gap: number }
  | { kind: 'assistive-click'; choice: number; gap: number };

const act: fc.Arbitrary<Act> = fc.oneof(
  fc.record({ kind: fc.constant('key' as const), key: fc.constantFrom('1', '2', '3', ' ', 'Enter', 'a'), repeat: fc.boolean(), gap: fc.nat(700) }),
  fc.record({ kind: fc.constant('click' as const), choice: fc.nat(3), hold: fc.nat(1500), gap: fc.nat(700) }),
  fc.record({ kind: fc.constant('assistive-click' as const), choice: fc.nat(3), gap: fc.nat(700) }),
);

/**
 * The reading screen as app.ts and choices-view.ts wire it, with time passed
 * in: a pick hides the choices, the next passage reveals for `revealMs`, then
 * its choices are shown to the guard. Records, for every choice taken, when
 * the press that took it began and when its choices had become visible.
 */
function simulate(acts: Act[], revealMs: number) {
  const game = createGame({ story, storage: createMemoryStorage(), defer: () => {}, clock: { now: () => 1 }, ink: inkRuntime });
  game.newGame(3);
  const guard = createInputGuard();
  let now = 0;
  let revealEnds = revealMs;
  let shownAt: number | null = null;
  const taken: { turn: number; pressedAt: number; visibleAt: number }[] = [];
  const settle = () => {
    if (shownAt === null && now >= revealEnds) {
      shownAt = revealEnds;
      guard.shown(game.store.getState().turn, shownAt);
    }
  };
  const pick = (n: number, pressedAt: number) => {
    const s = game.store.getState();
    const choice = s.choices.filter((c) => !c.locked)[n];
    if (shownAt === null || !choice || s.ended) return;
    if (!guard.accept(s.turn, now)) return;
    const visibleAt = shownAt;
    if (game.choose(choice.index, s.turn)) {
      taken.push({ turn: s.turn, pressedAt, visibleAt });
      guard.hidden();
      shownAt = null;
      revealEnds = now + revealMs;
    }
  };
  for (const a of acts) {
    now += a.gap;
    settle();
    if (a.kind === 'key') {
      if (!a.repeat) guard.pressed(now);
      const intent = keyIntent(a.key, a.repeat, shownAt === null);
      if (intent === 'skip') revealEnds = Math.min(revealEnds, now);
      if (intent === 'pick') pick(Number(a.key) - 1, now);
    } else if (a.kind === 'click') {
      // The button goes down now and comes up `hold` ms later, over whatever is under it then.
      const down = now;
      guard.pressed(down);
      now += a.hold;
      settle();
      pick(a.choice, a.hold < 1000 ? down : now);
    } else pick(a.choice, now);
    settle();
  }
  return { taken, log: game.session().log };
}

describe('one choice per intent', () => {
  it('never takes a choice whose press began before it had been visible for the guard time', () => {
    fc.assert(
      fc.property(fc.array(act, { maxLength: 40 }), fc.constantFrom(0, 40, 400, 1200), (acts, revealMs) => {
        const { taken, log } = simulate(acts, revealMs);
        for (const t of taken) expect(t.pressedAt - t.visibleAt).toBeGreaterThanOrEqual(CHOICE_GUARD_MS);
        expect(log.length).toBe(taken.length);
      }),
      { numRuns: 150 },
    );
  });

  it('takes at most one choice per press, however many keys and clicks it carries', () => {
    fc.assert(
      fc.property(fc.array(act, { maxLength: 40 }), fc.constantFrom(0, 400), (acts, revealMs) => {
        const { taken } = simulate(acts, revealMs);
        const turns = taken.map((t) => t.turn);
        expect(new Set(turns).size).toBe(turns.length);
        const presses = taken.map((t) => t.pressedAt);
        expect(new Set(presses).size).toBe(presses.length);
      }),
      { numRuns: 150 },
    );
  });

  it('takes one choice for keys 1 and 2 pressed together, even at instant speed', () => {
    const { log } = simulate(
      [
        { kind: 'key', key: '1', repeat: false, gap: 500 },
        { kind: 'key', key: '2', repeat: false, gap: 1 },
        { kind: 'key', key: '3', repeat: false, gap: 1 },
      ],
      0,
    );
    expect(log).toHaveLength(1);
  });

  it('does not let the second click of a double click take the next choice', () => {
    const { log } = simulate(
      [
        { kind: 'click', choice: 0, hold: 60, gap: 500 },
        { kind: 'click', choice: 0, hold: 60, gap: 80 },
      ],
      0,
    );
    expect(log).toHaveLength(1);
  });

  it('ignores a click that lands on the first choice 120 ms after the press that started the story', () => {
    const guard = createInputGuard();
    guard.pressed(1000);
    guard.shown(0, 1020);
    guard.pressed(1120);
    expect(guard.accept(0, 1180)).toBe(false);
    guard.pressed(1400);
    expect(guard.accept(0, 1450)).toBe(true);
    expect(guard.accept(0, 1460)).toBe(false);
  });

  it('lets Space and Enter finish the reveal but never pick on their own', () => {
    expect(keyIntent(' ', false, true)).toBe('skip');
    expect(keyIntent('Enter', false, true)).toBe('skip');
    expect(keyIntent(' ', false, false)).toBe('default');
    expect(keyIntent('Enter', true, false)).toBe('ignore');
    expect(keyIntent('2', false, false)).toBe('pick');
    expect(keyIntent('2', true, false)).toBe('ignore');
  });
});
