/**
 * The key under the story map: a small drawing of each kind of mark with what
 * it means, drawn with the same classes as the map so it follows the theme.
 */
import { h } from '../dom';
import { svg } from './story-map-svg';

const swatch = (...children: SVGElement[]) =>
  svg('svg', { class: 'map-swatch', viewBox: '0 0 36 20', width: 36, height: 20, 'aria-hidden': 'true' }, ...children);
const box = (state: string, kind = 'is-choice') =>
  svg('g', { class: `map-node ${kind} ${state}` }, svg('rect', { x: 3, y: 3, width: 30, height: 14, rx: 4, class: 'map-shape' }));
const line = (state: string) => svg('path', { d: 'M2,10 L34,10', class: `map-edge is-${state}` });

/** `seen`: whether the map marks choices taken in earlier playthroughs; `runs`: whether it folds places in a row. */
export function legend(seen: boolean, runs = false): HTMLElement {
  const item = (mark: SVGSVGElement, text: string) => h('li', {}, mark, h('span', {}, text));
  return h(
    'ul',
    { class: 'map-legend', 'aria-label': 'Key' },
    item(swatch(box('is-current')), 'Where you are'),
    item(swatch(box('is-visited')), 'A place you have been: choose it to go back'),
    item(
      swatch(svg('g', { class: 'map-node is-ending is-visited' }, svg('polygon', { points: '3,10 9,3 27,3 33,10 27,17 9,17', class: 'map-shape' }))),
      'An ending',
    ),
    item(swatch(svg('g', { class: 'map-node is-unknown' }, svg('circle', { cx: 18, cy: 10, r: 7, class: 'map-shape' }))), 'Not found yet'),
    runs
      ? item(
          swatch(
            svg(
              'g',
              { class: 'map-node is-run is-visited' },
              svg('rect', { x: 6, y: 6, width: 27, height: 12, rx: 4, class: 'map-shape map-run-back' }),
              svg('rect', { x: 3, y: 2, width: 27, height: 12, rx: 4, class: 'map-shape' }),
            ),
          ),
          'Places in a row: choose to see each',
        )
      : null,
    item(swatch(line('path')), 'Your route here'),
    item(swatch(line('taken')), 'A branch you left'),
    seen ? item(swatch(line('seen')), 'Taken in an earlier playthrough') : null,
    item(swatch(line('unknown')), 'A choice not taken'),
  );
}
