/**
 * Arrow keys move through the choices, as they do in a menu: Down and Up go to
 * the next and previous open choice (wrapping), Home and End to the first and
 * last. Enter or Space then takes the focused one, as on any button.
 */
const KEYS = ['ArrowDown', 'ArrowUp', 'Home', 'End'];

export function arrowKeysMoveThrough(list: HTMLElement): void {
  list.addEventListener('keydown', (e) => {
    if (!KEYS.includes(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
    const open = [...list.querySelectorAll<HTMLButtonElement>('button.choice:not([disabled])')];
    if (open.length === 0) return;
    e.preventDefault();
    const at = open.indexOf(document.activeElement as HTMLButtonElement);
    const next = e.key === 'Home' ? 0 : e.key === 'End' ? open.length - 1 : (at + (e.key === 'ArrowDown' ? 1 : -1) + open.length) % open.length;
    open[at < 0 && e.key === 'ArrowUp' ? open.length - 1 : next]?.focus();
  });
}
