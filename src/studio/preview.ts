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
import { inkRuntime } from '../engine/ink/ink-runtime';
import { createGame, type Game, type GameState } from '../engine/play/game';
import { createMemoryStorage } from '../platform/local-storage';
import { h } from '../ui/dom';
import { createChoicesView } from '../ui/reading/choices-view';
import { createPassageView } from '../ui/reading/passage-view';
import { createStatsPanel } from '../ui/reading/stats-panel';
import type { PreviewAssets } from './preview-assets';
import { createPreviewBackground } from './preview-background';
import { type PlaceKeeper, readPlace } from './preview-place';
import { createPreviewTools } from './preview-tools';

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

/** Where the story stopped with an error (`at` is ink's container path, when known), or null while it plays. */
export type PreviewStop = { message: string; at: string | null } | null;

/** The preview's page: the player's views of the passage, choices and stats, the notice, the ending and the background. */
function createPreviewPage(assets: PreviewAssets, choose: (index: number, turn: number) => void) {
  const live = h('div', { class: 'visually-hidden', 'aria-live': 'polite' });
  const passage = createPassageView((text) => {
    live.textContent = text;
  });
  const choices = createChoicesView(choose);
  const stats = createStatsPanel();
  const notice = h('p', { class: 'preview-notice', role: 'status' });
  const ending = h('p', { class: 'preview-ending' });
  const page = h('div', { class: 'preview-page' }, stats.el, passage.el, ending, choices.el);
  const background = createPreviewBackground(page, assets);
  return {
    parts: [notice, page, live],
    say(text: string) {
      notice.textContent = text;
    },
    render(s: GameState) {
      stats.render(s.meta.stats, s.stats);
      for (const node of passage.render(s.page)) node.classList.remove('fresh');
      const tags = s.page.flatMap((p) => p.tags);
      background.show(tags);
      // The studio's build checks no story files: a path the build would refuse plays on here with one warning.
      if (tags.length > 0) void import('../ui/reading/asset-warnings').then(({ warnRefusedFiles }) => warnRefusedFiles(tags));
      choices.render(s.choices, s.turn);
      ending.textContent = s.ended ? (s.ending ? `The end: ${s.ending.title}` : 'The story ended.') : '';
    },
    /** Draws the page afresh on the next render (every paragraph again, with the pictures known now). */
    forget() {
      passage.render([]);
    },
    clear() {
      background.clear();
      // What was last said aloud belongs to the story that is gone: a screen reader's review must not find it.
      live.textContent = '';
      passage.render([]);
      choices.render([], 0);
      stats.render([], {});
      ending.textContent = '';
    },
  };
}

export function createPreview(assets: PreviewAssets, places: PlaceKeeper, stopped: (stop: PreviewStop) => void = () => {}): Preview {
  const view = createPreviewPage(assets, (index, turn) => game?.choose(index, turn));
  const tools = createPreviewTools({ game: () => game, restart: () => preview.restart(), say: view.say });
  const el = h('section', { class: 'preview', 'aria-label': 'Preview' }, tools.el, ...view.parts);

  let game: Game | null = null;
  let projectId = '';
  let unsubscribe = () => {};
  let lastStop = '';
  /** The title the game was made with: its saves are kept under it. */
  let title = '';

  const render = (s: GameState) => {
    view.say([s.notice, s.error ? `The story stopped with an error: ${s.error}` : null].filter(Boolean).join(' '));
    const stop: PreviewStop = s.error ? { message: s.fault?.message ?? s.error, at: s.fault?.at ?? null } : null;
    if (JSON.stringify(stop) !== lastStop) {
      lastStop = JSON.stringify(stop);
      stopped(stop);
    }
    view.render(s);
    if (game) places.keep(projectId, game.session().seed, choicePath(s));
    tools.history(game ? s : null);
  };

  /** A game for this story: at the kept place (a reload, a renamed story), else at the start. */
  const start = async (json: string, kept: { seed: number; path: number[] } | null) => {
    unsubscribe();
    game = createGame({ story: json, storage: createMemoryStorage(), audio: assets.audio, defer: (w) => setTimeout(w, 0), ink: inkRuntime });
    title = game.session().meta.title;
    unsubscribe = game.store.subscribe(render);
    if (kept && kept.path.length > 0) await preview.playPath(kept.seed, kept.path, '');
    else game.newGame(1);
  };

  const preview: Preview = {
    el,
    async load(json, flows) {
      tools.fill(json, flows);
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
      view.forget();
      render(game.store.getState());
    },
    reset(id, reason) {
      projectId = id;
      unsubscribe();
      unsubscribe = () => {};
      game = null;
      lastStop = '';
      stopped(null);
      assets.audio.loop(null);
      view.clear();
      tools.history(null);
      view.say(reason ?? '');
    },
    restart() {
      game?.newGame(game.session().seed);
    },
    async playPath(seed, path, label) {
      if (game) await replayPath(game, seed, path, label);
    },
    game: () => game,
  };
  return preview;
}

/** Plays a path of choice indices from the start; an empty label is the place kept from the last visit, which needs no note unless it no longer fits. */
async function replayPath(game: Game, seed: number, path: readonly number[], label: string): Promise<void> {
  const [{ replayChoices }, { historyFromEntries }] = await Promise.all([import('../engine/saves/save-replay'), import('../engine/history/history-branches')]);
  const out = replayChoices(
    game.story(),
    seed,
    path.map((index) => ({ index })),
    'exact',
  );
  const to = label ? `the path to “${label}”` : 'your place from last time';
  const note = out.stop ? `Playing ${to}: ${out.stop.reason}.` : label ? `Playing ${to}.` : undefined;
  const history = historyFromEntries(out.start.stats, out.start.scene, out.entries);
  game.adopt({ session: out.session, passages: out.passages, history, note });
}

/** The choice indices from the start to where the reader stands. */
function choicePath(s: GameState): number[] {
  return pathTo(s.history, s.history.current).map((n) => n.choiceIndex);
}
