/**
 * The words a story gives its stats. A `# stat:` declaration may go on after
 * its label with two parts, each after a ` / ` (a slash between spaces: ink
 * ends a tag at a `|`): a sentence saying what the stat means in this story,
 * and the words for its value from low to high, split evenly over the stat's
 * range:
 *
 *   # stat: nerve 0 100 Nerve / How steady Kee stays under fire. / shaken, wary, steady, fearless
 *
 * A declaration without them reads as before (the label is all there is), so
 * older stories keep working, and another story brings its own words.
 */

export interface StatWords {
  label: string;
  /** What the stat means in this story, '' when the story does not say. */
  about: string;
  /** Words for the value, lowest first; empty when the story gives none. */
  words: string[];
}

/** Splits the text after a declaration's min and max into its label, sentence and words. */
export function splitStatLabel(text: string): StatWords {
  const [label = '', about = '', words = ''] = text.split(/\s+\/\s+/).map((part) => part.trim());
  return {
    label,
    about,
    words: words
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean),
  };
}

/** The word for `value` on a stat from `min` to `max`: the range is cut into as many equal bands as there are words. */
export function statWord(def: { min: number; max: number; words?: readonly string[] | undefined }, value: number): string | null {
  const words = def.words ?? [];
  if (words.length === 0) return null;
  const share = (value - def.min) / (def.max - def.min);
  const band = Math.min(words.length - 1, Math.max(0, Math.floor(share * words.length)));
  return words[band] ?? null;
}
