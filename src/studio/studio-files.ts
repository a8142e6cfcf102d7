/**
 * The studio's ways in and out: the bar with its File menu, the file
 * pickers (ink files, a folder, pictures and sounds), dropping files or a
 * folder anywhere on the page, the exports, the keyboard shortcuts and the
 * help panel. Opening ink makes a new project; pictures and sounds alone are
 * added to the open one. Every refusal is a sentence under the file list.
 */
import { h } from '../ui/dom';
import { EXAMPLE_ENTRY, EXAMPLE_FILES, flagshipFiles } from './example';
import type { ExplorePanel } from './explore-panel';
import { createHelpPanel } from './help-panel';
import { type DiskFile, droppedFiles, pickedFiles, placeAsset, readDiskFiles } from './open-files';
import type { Preview } from './preview';
import { newProject, type Project, UNTITLED } from './project';
import { addAssets, PICKABLE } from './project-assets';
import { downloadZip, exportAs } from './project-exports';
import type { ProjectStore } from './project-store';
import { bindShortcuts } from './shortcuts';
import { createStudioBar } from './studio-bar';
import { dispatch, type StudioStore, update } from './studio-state';

export interface StudioFilesHost {
  store: StudioStore;
  projects: ProjectStore;
  preview: Preview;
  explore: ExplorePanel;
  /** `stored`: it came from the project store, pictures and all, so nothing needs writing. */
  openProject(next: Project, stored?: boolean): Promise<void>;
  compile(): void;
}

export function wireStudioFiles(host: StudioFilesHost): { bar: HTMLElement; help: HTMLDialogElement; addAssets(): void } {
  const { store } = host;
  const say = (message: string) => dispatch(store, update.say, message);
  const input = (id: string, accept: string) => h('input', { type: 'file', accept, multiple: true, hidden: true, id });
  // Ink files with their pictures and sounds, picked together, make one project.
  const inkInput = input('open-files-input', PICKABLE);
  const assetInput = input('add-assets-input', PICKABLE.replace('.ink,', ''));
  const folderInput = input('open-folder-input', '');
  folderInput.setAttribute('webkitdirectory', '');

  const take = (list: readonly DiskFile[], inkWanted: boolean) => takeFiles(host, list, inkWanted);
  const onPick = (el: HTMLInputElement, inkWanted: boolean) =>
    el.addEventListener('change', () => {
      const list = pickedFiles(el);
      el.value = '';
      void take(list, inkWanted);
    });
  onPick(inkInput, true);
  onPick(folderInput, true);
  onPick(assetInput, false);

  const help = createHelpPanel();
  const exportHost = { store, title: () => host.preview.game()?.store.getState().meta.title ?? '', say };
  const open = async (make: () => Promise<Project> | Project) => host.openProject(await make());
  const bar = createStudioBar({
    store,
    list: () => host.projects.list(),
    newProject: () => void open(() => newProject('The Lantern', EXAMPLE_FILES, EXAMPLE_ENTRY)),
    newEmptyProject: () => void open(() => newProject(UNTITLED, { 'main.ink': '' }, 'main.ink')),
    openExample: () => void open(async () => newProject('Kee’s First Raid', await flagshipFiles(), 'main.ink')),
    openFiles: () => inkInput.click(),
    openFolder: 'webkitdirectory' in HTMLInputElement.prototype ? () => folderInput.click() : null,
    addAssets: () => assetInput.click(),
    save: () => void save(),
    downloadZip: () => downloadZip(store),
    exportAs: (kind) => void exportAs(kind, exportHost),
    help: () => help.open(),
    switchTo: (id) =>
      void (async () => {
        const next = await host.projects.load(id);
        if (next) await host.openProject(next, true);
      })(),
    rename: (name) => dispatch(store, update.changeProject, { ...store.getState().project, name, updated: Date.now() }),
  });
  bar.append(inkInput, folderInput, assetInput);
  const save = async () => {
    await host.projects.save(store.getState().project, true);
    say(host.projects.inMemory ? 'Kept in this tab only: download the zip to keep it.' : `Saved ${new Date().toLocaleTimeString()}.`);
  };

  bindShortcuts((name) => {
    if (name === 'save') void save();
    else if (name === 'export') void exportAs('html', exportHost);
    else if (name === 'explore') host.explore.run();
    else help.open();
  });

  bindDrop((list) => take(list, false));

  if (import.meta.env.DEV)
    void import('./dev-files').then(({ devFileTools }) =>
      bar.append(...devFileTools({ project: () => store.getState().project, open: (p) => host.openProject(p), say })),
    );
  return { bar, help: help.el, addAssets: () => assetInput.click() };
}

/** Ink among the files: a new project of them (and their pictures and sounds). Else the files join the open project. */
async function takeFiles(host: StudioFilesHost, list: readonly DiskFile[], inkWanted: boolean): Promise<void> {
  const { store } = host;
  const picked = await readDiskFiles(list);
  const refused = [...picked.refused];
  const names = Object.keys(picked.ink);
  if (names.length > 0) {
    const entry = names.find((n) => n === 'main.ink') ?? names.find((n) => !n.includes('/')) ?? names[0] ?? 'main.ink';
    const added = addAssets(newProject(picked.folder ?? entry.replace(/\.ink$/, ''), picked.ink, entry), picked.assets);
    await host.openProject(added.project);
    refused.push(...added.refused);
  } else if (picked.assets.length > 0) {
    const p = store.getState().project;
    const placed = picked.assets.map((a) => ({ ...a, name: placeAsset(a.name, p.entry, Object.values(p.files)) }));
    const added = addAssets(p, placed);
    dispatch(store, update.changeProject, added.project);
    host.compile();
    const taken = placed.filter((a) => added.project.assets[a.name] === a.bytes).map((a) => a.name);
    if (taken.length > 0) refused.unshift(`Added ${taken.join(', ')}.`);
    refused.push(...added.refused);
  } else if (refused.length === 0) refused.push(inkWanted ? 'No .ink files were picked.' : 'No pictures or sounds were picked.');
  dispatch(store, update.say, refused.join(' '));
}

/** Dropping files or a folder anywhere: the page, not the browser, takes them (a browser would navigate to the file). */
function bindDrop(take: (list: DiskFile[]) => Promise<void>): void {
  addEventListener('dragover', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  // Caught on the way down, so the editor never pastes a dropped file's bytes as text.
  addEventListener(
    'drop',
    (e) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      e.stopPropagation();
      void droppedFiles(e.dataTransfer).then(take);
    },
    { capture: true },
  );
}
