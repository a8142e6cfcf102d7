// The authoring bench's story: it must stay at 1,000 lines or more, and compile, or the bench would quietly time less.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileInk } from '../../src/authoring/compile-ink';
import { lintStory } from '../../src/tooling/lint';
import { generateAuthoredStory, writeAuthoredStory } from '../support/generate-authored-story';

const dir = mkdtempSync(path.join(tmpdir(), 'kee-authored-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the generated 1,000-line story of the authoring bench', () => {
  const story = generateAuthoredStory({ lines: 1000 });
  const entry = writeAuthoredStory(dir, story);

  it('has at least 1,000 lines, counted on disk across its INCLUDEd files', () => {
    const onDisk = Object.keys(story.files).reduce((n, name) => n + (readFileSync(path.join(dir, name), 'utf8').match(/\n/g)?.length ?? 0), 0);
    expect(onDisk).toBe(story.lines);
    expect(story.lines).toBeGreaterThanOrEqual(1000);
    expect(Object.keys(story.files).filter((f) => f.startsWith('chapters/')).length).toBeGreaterThan(1);
  });

  it('is the same story every time', () => {
    expect(generateAuthoredStory({ lines: 1000 })).toEqual(story);
  });

  it('compiles with no errors or warnings, and has fallback choices, stitches and tags', () => {
    const compiled = compileInk(entry);
    expect(compiled.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    if (!compiled.json) throw new Error('the generated story did not compile');
    expect(compiled.dependencies).toHaveLength(Object.keys(story.files).length);
    const lint = lintStory({ entry, json: compiled.json, sources: compiled.sources }, { explore: false });
    expect(lint.filter((d) => d.severity !== 'info')).toEqual([]);
    const text = Object.values(story.files).join('\n');
    expect(text).toMatch(/^\* -> k\d+$/m);
    expect(text).toMatch(/^= rest$/m);
    expect(text).toMatch(/# CLASS: \w+/);
    expect(text).toMatch(/^INCLUDE chapters\/chapter1\.ink$/m);
  });
});
