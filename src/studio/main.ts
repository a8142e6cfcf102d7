/**
 * The studio's wiring file: the page where an author writes, plays, checks
 * and exports an ink story with nothing installed. Everything the page knows
 * lives in one store (studio-state.ts); the panels subscribe to the parts they
 * show, and every change goes through one of its typed updates. This file
 * builds the panels, connects the editor and the compile worker to the store,
 * and keeps the project saved. Each piece lives in its own file.
 */

import { placeOf } from '../engine/ink/source-place';
import { h, setChildren } from '../ui/dom';
import { createCompileClient, type WorkerLike } from './compile-client';
import { createInkEditor } from './editor';
import { EXAMPLE_ENTRY, EXAMPLE_FILES } from './example';
import { createExplorePanel } from './explore-panel';
import { createFilesPanel } from './files-panel';
import { flowLines, outline } from './ink-outline';
import { createPreview, type PreviewStop } from './preview';
import { createPreviewAssets } from './preview-assets';
import { createPlaceKeeper } from './preview-place';
import { createProblemsPanel } from './problems-panel';
import { addFile, type Change, newProject, type Project, removeFile, renameFile, setEntry, setText, UNTITLED } from './project';
import { removeAsset } from './project-assets';
import { downloadZip } from './project-exports';
import { createProjectStore } from './project-store';
import { wireStudioFiles } from './studio-files';
import { createStudioStore, dispatch, exploreTarget, type StudioState, update, watch } from './studio-state';
import type { Diagnostic } from './worker-protocol';
import './studio.css';

