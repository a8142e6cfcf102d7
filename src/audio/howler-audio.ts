/**
 * The game's sound: the engine's AudioPort played through howler.js, and the
 * only file in the project that imports howler. One-shots play at effects
 * volume, loops at music volume (both times master) and crossfade into each
 * other. A cue that is unknown or fails to load is logged once and skipped:
 * sound is never worth stopping the story for.
 */
import { Howl } from 'howler';
import type { AudioPort, Volumes } from '../engine/ports';

/** Where a loop sits inside its file, in seconds (written by assets/audio/generate.mjs). */
export interface LoopWindow {
  start: number;
  duration: number;
}

export const CROSSFADE_MS = 600;

type Kind = 'effect' | 'music';

/** One cue used as one kind of sound, with the URLs its current Howl was given. */
interface Channel {
  cue: string;
  kind: Kind;
  howl: Howl;
  urls: string[];
}

interface Playing {
  channel: Channel;
  id: number;
}

const WINDOW = 'window';

const unit = (value: number): number => (Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0);

/** The sound's whole state: what each module-level function below reads and changes. */
interface Mixer {
  sources: Record<string, string[]>;
  log: (message: string) => void;
  loopWindows: Record<string, LoopWindow>;
  volumes: Volumes;
  channels: Map<string, Channel>;
  failed: Set<string>;
  warned: Set<string>;
  fadingOut: Set<Playing>;
  current: Playing | null;
}

export function createHowlerAudio(
  sources: Record<string, string[]>,
  log: (message: string) => void = () => {},
  loopWindows: Record<string, LoopWindow> = {},
): AudioPort {
  const m: Mixer = {
    sources,
    log,
    loopWindows,
    volumes: { master: 1, music: 1, effects: 1, muted: false },
    channels: new Map(),
    failed: new Set(),
    warned: new Set(),
    fadingOut: new Set(),
    current: null,
  };
  return {
    play(cue) {
      if (!isKnown(m, cue)) return;
      safely(m, cue, () => {
        const channel = channelFor(m, cue, 'effect');
        channel?.howl.play(loopWindows[cue] ? WINDOW : undefined);
      });
    },

    loop(cue) {
      if (cue === (m.current?.channel.cue ?? null)) return;
      if (cue !== null && !isKnown(m, cue)) return;
      stopCurrent(m);
      if (cue === null) return;
      safely(m, cue, () => {
        const channel = channelFor(m, cue, 'music');
        if (channel) m.current = { channel, id: startLoop(m, channel) };
      });
    },

    setVolumes(next) {
      m.volumes = { ...next };
      for (const channel of m.channels.values()) {
        if (channel.kind === 'effect') safely(m, channel.cue, () => channel.howl.volume(gain(m, 'effect')));
      }
      const playing = m.current;
      if (playing) safely(m, playing.channel.cue, () => playing.channel.howl.volume(gain(m, 'music'), playing.id));
      if (gain(m, 'music') === 0) {
        for (const fading of m.fadingOut) safely(m, fading.channel.cue, () => fading.channel.howl.stop(fading.id));
        m.fadingOut.clear();
      }
    },
  };
}

function warnOnce(m: Mixer, cue: string, message: string): void {
  if (m.warned.has(cue)) return;
  m.warned.add(cue);
  m.log(message);
}

/** Runs a howler call; anything it throws is logged once for the cue and swallowed. */
function safely(m: Mixer, cue: string, action: () => void): void {
  try {
    action();
  } catch (error) {
    warnOnce(m, cue, `audio: "${cue}" failed (${describe(error)}); playing on without it`);
  }
}

function gain(m: Mixer, kind: Kind): number {
  if (m.volumes.muted) return 0;
  return unit(m.volumes.master) * unit(kind === 'music' ? m.volumes.music : m.volumes.effects);
}

function isKnown(m: Mixer, cue: string): boolean {
  if ((m.sources[cue]?.length ?? 0) > 0) return true;
  warnOnce(m, cue, `audio: unknown cue "${cue}" ignored`);
  return false;
}

/** The cue's Howl for this kind of sound, made on first use; null once it has failed. */
function channelFor(m: Mixer, cue: string, kind: Kind): Channel | null {
  if (m.failed.has(cue)) return null;
  const key = `${kind}:${cue}`;
  let channel = m.channels.get(key);
  if (!channel) {
    const urls = m.sources[cue] ?? [];
    channel = { cue, kind, urls, howl: makeHowl(m, cue, kind, urls) };
    m.channels.set(key, channel);
  }
  return channel;
}

function makeHowl(m: Mixer, cue: string, kind: Kind, urls: string[]): Howl {
  const window = m.loopWindows[cue];
  const howl: Howl = new Howl({
    src: urls,
    loop: kind === 'music',
    volume: kind === 'effect' ? gain(m, 'effect') : 0,
    ...(window && { sprite: { [WINDOW]: [window.start * 1000, window.duration * 1000, kind === 'music'] } }),
    onloaderror: (_id, error) => onLoadError(m, cue, kind, howl, error),
    onplayerror: (_id, error) => warnOnce(m, cue, `audio: could not play "${cue}" (${describe(error)}); playing on without it`),
  });
  return howl;
}

/**
 * Browsers may claim a format they then fail to decode, so a failed Howl is
 * replaced by one without its first URL; with none left the cue goes silent.
 */
function onLoadError(m: Mixer, cue: string, kind: Kind, howl: Howl, error: unknown): void {
  const channel = m.channels.get(`${kind}:${cue}`);
  if (!channel || channel.howl !== howl) return;
  safely(m, cue, () => howl.unload());
  const rest = channel.urls.slice(1);
  if (rest.length === 0 || m.failed.has(cue)) {
    m.failed.add(cue);
    warnOnce(m, cue, `audio: could not load "${cue}" (${describe(error)}); playing on without it`);
    return;
  }
  channel.urls = rest;
  channel.howl = makeHowl(m, cue, kind, rest);
  if (m.current?.channel === channel) m.current.id = startLoop(m, channel);
}

function startLoop(m: Mixer, channel: Channel): number {
  const { howl } = channel;
  const id = howl.play(m.loopWindows[channel.cue] ? WINDOW : undefined);
  const target = gain(m, 'music');
  if (target > 0) howl.fade(0, target, CROSSFADE_MS, id);
  else howl.volume(0, id);
  return id;
}

function fadeOut(m: Mixer, playing: Playing): void {
  const { howl } = playing.channel;
  const now = howl.volume(playing.id);
  const from = typeof now === 'number' ? now : gain(m, 'music');
  if (from <= 0) {
    howl.stop(playing.id);
    return;
  }
  m.fadingOut.add(playing);
  howl.once(
    'fade',
    () => {
      m.fadingOut.delete(playing);
      howl.stop(playing.id);
    },
    playing.id,
  );
  howl.fade(from, 0, CROSSFADE_MS, playing.id);
}

function stopCurrent(m: Mixer): void {
  const playing = m.current;
  m.current = null;
  if (playing) safely(m, playing.channel.cue, () => fadeOut(m, playing));
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
