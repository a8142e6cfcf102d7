/**
 * The page's side of compiling: waits until typing pauses (debounced), sends
 * the project to the worker, and drops any answer that is not for the newest
 * request, so a slow compile of old text can never replace a newer result.
 * Only one compile is in flight; edits made meanwhile are sent when it ends.
 * A compile answers twice: early with the story, then with the lint findings.
 */
import type { CompileAnswer, WorkerAnswer, WorkerRequest } from './worker-protocol';

export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  onmessage: ((e: MessageEvent<WorkerAnswer>) => void) | null;
  terminate(): void;
}

export interface CompileClient {
  /** The project changed: compile it once typing has paused for `delay` ms. `assets` are its pictures and sounds, by path. */
  schedule(entry: string, files: Record<string, string>, assets?: readonly string[]): void;
  /** Compile now, skipping the pause (on opening a project). */
  now(entry: string, files: Record<string, string>, assets?: readonly string[]): void;
  dispose(): void;
}

export function createCompileClient(makeWorker: () => WorkerLike, onResult: (a: CompileAnswer) => void, delay = 300): CompileClient {
  const worker = makeWorker();
  let latest = 0;
  let inFlight = 0;
  let pending: { entry: string; files: Record<string, string>; assets?: readonly string[] } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let entry = '';

  const send = () => {
    if (!pending || inFlight) return;
    latest++;
    inFlight = latest;
    entry = pending.entry;
    worker.postMessage({ kind: 'compile', id: latest, ...pending });
    pending = null;
  };
  worker.onmessage = (e) => {
    const a = e.data;
    if (a.kind !== 'compiled' && a.kind !== 'failed') return;
    const final = a.kind === 'failed' || a.final;
    if (a.id === inFlight && final) inFlight = 0;
    // A newer edit is waiting: this answer is already stale, so show nothing and (once the worker is free) compile the newer text.
    if (pending) return final ? send() : undefined;
    if (a.id !== latest) return;
    // The compiler itself threw: say so as an error of the entry file, and keep the last good story.
    if (a.kind === 'failed')
      onResult({
        kind: 'compiled',
        id: a.id,
        json: null,
        diagnostics: [{ severity: 'error', file: entry, line: 0, message: `the compiler stopped: ${a.message}` }],
        ms: 0,
        final: true,
      });
    else onResult(a);
  };

  return {
    schedule(entry, files, assets) {
      pending = assets ? { entry, files, assets } : { entry, files };
      clearTimeout(timer);
      timer = setTimeout(send, delay);
    },
    now(entry, files, assets) {
      pending = assets ? { entry, files, assets } : { entry, files };
      clearTimeout(timer);
      send();
    },
    dispose() {
      clearTimeout(timer);
      worker.terminate();
    },
  };
}
