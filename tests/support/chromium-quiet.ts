/**
 * Launch flags that keep Chromium's own pages from competing with the page
 * under test. In headless mode every new window (each Playwright context and
 * each persistent launch is one) loads the omnibox popup's two WebUI pages in
 * a renderer of their own. Traces of the bench put that at about 150 ms of
 * renderer CPU and 80 ms of browser CPU per load, on a 2-core machine, at the
 * very moment the page under test loads.
 *
 * Chromium keeps only the last --disable-features switch, and Playwright
 * passes a list of its own (PaintHolding among them, which changes when
 * frames paint), so that list is read back from chrome://version and
 * extended, never replaced.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium';

/** The omnibox popup's WebUI; with any one of them left on, Chromium still loads a popup page per window. */
export const OMNIBOX_WEBUI_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

/** Playwright's --disable-features list as the browser received it, or null if it cannot be read. */
async function playwrightDisabledFeatures(executablePath: string): Promise<string[] | null> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto('chrome://version');
    const commandLine = (await page.locator('#command_line').textContent()) ?? '';
    const lists = [...commandLine.matchAll(/--disable-features=(\S+)/g)];
    return lists.at(-1)?.[1]?.split(',') ?? null;
  } catch {
    return null;
  } finally {
    await browser.close();
  }
}

/**
 * CHROMIUM_ARGS plus one --disable-features holding Playwright's list and the
 * omnibox WebUI. When Playwright's list cannot be read, the plain flags: losing
 * its list would change the browser more than the omnibox pages do.
 */
export async function quietChromiumArgs(executablePath: string): Promise<string[]> {
  const theirs = await playwrightDisabledFeatures(executablePath);
  if (!theirs) return [...CHROMIUM_ARGS];
  const features = [...new Set([...theirs, ...OMNIBOX_WEBUI_FEATURES])];
  return [...CHROMIUM_ARGS, `--disable-features=${features.join(',')}`];
}
