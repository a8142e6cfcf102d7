/**
 * Builds an inkjs Story from compiled JSON text faster than inkjs's own reading.
 *
 * inkjs parses with a reviver so that a whole-number float written as `2.0`
 * stays a float instead of becoming the integer 2. A reviver makes JSON.parse
 * several times slower: for the flagship in Chromium, about 13 ms against 2 ms,
 * on the way to the first passage. Every number the reviver changes has a
 * digit, a point and a zero in its source, so text without "<digit>.0"
 * anywhere (in story prose too) parses to the very same object without one.
 * Any other text goes to inkjs unchanged.
 *
 * The player's sessions may also leave each knot as JSON until it is reached
 * (lazy-knots.ts), which takes most of the reading off the way to a first
 * passage; the tools read the whole story at once.
 */
import { Story } from 'inkjs';
import { storyWithLazyKnots } from './lazy-knots.ts';

/** The compiled story as inkjs should receive it: a plain parse where that is the same, else the text itself. */
export function readInkJson(text: string): string | Record<string, unknown> {
  return /\d\.0/.test(text) ? text : (JSON.parse(text) as Record<string, unknown>);
}

/**
 * A Story ready to play. An `EXTERNAL` function the host does not bind runs the ink function of the
 * same name, as inklecate's play mode and Inky do: stories written for them declare EXTERNALs with
 * ink fallbacks and expect those to run. One with neither still stops with ink's error (and
 * `npm run check` reports it before anyone plays).
 */
export function buildStory(json: string | Record<string, unknown>, { knotsWhenReached = false } = {}): Story {
  const read = typeof json === 'string' ? readInkJson(json) : json;
  // `knotsWhenReached` leaves each knot JSON until ink reaches it (lazy-knots.ts); text inkjs must read itself is read whole.
  const whole = (obj: Record<string, unknown>) => (knotsWhenReached ? storyWithLazyKnots(obj) : new Story(obj));
  const story = typeof read === 'string' ? new Story(read) : whole(read);
  story.allowExternalFunctionFallbacks = true;
  return story;
}
