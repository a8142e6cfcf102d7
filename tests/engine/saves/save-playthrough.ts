/**
 * Test helpers for the save tests: play a fixture story the way the game does
 * (recording each choice in the history tree), and an in-memory StoragePort
 * that can be told to fail like a full or missing localStorage.
 */
import { historyEntryFor, startHistoryFor } from '../../../src/engine/history/history-entry';
import { type HistoryTree, recordChoice } from '../../../src/engine/history/history-tree';
import { createSession, type StorySession } from '../../../src/engine/ink/story-session';
import type { ClockPort, StoragePort } from '../../../src/engine/ports';
import type { Save } from '../../../src/engine/saves/save-format';
import { snapshotSave } from '../../../src/engine/saves/save-snapshot';
import { compileFixture } from '../../support/fixtures';

export interface Playthrough {
  story: string;
  session: StorySession;
  history: HistoryTree;
  /** Take the open choice with this text (throws when it is not offered). */
  take(text: string): void;
  save(now?: number): Save;
}

export function play(fixture: string, seed: number, texts: readonly string[] = []): Playthrough {
  const story = compileFixture(fixture);
  const session = createSession(story, seed);
  const first = session.continue();
  const p: Playthrough = {
    story,
    session,
    history: startHistoryFor(session, first),
    take(text) {
      const choice = session.choices().find((c) => c.text === text && !c.locked);
      if (!choice)
        throw new Error(
          `“${text}” is not offered; the choices are ${session
            .choices()
            .map((c) => c.text)
            .join(' / ')}`,
        );
      const passage = session.choose(choice.index);
      const scene = p.history.nodes[p.history.current]?.scene ?? null;
      p.history = recordChoice(p.history, historyEntryFor(session, choice, passage, scene));
    },
    save: (now = 1_700_000_000_000) => snapshotSave({ story, session, history: p.history, clock: { now: () => now } }),
  };
  for (const text of texts) p.take(text);
  return p;
}

export const fixedClock = (start = 1_700_000_000_000): ClockPort & { tick(ms?: number): void } => {
  let t = start;
  return {
    now: () => t,
    tick(ms = 1000) {
      t += ms;
    },
  };
};

export interface FakeStorage extends StoragePort {
  data: Map<string, string>;
  /** What the next calls do: work, throw like a full quota, or throw like storage that is switched off. */
  mode: 'ok' | 'quota' | 'unavailable';
  /** Characters allowed in total before `set` throws a quota error. */
  capacity: number;
}

export function memoryStorage(shared = new Map<string, string>()): FakeStorage {
  const fake: FakeStorage = {
    data: shared,
    mode: 'ok',
    capacity: Number.POSITIVE_INFINITY,
    get(key) {
      if (fake.mode === 'unavailable') throw new Error('SecurityError: storage is disabled');
      return fake.data.get(key) ?? null;
    },
    set(key, value) {
      if (fake.mode === 'unavailable') throw new Error('SecurityError: storage is disabled');
      const used = [...fake.data].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
      if (fake.mode === 'quota' || used + key.length + value.length > fake.capacity) {
        const err = new Error('The quota has been exceeded.');
        err.name = 'QuotaExceededError';
        throw err;
      }
      fake.data.set(key, value);
    },
    remove(key) {
      if (fake.mode === 'unavailable') throw new Error('SecurityError: storage is disabled');
      fake.data.delete(key);
    },
    keys() {
      if (fake.mode === 'unavailable') throw new Error('SecurityError: storage is disabled');
      return [...fake.data.keys()];
    },
  };
  return fake;
}
