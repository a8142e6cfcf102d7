/**
 * `# BACKGROUND: art/dusk.png`: the story's own picture as a full-page
 * backdrop behind the reading column, as inky's web export shows one. A scrim
 * in the theme's page colour lies between the picture and the text, so the
 * text keeps its contrast in every theme (styles.css, at the end). The picture's
 * URL comes from the build's map (virtual:story-assets) and is set through the
 * CSSOM: the page's Content-Security-Policy refuses style attributes. A path
 * the build did not ship is left out with one warning. Loaded the first time
 * a story names such a picture, so other stories never pay for it.
 */
import urls from 'virtual:story-assets';
import { warnNotShipped } from './asset-warnings';

let layer: HTMLElement | null = null;

/** Shows the picture at `path` (relative to the story) behind the page, or none when null. */
export function showBackdrop(path: string | null, known: Readonly<Record<string, string>> = urls): void {
  const url = path !== null && Object.hasOwn(known, path) ? known[path] : undefined;
  if (path !== null && url === undefined) warnNotShipped('background picture', path);
  document.body.classList.toggle('has-backdrop-image', url !== undefined);
  if (url === undefined) {
    layer?.remove();
    layer = null;
    return;
  }
  if (!layer) {
    layer = document.createElement('div');
    layer.className = 'backdrop-image';
    layer.setAttribute('aria-hidden', 'true');
    document.body.prepend(layer);
  }
  // JSON quoting keeps a path with quotes or brackets inside the url() (the build only ships plain paths anyway).
  layer.style.backgroundImage = `url(${JSON.stringify(url)})`;
}
