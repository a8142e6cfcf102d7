/**
 * Runs decoration (the scene art) once the first passage has been drawn and
 * the page is idle: a fixed wait first, because the browser does not say when
 * a frame has reached the screen, then an idle moment.
 */
const SETTLE_MS = 400;

export function afterFirstPaint(work: () => void): void {
  setTimeout(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 1000 });
    else work();
  }, SETTLE_MS);
}
