/**
 * A menu button, as the ARIA authoring practices describe it: a button that
 * opens a list of actions (role menu, items role menuitem), Enter, Space or
 * the arrow keys open it on its first or last item, the arrows, Home and End
 * move through it, a letter jumps to the next item starting with it, Escape
 * closes it and focus returns to the button, Tab or a click outside closes it.
 */
import { h } from '../ui/dom';

export interface MenuItem {
  id: string;
  label: string;
  /** The keyboard shortcut shown beside the label (the action is bound elsewhere). */
  keys?: string;
  action(): void;
}

/** A line between groups of items. */
export const SEPARATOR = 'separator';

export function createMenuButton(id: string, label: string, items: readonly (MenuItem | typeof SEPARATOR)[]): HTMLElement {
  const button = h(
    'button',
    { type: 'button', id, class: 'menu-button', 'aria-haspopup': 'menu', 'aria-expanded': 'false', 'aria-controls': `${id}-menu` },
    label,
  );
  const menu = h('ul', { id: `${id}-menu`, class: 'menu', role: 'menu', 'aria-labelledby': id, hidden: true });
  const buttons: HTMLButtonElement[] = [];
  for (const item of items) {
    if (item === SEPARATOR) {
      menu.append(h('li', { role: 'separator', class: 'menu-separator' }));
      continue;
    }
    const b = h(
      'button',
      { type: 'button', id: item.id, role: 'menuitem', tabindex: -1 },
      h('span', { class: 'menu-label' }, item.label),
      item.keys ? h('kbd', { class: 'menu-keys' }, item.keys) : null,
    );
    b.addEventListener('click', () => {
      close(true);
      item.action();
    });
    buttons.push(b);
    menu.append(h('li', { role: 'none' }, b));
  }
  const wrap = h('div', { class: 'menu-wrap' }, button, menu);

  const isOpen = () => !menu.hidden;
  const focusItem = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus();
  const open = (at: 'first' | 'last') => {
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    focusItem(at === 'first' ? 0 : buttons.length - 1);
  };
  function close(returnFocus: boolean): void {
    if (!isOpen()) return;
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus) button.focus();
  }

  button.addEventListener('click', () => (isOpen() ? close(true) : open('first')));
  button.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      open(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  });
  menu.addEventListener('keydown', (e) => {
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusItem(at + 1),
      ArrowUp: () => focusItem(at - 1),
      Home: () => focusItem(0),
      End: () => focusItem(buttons.length - 1),
      Escape: () => close(true),
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      e.stopPropagation();
      return move();
    }
    if (e.key === 'Tab') return close(false);
    if (e.key.length === 1 && /\S/.test(e.key)) {
      const next = [...buttons.slice(at + 1), ...buttons.slice(0, at + 1)].find((b) => b.textContent?.toLowerCase().startsWith(e.key.toLowerCase()));
      next?.focus();
    }
  });
  document.addEventListener('pointerdown', (e) => {
    if (isOpen() && !wrap.contains(e.target as Node)) close(false);
  });
  return wrap;
}
