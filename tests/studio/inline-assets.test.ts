import { describe, expect, it } from 'vitest';
import { dataUri, FILES_BLOCK_ID, INLINE_WARN_BYTES, inlineAssets } from '../../src/studio/export/inline-assets';

const page = '<body>\n<script type="application/json" id="story-data">{}</script>\n<script>play()</script>\n</body>';

describe('inlining a story’s files into its one-file page', () => {
  it('puts each file as a data: URI in a JSON block before the story data', () => {
    const r = inlineAssets(page, new Map([['art/a.png', new Uint8Array([1, 2, 3])]]));
    expect(r.html).toContain(
      `<script type="application/json" id="${FILES_BLOCK_ID}">{"images":{"art/a.png":"data:image/png;base64,AQID"},"cues":{},"sounds":{}}</script>\n<script type="application/json" id="story-data">`,
    );
    expect(r.bytes).toBe(3);
    expect(r.warning).toBeNull();
  });

  it('leaves a page without files as it was', () => {
    expect(inlineAssets(page, new Map()).html).toBe(page);
  });

  it('warns above 20 MB together (here, above a smaller limit)', () => {
    expect(INLINE_WARN_BYTES).toBe(20 * 1024 * 1024);
    const files = new Map([['s.mp3', new Uint8Array(3 * 1024 * 1024)]]);
    expect(inlineAssets(page, files, 2 * 1024 * 1024).warning).toMatch(/^The page carries 3\.0 MB of pictures and sounds/);
    expect(inlineAssets(page, files).warning).toBeNull();
  });

  it('types the URI by the file’s ending', () => {
    expect(dataUri('a.svg', new Uint8Array([60]))).toBe('data:image/svg+xml;base64,PA==');
    expect(dataUri('a.webm', new Uint8Array([]))).toBe('data:audio/webm;base64,');
  });
});
