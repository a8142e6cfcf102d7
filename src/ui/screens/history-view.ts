/**
 * The history: every choice of this playthrough with how it moved each stat,
 * and a way back to any of them; then the other branches the player left
 * behind by rewinding, each one a click away, named by where they ended.
 * Rewinding asks first (rewind-question.ts, the same words as the map),
 * because the text after that point leaves the screen (it stays in the tree).
 * The screen opens scrolled to "You are here".
 */

import { branches } from '../../engine/history/history-branches';
import { getNode, type HistoryNode, pathTo } from '../../engine/history/history-tree';
import type { StatDef } from '../../engine/ink/story-meta';
import type { Game } from '../../engine/play/game';
import { branchNames } from '../../engine/play/history-replays';
import { rewind, switchBranch } from '../../engine/play/playthrough-ops';
import { askRewind } from '../dialogs/rewind-question';
import { h } from '../dom';
import { plainText } from '../plain-text';
import { inlineMarkup } from '../reading/inline-markup';

export interface HistoryViewDeps {
  game: Game;
  close(): void;
  say(message: string): void;
}

export function createHistoryView({ game, close, say }: HistoryViewDeps): HTMLElement {
  const { history, meta } = game.store.getState();
  const go = (action: () => { ok: boolean; message?: string }) => {
    const r = action();
    if (!r.ok && r.message) return say(r.message);
    close();
  };
  const root = getNode(history, 0);
  const steps = pathTo(history, history.current);
  const back = async (id: number) => {
    if (await askRewind(history, id)) go(() => rewind(game, id));
  };
  const rows = [
    row(root, 'The beginning', meta.stats, history.current === 0, () => void back(0)),
    ...steps.map((node) => row(node, node.choiceText, meta.stats, node.id === history.current, () => void back(node.id))),
  ];
  const others = branches(history).filter((b) => !b.isCurrent);
  const names = branchNames(
    game,
    others.map((b) => b.leaf),
  );
  const branchList = others.map((b) => {
    const button = h('button', { type: 'button', class: 'quiet' }, 'Switch to this branch');
    button.addEventListener('click', () => go(() => switchBranch(game, b.leaf.id)));
    return h(
      'li',
      { class: 'branch' },
      h('h3', { class: 'branch-name' }, names.get(b.leaf.id) ?? `Turn ${b.leaf.turn}`),
      h('p', { class: 'slot-meta' }, `Split off at turn ${b.forkTurn}; last choice “${plainText(b.leaf.choiceText)}” at turn ${b.leaf.turn}`),
      button,
    );
  });
  const done = h('button', { type: 'button', id: 'history-done' }, 'Back to the story');
  done.addEventListener('click', close);
  const view = h(
    'section',
    { class: 'screen history', 'aria-labelledby': 'history-title' },
    h('h1', { id: 'history-title' }, 'History'),
    h('ol', { class: 'history-list' }, ...rows),
    others.length ? h('h2', {}, 'Other branches') : null,
    others.length ? h('ul', { class: 'branch-list' }, ...branchList) : null,
    h('div', { class: 'menu' }, done),
  );
  // Once on the page, bring "You are here" into the middle of the window and start the keyboard there.
  requestAnimationFrame(() => {
    const here = view.querySelector<HTMLElement>('.history-step.current');
    if (!here?.isConnected) return;
    here.scrollIntoView({ block: 'center' });
    here.setAttribute('tabindex', '-1');
    here.focus({ preventScroll: true });
  });
  return view;
}

function row(node: HistoryNode, label: string, defs: readonly StatDef[], current: boolean, onRewind: () => void): HTMLElement {
  const deltas = defs
    .map((d) => ({ d, v: node.statDeltas[d.variable] ?? 0 }))
    .filter((x) => x.v !== 0)
    .map((x) => h('span', { class: `delta ${x.v > 0 ? 'up' : 'down'}` }, `${x.d.label} ${x.v > 0 ? '+' : '−'}${Math.abs(x.v)}`));
  const visible = current ? 'You are here' : 'Rewind here';
  // The spoken name starts with the visible words, so voice control users can say what they see.
  const button = h('button', { type: 'button', class: 'quiet', 'aria-label': `${visible}: turn ${node.turn}, ${plainText(label)}` }, visible);
  button.disabled = current;
  button.addEventListener('click', onRewind);
  return h(
    'li',
    { class: `history-step${current ? ' current' : ''}`, 'data-node': node.id },
    // The choice as its button showed it: the same inline markup, never the tags as text.
    h('p', { class: 'history-choice' }, h('span', { class: 'turn' }, `${node.turn}.`), ' ', ...inlineMarkup(label)),
    node.scene ? h('p', { class: 'slot-meta' }, node.scene) : null,
    deltas.length ? h('p', { class: 'deltas' }, ...deltas) : null,
    button,
  );
}
