/**
 * The stats screen, opened from the strip's "What these mean": for each stat
 * the story declares, what it means in this story, its value in words as well
 * as a number ("Nerve: steady, 52 of 100") and how it moved this run. Every
 * word comes from the story's `# stat:` declarations (stat-words.ts), so
 * another story brings its own.
 */

import { statWord } from '../../engine/ink/stat-words';
import './stats-view.css';
import type { StoryMeta } from '../../engine/ink/story-meta';
import { h } from '../dom';
import { signed } from '../reading/stats-panel';

export interface StatsViewDeps {
  meta: StoryMeta;
  stats: Readonly<Record<string, number>>;
  /** The values at the start of this run. */
  start: Readonly<Record<string, number>>;
  close(): void;
}

export function createStatsView({ meta, stats, start, close }: StatsViewDeps): HTMLElement {
  const items = meta.stats.map((d) => {
    const v = stats[d.variable] ?? d.min;
    const from = start[d.variable] ?? v;
    const word = statWord(d, v);
    const pct = Math.max(0, Math.min(100, ((v - d.min) / (d.max - d.min)) * 100));
    const moved = v === from ? `Unchanged this run (${v}).` : `${signed(v - from)} this run, from ${from} to ${v}.`;
    return h(
      'li',
      { class: 'stat-card', 'data-stat': d.variable },
      h('h2', { class: 'stat-card-name' }, word ? `${d.label}: ${word}` : d.label),
      h(
        'p',
        { class: 'stat-card-value' },
        h('span', { class: 'stat-bar', role: 'meter', 'aria-label': d.label, 'aria-valuemin': d.min, 'aria-valuemax': d.max, 'aria-valuenow': v }, fillTo(pct)),
        h('span', { class: 'stat-value' }, `${v} of ${d.max}`),
      ),
      d.about ? h('p', { class: 'stat-about' }, d.about) : null,
      h('p', { class: 'slot-meta' }, moved),
    );
  });
  const done = h('button', { type: 'button', class: 'primary', id: 'stats-done' }, 'Back to the story');
  done.addEventListener('click', close);
  return h(
    'section',
    { class: 'screen about-stats', 'aria-labelledby': 'stats-title' },
    h('h1', { id: 'stats-title' }, 'Stats'),
    items.length ? h('ul', { class: 'stat-cards' }, ...items) : h('p', {}, 'This story keeps no stats.'),
    h('div', { class: 'menu' }, done),
  );
}

/** A bar's fill, sized through the CSSOM: the page's Content-Security-Policy refuses style attributes. */
function fillTo(pct: number): HTMLElement {
  const fill = h('span', { class: 'stat-fill' });
  fill.style.width = `${pct}%`;
  return fill;
}
