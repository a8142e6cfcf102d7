/**
 * Where the reader stands in each project's preview (the seed and the choices
 * taken), kept in the browser's storage under the project's id, so a reload
 * of the studio plays back to the same place instead of the first passage.
 * A place that no longer fits the story is replayed as far as it goes.
 */

export interface PlaceKeeper {
  keep(projectId: string, seed: number, path: readonly number[]): void;
}

export interface Place {
  seed: number;
  path: number[];
}

const key = (projectId: string) => `kee-studio/preview-place/${projectId}`;

/** Storage may be missing or full (a private window): the place is then simply not kept. */
function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function createPlaceKeeper(): PlaceKeeper {
  return {
    keep(projectId, seed, path) {
      if (!projectId) return;
      try {
        storage()?.setItem(key(projectId), JSON.stringify({ seed, path }));
      } catch {
        // Full or refused: the place is only a convenience.
      }
    },
  };
}

export function readPlace(projectId: string): Place | null {
  try {
    const raw = storage()?.getItem(key(projectId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Place>;
    const fine = typeof value.seed === 'number' && Array.isArray(value.path) && value.path.every((i) => Number.isInteger(i) && i >= 0);
    return fine ? { seed: value.seed as number, path: value.path as number[] } : null;
  } catch {
    return null;
  }
}
