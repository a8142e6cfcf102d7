/**
 * The words a story gives its stats. A `# stat:` declaration may go on after
 * its label with two parts, each after a ` / ` (a slash between spaces: ink
 * ends a tag at a `|`): a sentence saying what the stat means in this story,
 * and the words for its value from low to high:
 *
 *   # stat: nerve 0 100 Nerve / How steady Kee stays under fire. / shaken <30, wary <45, steady <70, fearless
 *
 * A word may give its band's upper edge (`wary <45`: values below 45 that no
 * earlier word took), so the words change where the story's own checks do.
 * Words without edges split the range evenly, as they always have; a word
 * left without an edge among words that have one gets its even-split edge.
 * A declaration without words reads as before (the label is all there is), so
 * older stories keep working, and another story brings its own words.
 */

export interface StatWords {
  label: string;
  /** What the stat means in this story, '' when the story does not say. */
  about: string;
  /** Words for the value, lowest first; empty when the story gives none. */
  words: string[];
  /** Each word's upper edge as written (`<45`), null where the word gives none; same length as `words`. */
  edges: Array<number | null>;
}

/** One word of the list: `wary` or `wary <45`. */
const WORD = /^(.*?)\s*(?:<\s*(-?\d+(?:\.\d+)?))?$/;

/** Splits the text after a declaration's min and max into its label, sentence and words. */
export function splitStatLabel(text: string): StatWords {
  const [label = '', about = '', list = ''] = text.split(/\s+\/\s+/).map((part) => part.trim());
  const words: string[] = [];
  const edges: Array<number | null> = [];
  for (const item of list.split(',')) {
    const [, word = '', edge] = WORD.exec(item.trim()) ?? [];
    if (!word) continue;
    words.push(word);
    edges.push(edge === undefined ? null : Number(edge));
  }
  return { label, about, words, edges };
}

/**
 * The edges between bands, one fewer than the words, for a stat from `min` to
 * `max`: the edges the story wrote, and the even split where it wrote none.
 * Null when the story wrote no edge at all (the even split is then the rule).
 */
export function statBands(min: number, max: number, edges: ReadonlyArray<number | null>): number[] | null {
  if (!edges.some((e) => e !== null)) return null;
  const n = edges.length;
  return edges.slice(0, n - 1).map((e, i) => e ?? min + ((i + 1) * (max - min)) / n);
}

interface StatScale {
  min: number;
  max: number;
  words?: readonly string[] | undefined;
  /** Upper edges of every band but the last (statBands); absent for an even split. */
  edges?: readonly number[] | undefined;
}

/** The word for `value`: the first band whose edge is above it, or the range cut into equal bands when the story gave no edges. */
export function statWord(def: StatScale, value: number): string | null {
  const words = def.words ?? [];
  if (words.length === 0) return null;
  if (def.edges && def.edges.length === words.length - 1) {
    const band = def.edges.findIndex((edge) => value < edge);
    return words[band < 0 ? words.length - 1 : band] ?? null;
  }
  const share = (value - def.min) / (def.max - def.min);
  const band = Math.min(words.length - 1, Math.max(0, Math.floor(share * words.length)));
  return words[band] ?? null;
}
