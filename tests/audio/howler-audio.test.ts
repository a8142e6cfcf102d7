/**
 * The howler audio port's rules, checked against a fake howler: how volumes
 * combine, how loops hand over, and that bad cues or files never break the game.
 */
import type { HowlOptions } from 'howler';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CROSSFADE_MS, createHowlerAudio } from '../../src/audio/howler-audio';

/**
 * Records what the port asks of howler; tests finish fades and raise errors by hand. The unit tests share one
 * module registry (vite.config.ts: isolate off), so the port an earlier file loaded is dropped first, to be
 * loaded again with this fake, and after this file the modules are loaded afresh with the real howler.
 */
const fake = vi.hoisted(() => {
  vi.resetModules();
  let nextId = 1000;
  class FakeHowl {
    static instances: FakeHowl[] = [];
    static throwOn: string | null = null;
    readonly options: HowlOptions;
    readonly played: Array<string | undefined> = [];
    readonly stopped: number[] = [];
    readonly fades: Array<{ from: number; to: number; ms: number; id: number }> = [];
    readonly volumes = new Map<number, number>();
    readonly fadeListeners: Array<{ id: number; fn: () => void }> = [];
    groupVolume: number;
    unloaded = false;

    constructor(options: HowlOptions) {
      if (FakeHowl.throwOn && [options.src].flat().includes(FakeHowl.throwOn)) throw new Error('no audio here');
      this.options = options;
      this.groupVolume = options.volume ?? 1;
      FakeHowl.instances.push(this);
    }

    play(sprite?: string): number {
      const id = nextId++;
      this.played.push(sprite);
      this.volumes.set(id, this.groupVolume);
      return id;
    }

    volume(value: number, id?: number): this | number {
      if (id !== undefined) this.volumes.set(id, value);
      else if (value >= 0 && value <= 1) {
        this.groupVolume = value;
        for (const key of this.volumes.keys()) this.volumes.set(key, value);
      } else return this.volumes.get(value) ?? 0;
      return this;
    }

    fade(from: number, to: number, ms: number, id: number): this {
      this.fades.push({ from, to, ms, id });
      this.volumes.set(id, from);
      return this;
    }

    once(_event: 'fade', fn: () => void, id: number): this {
      this.fadeListeners.push({ id, fn });
      return this;
    }

    stop(id: number): this {
      this.stopped.push(id);
      return this;
    }

    unload(): null {
      this.unloaded = true;
      return null;
    }

    /** Completes every fade, as howler does when their time is up. */
    finishFades(): void {
      for (const { id, to } of this.fades) this.volumes.set(id, to);
      const listeners = this.fadeListeners.splice(0);
      for (const { fn } of listeners) fn();
    }

    failLoad(error: unknown = 'Decoding audio data failed.'): void {
      this.options.onloaderror?.(0, error);
    }

    failPlay(error: unknown = 'Playback was unable to start.'): void {
      this.options.onplayerror?.(0, error);
    }
  }
  return { FakeHowl };
});

vi.mock('howler', () => ({ Howl: fake.FakeHowl }));
afterAll(() => {
  vi.doUnmock('howler');
  vi.resetModules();
});

const { FakeHowl } = fake;

const sources = {
  phaser: ['phaser.webm', 'phaser.mp3'],
  forest: ['forest.webm', 'forest.mp3'],
  tension: ['tension.webm', 'tension.mp3'],
  alarm: ['alarm.webm', 'alarm.mp3'],
};
const windows = { alarm: { start: 0.2, duration: 2 } };

function howlFor(url: string) {
  const howl = FakeHowl.instances.find((h) => [h.options.src].flat()[0] === url);
  if (!howl) throw new Error(`no Howl was made for ${url}`);
  return howl;
}

function setup() {
  const log = vi.fn<(message: string) => void>();
  const audio = createHowlerAudio(sources, log, windows);
  return { audio, log };
}

beforeEach(() => {
  FakeHowl.instances = [];
  FakeHowl.throwOn = null;
});

