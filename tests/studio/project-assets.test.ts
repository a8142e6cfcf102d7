import { describe, expect, it } from 'vitest';
import { placeAsset } from '../../src/studio/open-files';
import { newProject } from '../../src/studio/project';
import { addAssets, assetBytes, formatSize, removeAsset, tagPath } from '../../src/studio/project-assets';

const start = () => newProject('Test', { 'main.ink': 'Hi. # IMAGE: art/gate.png\n' }, 'main.ink', 1);
const bytes = (n: number) => new Uint8Array(n);

describe('a project’s pictures and sounds', () => {
  it('takes pictures and sounds at their paths and counts their size', () => {
    const { project, refused } = addAssets(start(), [
      { name: 'art/gate.png', bytes: bytes(2048) },
      { name: 'sounds/bell.ogg', bytes: bytes(100) },
    ]);
    expect(refused).toEqual([]);
    expect(Object.keys(project.assets)).toEqual(['art/gate.png', 'sounds/bell.ogg']);
    expect(assetBytes(project)).toBe(2148);
    expect(formatSize(2048)).toBe('2 KB');
  });

  it('refuses other kinds, files over 10 MB and a project over 50 MB, each with a sentence, and keeps the rest', () => {
    const nine = bytes(9 * 1024 * 1024);
    const { project, refused } = addAssets(start(), [
      { name: 'notes.txt', bytes: bytes(3) },
      { name: 'huge.png', bytes: bytes(11 * 1024 * 1024) },
      ...Array.from({ length: 6 }, (_, i) => ({ name: `art/${i}.webp`, bytes: nine })),
      { name: '../outside.png', bytes: bytes(3) },
    ]);
    expect(Object.keys(project.assets)).toEqual(['art/0.webp', 'art/1.webp', 'art/2.webp', 'art/3.webp', 'art/4.webp']);
    expect(refused).toEqual([
      expect.stringMatching(/^notes\.txt is not a picture or sound/),
      expect.stringMatching(/^huge\.png is 11\.0 MB; a picture or sound can be at most 10 MB\.$/),
      expect.stringMatching(/^art\/5\.webp would bring .* to 54\.0 MB; a project can hold at most 50 MB\.$/),
      expect.stringMatching(/^\.\.\/outside\.png: A path must be a plain path inside the project/),
    ]);
  });

  it('removes one, leaving the others', () => {
    const { project } = addAssets(start(), [{ name: 'a.png', bytes: bytes(1) }]);
    expect(removeAsset(project, 'a.png').assets).toEqual({});
  });

  it('puts a single picked file where the story’s tag names it, or beside the entry', () => {
    expect(placeAsset('gate.png', 'main.ink', ['Hi. # IMAGE: art/gate.png'])).toBe('art/gate.png');
    expect(placeAsset('door.png', 'story/main.ink', ['Hi.'])).toBe('story/door.png');
    expect(tagPath('story/main.ink', 'story/art/gate.png')).toBe('art/gate.png');
  });
});
