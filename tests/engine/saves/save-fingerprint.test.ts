import { describe, expect, it } from 'vitest';
import { hashText, storyFingerprint } from '../../../src/engine/ink/story-fingerprint';
import { compileFixture } from '../../support/fixtures';

describe('the story fingerprint', () => {
  it('is the same for the same story, as text or as parsed data', () => {
    const json = compileFixture('edits/v1.ink');
    expect(storyFingerprint(json)).toBe(storyFingerprint(`\uFEFF${json}`));
    expect(storyFingerprint(JSON.parse(json))).toBe(storyFingerprint(json));
  });

  it('changes with any edit to the story', () => {
    const fingerprints = ['edits/v1.ink', 'edits/v2-text.ink', 'edits/v2-renamed.ink', 'edits/v2-removed.ink'].map((f) => storyFingerprint(compileFixture(f)));
    expect(new Set(fingerprints).size).toBe(4);
  });

  it('is a short base-36 word that spreads similar texts apart', () => {
    expect(hashText('a')).toMatch(/^[0-9a-z]{1,11}$/);
    expect(hashText('abc')).not.toBe(hashText('abd'));
    expect(hashText('')).toBe(hashText(''));
  });
});
