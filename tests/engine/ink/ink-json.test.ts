// readInkJson must hand inkjs a story it builds exactly as it would from the text, only sooner.
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { buildStory, readInkJson } from '../../../src/engine/ink/ink-json';
import { createSession } from '../../../src/engine/ink/story-session';
import { compileFixture, compilingFixtures } from '../../support/fixtures';

describe('reading compiled ink for inkjs', () => {
  it('parses the flagship itself, and inkjs builds the same story from it as from the text', () => {
    const text = compileFixture('../../story/main.ink');
    expect(typeof readInkJson(text)).toBe('object');
    expect(buildStory(text).ToJson()).toBe(new Story(text).ToJson());
  });

  it('gives inkjs the same story as the text for every fixture that compiles', () => {
    const names = compilingFixtures();
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      const text = compileFixture(name);
      expect(buildStory(text).ToJson(), name).toBe(new Story(text).ToJson());
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
