/**
 * The browsers that tests and the bench drive run without Chromium's omnibox
 * pages (which otherwise load in every new window and compete with the page
 * under test for the CPU), and still with Playwright's own disabled features.
 */
import { type Browser, chromium } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from '../support/chromium';

async function withBrowser<T>(args: string[], use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: inject('chromiumPath'), args, headless: true });
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

/** The URLs of Chromium's own UI pages, as the browser target lists them, once a context has opened a page. */
async function chromiumPagesAfter(browser: Browser, waitMs: number): Promise<string[]> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('about:blank');
  const cdp = await browser.newBrowserCDPSession();
  const started = Date.now();
  let urls: string[] = [];
  do {
    const { targetInfos } = await cdp.send('Target.getTargets');
    urls = targetInfos.filter((t) => t.type === 'browser_ui').map((t) => t.url);
    if (urls.length) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  } while (Date.now() - started < waitMs);
  return urls;
}

describe('the Chromium that tests drive', () => {
  it('loads no omnibox pages of its own in a new window, where plain flags load two', async () => {
    // The plain launch shows the check can see those pages at all.
    const plain = await withBrowser(CHROMIUM_ARGS, (b) => chromiumPagesAfter(b, 10_000));
    expect(plain.some((url) => url.startsWith('chrome://omnibox-popup'))).toBe(true);
    const quiet = await withBrowser(inject('chromiumArgs'), (b) => chromiumPagesAfter(b, 2_000));
    expect(quiet).toEqual([]);
  });

  it("keeps Playwright's disabled features, PaintHolding among them, in the one --disable-features switch Chromium reads", async () => {
    const commandLine = await withBrowser(inject('chromiumArgs'), async (b) => {
      const page = await b.newPage();
      await page.goto('chrome://version');
      return (await page.locator('#command_line').textContent()) ?? '';
    });
    const last = [...commandLine.matchAll(/--disable-features=(\S+)/g)].at(-1)?.[1]?.split(',') ?? [];
    expect(last).toEqual(expect.arrayContaining(['PaintHolding', 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup']));
  });
});
