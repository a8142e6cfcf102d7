/**
 * Writes a compiled story's JSON with its whole-number floats kept as floats.
 * inkjs's compiler writes JSON through `JSON.stringify`, which turns the float
 * `2.0` into `2`, and the runtime then reads an integer: `{2.0 / 3}` prints 0
 * where inklecate (and ink's own semantics) print 0.6666666666666666, and
 * `VAR x = 2.0` becomes an integer variable. This writes the story the way
 * inklecate does: every whole float in the runtime tree is handed to the
 * writer as a marked value, and the marks become `2.0` in the text (and
 * `-2.0` a float negated, which every ink runtime reads as a float).
 */

interface RuntimeValue {
  valueType?: number;
  value?: unknown;
  content?: unknown[];
  namedContent?: Map<string, unknown>;
}

interface RuntimeStory {
  mainContentContainer: unknown;
  /** inkjs types it `string | void`: the text when no writer is passed. */
  ToJson(): unknown;
}

// ink's ValueType.Float.
const FLOAT = 1;
// A NUL in the mark keeps it from meeting any text an author could have written in a string.
const MARK = '\u0000ink-float\u0000';
const MARKED = /"\\u0000ink-float\\u0000(-?\d+)"/g;

class WholeFloat {
  constructor(readonly n: number) {}
  valueOf(): number {
    return this.n;
  }
  toJSON(): string {
    return `${MARK}${this.n}`;
  }
}

/**
 * A whole float as JSON. A negative one is written as a little container that pushes the positive
 * float and negates it: inkjs cannot read `-2.0` as a float (its pattern for `2.0` has no minus, and
 * where JSON.parse gives it the source, as in Chromium, it makes `"-2.0f"` of it and then fails to
 * load the story at all). One item stands for one item, so no path into the story moves; the `nop`
 * first keeps the float from opening the array, which Node 20's reading of inkjs would miss.
 */
function wholeFloatJson(n: number): string {
  return n < 0 ? `["nop",${-n}.0,"_",null]` : `${n}.0`;
}

/** A JSON string (left alone) or a negative whole-number float that is no part of a longer number. */
const NEGATIVE_WHOLE = /"(?:[^"\\]|\\.)*"|(?<![\w.])-(\d+)\.0+(?![\w.])/g;

/** Compiled JSON from elsewhere (inklecate writes `-2.0`) with its negative whole floats written as this compiler writes them. */
export function readableNegativeFloats(json: string): string {
  return json.replace(NEGATIVE_WHOLE, (token, n?: string) => (n === undefined ? token : wholeFloatJson(-Number(n))));
}

export function storyJsonKeepingFloats(story: RuntimeStory): string | null {
  const floats: RuntimeValue[] = [];
  const seen = new Set<unknown>();
  const walk = (object: unknown): void => {
    if (object === null || typeof object !== 'object' || seen.has(object)) return;
    seen.add(object);
    const value = object as RuntimeValue;
    // Only those JSON writes as plain digits: 1e21 is written with an exponent, which inkjs reads as a float anyway.
    if (value.valueType === FLOAT && typeof value.value === 'number' && Number.isSafeInteger(value.value)) floats.push(value);
    for (const child of value.content ?? []) walk(child);
    for (const child of value.namedContent?.values() ?? []) walk(child);
  };
  walk(story.mainContentContainer);
  for (const f of floats) f.value = new WholeFloat(f.value as number);
  try {
    const json = story.ToJson();
    return typeof json === 'string' ? json.replace(MARKED, (_, n: string) => wholeFloatJson(Number(n))) : null;
  } finally {
    for (const f of floats) f.value = (f.value as WholeFloat).n;
  }
}
