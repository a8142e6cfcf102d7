/**
 * The preview's toolbar: Restart, rewind to an earlier choice, jump to a
 * knot, and set a variable (which restarts the current knot with it set, as
 * ink reads variables as it runs). It acts on whichever game the preview
 * holds, and says what went wrong through the preview's notice.
 */
import { pathTo } from '../engine/history/history-tree';
import { variableNames as declaredVariables, editableVariables, jumpTo, type VariableValue } from '../engine/play/author-tools';
import type { Game, GameState } from '../engine/play/game';
import { actionButton, h, setChildren } from '../ui/dom';

export interface ToolsHost {
  game(): Game | null;
  restart(): void;
  say(text: string): void;
}

export interface PreviewTools {
  el: HTMLElement;
  /** A new story: its knots to jump to and its variables to set. */
  fill(json: string, flows: readonly string[]): void;
  /** The choices behind the reader, to rewind to (none when there is no game). */
  history(s: GameState | null): void;
}

export function createPreviewTools(host: ToolsHost): PreviewTools {
  const rewindSelect = h('select', { id: 'preview-rewind', 'aria-label': 'Rewind to' });
  const jumpSelect = h('select', { id: 'preview-jump', 'aria-label': 'Jump to knot' });
  const varSelect = h('select', { id: 'preview-var', 'aria-label': 'Variable' });
  const varValue = h('input', { id: 'preview-var-value', 'aria-label': 'Value', size: 6 });
  let flows: readonly string[] = [];
  const button = (id: string, text: string, action: () => void) => actionButton(text, action, { id });

  const rewindNow = () => {
    if (!host.game() || rewindSelect.value === '') return;
    const at = Number(rewindSelect.value);
    // The engine loads its history and replay code when first needed; the studio does too, so its build has one copy of the chunk.
    void import('../engine/play/playthrough-ops').then(({ rewind }) => {
      const game = host.game();
      if (!game) return;
      const r = rewind(game, at);
      if (!r.ok) host.say(r.message);
    });
  };
  const jump = (path: string, values: Record<string, VariableValue>) => {
    const game = host.game();
    if (!game || !path) return;
    try {
      jumpTo(game, path, values);
    } catch (e) {
      host.say(`Cannot jump to ${path}: ${(e as Error).message}`);
    }
  };
  const setVariable = () => {
    const game = host.game();
    if (!game || !varSelect.value) return;
    const current = editableVariables(game.session(), [varSelect.value])[varSelect.value];
    const raw = varValue.value.trim();
    const value: VariableValue = typeof current === 'number' ? Number(raw) : typeof current === 'boolean' ? raw === 'true' : raw;
    if (typeof value === 'number' && Number.isNaN(value)) return host.say(`${varSelect.value} holds a number; “${raw}” is not one.`);
    // Ink reads variables as it runs, so the text shown must come from the new value: the current knot starts again.
    const here = game.session().choices()[0]?.key.split('.')[0] ?? flows[0] ?? '';
    const values = { ...editableVariables(game.session(), declaredVariables(game.story())), [varSelect.value]: value };
    jump(here, values);
  };

  const el = h(
    'div',
    { class: 'preview-tools', role: 'toolbar', 'aria-label': 'Preview tools' },
    button('preview-restart', 'Restart', host.restart),
    rewindSelect,
    button('preview-rewind-go', 'Rewind', rewindNow),
    jumpSelect,
    button('preview-jump-go', 'Jump', () => jump(jumpSelect.value, {})),
    varSelect,
    varValue,
    button('preview-var-go', 'Set', setVariable),
  );
  return {
    el,
    fill(json, nextFlows) {
      flows = nextFlows;
      setChildren(jumpSelect, ...flows.map((f) => h('option', { value: f }, f)));
      setChildren(varSelect, ...declaredVariables(json).map((n) => h('option', { value: n }, n)));
    },
    history(s) {
      const steps = s ? historySteps(s) : [];
      setChildren(
        rewindSelect,
        h('option', { value: '' }, steps.length ? 'Rewind to…' : 'No choices yet'),
        ...steps.map((st) => h('option', { value: st.id }, `${st.turn}. ${st.text}`)),
      );
    },
  };
}

/** The choices behind the reader, newest last, each a place to rewind to (the one standing now is left out). */
function historySteps(s: GameState): { id: number; turn: number; text: string }[] {
  const path = pathTo(s.history, s.history.current).map((n) => ({ id: n.id, turn: n.turn, text: n.choiceText }));
  return [{ id: 0, turn: 0, text: 'The beginning' }, ...path].slice(0, -1);
}
