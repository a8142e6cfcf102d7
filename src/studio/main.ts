/**
 * The studio's wiring file: the page where an author writes, plays, checks
 * and exports an ink story with nothing installed. It loads the last project
 * (or starts the example), connects the editor to the compile worker, the
 * worker's answers to the diagnostics, the problem list and the preview, and
 * keeps every change in the project store. Each piece lives in its own file.
 */

import { downloadBlob } from '../platform/download';
import { actionButton, h, setChildren } from '../ui/dom';
import { createCompileClient, type WorkerLike } from './compile-client';
import { createInkEditor } from './editor';
import { EXAMPLE_ENTRY, EXAMPLE_FILES, flagshipFiles } from './example';
import { createExplorePanel } from './explore-panel';
import { createFilesPanel } from './files-panel';
import { outline } from './ink-outline';
import { createPreview } from './preview';
import { createProblemsPanel } from './problems-panel';
import { addFile, type Change, checkFileName, checkText, newProject, type Project, removeFile, renameFile, setEntry, setText } from './project';
import { createProjectStore } from './project-store';
import { downloadName, projectZip, siteZip } from './project-zip';
import type { Diagnostic } from './worker-protocol';
import './studio.css';

const makeWorker = (): WorkerLike => new Worker(new URL('./compile-worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

const root = document.getElementById('studio');
if (!root) throw new Error('studio/index.html has no #studio element');

const warning = h('p', { class: 'studio-warning', role: 'alert', hidden: true });
const store = createProjectStore((message) => {
  warning.hidden = false;
  setChildren(warning, message, ' ', zipButton('Download the zip now'));
});

let project: Project = newProject('The Lantern', EXAMPLE_FILES, EXAMPLE_ENTRY);
let compiled: { json: string; entry: string; files: Record<string, string> } | null = null;
let compileProblems: Diagnostic[] = [];
let exploreProblems: Diagnostic[] = [];
let status = 'Compiling…';

const files = createFilesPanel({
  open: (file) => switchTo({ ...project, open: file }),
  add: (name) => apply(addFile(project, name, name.includes('/') ? '' : `== ${name.replace(/\.ink$/, '').replace(/\W+/g, '_')} ==\n`)),
  rename: (from, to) => {
    const r = renameFile(project, from, to);
    // INCLUDE lines in any file may have changed with the name: every file's editor state is built afresh.
    if (r.ok) editor.reset();
    apply(r);
  },
  remove: async (file) => {
    const { confirmInPage } = await import('../ui/dialogs/ask-dialog');
    if (
      file !== project.entry &&
      !(await confirmInPage(`Remove ${file}?`, 'Its text leaves the project (download a zip first to keep a copy).', 'Remove', true))
    )
      return;
    const r = removeFile(project, file);
    if (r.ok) editor.forget(file);
    apply(r);
  },
  makeEntry: (file) => apply(setEntry(project, file)),
  goToLine: (line) => editor.goToLine(line),
});

const editorHolder = h('div', { class: 'editor' });
const editor = createInkEditor(editorHolder, {
  files: () => project.files,
  reveal: (file, line) => {
    if (file !== project.open) switchTo({ ...project, open: file });
    editor.goToLine(line);
  },
  say: (message) => files.say(message),
  changed: (file, text) => {
    const r = setText(project, file, text);
    if (!r.ok) return files.say(r.message);
    project = r.project;
    files.renderText(project);
    persist();
    compiler.schedule(project.entry, project.files);
  },
});

const problems = createProblemsPanel(
  (file, line) => {
    if (file !== project.open && file in project.files) switchTo({ ...project, open: file });
    editor.goToLine(line);
  },
  () => showProblems(),
);
const showProblems = () => {
  const all = [...compileProblems, ...exploreProblems];
  editor.diagnostics(problems.render(all, status));
};

const preview = createPreview();
const flows = () =>
  Object.values(project.files).flatMap((t) =>
    outline(t)
      .filter((i) => i.kind !== 'function')
      .map((i) => i.path),
  );

const compiler = createCompileClient(makeWorker, (a) => {
  compileProblems = a.diagnostics;
  const errors = a.diagnostics.filter((d) => d.severity === 'error').length;
  if (a.json) {
    // The final answer repeats the early one's story with the lint findings: the preview has it already.
    const fresh = compiled?.json !== a.json;
    compiled = { json: a.json, entry: project.entry, files: project.files };
    status = !a.final
      ? 'Compiled; checking with the lint rules…'
      : errors
        ? `${errors} error(s).`
        : `Compiled in ${Math.round(a.ms)} ms. ${a.diagnostics.length ? `${a.diagnostics.length} note(s).` : 'No problems.'}`;
    if (fresh) void preview.load(a.json, flows());
  } else {
    status = `${errors || 1} error(s): the preview keeps playing the last version that compiled.`;
  }
  exploreProblems = [];
  showProblems();
});

const explore = createExplorePanel({
  current: () => compiled,
  makeWorker,
  playPath: (seed, path, label) => preview.playPath(seed, path, label),
  problems: (list) => {
    exploreProblems = list;
    showProblems();
  },
  unreached: (paths) => {
    unreachedFlows = paths;
    markUnreached();
  },
  showMap: async (report, close) => (await import('./story-map-view')).storyMapView(report, close),
});

function zipButton(label: string): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'zip' }, label);
  b.addEventListener('click', () => downloadBlob(downloadName(project, 'zip'), projectZip(project), 'application/zip'));
  return b;
}

