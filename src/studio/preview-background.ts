/**
 * `# BACKGROUND: art/dusk.png` in the preview: the project's own picture
 * behind the preview's text, under a veil of the page's colour so the text
 * keeps its contrast (studio.css). A named backdrop (`# BACKGROUND: forest`)
 * or `none` clears it: the studio draws no scene art.
 */
import { parseTag } from '../engine/ink/tags';
import type { PreviewAssets } from './preview-assets';

export interface PreviewBackground {
  /** Follows the BACKGROUND tags among `tags`, in order, from the picture shown so far. */
  show(tags: readonly string[]): void;
  clear(): void;
}

export function createPreviewBackground(page: HTMLElement, assets: Pick<PreviewAssets, 'url'>): PreviewBackground {
  let path: string | null = null;
  const draw = () => {
    const url = path === null ? undefined : assets.url(path);
    page.classList.toggle('has-picture', url !== undefined);
    // Through the CSSOM, with the URL quoted: a path with brackets or quotes stays inside url().
    page.style.backgroundImage = url ? `linear-gradient(var(--veil), var(--veil)), url(${JSON.stringify(url)})` : '';
  };
  return {
    show(tags) {
      for (const raw of tags) {
        const tag = parseTag(raw);
        if (tag.kind === 'background_image') path = tag.path;
        else if (tag.kind === 'background') path = null;
      }
      draw();
    },
    clear() {
      path = null;
      draw();
    },
  };
}
