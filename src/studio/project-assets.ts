/**
 * A project's pictures and sounds: which files it takes (PNG, JPEG, WebP,
 * SVG, MP3, OGG, WebM), how big (10 MB a file, 50 MB a project), and adding
 * or removing them, as plain data like project.ts. A file refused gets a
 * sentence saying why; the others are added all the same.
 */

import { MEDIA_TYPES } from './export/inline-assets';
import { checkFileName, type Project } from './project';

export const MAX_ASSET_BYTES = 10 * 1024 * 1024;
export const MAX_PROJECT_ASSET_BYTES = 50 * 1024 * 1024;

/** The media type of each extension a project takes. */
export const ASSET_TYPES = MEDIA_TYPES;

/** What a file input offers to pick: ink and every kind of asset. */
export const PICKABLE = ['.ink', ...Object.keys(ASSET_TYPES).map((e) => `.${e}`)].join(',');

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The media type of an asset's path, or null when it is not one a project takes. */
export function assetType(name: string): string | null {
  return ASSET_TYPES[extensionOf(name)] ?? null;
}

/** "312 KB", "4.2 MB": a size as the file list shows it. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function assetBytes(project: Pick<Project, 'assets'>): number {
  return Object.values(project.assets).reduce((n, b) => n + b.byteLength, 0);
}

/** Why `name` cannot be an asset path, or null. Same path rules as ink files, with another ending. */
export function checkAssetName(name: string): string | null {
  if (!assetType(name)) return `${name} is not a picture or sound the studio takes (PNG, JPEG, WebP, SVG, MP3, OGG or WebM).`;
  const asInk = checkFileName(`${name.slice(0, name.lastIndexOf('.'))}.ink`);
  return asInk ? `${name}: ${asInk.replace('A file name', 'A path')}` : null;
}

/**
 * Adds pictures and sounds (replacing files of the same path). Returns the new project and a
 * sentence for each file left out: a wrong kind, over 10 MB, or past the project's 50 MB.
 */
export function addAssets(project: Project, files: readonly { name: string; bytes: Uint8Array }[], now = Date.now()): { project: Project; refused: string[] } {
  const assets = { ...project.assets };
  const refused: string[] = [];
  for (const { name, bytes } of files) {
    const bad = checkAssetName(name);
    if (bad) {
      refused.push(bad);
      continue;
    }
    if (bytes.byteLength > MAX_ASSET_BYTES) {
      refused.push(`${name} is ${formatSize(bytes.byteLength)}; a picture or sound can be at most 10 MB.`);
      continue;
    }
    const total = assetBytes({ assets }) - (assets[name]?.byteLength ?? 0) + bytes.byteLength;
    if (total > MAX_PROJECT_ASSET_BYTES) {
      refused.push(`${name} would bring the project's pictures and sounds to ${formatSize(total)}; a project can hold at most 50 MB.`);
      continue;
    }
    assets[name] = bytes;
  }
  const changed = Object.keys(assets).length !== Object.keys(project.assets).length || files.some((f) => assets[f.name] === f.bytes);
  return { project: changed ? { ...project, assets, updated: now } : project, refused };
}

export function removeAsset(project: Project, name: string, now = Date.now()): Project {
  if (!(name in project.assets)) return project;
  const assets = { ...project.assets };
  delete assets[name];
  return { ...project, assets, updated: now };
}

/**
 * The asset's path as a tag names it: tags are written from the entry file's folder, so an
 * entry in `story/` names `story/art/a.png` as `art/a.png`. Assets outside that folder keep their path.
 */
export function tagPath(entry: string, name: string): string {
  const folder = entry.includes('/') ? entry.slice(0, entry.lastIndexOf('/') + 1) : '';
  return folder && name.startsWith(folder) ? name.slice(folder.length) : name;
}
