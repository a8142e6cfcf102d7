/**
 * `KEE_STORY=/some/folder/main.ink npm start` with the story outside the
 * project: the dev server serves that story's own folder (its pictures and
 * sounds, as the player asks for them under /@fs/) and still nothing else
 * outside the project.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../support/fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const storyDir = mkdtempSync(path.join(tmpdir(), 'kee-elsewhere-'));
cpSync(fixturePath('any-ink/orchard'), storyDir, { recursive: true });
const neighbour = mkdtempSync(path.join(tmpdir(), 'kee-neighbour-'));
writeFileSync(path.join(neighbour, 'secret.png'), 'not for the server');

let server: ViteDevServer;
let base = '';

beforeAll(async () => {
  process.env.KEE_STORY = path.join(storyDir, 'the-quiet-orchard.ink');
  try {
    server = await createServer({ root, configFile: path.join(root, 'vite.config.ts'), logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  } finally {
    delete process.env.KEE_STORY;
  }
  await server.listen();
  base = server.resolvedUrls?.local[0] ?? '';
});

afterAll(() => server?.close());

const status = async (url: string) => (await fetch(`${base.replace(/\/$/, '')}${url}`)).status;

describe('the dev server with a story outside the project', () => {
  it("serves the story's pictures and sounds from its own folder", async () => {
    expect(await status(`/@fs${storyDir}/art/lantern.png`)).toBe(200);
    expect(await status(`/@fs${storyDir}/sounds/knock.mp3`)).toBe(200);
  });

  it('serves nothing else outside the project', async () => {
    expect(await status(`/@fs${neighbour}/secret.png`)).toBe(403);
    expect(await status('/@fs/etc/passwd')).toBe(403);
  });

  it('still serves the project itself', async () => {
    expect(await status('/src/main.ts')).toBe(200);
  });
});