let saveTimer: ReturnType<typeof setTimeout> | undefined;
function persist(): void {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => void store.save(project), 150);
}
addEventListener('pagehide', () => void store.save(project));

function apply(change: Change): void {
  if (!change.ok) {
    files.say(change.message);
    return;
  }
  files.say('');
  switchTo(change.project);
  compiler.now(project.entry, project.files);
}

/** The explorer's unvisited knots and stitches, marked in whichever file is open (from their header to the next). */
let unreachedFlows: string[] = [];
function markUnreached(): void {
  const text = project.files[project.open] ?? '';
  const items = outline(text);
  const lines = items.flatMap((item, i) => {
    if (!unreachedFlows.includes(item.path)) return [];
    const end = (items[i + 1]?.line ?? text.split('\n').length + 1) - 1;
    return Array.from({ length: end - item.line + 1 }, (_, k) => item.line + k);
  });
  editor.unreached(lines);
}

function switchTo(next: Project): void {
  project = next;
  files.render(project);
  editor.show(project.open, project.files[project.open] ?? '');
  markUnreached();
  showProblems();
  persist();
}

async function openProject(next: Project): Promise<void> {
  project = next;
  compiled = null;
  unreachedFlows = [];
  projectName.value = project.name;
  editor.reset();
  switchTo(project);
  renderProjects();
  compiler.now(project.entry, project.files);
}

const projectSelect = h('select', { id: 'project-select', 'aria-label': 'Project' });
const projectName = h('input', { id: 'project-name', type: 'text', 'aria-label': 'Project name', size: 16, spellcheck: 'false' });
projectName.addEventListener('change', () => {
  const name = projectName.value.trim();
  if (!name) return;
  project = { ...project, name, updated: Date.now() };
  void store.save(project).then(renderProjects);
});
async function renderProjects(): Promise<void> {
  const list = await store.list();
  if (!list.some((p) => p.id === project.id)) list.unshift({ id: project.id, name: project.name, updated: project.updated });
  setChildren(projectSelect, ...list.map((p) => h('option', { value: p.id, selected: p.id === project.id }, p.name)));
}
projectSelect.addEventListener('change', async () => {
  await store.save(project);
  const next = await store.load(projectSelect.value);
  if (next) await openProject(next);
});

