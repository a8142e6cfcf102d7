/**
 * How inklecate writes a float into the story's text. ink's C# runtime holds
 * floats as single precision and prints them with .NET's general format: 7
 * significant digits, trailing zeros dropped, an exponent (`E+07`, `E-05`) once
 * the number is too large or too small for that. inkjs prints JavaScript's
 * shortest double instead (`{2.0/3}` gives 0.6666666666666666 where inklecate
 * gives 0.6666667), so the terminal player formats floats with this.
 */

const DIGITS = 7;

export function inkFloatText(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  if (value === 0) return '0';
  const single = Math.fround(value);
  const [mantissa = '0', exponentText = '0'] = single.toExponential(DIGITS - 1).split('e');
  const exponent = Number(exponentText);
  // .NET's "G" switches to scientific notation when the exponent is below -5 or reaches the precision.
  if (exponent < -5 || exponent >= DIGITS) {
    const digits = trimZeros(mantissa);
    const sign = exponent < 0 ? '-' : '+';
    return `${digits}E${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  return trimZeros(single.toFixed(Math.max(0, DIGITS - 1 - exponent)));
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