describe('the howler audio port', () => {
  describe('volumes', () => {
    it('plays one-shots at master times effects volume', () => {
      const { audio } = setup();
      audio.setVolumes({ master: 0.5, music: 0.2, effects: 0.8, muted: false });
      audio.play('phaser');
      const howl = howlFor('phaser.webm');
      expect(howl.options.volume).toBeCloseTo(0.4);
      expect(howl.played).toEqual([undefined]);
    });

    it('fades loops in to master times music volume', () => {
      const { audio } = setup();
      audio.setVolumes({ master: 0.5, music: 0.2, effects: 0.8, muted: false });
      audio.loop('forest');
      const howl = howlFor('forest.webm');
      expect(howl.options.loop).toBe(true);
      expect(howl.fades).toEqual([{ from: 0, to: expect.closeTo(0.1) as number, ms: CROSSFADE_MS, id: expect.any(Number) as number }]);
    });

    it('turns playing sounds up and down when the sliders move', () => {
      const { audio } = setup();
      audio.play('phaser');
      audio.loop('forest');
      audio.setVolumes({ master: 0.5, music: 0.6, effects: 0.4, muted: false });
      expect(howlFor('phaser.webm').groupVolume).toBeCloseTo(0.2);
      expect([...howlFor('forest.webm').volumes.values()][0]).toBeCloseTo(0.3);
    });

    it('silences everything when muted, whatever the sliders say', () => {
      const { audio } = setup();
      audio.play('phaser');
      audio.loop('forest');
      audio.setVolumes({ master: 1, music: 1, effects: 1, muted: true });
      audio.loop('tension');
      expect(howlFor('phaser.webm').groupVolume).toBe(0);
      expect(howlFor('tension.webm').fades).toEqual([]);
      expect([...howlFor('tension.webm').volumes.values()]).toEqual([0]);
    });

    it('treats out-of-range or missing numbers as silence rather than noise', () => {
      const { audio } = setup();
      audio.setVolumes({ master: Number.NaN, music: 2, effects: 1, muted: false });
      audio.play('phaser');
      expect(howlFor('phaser.webm').options.volume).toBe(0);
    });
  });

  describe('loops', () => {
    it('makes no Howl until a cue is first used, then reuses it', () => {
      const { audio } = setup();
      expect(FakeHowl.instances).toHaveLength(0);
      audio.play('phaser');
      audio.play('phaser');
      expect(FakeHowl.instances).toHaveLength(1);
      expect(howlFor('phaser.webm').played).toHaveLength(2);
    });

    it('crossfades from the old loop to the new one and then stops the old', () => {
      const { audio } = setup();
      audio.loop('forest');
      const forest = howlFor('forest.webm');
      const forestId = forest.fades[0]?.id ?? -1;
      forest.finishFades();
      audio.loop('tension');
      expect(forest.fades.at(-1)).toEqual({ from: 1, to: 0, ms: CROSSFADE_MS, id: forestId });
      expect(howlFor('tension.webm').fades).toEqual([{ from: 0, to: 1, ms: CROSSFADE_MS, id: expect.any(Number) as number }]);
      expect(forest.stopped).toEqual([]);
      forest.finishFades();
      expect(forest.stopped).toEqual([forestId]);
    });

    it('keeps the current loop running when the same loop is asked for again', () => {
      const { audio } = setup();
      audio.loop('forest');
      audio.loop('forest');
      expect(howlFor('forest.webm').played).toHaveLength(1);
      expect(howlFor('forest.webm').fades).toHaveLength(1);
    });

    it('fades the loop out when told to stop looping', () => {
      const { audio } = setup();
      audio.loop('forest');
      const forest = howlFor('forest.webm');
      forest.finishFades();
      audio.loop(null);
      expect(forest.fades.at(-1)).toMatchObject({ from: 1, to: 0, ms: CROSSFADE_MS });
      forest.finishFades();
      expect(forest.stopped).toHaveLength(1);
    });

    it('cuts a fading loop short when the sound is muted', () => {
      const { audio } = setup();
      audio.loop('forest');
      audio.loop(null);
      audio.setVolumes({ master: 1, music: 1, effects: 1, muted: true });
      expect(howlFor('forest.webm').stopped).toHaveLength(1);
    });

    it('plays only the loop window of a cue that is both a loop and a one-shot', () => {
      const { audio } = setup();
      audio.play('alarm');
      audio.loop('alarm');
      const [once, looped] = FakeHowl.instances;
      expect(once?.options.sprite).toEqual({ window: [200, 2000, false] });
      expect(looped?.options.sprite).toEqual({ window: [200, 2000, true] });
      expect(once?.played).toEqual(['window']);
      expect(looped?.played).toEqual(['window']);
    });
  });

  describe('when things go wrong', () => {
    it('ignores an unknown cue, logs it once and leaves the current loop alone', () => {
      const { audio, log } = setup();
      audio.loop('forest');
      expect(() => {
        audio.play('banjo');
        audio.play('banjo');
        audio.loop('banjo');
      }).not.toThrow();
      expect(log).toHaveBeenCalledTimes(1);
      expect(log.mock.calls[0]?.[0]).toContain('banjo');
      expect(howlFor('forest.webm').fades).toHaveLength(1);
    });

    it('falls back to the next format when a browser cannot decode the first', () => {
      const { audio, log } = setup();
      audio.loop('forest');
      howlFor('forest.webm').failLoad();
      const mp3 = howlFor('forest.mp3');
      expect(howlFor('forest.webm').unloaded).toBe(true);
      expect(mp3.options.src).toEqual(['forest.mp3']);
      expect(mp3.played).toHaveLength(1);
      expect(log).not.toHaveBeenCalled();
    });

    it('logs a missing file once and plays on in silence', () => {
      const { audio, log } = setup();
      audio.play('phaser');
      howlFor('phaser.webm').failLoad('404');
      howlFor('phaser.mp3').failLoad('404');
      expect(() => {
        audio.play('phaser');
        audio.play('phaser');
      }).not.toThrow();
      expect(log).toHaveBeenCalledTimes(1);
      expect(log.mock.calls[0]?.[0]).toMatch(/could not load "phaser".*404/);
      expect(FakeHowl.instances).toHaveLength(2);
    });

    it('logs a refused playback once per cue', () => {
      const { audio, log } = setup();
      audio.play('phaser');
      howlFor('phaser.webm').failPlay();
      howlFor('phaser.webm').failPlay();
      expect(log).toHaveBeenCalledTimes(1);
    });

    it('never throws, even when howler itself does', () => {
      FakeHowl.throwOn = 'tension.webm';
      const { audio, log } = setup();
      expect(() => {
        audio.loop('tension');
        audio.loop('tension');
        audio.play('tension');
        audio.setVolumes({ master: 0.3, music: 0.3, effects: 0.3, muted: false });
      }).not.toThrow();
      expect(log).toHaveBeenCalledTimes(1);
      expect(log.mock.calls[0]?.[0]).toContain('no audio here');
    });
  });
});
