/**
 * Player settings: what they are, their defaults, and how they are read back
 * from storage. Reading never trusts the stored value: each field is checked on
 * its own, so one bad field falls back to its default without losing the rest;
 * settings that do not read at all are kept aside (saves/settings-aside.ts)
 * before anything writes over them.
 */
import type { StoragePort, Volumes } from '../ports';
import { keepSettingsAside } from '../saves/settings-aside';

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

/** Whether stored settings text is damaged as a whole (cut short, garbled, not a group of settings); one bad field is not. */
export function settingsDamaged(raw: string | null): boolean {
  if (raw === null) return false;
  try {
    return !isRecord(JSON.parse(raw));
  } catch {
    return true;
  }
}

export function parseSettings(raw: string | null): Settings {
  const data: unknown = raw && !settingsDamaged(raw) ? JSON.parse(raw) : {};
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

/** The stored settings; damaged ones are kept aside first (settings-aside.ts) and the defaults used. */
export function loadSettings(storage: StoragePort): Settings {
  try {
    const raw = storage.get(SETTINGS_KEY);
    if (settingsDamaged(raw) && raw !== null && keepSettingsAside(storage, raw)) storage.remove(SETTINGS_KEY);
    return parseSettings(raw);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Returns false when storage refused the write; the settings still apply for this visit. */
export function saveSettings(storage: StoragePort, settings: Settings): boolean {
  try {
    // Damaged settings still in place (there was no room to keep them aside) are never written over unread.
    const raw = storage.get(SETTINGS_KEY);
    if (settingsDamaged(raw) && raw !== null && !keepSettingsAside(storage, raw)) return false;
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
