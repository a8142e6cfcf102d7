/**
 * The settings screen, in three groups: Reading (text size, theme, text
 * speed, skipping seen text, with a preview line drawn at the chosen size and
 * theme), Sound (the volumes, each showing its value, and mute) and
 * Accessibility (animations and motion). Every change applies at once and is
 * handed to `onChange`, which persists it; there is no separate "save" step
 * to forget.
 */
import './settings.css';
import { type Settings, TEXT_SIZES, TEXT_SPEEDS, THEMES } from '../../engine/play/settings';
import { h } from '../dom';

const LABELS: Record<string, string> = {
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
  'x-large': 'Extra large',
  dark: 'Dark',
  light: 'Light',
  sepia: 'Sepia',
  slow: 'Slow',
  normal: 'Normal',
  fast: 'Fast',
  instant: 'Instant',
};

export function createSettingsView(current: Settings, onChange: (next: Settings) => void, onClose: () => void): HTMLElement {
  let settings = current;
  const update = (patch: Partial<Settings>) => {
    settings = { ...settings, ...patch, volumes: { ...settings.volumes, ...patch.volumes } };
    onChange(settings);
  };

  const select = <T extends string>(id: string, label: string, options: readonly T[], value: T, set: (v: T) => void) => {
    const el = h('select', { id }, ...options.map((o) => h('option', { value: o, selected: o === value }, LABELS[o] ?? o)));
    el.addEventListener('change', () => set(el.value as T));
    return h('div', { class: 'field' }, h('label', { for: id }, label), el);
  };
  const slider = (id: string, label: string, value: number, set: (v: number) => void) => {
    const el = h('input', { id, type: 'range', min: 0, max: 100, step: 5, value: Math.round(value * 100) });
    const shown = h('output', { for: id, class: 'range-value' });
    // The track is filled up to the thumb through a custom property: the browsers' own fill is not themable everywhere.
    const paint = () => {
      shown.textContent = `${el.value}%`;
      el.style.setProperty('--fill', `${el.value}%`);
    };
    paint();
    el.addEventListener('input', () => {
      paint();
      set(Number(el.value) / 100);
    });
    return h('div', { class: 'field' }, h('label', { for: id }, label), h('div', { class: 'range' }, el, shown));
  };
  const checkbox = (id: string, label: string, value: boolean, set: (v: boolean) => void, hint?: string) => {
    const el = h('input', { id, type: 'checkbox', checked: value, 'aria-describedby': hint ? `${id}-hint` : undefined });
    el.addEventListener('change', () => set(el.checked));
    return h('div', { class: 'field check' }, el, h('label', { for: id }, label), hint ? h('p', { class: 'field-hint', id: `${id}-hint` }, hint) : null);
  };

  const close = h('button', { type: 'button', class: 'primary', id: 'settings-done' }, 'Done');
  close.addEventListener('click', onClose);
  const v = settings.volumes;
  return h(
    'section',
    { class: 'screen settings', 'aria-labelledby': 'settings-title' },
    h('h1', { id: 'settings-title' }, 'Settings'),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Reading'),
      select('set-text-size', 'Text size', TEXT_SIZES, settings.textSize, (textSize) => update({ textSize })),
      select('set-theme', 'Theme', THEMES, settings.theme, (theme) => update({ theme })),
      select('set-text-speed', 'Text speed', TEXT_SPEEDS, settings.textSpeed, (textSpeed) => update({ textSpeed })),
      checkbox('set-skip-seen', 'Skip text already seen', settings.skipSeen, (skipSeen) => update({ skipSeen })),
      h(
        'figure',
        { class: 'preview' },
        h('figcaption', {}, 'Preview'),
        h('p', { class: 'preview-text' }, 'The moss under her cheek smelled of old rain, and the valley below was very still.'),
      ),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Sound'),
      slider('set-master', 'Master volume', v.master, (master) => update({ volumes: { ...settings.volumes, master } })),
      slider('set-music', 'Ambience volume', v.music, (music) => update({ volumes: { ...settings.volumes, music } })),
      slider('set-effects', 'Effects volume', v.effects, (effects) => update({ volumes: { ...settings.volumes, effects } })),
      checkbox('set-muted', 'Mute all sound', v.muted, (muted) => update({ volumes: { ...settings.volumes, muted } })),
    ),
    h(
      'fieldset',
      {},
      h('legend', {}, 'Accessibility'),
      checkbox(
        'set-animations',
        'Animations',
        settings.animations,
        (animations) => update({ animations }),
        'Fades, the drifting scene pictures and text appearing line by line. Your system’s “reduce motion” setting also stills them.',
      ),
    ),
    h('div', { class: 'menu' }, close),
  );
}
