/**
 * The preview: the story played with the player's own engine and views (the
 * passage, the choices, the stats strip from `# stat:` tags), beside the
 * editor. Each good compile swaps the new story in through the game's own
 * replaceStory, which replays the reader's choices on it and says where it
 * stopped when the path no longer fits; the story's step cap (in the engine)
 * turns an endless loop into a message instead of a frozen page. Restart,
 * rewind to an earlier choice and the author tools are one click away.
 * Each project gets a game of its own (so its saves are its own), the
 * project's pictures and sounds come through preview-assets.ts, and the
 * reader's place is kept per project so a reload comes back to it.
 */

import { pathTo } from '../engine/history/history-tree';
import { parseTag } from '../engine/ink/tags';
import { variableNames as declaredVariables, editableVariables, jumpTo, type VariableValue } from '../engine/play/author-tools';
import { createGame, type Game, type GameState } from '../engine/play/game';
import type { StoragePort } from '../engine/ports';
import { actionButton, h, setChildren } from '../ui/dom';
import { createChoicesView } from '../ui/reading/choices-view';
import { createPassageView } from '../ui/reading/passage-view';
import { createStatsPanel } from '../ui/reading/stats-panel';
import type { PreviewAssets } from './preview-assets';
import { type PlaceKeeper, readPlace } from './preview-place';

export interface Preview {
  el: HTMLElement;
  /** A new good compile: start on the first (or at the place kept for this project), keep the reader's place on the others. */
  load(json: string, flows: readonly string[]): Promise<void>;
  /** Draw the page again (the project's pictures changed: a picture added now shows in place). */
  refresh(): void;
  /** Another project opened (or this one has no story): drop the game, show nothing but `reason`. */
  reset(projectId: string, reason: string | null): void;
  restart(): void;
  /** Play a path of choice indices from the start with a seed (an explorer's ending). */
  playPath(seed: number, path: readonly number[], label: string): Promise<void>;
  game(): Game | null;
}

/** The preview keeps nothing between visits: the project is what is stored, not the reader's saves. */
function memoryStorage(): StoragePort {
  const data = new Map<string, string>();
  return {
    get: (k) => data.get(k) ?? null,
    set: (k, v) => void data.set(k, v),
    remove: (k) => void data.delete(k),
    keys: () => [...data.keys()],
  };
}

/** Where the story stopped with an error (`at` is ink's container path, when known), or null while it plays. */
export type PreviewStop = { message: string; at: string | null } | null;

