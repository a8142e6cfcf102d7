/**
 * Whether the player's stored settings are damaged as a whole (cut short,
 * garbled, not a group of settings); one bad field is not, it only falls back
 * to its default (play/settings.ts).
 */
/** play/settings.ts's SETTINGS_KEY, which saves/ may not import; tests/engine/saves/settings-aside.test.ts checks they agree. */
export const SETTINGS_KEY = 'kee:settings';

export function settingsDamaged(raw: string | null): boolean {
  try {
    const data = JSON.parse(raw ?? '{}');
    return !data || typeof data !== 'object' || Array.isArray(data);
  } catch {
    return true;
  }
}
