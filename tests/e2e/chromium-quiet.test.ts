/**
 * The browsers that tests and the bench drive run with Chromium's omnibox
 * pages switched off (where a Chromium loads them, they compete with the page
 * under test for the CPU), and still with Playwright's own disabled features.
 * Whether a plain launch loads those pages depends on the Chromium version
 * (Debian's 156 does not), so only what our flags promise is checked here.
 */
import { type Browser, chromium } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { OMNIBOX_WEBUI_FEATURES } from '../support/chromium-quiet';

async function withBrowser<T>(args: string[], use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: inject('chromiumPath'), args, headless: true });
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

/** The URLs of Chromium's own UI pages, as the browser target lists them, once a context has loaded a page. */
async function chromiumPagesAfterALoad(browser: Browser): Promise<string[]> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('about:blank');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.filter((t) => t.type === 'browser_ui').map((t) => t.url);
}

/** The features named in the last --disable-features switch, the only one Chromium reads. */
async function disabledFeatures(browser: Browser): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto('chrome://version');
  const commandLine = (await page.locator('#command_line').textContent()) ?? '';
  return [...commandLine.matchAll(/--disable-features=(\S+)/g)].at(-1)?.[1]?.split(',') ?? [];
}

describe('the Chromium that tests drive', () => {
  it('switches the omnibox WebUI pages off, and no Chromium page of its own is open once a page has loaded', async () => {
    const [features, pages] = await withBrowser(inject('chromiumArgs'), async (b) => [await disabledFeatures(b), await chromiumPagesAfterALoad(b)]);
    expect(features).toEqual(expect.arrayContaining(OMNIBOX_WEBUI_FEATURES));
    expect(pages.filter((url) => url.startsWith('chrome://omnibox'))).toEqual([]);
  });

  it("keeps Playwright's disabled features, PaintHolding among them, in the one --disable-features switch Chromium reads", async () => {
    const features = await withBrowser(inject('chromiumArgs'), disabledFeatures);
    expect(features).toEqual(expect.arrayContaining(['PaintHolding', ...OMNIBOX_WEBUI_FEATURES]));
  });
});
