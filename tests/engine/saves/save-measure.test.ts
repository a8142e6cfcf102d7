/**
 * Measures what a long playthrough costs: the size of its save and the time
 * to decode and restore it. The figures are printed and held to budgets: a
 * save under 50 KB, a restore well inside a frame budget for a click.
 */
import { describe, expect, it } from 'vitest';
import { choicePath, rewindTo } from '../../../src/engine/history/history-branches';
import { historyEntryFor, startHistoryFor } from '../../../src/engine/history/history-entry';
import { type HistoryTree, pathTo, recordChoice } from '../../../src/engine/history/history-tree';
import { createSession } from '../../../src/engine/ink/story-session';
import { decodeSave, encodeSave } from '../../../src/engine/saves/save-format';
import { replayChoices } from '../../../src/engine/saves/save-replay';
import { restoreSave } from '../../../src/engine/saves/save-restore';
import { snapshotSave } from '../../../src/engine/saves/save-snapshot';
import { compileFixture } from '../../support/fixtures';

/** Plays 60 choices on the current path with 10 rewinds along the way, as a restless player would. */
function longPlaythrough(seed: number) {
  const story = compileFixture('edits/v1.ink');
  let session = createSession(story, seed);
  let history: HistoryTree = startHistoryFor(session, session.continue());
  let random = seed;
  const next = (n: number) => {
    random = (random * 1103515245 + 12345) % 2147483648;
    return random % n;
  };
  let rewinds = 0;
  let taken = 0;
  while (session.log.length < 60) {
    if (rewinds < 10 && taken > 0 && taken % 7 === 0) {
      const path = pathTo(history, history.current);
      const back = path[path.length - 2 - next(5)];
      const moved = rewindTo(history, back?.id ?? 0);
      history = moved.tree;
      session = replayChoices(story, seed, moved.path, 'exact').session;
      rewinds++;
    }
    const open = session.choices().filter((c) => !c.locked && c.text !== 'Climb down.');
    const choice = open[next(open.length)];
    if (!choice) throw new Error('the fixture ran out of choices');
    const scene = history.nodes[history.current]?.scene ?? null;
    history = recordChoice(history, historyEntryFor(session, choice, session.choose(choice.index), scene));
    taken++;
  }
  return { story, session, history, rewinds, taken };
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

describe('a long playthrough', () => {
  it('saves in under 50 KB, ink state included, and restores quickly', () => {
    const { story, session, history, rewinds, taken } = longPlaythrough(2024);
    expect(rewinds).toBe(10);
    expect(choicePath(history)).toHaveLength(60);
    const save = snapshotSave({ story, session, history, clock: { now: () => 1_700_000_000_000 } });
    const text = encodeSave(save);
    const bytes = new TextEncoder().encode(text).length;
    const stateBytes = new TextEncoder().encode(save.inkState).length;

    const restoreOn = (on: string) => {
      const decoded = decodeSave(text);
      if (!decoded.ok) throw new Error(decoded.problem);
      return restoreSave(on, decoded.save);
    };
    const renamed = compileFixture('edits/v2-renamed.ink');
    const same = timed(() => restoreOn(story));
    const edited = timed(() => restoreOn(renamed));
    // Warm figures: the first run also pays for the JIT and inkjs's first parse of each story.
    const median = (on: string) => Array.from({ length: 5 }, () => timed(() => restoreOn(on)).ms).sort((a, b) => a - b)[2] ?? 0;
    const [sameWarm, editedWarm] = [median(story), median(renamed)];
    expect(same.value).toMatchObject({ ok: true, how: 'state' });
    expect(edited.value).toMatchObject({ ok: true, how: 'replay' });
    console.log(
      `60-choice playthrough, ${rewinds} rewinds, ${taken} choices taken, ${Object.keys(history.nodes).length} history nodes: ` +
        `save ${bytes} bytes (ink state ${stateBytes}); decode+restore on the same story ${same.ms.toFixed(1)} ms first, ${sameWarm.toFixed(1)} ms warm; ` +
        `on an edited story ${edited.ms.toFixed(1)} ms first, ${editedWarm.toFixed(1)} ms warm`,
    );
    expect(bytes).toBeLessThan(50_000);
    expect(same.ms).toBeLessThan(1000);
  });
});
