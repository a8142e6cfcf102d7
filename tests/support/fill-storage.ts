/**
 * Fills the page's origin storage with a key of someone else's (not the game's), as another app on the origin would,
 * so the game meets a full storage that deleting its own saves cannot empty.
 */
import type { Page } from 'playwright-core';

/** Fills the origin's storage with another key until writes throw, then frees `spare` characters. */
export async function fillStorage(page: Page, spare: number): Promise<void> {
  await page.evaluate((free) => {
    let chunk = 'x'.repeat(1 << 20);
    let filler = '';
    while (chunk.length > 0) {
      try {
        localStorage.setItem('someone-else', filler + chunk);
        filler += chunk;
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2));
      }
    }
    localStorage.setItem('someone-else', filler.slice(0, Math.max(0, filler.length - free)));
  }, spare);
}
