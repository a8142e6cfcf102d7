/**
 * Hears other tabs of the same game: the browser fires a `storage` event in
 * every other tab of the origin when one writes localStorage (never in the
 * writer itself). The game is told that something of its own changed (saves
 * under `ink-save/`, the seen-choices record under `kee-seen/`) and checks
 * for itself what moved.
 */
export function watchOtherTabs(changed: () => void): () => void {
  const listener = (e: StorageEvent) => {
    // A cleared storage (key null) or any of the game's own keys.
    if (e.key === null || e.key.startsWith('ink-save/') || e.key.startsWith('kee-seen/')) changed();
  };
  addEventListener('storage', listener);
  return () => removeEventListener('storage', listener);
}
