import { describe, expect, it } from 'vitest';
import { main } from '../../src/authoring/cli';
import { memoryIO } from '../../src/authoring/cli-io';
import { storyCss } from '../../src/authoring/story-css';
import { fixturePath } from '../support/fixtures';

describe("a story written the way Inky's users write one", () => {
  it('ships the story.css beside its entry file under a name that changes with its content', () => {
    const css = storyCss(fixturePath('any-ink/orchard/the-quiet-orchard.ink'));
    expect(css?.source).toContain('.ink-whisper');
    expect(css?.fileName).toMatch(/^assets\/story-[0-9a-f]{8}\.css$/);
    expect(storyCss(fixturePath('conformance/glue.ink'))).toBeNull();
  });

  it('checks clean, explores to its untagged ending and plays its fallback and EXTERNAL', async () => {
    const file = fixturePath('any-ink/orchard/the-quiet-orchard.ink');
    const check = memoryIO(process.cwd());
    expect(await main(['check', file], check), check.out()).toBe(0);
    const explore = memoryIO(process.cwd());
    expect(await main(['explore', file], explore)).toBe(0);
    expect(explore.out()).toContain('Endings: 1 of 1 reached\n  leave "Leave"');
    const play = memoryIO(process.cwd(), ['2', '1']);
    expect(await main(['play', file, '--seed', '3'], play)).toBe(0);
    expect(play.out()).toMatch(
      /The coin lands on (heads|tails)\.[\s\S]*You knock\. Nobody answers\.\n# tags: AUDIO: sounds\/knock\.mp3\nYou leave the orchard to its <em>silence<\/em>\.\n$/,
    );
  });
});
