/**
 * The page of story text. Paragraphs are keyed by id, so an update appends
 * only what is new (with a short fade) and keeps the earlier text of the scene
 * readable above; a CLEAR empties it. The reveal (reveal.ts) fades them in. New text is also copied into a polite
 * live region so screen readers announce it once.
 */
import type { ShownParagraph } from '../engine/play/page';
import { h } from './dom';
import { inlineMarkup, paragraphClass } from './inline-markup';
import { storyImages } from './story-image';

export interface PassageView {
  el: HTMLElement;
  /** Draws the page; returns the paragraphs that are new, still hidden for the reveal. */
  render(page: readonly ShownParagraph[]): HTMLElement[];
}

export function createPassageView(announce: (text: string) => void): PassageView {
  const el = h('section', { class: 'passage', 'aria-label': 'Story' });
  let shown = new Map<number, HTMLElement>();
  let scroll = 0;

  return {
    el,
    render(page) {
      const keep = new Set(page.map((p) => p.id));
      for (const [id, node] of shown) if (!keep.has(id)) node.remove();
      shown = new Map([...shown].filter(([id]) => keep.has(id)));
      const fresh: HTMLElement[] = [];
      for (const p of page) {
        if (shown.has(p.id)) continue;
        const node = h('p', { class: ['para', 'fresh', ...p.classes.map(paragraphClass)].join(' ') }, ...inlineMarkup(p.text), ...storyImages(p.tags));
        el.append(node);
        shown.set(p.id, node);
        fresh.push(node);
      }
      if (fresh.length === 0) return fresh;
      announce(fresh.map((n) => n.textContent ?? '').join(' '));
      // Scrolling now would force a layout in the middle of the choice's work, and the choices
      // drawn after it would invalidate that layout; on the next frame it costs the one layout the
      // frame makes anyway. Only the latest render's first new paragraph is scrolled to.
      const first = fresh[0];
      cancelAnimationFrame(scroll);
      scroll = requestAnimationFrame(() => {
        if (first?.isConnected) first.scrollIntoView({ block: 'start', behavior: 'auto' });
      });
      return fresh;
    },
  };
}
