import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyAudio } from '../../src/authoring/story-audio';
import { compileFlagship } from '../story/flagship-support';
import { compileFixture, fixturePath } from '../support/fixtures';

const names = (files: string[]) => files.map((f) => path.basename(f));

describe('the sounds a build ships', () => {
  it("are only those of the cues the story names, even inside inline logic, so other stories ship none of the flagship's", () => {
    const flagship = storyAudio(compileFlagship(), 'story/main.ink');
    expect(names(flagship.cueFiles)).toEqual(expect.arrayContaining(['heartbeat.webm', 'heartbeat.mp3', 'forest.webm', 'phaser.mp3']));
    expect(storyAudio(compileFixture('any-ink/cues.ink'), fixturePath('any-ink/cues.ink')).cueFiles.map((f) => path.basename(f))).toEqual([
      'alarm.mp3',
      'alarm.webm',
    ]);
  });

  it('include a sound the story names by its path beside the story, and nothing from assets/audio', () => {
    const entry = fixturePath('any-ink/orchard/the-quiet-orchard.ink');
    const audio = storyAudio(compileFixture('any-ink/orchard/the-quiet-orchard.ink'), entry);
    expect(audio).toEqual({ cueFiles: [], pathFiles: [{ path: 'sounds/knock.mp3', file: fixturePath('any-ink/orchard/sounds/knock.mp3') }], missing: [] });
  });
});
