/**
 * The scene's illustration: a wide banner at the top of the reading column,
 * drawn from the generated landscapes in assets/art (one per backdrop, one per
 * scene of the flagship, each in every theme). It follows the page by itself,
 * watching the backdrop the story set (`data-background` on <body>), the
 * scene's name in the reading header and the theme (`data-theme` on <html>),
 * and cross-fades when any of them changes. A scene named in SCENE_PICTURES
 * shows its own picture while the backdrop is the one it is drawn for (the
 * cave party of Aftermath keeps the cave); any other scene, and any other
 * story, shows its backdrop's picture. It is loaded after the first passage is
 * on screen and the pictures are fetched only then, so the art never delays
 * the text. Decorative, so hidden from assistive tech; it sits above the text,
 * never behind it, so it cannot harm the text's contrast. A story's own
 * backdrop picture (`data-background-image`, from `BACKGROUND: art/x.png`)
 * is shown behind the page by backdrop-image.ts, under its scrim.
 */
import { showBackdrop } from './backdrop-image';

const PICTURES = import.meta.glob<string>('../../../assets/art/*.svg', { query: '?url', import: 'default', eager: true });

/**
 * The flagship's scenes and their own pictures, by the scene's `# scene:` name and the backdrop the picture
 * is drawn for. A table rather than a tag, so the story's prose lines carry no art names and another story
 * loses nothing; assets/art/generate.mjs draws the pictures.
 */
export const SCENE_PICTURES: readonly { scene: string; background: string; picture: string }[] = [
  { scene: 'The Ridge', background: 'ridge', picture: 'ridge' },
  { scene: 'The Wait', background: 'ridge', picture: 'wait' },
  { scene: 'The Guards', background: 'ridge', picture: 'guards' },
  { scene: 'The Old Words', background: 'ridge', picture: 'old-words' },
  { scene: 'First Shot', background: 'ridge', picture: 'first-shot' },
  { scene: 'Covering Ren', background: 'ridge', picture: 'covering' },
  { scene: 'Burn', background: 'ridge', picture: 'burn' },
  { scene: 'Comm Check', background: 'ridge', picture: 'comm' },
  { scene: 'Sent Back', background: 'ridge', picture: 'sent-back' },
  { scene: 'The Chase', background: 'forest', picture: 'chase' },
  { scene: 'The Chase', background: 'night', picture: 'split-rock' },
  { scene: 'Aftermath', background: 'smoke', picture: 'aftermath' },
  { scene: 'Scattered', background: 'night', picture: 'scattered' },
  { scene: 'The Answer', background: 'camp', picture: 'answer' },
  { scene: 'Marazh', background: 'camp', picture: 'marazh' },
];

/** The picture for a backdrop in a theme, or null when there is none (a story's own backdrop name, say). */
export function pictureFor(background: string, theme: string, scene = ''): string | null {
  return PICTURES[`../../../assets/art/${pictureName(background, scene)}-${theme}.svg`] ?? null;
}

/** Which picture a scene shows over a backdrop: its own, or else the backdrop's. */
export function pictureName(background: string, scene: string): string {
  return SCENE_PICTURES.find((p) => p.scene === scene && p.background === background)?.picture ?? background;
}

export function mountSceneArt(slot: HTMLElement): void {
  let shown = '';
  const update = () => {
    const background = document.body.dataset.background ?? '';
    const scene = document.querySelector('.scene-title')?.textContent ?? '';
    const url = background ? pictureFor(background, document.documentElement.dataset.theme ?? 'dark', scene) : null;
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
      // Only the pictures under it go: one that came after it (the reader moved on while it faded in) stays on top.
      setTimeout(() => {
        while (img.isConnected && img.previousElementSibling) img.previousElementSibling.remove();
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
  // The scene's name is the reading header's (reading-header.ts); it is there before the art is loaded.
  const sceneName = document.querySelector('.scene-title');
  if (sceneName) watch.observe(sceneName, { childList: true, characterData: true, subtree: true });
  update();
  updateBackdrop();
}
