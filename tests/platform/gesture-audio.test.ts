import { describe, expect, it } from 'vitest';
import type { AudioPort } from '../../src/engine/ports';
import { createGestureAudio } from '../../src/platform/gesture-audio';

function recordingAudio(): AudioPort & { calls: string[] } {
  const calls: string[] = [];
  return { calls, play: (cue) => calls.push(`play ${cue}`), loop: (cue) => calls.push(`loop ${cue}`), setVolumes() {} };
}

/** Sound whose module arrives when the test says so. */
function slowSound() {
  const real = recordingAudio();
  let arrive: (audio: AudioPort) => void = () => {};
  const loaded = new Promise<AudioPort>((resolve) => {
    arrive = resolve;
  });
  const target = new EventTarget();
  const audio = createGestureAudio(() => loaded, target);
  return {
    real,
    audio,
    target,
    arrive: async () => {
      arrive(real);
      await loaded;
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

describe('sound held until the first gesture', () => {
  it('plays the opening passage’s one-shot asked by the click that started sound, once sound arrives', async () => {
    const { real, audio, target, arrive } = slowSound();
    target.dispatchEvent(new Event('pointerdown'));
    // The click on New game: the opening passage asks for its ambience and a one-shot while sound is still loading.
    audio.loop('wind');
    audio.play('door');
    await arrive();
    expect(real.calls).toEqual(['loop wind', 'play door']);
  });

  it('drops one-shots asked before any gesture, and keeps the ambience', async () => {
    const { real, audio, target, arrive } = slowSound();
    audio.play('door');
    audio.loop('wind');
    target.dispatchEvent(new Event('keydown'));
    await arrive();
    expect(real.calls).toEqual(['loop wind']);
  });

  it('plays a one-shot at once when sound is ready', async () => {
    const { real, audio, target, arrive } = slowSound();
    target.dispatchEvent(new Event('pointerdown'));
    await arrive();
    audio.play('door');
    audio.play('door');
    expect(real.calls).toEqual(['play door', 'play door']);
  });
});
