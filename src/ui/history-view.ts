/**
 * The history: every choice of this playthrough with how it moved each stat,
 * and a way back to any of them; then the other branches the player left
 * behind by rewinding, each one a click away. Rewinding asks first, because
 * the text after that point leaves the screen (it stays in the tree).
 */

import { branches, getNode, type HistoryNode, pathTo } from '../engine/history/history-tree';
import type { StatDef } from '../engine/ink/story-meta';
import type { Game } from '../engine/play/game';
import { rewind, switchBranch } from '../engine/play/playthrough-ops';
import { h } from './dom';

export interface HistoryViewDeps {
  game: Game;
  close(): void;
  confirm(question: string): boolean;
  say(message: string): void;
}

export function createHistoryView({ game, close, confirm, say }: HistoryViewDeps): HTMLElement {
  const { history, meta } = game.store.getState();
  const go = (action: () => { ok: boolean; message?: string }) => {
    const r = action();
    if (!r.ok && r.message) return say(r.message);
    close();
  };
  const root = getNode(history, 0);
  const steps = pathTo(history, history.current);
  const rows = [
    row(root, 'The beginning', meta.stats, history.current === 0, () => {
      if (confirm('Go back to the very beginning? Your later choices stay in the history as a branch.')) go(() => rewind(game, 0));
    }),
    ...steps.map((node) =>
      row(node, node.choiceText, meta.stats, node.id === history.current, () => {
        if (confirm(`Go back to just after “${node.choiceText}”? Your later choices stay in the history as a branch.`)) go(() => rewind(game, node.id));
      }),
    ),
  ];
  const others = branches(history).filter((b) => !b.isCurrent);
  const branchList = others.map((b) => {
    const button = h('button', { type: 'button', class: 'quiet' }, 'Switch to this branch');
    button.addEventListener('click', () => go(() => switchBranch(game, b.leaf.id)));
    return h(
      'li',
      { class: 'branch' },
      h('p', {}, `Split off at turn ${b.forkTurn}; ends at turn ${b.leaf.turn} with “${b.leaf.choiceText}”`),
      b.leaf.scene ? h('p', { class: 'slot-meta' }, b.leaf.scene) : null,
      button,
    );
  });
  const back = h('button', { type: 'button', id: 'history-done' }, 'Back to the story');
  back.addEventListener('click', close);
  return h(
    'section',
    { class: 'screen history', 'aria-labelledby': 'history-title' },
    h('h1', { id: 'history-title' }, 'History'),
    h('ol', { class: 'history-list' }, ...rows),
    others.length ? h('h2', {}, 'Other branches') : null,
    others.length ? h('ul', { class: 'branch-list' }, ...branchList) : null,
    h('div', { class: 'menu' }, back),
  );
}

function row(node: HistoryNode, label: string, defs: readonly StatDef[], current: boolean, onRewind: () => void): HTMLElement {
  const deltas = defs
    .map((d) => ({ d, v: node.statDeltas[d.variable] ?? 0 }))
    .filter((x) => x.v !== 0)
    .map((x) => h('span', { class: `delta ${x.v > 0 ? 'up' : 'down'}` }, `${x.d.label} ${x.v > 0 ? '+' : '−'}${Math.abs(x.v)}`));
  const visible = current ? 'You are here' : 'Rewind here';
  // The spoken name starts with the visible words, so voice control users can say what they see.
  const button = h('button', { type: 'button', class: 'quiet', 'aria-label': `${visible}: turn ${node.turn}, ${label}` }, visible);
  button.disabled = current;
  button.addEventListener('click', onRewind);
  return h(
    'li',
    { class: `history-step${current ? ' current' : ''}`, 'data-node': node.id },
    h('p', { class: 'history-choice' }, h('span', { class: 'turn' }, `${node.turn}.`), ` ${label}`),
    node.scene ? h('p', { class: 'slot-meta' }, node.scene) : null,
    deltas.length ? h('p', { class: 'deltas' }, ...deltas) : null,
    button,
  );
}
