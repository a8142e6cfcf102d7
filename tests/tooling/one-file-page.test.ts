import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ASSETS_BLOCK_ID, buildOneFilePage, oneFileCsp } from '../../src/tooling/one-file-page';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const player = { script: 'go()', style: 'p{}', scriptHash: hash('go()'), styleHash: hash('p{}') };
const json = '{"inkVersion":21,"root":["^Hi"]}';

describe('the one-file page', () => {
  it("carries the story's pictures and sounds in a data block that never runs and cannot be closed early", () => {
    const assets = {
      images: { 'art/a.png': 'data:image/png;base64,AAA' },
      cues: { 'bell.mp3': 'data:audio/mpeg;base64,BBB' },
      sounds: { 'x</script>.mp3': 'data:,' },
    };
    const html = buildOneFilePage(json, 'T', player, assets);
    const block = new RegExp(`<script type="application/json" id="${ASSETS_BLOCK_ID}">([^<]*)</script>`).exec(html)?.[1] ?? '';
    expect(JSON.parse(block)).toEqual(assets);
    // The story block, the files block and the player: no other element ends.
    expect(html.match(/<\/script>/g)).toHaveLength(3);
  });

  it('leaves the block out when the story names no files, so the page is as the studio exported it before', () => {
    const html = buildOneFilePage(json, 'T', player, { images: {}, cues: {}, sounds: {} });
    expect(html).not.toContain(ASSETS_BLOCK_ID);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it('allows only its own script and style, and data: pictures and sounds', () => {
    expect(oneFileCsp(player)).toBe(
      `default-src 'none'; script-src ${player.scriptHash}; style-src ${player.styleHash}; img-src data:; media-src data: blob:; base-uri 'none'; form-action 'none'`,
    );
  });

  it('keeps the title text', () => {
    expect(buildOneFilePage(json, 'Fish & <Chips>', player)).toContain('<title>Fish &amp; &lt;Chips&gt;</title>');
  });
});
