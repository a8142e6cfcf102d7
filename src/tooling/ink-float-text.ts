/**
 * How inklecate writes a float into the story's text. ink's C# runtime holds
 * floats in single precision and writes them with .NET's `float.ToString()`:
 * the fewest digits that read back as the same single-precision number
 * (`{2.0/3}` is 0.6666667, `{7/3.0}` is 2.3333333), and an exponent (`1E+08`,
 * `1E-05`) once the number is too large or too small for plain digits. inkjs
 * prints JavaScript's shortest double instead (0.6666666666666666), so the
 * terminal player formats floats with this; ink-proof's transcripts (I026,
 * I121, I133) hold inklecate's text.
 */

/** .NET's precision for a float's general format: the point where a whole number turns to an exponent. */
const SINGLE_PRECISION = 7;
/** A float needs at most 9 significant digits to read back exactly. */
const MAX_DIGITS = 9;

export function inkFloatText(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  const single = Math.fround(value);
  const { digits, exponent } = shortestDigits(Math.abs(single));
  const sign = single < 0 ? '-' : '';
  // .NET's general format: plain digits while the point sits within max(digits, 7) places, and from 0.0001 up.
  const scale = exponent + 1;
  if (scale > Math.max(digits.length, SINGLE_PRECISION) || scale < -3) {
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}E${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, scale).padEnd(scale, '0');
  const fraction = digits.slice(scale);
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** The fewest significant digits (no trailing zeros) that read back as this single-precision number, and its power of ten. */
function shortestDigits(single: number): { digits: string; exponent: number } {
  let text = single.toExponential(MAX_DIGITS - 1);
  for (let precision = 1; precision < MAX_DIGITS; precision++) {
    const candidate = single.toExponential(precision - 1);
    if (Math.fround(Number(candidate)) === single) {
      text = candidate;
      break;
    }
  }
  const [mantissa = '0', exponentText = '0'] = text.split('e');
  return { digits: mantissa.replace('.', '').replace(/0+$/, '') || '0', exponent: Number(exponentText) };
}
