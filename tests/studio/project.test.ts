import { describe, expect, it } from 'vitest';
import { addFile, checkText, newProject, type Project, removeFile, renameFile, setEntry, setText } from '../../src/studio/project';

const start = (): Project => newProject('Test', { 'main.ink': 'INCLUDE scenes/a.ink\n-> a\n', 'scenes/a.ink': '== a ==\nHi.\n-> END\n' }, 'main.ink', 1);
const ok = (r: ReturnType<typeof addFile>): Project => {
  if (!r.ok) throw new Error(r.message);
  return r.project;
};

describe('a project', () => {
  it('starts with its entry file open', () => {
    const p = start();
    expect(p.open).toBe('main.ink');
    expect(Object.keys(p.files)).toEqual(['main.ink', 'scenes/a.ink']);
  });

  it('adds a file in a folder and opens it', () => {
    const p = ok(addFile(start(), 'scenes/b.ink', '== b ==\n'));
    expect(p.files['scenes/b.ink']).toBe('== b ==\n');
    expect(p.open).toBe('scenes/b.ink');
  });

  it('refuses names that are not plain .ink paths inside the project', () => {
    for (const bad of ['notes.txt', '../escape.ink', '/abs.ink', 'a//b.ink', 'scenes/./x.ink', 'bad<name>.ink']) {
      const r = addFile(start(), bad);
      expect(r.ok, bad).toBe(false);
    }
    expect(addFile(start(), 'main.ink')).toEqual({ ok: false, message: 'There is already a file called main.ink.' });
  });

  it('renames a file, keeping its place in the list, and follows the entry and the open file', () => {
    const p = ok(renameFile(start(), 'main.ink', 'story.ink'));
    expect(Object.keys(p.files)).toEqual(['story.ink', 'scenes/a.ink']);
    expect(p.entry).toBe('story.ink');
    expect(p.open).toBe('story.ink');
  });

  it('renames an INCLUDEd file and the INCLUDE lines that name it', () => {
    const p = ok(renameFile(start(), 'scenes/a.ink', 'scenes/opening.ink'));
    expect(p.files['main.ink']).toBe('INCLUDE scenes/opening.ink\n-> a\n');
    expect(p.files['scenes/opening.ink']).toBe('== a ==\nHi.\n-> END\n');
  });

  it('removes a file but never the entry', () => {
    expect(removeFile(start(), 'main.ink').ok).toBe(false);
    const p = ok(removeFile(start(), 'scenes/a.ink'));
    expect(Object.keys(p.files)).toEqual(['main.ink']);
  });

  it('makes another file the entry', () => {
    expect(ok(setEntry(start(), 'scenes/a.ink')).entry).toBe('scenes/a.ink');
  });

  it('refuses pasted binary and text over the size cap with a sentence, keeping the old text', () => {
    const p = start();
    const binary = setText(p, 'main.ink', 'PK\u0003\u0004\u0000\u0000garbage');
    expect(binary).toEqual({ ok: false, message: 'That looks like a binary file, not ink text, so it was left out.' });
    const huge = setText(p, 'main.ink', 'x'.repeat(10 * 1024 * 1024));
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.message).toMatch(/^That text is 10\.0 MB; a source file can be at most 2 MB\.$/);
    expect(p.files['main.ink']).toBe('INCLUDE scenes/a.ink\n-> a\n');
  });

  it('accepts ordinary text with tabs and line breaks', () => {
    expect(checkText('== a ==\n\tIndented.\r\n')).toBeNull();
  });
});
