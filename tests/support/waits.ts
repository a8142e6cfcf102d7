/**
 * Waits on conditions in the page rather than for fixed times, so browser
 * tests hold on a busy machine (a load average of 8 on two cores makes every
 * transition and every write take longer than a quiet machine suggests).
 */
import type { Page } from 'playwright-core';

/** Until no CSS transition or animation is running in the page (a theme's colours fading in, a card opening). */
export async function animationsSettled(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY),
    undefined,
    {
      timeout,
      polling: 'raf',
    },
  );
}

/** Until the story's save in `slot` (the autosave unless told) holds a run `turns` choices long: autosaves are written a moment after the page. */
export async function autosaveHolds(page: Page, turns: number, slot = 'auto', timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    ([n, s]) => {
      // Any save namespace: the one-file page keeps its saves under a prefix of its own.
      const key = Object.keys(localStorage).find((k) => k.endsWith(`/${s}`));
      if (!key) return false;
      try {
        const envelope = JSON.parse(localStorage.getItem(key) ?? '');
        return Array.isArray(envelope.save?.log) && envelope.save.log.length === n;
      } catch {
        return false;
      }
    },
    [turns, slot] as const,
    { timeout },
  );
}

/**
 * Until the page has handled every input already sent and painted the result:
 * two frames and a task after now. For a check that something did *not*
 * happen (a second key taking a second choice), this waits as long as the
 * page itself needs, however busy the machine, where a fixed sleep would
 * pass without the page having looked at the key.
 */
export async function pageSettled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
}

/** Until the studio's project store (IndexedDB `kee-studio`) holds a project whose files contain `text`. */
export async function studioStored(page: Page, text: string, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('kee-studio');
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          try {
            const all = db.transaction('projects').objectStore('projects').getAll();
            all.onsuccess = () => {
              db.close();
              resolve(JSON.stringify(all.result).includes(wanted));
            };
            all.onerror = () => resolve(false);
          } catch {
            db.close();
            resolve(false);
          }
        };
      }),
    text,
    { timeout },
  );
}
