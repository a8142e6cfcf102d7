import { describe, expect, it } from 'vitest';
import { newProject } from '../../src/studio/project';
import { createProjectStore } from '../../src/studio/project-store';

describe('the project store', () => {
  it('falls back to memory when IndexedDB is missing, says so once, and loses nothing', async () => {
    const warnings: string[] = [];
    const store = createProjectStore((m) => warnings.push(m));
    const p = newProject('Mine', { 'main.ink': 'Hello.' }, 'main.ink', 5);
    await store.save(p);
    await store.save({ ...p, files: { 'main.ink': 'Hello again.' }, updated: 6 });
    expect(store.inMemory).toBe(true);
    expect(await store.lastOpen()).toBe(p.id);
    expect((await store.load(p.id))?.files['main.ink']).toBe('Hello again.');
    expect(await store.list()).toEqual([{ id: p.id, name: 'Mine', updated: 6 }]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/kept in this tab only\. Download it as a zip to keep it\.$/);
  });

  it('switches to memory when IndexedDB fails mid-visit, keeping the project being written', async () => {
    const warnings: string[] = [];
    // A store whose every transaction throws, as a broken profile does.
    const broken = () => () => Promise.reject(new Error('the database is closed'));
    // It exists, so the store tries it first.
    Object.assign(globalThis, { indexedDB: {} });
    const store = createProjectStore((m) => warnings.push(m), broken as never);
    Reflect.deleteProperty(globalThis, 'indexedDB');
    const p = newProject('Mine', { 'main.ink': 'Typed just now.' }, 'main.ink', 5);
    await store.save(p);
    expect(store.inMemory).toBe(true);
    expect((await store.load(p.id))?.files['main.ink']).toBe('Typed just now.');
    expect(warnings).toEqual([expect.stringContaining('the database is closed')]);
  });
});
