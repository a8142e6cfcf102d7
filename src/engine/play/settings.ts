/**
 * Player settings: what they are, their defaults, and how they are read back
 * from storage. Reading never trusts the stored value: each field is checked on
 * its own, so one bad field falls back to its default without losing the rest.
 */
import type { StoragePort, Volumes } from '../ports.ts';

export const TEXT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;
export const THEMES = ['dark', 'light', 'sepia'] as const;
export const TEXT_SPEEDS = ['slow', 'normal', 'fast', 'instant'] as const;

export interface Settings {
  textSize: (typeof TEXT_SIZES)[number];
  theme: (typeof THEMES)[number];
  textSpeed: (typeof TEXT_SPEEDS)[number];
  animations: boolean;
  /** Show text already read in an earlier playthrough at once, to speed replays. */
  skipSeen: boolean;
  volumes: Volumes;
}

export const DEFAULT_SETTINGS: Settings = {
  textSize: 'medium',
  theme: 'dark',
  textSpeed: 'normal',
  animations: true,
  skipSeen: false,
  volumes: { master: 0.8, music: 0.6, effects: 0.9, muted: false },
};

export const SETTINGS_KEY = 'kee:settings';

/** Milliseconds between paragraphs appearing, per text speed. */
export const REVEAL_DELAY: Record<Settings['textSpeed'], number> = { slow: 900, normal: 450, fast: 180, instant: 0 };

export function parseSettings(raw: string | null): Settings {
  let data: unknown;
  try {
    data = raw ? JSON.parse(raw) : {};
  } catch {
    data = {};
  }
  const o = isRecord(data) ? data : {};
  const v = isRecord(o.volumes) ? o.volumes : {};
  const d = DEFAULT_SETTINGS;
  return {
    textSize: oneOf(TEXT_SIZES, o.textSize, d.textSize),
    theme: oneOf(THEMES, o.theme, d.theme),
    textSpeed: oneOf(TEXT_SPEEDS, o.textSpeed, d.textSpeed),
    animations: typeof o.animations === 'boolean' ? o.animations : d.animations,
    skipSeen: typeof o.skipSeen === 'boolean' ? o.skipSeen : d.skipSeen,
    volumes: {
      master: unit(v.master, d.volumes.master),
      music: unit(v.music, d.volumes.music),
      effects: unit(v.effects, d.volumes.effects),
      muted: typeof v.muted === 'boolean' ? v.muted : d.volumes.muted,
    },
  };
}

export function loadSettings(storage: StoragePort): Settings {
  try {
    return parseSettings(storage.get(SETTINGS_KEY));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Returns false when storage refused the write (or holds damaged settings); the settings still apply for this visit. */
export function saveSettings(storage: StoragePort, settings: Settings): boolean {
  try {
    // Settings cut short or garbled are never stored over: parsing them throws, and the catch refuses, until the
    // settings screen or the saves have kept them aside (saves/settings-aside.ts). The first screen has room for no more.
    JSON.parse(storage.get(SETTINGS_KEY) ?? '{}');
    storage.set(SETTINGS_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function oneOf<T extends string>(list: readonly T[], value: unknown, fallback: T): T {
  return list.includes(value as T) ? (value as T) : fallback;
}

function unit(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : fallback;
}
