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

export function createHowlerAudio(
  sources: Record<string, string[]>,
  log: (message: string) => void = () => {},
  loopWindows: Record<string, LoopWindow> = {},
): AudioPort {
  let volumes: Volumes = { master: 1, music: 1, effects: 1, muted: false };
  const channels = new Map<string, Channel>();
  const failed = new Set<string>();
  const warned = new Set<string>();
  const fadingOut = new Set<Playing>();
  let current: Playing | null = null;

  function warnOnce(cue: string, message: string): void {
    if (warned.has(cue)) return;
    warned.add(cue);
    log(message);
  }

  /** Runs a howler call; anything it throws is logged once for the cue and swallowed. */
  function safely(cue: string, action: () => void): void {
    try {
      action();
    } catch (error) {
      warnOnce(cue, `audio: "${cue}" failed (${describe(error)}); playing on without it`);
    }
  }

  function gain(kind: Kind): number {
    if (volumes.muted) return 0;
    return unit(volumes.master) * unit(kind === 'music' ? volumes.music : volumes.effects);
  }

  function isKnown(cue: string): boolean {
    if ((sources[cue]?.length ?? 0) > 0) return true;
    warnOnce(cue, `audio: unknown cue "${cue}" ignored`);
    return false;
  }

  /** The cue's Howl for this kind of sound, made on first use; null once it has failed. */
  function channelFor(cue: string, kind: Kind): Channel | null {
    if (failed.has(cue)) return null;
    const key = `${kind}:${cue}`;
    let channel = channels.get(key);
    if (!channel) {
      const urls = sources[cue] ?? [];
      channel = { cue, kind, urls, howl: makeHowl(cue, kind, urls) };
      channels.set(key, channel);
    }
    return channel;
  }

  function makeHowl(cue: string, kind: Kind, urls: string[]): Howl {
    const window = loopWindows[cue];
    const howl: Howl = new Howl({
      src: urls,
      loop: kind === 'music',
      volume: kind === 'effect' ? gain('effect') : 0,
      ...(window && { sprite: { [WINDOW]: [window.start * 1000, window.duration * 1000, kind === 'music'] } }),
      onloaderror: (_id, error) => onLoadError(cue, kind, howl, error),
      onplayerror: (_id, error) => warnOnce(cue, `audio: could not play "${cue}" (${describe(error)}); playing on without it`),
    });
    return howl;
  }

  /**
   * Browsers may claim a format they then fail to decode, so a failed Howl is
   * replaced by one without its first URL; with none left the cue goes silent.
   */
  function onLoadError(cue: string, kind: Kind, howl: Howl, error: unknown): void {
    const channel = channels.get(`${kind}:${cue}`);
    if (!channel || channel.howl !== howl) return;
    safely(cue, () => howl.unload());
    const rest = channel.urls.slice(1);
    if (rest.length === 0 || failed.has(cue)) {
      failed.add(cue);
      warnOnce(cue, `audio: could not load "${cue}" (${describe(error)}); playing on without it`);
      return;
    }
    channel.urls = rest;
    channel.howl = makeHowl(cue, kind, rest);
    if (current?.channel === channel) current.id = startLoop(channel);
  }

  function startLoop(channel: Channel): number {
    const { howl } = channel;
    const id = howl.play(loopWindows[channel.cue] ? WINDOW : undefined);
    const target = gain('music');
    if (target > 0) howl.fade(0, target, CROSSFADE_MS, id);
    else howl.volume(0, id);
    return id;
  }

  function fadeOut(playing: Playing): void {
    const { howl } = playing.channel;
    const now = howl.volume(playing.id);
    const from = typeof now === 'number' ? now : gain('music');
    if (from <= 0) {
      howl.stop(playing.id);
      return;
    }
    fadingOut.add(playing);
    howl.once(
      'fade',
      () => {
        fadingOut.delete(playing);
        howl.stop(playing.id);
      },
      playing.id,
    );
    howl.fade(from, 0, CROSSFADE_MS, playing.id);
  }

  function stopCurrent(): void {
    const playing = current;
    current = null;
    if (playing) safely(playing.channel.cue, () => fadeOut(playing));
  }

  return {
    play(cue) {
      if (!isKnown(cue)) return;
      safely(cue, () => {
        const channel = channelFor(cue, 'effect');
        channel?.howl.play(loopWindows[cue] ? WINDOW : undefined);
      });
    },

    loop(cue) {
      if (cue === (current?.channel.cue ?? null)) return;
      if (cue !== null && !isKnown(cue)) return;
      stopCurrent();
      if (cue === null) return;
      safely(cue, () => {
        const channel = channelFor(cue, 'music');
        if (channel) current = { channel, id: startLoop(channel) };
      });
    },

    setVolumes(next) {
      volumes = { ...next };
      for (const channel of channels.values()) {
        if (channel.kind === 'effect') safely(channel.cue, () => channel.howl.volume(gain('effect')));
      }
      const playing = current;
      if (playing) safely(playing.channel.cue, () => playing.channel.howl.volume(gain('music'), playing.id));
      if (gain('music') === 0) {
        for (const fading of fadingOut) safely(fading.channel.cue, () => fading.channel.howl.stop(fading.id));
        fadingOut.clear();
      }
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
