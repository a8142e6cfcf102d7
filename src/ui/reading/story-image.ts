/**
 * `# IMAGE: art/gate.png` in the flow of text, as inky's web export shows it:
 * an image after its paragraph's words, its alt text from an `# ALT:` tag on
 * the same line or else the file name. Only files the build shipped (the map
 * from virtual:story-assets) are shown; a path that is not there is left out
 * with one warning, so the story plays on.
 */
import urls from 'virtual:story-assets';
import { altFromPath } from '../../engine/ink/asset-path';
import { parseTag } from '../../engine/ink/tags';

export function storyImages(tags: readonly string[], known: Readonly<Record<string, string>> = urls): HTMLImageElement[] {
  let alt: string | null = null;
  const paths: string[] = [];
  for (const raw of tags) {
    const tag = parseTag(raw);
    if (tag.kind === 'image') paths.push(tag.path);
    else if (tag.kind === 'alt') alt = tag.text;
  }
  const images: HTMLImageElement[] = [];
  for (const path of paths) {
    const src = Object.hasOwn(known, path) ? known[path] : undefined;
    if (src === undefined) {
      void import('./asset-warnings').then(({ warnNotShipped }) => warnNotShipped('image', path));
      continue;
    }
    const img = document.createElement('img');
    img.className = 'story-image';
    img.src = src;
    img.alt = alt ?? altFromPath(path);
    img.decoding = 'async';
    // Through the CSSOM: the page's CSP allows no inline style attributes.
    img.style.display = 'block';
    img.style.maxWidth = '100%';
    img.style.margin = '1em auto 0';
    images.push(img);
  }
  return images;
}
