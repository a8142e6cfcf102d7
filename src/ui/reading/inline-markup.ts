/**
 * The little HTML that Inky's web export renders in story text, made safe:
 * `<b> <strong> <i> <em> <u> <s> <br>` and `<span class="…">` (with their
 * closing tags) become real elements, built through the DOM; anything else
 * (other tags, other attributes, a tag written any other way) stays literal
 * text. Span classes are namespaced (`ink-…`), as CLASS tags are, so a story
 * can style its own words without reaching the player's own classes.
 */

import { ALLOWED_CLASSES } from '../../engine/ink/tags';

type Parent = HTMLElement | DocumentFragment;

const ELEMENTS = new Set(['b', 'strong', 'i', 'em', 'u', 's', 'br', 'span']);
/** An allowed tag exactly: a name, and for an opening span only an optional `class="…"`. */
const TAG = /<(\/?)([a-z]+)(?:\s+class\s*=\s*"([^"<>]*)")?\s*(\/?)>/gi;
const CLASS_NAME = /^-?[A-Za-z_][\w-]*$/;

/** The story's own class name, kept apart from the player's. */
export function storyClass(name: string): string {
  return `ink-${name}`;
}

/** A CLASS tag's class on its paragraph: the player's built-in styles as `is-…`, any other as the story's own. */
export function paragraphClass(name: string): string {
  return (ALLOWED_CLASSES as readonly string[]).includes(name) ? `is-${name}` : storyClass(name);
}

/** `text` as nodes: the allowed tags as elements, everything else as text. */
export function inlineMarkup(text: string): (Node | string)[] {
  // Most lines have no markup: hand back the string, which the DOM builder makes a text node.
  if (!text.includes('<')) return [text];
  const root = document.createDocumentFragment();
  const open: { name: string; el: Parent }[] = [{ name: '', el: root }];
  const top = (): Parent => open[open.length - 1]?.el ?? root;
  let last = 0;
  for (const m of text.matchAll(TAG)) {
    const [whole, closing, rawName = '', classes, selfClosing] = m;
    const name = rawName.toLowerCase();
    const at = m.index ?? 0;
    const literal = () => top().append(whole);
    if (at > last) top().append(text.slice(last, at));
    last = at + whole.length;
    if (!ELEMENTS.has(name) || (classes !== undefined && (name !== 'span' || closing))) literal();
    else if (closing) {
      // A closing tag closes its element and any left open inside it; one that matches nothing is text.
      const depth = open.map((o) => o.name).lastIndexOf(name);
      if (depth > 0) open.length = depth;
      else literal();
    } else if (name === 'br') top().append(document.createElement('br'));
    else if (selfClosing) literal();
    else {
      const el = document.createElement(name);
      const names = (classes ?? '').split(/\s+/).filter((c) => CLASS_NAME.test(c));
      if (names.length > 0) el.className = names.map(storyClass).join(' ');
      top().append(el);
      open.push({ name, el });
    }
  }
  if (last < text.length) top().append(text.slice(last));
  return [...root.childNodes];
}
