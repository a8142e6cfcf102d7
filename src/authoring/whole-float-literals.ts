/**
 * Builds a Story in which every whole-number float of the compiled JSON
 * (`2.0`, `-2.0`) is a float, as inklecate reads it. inkjs cannot: JSON.parse
 * makes `2.0` the number 2, and inkjs's two ways around that both miss a minus
 * sign (its pattern for `123.0` has no `-`, and its reader of explicit floats
 * wants `123.0f`, never `-123.0f`), and on Node 20 the first also misses a
 * float that opens an array. So `VAR debt = -2.0` was the integer -2 and
 * `{debt / 4}` printed 0 instead of -0.5.
 *
 * Each such number is written as a marked string, which inkjs keeps as a
 * string value at the float's place in its container; the marked values are
 * then swapped for float values in the same place, so no path into the story
 * moves, and the global variables are set again from the corrected values.
 */
import type { Story } from 'inkjs';
import { buildStory } from '../engine/ink/ink-json';

/** A JSON string (left alone) or a whole-number float that is no part of a longer number. */
const TOKEN = /"(?:[^"\\]|\\.)*"|(?<![\w.])-?\d+\.0+(?![\w.])/g;
// A NUL keeps the mark from meeting any text an author wrote; the `^` makes inkjs read it as text.
const MARK = '\u0000whole-float:';

interface RuntimeObject {
  parent?: unknown;
  value?: unknown;
  content?: RuntimeObject[];
  namedContent?: Map<string, RuntimeObject>;
}

/** The story, with its whole-number floats read as floats. */
export function buildStoryKeepingFloats(json: string): Story {
  let marked = 0;
  const text = json.replace(TOKEN, (token) => {
    if (token.startsWith('"')) return token;
    marked++;
    return JSON.stringify(`^${MARK}${token}`);
  });
  const story = buildStory(text);
  if (marked === 0) return story;
  unmark(story);
  // The constructor already ran the global declarations with the marks in them: run them again.
  story.ResetState();
  return story;
}

function unmark(story: Story): void {
  const FloatValue = floatClass();
  const seen = new Set<RuntimeObject>();
  const walk = (container: RuntimeObject): void => {
    if (seen.has(container)) return;
    seen.add(container);
    const content = container.content ?? [];
    content.forEach((child, i) => {
      if (typeof child.value === 'string' && child.value.startsWith(MARK)) {
        const float = new FloatValue(Number(child.value.slice(MARK.length)));
        float.parent = container;
        content[i] = float;
      } else if (child.content) walk(child);
    });
    for (const child of container.namedContent?.values() ?? []) walk(child);
  };
  walk((story as unknown as { mainContentContainer: RuntimeObject }).mainContentContainer);
}

/** inkjs's FloatValue, which its bundle does not export: taken from a one-value story. */
function floatClass(): new (value: number) => RuntimeObject {
  const probe = buildStory({ inkVersion: 21, root: [1.5, 'done', null], listDefs: {} });
  const value = (probe as unknown as { mainContentContainer: RuntimeObject }).mainContentContainer.content?.[0];
  return value?.constructor as new (
    value: number,
  ) => RuntimeObject;
}
