/**
 * Reveals new paragraphs one after another at the reader's text speed, and
 * lets a click or a key finish the reveal at once. Choices wait until the text
 * is all shown, so a key pressed during the reveal only skips it and can never
 * pick a choice the reader has not seen.
 */
export interface Reveal {
  /** Show `nodes` in turn, `delay` ms apart, then call `done`. */
  run(nodes: HTMLElement[], delay: number, done: () => void): void;
  /** Show everything now. Returns whether a reveal was running. */
  skip(): boolean;
  readonly busy: boolean;
}

export function createReveal(): Reveal {
  let pending: HTMLElement[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let finish: (() => void) | null = null;

  const show = (n: HTMLElement) => requestAnimationFrame(() => n.classList.remove('fresh'));
  const complete = () => {
    clearTimeout(timer);
    for (const n of pending) n.classList.remove('fresh');
    pending = [];
    const f = finish;
    finish = null;
    f?.();
  };
  const step = (delay: number) => {
    const next = pending.shift();
    if (!next) return complete();
    show(next);
    if (pending.length === 0) return complete();
    timer = setTimeout(() => step(delay), delay);
  };

  return {
    run(nodes, delay, done) {
      if (finish) complete();
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
