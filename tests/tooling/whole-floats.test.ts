import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { compileFixture } from '../support/fixtures';

describe('compiled JSON and whole-number floats', () => {
  it('keeps 2.0 a float, so dividing by it gives a fraction as in inklecate', () => {
    const json = compileFixture('conformance/numbers.ink');
    expect(json).toContain('1.0');
    // Plain inkjs prints JavaScript's doubles; `npm run play` prints them as inklecate does (the conformance corpus).
    const [first] = new Story(json).ContinueMaximally().split('\n');
    expect(first).toBe('0.6666666666666666 0.3333333333333333 3 3.5 0.30000000000000004 0.25');
  });
});
