import { describe, expect, it } from 'vitest';
import { compileInk } from '../../src/authoring/compile-ink';
import { formatDiagnostic } from '../../src/tooling/diagnostic';
import { lintStory } from '../../src/tooling/lint';
import { fixturePath, fixturesDir } from '../support/fixtures';

/** Lints a fixture and returns `file:line: severity: message` lines relative to the fixtures folder. */
function lint(name: string, explore = true): string[] {
  const compiled = compileInk(fixturePath(name));
  if (!compiled.json) throw new Error(`${name} did not compile`);
  return lintStory({ entry: compiled.dependencies[0] ?? '', json: compiled.json, sources: compiled.sources }, { explore }).map((d) =>
    formatDiagnostic(d, fixturesDir),
  );
}

describe('the lint rules', () => {
  it('report tags that are not in the vocabulary, at the line they are on, and know the build-only blurb', () => {
    expect(lint('lint/unknown-tags.ink')).toEqual([
      "lint/unknown-tags.ink:3: warning: tag '# colour: red' is not in the tag vocabulary, so the player ignores it",
      "lint/unknown-tags.ink:5: warning: tag '# shout' is not in the tag vocabulary, so the player ignores it",
    ]);
  });

  it('report stat changes that bypass the shift helper, and starting values out of range', () => {
    expect(lint('lint/stats/main.ink', false)).toEqual([
      "lint/stats/main.ink:4: error: stat 'faith' is declared by a # stat: tag but there is no VAR faith",
      "lint/stats/main.ink:6: error: 'nerve' starts at 150, outside its declared range 0–100",
      "lint/stats/main.ink:10: error: 'nerve' is changed directly; use ~ shift(nerve, by) so it stays within 0–100",
      "lint/stats/scenes/deeper/range.ink:2: error: 'aim' is changed directly; use ~ shift(aim, by) so it stays within 0–100",
      "lint/stats/scenes/deeper/range.ink:3: error: 'nerve' is changed directly; use ~ shift(nerve, by) so it stays within 0–100",
    ]);
  });

  it('report knots, stitches and functions nothing leads to, but not those reached by thread, tunnel or local divert', () => {
    expect(lint('lint/unreached.ink')).toEqual([
      "lint/unreached.ink:14: warning: stitch 'hub.forgotten' is never diverted to",
      "lint/unreached.ink:25: warning: knot 'lonely' is never diverted to",
      "lint/unreached.ink:30: warning: function 'unused' is never called",
      "lint/unreached.ink:32: warning: function 'say_hello' is never called",
    ]);
  });

  it('fold one unknown tag met on several lines into one line with a count', () => {
    expect(lint('lint/repeated-tags.ink')).toEqual([
      "lint/repeated-tags.ink:2: warning: tag '# mood: grim' is not in the tag vocabulary, so the player ignores it (3 times; also at lines 3, 4)",
    ]);
  });

  it('report choices with no text, but not the invisible fallback choice', () => {
    const problems = lint('lint/empty-choice.ink').filter((l) => l.includes('no text'));
    expect(problems.map((l) => l.split(':')[1])).toEqual(['4', '5', '6']);
  });

  it('report an END without an ending tag and content that runs out, with the choices that lead there', () => {
    expect(lint('explorer/missing-ending.ink')).toEqual([
      'explorer/missing-ending.ink:7: error: the story ends here without an ending tag (# ending: id # ending_title: Title before -> END), after choosing 2 in npm run play',
      'explorer/missing-ending.ink:12: error: the story runs out of content here (no -> END, -> DONE or divert), after choosing 3 in npm run play',
    ]);
  });

  it('report runtime errors met while exploring', () => {
    expect(lint('explorer/tunnel-error.ink')).toEqual([
      "explorer/tunnel-error.ink:11: error: runtime error: unexpectedly reached end of content. Do you need a '->->' to return from a tunnel?, after choosing 1 in npm run play",
    ]);
  });

  it('say when the exploration behind the dead-end rule was cut short', () => {
    const lines = lint('explorer/loop.ink');
    expect(lines).toContainEqual(expect.stringMatching(/^explorer\/loop\.ink: info: partial: stopped exploring after \d+ states/));
    expect(lines.at(-1)).toMatch(/^explorer\/loop\.ink: info: partial: the consequence report could not decide \[dead-write\], \[dropped-thread\]/);
  });

  it('find nothing wrong with a tidy multi-file story', () => {
    expect(lint('explorer/multi/main.ink')).toEqual([]);
  });
});
