import { describe, expect, it } from 'vitest';
import { oneFilePage, pageSlug } from '../../src/authoring/one-file-build';
import { cspHash } from '../../src/authoring/vite-plugin-export-player';
import { fixturePath } from '../support/fixtures';

const player = { script: '', style: '', scriptHash: "'sha256-x'", styleHash: "'sha256-y'" };
const filesOf = (html: string) => JSON.parse(/id="story-files">([^<]*)<\/script>/.exec(html)?.[1] ?? '{}');

describe('the one-file page the build writes', () => {
  it('is named after the story', () => {
    expect(pageSlug("Kee's First Raid")).toBe('kees-first-raid');
    expect(pageSlug('Café  au lait!')).toBe('cafe-au-lait');
    expect(pageSlug('index')).toBe('story');
    expect(pageSlug('???')).toBe('story');
  });

  it("inlines the pictures and sounds a story's tags name, from beside the story", () => {
    const page = oneFilePage(fixturePath('any-ink/orchard/the-quiet-orchard.ink'), player);
    expect(page?.fileName).toBe('the-quiet-orchard.html');
    const files = filesOf(page?.html ?? '');
    expect(Object.keys(files.images).sort()).toEqual(['art/dusk.svg', 'art/lantern.png']);
    expect(files.images['art/lantern.png']).toMatch(/^data:image\/png;base64,/);
    expect(files.images['art/dusk.svg']).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Object.keys(files.sounds)).toEqual(['sounds/knock.mp3']);
    expect(files.sounds['sounds/knock.mp3']).toMatch(/^data:audio\/mpeg;base64,/);
  });

  it("carries the story's own stylesheet after the player's, under the page's style hash", () => {
    const html = oneFilePage(fixturePath('any-ink/orchard/the-quiet-orchard.ink'), player)?.html ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(style).toContain('.ink-gold');
    expect(html).toContain(`style-src ${cspHash(style)}`);
  });

  it('carries each named cue once, as MP3, not in both formats', () => {
    const page = oneFilePage(fixturePath('any-ink/cues.ink'), player);
    const cues = Object.keys(filesOf(page?.html ?? '').cues ?? {});
    expect(cues.length).toBeGreaterThan(0);
    expect(cues.every((name) => name.endsWith('.mp3'))).toBe(true);
  });
});
