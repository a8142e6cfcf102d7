/**
 * The project's downloads: the zip of its files, the story as one HTML file
 * (its pictures and sounds inlined), as a site zip, and as ink JSON (the
 * JSON inklecate's `-o` writes, from the same compile as the preview, which
 * plain inkjs and Unity's ink runtime load as it is).
 */
import { downloadBlob } from '../platform/download';
import { tagPath } from './project-assets';
import { downloadName, projectZip, siteZip } from './project-zip';
import type { StudioStore } from './studio-state';

export type ExportKind = 'html' | 'site' | 'json';

export interface ExportHost {
  store: StudioStore;
  /** The story's title as the preview read it, if any. */
  title(): string;
  say(message: string): void;
}

export function downloadZip(store: StudioStore): void {
  const { project } = store.getState();
  downloadBlob(downloadName(project, 'zip'), projectZip(project), 'application/zip');
}

export async function exportAs(kind: ExportKind, host: ExportHost): Promise<void> {
  const { project, compiled } = host.store.getState();
  if (!compiled || compiled.projectId !== project.id)
    return host.say('The story has not compiled yet, so there is nothing to export: the problems are listed under the editor.');
  if (kind === 'json') {
    downloadBlob(downloadName(project, 'json'), compiled.json, 'application/json');
    return host.say(`Exported ${downloadName(project, 'json')}: the compiled ink JSON, for inkjs or Unity.`);
  }
  const { exportHtml } = await import('./export-html');
  // Keyed by the path a tag writes, which is what the page looks pictures up by.
  const files = new Map(Object.entries(project.assets).map(([name, bytes]) => [tagPath(project.entry, name), bytes]));
  const r = await exportHtml(compiled.json, host.title() || project.name, files);
  if (!r.ok) return host.say(r.message);
  if (kind === 'html') downloadBlob(downloadName(project, 'html'), r.html, 'text/html');
  else downloadBlob(downloadName(project, 'zip').replace(/\.zip$/, '-site.zip'), siteZip(project, r.html), 'application/zip');
  host.say(r.warning ?? '');
}
