import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choicePath } from '../../../src/engine/history/history-branches';
import { storyFingerprint } from '../../../src/engine/ink/story-fingerprint';
import { encodeReplayLink, parseReplayLink, playReplayLink, type ReplayLink, replayLinkFragment } from '../../../src/engine/play/replay-link';
import { compileFixture } from '../../support/fixtures';
import { play } from '../saves/save-playthrough';

const links: fc.Arbitrary<ReplayLink> = fc.record(
  {
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    path: fc.array(fc.oneof(fc.nat({ max: 5 }), fc.nat({ max: 1000 })), { maxLength: 200 }),
    fingerprint: fc.stringMatching(/^[0-9a-z]{1,11}$/),
  },
  { requiredKeys: ['seed', 'path'] },
);

describe('replay links', () => {
  it('are short: one character per ordinary choice', () => {
    expect(encodeReplayLink({ seed: 123456, path: [0, 1, 2, 1, 0, 3] })).toBe('s2n9c.p012103');
    expect(encodeReplayLink({ seed: 0, path: [40, 1000], fingerprint: 'abc' })).toBe('s0.p_14_rs.fabc');
  });

  it('are found in a fragment, a query or a whole address', () => {
    const link = { seed: 42, path: [0, 2] };
    expect(parseReplayLink(replayLinkFragment(link))).toEqual({ ok: true, link });
    expect(parseReplayLink('https://example.org/play/?lang=en&play=s16.p02#top')).toEqual({ ok: true, link });
    expect(parseReplayLink('s16.p02')).toEqual({ ok: true, link });
  });

  it('explain what is wrong with a damaged link', () => {
    expect(parseReplayLink('#play=')).toEqual({ ok: false, problem: 'This replay link is damaged: it is empty.' });
    expect(parseReplayLink('s16.p0_1')).toEqual({ ok: false, problem: 'This replay link is damaged: a choice in it is cut short.' });
    expect(parseReplayLink('s16.p_zz')).toEqual({ ok: false, problem: 'This replay link is damaged: choice 1295 is beyond any story.' });
    expect(parseReplayLink('szzzzzzz.p0')).toEqual({ ok: false, problem: 'This replay link is damaged: its random seed is too large.' });
    expect(parseReplayLink('hello')).toEqual({ ok: false, problem: 'This replay link is damaged: it is not in the form of a replay link (like s1a.p0120).' });
  });

  it('play back the same run on the same story', () => {
    const run = play('edits/v1.ink', 9, ['Eat something.', 'Adjust the sights.', 'Whisper a prayer.']);
    const link = parseReplayLink(encodeReplayLink({ seed: 9, path: [...run.session.log], fingerprint: storyFingerprint(run.story) }));
    if (!link.ok) throw new Error(link.problem);
    const played = playReplayLink(run.story, link.link);
    expect(played.how).toBe('replay');
    expect(played.note).toBeUndefined();
    expect(played.session.saveState()).toBe(run.session.saveState());
    expect(choicePath(played.history)).toEqual(choicePath(run.history));
  });

  it('play as far as they fit on a story that lost a choice, and say where they stopped', () => {
    const run = play('edits/v1.ink', 9, ['Eat something.', 'Whisper a prayer.', 'Whisper a prayer.']);
    // Links carry indices only: with "Keep watching." gone, index 1 is now the prayer and index 2 is past the end.
    const played = playReplayLink(compileFixture('edits/v2-removed.ink'), { seed: 9, path: [...run.session.log], fingerprint: storyFingerprint(run.story) });
    expect(run.session.log).toEqual([1, 2, 2]);
    expect(played.how).toBe('partial-replay');
    expect(played.fitted).toBe(1);
    expect(played.note).toBe('The story has changed since this link was made: choice 3 at turn 2 is not offered any more. It was played up to turn 1.');
  });

  it('read back whatever they write', () => {
    fc.assert(
      fc.property(links, (link) => {
        expect(parseReplayLink(encodeReplayLink(link))).toEqual({ ok: true, link });
      }),
    );
  });

  it('never throw on garbage', () => {
    const alphabet = fc.constantFrom(...'s.p_f0123456789abcxyz#?&=-%'.split(''));
    const garbage = fc.oneof(
      fc.string(),
      fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join('')),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(
      fc.property(garbage, (input) => {
        const result = parseReplayLink(input);
        if (!result.ok) expect(result.problem).toMatch(/^This replay link is damaged: .*\.$/);
      }),
      { numRuns: 1000 },
    );
  });
});
