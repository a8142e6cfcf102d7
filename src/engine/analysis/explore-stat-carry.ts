/**
 * The stat ranges at each ending, for an explorer whose state key leaves out
 * the stats no future can touch. Two states that differ only in such a stat
 * are one state to the walk, so it runs the story on from one of them; this
 * module remembers every value the others brought and carries it on to the
 * endings, so each ending still reports the full range a player can reach it
 * with (min and max per stat), as if each had been walked.
 *
 * It rests on one property of the liveness analysis (story-liveness.ts): a
 * global no future of a state touches is never read nor written again on any
 * path from there, so its value at every later state and ending is its value
 * at that state. Such a stat is "dead" at the state, and stays dead after it.
 * Each arrival at a state or an ending therefore brings either the value ink
 * holds after the turn (the stat was live at the state left, so the key held
 * it and every merged arrival agreed on it) or everything the state left ever
 * held (the stat was dead there). The second kind are links, resolved once at
 * the end by widening along them until nothing changes (stories loop).
 */

/** Per stat, the lowest and highest value seen, NaN while none has been. */
type Range = Float64Array;

interface Place {
  range: Range;
  /** States whose values flow in here, for the stats dead at them. */
  from: number[];
}

export interface StatCarry {
  /** A new state; `dead[k]` says whether stat k is untouched by every future of it. Returns its id. */
  addState(dead: readonly boolean[]): number;
  /** An arrival at state `to` (an id) from state `from` (null for the story's start), with the stat values ink holds now. */
  reachState(to: number, from: number | null, values: readonly (number | null)[]): void;
  /** An arrival at ending `id` from state `from` (null for the start), with the stat values ink holds now. */
  reachEnding(id: string, from: number | null, values: readonly (number | null)[]): void;
  /** Per ending, per stat index: the range of values it can be reached with. */
  endingRanges(): Map<string, { min: number; max: number }[]>;
}

/** Widens stat k of `range` to take in [min, max] (an empty range is NaN); true if it grew. */
function widen(range: Range, k: number, min: number, max: number): boolean {
  const lo = range[2 * k] as number;
  const hi = range[2 * k + 1] as number;
  let changed = false;
  if (!(lo <= min)) {
    range[2 * k] = min;
    changed = true;
  }
  if (!(hi >= max)) {
    range[2 * k + 1] = max;
    changed = true;
  }
  return changed;
}

export function createStatCarry(statCount: number): StatCarry {
  const states: (Place & { dead: readonly boolean[] })[] = [];
  const endings = new Map<string, Place>();
  const emptyRange = () => new Float64Array(statCount * 2).fill(Number.NaN);

  const arrive = (place: Place, from: number | null, values: readonly (number | null)[]) => {
    const source = from === null ? null : states[from];
    let linked = false;
    for (let k = 0; k < statCount; k++) {
      if (source?.dead[k]) linked = true;
      else {
        const value = values[k];
        if (typeof value === 'number') widen(place.range, k, value, value);
      }
    }
    if (linked && from !== null) place.from.push(from);
  };

  /** Widens `place` by every state it is linked from, for the stats dead at that state; true if anything grew. */
  const pull = (place: Place): boolean => {
    let grew = false;
    for (const id of place.from) {
      const source = states[id];
      if (!source) continue;
      for (let k = 0; k < statCount; k++) {
        if (!source.dead[k]) continue;
        const lo = source.range[2 * k] as number;
        const hi = source.range[2 * k + 1] as number;
        if (!Number.isNaN(lo) && widen(place.range, k, lo, hi)) grew = true;
      }
    }
    return grew;
  };

  return {
    addState(dead) {
      states.push({ range: emptyRange(), from: [], dead });
      return states.length - 1;
    },
    reachState(to, from, values) {
      const place = states[to];
      if (place) arrive(place, from, values);
    },
    reachEnding(id, from, values) {
      let place = endings.get(id);
      if (!place) {
        place = { range: emptyRange(), from: [] };
        endings.set(id, place);
      }
      arrive(place, from, values);
    },
    endingRanges() {
      // Links only run from a state to a later one, but stories loop, so sweep until a sweep changes nothing.
      let grew = true;
      while (grew) {
        grew = false;
        for (const state of states) if (state.from.length > 0 && pull(state)) grew = true;
      }
      const out = new Map<string, { min: number; max: number }[]>();
      for (const [id, place] of endings) {
        pull(place);
        out.set(
          id,
          Array.from({ length: statCount }, (_, k) => ({ min: place.range[2 * k] as number, max: place.range[2 * k + 1] as number })),
        );
      }
      return out;
    },
  };
}
