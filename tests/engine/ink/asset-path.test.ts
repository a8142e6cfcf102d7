import { describe, expect, it } from 'vitest';
import { altFromPath, assetPathProblem, imagePathProblem } from '../../../src/engine/ink/asset-path';
import { parseTag } from '../../../src/engine/ink/tags';

describe('file paths in tags', () => {
  it('take a path relative to the story that stays in its folder', () => {
    expect(assetPathProblem('art/old-gate.png')).toBeNull();
    expect(parseTag('IMAGE: art/old-gate.png')).toEqual({ kind: 'image', path: 'art/old-gate.png' });
  });

  it('refuse URLs, absolute paths and paths that leave the folder, saying why', () => {
    expect(assetPathProblem('javascript:alert(1)')).toMatch(/is a URL/);
    expect(assetPathProblem('https://example.com/a.png')).toMatch(/is a URL/);
    expect(assetPathProblem('//example.com/a.png')).toMatch(/is a URL/);
    expect(assetPathProblem('/etc/passwd')).toMatch(/not a path relative/);
    expect(assetPathProblem('art/../../secret.png')).toMatch(/leaves the story's folder/);
    expect(assetPathProblem('art\\gate.png')).toMatch(/not a path relative/);
    expect(assetPathProblem('a"b.png')).toMatch(/characters/);
    expect(parseTag('IMAGE: ../x.png').kind).toBe('unknown');
  });

  it('take only image files for IMAGE, and name the alt text after the file', () => {
    expect(imagePathProblem('notes.txt')).toMatch(/not an image/);
    expect(altFromPath('art/old_gate-at-night.png')).toBe('old gate at night');
    expect(parseTag('ALT: A gate')).toEqual({ kind: 'alt', text: 'A gate' });
  });
});
