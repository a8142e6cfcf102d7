import { describe, expect, it } from 'vitest';
import { statSensitivity } from '../../../src/engine/analysis/explorer';
import { compileFixture } from '../../support/fixtures';

describe('which branch points a stat decides', () => {
  const story = compileFixture('explorer/sensitive.ink');

  it('tries the declared range: min+10 against max-10', () => {
    const result = statSensitivity(story, 'nerve');
    expect(result).toMatchObject({ variable: 'nerve', low: 10, high: 90 });
  });

  it('finds the three choice points where nerve changes where a choice leads', () => {
    const result = statSensitivity(story, 'nerve');
    expect(result.choicePoints.sort()).toEqual(['gate.0', 'wall.0', 'yard.0']);
    expect(result.branches.map((b) => b.text).sort()).toEqual(['Climb.', 'Cross openly.', 'Push the gate.']);
    const climb = result.branches.find((b) => b.text === 'Climb.');
    expect(climb).toMatchObject({ low: 'ending fall', high: 'ending top' });
  });

  it('counts a change in which choices are locked at the next point as a different destination', () => {
    const result = statSensitivity(story, 'aim');
    expect(result.choicePoints.length).toBeGreaterThanOrEqual(3);
    const signal = result.branches.find((b) => b.text === 'Signal.');
    expect(signal?.low).toContain('[locked] Aimed flare.');
    expect(signal?.high).not.toContain('[locked]');
  });

  it('finds nothing for a variable that only changes the text', () => {
    expect(statSensitivity(compileFixture('explorer/loop.ink'), 'laps', { maxStates: 40 }).branches).toEqual([]);
  });
});
