/**
 * The explorer leaves stats out of a state's identity once no future touches
 * them, and carries the values of the merged states to the endings instead.
 * These tests hold it to the walk that kept every stat in the key: the same
 * endings, the same stat range at each, the same coverage, with fewer states.
 */
import { describe, expect, it } from 'vitest';
import type { ExploreReport } from '../../src/engine/explore-report';
import { createStatCarry } from '../../src/engine/explore-stat-carry';
import { exploreStory } from '../../src/engine/explorer';
import { compileFlagship } from '../story/flagship-support';
import { compileFixture, compileGenerated } from '../support/fixtures';

/** What the report says about endings and coverage, in a form two walks can be compared by. */
function outcome(report: ExploreReport) {
  return {
    endings: Object.fromEntries(report.endings.map((e) => [e.id, e.stats])),
    unreachedEndings: report.unreachedEndings.map((e) => e.id).sort(),
    choices: report.coverage.choices.reached,
    flows: report.coverage.flows.reached,
    deadEnds: report.deadEnds.length,
    errors: report.errors.length,
    complete: report.limits.complete,
  };
}

function compare(json: string) {
  const carried = exploreStory(json);
  const kept = exploreStory(json, { statsInKey: true });
  return { carried, kept };
}

describe('stat ranges carried past merged states', () => {
  it('match the walk that kept every stat, on the flagship, with about half the states', () => {
    const { carried, kept } = compare(compileFlagship());
    expect(outcome(carried)).toEqual(outcome(kept));
    expect(carried.limits.complete).toBe(true);
    expect(carried.limits.states).toBeLessThan(kept.limits.states * 0.6);
  });

  it('match it on a generated story whose stats gate choices in every knot', () => {
    const { carried, kept } = compare(compileGenerated({ knots: 9, endings: 3 }));
    expect(outcome(carried)).toEqual(outcome(kept));
    expect(carried.limits.complete).toBe(true);
  });

  it('match it on the fixture stories with stats', () => {
    for (const name of ['explorer/multi/main.ink', 'explorer/sensitive.ink', 'stats.ink', 'liveness/stat-kept.ink']) {
      const { carried, kept } = compare(compileFixture(name));
      expect(outcome(carried), name).toEqual(outcome(kept));
    }
  });
});

describe('the stat carry on its own', () => {
  it('widens an ending by every value that reached a state where the stat was dead, through a loop', () => {
    const carry = createStatCarry(1);
    const start = carry.addState([false]);
    const hub = carry.addState([true]);
    const side = carry.addState([true]);
    carry.reachState(start, null, [50]);
    carry.reachState(hub, start, [40]); // live at the start: the value read is the value
    carry.reachState(side, hub, [40]); // dead at the hub: side takes whatever the hub ever holds
    carry.reachState(hub, side, [40]); // and the loop back changes nothing
    carry.reachEnding('done', side, [40]);
    carry.reachState(hub, start, [90]); // a second way into the hub, found after the ending
    expect(carry.endingRanges().get('done')).toEqual([{ min: 40, max: 90 }]);
  });

  it('leaves a stat that is live where the ending is reached to the value read there', () => {
    const carry = createStatCarry(2);
    const state = carry.addState([false, true]);
    carry.reachState(state, null, [10, 1]);
    carry.reachState(state, null, [10, 7]);
    carry.reachEnding('end', state, [15, 1]);
    expect(carry.endingRanges().get('end')).toEqual([
      { min: 15, max: 15 },
      { min: 1, max: 7 },
    ]);
  });
});
