/**
 * The bar above the editor, in one row: the studio's name, the project
 * (which one, and its name), a File menu holding what is done now and then
 * (new, open, save, download, the exports), and the actions an author uses
 * all the time left visible: export as one HTML file and help. Shortcuts for
 * save, export and explore are shown in the menu and listed in the help.
 */
import { actionButton, h, setChildren } from '../ui/dom';
import { createMenuButton, SEPARATOR } from './menu-button';
import type { ExportKind } from './project-exports';
import type { ProjectSummary } from './project-store';
import { keysOf } from './shortcuts';
import { type StudioStore, watch } from './studio-state';

export interface BarHost {
  store: StudioStore;
  list(): Promise<ProjectSummary[]>;
  newProject(): void;
  newEmptyProject(): void;
  openExample(): void;
  openFiles(): void;
  openFolder: (() => void) | null;
  addAssets(): void;
  save(): void;
  downloadZip(): void;
  exportAs(kind: ExportKind): void;
  help(): void;
  switchTo(id: string): void;
  rename(name: string): void;
}

export function createStudioBar(host: BarHost): HTMLElement {
  const projectSelect = h('select', { id: 'project-select', 'aria-label': 'Project' });
  const projectName = h('input', { id: 'project-name', type: 'text', 'aria-label': 'Project name', size: 16, spellcheck: 'false' });
  projectName.addEventListener('change', () => {
    const name = projectName.value.trim();
    if (name) host.rename(name);
  });
  projectSelect.addEventListener('change', () => host.switchTo(projectSelect.value));

  const renderProjects = async () => {
    const { project } = host.store.getState();
    const list = await host.list();
    if (!list.some((p) => p.id === project.id)) list.unshift({ id: project.id, name: project.name, updated: project.updated });
    setChildren(projectSelect, ...list.map((p) => h('option', { value: p.id, selected: p.id === project.id }, p.id === project.id ? project.name : p.name)));
  };
  watch(
    host.store,
    (s) => `${s.project.id}\n${s.project.name}`,
    () => {
      projectName.value = host.store.getState().project.name;
      void renderProjects();
    },
  );

  const file = createMenuButton('file-menu', 'File', [
    { id: 'new-project', label: 'New project (a short example)', action: host.newProject },
    { id: 'new-empty-project', label: 'New empty project', action: host.newEmptyProject },
    { id: 'open-flagship', label: 'Open Kee’s First Raid (example)', action: host.openExample },
    { id: 'open-files', label: 'Open .ink files…', action: host.openFiles },
    ...(host.openFolder ? [{ id: 'open-folder', label: 'Open folder…', action: host.openFolder }] : []),
    { id: 'menu-add-assets', label: 'Add pictures or sounds…', action: host.addAssets },
    SEPARATOR,
    { id: 'save-project', label: 'Save now', keys: keysOf('save'), action: host.save },
    { id: 'download-zip', label: 'Download project as zip', action: host.downloadZip },
    SEPARATOR,
    { id: 'menu-export-html', label: 'Export as one HTML file', keys: keysOf('export'), action: () => host.exportAs('html') },
    { id: 'export-site', label: 'Export site as zip', action: () => host.exportAs('site') },
    { id: 'export-json', label: 'Export JSON (for inkjs or Unity)', action: () => host.exportAs('json') },
  ]);

  return h(
    'header',
    { class: 'studio-bar' },
    h('h1', {}, 'Ink studio'),
    h('div', { class: 'bar-project' }, projectSelect, projectName),
    file,
    h(
      'div',
      { class: 'bar-actions' },
      actionButton('Export as one HTML file', () => host.exportAs('html'), { id: 'export-html', title: keysOf('export') }),
      actionButton('Help', host.help, { id: 'open-help', title: keysOf('help'), 'aria-haspopup': 'dialog' }),
    ),
  );
}