const makeWorker = (): WorkerLike => new Worker(new URL('./compile-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

const root = document.getElementById('studio');
if (!root) throw new Error('studio/index.html has no #studio element');

const warning = h('p', { class: 'studio-warning', role: 'alert', hidden: true });
const projects = createProjectStore((message) => {
  warning.hidden = false;
  const zip = h('button', { type: 'button', class: 'zip' }, 'Download the zip now');
  zip.addEventListener('click', () => downloadZip(store));
  setChildren(warning, message, ' ', zip);
});

const store = createStudioStore(newProject('The Lantern', EXAMPLE_FILES, EXAMPLE_ENTRY));
const project = () => store.getState().project;
const say = (message: string) => dispatch(store, update.say, message);
/** A change to the project that is open (never another project: that is openProject). */
const change = (next: Project) => dispatch(store, update.changeProject, next);

/** Compiles the open project, now or once typing pauses; the answer is kept only if that project is still open. */
let compiling = { id: '', files: {} as Record<string, string> };
const compile = (when: 'now' | 'soon') => {
  const p = project();
  compiling = { id: p.id, files: p.files };
  const assets = Object.keys(p.assets);
  if (when === 'now') compiler.now(p.entry, p.files, assets);
  else compiler.schedule(p.entry, p.files, assets);
};

function apply(result: Change): void {
  if (!result.ok) {
    say(result.message);
    return;
  }
  say('');
  change(result.project);
  compile('now');
}

const files = createFilesPanel({
  open: (file) => change({ ...project(), open: file }),
  add: (name) => apply(addFile(project(), name, name.includes('/') ? '' : `== ${name.replace(/\.ink$/, '').replace(/\W+/g, '_')} ==\n`)),
  rename: (from, to) => {
    const r = renameFile(project(), from, to);
    // INCLUDE lines in any file may have changed with the name: every file's editor state is built afresh.
    if (r.ok) editor.reset();
    apply(r);
  },
  remove: async (file) => {
    const { confirmInPage } = await import('../ui/dialogs/ask-dialog');
    const sure = () => confirmInPage(`Remove ${file}?`, 'Its text leaves the project (download a zip first to keep a copy).', 'Remove', true);
    if (file !== project().entry && !(await sure())) return;
    const r = removeFile(project(), file);
    if (r.ok) editor.forget(file);
    apply(r);
  },
  makeEntry: (file) => apply(setEntry(project(), file)),
  goToLine: (line) => editor.goToLine(line),
  addAssets: () => disk.addAssets(),
  removeAsset: (name) => {
    change(removeAsset(project(), name));
    compile('now');
  },
});

const editorHolder = h('div', { class: 'editor' });
const editor = createInkEditor(editorHolder, {
  files: () => project().files,
  reveal: (file, line) => {
    if (file !== project().open) change({ ...project(), open: file });
    editor.goToLine(line);
  },
  say,
  changed: (file, text) => {
    const r = setText(project(), file, text);
    if (!r.ok) return say(r.message);
    change(r.project);
    compile('soon');
  },
});

const problems = createProblemsPanel(
  (file, line) => {
    if (file !== project().open && file in project().files) change({ ...project(), open: file });
    editor.goToLine(line);
  },
  // A rule shown or hidden again: the list and the gutter follow.
  () => showProblems(store.getState()),
);
/** The problem list and the gutter show the same findings: those of the rules the author has not hidden. */
function showProblems(s: StudioState): void {
  editor.diagnostics(problems.render([...s.compileProblems, ...s.exploreProblems, ...s.previewProblems], s.status));
}

const previewAssets = createPreviewAssets();
let lastStop: PreviewStop = null;
const preview = createPreview(previewAssets, createPlaceKeeper(), (stop) => {
  lastStop = stop;
  dispatch(store, update.previewProblems, stopProblems(stop));
});

/** The preview's stop (an endless loop, a runtime error) as a problem at its file and line, by the compile's map of lines. */
function stopProblems(stop: PreviewStop): Diagnostic[] {
  if (!stop) return [];
  const { compiled, project: p } = store.getState();
  const place = stop.at && compiled?.lines ? placeOf(stop.at, compiled.lines) : null;
  return [{ severity: 'error', file: place?.file ?? p.entry, line: place?.line ?? 0, message: `the preview stopped: ${stop.message}` }];
}
const flows = () =>
  Object.values(project().files).flatMap((t) =>
    outline(t)
      .filter((i) => i.kind !== 'function')
      .map((i) => i.path),
  );

const compiler = createCompileClient(makeWorker, (a) => dispatch(store, update.compiled, a, compiling.id, compiling.files));

const explore = createExplorePanel({
  current: () => exploreTarget(store.getState()),
  makeWorker,
  playPath: (seed, path, label) => preview.playPath(seed, path, label),
  problems: (list) => dispatch(store, update.exploreProblems, list),
  unreached: (paths) => dispatch(store, update.unreached, paths),
  showMap: async (report, close) => (await import('./story-map-view')).storyMapView(report, close, preview.game()),
});

/** A new empty project takes its name from the story's `# title:` once it has one (a name the author typed stays). */
function nameFromTitle(): void {
  const title = preview.game()?.session().meta.title;
  const p = project();
  if (p.name === UNTITLED && title && title !== UNTITLED) change({ ...p, name: title, updated: Date.now() });
}

// The panels, each following the part of the state it shows.
watch(
  store,
  (s) => s.generation,
  (_g, s) => {
    // Another project: nothing of the last one's stays on screen.
    editor.reset();
    explore.reset();
    preview.reset(s.project.id, null);
  },
);
watch(
  store,
  (s) => `${s.generation}\n${s.project.open}`,
  (_k, s) => editor.show(s.project.open, s.project.files[s.project.open] ?? ''),
);
watch(
  store,
  (s) => s.project.files,
  (_f, s) => files.renderText(s.project),
);
watch(
  store,
  (s) => `${s.generation}\n${s.project.open}\n${s.project.entry}\n${Object.keys(s.project.files).join('\n')}`,
  (_k, s) => files.render(s.project),
);
watch(
  store,
  (s) => s.project.assets,
  (assets, s) => {
    previewAssets.use(s.project.entry, assets);
    preview.refresh();
    files.render(s.project);
  },
);
watch(
  store,
  (s) => s.message,
  (m) => files.say(m),
);
watch(
  store,
  (s) => [s.compileProblems, s.exploreProblems, s.previewProblems, s.status] as const,
  () => showProblems(store.getState()),
);
watch(
  store,
  (s) => `${s.project.open}\n${s.unreached.join(' ')}`,
  // The explorer's unvisited knots and stitches, marked in whichever file is open.
  (_k, s) => editor.unreached(flowLines(s.unreached, s.project.files[s.project.open] ?? '')),
);
// The final answer repeats the early one's story with the lint findings: the preview has it already.
watch(
  store,
  (s) => s.compiled?.json ?? null,
  (json) => {
    if (json) void preview.load(json, flows()).then(nameFromTitle);
  },
);
// The map of lines comes with the compile's final answer: a stop seen before it is placed again.
watch(
  store,
  (s) => s.compiled?.lines ?? null,
  () => {
    if (lastStop) dispatch(store, update.previewProblems, stopProblems(lastStop));
  },
);
watch(
  store,
  (s) => s.noStory,
  (reason, s) => {
    if (reason) preview.reset(s.project.id, reason);
  },
);

// Saving: the text shortly after each change, the pictures and sounds when they change.
let saveTimer: ReturnType<typeof setTimeout> | undefined;
let savedAssets = project().assets;
store.subscribe((s, before) => {
  if (s.project === before.project) return;
  const withAssets = s.project.assets !== savedAssets;
  savedAssets = s.project.assets;
  clearTimeout(saveTimer);
  if (withAssets) void projects.save(s.project, true);
  else saveTimer = setTimeout(() => void projects.save(project()), 150);
});
addEventListener('pagehide', () => void projects.save(project()));

/** Opens another project; one that was not loaded from the store (new, or read from disk) is stored whole at once. */
async function openProject(next: Project, stored = false): Promise<void> {
  await projects.save(project());
  savedAssets = next.assets;
  dispatch(store, update.openProject, next);
  if (!stored) void projects.save(next, true);
  compile('now');
}

const disk = wireStudioFiles({ store, projects, preview, explore, openProject, compile: () => compile('now') });

setChildren(
  root,
  disk.bar,
  warning,
  h(
    'div',
    { class: 'studio-main' },
    files.el,
    h('div', { class: 'studio-center' }, editorHolder, problems.el),
    h('div', { class: 'studio-side' }, preview.el, explore.el),
  ),
  disk.help,
);
root.setAttribute('aria-busy', 'false');

void (async () => {
  const last = await projects.lastOpen();
  const saved = last ? await projects.load(last) : null;
  savedAssets = (saved ?? project()).assets;
  dispatch(store, update.openProject, saved ?? project());
  compile('now');
  if (!saved) void projects.save(project(), true);
  // The author came to write: the cursor starts in the editor (and the preview's choices do not take focus and scroll a small screen away).
  editor.view.focus();
})();
