/**
 * Puts the built page's entry script, a modulepreload for each chunk the
 * entry imports statically (the story data) and its stylesheet first in
 * <head>, right after the charset. The story chunk is then fetched beside
 * the code instead of after it has been read, and the browser's preload
 * scanner finds all three at once. The page's Content-Security-Policy is set
 * by the first module to run (src/platform/content-policy.ts says why it is
 * not a <meta> in the HTML).
 */
import type { IndexHtmlTransformContext, Plugin } from 'vite';

const ENTRY_SCRIPT = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\s*/;
const STYLESHEETS = /<link rel="stylesheet"[^>]*>\s*/g;

export function entryFirstPlugin(): Plugin {
  return {
    name: 'kee:entry-first',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html, ctx) => entryFirst(html, ctx) },
  };
}

/** The page with its entry script, entry preloads and stylesheets first in <head>. */
export function entryFirst(html: string, ctx: Pick<IndexHtmlTransformContext, 'chunk'>): string {
  const script = ENTRY_SCRIPT.exec(html);
  if (!script?.[1]) return html;
  const src = script[1];
  const sheets = html.match(STYLESHEETS) ?? [];
  let rest = html.replace(script[0], '');
  for (const sheet of sheets) rest = rest.replace(sheet, '');
  // The entry's URL as written (./assets/index-….js) less its file name is the prefix every chunk's URL shares.
  const base = ctx.chunk && src.endsWith(ctx.chunk.fileName) ? src.slice(0, src.length - ctx.chunk.fileName.length) : null;
  const preloads = base === null ? [] : (ctx.chunk?.imports ?? []).map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`);
  const first = [script[0].trim(), ...preloads, ...sheets.map((s) => s.trim())].join('\n    ');
  // After the charset, which must come within the first 1,024 bytes.
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(rest);
  if (charset) return rest.replace(charset[0], `${charset[0]}\n    ${first}`);
  return rest.replace(/<head>/, `<head>\n    ${first}`);
}
