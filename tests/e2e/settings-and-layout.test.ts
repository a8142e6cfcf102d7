import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { browserGames, type OpenedGame } from '../support/browser';

const shots = 'test-results/screenshots';
let game: OpenedGame | undefined;
const openGame = browserGames();

describe('settings and layout', () => {
  it('keeps the theme, text size and speed after a reload', async () => {
    game = await openGame();
    const { page } = game;
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Theme').selectOption('sepia');
    await page.getByLabel('Text size').selectOption('large');
    await page.getByLabel('Text speed').selectOption('instant');
    await page.getByLabel('Mute all sound').check();
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    expect(await page.evaluate(() => document.documentElement.dataset.textSize)).toBe('large');
    await page.getByRole('button', { name: 'Settings' }).click();
    expect(await page.getByLabel('Text speed').inputValue()).toBe('instant');
    expect(await page.getByLabel('Mute all sound').isChecked()).toBe(true);
  });

  it('runs under a Content-Security-Policy with no inline script and no eval', async () => {
    game = await openGame();
    const csp = await game.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    await game.page.getByRole('button', { name: 'New game' }).click();
    await game.page.locator('.passage .para').first().waitFor();
  });

  it('enforces that policy: an inline script, an inline style and eval are all refused', async () => {
    // The policy is set by the first module to run (content-policy.ts), not written in index.html: prove the browser enforces it.
    game = await openGame();
    const refused = await game.page.evaluate(async () => {
      const seen: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      const para = document.createElement('p');
      para.setAttribute('style', 'color: rgb(1, 2, 3)');
      document.body.append(para);
      const color = getComputedStyle(para).color;
      // A string given to setTimeout is compiled by the page itself (code run through the test's own channel is exempt).
      (setTimeout as (code: string, ms: number) => number)('window.__evalRan = true', 0);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { ran: 'inlineRan' in window, color, evaluated: '__evalRan' in window, seen };
    });
    expect(refused.ran).toBe(false);
    expect(refused.color).not.toBe('rgb(1, 2, 3)');
    expect(refused.evaluated).toBe(false);
    expect(refused.seen).toEqual(expect.arrayContaining(['script-src-elem', 'style-src-attr']));
    // The browser reports each refusal on the console: those two are this test's own doing.
    game.problems.splice(0, game.problems.length, ...game.problems.filter((p) => !p.includes('Content Security Policy')));
  });

  it('lists the entry script and the story data first in the page, so the browser fetches them side by side', async () => {
    game = await openGame();
    const head = await game.page.evaluate(() => [...document.head.querySelectorAll('script, link')].slice(0, 3).map((el) => el.outerHTML));
    expect(head[0]).toMatch(/^<script type="module"[^>]* src="[^"]*index-[^"]*\.js"/);
    expect(head[1]).toMatch(/^<link rel="modulepreload"[^>]* href="[^"]*story-[^"]*\.js"/);
    expect(head[2]).toMatch(/^<link rel="stylesheet"/);
  });

  for (const [name, viewport] of [
    ['phone', { width: 360, height: 640 }],
    ['desktop', { width: 1440, height: 900 }],
  ] as const) {
    it(`has no horizontal scroll on a ${name} (${viewport.width}×${viewport.height})`, async () => {
      game = await openGame({ viewport });
      const { page } = game;
      await page.getByRole('button', { name: 'New game' }).click();
      await page.locator('.choice').first().waitFor();
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: `${shots}/play-${name}.png`, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
