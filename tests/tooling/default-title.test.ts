import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { readStoryMeta } from '../../src/engine/ink/story-meta';
import { titleFromFileName, withDefaultTitle } from '../../src/tooling/default-title';
import { compileFixture } from '../support/fixtures';

describe('a story without a # title:', () => {
  it('is called after its file, or after its folder when the file is main.ink', () => {
    expect(titleFromFileName('/stories/the-long_night.ink')).toBe('The long night');
    expect(titleFromFileName('/stories/raid/main.ink')).toBe('Raid');
  });

  it('gets that title as a global tag, and plays exactly as before', () => {
    const json = compileFixture('conformance/numbers.ink');
    const titled = withDefaultTitle(json, '/x/numbers.ink');
    const story = new Story(titled);
    expect(readStoryMeta(story.globalTags).title).toBe('Numbers');
    expect(story.ContinueMaximally()).toBe(new Story(json).ContinueMaximally());
  });

  it('keeps a title the story gives itself', () => {
    const json = compileFixture('play/weave.ink');
    expect(withDefaultTitle(json, '/x/other.ink')).toBe(json);
  });
});
