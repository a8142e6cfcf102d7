/**
 * Revision numbers for stored saves, which cannot overflow. A revision runs
 * 1…MAX_REV and then wraps back to 1, and "newer" is decided the way TCP
 * orders sequence numbers (serial-number arithmetic, RFC 1982): b is newer
 * than a when it lies less than half the space ahead of it. So the write
 * after revision 2³¹−1 is revision 1, which the store's own reader accepts
 * and every tab still sees as newer. Two tabs never drift half the space
 * (a billion writes) apart.
 */
import { MAX_REV } from './save-envelope';

const HALF = Math.floor(MAX_REV / 2);

/** The revision after `rev`: one more, or 1 after the largest. */
export function nextRevision(rev: number): number {
  return rev >= MAX_REV || rev < 0 ? 1 : rev + 1;
}

/** Whether `b` is newer than `a`. */
export function isNewer(b: number, a: number): boolean {
  const ahead = (((b - a) % MAX_REV) + MAX_REV) % MAX_REV;
  return ahead > 0 && ahead <= HALF;
}

/** The newer of two revisions (either may be missing). */
export function newest(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return isNewer(b, a) ? b : a;
}
