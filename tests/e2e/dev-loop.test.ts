import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fixturePath } from '../support/fixtures';

let dir = '';
let server: ViteDevServer;
let url = '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kee-devloop-'));
  cpSync(fixturePath('devloop'), dir, { recursive: true });
  process.env.KEE_STORY = path.join(dir, 'main.ink');
  try {
    server = await createServer({
      configFile: path.resolve(import.meta.dirname, '../../vite.config.ts'),
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1', watch: { usePolling: true, interval: 100 } },
    });
  } finally {
    delete process.env.KEE_STORY;
  }
  await server.listen();
  url = server.resolvedUrls?.local[0] ?? '';
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const scene = () => path.join(dir, 'scenes/hill.ink');
const edit = (from: string, to: string) => writeFileSync(scene(), readFileSync(scene(), 'utf8').replace(from, to));
const text = (page: Page) => page.evaluate(() => document.querySelector('.passage')?.textContent ?? '');

describe('the dev loop', () => {
  it('keeps the reader’s place when an INCLUDEd scene is edited, shows compile errors with file and line, and plays on', async () => {
    const browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: inject('chromiumArgs') });
    try {
      const page = await browser.newPage();
      await page.addInitScript(() => localStorage.setItem('kee:settings', JSON.stringify({ animations: false })));
      await page.goto(url);
      await page.getByRole('button', { name: 'New game' }).click();
      await page.getByRole('button', { name: /Climb/ }).click();
      await page.getByRole('button', { name: /Look north/ }).waitFor();

      edit('She climbed.', 'She climbed, slowly, into the wind.');
      await page.waitForFunction(() => document.querySelector('.passage')?.textContent?.includes('slowly, into the wind'));
      expect(await page.locator('.notice p').textContent()).toMatch(/place was kept/);
      expect(await page.getByRole('button', { name: /Look north/ }).count()).toBe(1);

      edit('At the top, the wind.', 'At the top, the wind {oops');
      const overlay = page.locator('vite-error-overlay');
      await overlay.waitFor({ state: 'attached' });
      const message = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
      expect(message).toMatch(/scenes\/hill\.ink:8: error/);
      expect(message).toContain('At the top, the wind {oops');
      // The last good build keeps running behind the overlay.
      expect(await text(page)).toContain('slowly, into the wind');

      edit('At the top, the wind {oops', 'At the top, the wind.');
      edit('* [Climb]', '* [Scramble up]');
      await page.waitForFunction(() => document.querySelector('.notice')?.textContent?.includes('stopped at turn 0'));
      expect(await page.getByRole('button', { name: /Scramble up/ }).count()).toBe(1);
    } finally {
      await browser.close();
    }
  });
});
