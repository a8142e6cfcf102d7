/**
 * The stored records a game reads besides its session: the save slots with
 * the endings record, the earlier runs, and the damage found in them. Each
 * loads on first use, so none of the save code is on the first screen.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { ClockPort, StoragePort } from '../ports';
import type { EarlierRuns } from '../saves/earlier-runs';
import type { SaveStore } from '../saves/save-store';
import type { GameState } from './game-types';
import type { SeenChoices } from './seen-choices';

export interface GameRecords {
  saves(): Promise<SaveStore>;
  earlierRuns(): Promise<EarlierRuns>;
  /** Whether an autosave (or its backup) is stored, without loading the save code. */
  hasAutosave(): boolean;
  /** Damage found in stored records not yet reported, each reported once. */
  takeProblems(): Promise<string[]>;
  /** Tells the reader of that damage in the notice, with the door to Saves. */
  reportProblems(): Promise<void>;
}

export function createGameRecords(store: StoreApi<GameState>, storage: StoragePort, storyId: string, clock: ClockPort, seen: SeenChoices): GameRecords {
  let saveStore: Promise<SaveStore> | null = null;
  const saves = () => {
    saveStore ??= import('../saves/save-store').then(({ createSaveStore }) => createSaveStore({ storage, storyId, clock }));
    return saveStore;
  };
  let earlier: Promise<EarlierRuns> | null = null;
  const earlierRuns = () => {
    earlier ??= import('../saves/earlier-runs').then(({ createEarlierRuns }) => createEarlierRuns({ storage, storyId }));
    return earlier;
  };
  const takeProblems = async () => {
    const seenProblem = seen.takeProblem();
    const stored = (await saves()).takeProblems();
    return seenProblem ? [seenProblem, ...stored] : stored;
  };
  return {
    saves,
    earlierRuns,
    hasAutosave() {
      try {
        return storage.get(`ink-save/${storyId}/auto`) !== null || storage.get(`ink-save/${storyId}/auto~backup`) !== null;
      } catch {
        return false;
      }
    },
    takeProblems,
    // Damage found on the way (a record that would not read) is told once, with the door to Saves.
    async reportProblems() {
      const problems = await takeProblems();
      if (problems.length === 0) return;
      const notice = [store.getState().notice, ...problems].filter(Boolean).join(' ');
      store.setState({ notice, noticeDoor: 'saves' });
    },
  };
}
