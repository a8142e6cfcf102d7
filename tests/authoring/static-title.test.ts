import { describe, expect, it } from 'vitest';
import { headTags } from '../../src/authoring/page-head';
import { bootScript, readTitleInfo, titleMarkup } from '../../src/authoring/static-title';

describe('the title screen written into index.html', () => {
  it('reads the title, author and content notes from the global tags at the top of the story', () => {
    const info = readTitleInfo(
      '// a comment\n# title: The River\n# author: Ann # content_note: Cold water.\n# content_note: Loss.\n\nThe water was loud. # title: not a global\n',
    );
    expect(info).toEqual({ title: 'The River', author: 'Ann', contentNotes: ['Cold water.', 'Loss.'] });
  });

  it('reads the blurb from its global tag and shows it under the byline, as text', () => {
    const info = readTitleInfo('# title: The River\n# author: Ann\n# blurb: Ann <b>crossed</b> & came back.\n\nThe water was loud.\n');
    expect(info.blurb).toBe('Ann <b>crossed</b> & came back.');
    expect(titleMarkup(info)).toContain('<p class="byline">by Ann</p><p class="blurb">Ann &#60;b&#62;crossed&#60;/b&#62; &#38; came back.</p>');
    expect(titleMarkup({ title: 'T', author: '', contentNotes: [] })).not.toContain('blurb');
  });

  it('writes the icon, the description and the link-preview tags, escaped, and the key picture only when there is one', () => {
    const info = { title: 'The "River"', author: '', contentNotes: [], blurb: 'Cold <water>.' };
    const head = headTags(info, { icon: './assets/favicon-1.png', preview: './assets/key-dark-2.svg' });
    expect(head).toContain('<link rel="icon" type="image/png" href="./assets/favicon-1.png" />');
    expect(head).toContain('<meta name="description" content="Cold &#60;water&#62;." data-title="The &#34;River&#34;" data-art="key" />');
    expect(head).toContain('<meta property="og:title" content="The &#34;River&#34;" />');
    expect(head).toContain('<meta property="og:image" content="./assets/key-dark-2.svg" />');
    expect(head).toContain('<meta name="twitter:card" content="summary_large_image" />');
    const plain = headTags({ title: 'T', author: '', contentNotes: [] }, { icon: 'i.png', preview: null });
    expect(plain).not.toMatch(/og:image|twitter:image|description|data-art/);
    expect(plain).toContain('<meta name="twitter:card" content="summary" />');
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
    expect(html.match(/<button [^>]*disabled>/g)).toHaveLength(5);
    // Continue is drawn too, for the stylesheet to show when the boot script found an autosave.
    expect(html).toContain('<button type="button" id="continue" disabled>Continue</button><button type="button" id="new-game" disabled>New game</button>');
  });

  it('boots with the reader’s theme and marks an autosave of this story, and of no other, before the page is drawn', () => {
    const run = (stored: Record<string, string>) => {
      const dataset: Record<string, string> = {};
      const localStorage = { getItem: (key: string) => stored[key] ?? null };
      new Function('document', 'localStorage', bootScript({ title: 'The River', author: '', contentNotes: [] }))(
        { documentElement: { dataset } },
        localStorage,
      );
      return dataset;
    };
    expect(run({})).toEqual({});
    expect(run({ 'kee:settings': '{"theme":"sepia","textSize":"large","animations":false}', 'ink-save/The River/auto': '{}' })).toEqual({
      theme: 'sepia',
      textSize: 'large',
      animations: 'off',
      resume: '',
    });
    expect(run({ 'ink-save/The River/auto~backup': '{}' })).toEqual({ resume: '' });
    expect(run({ 'ink-save/Another story/auto': '{}', 'kee:settings': '{"theme":"<b>"}' })).toEqual({});
    // Damaged settings leave the page as built rather than stopping the script.
    expect(run({ 'kee:settings': '{not json', 'ink-save/The River/auto': '{}' })).toEqual({ resume: '' });
  });
});
