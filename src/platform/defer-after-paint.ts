/**
 * Runs work the reader can wait for in an idle moment once the browser has had
 * time to draw the new passage: the autosave and parsing a spare story after a
 * turn (deferAfterPaint), the scene art after the first passage
 * (afterFirstPaint). One implementation, two timings.
 *
 * The first idle moment after a click comes as soon as the frame with the new
 * passage is handed to the compositor, which is still rasterising it. Traces
 * showed 10 to 20 ms of saving and story parsing running there, between that
 * frame's commit and its reaching the screen, competing with it for two cores.
 * The browser does not say when a frame has been shown, so the work waits a
 * fixed time first: several frames, short next to any reader's reaction. It
 * still only runs when the page is idle.
 */

export interface PaintWait {
  /** The fixed wait before looking for an idle moment, in ms. */
  settleMs: number;
  /** The longest wait for that idle moment, in ms. */
  idleTimeoutMs: number;
}

const AFTER_TURN: PaintWait = { settleMs: 150, idleTimeoutMs: 500 };
// Decoration waits longer: the first passage is still being read in and laid out.
const AFTER_FIRST_PASSAGE: PaintWait = { settleMs: 400, idleTimeoutMs: 1000 };

export function deferAfterPaint(work: () => void, wait: PaintWait = AFTER_TURN): void {
  setTimeout(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: wait.idleTimeoutMs });
    else work();
  }, wait.settleMs);
}

/** Decoration (the scene art) once the first passage has been drawn and the page is idle. */
export function afterFirstPaint(work: () => void): void {
  deferAfterPaint(work, AFTER_FIRST_PASSAGE);
}
