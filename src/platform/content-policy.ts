/**
 * The player's Content-Security-Policy: scripts and styles only from our own
 * files, no inline script, no inline style attribute, no eval. The studio's
 * build derives its own from it. enforce-content-policy.ts applies it.
 *
 * It is placed by script rather than written into index.html on purpose:
 * Chromium's preload scanner fetches nothing early in a document whose HTML
 * holds a CSP <meta> (it waits for the parser to reach it), and that put the
 * entry script and the story behind the parser, tens of milliseconds later
 * than a page without one. index.html holds no inline script or style and
 * only our own hashed files, so nothing it loads needs the policy; everything
 * the story can reach does, and gets it. Browsers enforce a policy <meta>
 * added by script (tests/e2e/settings-and-layout.test.ts proves it).
 * Not in development: Vite's dev server injects inline styles.
 */
export const CONTENT_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "media-src 'self' data: blob:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Puts the policy first in <head>, once. */
export function applyContentPolicy(doc: Document): void {
  if (doc.querySelector('meta[http-equiv="Content-Security-Policy"]')) return;
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = CONTENT_POLICY;
  doc.head.prepend(meta);
}
