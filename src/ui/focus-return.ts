/**
 * Where the reader lands when a side screen closes: at the same scroll
 * position (unless the story moved meanwhile, as a rewind does), and with
 * focus on the control that opened the screen. A control of the header (a
 * tool, "What these mean") is not given focus back: Space or Enter pressed
 * later would press it again, so the story itself takes focus (the list of
 * choices, else the passage). Without an opener
 * (or when it is gone), the screen's usual opener, then the page's h1, so
 * focus never falls to <body>.
 */
import type { Place } from './screen-door';

export function returnPlace(root: HTMLElement, place: Place | null, usualOpener: string, storyMoved: boolean): void {
  const byId = (id: string | null | undefined) => (id ? root.querySelector<HTMLElement>(`#${CSS.escape(id)}`) : null);
  if (place && !storyMoved) scrollTo({ top: place.scrollY, behavior: 'instant' });
  const opener = byId(place?.focusId) ?? byId(usualOpener);
  const target = opener?.closest('.reading-top') ? storyFocus(root) : (opener ?? root.querySelector<HTMLElement>('h1'));
  if (!target) return;
  if (!target.matches('button, a, input, select, textarea') && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: !storyMoved || isOnScreen(target) });
}

/**
 * The story's own place for focus: the list of choices when they are shown (one Tab before choice 1, so a
 * Space or Enter takes no choice the reader did not move to; choices-view.ts), else the passage.
 */
function storyFocus(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>('.reading .choices:not([hidden])') ?? root.querySelector<HTMLElement>('.reading .passage');
}

function isOnScreen(el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight;
}