const fileInput = h('input', { type: 'file', accept: '.ink,text/plain', multiple: true, hidden: true, id: 'open-files-input' });
const folderInput = h('input', { type: 'file', hidden: true, id: 'open-folder-input' });
folderInput.setAttribute('webkitdirectory', '');
const readPicked = async (input: HTMLInputElement) => {
  const picked = [...(input.files ?? [])].filter((f) => f.name.endsWith('.ink'));
  input.value = '';
  if (picked.length === 0) return files.say('No .ink files were picked.');
  const read: Record<string, string> = {};
  const refused: string[] = [];
  for (const f of picked) {
    const name = (f.webkitRelativePath || f.name)
      .split('/')
      .slice(f.webkitRelativePath ? 1 : 0)
      .join('/');
    if (f.size > 2 * 1024 * 1024) {
      refused.push(`${name} is ${(f.size / 1024 / 1024).toFixed(1)} MB; a source file can be at most 2 MB.`);
      continue;
    }
    const text = await f.text();
    const bad = checkFileName(name) ?? checkText(text);
    if (bad) refused.push(`${name}: ${bad}`);
    else read[name] = text;
  }
  const names = Object.keys(read);
  if (names.length > 0) {
    const entry = names.find((n) => n === 'main.ink') ?? names.find((n) => !n.includes('/')) ?? names[0] ?? 'main.ink';
    await store.save(project);
    await openProject(newProject(entry.replace(/\.ink$/, ''), read, entry));
  }
  files.say(refused.join(' '));
};
fileInput.addEventListener('change', () => void readPicked(fileInput));
folderInput.addEventListener('change', () => void readPicked(folderInput));

async function exportAs(kind: 'html' | 'site'): Promise<void> {
  if (!compiled) return files.say('The story has not compiled yet, so there is nothing to export.');
  const { exportHtml } = await import('./export-html');
  const r = await exportHtml(compiled.json, preview.game()?.store.getState().meta.title || project.name);
  if (!r.ok) return files.say(r.message);
  if (kind === 'html') downloadBlob(downloadName(project, 'html'), r.html, 'text/html');
  else downloadBlob(downloadName(project, 'zip').replace(/\.zip$/, '-site.zip'), siteZip(project, r.html), 'application/zip');
}

const tool = (id: string, text: string, action: () => void) => actionButton(text, action, { id });
const header = h(
  'header',
  { class: 'studio-bar' },
  h('h1', {}, 'Ink studio'),
  projectSelect,
  projectName,
  tool('new-project', 'New project', async () => {
    await store.save(project);
    await openProject(newProject('The Lantern', EXAMPLE_FILES, EXAMPLE_ENTRY));
  }),
  tool('open-flagship', 'Open Kee’s First Raid', async () => {
    await store.save(project);
    await openProject(newProject('Kee’s First Raid', await flagshipFiles(), 'main.ink'));
  }),
  tool('open-files', 'Open .ink files', () => fileInput.click()),
  'webkitdirectory' in HTMLInputElement.prototype ? tool('open-folder', 'Open folder', () => folderInput.click()) : null,
  zipButton('Download zip'),
  tool('export-html', 'Export as one HTML file', () => void exportAs('html')),
  tool('export-site', 'Export site as zip', () => void exportAs('site')),
  fileInput,
  folderInput,
);
if (import.meta.env.DEV)
  void import('./dev-files').then(({ devFileTools }) => header.append(...devFileTools({ project: () => project, open: openProject, say: files.say })));

setChildren(
  root,
  header,
  warning,
  h(
    'div',
    { class: 'studio-main' },
    files.el,
    h('div', { class: 'studio-center' }, editorHolder, problems.el),
    h('div', { class: 'studio-side' }, preview.el, explore.el),
  ),
);
root.setAttribute('aria-busy', 'false');

void (async () => {
  const last = await store.lastOpen();
  const saved = last ? await store.load(last) : null;
  await openProject(saved ?? project);
  if (!saved) void store.save(project);
  // The author came to write: the cursor starts in the editor (and the preview's choices do not take focus and scroll a small screen away).
  editor.view.focus();
})();
