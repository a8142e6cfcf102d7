import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED_BACKGROUNDS } from '../../../src/engine/ink/tags';
import { THEMES } from '../../../src/engine/play/settings';
import { pictureFor, pictureName, SCENE_PICTURES } from '../../../src/ui/reading/scene-art';

const dir = path.resolve(import.meta.dirname, '../../../assets/art');
const svgs = readdirSync(dir).filter((f) => f.endsWith('.svg'));
const scenesDir = path.resolve(import.meta.dirname, '../../../story/scenes');
/** Every `# scene:` name the flagship uses. */
const storyScenes = [
  ...new Set(
    readdirSync(scenesDir).flatMap((f) =>
      [...readFileSync(path.join(scenesDir, f), 'utf8').matchAll(/#\s*scene:\s*([^#\]\n]+?)\s*(?=#|\]|$)/gm)].map((m) => m[1] ?? ''),
    ),
  ),
];
const hash = (file: string) =>
  createHash('sha256')
    .update(readFileSync(path.join(dir, file)))
    .digest('hex');

describe('the scene art', () => {
  it('has a picture for every backdrop the tag vocabulary allows, in every theme', () => {
    for (const background of ALLOWED_BACKGROUNDS) for (const theme of THEMES) expect(pictureFor(background, theme), `${background}-${theme}`).toBeTruthy();
  });

  it('has none for a backdrop it does not know, so the banner stays empty', () => {
    expect(pictureFor('volcano', 'dark')).toBeNull();
  });

  it('gives every scene of the flagship a picture of its own: a different file with different content, in every theme', () => {
    expect(storyScenes.length).toBeGreaterThan(10);
    const firstPicture = (scene: string) => SCENE_PICTURES.find((p) => p.scene === scene)?.picture;
    for (const scene of storyScenes) expect(firstPicture(scene), scene).toBeTruthy();
    const pictures = SCENE_PICTURES.map((p) => p.picture);
    expect(new Set(pictures).size).toBe(pictures.length);
    for (const theme of THEMES) {
      const files = pictures.map((p) => `${p}-${theme}.svg`);
      for (const f of files) expect(svgs, f).toContain(f);
      expect(new Set(files.map(hash)).size, theme).toBe(files.length);
    }
  });

  it("shows a scene's own picture only over the backdrop it was drawn for, and the backdrop's elsewhere", () => {
    expect(pictureName('ridge', 'The Guards')).toBe('guards');
    expect(pictureName('camp', 'Aftermath')).toBe('camp');
    expect(pictureName('ridge', 'A scene of another story')).toBe('ridge');
    expect(pictureFor('ridge', 'sepia', 'The Guards')).not.toBe(pictureFor('ridge', 'sepia', 'The Wait'));
  });

  it('keeps the whole set under 300 KB', () => {
    const total = svgs.reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
    expect(total).toBeLessThan(300_000);
  });

  it('draws shapes only: no scripts, no links out, no embedded images', () => {
    for (const f of svgs) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      expect(text, f).not.toMatch(/<script|<image|href=|<foreignObject|url\((?!#)/i);
    }
  });
});
