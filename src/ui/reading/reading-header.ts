/**
 * The top of the reading screen: the story's title (the screen's h1), the
 * scene's name and the tools, with the stats strip under them. The whole block
 * sticks to the top of the window while the reader scrolls, so the tools and
 * the stats stay in reach; its height becomes the page's scroll padding, so
 * new text is never scrolled under it.
 *
 * On a phone the tools fold behind one Menu button, so the header is a line
 * of names and a line of stats even at the largest text size (at most 15% of
 * a 360×640 window); the menu folds again once a tool is pressed or the
 * reader moves on.
 */
import { actionButton, h } from '../dom';

export interface Tool {
  id: string;
  label: string;
  action(): void;
}

export interface ReadingHeader {
  el: HTMLElement;
  setScene(name: string | null): void;
  /** Folds the phone's menu of tools away. */
  fold(): void;
}

export function createReadingHeader(title: string, tools: readonly Tool[], strip: HTMLElement): ReadingHeader {
  const scene = h('p', { class: 'scene-title' });
  const setOpen = (open: boolean) => {
    el.classList.toggle('tools-open', open);
    menu.setAttribute('aria-expanded', String(open));
  };
  const buttons = tools.map((t) =>
    actionButton(
      t.label,
      () => {
        setOpen(false);
        t.action();
      },
      { class: 'quiet tool', id: t.id },
    ),
  );
  const menu = actionButton('Menu', () => setOpen(!el.classList.contains('tools-open')), {
    class: 'quiet tools-toggle',
    'aria-expanded': 'false',
    'aria-controls': 'game-tools',
  });
  const el = h(
    'div',
    { class: 'reading-top' },
    h(
      'header',
      { class: 'bar' },
      h('div', { class: 'bar-names' }, h('h1', { class: 'story-name' }, title), scene),
      menu,
      h('nav', { class: 'tools', id: 'game-tools', 'aria-label': 'Game' }, ...buttons),
    ),
    strip,
  );
  if (typeof ResizeObserver === 'function') {
    // Observed, not measured on each render: reading a height would force a layout in the middle of a choice.
    // Set as the root's own scroll padding, not as a custom property: a custom property on the root is inherited,
    // and changing it restyled the whole page a second time in the frame that paints the first passage.
    let padding = '';
    new ResizeObserver((entries) => {
      const height = entries[0]?.borderBoxSize[0]?.blockSize ?? el.offsetHeight;
      const next = `${Math.ceil(height) + 8}px`;
      if (next === padding) return;
      padding = next;
      document.documentElement.style.scrollPaddingTop = next;
    }).observe(el);
  }
  return {
    el,
    fold: () => setOpen(false),
    setScene(name) {
      const text = name ?? '';
      if (scene.textContent !== text) scene.textContent = text;
    },
  };
}
