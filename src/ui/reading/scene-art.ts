/**
 * The scene's illustration: a wide banner at the top of the reading column,
 * drawn from the generated landscapes in assets/art (one per backdrop and
 * theme). It follows the page by itself, watching the backdrop the story set
 * (`data-background` on <body>) and the theme (`data-theme` on <html>), and
 * cross-fades when either changes. It is loaded after the first passage is
 * on screen and the pictures are fetched only then, so the art never delays
 * the text. Decorative, so hidden from assistive tech; it sits above the text,
 * never behind it, so it cannot harm the text's contrast. A story's own
 * backdrop picture (`data-background-image`, from `BACKGROUND: art/x.png`)
 * is shown behind the page by backdrop-image.ts, under its scrim.
 */
import { showBackdrop } from './backdrop-image';

const PICTURES = import.meta.glob<string>('../../../assets/art/*.svg', { query: '?url', import: 'default', eager: true });

/** The picture for a backdrop in a theme, or null when there is none (a story's own backdrop name, say). */
export function pictureFor(background: string, theme: string): string | null {
  return PICTURES[`../../../assets/art/${background}-${theme}.svg`] ?? null;
}

export function mountSceneArt(slot: HTMLElement): void {
  let shown = '';
  const update = () => {
    const background = document.body.dataset.background ?? '';
    const url = background ? pictureFor(background, document.documentElement.dataset.theme ?? 'dark') : null;
    if ((url ?? '') === shown) return;
    shown = url ?? '';
    slot.classList.toggle('has-art', url !== null);
    if (!url) return slot.replaceChildren();
    const img = document.createElement('img');
    img.alt = '';
    img.decoding = 'async';
    img.className = 'art-layer';
    img.addEventListener('load', () => {
      // The new picture fades in over the old, which leaves once it is covered.
      requestAnimationFrame(() => img.classList.add('shown'));
      setTimeout(() => {
        for (const old of slot.querySelectorAll('img')) if (old !== img && img.isConnected) old.remove();
      }, 1500);
    });
    img.src = url;
    slot.append(img);
  };
  let backdrop = '';
  const updateBackdrop = () => {
    const path = document.body.dataset.backgroundImage ?? '';
    if (path === backdrop) return;
    backdrop = path;
    showBackdrop(path || null);
  };
  const watch = new MutationObserver(() => {
    update();
    updateBackdrop();
  });
  watch.observe(document.body, { attributes: true, attributeFilter: ['data-background', 'data-background-image'] });
  watch.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  update();
  updateBackdrop();
}
