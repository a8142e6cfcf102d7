/**
 * The endings gallery: every ending the story can reach (counted at build
 * time by exploring it), with the ones this player has found named and
 * counted, and the rest as locked placeholders that give nothing away. A
 * found ending's name is a button that opens it again (ending-reread.ts).
 */
import type { EndingsRecord } from '../../engine/saves/save-endings';
import { h } from '../dom';

export interface EndingsViewDeps {
  /** Every reachable ending, from the build-time report; null when the report could not be made. */
  endings: { id: string; title: string }[] | null;
  reached: EndingsRecord;
  /** Opens a reached ending's card again. */
  reread?(id: string, title: string): void;
  close(): void;
}

export function createEndingsView({ endings, reached, reread, close }: EndingsViewDeps): HTMLElement {
  const all = endings ?? Object.keys(reached).map((id) => ({ id, title: id }));
  const found = all.filter((e) => reached[e.id]);
  const cards = all.map((e, i) => {
    const r = reached[e.id];
    if (!r) {
      return h(
        'li',
        { class: 'ending locked', 'aria-label': `Ending ${i + 1}: not yet reached` },
        h('p', { class: 'ending-number', 'aria-hidden': 'true' }, String(i + 1)),
        h('p', { class: 'ending-name' }, '? ? ?'),
        h('p', { class: 'slot-meta' }, 'Not yet reached'),
      );
    }
    return h(
      'li',
      { class: 'ending found', 'data-ending': e.id },
      h('p', { class: 'ending-number', 'aria-hidden': 'true' }, String(i + 1)),
      h(
        'h2',
        { class: 'ending-name' },
        reread ? h('button', { type: 'button', class: 'ending-open', 'data-ending': e.id, 'aria-haspopup': 'dialog' }, e.title) : e.title,
      ),
      h('p', { class: 'slot-meta' }, r.count === 1 ? 'Reached once' : `Reached ${r.count} times`),
    );
  });
  const grid = h('ol', { class: 'ending-grid' }, ...cards);
  grid.addEventListener('click', (e) => {
    const open = e.target instanceof Element ? e.target.closest<HTMLElement>('.ending-open') : null;
    if (open && reread) reread(open.dataset.ending ?? '', open.textContent ?? '');
  });
  const back = h('button', { type: 'button', id: 'endings-done' }, 'Back');
  back.addEventListener('click', close);
  return h(
    'section',
    { class: 'screen endings', 'aria-labelledby': 'endings-title' },
    h('h1', { id: 'endings-title', tabindex: -1 }, 'Endings'),
    h('p', { class: 'endings-count' }, `You have found ${found.length} of ${all.length} endings.`),
    grid,
    h('div', { class: 'menu' }, back),
  );
}
