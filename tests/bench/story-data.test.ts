import { describe, expect, it } from 'vitest';
import { isStoryData } from './bundle-size';

const json = JSON.stringify(JSON.stringify({ inkVersion: 21, root: [['^Dawn.', 'done', null]] }));

describe('telling the story data chunk from code', () => {
  it('counts the ink JSON literal as data', () => {
    expect(isStoryData(`var e=${json};export{e as t};`)).toBe(true);
  });

  it('counts the first turn beside it as data, however long its passage', () => {
    const paragraphs = Array.from(
      { length: 40 },
      (_, i) => `{text:\`Line ${i} of a long opening, with "quotes" and a \\\` tick. ${'word '.repeat(100)}\`,tags:[]}`,
    ).join(',');
    expect(isStoryData(`var e=${json},t={meta:{title:\`T\`},passage:{paragraphs:[${paragraphs}]}};export{e as n,t};`)).toBe(true);
  });

  it('counts a chunk with real code around the JSON as code', () => {
    const code = 'function f(a){return a.map(b=>b*2).filter(Boolean)}'.repeat(60);
    expect(isStoryData(`var e=${json};${code}export{e as t,f};`)).toBe(false);
  });

  it('needs the ink JSON itself', () => {
    expect(isStoryData('var e={title:`Not a story`};export{e as t};')).toBe(false);
  });
});
