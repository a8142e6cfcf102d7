/**
 * The autosave: written after every change of what is on screen, into the
 * story's autosave slot, once the save code has loaded (it loads on the first
 * autosave, after the first passage is painted, together with the write step
 * in autosave-write.ts). A new run keeps the run the autosave held among the
 * earlier runs before replacing it; another tab's newer autosave is never
 * overwritten unasked: the writer stops and says so.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { HistoryTree } from '../history/history-tree';
import type { ClockPort } from '../ports';
import type { EarlierRuns } from '../saves/earlier-runs';
import type { SaveStore } from '../saves/save-store';
import type { AutosaveContext, AutosaveState } from './autosave-write';
import type { FirstTurnHandoff } from './first-turn-handoff';
import type { GameState } from './game-types';

export interface AutosaveWriter {
  /** Something on screen changed outside the page (a resumed slot, a restart): the next autosave is due. */
  changed(): void;
  /** Autosave once the screen has updated. */
  schedule(): void;
  /** Writes now, with `history` if given, when the save code has loaded; else does nothing. */
  writeNow(history?: HistoryTree): void;
  /** A different run from the one autosaved begins: its first autosave keeps the old run among the earlier runs. */
  startRun(): void;
  /** Whether this playthrough may be autosaved at all (an author-mode jump may not). */
  setSaveable(saveable: boolean): void;
  /** Autosave into `slot` from now on, and write now. */
  resume(slot: string): void;
  /** The autosave slot in use. */
  slot(): string;
  /** Resolves once the autosaves asked for so far are written. */
  settled(): Promise<void>;
}

export interface AutosaveDeps {
  store: StoreApi<GameState>;
  handoff: FirstTurnHandoff;
  clock: ClockPort;
  defer: (work: () => void) => void;
  saves: () => Promise<SaveStore>;
  earlierRuns: () => Promise<EarlierRuns>;
  /** Tells the reader of damage found in stored records, once the save code has loaded. */
  reportProblems: () => Promise<void>;
}

/** The loaded save code, bound to this game: one call writes an autosave if one is due. */
type Write = (given?: HistoryTree) => void;

export function createAutosaveWriter(deps: AutosaveDeps): AutosaveWriter {
  const { store, handoff, clock, defer } = deps;
  const state: AutosaveState = { slot: 'auto', keepEarlier: false, saveable: true, warned: false, changes: 0, saved: -1 };
  // A new page is a change: the store's listener counts it, whoever put it there.
  store.subscribe((s, prev) => {
    if (s.page !== prev.page) state.changes++;
  });
  // The save code loads on the first autosave; after that an autosave can also run synchronously (writeNow).
  let write: Write | null = null;
  const loadSaveCode = async (): Promise<Write> => {
    const [{ writeAutosave }, slots, earlier] = await Promise.all([import('./autosave-write'), deps.saves(), deps.earlierRuns()]);
    const ctx: AutosaveContext = { store, handoff, clock, slots, earlier };
    const loaded: Write = (given) => writeAutosave(ctx, state, given);
    write = loaded;
    void deps.reportProblems();
    return loaded;
  };
  const autosave = async () => (write ?? (await loadSaveCode()))();
  let lastAutosave: Promise<void> = Promise.resolve();
  const schedule = () =>
    defer(() => {
      lastAutosave = lastAutosave.then(autosave, autosave);
    });
  const writeNow = (history?: HistoryTree) => write?.(history);

  return {
    changed: () => {
      state.changes++;
    },
    schedule,
    writeNow,
    startRun() {
      // The run on screen may still have an autosave waiting: store it before it is set aside.
      writeNow();
      state.keepEarlier = true;
      state.slot = 'auto';
      store.setState({ otherTab: null });
    },
    setSaveable(saveable) {
      state.saveable = saveable;
    },
    resume(slot) {
      state.slot = slot;
      store.setState({ otherTab: null, notice: null, noticeDoor: null });
      state.saved = -1;
      state.changes++;
      if (write) write();
      else schedule();
    },
    slot: () => state.slot,
    settled: () => lastAutosave,
  };
}
