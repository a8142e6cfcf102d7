/**
 * A project as a zip and back, with fflate: the .ink files and the pictures
 * and sounds at their paths, so the download opens in Inky or `npm run check`
 * as it is.
 */
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { Project } from './project';

export function projectZip(project: Project): Uint8Array {
  const entries: Zippable = Object.fromEntries(Object.entries(project.files).map(([name, text]) => [name, strToU8(text)]));
  // Pictures and sounds are compressed already: stored as they are, the zip is made at once.
  for (const [name, bytes] of Object.entries(project.assets)) entries[name] = [bytes, { level: 0 }];
  return zipSync(entries, { level: 6 });
}

/**
 * The story as a static site in a zip: index.html (the exported page, which
 * needs nothing beside it) and the ink sources under story/, so whoever
 * unpacks it can publish the folder as it is and still edit the story.
 */
export function siteZip(project: Project, indexHtml: string): Uint8Array {
  const entries: Zippable = { 'index.html': strToU8(indexHtml) };
  for (const [name, text] of Object.entries(project.files)) entries[`story/${name}`] = strToU8(text);
  for (const [name, bytes] of Object.entries(project.assets)) entries[`story/${name}`] = [bytes, { level: 0 }];
  return zipSync(entries, { level: 6 });
}

/** A safe file name for downloads, from the project's name. */
export function downloadName(project: Project, ext: string): string {
  const base = project.name.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'story';
  return `${base}.${ext}`;
}
