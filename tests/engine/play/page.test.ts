import { describe, expect, it } from 'vitest';
import { asksRestart, emptyPage, foldPassage } from '../../../src/engine/play/page';

let id = 0;
const fold = (...paragraphs: { text: string; tags: string[] }[]) => foldPassage(emptyPage, paragraphs, () => ++id);

describe('folding passages into the page', () => {
  it('keeps an IMAGE tag on a line with no words as a paragraph of its own', () => {
    const { page } = fold({ text: 'A gate.', tags: [] }, { text: '', tags: ['IMAGE: art/gate.png'] }, { text: '', tags: ['colour: red'] });
    expect(page.map((p) => [p.text, p.tags])).toEqual([
      ['A gate.', []],
      ['', ['IMAGE: art/gate.png']],
    ]);
  });

  it('sets a named backdrop or the story’s own picture, each replacing the other, and clears both on none', () => {
    const named = fold({ text: 'Trees.', tags: ['BACKGROUND: forest'] });
    expect([named.background, named.backgroundImage]).toEqual(['forest', null]);
    const picture = foldPassage(named, [{ text: 'Sky.', tags: ['BACKGROUND: art/sky.svg'] }], () => ++id);
    expect([picture.background, picture.backgroundImage]).toEqual([null, 'art/sky.svg']);
    const none = foldPassage(picture, [{ text: 'Dark.', tags: ['BACKGROUND: none'] }], () => ++id);
    expect([none.background, none.backgroundImage]).toEqual([null, null]);
  });

  it('ignores a BACKGROUND path that leaves the story’s folder', () => {
    const page = fold({ text: 'Sky.', tags: ['BACKGROUND: ../secret.png'] }, { text: 'URL.', tags: ['BACKGROUND: javascript:alert(1)'] });
    expect([page.background, page.backgroundImage]).toEqual([null, null]);
  });

  it('notices a RESTART tag on any line of a passage', () => {
    expect(
      asksRestart([
        { text: 'One.', tags: [] },
        { text: 'Two.', tags: ['RESTART'] },
      ]),
    ).toBe(true);
    expect(asksRestart([{ text: 'One.', tags: ['CLEAR'] }])).toBe(false);
  });
});
