import { describe, expect, it } from 'vitest';
import { dataUri, INLINE_WARN_BYTES, inlineAssets } from '../../src/studio/export/inline-assets';
import { buildOneFilePage } from '../../src/tooling/one-file-page';

const player = { script: 'play()', style: '', scriptHash: "'sha256-x'", styleHash: "'sha256-y'" };

describe('a project’s files in its one-file page', () => {
  it('carries pictures by path and sounds by path and by file name, in the block the page’s player reads', () => {
    const r = inlineAssets(
      new Map([
        ['art/a.png', new Uint8Array([1, 2, 3])],
        ['sfx/bell.mp3', new Uint8Array([4])],
      ]),
    );
    expect(r.assets).toEqual({
      images: { 'art/a.png': 'data:image/png;base64,AQID' },
      sounds: { 'sfx/bell.mp3': 'data:audio/mpeg;base64,BA==' },
      cues: { 'bell.mp3': 'data:audio/mpeg;base64,BA==' },
    });
    expect(r.bytes).toBe(4);
    expect(r.warning).toBeNull();
    const html = buildOneFilePage('{}', 'T', player, r.assets);
    expect(html).toContain('<script type="application/json" id="story-files">{"images":{"art/a.png":"data:image/png;base64,AQID"}');
  });

  it('gives a project without files no block at all', () => {
    const r = inlineAssets(new Map());
    expect(r.assets).toBeNull();
    expect(buildOneFilePage('{}', 'T', player, r.assets)).not.toContain('story-files');
  });

  it('warns above 20 MB together (here, above a smaller limit)', () => {
    expect(INLINE_WARN_BYTES).toBe(20 * 1024 * 1024);
    const files = new Map([['s.mp3', new Uint8Array(3 * 1024 * 1024)]]);
    expect(inlineAssets(files, 2 * 1024 * 1024).warning).toMatch(/^The page carries 3\.0 MB of pictures and sounds/);
    expect(inlineAssets(files).warning).toBeNull();
  });

  it('types the URI by the file’s ending', () => {
    expect(dataUri('a.svg', new Uint8Array([60]))).toBe('data:image/svg+xml;base64,PA==');
    expect(dataUri('a.webm', new Uint8Array([]))).toBe('data:audio/webm;base64,');
  });
});
