/**
 * Holds sound back until the player's first gesture, as browsers require, and
 * loads the audio module (and howler) only then, so it costs the first passage
 * nothing. Until then it remembers the ambience that should be playing and the
 * volumes, and drops one-shots asked before any gesture, which would be stale
 * by the time sound starts. One-shots asked once the gesture has started sound
 * loading (the opening passage's `# AUDIO:` after a click on New game) wait
 * for it and play when it arrives, as they would had sound been ready.
 */
import type { AudioPort, Volumes } from '../engine/ports';

export function createGestureAudio(load: () => Promise<AudioPort>, target: EventTarget = globalThis): AudioPort {
  let real: AudioPort | null = null;
  let loop: string | null = null;
  let volumes: Volumes | null = null;
  let loading = false;
  // One-shots asked while sound loads, in order: the gesture that asked for them is what started it.
  let waiting: string[] = [];

  const start = () => {
    if (loading) return;
    loading = true;
    for (const type of ['pointerdown', 'keydown']) target.removeEventListener(type, start);
    load()
      .then((audio) => {
        real = audio;
        if (volumes) audio.setVolumes(volumes);
        if (loop) audio.loop(loop);
        for (const cue of waiting) audio.play(cue);
      })
      .catch((err: unknown) => console.warn('Sound is off: the audio module did not load.', err))
      .finally(() => {
        waiting = [];
      });
  };
  for (const type of ['pointerdown', 'keydown']) target.addEventListener(type, start, { once: false });

  return {
    play(cue) {
      if (real) real.play(cue);
      else if (loading) waiting.push(cue);
    },
    loop(cue) {
      loop = cue;
      real?.loop(cue);
    },
    setVolumes(v) {
      volumes = v;
      real?.setVolumes(v);
    },
  };
}
