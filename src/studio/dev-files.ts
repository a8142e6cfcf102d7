/**
 * Under `npm start` only: open the game's own story/ folder as a project, and
 * save the project's files back into it through the dev server's endpoint
 * (src/authoring/vite-plugin-studio-files.ts), which accepts .ink files under
 * story/ from this machine only. The game's dev loop then reloads as usual.
 */
import { h } from '../ui/dom';
import { newProject, type Project } from './project';

const ENDPOINT = '/__studio/files';

export interface DevFileHost {
  project(): Project;
  open(project: Project): Promise<void>;
  say(message: string): void;
}

export function devFileTools(host: DevFileHost): HTMLElement[] {
  const load = h('button', { type: 'button', id: 'dev-open-story' }, 'Open story/ from disk');
  load.addEventListener('click', async () => {
    const res = await fetch(ENDPOINT);
    if (!res.ok) return host.say(`The dev server would not list story/: ${res.status}.`);
    const { files } = (await res.json()) as { files: Record<string, string> };
    await host.open({ ...newProject('story/ on disk', files, 'main.ink'), id: 'dev-story-folder' });
  });
  const save = h('button', { type: 'button', id: 'dev-save-story' }, 'Save to story/');
  save.addEventListener('click', async () => {
    const p = host.project();
    const failed: string[] = [];
    for (const [name, text] of Object.entries(p.files)) {
      const res = await fetch(`${ENDPOINT}?name=${encodeURIComponent(name)}`, { method: 'PUT', body: text });
      if (!res.ok) failed.push(`${name}: ${((await res.json()) as { error: string }).error}`);
    }
    host.say(failed.length ? `Not saved: ${failed.join(' ')}` : `Saved ${Object.keys(p.files).length} file(s) to story/.`);
  });
  return [load, save];
}
