import { describe, expect, it } from 'vitest';
import { keysOf, SHORTCUTS, shortcutOf } from '../../src/studio/shortcuts';

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) =>
  shortcutOf({ key, ctrlKey: !!mods.ctrl, metaKey: !!mods.meta, shiftKey: !!mods.shift, altKey: !!mods.alt });

describe('the studio’s shortcuts', () => {
  it('saves, exports, explores and opens the help with Ctrl or ⌘', () => {
    expect(press('s', { ctrl: true })).toBe('save');
    expect(press('S', { meta: true })).toBe('save');
    expect(press('X', { ctrl: true, shift: true })).toBe('export');
    expect(press('E', { ctrl: true, shift: true })).toBe('explore');
    expect(press('/', { ctrl: true })).toBe('help');
  });

  it('leaves every other key to the editor', () => {
    expect(press('s')).toBeNull();
    expect(press('x', { ctrl: true })).toBeNull();
    expect(press('s', { ctrl: true, alt: true })).toBeNull();
  });

  it('writes each one as the help lists it', () => {
    expect(SHORTCUTS.map((s) => s.name)).toEqual(['save', 'export', 'explore', 'help']);
    expect(keysOf('export')).toMatch(/^(Ctrl\+Shift\+X|⌘⇧X)$/);
  });
});
