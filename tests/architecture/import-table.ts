/**
 * Which part of src/ may import which: the one table the architecture test
 * (import-rules.test.ts) reads. A key is a folder (its files, not its
 * sub-folders, which have rows of their own) or a single file that has rules
 * of its own, like the studio's worker; a file no key covers fails the test,
 * so a new folder has to be given its row here.
 *
 * An import inside one part is always allowed. An import that crosses parts
 * must be listed in `imports` (values and types) or `types` (`import type`
 * only, which the build erases). Packages, `node:` modules, Vite's virtual
 * modules and files outside src/ are listed in `outside` ('name/*' matches
 * the name and every sub-path). Parts marked `noInk` may import nothing that
 * steps a Story, except through engine/play (see `INK_RUNNERS`).
 */

export interface PartRule {
  /** What the part is, in a line: the test prints it beside a broken rule. */
  is: string;
  /** Parts it may import, values and types. */
  imports: readonly string[];
  /** Parts it may import types from only. */
  types?: readonly string[];
  /** Packages, node: modules, virtual: modules and repo files outside src/ it may import. */
  outside: readonly string[];
  /** Its imports into the engine (other than engine/play) must not reach a module that steps a Story. */
  noInk?: true;
}

const UI_ROOMS = ['ui/title', 'ui/reading', 'ui/screens', 'ui/map', 'ui/dialogs'] as const;
/**
 * What a view may read of the engine. The decision: views read engine/play for
 * everything that acts on the story (the store, playthrough operations,
 * replays, branch names) and may read engine/ink, engine/history and
 * engine/saves directly for their plain data helpers and types (tags, asset
 * paths, stat words, the history tree, the save format); `noInk` keeps those
 * direct reads off anything that runs ink. The explorer (engine/analysis) and
 * the ports reach views as types only.
 */
const VIEW_ENGINE = ['engine/play', 'engine/ink', 'engine/history', 'engine/saves'] as const;
const VIEW_TYPES = ['engine', 'engine/analysis'] as const;
const ROOM: PartRule = { is: '', imports: ['ui', 'ui/dialogs', ...VIEW_ENGINE], types: VIEW_TYPES, outside: [], noInk: true };

