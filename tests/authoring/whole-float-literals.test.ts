import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildStoryKeepingFloats } from '../../src/authoring/whole-float-literals';
import { compileStoryFile } from '../support/fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'kee-whole-floats-'));
function storyOf(ink: string) {
  const file = path.join(dir, `s${Math.random().toString(36).slice(2)}.ink`);
  writeFileSync(file, ink);
  return buildStoryKeepingFloats(compileStoryFile(file));
}

describe('whole-number floats read as inklecate reads them', () => {
  it('keeps a negative whole float a float, in a global and in an expression', () => {
    const story = storyOf('VAR debt = -2.0\n{debt / 4} {-3.0 / 2}\n-> END\n');
    expect(story.ContinueMaximally()).toBe('-0.5 -1.5\n');
  });

  it('keeps a positive whole float a float too, so the division does not truncate', () => {
    expect(storyOf('{2.0 / 4}\n-> END\n').ContinueMaximally()).toBe('0.5\n');
  });

  it('leaves text that only looks like a float as the author wrote it', () => {
    expect(storyOf('The sign read -2.0, then "3.0".\n-> END\n').ContinueMaximally()).toBe('The sign read -2.0, then "3.0".\n');
  });

  it('reads a story with no whole float exactly as before', () => {
    expect(storyOf('VAR x = 3\n{x / 2}\n-> END\n').ContinueMaximally()).toBe('1\n');
  });
});
