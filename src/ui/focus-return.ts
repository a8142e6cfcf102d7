/**
 * Where focus goes when a side screen closes: back to the control that opened
 * it. The screen replaced the page, so that control was drawn again; it is
 * found by its id. Without an id (or when it is gone), the screen's own tool
 * in the header, then the page's h1, so focus never falls to <body>.
 */
const TOOL_FOR: Record<string, string> = {
  history: 'open-history',
  map: 'open-map',
  saves: 'open-saves',
  settings: 'open-settings',
  'about-stats': 'open-stats',
  endings: 'title-endings',
};

export function returnFocus(root: HTMLElement, openerId: string | null, screen: string): void {
  const byId = (id: string | null | undefined) => (id ? root.querySelector<HTMLElement>(`#${CSS.escape(id)}`) : null);
  const target = byId(openerId) ?? byId(TOOL_FOR[screen]) ?? root.querySelector<HTMLElement>('h1');
  if (!target) return;
  if (target.tagName === 'H1' && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: isOnScreen(target) });
}

function isOnScreen(el: HTMLElement): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight;
}
