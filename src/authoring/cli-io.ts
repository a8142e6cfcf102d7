/**
 * What a CLI command may touch of the outside world, passed in so tests can
 * run a command with captured output, scripted input and a temporary working
 * directory instead of spawning a process.
 */
import { createInterface } from 'node:readline';

export interface Output {
  write(text: string): void;
  /** Whether the stream is a terminal: progress bars only draw on one. */
  isTTY?: boolean;
  columns?: number;
}

export interface CliIO {
  stdout: Output;
  stderr: Output;
  cwd: string;
  /** The next line of input without its line break, or null once input has closed. */
  readLine(): Promise<string | null>;
  /** When the process started (ms since the epoch), for budgets an author times from the command's start; absent in tests. */
  startedAt?: number;
}

export function processIO(): CliIO {
  let lines: AsyncIterator<string> | null = null;
  return {
    stdout: { write: (t) => void process.stdout.write(t), isTTY: process.stdout.isTTY, columns: process.stdout.columns },
    stderr: { write: (t) => void process.stderr.write(t), isTTY: process.stderr.isTTY, columns: process.stderr.columns },
    cwd: process.cwd(),
    startedAt: performance.timeOrigin,
    async readLine() {
      lines ??= createInterface({ input: process.stdin, terminal: false })[Symbol.asyncIterator]();
      const next = await lines.next();
      return next.done ? null : next.value;
    },
  };
}

/** A CliIO that records output and answers reads from a script, for tests. */
export function memoryIO(cwd: string, input: readonly string[] = []): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const queue = [...input];
  return {
    stdout: {
      write(t) {
        out += t;
      },
    },
    stderr: {
      write(t) {
        err += t;
      },
    },
    cwd,
    readLine: async () => queue.shift() ?? null,
    out: () => out,
    err: () => err,
  };
}
