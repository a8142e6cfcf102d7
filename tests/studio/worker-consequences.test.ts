import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileProject, exploreProject } from '../../src/studio/worker-protocol';
import { fixturePath } from '../support/fixtures';

describe("the studio worker's explore", () => {
  it('lists the consequence findings with the other problems, at the lines check gives', () => {
    const files = { 'choices.ink': readFileSync(fixturePath('consequences/choices.ink'), 'utf8') };
    const { json } = compileProject({ kind: 'compile', id: 1, entry: 'choices.ink', files });
    if (!json) throw new Error('the fixture did not compile');
    const a = exploreProject({ kind: 'explore', id: 2, entry: 'choices.ink', json, files, seed: 1 }, () => {});
    const found = a.problems
      .filter((d) => d.message.startsWith('['))
      .map((d) => `${d.file}:${d.line} ${d.severity} ${d.message.slice(0, d.message.indexOf(']') + 1)}`);
    expect(found).toEqual([
      'choices.ink:14 warning [no-consequence]',
      'choices.ink:19 warning [unanswered]',
      'choices.ink:27 warning [no-consequence]',
      'choices.ink:28 warning [dead-write]',
      'choices.ink:36 warning [dead-write]',
      'choices.ink:43 warning [unanswered]',
      'choices.ink:44 warning [dropped-thread]',
      'choices.ink:51 info [no-consequence]',
    ]);
    expect(a.report.consequences?.counts['dropped-thread']).toBe(1);
  });
});
