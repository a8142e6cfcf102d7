import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CompileClient, createCompileClient, type WorkerLike } from '../../src/studio/compile-client';
import type { CompileAnswer, WorkerAnswer, WorkerRequest } from '../../src/studio/worker-protocol';

/** A worker that records requests and answers only when the test says so. */
function fakeWorker() {
  const sent: WorkerRequest[] = [];
  const worker: WorkerLike = {
    postMessage: (m) => void sent.push(m),
    onmessage: null,
    terminate: () => {},
  };
  const reply = (req: WorkerRequest) => {
    const a: WorkerAnswer = {
      kind: 'compiled',
      id: req.id,
      json: `json of ${req.kind === 'compile' ? req.files['main.ink'] : ''}`,
      diagnostics: [],
      ms: 1,
      final: true,
    };
    worker.onmessage?.({ data: a } as MessageEvent<WorkerAnswer>);
  };
  return { worker, sent, reply };
}

describe('compiling as the author types', () => {
  let results: CompileAnswer[];
  let fake: ReturnType<typeof fakeWorker>;
  let client: CompileClient;
  beforeEach(() => {
    vi.useFakeTimers();
    results = [];
    fake = fakeWorker();
    client = createCompileClient(
      () => fake.worker,
      (a) => results.push(a),
      300,
    );
  });
  afterEach(() => vi.useRealTimers());

  it('waits for typing to pause, then compiles the latest text once', () => {
    client.schedule('main.ink', { 'main.ink': 'a' });
    vi.advanceTimersByTime(100);
    client.schedule('main.ink', { 'main.ink': 'ab' });
    vi.advanceTimersByTime(299);
    expect(fake.sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fake.sent.map((r) => (r.kind === 'compile' ? r.files['main.ink'] : ''))).toEqual(['ab']);
  });

  it('drops a stale answer when newer text is waiting, and shows only the newest', () => {
    client.now('main.ink', { 'main.ink': 'old' });
    client.schedule('main.ink', { 'main.ink': 'new' });
    vi.advanceTimersByTime(300);
    // Only one compile in flight: the newer text waits for the old one to finish.
    expect(fake.sent).toHaveLength(1);
    fake.reply(fake.sent[0]!);
    expect(results).toEqual([]);
    expect(fake.sent).toHaveLength(2);
    fake.reply(fake.sent[1]!);
    expect(results.map((r) => r.json)).toEqual(['json of new']);
  });

  it('turns a compiler that threw into an error of the entry file, with no story', () => {
    client.now('main.ink', { 'main.ink': 'x' });
    fake.worker.onmessage?.({ data: { kind: 'failed', id: fake.sent[0]!.id, message: 'out of memory' } } as MessageEvent<WorkerAnswer>);
    expect(results).toEqual([
      expect.objectContaining({ json: null, diagnostics: [{ severity: 'error', file: 'main.ink', line: 0, message: 'the compiler stopped: out of memory' }] }),
    ]);
  });
});
