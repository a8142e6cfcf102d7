/**
 * The list of problems under the editor: every compile error, warning and
 * lint finding of the whole project (and the explorer's dead ends and runtime
 * errors once it has run), each a button that opens its file at its line.
 */

import { h, setChildren } from '../ui/dom';
import type { Diagnostic } from './worker-protocol';

export interface ProblemsPanel {
  el: HTMLElement;
  render(list: readonly Diagnostic[], status: string): void;
}

export function createProblemsPanel(jump: (file: string, line: number) => void): ProblemsPanel {
  const summary = h('p', { class: 'problems-summary', role: 'status' });
  const list = h('ul', { class: 'problems-list' });
  const el = h('section', { class: 'problems', 'aria-label': 'Problems' }, summary, list);
  return {
    el,
    render(items, status) {
      summary.textContent = status;
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
    },
  };
}
