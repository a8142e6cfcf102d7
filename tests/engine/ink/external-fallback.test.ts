import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/engine/ink/story-session';
import { compileFixture } from '../../support/fixtures';

describe('EXTERNAL functions in the player', () => {
  it('run the ink function of the same name when the host binds none, as Inky does', () => {
    const passage = createSession(compileFixture('conformance/external-fallback.ink'), 1).continue();
    expect(passage.error).toBeNull();
    expect(passage.paragraphs.map((p) => p.text)).toEqual(['You roll a 3.']);
  });
});
