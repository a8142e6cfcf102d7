/**
 * The studio's worker: compiles, lints and explores off the page's thread, so
 * typing never waits for ink. It holds no state; each message is answered by
 * worker-protocol.ts. The page drops answers to requests it no longer wants
 * and terminates the worker to stop an exploration.
 */
import { answer, type WorkerAnswer, type WorkerRequest } from './worker-protocol';

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(a: WorkerAnswer): void };
scope.onmessage = (e) => answer(e.data, (a) => scope.postMessage(a));
