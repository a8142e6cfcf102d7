/**
 * The list of problems under the editor: every compile error, warning and
 * lint finding of the whole project (and the explorer's dead ends and runtime
 * errors once it has run, and the consequence report's findings, with a
 * toggle per rule: problems-rules.ts), each a button that opens its file at
 * its line.
 */

import { h, setChildren } from '../ui/dom';
import { createRuleToggles } from './problems-rules';
import type { Diagnostic } from './worker-protocol';

export interface ProblemsPanel {
  el: HTMLElement;
  /** Shows `list` less the rules the author has hidden, and returns what it shows (the editor's gutter shows the same). */
  render(list: readonly Diagnostic[], status: string): Diagnostic[];
}

/** `toggled` runs when the author shows or hides a rule: the caller renders again, gutter and all. */
export function createProblemsPanel(jump: (file: string, line: number) => void, toggled: () => void = () => {}): ProblemsPanel {
  const summary = h('p', { class: 'problems-summary', role: 'status' });
  const list = h('ul', { class: 'problems-list' });
  const rules = createRuleToggles(toggled);
  const el = h('section', { class: 'problems', 'aria-label': 'Problems' }, summary, rules.el, list);
  return {
    el,
    render(all, status) {
      summary.textContent = status;
      const items = rules.update(all);
      setChildren(
        list,
        ...items.map((d) => {
          const where = d.line > 0 ? `${d.file}:${d.line}` : d.file;
          const b = h(
            'button',
            { type: 'button', class: `problem is-${d.severity}` },
            h('span', { class: 'problem-where' }, where),
            ` ${d.severity}: ${d.message}`,
          );
          b.addEventListener('click', () => jump(d.file, d.line));
          return h('li', {}, b);
        }),
      );
      return items;
    },
  };
}
