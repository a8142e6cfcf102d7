import { describe, expect, it } from 'vitest';
import type { ChoiceView } from '../../../src/engine/ink/story-session';
import { pickChoice, replayChoices, similarity } from '../../../src/engine/saves/save-replay';
import { compileFixture } from '../../support/fixtures';

const offered = (...texts: string[]): ChoiceView[] => texts.map((text, index) => ({ index, key: `c-${index}`, text, tags: [], locked: null }));

describe('matching a remembered choice on the story as it is now', () => {
  it('takes the index on an unchanged story, and refuses one that shows other text', () => {
    const choices = offered('Wait.', 'Run.');
    expect(pickChoice(choices, { index: 1, text: 'Run.' }, 'exact')?.index).toBe(1);
    expect(pickChoice(choices, { index: 1, text: 'Hide.' }, 'exact')).toBeNull();
    expect(pickChoice(choices, { index: 2 }, 'exact')).toBeNull();
  });

  it('follows the text when a choice moved to another index', () => {
    expect(pickChoice(offered('New first.', 'Wait.', 'Run.'), { index: 1, text: 'Run.' }, 'by-text')?.index).toBe(2);
  });

  it('accepts a reworded choice at the same index', () => {
    expect(pickChoice(offered('Pack her rifle.', 'Eat.'), { index: 0, text: 'Pack the rifle.' }, 'by-text')?.index).toBe(0);
  });

  it('refuses a different choice that merely sits at the old index', () => {
    expect(pickChoice(offered('Adjust the sights.', 'Whisper a prayer.'), { index: 0, text: 'Keep watching.' }, 'by-text')).toBeNull();
  });

  it('never takes a locked choice', () => {
    const choices: ChoiceView[] = [{ index: 0, key: 'c-0', text: 'Shoot.', tags: [], locked: 'Aim too low.' }];
    expect(pickChoice(choices, { index: 0, text: 'Shoot.' }, 'by-text')).toBeNull();
  });

  it('scores texts by shared letter pairs', () => {
    expect(similarity('Pack the rifle.', 'Pack the rifle!')).toBe(1);
    expect(similarity('Pack the rifle.', 'Pack her rifle.')).toBeGreaterThan(0.6);
    expect(similarity('Keep watching.', 'Adjust the sights.')).toBeLessThan(0.3);
  });
});

describe('replaying a list of choices', () => {
  it('rebuilds the page passages, the log and a history entry per choice', () => {
    const out = replayChoices(compileFixture('edits/v1.ink'), 3, [{ index: 0 }, { index: 1 }], 'exact');
    expect(out.stop).toBeNull();
    expect(out.passages).toHaveLength(3);
    expect(out.session.log).toEqual([0, 1]);
    expect(out.entries.map((e) => [e.choiceText, e.scene])).toEqual([
      ['Pack the rifle.', 'The Ridge'],
      ['Adjust the sights.', 'The Ridge'],
    ]);
    expect(out.start).toEqual({ stats: { nerve: 50, aim: 40 }, scene: 'Camp' });
  });

  it('stops at the end of the story and says so', () => {
    const out = replayChoices(compileFixture('stats.ink'), 1, [{ index: 1 }, { index: 1 }, { index: 0 }], 'exact');
    expect(out.fitted).toBe(2);
    expect(out.stop).toEqual({ turn: 3, reason: 'the story ends before turn 3' });
  });
});
