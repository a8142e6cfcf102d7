/**
 * The studio's keyboard shortcuts: save, export and explore (and help), one
 * list that binds the keys and that the help panel and the File menu show, so
 * what is written is what works. Ctrl on Windows and Linux, ⌘ on a Mac.
 */

export type ShortcutName = 'save' | 'export' | 'explore' | 'help';

export interface Shortcut {
  name: ShortcutName;
  /** What the author reads. */
  label: string;
  key: string;
  shift: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { name: 'save', label: 'Save the project now (it also saves as you type)', key: 's', shift: false },
  { name: 'export', label: 'Export as one HTML file', key: 'x', shift: true },
  { name: 'explore', label: 'Explore every path of the story', key: 'e', shift: true },
  { name: 'help', label: 'Show this help', key: '/', shift: false },
];

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** "Ctrl+Shift+X" or "⌘⇧X". */
export function keysOf(name: ShortcutName): string {
  const s = SHORTCUTS.find((c) => c.name === name);
  if (!s) return '';
  const key = s.key.toUpperCase();
  return isMac() ? `⌘${s.shift ? '⇧' : ''}${key}` : `Ctrl+${s.shift ? 'Shift+' : ''}${key}`;
}

/** Which shortcut a key press is, if any. */
export function shortcutOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): ShortcutName | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const key = e.key.toLowerCase();
  return SHORTCUTS.find((s) => s.key === key && s.shift === e.shiftKey)?.name ?? null;
}

/** Binds the shortcuts on the whole page (before the editor sees them, so Ctrl+S never opens the browser's Save page). */
export function bindShortcuts(run: (name: ShortcutName) => void): void {
  document.addEventListener(
    'keydown',
    (e) => {
      const name = shortcutOf(e);
      if (!name) return;
      e.preventDefault();
      run(name);
    },
    { capture: true },
  );
}
