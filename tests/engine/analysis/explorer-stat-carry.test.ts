/**
 * The explorer leaves stats out of a state's identity once no future touches
 * them, and carries the values of the merged states on to the endings. That
 * the reports come out as with every global kept is held, fixture by fixture
 * and on the flagship, in story-liveness.test.ts; here, the carry on its own,
 * and what the merging buys the flagship.
 */
import { describe, expect, it } from 'vitest';
import { REPORT_MAX_STATES, storyReport } from '../../../src/authoring/story-report';
import { createStatCarry } from '../../../src/engine/analysis/explore-stat-carry';
import { compileFlagship } from '../../story/flagship-support';

describe('the stat carry', () => {
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

describe('the flagship, explored with the stats carried', () => {
  it("is explored completely within the build-time report's state cap, so the story map shows all of it", () => {
    // The cap is storyReport's default; the report is cached, so this costs one exploration at most. Its time
    // budget is lifted: the question is the state cap, and a loaded machine must not change the answer.
    expect(storyReport(compileFlagship(), REPORT_MAX_STATES, Number.POSITIVE_INFINITY).complete).toBe(true);
  });
});
