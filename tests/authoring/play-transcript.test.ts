import { describe, expect, it } from 'vitest';
import { main } from '../../src/authoring/cli';
import { memoryIO } from '../../src/authoring/cli-io';
import { playTranscript } from '../../src/authoring/play-transcript';
import { compileFixture, fixturesDir } from '../support/fixtures';

async function play(fixture: string, inputs: string[], options = {}) {
  const queue = [...inputs];
  let out = '';
  const result = await playTranscript(
    compileFixture(fixture),
    {
      write(t) {
        out += t;
      },
      readLine: async () => queue.shift() ?? null,
    },
    { seed: 1, ...options },
  );
  return { out, ...result };
}

describe('playing in the terminal, in inklecate format', () => {
  it('prints text joined by glue, tags after their line, numbered choices (a locked one with its reason) and the ?> prompt', async () => {
    const { out } = await play('play/weave.ink', ['1', '2', '1', '1']);
    expect(out).toBe(
      [
        'The hall was dark and cold.',
        '# tags: title: Weave Fixture, scene: Hall, CLASS: quiet',
        '',
        '1: Hello there',
        '2: Stay silent',
        '?> Hello friend.',
        'They waved back.',
        '',
        '1: Wave again',
        '2: Leave (locked: Not yet.)',
        '?> That choice is locked: Not yet.',
        '?> Again.',
        'They parted.',
        'After the hall.',
        '',
        '1: Finish',
        '?> The end.',
        '# tags: ending: fin, ending_title: Fin',
        '',
      ].join('\n'),
    );
  });

  it('leaves choice tags out of the choice text, as inklecate does, and can show them on request', async () => {
    const plain = await play('play/weave.ink', []);
    expect(plain.out).toContain('2: Stay silent\n');
    const tagged = await play('play/weave.ink', [], { choiceTags: true });
    expect(tagged.out).toContain('2: Stay silent # tags: CLASS: thought\n');
  });

  it('answers a number out of range and anything unexpected the way inklecate does', async () => {
    const { out } = await play('play/weave.ink', ['7', 'fly', 'help', '2']);
    expect(out).toContain('?> Choice out of range\n?> ');
    expect(out).toContain("?> Unexpected input. Type 'help' or a choice number.\n?> ");
    expect(out).toContain("?> Type a choice number, a divert (e.g. '-> myKnot'), 'help' for this line, or 'quit' to stop\n?> Silence.");
  });

  it('offers in its help only what it accepts: a divert works, and quit stops', async () => {
    const { out } = await play('play/weave.ink', ['help', '-> nowhere_at_all', 'quit']);
    expect(out).not.toMatch(/expression|assignment/);
    expect(out).toMatch(/nowhere_at_all/);
  });

  it('says when input closes, and prints the end marker only when asked to keep open', async () => {
    expect((await play('play/weave.ink', [])).out.endsWith('?> <User input stream closed.>\n')).toBe(true);
    const ended = await play('stats.ink', ['1', '2'], { keepOpen: true });
    expect(ended.out.endsWith('# tags: ending: done, ending_title: All Over\n--- End of story ---\n')).toBe(true);
  });

  it('follows a typed divert', async () => {
    const { out } = await play('explorer/multi/main.ink', ['-> ridge.stand']);
    expect(out).toContain('?> She stood in the wind.\n# tags: ending: stood, ending_title: Standing Tall\n');
  });

  it('prints a runtime error after the text it stopped, and reports it', async () => {
    const { out, errors } = await play('explorer/tunnel-error.ink', ['1']);
    expect(out).toMatch(/\?> The helper shrugs\.\nRUNTIME ERROR: .*'->->'.*\n$/);
    expect(errors).toBe(1);
  });

  it('plays from stdin through the CLI, compiling the story first', async () => {
    const io = memoryIO(fixturesDir, ['2']);
    expect(await main(['play', 'explorer/multi/main.ink'], io)).toBe(0);
    // The global tags come with an empty first line here, because the story diverts before its first text.
    expect(io.out()).toBe(
      [
        '',
        '# tags: title: Multi-file Fixture, stat: nerve 0 100 Nerve',
        'The forest was quiet.',
        '# tags: scene: The Forest, BACKGROUND: forest',
        '',
        '1: Climb to the ridge.',
        '2: Stay hidden.',
        '?> She stayed low until dark.',
        '# tags: ending: hidden, ending_title: Hidden',
        '',
      ].join('\n'),
    );
  });

  it('stops a loop that writes text for ever after a bounded number of lines, with a runtime error', async () => {
    const { out, errors } = await play('explorer/text-loop.ink', ['1']);
    expect(errors).toBe(1);
    expect(out.split('\n').filter((line) => line === 'Echo.').length).toBeLessThanOrEqual(10_001);
    expect(out).toMatch(/RUNTIME ERROR: .*no choice after 10000 lines of text: the story seems to loop without a choice\n$/);
  });
});
