/**
 * The choices under the text: buttons numbered 1–9 (the number keys pick
 * them), locked choices shown disabled with the reason the story gives. Each
 * button carries the turn it was drawn for, and the game ignores a choice made
 * for an old turn, so a double click can never count twice.
 */
import type { ShownChoice } from '../engine/play/game';
import { h, setChildren } from './dom';
import { inlineMarkup } from './inline-markup';

export interface ChoicesView {
  el: HTMLElement;
  render(choices: readonly ShownChoice[], turn: number): void;
  /** Pick the n-th shown choice (1-based), as the number keys do. */
  pickNumber(n: number): void;
}

export function createChoicesView(choose: (index: number, turn: number) => void): ChoicesView {
  const el = h('nav', { class: 'choices', 'aria-label': 'Choices' });
  const list = h('ol', { class: 'choice-list' });
  el.append(list);
  let current: { choices: readonly ShownChoice[]; turn: number } = { choices: [], turn: -1 };
  let renderedFor = '';
  let focusing = 0;

  const pick = (choice: ShownChoice | undefined, turn: number) => {
    if (!choice || choice.locked) return;
    choose(choice.index, turn);
  };

  return {
    el,
    render(choices, turn) {
      const key = `${turn}:${choices.map((c) => `${c.index}${c.text}${c.locked}`).join('|')}`;
      if (key === renderedFor) return;
      const hadFocus = el.contains(document.activeElement);
      renderedFor = key;
      current = { choices, turn };
      const items = choices.map((c, i) => {
        const number = i < 9 ? `${i + 1}` : '';
        const button = h(
          'button',
          { type: 'button', class: 'choice', 'data-index': c.index, disabled: c.locked !== null, 'aria-keyshortcuts': number || undefined },
          number ? h('span', { class: 'choice-key', 'aria-hidden': 'true' }, number) : null,
          h('span', { class: 'choice-text' }, ...inlineMarkup(c.text)),
          c.seen ? h('span', { class: 'choice-seen', title: 'You have taken this choice before' }, 'taken before') : null,
          c.locked ? h('span', { class: 'choice-lock' }, c.locked) : null,
        );
        button.addEventListener('click', () => pick(c, turn));
        return h('li', {}, button);
      });
      setChildren(list, ...items);
      el.hidden = choices.length === 0;
      if (hadFocus || document.activeElement === document.body) {
        // focus() makes the browser lay the page out there and then; on the next frame it shares the
        // layout the frame makes anyway (profiling showed the forced one as most of a choice's cost).
        const first = list.querySelector<HTMLButtonElement>('button:not([disabled])');
        cancelAnimationFrame(focusing);
        focusing = requestAnimationFrame(() => {
          const free = document.activeElement === document.body || el.contains(document.activeElement);
          if (first?.isConnected && free) first.focus({ preventScroll: true });
        });
      }
    },
    pickNumber(n) {
      pick(current.choices[n - 1], current.turn);
    },
  };
}
