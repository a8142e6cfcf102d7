/**
 * Opens the built game in headless Chromium and records every console error
 * and page error so a test can fail on any of them. A test file launches one
 * browser, at its first game, and each game gets a browser context of its own:
 * a fresh profile (storage, IndexedDB, permissions) without a launch per test.
 */

import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, expect, inject } from 'vitest';

export interface OpenedGame {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors seen so far. */
  problems: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  query?: string;
  site?: string;
  /** Run on the page before its first load (init scripts, dialog handlers), so no reload is needed to apply them. */
  prepare?: (page: Page) => Promise<unknown> | undefined;
}

let launched: Promise<Browser> | undefined;

/** This file's browser, launched at its first use and again if it went away. */
async function fileBrowser(): Promise<Browser> {
  const current = launched && (await launched.catch(() => undefined));
  if (current?.isConnected()) return current;
  launched = chromium.launch({ executablePath: inject('chromiumPath'), args: inject('chromiumArgs'), headless: true });
  return launched;
}

/** Closes this file's browser; browserGames does it after the file's last test. */
export async function closeFileBrowser(): Promise<void> {
  const browser = launched && (await launched.catch(() => undefined));
  launched = undefined;
  await browser?.close();
}

export async function openGame(options: OpenOptions = {}): Promise<OpenedGame> {
  const context = await (await fileBrowser()).newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems: string[] = [];
  let closed = false;
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page: ${err.message}`));
  await options.prepare?.(page);
  await page.goto((options.site ?? inject('siteUrl')) + (options.query ?? ''));
  return {
    page,
    context,
    problems,
    async close() {
      if (closed) return;
      closed = true;
      await context.close();
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
 * test, the file's browser after its last, and the test fails on any console
 * or page error unless told otherwise.
 */
export function browserGames({ allowProblems = false } = {}): typeof openGame {
  let opened: OpenedGame[] = [];
  afterEach(async () => {
    const problems = opened.flatMap((g) => g.problems);
    await Promise.all(opened.map((g) => g.close()));
    opened = [];
    if (!allowProblems) expect(problems, 'console or page errors').toEqual([]);
  });
  afterAll(closeFileBrowser);
  return async (options) => {
    const game = await openGame(options);
    opened.push(game);
    return game;
  };
}
