/**
 * Runs work the player can wait for (the autosave, parsing a spare story) in an
 * idle moment once the browser has had time to draw the new passage.
 *
 * The first idle moment after a click comes as soon as the frame with the new
 * passage is handed to the compositor, which is still rasterising it. Traces
 * showed 10 to 20 ms of saving and story parsing running there, between that
 * frame's commit and its reaching the screen, competing with it for two cores.
 * The browser does not say when a frame has been shown, so the work waits a
 * fixed time first: several frames, short next to any reader's reaction. It
 * still only runs when the page is idle.
 */
const SETTLE_MS = 150;

export function deferAfterPaint(work: () => void): void {
  setTimeout(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 500 });
    else work();
  }, SETTLE_MS);
}
