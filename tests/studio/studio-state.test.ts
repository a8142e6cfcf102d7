import { describe, expect, it } from 'vitest';
import { newProject, setText } from '../../src/studio/project';
import { compileStatus, createStudioStore, dispatch, exploreTarget, update, watch } from '../../src/studio/studio-state';
import type { CompileAnswer } from '../../src/studio/worker-protocol';

const answer = (json: string | null, severities: ('error' | 'warning' | 'info')[]): CompileAnswer => ({
  kind: 'compiled',
  id: 1,
  json,
  diagnostics: severities.map((severity) => ({ severity, file: 'main.ink', line: 1, message: 'm' })),
  ms: 12.4,
  final: true,
});

describe('the studio’s state', () => {
  it('counts errors, warnings and notes each with its own noun and plural', () => {
    expect(compileStatus(answer('{}', []), 0)).toBe('Compiled in 12 ms. No problems.');
    expect(compileStatus(answer('{}', ['info']), 0)).toBe('Compiled in 12 ms. 1 note.');
    expect(compileStatus(answer('{}', ['warning', 'warning', 'info', 'info']), 0)).toBe('Compiled in 12 ms. 2 warnings and 2 notes.');
    expect(compileStatus(answer(null, ['error', 'error', 'info']), 2)).toBe('2 errors.');
  });

  it('opening another project forgets the last one’s story, problems and notices', () => {
    const first = newProject('One', { 'main.ink': 'A.' }, 'main.ink', 1);
    const store = createStudioStore(first);
    dispatch(store, update.compiled, answer('{"one":1}', ['warning']), first.id, first.files);
    dispatch(store, update.exploreProblems, [{ severity: 'error', file: 'main.ink', line: 2, message: 'dead end' }]);
    dispatch(store, update.say, 'Saved.');
    const second = newProject('Two', { 'main.ink': 'B.' }, 'main.ink', 2);
    dispatch(store, update.openProject, second);
    const s = store.getState();
    expect([s.compiled, s.compileProblems, s.exploreProblems, s.message, s.generation]).toEqual([null, [], [], '', 1]);
    // A compile of the first project landing late is dropped.
    dispatch(store, update.compiled, answer('{"one":1}', []), first.id, first.files);
    expect(store.getState().compiled).toBeNull();
  });

  it('a project that never compiled has no story to preview, and says why', () => {
    const p = newProject('Broken', { 'main.ink': '-> nowhere' }, 'main.ink', 1);
    const store = createStudioStore(p);
    dispatch(store, update.compiled, answer(null, ['error']), p.id, p.files);
    expect(store.getState().noStory).toBe('The story has not compiled yet (1 error listed below), so there is nothing to preview.');
  });

  it('tells a panel only when the parts it watches change', () => {
    const store = createStudioStore(newProject('One', { 'main.ink': 'A.' }, 'main.ink', 1));
    const seen: number[] = [];
    watch(
      store,
      (s) => [s.compileProblems, s.status] as const,
      () => seen.push(seen.length),
    );
    dispatch(store, update.say, 'typing…');
    dispatch(store, update.say, 'still typing…');
    expect(seen).toEqual([0]);
    dispatch(store, update.exploreProblems, []);
    dispatch(store, update.compiled, answer('{}', []), store.getState().project.id, {});
    expect(seen).toEqual([0, 1]);
  });

  it('explores only the text as it stands: not the last version that compiled when the text no longer does', () => {
    const p = newProject('Hello', { 'main.ink': 'Hello there.' }, 'main.ink', 1);
    const store = createStudioStore(p);
    dispatch(store, update.compiled, answer('{"good":1}', []), p.id, p.files);
    expect(exploreTarget(store.getState())).toMatchObject({ ok: true, json: '{"good":1}' });
    const broken = setText(p, 'main.ink', 'Hello there.\n* [Go] -> nowhere');
    if (!broken.ok) throw new Error(broken.message);
    dispatch(store, update.changeProject, broken.project);
    expect(exploreTarget(store.getState())).toEqual({ ok: false, message: 'The story is still compiling: explore again in a moment.' });
    dispatch(store, update.compiled, answer(null, ['error']), p.id, broken.project.files);
    expect(store.getState().compiled?.json).toBe('{"good":1}');
    expect(exploreTarget(store.getState())).toEqual({
      ok: false,
      message: 'The story does not compile (1 error listed under the editor): fix it, then explore.',
    });
  });
});
