/** Folding passages into the page carries an ending's epilogue line, and only the one on its own line. */
import { describe, expect, it } from 'vitest';
import { emptyPage, foldPassage } from '../../../src/engine/play/page';

const fold = (...paragraphs: { text: string; tags: string[] }[]) => {
  let id = 0;
  return foldPassage(emptyPage, paragraphs, () => ++id);
};

describe('the page fold, at an ending', () => {
  it('carries the epilogue from the ending line to the ending', () => {
    const page = fold({ text: 'She stayed.', tags: ['ending: stay', 'ending_title: Staying', 'epilogue: She kept the lamp lit all winter.'] });
    expect(page.ending).toEqual({ id: 'stay', title: 'Staying', epilogue: 'She kept the lamp lit all winter.' });
  });

  it('leaves the epilogue out of an ending that has none', () => {
    const page = fold({ text: 'She went.', tags: ['ending: go', 'ending_title: Going'] });
    expect(page.ending).toEqual({ id: 'go', title: 'Going' });
    expect(page.ending && 'epilogue' in page.ending).toBe(false);
  });

  it('does not lend an epilogue from an earlier line to a later ending', () => {
    const page = fold({ text: 'Earlier.', tags: ['epilogue: Not this one.'] }, { text: 'She went.', tags: ['ending: go', 'ending_title: Going'] });
    expect(page.ending).toEqual({ id: 'go', title: 'Going' });
  });
});
