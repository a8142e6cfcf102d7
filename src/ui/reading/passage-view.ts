/**
 * The page of story text. Paragraphs are keyed by id, so an update appends
 * only what is new (with a short fade) and keeps the earlier text of the scene
 * readable above; a CLEAR empties it. The reveal (reveal.ts) fades them in.
 *
 * Two quiet marks go before new text: the choice just made, echoed as a
 * divider (so the new text reads as its answer), and a heading where a
 * paragraph begins a scene. Each mark is keyed to the paragraph it precedes
 * and leaves the page with it. The echo is drawn through the same inline
 * markup as the choice's button, so it reads as the button did.
 *
 * The passage is its own polite live region (additions only): each new
 * paragraph is announced once, as it is added, and no hidden copy of the
 * text sits in the page to be read a second time.
 */
import { findTag } from '../../engine/ink/tags';
import type { ShownParagraph } from '../../engine/play/page';
import { h } from '../dom';
import { inlineMarkup, paragraphClass } from './inline-markup';
import { storyImages } from './story-image';

export interface PassageView {
  el: HTMLElement;
  /**
   * Draws the page; returns the paragraphs that are new, still hidden for the reveal.
   * `echo` is the text of the choice that led to the new paragraphs, when a choice did.
   */
  render(page: readonly ShownParagraph[], echo?: string | null): HTMLElement[];
}

/** `announce`, when given, is told each new text to speak in a live region of its own (the studio's preview does). */
export function createPassageView(announce?: (text: string) => void): PassageView {
  const speaks = announce ? {} : { 'aria-live': 'polite', 'aria-relevant': 'additions' };
  const el = h('section', { class: 'passage', 'aria-label': 'Story', ...speaks });
  let shown = new Map<number, HTMLElement>();
  /** Echoes and scene headings, by the id of the paragraph they stand before. */
  let marks = new Map<number, HTMLElement[]>();
  let scroll = 0;

  return {
    el,
    render(page, echo = null) {
      const keep = new Set(page.map((p) => p.id));
      for (const [id, node] of shown) if (!keep.has(id)) node.remove();
      for (const [id, nodes] of marks) if (!keep.has(id)) for (const n of nodes) n.remove();
      shown = new Map([...shown].filter(([id]) => keep.has(id)));
      marks = new Map([...marks].filter(([id]) => keep.has(id)));
      const fresh: HTMLElement[] = [];
      let echoed: HTMLElement | null = null;
      for (const p of page) {
        if (shown.has(p.id)) continue;
        const before: HTMLElement[] = [];
        if (fresh.length === 0 && echo) {
          echoed = h('p', { class: 'echo' }, h('span', { class: 'visually-hidden' }, 'You chose: '), h('span', { class: 'echo-text' }, ...inlineMarkup(echo)));
          before.push(echoed);
        }
        // A file the build would have refused reaches the page only where no build checked it: the dev
        // server, and the studio (whose preview warns for itself). The production player never carries this.
        if (import.meta.env.DEV) void import('./asset-warnings').then(({ warnRefusedFiles }) => warnRefusedFiles(p.tags));
        const scene = findTag(p.tags, 'scene');
        if (scene) before.push(h('h2', { class: 'scene-heading fresh' }, scene.title));
        if (before.length) {
          el.append(...before);
          marks.set(p.id, before);
        }
        const node = h('p', { class: ['para', 'fresh', ...p.classes.map(paragraphClass)].join(' ') }, ...inlineMarkup(p.text), ...storyImages(p.tags));
        el.append(node);
        shown.set(p.id, node);
        fresh.push(...before.filter((b) => b.classList.contains('fresh')), node);
      }
      if (fresh.length === 0) return fresh;
      announce?.(
        fresh
          .filter((n) => n.classList.contains('para'))
          .map((n) => n.textContent ?? '')
          .join(' '),
      );
      // Scrolling now would force a layout in the middle of the choice's work, and the choices
      // drawn after it would invalidate that layout; on the next frame it costs the one layout the
      // frame makes anyway. Only the latest render's first new paragraph (or its echo) is scrolled to.
      const first = echoed ?? fresh[0];
      cancelAnimationFrame(scroll);
      scroll = requestAnimationFrame(() => {
        // A fresh page (a new game, a CLEAR) starts at the top of the window, under the header.
        if (first === el.firstElementChild) scrollTo({ top: 0, behavior: 'instant' });
        else if (first?.isConnected) first.scrollIntoView({ block: 'start', behavior: 'auto' });
      });
      return fresh;
    },
  };
}
