/**
 * What the reader sees when the story stops: at an ending, its title, each
 * stat as a bar from where the run began to where it ended (with the story's
 * word for it), the story's epilogue line when it gives one, how many endings
 * the reader has found, and the ways to replay; after a runtime error, the
 * message (with its file and line) and Rewind and Restart.
 */

import { pathTo } from '../../engine/history/history-tree';
import { statWord } from '../../engine/ink/stat-words';
import { findTag } from '../../engine/ink/tags';
import type { GameState } from '../../engine/play/game';
import type { StoragePort } from '../../engine/ports';
import { actionButton, h } from '../dom';
import type { AppDeps } from '../screen-types';
import { endingsFound } from './endings-found';

export interface StopActions {
  restart(): void;
  history(): void;
  endings(): void;
  map(): void;
  share(): void;
  /** Where the ending's card is kept for the gallery to show again (keep-ending-card.ts). */
  storage?: StoragePort;
  /** The app's ports, for how many endings the reader has found of how many there are (endings-found.ts). */
  deps?: AppDeps;
}

export function createStopCard(s: GameState, actions: StopActions): HTMLElement | null {
  if (!s.error && !s.ended) return null;
  const button = (id: string, text: string, action: () => void, primary = false) => actionButton(text, action, { id, class: primary ? 'primary' : undefined });
  if (s.error) {
    return h(
      'div',
      { class: 'story-error', role: 'alert' },
      h('h2', {}, 'The story cannot go on'),
      h('p', {}, s.error),
      h('p', { class: 'slot-meta' }, 'You can go back to an earlier choice, or start again.'),
      h('div', { class: 'menu row' }, button('error-rewind', 'Rewind', actions.history, true), button('play-again', 'Start again', actions.restart)),
    );
  }
  const start = s.history.nodes[0]?.stats ?? {};
  const found = h('p', { class: 'endings-found' });
  if (actions.deps)
    void endingsFound(actions.deps, s).then((n) => {
      if (n) found.textContent = `You have found ${n.found} of ${n.total} endings.`;
    });
  return h(
    'div',
    { class: 'ending-card' },
    h('p', { class: 'ending-label' }, 'Ending'),
    h('h2', { class: 'ending-title', tabindex: -1 }, s.ending?.title ?? 'The End'),
    // The story's own sentence of what came after, as text: h() never parses markup.
    s.ending?.epilogue ? h('p', { class: 'ending-epilogue' }, s.ending.epilogue) : null,
    h(
      'ul',
      { class: 'final-stats' },
      ...s.meta.stats.map((d) => {
        const end = s.stats[d.variable] ?? d.min;
        const from = start[d.variable] ?? end;
        const pct = (v: number) => `${Math.max(0, Math.min(100, ((v - d.min) / (d.max - d.min)) * 100))}%`;
        const word = statWord(d, end);
        // Set through the CSSOM: the page's Content-Security-Policy refuses style attributes.
        const fill = h('span', { class: 'final-fill' });
        fill.style.width = pct(end);
        const notch = h('span', { class: 'final-start' });
        notch.style.left = pct(from);
        return h(
          'li',
          { class: 'final-stat', 'data-stat': d.variable },
          h('span', { class: 'final-label' }, word ? `${d.label}: ${word}` : d.label),
          h(
            'span',
            {
              class: 'final-bar',
              role: 'meter',
              'aria-label': `${d.label}, began at ${from}`,
              'aria-valuemin': d.min,
              'aria-valuemax': d.max,
              'aria-valuenow': end,
            },
            fill,
            notch,
          ),
          h('span', { class: 'final-values' }, from === end ? String(end) : `${from} → ${end}`),
        );
      }),
    ),
    h('p', { class: 'path-summary' }, pathSummary(s)),
    found,
    h(
      'div',
      { class: 'menu row' },
      button('play-again', 'Play again', actions.restart, true),
      button('ending-history', 'Rewind a choice', actions.history),
      button('ending-map', 'Story map', actions.map),
      button('ending-gallery', 'Endings', actions.endings),
      button('ending-share', 'Share this run', actions.share),
    ),
  );
}

/**
 * "12 choices, through The Ridge, The Shot and The Blast." Every scene whose heading the reader saw: those
 * they made choices in, then any the last passages passed through (an ending's own scene is reached by no choice).
 */
function pathSummary(s: GameState): string {
  const steps = pathTo(s.history, s.history.current);
  const scenes: string[] = [];
  const add = (scene: string | null | undefined) => {
    if (scene && !scenes.includes(scene)) scenes.push(scene);
  };
  for (const node of steps) add(node.scene);
  for (const p of s.page) add(findTag(p.tags, 'scene')?.title);
  add(s.scene);
  const through = scenes.length > 1 ? `, through ${scenes.slice(0, -1).join(', ')} and ${scenes.at(-1)}` : scenes.length === 1 ? `, in ${scenes[0]}` : '';
  return `${steps.length} ${steps.length === 1 ? 'choice' : 'choices'}${through}.`;
}
