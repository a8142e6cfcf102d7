// The one-pass turn (ink-turn.ts) must leave ink exactly where Continue() line by line would, with the same lines.
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { lineText, MAX_OUTPUT, playTurn } from '../../../src/engine/ink/ink-turn';
import { seededRandom } from '../../../src/engine/ink/seeded-random';
import { compileFixture } from '../../support/fixtures';

interface Line {
  text: string;
  tags: string[];
}

interface Seen {
  choices: string[];
  globals: string;
  visits: string;
  turn: number;
  errors: string[];
  lines: Line[];
}

function freshStory(json: string, seed: number): Story {
  const story = new Story(json);
  story.state.storySeed = seed;
  story.state.previousRandom = 0;
  return story;
}

function observe(story: Story, errors: string[], lines: Line[]): Seen {
  const state = story.state as unknown as { _visitCounts: Map<string, number>; currentTurnIndex: number };
  const variables = story.variablesState as unknown as { _globalVariables: Map<string, unknown> };
  return {
    choices: story.currentChoices.map((c) => `${c.text}→${String(c.targetPath)}`),
    globals: JSON.stringify([...variables._globalVariables].map(([k, v]) => [k, String(v)])),
    visits: JSON.stringify([...state._visitCounts].sort()),
    turn: state.currentTurnIndex,
    errors,
    lines,
  };
}

/** A reader's turn as the player used to take it: Continue() line by line, with each line's tags; blank untagged lines dropped. */
function continueTurn(story: Story): Seen {
  const errors: string[] = [];
  story.onError = (message, type) => {
    if (Number(type) === 2) errors.push(message);
  };
  const lines: Line[] = [];
  while (story.canContinue && errors.length === 0) {
    const text = (story.Continue() ?? '').replace(/\s+$/, '');
    const tags = story.currentTags ?? [];
    if (text !== '' || tags.length > 0) lines.push({ text, tags: [...tags] });
  }
  return observe(story, errors, lines);
}

function oneTurn(story: Story, maxSteps = 200_000): Seen {
  story.onError = () => {};
  const turn = playTurn(story, maxSteps);
  const lines = turn.lines.map((line) => ({ text: lineText(story, line), tags: line.tags })).filter((l) => l.text !== '' || l.tags.length > 0);
  return observe(story, turn.errors, lines);
}

/** Plays `runs` seeded random playthroughs both ways, comparing after every turn; returns the turns compared. */
function compareRandomRuns(json: string, runs: number): number {
  let turns = 0;
  for (let run = 1; run <= runs; run++) {
    const reader = freshStory(json, run);
    const tool = freshStory(json, run);
    const pick = seededRandom(run);
    for (let turn = 0; turn < 60; turn++) {
      const expected = continueTurn(reader);
      expect(oneTurn(tool)).toEqual(expected);
      turns++;
      const open = reader.currentChoices.length;
      if (open === 0 || expected.errors.length > 0) break;
      const index = Math.floor(pick() * open);
      reader.ChooseChoiceIndex(index);
      tool.ChooseChoiceIndex(index);
    }
  }
  return turns;
}

describe('a turn played in one pass', () => {
  it('ends every turn of the flagship where Continue does, with the same lines and tags', () => {
    const flagship = compileFixture('../../story/main.ink');
    expect(compareRandomRuns(flagship, 25)).toBeGreaterThan(300);
  });

  it('agrees on glue, inline tags, weaves, tunnels and shuffles', () => {
    for (const name of ['play/weave.ink', 'hostile.ink', 'random.ink', 'stats.ink', 'clear.ink', 'explorer/sensitive.ink', 'explorer/turns.ink']) {
      expect(compareRandomRuns(compileFixture(name), 8), name).toBeGreaterThan(0);
    }
  });

  it('reports the same runtime errors and dead ends, worded as ink words them', () => {
    for (const name of ['runtime-error.ink', 'explorer/tunnel-error.ink', 'explorer/missing-ending.ink']) {
      expect(compareRandomRuns(compileFixture(name), 6), name).toBeGreaterThan(0);
    }
  });

  it('stops content that never offers a choice after the step limit, saying so', () => {
    const story = freshStory(compileFixture('explorer/text-loop.ink'), 1);
    oneTurn(story);
    story.ChooseChoiceIndex(0);
    const turn = playTurn(story, 5000);
    expect(turn.errors).toEqual(['no choice after 5000 ink steps: the story seems to loop without a choice']);
    expect(turn.lines.map((line) => lineText(story, line))).toContain('Echo.');
  });

  it('stops a loop that writes text by how much it wrote, long before a generous step limit', () => {
    const story = freshStory(compileFixture('explorer/text-loop.ink'), 1);
    oneTurn(story);
    story.ChooseChoiceIndex(0);
    const turn = playTurn(story, 1_000_000);
    expect(turn.errors).toEqual([`no choice after ${MAX_OUTPUT} pieces of text: the story seems to loop without a choice`]);
  });
});
