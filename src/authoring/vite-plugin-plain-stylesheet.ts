/**
 * Drops `crossorigin` from the built page's stylesheet link. Vite marks it
 * for CORS, which a page opened as a file cannot pass (its origin is null),
 * so dist/index.html opened from disk showed unstyled; the stylesheet is our
 * own file, so a plain request loads the same bytes from any server, and from
 * disk the page keeps its look while it says how to play (from-disk-note.ts).
 */
import type { Plugin } from 'vite';

export function plainStylesheetPlugin(): Plugin {
  return {
    name: 'kee:plain-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<link rel="stylesheet" crossorigin href=/g, '<link rel="stylesheet" href='),
    },
  };
}
