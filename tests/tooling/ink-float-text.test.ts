import { describe, expect, it } from 'vitest';
import { inkFloatText } from '../../src/tooling/ink-float-text';

describe('floats written as inklecate writes them', () => {
  it('uses the fewest digits that read back as the same single-precision float, as ink-proof expects of 2.0 / 3 and 7 / 3.0', () => {
    expect(inkFloatText(2 / 3)).toBe('0.6666667');
    expect(inkFloatText(7 / 3)).toBe('2.3333333');
    expect(inkFloatText(1 / 3)).toBe('0.33333334');
    expect(inkFloatText(-2 / 3)).toBe('-0.6666667');
  });

  it('drops trailing zeros, so sums that miss by a hair read cleanly', () => {
    expect(inkFloatText(0.1 + 0.2)).toBe('0.3');
    expect(inkFloatText(3.5)).toBe('3.5');
    expect(inkFloatText(2)).toBe('2');
    expect(inkFloatText(0)).toBe('0');
  });

  it('switches to an exponent where .NET does: past max(digits, 7) places, and below 0.0001', () => {
    expect(inkFloatText(1234567)).toBe('1234567');
    expect(inkFloatText(12345678)).toBe('12345678');
    expect(inkFloatText(1e7)).toBe('1E+07');
    expect(inkFloatText(1e8)).toBe('1E+08');
    expect(inkFloatText(0.0001)).toBe('0.0001');
    expect(inkFloatText(0.00001)).toBe('1E-05');
    expect(inkFloatText(0.0000012)).toBe('1.2E-06');
  });

  it('names what is not a number', () => {
    expect(inkFloatText(Number.NaN)).toBe('NaN');
    expect(inkFloatText(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });
});
