/**
 * The stats panel: one labelled bar per stat the story declares, with its
 * value, and a brief marker (+5, −10) when a choice changes it.
 */
import type { StatDef } from '../engine/ink/story-meta';
import { h, setChildren } from './dom';

export interface StatsPanel {
  el: HTMLElement;
  render(defs: readonly StatDef[], stats: Readonly<Record<string, number>>): void;
}

export function createStatsPanel(): StatsPanel {
  const el = h('aside', { class: 'stats', 'aria-label': 'Kee' });
  let last: Record<string, number> | null = null;
  let defsKey = '';
  const rows = new Map<string, { bar: HTMLElement; value: HTMLElement; delta: HTMLElement; meter: HTMLElement }>();

  const build = (defs: readonly StatDef[]) => {
    rows.clear();
    const items = defs.map((d) => {
      const bar = h('span', { class: 'stat-fill' });
      const meter = h('span', { class: 'stat-bar', role: 'meter', 'aria-label': d.label, 'aria-valuemin': d.min, 'aria-valuemax': d.max }, bar);
      const value = h('span', { class: 'stat-value' });
      const delta = h('span', { class: 'stat-delta', 'aria-hidden': 'true' });
      rows.set(d.variable, { bar, value, delta, meter });
      return h('div', { class: `stat stat-${d.variable}`, 'data-stat': d.variable }, h('span', { class: 'stat-label' }, d.label), meter, value, delta);
    });
    setChildren(el, ...items);
  };

  return {
    el,
    render(defs, stats) {
      const key = defs.map((d) => d.variable).join(',');
      if (key !== defsKey) {
        build(defs);
        defsKey = key;
        last = null;
      }
      for (const d of defs) {
        const row = rows.get(d.variable);
        const v = stats[d.variable] ?? d.min;
        if (!row) continue;
        const pct = ((v - d.min) / (d.max - d.min)) * 100;
        row.bar.style.width = `${Math.max(0, Math.min(100, pct))}%`;
        row.value.textContent = String(v);
        row.meter.setAttribute('aria-valuenow', String(v));
        const before = last?.[d.variable];
        if (before !== undefined && before !== v) {
          const diff = v - before;
          row.delta.textContent = diff > 0 ? `+${diff}` : `−${-diff}`;
          // Clear, then show on the next frame: restarts the fade when a stat changes twice in a row, without forcing a layout now.
          row.delta.className = 'stat-delta';
          const cls = `stat-delta show ${diff > 0 ? 'up' : 'down'}`;
          requestAnimationFrame(() => {
            row.delta.className = cls;
          });
        } else if (before !== undefined) {
          row.delta.className = 'stat-delta';
        }
      }
      last = { ...stats };
    },
  };
}
