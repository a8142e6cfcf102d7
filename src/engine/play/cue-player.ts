/**
 * The sound a passage asks for: `# AUDIO:` cues play once, `# AUDIOLOOP:` sets
 * the ambience. A turn plays every cue it meets; a restored playthrough only
 * takes up the ambience its page was last set to, not every cue on the way.
 */
import type { Passage } from '../ink/story-session';
import { parseTag, type TagEffect } from '../ink/tags';
import type { AudioPort } from '../ports';

/** Calls `each` with every sound tag of `passages`, in the order the story met them. */
function eachSound(passages: readonly Passage[], each: (tag: Extract<TagEffect, { kind: 'audio' | 'audioloop' }>) => void): void {
  for (const passage of passages)
    for (const p of passage.paragraphs)
      for (const raw of p.tags) {
        const tag = parseTag(raw);
        if (tag.kind === 'audio' || tag.kind === 'audioloop') each(tag);
      }
}

/** Plays the cues of a turn just taken. */
export function playCues(passages: readonly Passage[], audio: AudioPort): void {
  eachSound(passages, (tag) => (tag.kind === 'audio' ? audio.play(tag.cue) : audio.loop(tag.cue)));
}

/** The ambience the passages leave playing, or null when they set none. */
export function lastLoop(passages: readonly Passage[]): string | null {
  let loop: string | null = null;
  eachSound(passages, (tag) => {
    if (tag.kind === 'audioloop') loop = tag.cue;
  });
  return loop;
}
