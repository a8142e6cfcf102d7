/**
 * Opens the Settings screen for the screen registry (screen-registry.ts).
 * Each change applies at once (page, sound) and is stored; when the browser
 * will not store it, the reader is told here and, until dismissed, on the
 * reading screen.
 */
import { type Settings, saveSettings } from '../../engine/play/settings';
import { applySettings } from '../apply-settings';
import { h } from '../dom';
import type { ScreenContext } from '../screen-types';
import { createSettingsView } from './settings-view';

export function openScreen({ deps, settings, settingsChanged, warn, close }: ScreenContext): HTMLElement {
  let view: HTMLElement | null = null;
  const change = (next: Settings) => {
    settingsChanged(next);
    applySettings(next);
    deps.audio.setVolumes(next.volumes);
    if (saveSettings(deps.storage, next)) return;
    const warning = 'Settings apply for this visit, but the browser would not store them.';
    warn(warning);
    if (view && !view.querySelector('.settings-warning')) view.append(h('p', { class: 'settings-warning', role: 'status' }, warning));
  };
  view = createSettingsView(settings, change, close);
  return view;
}
