import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/engine/ink/story-session';
import { compileFixture } from '../../support/fixtures';

describe('a story session', () => {
  it('runs to the first choice point and returns paragraphs with their tags', () => {
    const session = createSession(compileFixture('stats.ink'), 1);
    const passage = session.continue();
    // ink hands the global tags over with the first line, as inklecate prints them.
    expect(passage.paragraphs[0]?.text).toBe('Kee lay still.');
    expect(passage.paragraphs[0]?.tags).toEqual(expect.arrayContaining(['title: Stats Fixture', 'scene: The Trunk', 'AUDIOLOOP: forest']));
    expect(passage.choices.map((c) => c.text)).toEqual(['Breathe slowly.', 'Check the rifle.']);
    expect(passage.ended).toBe(false);
  });

  it('shows a locked choice with its reason and refuses to take it', () => {
    const session = createSession(compileFixture('stats.ink'), 1);
    session.continue();
    const passage = session.choose(0);
    const locked = passage.choices.find((c) => c.locked);
    expect(locked?.text).toBe('Take the long shot.');
    expect(locked?.locked).toBe('Her aim is not there yet (aim 50).');
    expect(() => session.choose(locked?.index ?? -1)).toThrow(/locked/);
  });

  it('records the choices taken and ends on the ending line', () => {
    const session = createSession(compileFixture('stats.ink'), 1);
    session.continue();
    session.choose(1);
    const open = session.choices().find((c) => !c.locked && c.text === 'Take the long shot.');
    const last = session.choose(open?.index ?? -1);
    expect(session.log).toHaveLength(2);
    expect(last.ended).toBe(true);
    expect(last.paragraphs.at(-1)?.tags).toContain('ending: done');
  });

  it('gives the same text for the same seed and the same choices', () => {
    const play = (seed: number) => {
      const s = createSession(compileFixture('random.ink'), seed);
      const first = s.continue().paragraphs.map((p) => p.text);
      return [...first, ...s.choose(0).paragraphs.map((p) => p.text)].join('\n');
    };
    expect(play(42)).toBe(play(42));
    const seeds = [1, 2, 3, 4, 5, 6].map(play);
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('turns a runtime error into a message instead of a crash', () => {
    const session = createSession(compileFixture('runtime-error.ink'), 1);
    session.continue();
    session.choose(0);
    const passage = session.choose(0);
    expect(passage.paragraphs.map((p) => p.text)).toEqual(['The text runs out after this line.']);
    expect(passage.error).toMatch(/ran out of text/);
    expect(passage.choices).toEqual([]);
    expect(passage.ended).toBe(false);
  });

  it('still says when the story calls an EXTERNAL function nobody bound, before any text', () => {
    const passage = createSession(compileFixture('external.ink'), 1).continue();
    expect(passage.error).toMatch(/launch/);
    expect(passage.paragraphs).toEqual([]);
  });

  it('stops a turn that loops without ever offering a choice, instead of freezing the page', () => {
    const session = createSession(compileFixture('explorer/text-loop.ink'), 1);
    session.continue();
    const passage = session.choose(0);
    expect(passage.error).toMatch(/loop without a choice/);
  });
});
