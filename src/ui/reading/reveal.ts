/**
 * Reveals new paragraphs one after another at the reader's text speed, and
 * lets a click or a key finish the reveal at once. Choices wait until the text
 * is all shown, so a key pressed during the reveal only skips it and can never
 * pick a choice the reader has not seen. "All shown" means the last paragraph
 * has finished fading in (its opacity transition ended), not merely begun:
 * choices that came while it was still faint drew the eye away from it.
 */

/** The fade's length in styles.css (`--fade`), and a little more: the wait when no transitionend comes. */
const SETTLE_MS = 450;
export interface Reveal {
  /** Show `nodes` in turn, `delay` ms apart, then call `done`. A reveal still running is finished first, without its own `done`. */
  run(nodes: HTMLElement[], delay: number, done: () => void): void;
  /** Show everything now. Returns whether a reveal was running. */
  skip(): boolean;
  readonly busy: boolean;
}

export function createReveal(): Reveal {
  let pending: HTMLElement[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finish: (() => void) | null = null;
  let run = 0;

  const show = (n: HTMLElement) => requestAnimationFrame(() => n.classList.remove('fresh'));
  const complete = () => {
    clearTimeout(timer);
    for (const n of pending) n.classList.remove('fresh');
    pending = [];
    const f = finish;
    finish = null;
    f?.();
  };
  /** Completes once `last` has faded in: its transition's end, or the fade's length when none is reported. */
  const settle = (last: HTMLElement) => {
    const mine = run;
    const end = (e?: TransitionEvent) => {
      if (e && e.target !== last) return;
      last.removeEventListener('transitionend', end);
      if (mine === run) complete();
    };
    last.addEventListener('transitionend', end);
    timer = setTimeout(end, SETTLE_MS);
  };
  const step = (delay: number) => {
    const next = pending.shift();
    if (!next) return complete();
    show(next);
    if (pending.length === 0) return settle(next);
    timer = setTimeout(() => step(delay), delay);
  };

  return {
    run(nodes, delay, done) {
      // A reveal still running is finished at once, without its `done`: the new reveal's own `done` follows it.
      finish = null;
      complete();
      run++;
      finish = done;
      pending = [...nodes];
      if (delay <= 0) {
        for (const n of pending) n.classList.remove('fresh');
        pending = [];
        return complete();
      }
      step(delay);
    },
    skip() {
      if (!finish) return false;
      complete();
      return true;
    },
    get busy() {
      return finish !== null;
    },
  };
}