export const IMPORT_TABLE: Record<string, PartRule> = {
  'main.ts': {
    is: "the player's wiring file: the one place that joins the engine, the views, audio and the platform",
    // ink-runtime.ts is the story engine the game takes through GameDeps.ink, loaded after the first passage.
    imports: ['engine/play', 'engine/ink', 'ui', ...UI_ROOMS, 'audio', 'platform', 'platform/defer-after-paint.ts'],
    types: ['engine', 'engine/analysis'],
    outside: ['story/*', 'virtual:story-report'],
  },
  'ink-modules.d.ts': { is: 'the types of `.ink` imports', imports: [], types: ['engine/play', 'engine/analysis'], outside: [] },

  engine: { is: 'the ports: the doors to storage, audio and the clock', imports: [], outside: [] },
  'engine/ink': { is: 'the story session over inkjs; imports no other engine folder', imports: [], outside: ['inkjs'] },
  'engine/history': { is: 'the branching history tree', imports: ['engine/ink'], outside: [] },
  'engine/saves': { is: 'the save format, store, restore and replay', imports: ['engine', 'engine/ink', 'engine/history'], outside: ['valibot'] },
  'engine/play': {
    is: 'the game store and what a player does with it; never the explorer',
    imports: ['engine', 'engine/ink', 'engine/history', 'engine/saves'],
    outside: ['zustand/vanilla'],
  },
  'engine/analysis': { is: 'the explorer: imports engine/ink only and never reaches the player', imports: ['engine/ink'], outside: ['inkjs'] },

  ui: {
    is: "the views' shell: which screen shows, the DOM builder, settings on the page",
    imports: [...UI_ROOMS, ...VIEW_ENGINE, 'platform/defer-after-paint.ts'],
    types: VIEW_TYPES,
    outside: [],
    noInk: true,
  },
  'ui/title': { ...ROOM, is: 'the title screen' },
  'ui/reading': {
    ...ROOM,
    is: 'the reading screen',
    imports: [...ROOM.imports, 'platform/defer-after-paint.ts'],
    outside: ['virtual:story-assets', 'virtual:story-source-lines'],
  },
  'ui/screens': { ...ROOM, is: 'the side screens', imports: [...ROOM.imports, 'ui/reading'] },
  'ui/map': { ...ROOM, is: 'the story map', outside: ['@dagrejs/dagre'] },
  'ui/dialogs': { ...ROOM, is: 'the in-page questions and dialogs' },

  audio: {
    is: 'the only place that imports howler; implements the audio port',
    imports: [],
    types: ['engine'],
    outside: ['howler', 'virtual:story-audio', 'assets/*'],
  },
  platform: { is: 'browser implementations of the ports', imports: [], types: ['engine'], outside: [] },
  // The one browser-scheduling helper the views share with the wiring file; the studio's preview has no use for it.
  'platform/defer-after-paint.ts': { is: 'running work once a passage is painted', imports: [], outside: [] },
  tooling: {
    is: 'compile and lint, shared by the CLI and the studio worker: no Node modules',
    imports: ['engine/ink', 'engine/analysis'],
    outside: ['inkjs', 'inkjs/full'],
  },
  // The one-file page as text: no compiler and no Node, so the studio's page may build it as `npm run build` does.
  'tooling/one-file-page.ts': { is: "the one-file page's HTML and CSP", imports: [], outside: [] },
  authoring: {
    is: 'Node only: the CLI and the Vite plugins',
    imports: ['tooling', 'tooling/one-file-page.ts', 'engine/ink', 'engine/analysis', 'engine/play', 'platform'],
    outside: ['node:*', 'vite', 'inkjs', 'inkjs/full', 'virtual:*'],
  },
  studio: {
    is: "the studio's page: editor, panels, the preview built from the views; never imports tooling's code (its worker does)",
    // The one-file page's builder is plain text work with no compiler, shared with `npm run build`; inline-assets.ts likewise.
    imports: [
      'engine',
      'engine/play',
      'engine/ink',
      'engine/history',
      'engine/saves',
      'platform',
      'ui',
      'ui/reading',
      'ui/map',
      'ui/dialogs',
      'tooling/one-file-page.ts',
      'studio/export/inline-assets.ts',
    ],
    types: ['engine/analysis', 'tooling', 'studio/worker-protocol.ts'],
    outside: ['@codemirror/*', '@lezer/highlight', 'fflate', 'idb-keyval', 'zustand/vanilla', 'virtual:export-player', 'virtual:story-assets'],
  },
  'studio/worker-protocol.ts': {
    is: "the studio worker's work: compile, lint and explore; no DOM",
    imports: ['engine/ink', 'engine/analysis', 'tooling'],
    outside: ['inkjs', 'inkjs/full'],
  },
  'studio/compile-worker.ts': { is: "the studio worker's entry", imports: ['studio/worker-protocol.ts'], outside: [] },
  // A project's pictures and sounds as data: URIs in the one-file page: plain text work the studio's page runs.
  'studio/export/inline-assets.ts': {
    is: "a project's files as the one-file page's assets",
    imports: [],
    types: ['tooling/one-file-page.ts'],
    outside: [],
  },
  'studio/export': {
    is: "the player the studio and the build export: a second wiring file (with the site's audio for the page's own sounds)",
    imports: ['engine', 'engine/play', 'engine/ink', 'platform', 'ui', 'audio'],
    outside: [],
  },
};

/**
 * Modules that step a Story: building one from JSON, running turns on it, or
 * replaying a choice log. Parts marked `noInk` reach them only through
 * engine/play.
 */
export const INK_RUNNERS: readonly string[] = [
  'engine/ink/ink-json.ts',
  'engine/ink/lazy-knots.ts',
  'engine/ink/story-session.ts',
  'engine/ink/ink-turn.ts',
  'engine/saves/save-replay.ts',
];
