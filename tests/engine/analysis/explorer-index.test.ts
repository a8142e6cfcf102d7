import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { indexStory } from '../../../src/engine/analysis/explorer';
import { compileFixture } from '../../support/fixtures';

describe('the static index of a compiled story', () => {
  it('lists knots and stitches, and tells functions apart', () => {
    const index = indexStory(compileFixture('explorer/multi/main.ink'));
    expect(index.flows.map((f) => `${f.path}${f.isFunction ? '()' : ''}`).sort()).toEqual(['forest', 'ridge', 'ridge.stand', 'shift()']);
  });

  it('names each choice point the way inkjs names the choices it offers', () => {
    const story = compileFixture('explorer/multi/main.ink');
    const index = indexStory(story);
    const ink = new Story(story);
    while (ink.canContinue) ink.Continue();
    for (const choice of ink.currentChoices) {
      const point = index.choicePoints.find((p) => p.sourcePath === choice.sourcePath);
      expect(point?.id).toBe(choice.targetPath?.toString());
      expect(point?.label).toBe(choice.text);
    }
  });

  it('labels choices from their text, leaving tags out and start content in', () => {
    const index = indexStory(compileFixture('stats.ink'));
    expect(index.choicePoints.map((c) => c.label)).toEqual(['Breathe slowly.', 'Check the rifle.', 'Take the long shot.', 'Take the long shot.', 'Wait.']);
  });

  it('labels a choice with its own words only, not a string compared just before it or in its condition', () => {
    const index = indexStory(compileFixture('explorer/string-before-choice.ink'));
    expect(index.choicePoints.map((c) => c.label)).toEqual(['Slide down to the spring.', 'Think of her father.', 'Let him go.']);
  });

  it('collects the endings the tags declare, with their titles', () => {
    const index = indexStory(compileFixture('explorer/sensitive.ink'));
    expect(index.endings).toEqual([
      { id: 'top', title: 'On Top' },
      { id: 'fall', title: 'The Fall' },
    ]);
  });

  it('knows which visit counts the story can read, and leaves the rest out', () => {
    const index = indexStory(compileFixture('explorer/circle.ink'));
    expect(index.readCounts).toEqual([]);
    const once = indexStory(compileFixture('explorer/multi/main.ink'));
    // Once-only choices read their own visit count.
    expect(once.readCounts).toContain('forest.0.c-0');
  });
});
