/**
 * The choices under the text: buttons numbered 1–9 (the number keys pick
 * them), locked choices shown disabled with the reason the story gives. Each
 * button carries the turn it was drawn for, and the game ignores a choice made
 * for an old turn, so a double click can never count twice.
 *
 * One choice per intent (input-guard.ts): a turn takes one pick, and only
 * from a press that began once its choices had been on screen for the guard
 * time. Until then the list is marked `aria-disabled`. Focus is never put on
 * a choice for the reader: a keyboard reader's focus goes to the list itself,
 * so Space or Enter can only take a choice the reader moved focus to.
 */
import type { ShownChoice } from '../../engine/play/game';
import { h, setChildren } from '../dom';
import { inlineMarkup } from './inline-markup';
import { CHOICE_GUARD_MS, createInputGuard, type InputGuard } from './input-guard';

export interface ChoicesView {
  el: HTMLElement;
  render(choices: readonly ShownChoice[], turn: number): void;
  /** Pick the n-th shown choice (1-based), as the number keys do. */
  pickNumber(n: number): void;
}

export function createChoicesView(choose: (index: number, turn: number) => void, guard: InputGuard = createInputGuard()): ChoicesView {
  const el = h('nav', { class: 'choices', 'aria-label': 'Choices', tabindex: -1 });
  const list = h('ol', { class: 'choice-list' });
  el.append(list);
  let current: { choices: readonly ShownChoice[]; turn: number } = { choices: [], turn: -1 };
  let renderedFor = '';
  let readyTimer: ReturnType<typeof setTimeout> | undefined;
  let focusing = 0;
  // Every press anywhere counts, in the capture phase: the press on "New game" is what its second click continues.
  const press = () => guard.pressed(performance.now());
  document.addEventListener('pointerdown', press, true);
  document.addEventListener('keydown', (e) => e.repeat || press(), true);

  const pick = (choice: ShownChoice | undefined, turn: number) => {
    if (!choice || choice.locked) return;
    if (!guard.accept(turn, performance.now())) return;
    el.setAttribute('aria-disabled', 'true');
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
      clearTimeout(readyTimer);
      if (choices.length > 0) {
        guard.shown(turn, performance.now());
        el.setAttribute('aria-disabled', 'true');
        readyTimer = setTimeout(() => el.removeAttribute('aria-disabled'), CHOICE_GUARD_MS);
      } else guard.hidden();
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
      // A keyboard reader keeps their place at the list, one Tab before choice 1; no choice is focused for them.
      // focus() forces a layout there and then; on the next frame it shares the one the frame makes anyway.
      cancelAnimationFrame(focusing);
      if (choices.length > 0 && (hadFocus || document.activeElement === document.body))
        focusing = requestAnimationFrame(() => {
          if (el.isConnected && (document.activeElement === document.body || el.contains(document.activeElement))) el.focus({ preventScroll: true });
        });
    },
    pickNumber(n) {
      pick(current.choices[n - 1], current.turn);
    },
  };
}
