import { describe, expect, it } from 'vitest';
import { answer, compileProject, exploreProject, inStudioWords, type WorkerAnswer } from '../../src/studio/worker-protocol';

const files = {
  'main.ink': '# title: T\nINCLUDE scenes/a.ink\n-> a\n',
  'scenes/a.ink': '== a ==\nHello.\n* [Go] -> b\n== b ==\nThe end. # ending: done # ending_title: Done\n-> END\n',
};

describe('the worker protocol', () => {
  it('compiles a project whose entry INCLUDEs another file', () => {
    const a = compileProject({ kind: 'compile', id: 7, entry: 'main.ink', files });
    expect(a.kind).toBe('compiled');
    expect(a.id).toBe(7);
    expect(a.json).toContain('inkVersion');
    expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('hands the story over as soon as it compiles, then answers again with the lint findings', () => {
    const early: unknown[] = [];
    const stat = { 'main.ink': '# stat: nerve 0 10 Nerve\nVAR nerve = 1\n~ nerve = 5\nHi. # ending: e # ending_title: E\n-> END\n' };
    const a = compileProject({ kind: 'compile', id: 3, entry: 'main.ink', files: stat }, (e) => early.push(e));
    expect(early).toEqual([expect.objectContaining({ kind: 'compiled', id: 3, final: false, diagnostics: [] })]);
    expect(a.final).toBe(true);
    expect(a.diagnostics).toHaveLength(1);
  });

  it('reports a broken divert at its file and line, with no story', () => {
    const broken = { ...files, 'scenes/a.ink': files['scenes/a.ink'].replace('-> b', '-> nowhere') };
    const a = compileProject({ kind: 'compile', id: 1, entry: 'main.ink', files: broken });
    expect(a.json).toBeNull();
    expect(a.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', file: 'scenes/a.ink', line: 3 }));
  });

  it('says which INCLUDEd file is missing', () => {
    const a = compileProject({ kind: 'compile', id: 1, entry: 'main.ink', files: { 'main.ink': files['main.ink'] } });
    expect(a.json).toBeNull();
    expect(a.diagnostics.map((d) => d.message).join(' ')).toMatch(/scenes\/a\.ink/);
  });

  it('adds the lint rules npm run check uses: a stat changed directly is an error at its line', () => {
    const stat = { 'main.ink': '# stat: nerve 0 10 Nerve\nVAR nerve = 1\n~ nerve = 5\nHi. # ending: e # ending_title: E\n-> END\n' };
    const a = compileProject({ kind: 'compile', id: 1, entry: 'main.ink', files: stat });
    expect(a.json).not.toBeNull();
    expect(a.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', file: 'main.ink', line: 3 }));
  });

  it('explores to every ending with a path, and places a dead end at its file and line', () => {
    const json = compileProject({ kind: 'compile', id: 1, entry: 'main.ink', files }).json!;
    const progress: WorkerAnswer[] = [];
    const a = exploreProject({ kind: 'explore', id: 2, entry: 'main.ink', json, files, seed: 1 }, (p) => progress.push(p));
    expect(a.report.endings.map((e) => [e.id, e.path])).toEqual([['done', [0]]]);
    expect(a.problems).toEqual([]);

    // A story that tags its endings makes an untagged END a dead end (one that tags none counts each END as an ending).
    const dead = {
      ...files,
      'scenes/a.ink':
        '== a ==\nHello.\n* [Go] -> b\n* [Stay] -> c\n== b ==\nThe end. # ending: done # ending_title: Done\n-> END\n== c ==\nNothing more.\n-> END\n',
    };
    const deadJson = compileProject({ kind: 'compile', id: 1, entry: 'main.ink', files: dead }).json!;
    const d = exploreProject({ kind: 'explore', id: 3, entry: 'main.ink', json: deadJson, files: dead, seed: 1 }, () => {});
    expect(d.problems).toContainEqual(expect.objectContaining({ severity: 'error', file: 'scenes/a.ink', line: 9 }));
  });

  it('answers a request it cannot do with a failure that names it', () => {
    const out: WorkerAnswer[] = [];
    answer({ kind: 'explore', id: 9, entry: 'main.ink', json: 'not json', files, seed: 1 }, (a) => out.push(a));
    expect(out).toEqual([expect.objectContaining({ kind: 'failed', id: 9 })]);
  });

  it('checks the files IMAGE and AUDIO tags name against the project’s own pictures and sounds', () => {
    const tagged = { 'main.ink': 'Hi. # IMAGE: art/gate.png # AUDIO: sounds/bell.mp3\n-> END\n' };
    const missing = compileProject({ kind: 'compile', id: 1, entry: 'main.ink', files: tagged, assets: [] });
    expect(missing.diagnostics.map((d) => `${d.line}: ${d.message}`)).toEqual([
      expect.stringMatching(/^1: the sound file 'sounds\/bell\.mp3' .* is not there/),
      expect.stringMatching(/^1: IMAGE 'art\/gate\.png' names a file that is not there/),
    ]);
    const there = compileProject({ kind: 'compile', id: 2, entry: 'main.ink', files: tagged, assets: ['art/gate.png', 'sounds/bell.mp3'] });
    expect(there.diagnostics).toEqual([]);
  });

  it('speaks of the studio’s preview, not of terminal commands', () => {
    expect(inStudioWords({ severity: 'error', file: 'main.ink', line: 3, message: 'stuck, after choosing 1, 2 in npm run play' }).message).toBe(
      'stuck, after choosing 1, 2 in the preview',
    );
  });
});
