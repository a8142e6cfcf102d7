/**
 * Files from the author's disk, picked (files or a folder) or dropped on the
 * studio: sorted into ink text and pictures or sounds, each checked, with a
 * sentence for every file left out. A folder's paths are kept from inside it,
 * so `my-story/art/gate.png` becomes `art/gate.png`, as its tags name it.
 */
import { checkFileName, checkText, MAX_FILE_BYTES } from './project';
import { assetType, formatSize, MAX_ASSET_BYTES } from './project-assets';

export interface PickedFiles {
  ink: Record<string, string>;
  assets: { name: string; bytes: Uint8Array }[];
  refused: string[];
  /** The picked or dropped folder's name, when the files came in one (a good name for the project). */
  folder: string | null;
}

/** A file with the path it had inside a picked or dropped folder ('' for a single file). */
export interface DiskFile {
  file: File;
  path: string;
}

/** Reads files from disk; `path` is the file's path inside its folder, folder name first (or just the name). */
export async function readDiskFiles(list: readonly DiskFile[]): Promise<PickedFiles> {
  const inFolder = list.some((f) => f.path.includes('/'));
  const out: PickedFiles = { ink: {}, assets: [], refused: [], folder: inFolder ? (list[0]?.path.split('/')[0] ?? null) : null };
  for (const { file, path } of list) {
    // Inside a folder, the folder's own name goes: the project is what is in it.
    const name = inFolder ? path.split('/').slice(1).join('/') : path;
    if (name.split('/').some((part) => part.startsWith('.'))) continue;
    if (name.endsWith('.ink')) {
      if (file.size > MAX_FILE_BYTES) {
        out.refused.push(`${name} is ${formatSize(file.size)}; a source file can be at most 2 MB.`);
        continue;
      }
      const text = await file.text();
      const bad = checkFileName(name) ?? checkText(text);
      if (bad) out.refused.push(`${name}: ${bad}`);
      else out.ink[name] = text;
    } else if (assetType(name)) {
      // Checked before reading, so a 2 GB video dropped by mistake is never loaded.
      if (file.size > MAX_ASSET_BYTES) out.refused.push(`${name} is ${formatSize(file.size)}; a picture or sound can be at most 10 MB.`);
      else out.assets.push({ name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } else if (!inFolder) out.refused.push(`${name} is neither ink nor a picture or sound the studio takes, so it was left out.`);
  }
  return out;
}

/** The files of a file input, with their paths inside a picked folder. */
export function pickedFiles(input: HTMLInputElement): DiskFile[] {
  return [...(input.files ?? [])].map((file) => ({ file, path: file.webkitRelativePath || file.name }));
}

/** The files dropped on the page, folders walked (through the entries API Chromium, Firefox and Safari share). */
export async function droppedFiles(data: DataTransfer): Promise<DiskFile[]> {
  const entries = [...data.items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return [...data.files].map((file) => ({ file, path: file.name }));
  const found: DiskFile[] = [];
  const walk = async (entry: FileSystemEntry, path: string): Promise<void> => {
    if (found.length > 2000) return;
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      found.push({ file, path });
    } else if (entry.isDirectory) {
      for (const child of await readAll((entry as FileSystemDirectoryEntry).createReader())) await walk(child, `${path}/${child.name}`);
    }
  };
  for (const entry of entries) await walk(entry, entry.name);
  return found;
}

/** A directory reader answers in batches until it answers with none. */
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/**
 * Where a single picked picture or sound goes: beside the entry, or at the path a tag
 * of the story already names with that file name (`# IMAGE: art/gate.png` for `gate.png`).
 */
export function placeAsset(name: string, entry: string, texts: readonly string[]): string {
  if (name.includes('/')) return name;
  const folder = entry.includes('/') ? entry.slice(0, entry.lastIndexOf('/') + 1) : '';
  const named = new Set<string>();
  const tag = /#\s*(?:IMAGE|BACKGROUND|AUDIO|AUDIOLOOP)\s*:\s*([^#\]\n]+)/gi;
  for (const text of texts) for (const m of text.matchAll(tag)) named.add((m[1] ?? '').trim());
  const match = [...named].find((p) => p === name || p.endsWith(`/${name}`));
  return `${folder}${match ?? name}`;
}
