/**
 * Headless Chromium for the bench: Debian's binary through playwright-core,
 * launched once (with its own throwaway profile) and giving each measured
 * load a fresh context, so every load starts with an empty cache and empty
 * storage. Settings are put in localStorage before any page script runs.
 */
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { findChromium } from '../support/chromium';
import { quietChromiumArgs } from '../support/chromium-quiet';

/** What `kee:settings` holds during timing: no fades, no typewriter. */
export const FAST_SETTINGS = { animations: false, textSpeed: 'instant' };

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  return chromium.launch({ executablePath, args: await quietChromiumArgs(executablePath), headless: true });
}

export interface FreshPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught page errors: a run with any is not a fair measurement. */
  problems: string[];
}

/** A new context and page with the fast settings stored and `initScripts` installed; it does not navigate. */
export async function freshPage(browser: Browser, initScripts: string[] = []): Promise<FreshPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(`try { localStorage.setItem('kee:settings', ${JSON.stringify(JSON.stringify(FAST_SETTINGS))}); } catch {}`);
  for (const script of initScripts) await context.addInitScript(script);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page: ${err.message}`));
  return { page, context, problems };
}
