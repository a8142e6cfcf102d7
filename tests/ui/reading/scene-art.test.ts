import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED_BACKGROUNDS } from '../../../src/engine/ink/tags';
import { THEMES } from '../../../src/engine/play/settings';
import { pictureFor } from '../../../src/ui/reading/scene-art';

const dir = path.resolve(import.meta.dirname, '../../../assets/art');
const svgs = readdirSync(dir).filter((f) => f.endsWith('.svg'));

describe('the scene art', () => {
  it('has a picture for every backdrop the tag vocabulary allows, in every theme', () => {
    for (const background of ALLOWED_BACKGROUNDS) for (const theme of THEMES) expect(pictureFor(background, theme), `${background}-${theme}`).toBeTruthy();
  });

  it('has none for a backdrop it does not know, so the banner stays empty', () => {
    expect(pictureFor('volcano', 'dark')).toBeNull();
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
