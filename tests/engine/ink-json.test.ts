// readInkJson must hand inkjs a story it builds exactly as it would from the text, only sooner.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { readInkJson } from '../../src/engine/ink-json';
import { createSession } from '../../src/engine/story-session';
import { compileFixture, fixturesDir } from '../support/fixtures';

/** Every fixture that compiles, by its path under tests/fixtures. */
function compilingFixtures(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ink')) found.push(path.relative(fixturesDir, full));
    }
  };
  walk(fixturesDir);
  return found.filter((name) => {
    try {
      compileFixture(name);
      return true;
    } catch {
      return false;
    }
  });
}

describe('reading compiled ink for inkjs', () => {
  it('parses the flagship itself, and inkjs builds the same story from it as from the text', () => {
    const text = compileFixture('../../story/main.ink');
    const read = readInkJson(text);
    expect(typeof read).toBe('object');
    expect(new Story(read as Record<string, unknown>).ToJson()).toBe(new Story(text).ToJson());
  });

  it('gives inkjs the same story as the text for every fixture that compiles', () => {
    const names = compilingFixtures();
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      const text = compileFixture(name);
      const read = readInkJson(text);
      const story = typeof read === 'string' ? new Story(read) : new Story(read);
      expect(story.ToJson(), name).toBe(new Story(text).ToJson());
    }
  });

  it('leaves a story with a whole-number float to inkjs, so 2.0 stays a float', () => {
    // inklecate writes a float that is a whole number as 2.0 (inkjs's own compiler writes 2): `VAR share = 2.0` then `{share / 4}`.
    const text =
      '{"inkVersion":21,"root":[["^A quarter of the share is ","ev",{"VAR?":"share"},4,"/","out","/ev","^.","\\n","end",["done",{"#f":5,"#n":"g-0"}],null],"done",{"global decl":["ev",2.0,{"VAR=":"share"},"/ev","end",null],"#f":1}],"listDefs":{}}';
    expect(readInkJson(text)).toBe(text);
    expect(
      createSession(text, 1)
        .continue()
        .paragraphs.map((p) => p.text),
    ).toEqual(['A quarter of the share is 0.5.']);
  });
});
