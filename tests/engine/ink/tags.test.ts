import { describe, expect, it } from 'vitest';
import { parseTag } from '../../../src/engine/ink/tags';

describe('the tag vocabulary', () => {
  it('reads inky-style tags in any case', () => {
    expect(parseTag('AUDIO: phaser')).toEqual({ kind: 'audio', cue: 'phaser' });
    expect(parseTag('audioloop: none')).toEqual({ kind: 'audioloop', cue: null });
    expect(parseTag('CLEAR')).toEqual({ kind: 'clear' });
  });

  it('reads stat declarations with multi-word labels', () => {
    expect(parseTag('stat: nerve 0 100 Steady nerve')).toEqual({ kind: 'stat', variable: 'nerve', min: 0, max: 100, label: 'Steady nerve' });
  });

  it('takes any CSS class name but refuses anything else, and backdrops not on the allow-list', () => {
    expect(parseTag('CLASS: comm').kind).toBe('class');
    expect(parseTag('CLASS: glowing-red_2')).toEqual({ kind: 'class', name: 'glowing-red_2' });
    expect(parseTag('CLASS: x" onclick="alert(1)').kind).toBe('unknown');
    expect(parseTag('BACKGROUND: url(evil)').kind).toBe('unknown');
  });

  it('refuses cue names that look like paths', () => {
    expect(parseTag('AUDIO: ../../secret.mp3').kind).toBe('unknown');
  });

  it('marks tags outside the vocabulary as unknown with a reason', () => {
    expect(parseTag('colour: red')).toEqual({ kind: 'unknown', raw: 'colour: red', problem: "'colour' is not in the tag vocabulary", foreign: true });
  });

  it('reads BACKGROUND as a backdrop name, none, or a picture beside the story', () => {
    expect(parseTag('BACKGROUND: forest')).toEqual({ kind: 'background', name: 'forest' });
    expect(parseTag('BACKGROUND: none')).toEqual({ kind: 'background', name: null });
    expect(parseTag('BACKGROUND:')).toEqual({ kind: 'background', name: null });
    expect(parseTag('BACKGROUND: art/dusk.svg')).toEqual({ kind: 'background_image', path: 'art/dusk.svg' });
    expect(parseTag('BACKGROUND: dusk.png')).toEqual({ kind: 'background_image', path: 'dusk.png' });
    for (const bad of ['../dusk.png', '/dusk.png', 'https://x.test/dusk.png', 'javascript:alert(1)', 'art/notes.txt', 'sunset'])
      expect(parseTag(`BACKGROUND: ${bad}`).kind, bad).toBe('unknown');
  });
});
