/**
 * The engine's doors to the outside world. The engine never touches the DOM,
 * audio or storage itself; the browser passes real implementations of these
 * (src/platform, src/audio) and the tests pass in-memory fakes.
 */

/** Loudness settings, each 0..1. */
export interface Volumes {
  master: number;
  music: number;
  effects: number;
  muted: boolean;
}

/** Sound, driven by the story's AUDIO and AUDIOLOOP tags. */
export interface AudioPort {
  /** Play a one-shot effect by cue name (for example "phaser"). Unknown cues are ignored. */
  play(cue: string): void;
  /** Start a looping ambience by cue name, replacing the current one; null stops it. */
  loop(cue: string | null): void;
  setVolumes(volumes: Volumes): void;
}

/** A key-value store; the browser's is localStorage. `set` may throw (quota, private mode). */
export interface StoragePort {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  keys(): string[];
}

export interface ClockPort {
  /** Milliseconds since the epoch. */
  now(): number;
}

/** An audio port that does nothing: for tests, and until the player's first gesture. */
export const silentAudio: AudioPort = {
  play() {},
  loop() {},
  setVolumes() {},
};
