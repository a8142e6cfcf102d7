import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { readableNegativeFloats } from '../../src/tooling/whole-floats';
import { compileFixture, compileStoryFile } from '../support/fixtures';

function compiled(ink: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kee-whole-floats-')), 'story.ink');
  writeFileSync(file, ink);
  return compileStoryFile(file);
}

/** The story as inkjs reads it where JSON.parse hands it the source (Chromium): every `2.0` becomes `"2.0f"`. */
function asChromiumReadsIt(json: string): Story {
  return new Story(JSON.parse(json.replace(/(?<![\w."])(-?\d+\.0)(?!\d)/g, '"$1f"')));
}

describe('compiled JSON and whole-number floats', () => {
  it('keeps 2.0 a float, so dividing by it gives a fraction as in inklecate', () => {
    const json = compileFixture('conformance/numbers.ink');
    expect(json).toContain('1.0');
    // Plain inkjs prints JavaScript's doubles; `npm run play` prints them as inklecate does (the conformance corpus).
    const [first] = new Story(json).ContinueMaximally().split('\n');
    expect(first).toBe('0.6666666666666666 0.3333333333333333 3 3.5 0.30000000000000004 0.25');
  });

  it('writes -2.0 so that inkjs reads a float, in Node and in Chromium alike, where -2.0 itself would not load', () => {
    const json = compiled('VAR debt = -2.0\n{debt / 4} {-3.0 / 2}\n-> END\n');
    expect(json).not.toContain('-2.0');
    expect(new Story(json).ContinueMaximally()).toBe('-0.5 -1.5\n');
    expect(asChromiumReadsIt(json).ContinueMaximally()).toBe('-0.5 -1.5\n');
    expect(() => asChromiumReadsIt(json.replace('["nop",2.0,"_",null]', '-2.0')).ContinueMaximally()).toThrow(/-2\.0f/);
  });

  it("reads inklecate's -2.0 the same way, and leaves text that only looks like a number alone", () => {
    const json = '{"inkVersion":21,"root":[["ev",-2.0,4,"/","out","/ev","\\n","^Say -2.0 now","\\n","done",null],"done",null],"listDefs":{}}';
    const readable = readableNegativeFloats(json);
    expect(readable).toContain('"ev",["nop",2.0,"_",null],4');
    expect(readable).toContain('"^Say -2.0 now"');
    expect(new Story(readable).ContinueMaximally()).toBe('-0.5\nSay -2.0 now\n');
  });
});
