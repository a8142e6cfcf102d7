// The tools' one-pass turn (explore-turn.ts) must leave ink exactly where Continue() line by line would.
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { runTurn } from '../../src/engine/explore-turn';
import { seededRandom } from '../../src/engine/seeded-random';
import { findTag } from '../../src/engine/tags';
import { compileFixture } from '../support/fixtures';

interface Seen {
  choices: string[];
  globals: string;
  visits: string;
  turn: number;
  errors: string[];
  scene: string | null;
  ending: string | null;
  lastText: string;
}

function freshStory(json: string, seed: number): Story {
  const story = new Story(json);
  story.state.storySeed = seed;
  story.state.previousRandom = 0;
  return story;
}

function observe(story: Story, errors: string[], scene: string | null, ending: string | null, lastText: string): Seen {
  const state = story.state as unknown as { _visitCounts: Map<string, number>; currentTurnIndex: number };
  return {
    choices: story.currentChoices.map((c) => `${c.text}→${String(c.targetPath)}`),
    globals: JSON.stringify([...story.variablesState._globalVariables].map(([k, v]) => [k, String(v)])),
    visits: JSON.stringify([...state._visitCounts].sort()),
    turn: state.currentTurnIndex,
    errors,
    scene,
    ending,
    lastText,
  };
}

/** A reader's turn: Continue() line by line, reading each line's tags as the player does. */
function continueTurn(story: Story): Seen {
  const errors: string[] = [];
  story.onError = (message, type) => {
    if (Number(type) === 2) errors.push(message);
  };
  let scene: string | null = null;
  let ending: string | null = null;
  let lastText = '';
  while (story.canContinue && errors.length === 0) {
    const text = (story.Continue() ?? '').trim();
    if (text) lastText = text;
    const tags = story.currentTags ?? [];
    scene = findTag(tags, 'scene')?.title ?? scene;
    const id = findTag(tags, 'ending')?.id;
    if (id) ending = `${id}: ${findTag(tags, 'ending_title')?.title ?? id}`;
  }
  return observe(story, errors, scene, ending, lastText);
}

function toolTurn(story: Story): Seen {
  story.onError = () => {};
  const turn = runTurn(story, 200_000);
  const ending = turn.ending ? `${turn.ending.id}: ${turn.ending.title}` : null;
  return observe(story, turn.errors, turn.scene, ending, turn.lastText);
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
      expect(toolTurn(tool)).toEqual(expected);
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

describe('a tool turn, played in one pass', () => {
  it('ends every turn of the flagship where Continue does, with the same scene, ending and last line', () => {
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
    runTurn(story, 200_000);
    story.ChooseChoiceIndex(0);
    const turn = runTurn(story, 5000);
    expect(turn.errors).toEqual(['no choice after 5000 ink steps: the story seems to loop without a choice']);
    expect(turn.lastText).toBe('Echo.');
  });
});
