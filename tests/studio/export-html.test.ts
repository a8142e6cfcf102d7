// @vitest-environment node
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeForElement } from '../../src/authoring/vite-plugin-export-player';

/**
 * The page builder needs a DOM only for its title; a tiny stand-in keeps this test in Node. The unit tests share
 * one process (vite.config.ts: isolate off), so the stand-in goes when this file ends.
 */
const hadDocument = 'document' in globalThis;
afterAll(() => {
  if (!hadDocument) Reflect.deleteProperty(globalThis, 'document');
});
globalThis.document ??= {
  createElement: (tag: string) => {
    let text = '';
    return {
      setAttribute() {},
      append(t: string) {
        text += t;
      },
      get outerHTML() {
        return `<${tag}>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</${tag}>`;
      },
    };
  },
} as unknown as Document;

const { buildExportHtml, exportCsp } = await import('../../src/studio/export-html');

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('the exported HTML file', () => {
  const script = escapeForElement('console.log("</script><b>")', 'script');
  const style = 'body{color:red}';
  const player = { script, style, scriptHash: hash(script), styleHash: hash(style) };
  const html = buildExportHtml('{"inkVersion":21,"root":["^</script><img src=x onerror=alert(1)>"]}', 'A <b>bold</b> title', player);

  it('allows exactly its inlined script and style, and nothing from the network', () => {
    expect(exportCsp(player)).toBe(
      `default-src 'none'; script-src ${hash(script)}; style-src ${hash(style)}; img-src data:; media-src data: blob:; base-uri 'none'; form-action 'none'`,
    );
    const inlined = /<script>([\s\S]*)<\/script>/.exec(html)?.[1];
    expect(inlined && hash(inlined)).toBe(player.scriptHash);
  });

  it('keeps story text and the title from closing their elements', () => {
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('\\u003c/script>\\u003cimg');
    expect(html).toContain('<title>A &lt;b&gt;bold&lt;/b&gt; title</title>');
  });
});
