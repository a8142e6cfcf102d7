/**
 * Author mode (behind `?author`, or always in development): jump to any knot
 * or stitch, set stats and variables, see visit counts and the tags of the
 * current text, and start the current scene over with chosen stats. It is a
 * tool for the person writing the story, loaded only when asked for.
 */
import { currentKnot, editableVariables, jumpTo, type VariableValue, variableNames, visitCount } from '../../engine/play/author-tools';
import type { Game } from '../../engine/play/game';
import { h, setChildren } from '../dom';

export function mountAuthorPanel(game: Game, flows: readonly string[]): HTMLElement {
  const panel = h('aside', { class: 'author-panel', 'aria-label': 'Author mode' });
  const names = variableNames(game.story());
  let open = false;

  const draw = () => {
    const s = game.store.getState();
    const toggle = h('button', { type: 'button', class: 'quiet', id: 'author-toggle', 'aria-expanded': String(open) }, open ? 'Close author mode' : 'Author');
    toggle.addEventListener('click', () => {
      open = !open;
      draw();
    });
    if (!open) return setChildren(panel, toggle);

    const values = editableVariables(game.session(), names);
    const inputs = new Map<string, HTMLInputElement>();
    const fields = Object.entries(values).map(([name, value]) => {
      const input = h('input', {
        id: `author-var-${name}`,
        type: typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'checkbox' : 'text',
        value: typeof value === 'boolean' ? undefined : String(value),
        checked: value === true,
      });
      inputs.set(name, input);
      return h('div', { class: 'field' }, h('label', { for: input.id }, name), input);
    });
    const read = (): Record<string, VariableValue> => {
      const out: Record<string, VariableValue> = {};
      for (const [name, input] of inputs) {
        const before = values[name];
        out[name] = typeof before === 'number' ? Number(input.value) : typeof before === 'boolean' ? input.checked : input.value;
      }
      return out;
    };
    const target = h('select', { id: 'author-jump' }, ...flows.map((f) => h('option', { value: f }, `${f} (visited ${visitCount(game.session(), f)}×)`)));
    const jump = h('button', { type: 'button' }, 'Jump with these values');
    const error = h('p', { class: 'author-error', role: 'alert' });
    jump.addEventListener('click', () => {
      try {
        jumpTo(game, target.value, read());
      } catch (e) {
        error.textContent = e instanceof Error ? e.message : String(e);
      }
    });
    const sceneKnot = flows.find((f) => !f.includes('.') && s.scene !== null && visitCount(game.session(), f) > 0 && f === currentKnot(game.session()));
    const restartScene = h('button', { type: 'button' }, 'Start this scene over with these values');
    restartScene.disabled = !sceneKnot;
    restartScene.addEventListener('click', () => sceneKnot && jumpTo(game, sceneKnot, read()));
    const tags = s.page.at(-1)?.tags ?? [];
    setChildren(
      panel,
      toggle,
      h('h2', {}, 'Author mode'),
      h('div', { class: 'field' }, h('label', { for: 'author-jump' }, 'Knot or stitch'), target),
      ...fields,
      h('div', { class: 'menu row' }, jump, restartScene),
      error,
      h('p', { class: 'slot-meta' }, `Current tags: ${tags.length ? tags.join(' · ') : 'none'}`),
    );
  };

  game.store.subscribe(() => open && draw());
  draw();
  return panel;
}
