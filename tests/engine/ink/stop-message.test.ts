import { describe, expect, it } from 'vitest';
import { stopMessage } from '../../../src/engine/ink/source-place';
import { createSession } from '../../../src/engine/ink/story-session';
import { compileFixture } from '../../support/fixtures';

describe("the error panel's words", () => {
  it('name the file and line, then say what ink said, ending as a sentence', () => {
    expect(stopMessage('ran out of content', { file: 'scenes/hill.ink', line: 12 })).toBe('The story stopped at scenes/hill.ink line 12: ran out of content.');
    expect(stopMessage("Do you need a '-> END'?", { file: 'main.ink', line: 3 })).toBe("The story stopped at main.ink line 3: Do you need a '-> END'?");
    expect(stopMessage('  ', { file: 'main.ink', line: 3 })).toBe('The story stopped at main.ink line 3: it hit an error.');
  });

  it("come from a passage that keeps ink's own words and where the story stood", () => {
    const session = createSession(compileFixture('runtime-error.ink'), 1);
    session.continue();
    session.choose(0);
    const passage = session.choose(0);
    expect(passage.fault?.message).toBe("ran out of content. Do you need a '-> DONE' or '-> END'?");
    expect(passage.fault?.at).toMatch(/^loose_end\b/);
  });
});
