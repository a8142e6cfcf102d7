/**
 * A one-line progress bar for long CLI runs, drawn on stderr and only when
 * stderr is a terminal: piped or captured output (CI logs, `--json` consumers)
 * never sees it, and stdout is never touched.
 */
import type { Output } from './cli-io';

export interface ProgressBar {
  /** `fraction` in 0..1; `detail` is shown after the bar. */
  update(fraction: number, detail: string): void;
  done(): void;
}

export function createProgressBar(stream: Output, label: string, minIntervalMs = 100): ProgressBar {
  if (!stream.isTTY) return { update() {}, done() {} };
  let last = 0;
  let drawn = false;
  return {
    update(fraction, detail) {
      const now = Date.now();
      if (now - last < minIntervalMs) return;
      last = now;
      drawn = true;
      stream.write(`\r${renderBar(label, fraction, detail, stream.columns ?? 80)}`);
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}

/** `label [#######-------]  45% detail`, cut to fit the terminal width. */
export function renderBar(label: string, fraction: number, detail: string, columns: number): string {
  const clamped = Math.max(0, Math.min(1, fraction));
  const width = 24;
  const filled = Math.round(clamped * width);
  const line = `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(clamped * 100)).padStart(3)}% ${detail}`;
  return line.slice(0, Math.max(10, columns - 1));
}
