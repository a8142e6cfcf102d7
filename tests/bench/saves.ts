/**
 * Saves after a long playthrough: seeded random play to an ending (or 60
 * choices), then a rewind to a random earlier choice, replayed as the game
 * does (save-replay.ts), and on again, until 300 choices have been taken;
 * every choice is recorded in the history tree, so the save carries all the
 * branches. Then a few more choices, so the save is made mid-story. Reported:
 * the encoded save's size in bytes (UTF-8), and the time to load it, which is
 * decodeSave (schema checks) plus restoreSave (replay of the log, then ink's
 * state) plus handing the replaced session back, median and p95 of 30 loads
 * after 5 untimed ones.
 */

import { rewindTo } from '../../src/engine/history/history-branches';
import { historyEntryFor, startHistoryFor } from '../../src/engine/history/history-entry';
import { type HistoryTree, pathTo, recordChoice } from '../../src/engine/history/history-tree';
import { createSession, type Passage, type StorySession } from '../../src/engine/ink/story-session';
import { decodeSave, encodeSave } from '../../src/engine/saves/save-format';
import { replayChoices } from '../../src/engine/saves/save-replay';
import { restoreSave } from '../../src/engine/saves/save-restore';
import { snapshotSave } from '../../src/engine/saves/save-snapshot';
import { BUDGETS } from './budgets';
import type { BenchSection } from './figures';
import { median, percentile, round, seededRandom } from './stats';

const TOTAL_CHOICES = 300;
const SEED = 1234;

interface Play {
  session: StorySession;
  passage: Passage;
  history: HistoryTree;
}

/** Takes one random open choice; false when the story has stopped. */
function takeRandom(play: Play, random: () => number): boolean {
  const open = play.passage.choices.filter((c) => !c.locked);
  const choice = open[Math.floor(random() * open.length)];
  if (!choice || play.passage.error) return false;
  const scene = play.history.nodes[play.history.current]?.scene ?? null;
  play.passage = play.session.choose(choice.index);
  play.history = recordChoice(play.history, historyEntryFor(play.session, choice, play.passage, scene));
  return true;
}

export function longPlaythrough(story: string): { play: Play; taken: number; rewinds: number } {
  const random = seededRandom(SEED);
  const session = createSession(story, SEED);
  const passage = session.continue();
  const play: Play = { session, passage, history: startHistoryFor(session, passage) };
  let taken = 0;
  let rewinds = 0;
  while (taken < TOTAL_CHOICES) {
    for (let i = 0; i < 60 && takeRandom(play, random); i++) taken++;
    const path = pathTo(play.history, play.history.current);
    const back = path[Math.floor(random() * path.length)];
    const { tree, path: steps } = rewindTo(play.history, back?.parent ?? 0);
    const replay = replayChoices(story, SEED, steps, 'exact');
    if (replay.stop) throw new Error(`rewind replay stopped: ${replay.stop.reason}`);
    play.session = replay.session;
    play.passage = replay.passages[replay.passages.length - 1] ?? play.passage;
    play.history = tree;
    rewinds++;
  }
  for (let i = 0; i < 3 && takeRandom(play, random); i++) taken++;
  return { play, taken, rewinds };
}

export function benchSaves(story: string): BenchSection {
  const { play, taken, rewinds } = longPlaythrough(story);
  const save = snapshotSave({ story, session: play.session, history: play.history, clock: { now: () => 1_700_000_000_000 } });
  const text = encodeSave(save);
  const bytes = Buffer.byteLength(text, 'utf8');
  // As in the game: the loaded session replaces the one in play, which goes back to the pool of
  // parsed stories (game.adopt disposes it), so a load takes a ready Story rather than parsing one.
  let inPlay: StorySession = play.session;
  const load = () => {
    const decoded = decodeSave(text, { storyId: save.storyId });
    if (!decoded.ok) throw new Error(`the save does not decode: ${decoded.problem}`);
    const restored = restoreSave(story, decoded.save);
    if (!restored.ok) throw new Error(`the save does not restore: ${restored.problem}`);
    inPlay.dispose();
    inPlay = restored.session;
    return restored.how;
  };
  for (let i = 0; i < 5; i++) load();
  const times: number[] = [];
  const decodeTimes: number[] = [];
  let how = '';
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    how = load();
    times.push(performance.now() - t0);
    const t1 = performance.now();
    decodeSave(text, { storyId: save.storyId });
    decodeTimes.push(performance.now() - t1);
  }
  const nodes = Object.keys(save.history.nodes).length;
  const section = 'saves';
  return {
    figures: [
      {
        section,
        name: 'save size after a long playthrough',
        value: round(bytes / 1000, 1),
        unit: 'KB',
        budget: BUDGETS.saveBytes / 1000,
        note: `${taken} choices, ${rewinds} rewinds, ${nodes} history nodes, log ${save.log.length}; ink state ${round(save.inkState.length / 1000, 1)} KB`,
      },
      {
        section,
        name: 'load (decode + restore), median',
        value: round(median(times), 2),
        unit: 'ms',
        budget: BUDGETS.saveLoadMs,
        note: `restored by ${how}; 30 loads`,
      },
      { section, name: 'load (decode + restore), p95', value: round(percentile(times, 95), 2), unit: 'ms' },
      { section, name: 'decode only, median', value: round(median(decodeTimes), 2), unit: 'ms' },
    ],
    details: { bytes, taken, rewinds, nodes, log: save.log.length, inkStateChars: save.inkState.length, loadMs: times, decodeMs: decodeTimes },
  };
}
