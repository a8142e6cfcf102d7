/**
 * The list of sound files the game ships: every cue the story names is there,
 * in both formats, with the preferred format first.
 */
import { describe, expect, it } from 'vitest';
import { audioSources, groupByCue, loopWindows } from '../../src/audio/audio-sources';

const STORY_CUES = ['phaser', 'phaser_far', 'blast', 'comm', 'splinter', 'heartbeat', 'alarm', 'forest', 'tension'];

describe('the audio sources', () => {
  it('groups files by cue name with WebM before MP3 and skips other files', () => {
    const grouped = groupByCue({
      '../a/blast.mp3': '/x/blast-1.mp3',
      '../a/blast.webm': '/x/blast-2.webm',
      '../a/notes.txt': '/x/notes.txt',
    });
    expect(grouped).toEqual({ blast: ['/x/blast-2.webm', '/x/blast-1.mp3'] });
  });

  it('has every cue the story uses in both formats', () => {
    for (const cue of STORY_CUES) {
      expect(audioSources[cue]?.map((url) => url.replace(/^.*\./, ''))).toEqual(['webm', 'mp3']);
    }
  });

  it('knows where each loop sits inside its file', () => {
    expect(Object.keys(loopWindows).sort()).toEqual(['alarm', 'forest', 'tension']);
    for (const window of Object.values(loopWindows)) {
      expect(window.start).toBeGreaterThan(0);
      expect(window.duration).toBeGreaterThan(1);
    }
  });
});
