/**
 * Opens the built game in headless Chromium with a fresh profile, and records
 * every console error and page error so a test can fail on any of them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterEach, expect, inject } from 'vitest';

export interface OpenedGame {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors seen so far. */
  problems: string[];
  close(): Promise<void>;
}

export async function openGame(options: { viewport?: { width: number; height: number }; query?: string; site?: string } = {}): Promise<OpenedGame> {
  const profile = mkdtempSync(path.join(tmpdir(), 'kee-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromiumPath'),
    args: inject('chromiumArgs'),
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  let closed = false;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page: ${err.message}`));
  await page.goto((options.site ?? inject('siteUrl')) + (options.query ?? ''));
  return {
    page,
    context,
    problems,
    async close() {
      if (closed) return;
      closed = true;
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The stat values shown in the panel, read from the page. */
export async function shownStats(page: Page): Promise<Record<string, number>> {
  return page.$$eval('.stat', (rows) =>
    Object.fromEntries(rows.map((r) => [r.getAttribute('data-stat') ?? '', Number(r.querySelector('.stat-value')?.textContent)])),
  );
}

/**
 * An `openGame` for one test file: every game it opens is closed after each
 * test, and the test fails on any console or page error unless told otherwise.
 */
export function browserGames({ allowProblems = false } = {}): typeof openGame {
  let opened: OpenedGame[] = [];
  afterEach(async () => {
    const problems = opened.flatMap((g) => g.problems);
    await Promise.all(opened.map((g) => g.close()));
    opened = [];
    if (!allowProblems) expect(problems, 'console or page errors').toEqual([]);
  });
  return async (options) => {
    const game = await openGame(options);
    opened.push(game);
    return game;
  };
}
