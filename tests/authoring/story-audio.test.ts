import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storyAudioFiles } from '../../src/authoring/story-audio';
import { compileFlagship } from '../story/flagship-support';
import { compileFixture } from '../support/fixtures';

describe('the sounds a build ships', () => {
  it("are only those of the cues the story names, even inside inline logic, so other stories ship none of the flagship's", () => {
    const flagship = storyAudioFiles(compileFlagship()).map((f) => path.basename(f));
    expect(flagship).toEqual(expect.arrayContaining(['heartbeat.webm', 'heartbeat.mp3', 'forest.webm', 'phaser.mp3']));
    expect(storyAudioFiles(compileFixture('any-ink/orchard/the-quiet-orchard.ink'))).toEqual([]);
    expect(storyAudioFiles(compileFixture('any-ink/cues.ink')).map((f) => path.basename(f))).toEqual(['alarm.mp3', 'alarm.webm']);
  });
});
