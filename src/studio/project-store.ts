/**
 * Where projects are kept: IndexedDB through idb-keyval, one record per
 * project plus the id of the one open last. When IndexedDB is missing or
 * fails (private windows, a full disk, a broken profile), the store moves to
 * memory for the rest of the visit and says so once, so the page can warn
 * and offer the zip download; nothing typed is dropped on the way. A
 * project's pictures and sounds are a record of their own (`assets:<id>`),
 * written only when they change, so saving a keystroke never rewrites 50 MB.
 */
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import type { Project } from './project';

export interface ProjectSummary {
  id: string;
  name: string;
  updated: number;
}

export interface ProjectStore {
  list(): Promise<ProjectSummary[]>;
  load(id: string): Promise<Project | null>;
  /** Saves the text and settings; `withAssets` writes the pictures and sounds too (after they changed). */
  save(project: Project, withAssets?: boolean): Promise<void>;
  remove(id: string): Promise<void>;
  lastOpen(): Promise<string | null>;
  /** Whether the store has fallen back to memory. */
  readonly inMemory: boolean;
}

const LAST = 'last-open';

export function createProjectStore(onFallback: (message: string) => void, open: () => UseStore = () => createStore('kee-studio', 'projects')): ProjectStore {
  const memory = new Map<string, unknown>();
  let idb: UseStore | null = null;
  try {
    if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB');
    idb = open();
  } catch (err) {
    idb = null;
    queueMicrotask(() => onFallback(message(err)));
  }

  // Every operation tries IndexedDB first; the first failure switches to memory, carrying the value being written.
  const run = async <T>(onIdb: (db: UseStore) => Promise<T>, onMemory: () => T): Promise<T> => {
    if (!idb) return onMemory();
    try {
      return await onIdb(idb);
    } catch (err) {
      idb = null;
      onFallback(message(err));
      return onMemory();
    }
  };

  return {
    list: () =>
      run(
        async (db) => {
          const ids = (await keys(db)).filter((k): k is string => typeof k === 'string' && k.startsWith('project:'));
          const all = await Promise.all(ids.map((k) => get<Project>(k, db)));
          return summaries(all);
        },
        () => summaries([...memory].filter(([k]) => k.startsWith('project:')).map(([, v]) => v as Project)),
      ),
    load: (id) =>
      run(
        async (db) => withAssets(await get<Project>(`project:${id}`, db), await get<Project['assets']>(`assets:${id}`, db)),
        () => withAssets(memory.get(`project:${id}`) as Project | undefined, memory.get(`assets:${id}`) as Project['assets'] | undefined),
      ),
    save: (project, assetsToo = false) => {
      const { assets, ...text } = project;
      // Memory always holds the newest copy, so a failure halfway still leaves the work in the page.
      memory.set(`project:${project.id}`, text);
      memory.set(`assets:${project.id}`, assets);
      memory.set(LAST, project.id);
      return run(
        async (db) => {
          await set(`project:${project.id}`, text, db);
          if (assetsToo) await set(`assets:${project.id}`, assets, db);
          await set(LAST, project.id, db);
        },
        () => undefined,
      );
    },
    remove: (id) => {
      memory.delete(`project:${id}`);
      memory.delete(`assets:${id}`);
      return run(
        async (db) => {
          await del(`project:${id}`, db);
          await del(`assets:${id}`, db);
        },
        () => undefined,
      );
    },
    lastOpen: () =>
      run(
        async (db) => ((await get<string>(LAST, db)) as string | undefined) ?? null,
        () => (memory.get(LAST) as string | undefined) ?? null,
      ),
    get inMemory() {
      return idb === null;
    },
  };
}

/** A stored project with its pictures and sounds (projects stored before there were any get none). */
function withAssets(project: Omit<Project, 'assets'> | undefined, assets: Project['assets'] | undefined): Project | null {
  return project ? { ...project, assets: assets ?? {} } : null;
}

function summaries(all: (Project | undefined)[]): ProjectSummary[] {
  return all
    .filter((p): p is Project => p !== undefined && typeof p === 'object' && typeof p.id === 'string')
    .map((p) => ({ id: p.id, name: p.name, updated: p.updated }))
    .sort((a, b) => b.updated - a.updated);
}

function message(err: unknown): string {
  const why = err instanceof Error ? err.message : String(err);
  return `Your browser's storage is not working (${why}), so this project is kept in this tab only. Download it as a zip to keep it.`;
}
