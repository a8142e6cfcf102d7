/**
 * The stats strip: one labelled bar per stat the story declares, with its
 * value, and a marker (+5, −10) beside each stat the turn just read changed.
 * The caller says what changed, because only it knows whether the story moved
 * a stat (a choice) or the reader moved in time (restart, rewind, load), where
 * a marker would be a lie.
 *
 * On a wide screen the rows sit in one line under the header; on a phone they
 * fold into a one-line summary button that expands to the full rows. "What
 * these mean" opens the stats screen.
 */
import type { StatDef } from '../../engine/ink/story-meta';
import { h, setChildren } from '../dom';

export interface StatsPanel {
  el: HTMLElement;
  /** `changes`: how the turn just read moved each stat, or null when no choice led here. */
  render(defs: readonly StatDef[], stats: Readonly<Record<string, number>>, changes?: Readonly<Record<string, number>> | null): void;
  /** Folds the rows away again (on a phone), as after the reader's next choice. */
  fold(): void;
}

interface Row {
  bar: HTMLElement;
  value: HTMLElement;
  delta: HTMLElement;
  meter: HTMLElement;
  brief: HTMLElement;
}

/** "+5" or "−10", with a true minus sign. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : `−${-n}`;
}

export function createStatsPanel(onExplain?: () => void): StatsPanel {
  const el = h('section', { class: 'stats', 'aria-label': 'Stats' });
  const rowsId = 'stat-rows';
  const summary = h('span', { class: 'stats-summary' });
  const toggle = h('button', { type: 'button', class: 'stats-toggle', 'aria-expanded': 'false', 'aria-controls': rowsId }, summary);
  const rowsEl = h('div', { class: 'stat-rows', id: rowsId });
  const setOpen = (open: boolean) => {
    el.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => setOpen(!el.classList.contains('open')));
  const explain = onExplain ? h('button', { type: 'button', class: 'quiet stats-explain', id: 'open-stats' }, 'What these mean') : null;
  explain?.addEventListener('click', () => onExplain?.());
  el.append(toggle, rowsEl);
  if (explain) rowsEl.append(explain);
  let defsKey = '';
  const rows = new Map<string, Row>();

  const build = (defs: readonly StatDef[]) => {
    rows.clear();
    const briefs: HTMLElement[] = [];
    const items = defs.map((d) => {
      const bar = h('span', { class: 'stat-fill' });
      const meter = h('span', { class: 'stat-bar', role: 'meter', 'aria-label': d.label, 'aria-valuemin': d.min, 'aria-valuemax': d.max }, bar);
      const value = h('span', { class: 'stat-value' });
      const delta = h('span', { class: 'stat-delta' });
      const brief = h('span', { class: 'stat-brief' });
      briefs.push(brief);
      rows.set(d.variable, { bar, value, delta, meter, brief });
      return h('div', { class: `stat stat-${d.variable}`, 'data-stat': d.variable }, h('span', { class: 'stat-label' }, d.label), meter, value, delta);
    });
    setChildren(summary, ...briefs.flatMap((b, i) => (i ? [' ', b] : [b])));
    setChildren(rowsEl, ...items, explain);
  };

  return {
    el,
    fold() {
      if (el.classList.contains('open')) setOpen(false);
    },
    render(defs, stats, changes = null) {
      const key = defs.map((d) => d.variable).join(',');
      if (key !== defsKey) {
        build(defs);
        defsKey = key;
      }
      el.hidden = defs.length === 0;
      for (const d of defs) {
        const row = rows.get(d.variable);
        const v = stats[d.variable] ?? d.min;
        if (!row) continue;
        const pct = ((v - d.min) / (d.max - d.min)) * 100;
        row.bar.style.width = `${Math.max(0, Math.min(100, pct))}%`;
        row.value.textContent = String(v);
        row.meter.setAttribute('aria-valuenow', String(v));
        const diff = changes?.[d.variable] ?? 0;
        const mark = diff === 0 ? '' : signed(diff);
        const cls = diff === 0 ? 'stat-delta' : `stat-delta show ${diff > 0 ? 'up' : 'down'}`;
        // Unchanged values are not written again: even an equal write makes the browser re-check styles.
        if (row.delta.textContent !== mark) row.delta.textContent = mark;
        if (row.delta.className !== cls) row.delta.className = cls;
        setChildren(row.brief, `${d.label} ${v}`, mark ? h('span', { class: cls }, mark) : null);
      }
    },
  };
}
