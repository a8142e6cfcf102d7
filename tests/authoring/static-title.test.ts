import { describe, expect, it } from 'vitest';
import { readTitleInfo, titleMarkup } from '../../src/authoring/static-title';

describe('the title screen written into index.html', () => {
  it('reads the title, author and content notes from the global tags at the top of the story', () => {
    const info = readTitleInfo(
      '// a comment\n# title: The River\n# author: Ann # content_note: Cold water.\n# content_note: Loss.\n\nThe water was loud. # title: not a global\n',
    );
    expect(info).toEqual({ title: 'The River', author: 'Ann', contentNotes: ['Cold water.', 'Loss.'] });
  });

  it('writes the story’s words as text, never as markup', () => {
    const html = titleMarkup({ title: '<img src=x onerror=alert(1)>', author: 'A & B', contentNotes: ['"quoted"'] });
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).toContain('by A &#38; B');
    expect(html).toContain('&#34;quoted&#34;');
  });

  it('draws the buttons disabled and marks the copy static, for the script to replace', () => {
    const html = titleMarkup({ title: 'T', author: '', contentNotes: [] });
    expect(html).toContain('data-static');
    expect(html).not.toContain('Content note');
    expect(html.match(/<button [^>]*disabled>/g)).toHaveLength(4);
    expect(html).toContain('id="new-game" class="primary" disabled>New game</button>');
  });
});