export function createPreview(assets: PreviewAssets, places: PlaceKeeper, stopped: (stop: PreviewStop) => void = () => {}): Preview {
  const live = h('div', { class: 'visually-hidden', 'aria-live': 'polite' });
  const passage = createPassageView((text) => {
    live.textContent = text;
  });
  const choices = createChoicesView((index, turn) => game?.choose(index, turn));
  const stats = createStatsPanel();
  const notice = h('p', { class: 'preview-notice', role: 'status' });
  const ending = h('p', { class: 'preview-ending' });
  const rewindSelect = h('select', { id: 'preview-rewind', 'aria-label': 'Rewind to' });
  const jumpSelect = h('select', { id: 'preview-jump', 'aria-label': 'Jump to knot' });
  const varSelect = h('select', { id: 'preview-var', 'aria-label': 'Variable' });
  const varValue = h('input', { id: 'preview-var-value', 'aria-label': 'Value', size: 6 });
  const button = (id: string, text: string, action: () => void) => actionButton(text, action, { id });
  const tools = h(
    'div',
    { class: 'preview-tools', role: 'toolbar', 'aria-label': 'Preview tools' },
    button('preview-restart', 'Restart', () => preview.restart()),
    rewindSelect,
    button('preview-rewind-go', 'Rewind', () => {
      if (!game || rewindSelect.value === '') return;
      const at = Number(rewindSelect.value);
      // The engine loads its history and replay code when first needed; the studio does too, so its build has one copy of the chunk.
      void import('../engine/play/playthrough-ops').then(({ rewind }) => {
        if (!game) return;
        const r = rewind(game, at);
        if (!r.ok) say(r.message);
      });
    }),
    jumpSelect,
    button('preview-jump-go', 'Jump', () => jump(jumpSelect.value, {})),
    varSelect,
    varValue,
    button('preview-var-go', 'Set', () => setVariable()),
  );
  const page = h('div', { class: 'preview-page' }, stats.el, passage.el, ending, choices.el);
  const el = h('section', { class: 'preview', 'aria-label': 'Preview' }, tools, notice, page, live);

  let game: Game | null = null;
  let flows: readonly string[] = [];
  let projectId = '';
  let unsubscribe = () => {};

  const say = (text: string) => {
    notice.textContent = text;
  };
  const jump = (path: string, values: Record<string, VariableValue>) => {
    if (!game || !path) return;
    try {
      jumpTo(game, path, values);
    } catch (e) {
      say(`Cannot jump to ${path}: ${(e as Error).message}`);
    }
  };
  const setVariable = () => {
    if (!game || !varSelect.value) return;
    const current = editableVariables(game.session(), [varSelect.value])[varSelect.value];
    const raw = varValue.value.trim();
    const value: VariableValue = typeof current === 'number' ? Number(raw) : typeof current === 'boolean' ? raw === 'true' : raw;
    if (typeof value === 'number' && Number.isNaN(value)) return say(`${varSelect.value} holds a number; “${raw}” is not one.`);
    // Setting a variable restarts the current knot with it set: ink reads variables as it runs, so the text shown must come from the new value.
    const here = game.session().choices()[0]?.key.split('.')[0] ?? flows[0] ?? '';
    const values = { ...editableVariables(game.session(), declaredVariables(game.story())), [varSelect.value]: value };
    jump(here, values);
  };

  let lastStop = '';
  /** `# BACKGROUND: art/dusk.png` behind the preview's text, under a veil of the page's colour so the text stays readable. */
  let background: string | null = null;
  const showBackground = (tags: readonly string[]) => {
    for (const raw of tags) {
      const tag = parseTag(raw);
      if (tag.kind === 'background_image') background = tag.path;
      else if (tag.kind === 'background') background = null;
    }
    const url = background === null ? undefined : assets.url(background);
    page.classList.toggle('has-picture', url !== undefined);
    page.style.backgroundImage = url ? `linear-gradient(var(--veil), var(--veil)), url(${JSON.stringify(url)})` : '';
  };
  const render = (s: GameState) => {
    const text = [s.notice, s.error ? `The story stopped with an error: ${s.error}` : null].filter(Boolean).join(' ');
    say(text);
    const stop: PreviewStop = s.error ? { message: s.fault?.message ?? s.error, at: s.fault?.at ?? null } : null;
    if (JSON.stringify(stop) !== lastStop) {
      lastStop = JSON.stringify(stop);
      stopped(stop);
    }
    stats.render(s.meta.stats, s.stats);
    for (const node of passage.render(s.page)) node.classList.remove('fresh');
    // The studio ships no story files: a path the build would refuse plays on here with one warning.
    const tags = s.page.flatMap((p) => p.tags);
    showBackground(tags);
    if (tags.length > 0) void import('../ui/reading/asset-warnings').then(({ warnRefusedFiles }) => warnRefusedFiles(tags));
    choices.render(s.choices, s.turn);
    ending.textContent = s.ended ? (s.ending ? `The end: ${s.ending.title}` : 'The story ended.') : '';
    if (game)
      places.keep(
        projectId,
        game.session().seed,
        pathTo(s.history, s.history.current).map((n) => n.choiceIndex),
      );
    const steps = game ? historySteps(s) : [];
    setChildren(
      rewindSelect,
      h('option', { value: '' }, steps.length ? 'Rewind to…' : 'No choices yet'),
      ...steps.map((st) => h('option', { value: st.id }, `${st.turn}. ${st.text}`)),
    );
  };

  const fillTools = (json: string) => {
    setChildren(jumpSelect, ...flows.map((f) => h('option', { value: f }, f)));
    const names = declaredVariables(json);
    setChildren(varSelect, ...names.map((n) => h('option', { value: n }, n)));
  };

  /** A game for this story: at the kept place (a reload, a renamed story), else at the start. */
  let title = '';
  const start = async (json: string, kept: { seed: number; path: number[] } | null) => {
    unsubscribe();
    game = createGame({ story: json, storage: memoryStorage(), audio: assets.audio, defer: (w) => setTimeout(w, 0) });
    title = game.session().meta.title;
    unsubscribe = game.store.subscribe(render);
    if (kept && kept.path.length > 0) await preview.playPath(kept.seed, kept.path, '');
    else game.newGame(1);
  };

  const preview: Preview = {
    el,
    async load(json, nextFlows) {
      flows = nextFlows;
      fillTools(json);
      if (!game) return start(json, readPlace(projectId));
      const kept = { seed: game.session().seed, path: choicePath(game.store.getState()) };
      await game.replaceStory(json);
      // The title is what the game's saves are kept under: a story renamed gets a game of its own, at the same place
      // (replacing the story under the old title would refuse the reader's place as another story's save).
      if (game.session().meta.title !== title) return start(json, kept);
      // replaceStory keeps the reader's place; the story's declarations (stats, title) may have changed too.
      // Before the first choice there is no place to keep, so its note would only be noise.
      const before = game.store.getState();
      game.store.setState({ meta: game.session().meta, notice: before.turn === 0 && !before.error ? null : before.notice });
    },
    refresh() {
      if (!game) return;
      passage.render([]);
      render(game.store.getState());
    },
    reset(id, reason) {
      projectId = id;
      unsubscribe();
      unsubscribe = () => {};
      game = null;
      lastStop = '';
      background = null;
      showBackground([]);
      stopped(null);
      assets.audio.loop(null);
      passage.render([]);
      choices.render([], 0);
      stats.render([], {});
      ending.textContent = '';
      setChildren(rewindSelect, h('option', { value: '' }, 'No choices yet'));
      say(reason ?? '');
    },
    restart() {
      game?.newGame(game.session().seed);
    },
    async playPath(seed, path, label) {
      const [{ replayChoices }, { historyFromEntries }] = await Promise.all([
        import('../engine/saves/save-replay'),
        import('../engine/history/history-branches'),
      ]);
      if (!game) return;
      const out = replayChoices(
        game.story(),
        seed,
        path.map((index) => ({ index })),
        'exact',
      );
      // An empty label is the place kept from the last visit: coming back to it needs no note unless it no longer fits.
      const to = label ? `the path to “${label}”` : 'your place from last time';
      const note = out.stop ? `Playing ${to}: ${out.stop.reason}.` : label ? `Playing ${to}.` : undefined;
      const history = historyFromEntries(out.start.stats, out.start.scene, out.entries);
      game.adopt({ session: out.session, passages: out.passages, history, note });
    },
    game: () => game,
  };
  return preview;
}

/** The choice indices from the start to where the reader stands. */
function choicePath(s: GameState): number[] {
  return pathTo(s.history, s.history.current).map((n) => n.choiceIndex);
}

/** The choices behind the reader, newest last, each a place to rewind to (the one standing now is left out). */
function historySteps(s: GameState): { id: number; turn: number; text: string }[] {
  const path = pathTo(s.history, s.history.current).map((n) => ({ id: n.id, turn: n.turn, text: n.choiceText }));
  return [{ id: 0, turn: 0, text: 'The beginning' }, ...path].slice(0, -1);
}
