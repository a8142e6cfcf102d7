import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { compileFixture } from '../support/fixtures';

describe('compiled JSON and whole-number floats', () => {
  it('keeps 2.0 a float, so dividing by it gives what inklecate gives', () => {
    const json = compileFixture('conformance/numbers.ink');
    expect(json).toContain('1.0');
    expect(new Story(json).ContinueMaximally()).toBe('0.6666666666666666 0.3333333333333333 3 3.5 0.30000000000000004 0.25\n');
  });
});
