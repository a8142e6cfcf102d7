// A Story whose knots are built when reached must play exactly as one built whole, and read only what it reaches.
import type { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../../src/engine/ink/ink-json';
import { lineText, playTurn } from '../../../src/engine/ink/ink-turn';
import { readAllKnots, unreadKnots } from '../../../src/engine/ink/lazy-knots';
import { createSession, prepareSpare } from '../../../src/engine/ink/story-session';
import { compileFixture, compilingFixtures } from '../../support/fixtures';

/** Plays `story` with seed 7, taking choice `turn % count` each time, and writes down everything ink shows and keeps. */
function transcript(story: Story, turns: number): string[] {
  const out: string[] = [];
  story.onError = () => {};
  story.state.storySeed = 7;
  for (let turn = 0; turn < turns; turn++) {
    try {
      // Step-capped, as the game plays: a fixture that loops without a choice (hostile.ink) is cut off.
      const played = playTurn(story, 20_000);
      out.push(...played.lines.map((line) => `${lineText(story, line)} ${JSON.stringify(line.tags)}`), ...played.errors);
    } catch (err) {
      out.push(`thrown: ${String(err)}`);
      break;
    }
    const choices = story.currentChoices;
    out.push(choices.map((c) => `${c.text} → ${c.pathStringOnChoice} ${JSON.stringify(c.tags)}`).join(' | '));
    out.push(story.state.ToJson());
    if (choices.length === 0) break;
    story.ChooseChoiceIndex(turn % choices.length);
  }
  return out;
}

describe('knots read when ink reaches them', () => {
  it('plays every fixture that compiles as the story built whole does, state included', () => {
    const names = compilingFixtures();
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) {
      const text = compileFixture(name);
      expect(transcript(buildStory(text, { knotsWhenReached: true }), 12), name).toEqual(transcript(buildStory(text), 12));
    }
  });

  it('plays the flagship through many turns as the story built whole does', () => {
    const text = compileFixture('../../story/main.ink');
    expect(transcript(buildStory(text, { knotsWhenReached: true }), 40)).toEqual(transcript(buildStory(text), 40));
  });

  it('builds only the knots the flagship’s first passage reaches, for a new session', () => {
    // A text of its own, so no spare from another test stands in for a new Story.
    const session = createSession(`${compileFixture('../../story/main.ink')}\n`, 5, { knotsWhenReached: true });
    const before = unreadKnots(session.ink);
    expect(before).toBeGreaterThan(10);
    expect(session.continue().choices.length).toBeGreaterThan(0);
    expect(unreadKnots(session.ink)).toBe(before - 1);
  });

  it('shows the whole story to anything that walks it, and to a save of it', () => {
    const text = compileFixture('../../story/main.ink');
    const lazy = buildStory(text, { knotsWhenReached: true });
    expect(lazy.ToJson()).toBe(buildStory(text).ToJson());
    expect(unreadKnots(lazy)).toBe(0);
  });

  it('builds a session nobody is waiting for whole, as inkjs does', () => {
    expect(unreadKnots(createSession(`${compileFixture('../../story/main.ink')}\t`, 5).ink)).toBe(0);
  });

  it('reads every knot left when asked, and a Story built whole has none left', () => {
    const lazy = buildStory(compileFixture('../../story/main.ink'), { knotsWhenReached: true });
    readAllKnots(lazy);
    expect(unreadKnots(lazy)).toBe(0);
    expect(unreadKnots(buildStory(compileFixture('../../story/main.ink')))).toBe(0);
  });

  it('leaves a new session’s unread knots for the spare the game prepares once the passage is shown', () => {
    const text = compileFixture('stats.ink');
    const session = createSession(`${text} `, 3, { knotsWhenReached: true });
    session.continue();
    prepareSpare(`${text} `);
    expect(unreadKnots(session.ink)).toBe(0);
  });
});
