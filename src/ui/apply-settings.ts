/**
 * Puts the reader's settings on the page: theme, text size and animations as
 * attributes on <html> that the stylesheet reads. Kept apart from the settings
 * screen so the first screen does not have to load that screen's code.
 */
import type { Settings } from '../engine/play/settings';

/** Puts the settings on the page: theme and text size as attributes the stylesheet reads. */
export function applySettings(settings: Settings, doc: Document = document): void {
  const root = doc.documentElement;
  root.dataset.theme = settings.theme;
  root.dataset.textSize = settings.textSize;
  root.dataset.animations = settings.animations ? 'on' : 'off';
}
