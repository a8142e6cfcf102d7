/**
 * The project's pictures and sounds in the file panel: each with its size
 * and a button to remove it, the total against the 50 MB a project may hold,
 * and the button that picks more (dropping files or a folder works too).
 */
import { actionButton, h, setChildren } from '../ui/dom';
import type { Project } from './project';
import { assetBytes, formatSize } from './project-assets';

export interface AssetActions {
  /** Asks for pictures and sounds to add (a file picker). */
  addAssets(): void;
  removeAsset(name: string): void;
}

export function createAssetList(actions: AssetActions): { el: HTMLElement; render(project: Project): void } {
  const list = h('ul', { class: 'asset-list' });
  const total = h('p', { class: 'word-count' });
  const el = h(
    'div',
    { class: 'assets' },
    h('h2', {}, 'Pictures and sounds'),
    list,
    total,
    actionButton('Add pictures or sounds…', () => actions.addAssets(), { id: 'add-assets' }),
  );
  return {
    el,
    render(p) {
      const names = Object.keys(p.assets).sort();
      setChildren(
        list,
        ...names.map((name) =>
          h(
            'li',
            {},
            h('span', { class: 'asset-name', title: name }, name),
            h('span', { class: 'asset-size' }, formatSize(p.assets[name]?.byteLength ?? 0)),
            actionButton('×', () => actions.removeAsset(name), { class: 'asset-remove', 'aria-label': `Remove ${name}` }),
          ),
        ),
      );
      total.textContent = names.length
        ? `${formatSize(assetBytes(p))} of 50 MB`
        : 'None yet. Pick files or drop them (or a folder) on the studio: PNG, JPEG, WebP, SVG, MP3, OGG or WebM, up to 10 MB each.';
    },
  };
}
