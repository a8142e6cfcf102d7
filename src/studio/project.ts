/**
 * The project model: a named set of .ink files with one entry file, as plain
 * data. Every change returns a new project (or a sentence saying why it
 * cannot be done), so the editor, the storage and the tests share one set of
 * rules: names end in .ink and stay inside the project, the entry cannot be
 * removed, and text that is not ink-sized text (binary, or over the size cap)
 * is refused before it reaches the editor. Pictures and sounds sit beside the
 * text as bytes (their rules are in project-assets.ts).
 */

export interface Project {
  id: string;
  name: string;
  /** The file compiled first; the others are reached by INCLUDE. */
  entry: string;
  /** File name → text, in the order the author sees them. */
  files: Record<string, string>;
  /** The file open in the editor. */
  open: string;
  updated: number;
  /** Pictures and sounds by their path in the project (as a tag names them from the entry's folder), as bytes. */
  assets: Record<string, Uint8Array>;
}

/** A new empty project's name, until its story's `# title:` names it (ink's own name for a story without one). */
export const UNTITLED = 'Untitled story';

export type Change = { ok: true; project: Project } | { ok: false; message: string };

/** Files bigger than this are refused: ink this long is a mistake, and the editor and compiler would crawl. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** A file name a project accepts: a relative path of plain segments ending in .ink. */
export function checkFileName(name: string): string | null {
  if (!name.endsWith('.ink')) return 'A file name must end in .ink.';
  if (name.length > 200) return 'That file name is too long.';
  const parts = name.split('/');
  if (name.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..'))
    return 'A file name must be a plain path inside the project, like scenes/ridge.ink.';
  if (!/^[\p{L}\p{N}_\-. /]+$/u.test(name)) return 'A file name may use letters, digits, spaces, dots, dashes, underscores and slashes only.';
  return null;
}

/** Why `text` cannot be a source file (binary, or too big), or null when it can. */
export function checkText(text: string): string | null {
  if (text.length > MAX_FILE_BYTES) return `That text is ${(text.length / 1024 / 1024).toFixed(1)} MB; a source file can be at most 2 MB.`;
  // NUL and most C0 controls never appear in text a person wrote; their presence means a binary file.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32)) return BINARY;
  }
  return null;
}

const BINARY = 'That looks like a binary file, not ink text, so it was left out.';

export function newProject(name: string, files: Record<string, string>, entry: string, now = Date.now()): Project {
  return { id: `p${now.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`, name, entry, files: { ...files }, open: entry, updated: now, assets: {} };
}

export function setText(project: Project, file: string, text: string, now = Date.now()): Change {
  if (!(file in project.files)) return { ok: false, message: `There is no file called ${file}.` };
  const bad = checkText(text);
  if (bad) return { ok: false, message: bad };
  return { ok: true, project: { ...project, files: { ...project.files, [file]: text }, updated: now } };
}

export function addFile(project: Project, file: string, text = '', now = Date.now()): Change {
  const bad = checkFileName(file) ?? checkText(text);
  if (bad) return { ok: false, message: bad };
  if (file in project.files) return { ok: false, message: `There is already a file called ${file}.` };
  return { ok: true, project: { ...project, files: { ...project.files, [file]: text }, open: file, updated: now } };
}

export function renameFile(project: Project, from: string, to: string, now = Date.now()): Change {
  if (!(from in project.files)) return { ok: false, message: `There is no file called ${from}.` };
  const bad = checkFileName(to);
  if (bad) return { ok: false, message: bad };
  if (to !== from && to in project.files) return { ok: false, message: `There is already a file called ${to}.` };
  const entry = project.entry === from ? to : project.entry;
  // INCLUDE lines name files from the entry's folder; those naming the old name now name the new one.
  const folder = entry.includes('/') ? entry.slice(0, entry.lastIndexOf('/') + 1) : '';
  const relink = (text: string) =>
    text.replace(/^(\s*INCLUDE\s+)(\S.*?)\s*$/gm, (line, head: string, name: string) =>
      `${folder}${name}` === from && to.startsWith(folder) ? `${head}${to.slice(folder.length)}` : line,
    );
  // Keep the order the author sees.
  const files = Object.fromEntries(Object.entries(project.files).map(([name, text]) => [name === from ? to : name, relink(text)]));
  const open = project.open === from ? to : project.open;
  return { ok: true, project: { ...project, files, entry, open, updated: now } };
}

export function removeFile(project: Project, file: string, now = Date.now()): Change {
  if (!(file in project.files)) return { ok: false, message: `There is no file called ${file}.` };
  if (file === project.entry) return { ok: false, message: `${file} is the entry file: make another file the entry before removing it.` };
  const files = { ...project.files };
  delete files[file];
  const open = project.open === file ? project.entry : project.open;
  return { ok: true, project: { ...project, files, open, updated: now } };
}

export function setEntry(project: Project, file: string): Change {
  if (!(file in project.files)) return { ok: false, message: `There is no file called ${file}.` };
  return { ok: true, project: { ...project, entry: file } };
}
