/**
 * The consequence report's rules in the problem list: a toggle per rule id
 * (`[no-consequence]`, `[unanswered]`, …) found among the problems, with its
 * count, so an author working on one kind of finding can hide the others. A
 * hidden rule leaves the list and the editor's gutter; it stays hidden across
 * explores until shown again.
 */
import { h, setChildren } from '../ui/dom';
import type { Diagnostic } from './worker-protocol';

const RULE = /^\[([a-z-]+)\] /;

/** The rule id a diagnostic's message starts with, or null for any other problem. */
export function ruleOf(d: Diagnostic): string | null {
  return RULE.exec(d.message)?.[1] ?? null;
}

export interface RuleToggles {
  el: HTMLElement;
  /** Redraws the toggles for `all` and returns the problems whose rule is shown. */
  update(all: readonly Diagnostic[]): Diagnostic[];
}

export function createRuleToggles(changed: () => void): RuleToggles {
  const hidden = new Set<string>();
  const el = h('fieldset', { class: 'problem-rules', hidden: true }, h('legend', {}, 'Consequence report'));
  const boxes = h('span', { class: 'problem-rules-boxes' });
  el.append(boxes);
  return {
    el,
    update(all) {
      const counts = new Map<string, number>();
      for (const d of all) {
        const rule = ruleOf(d);
        if (rule) counts.set(rule, (counts.get(rule) ?? 0) + 1);
      }
      el.hidden = counts.size === 0;
      setChildren(
        boxes,
        ...[...counts].map(([rule, n]) => {
          const box = h('input', { type: 'checkbox', 'data-rule': rule, checked: !hidden.has(rule) });
          box.addEventListener('change', () => {
            if (box.checked) hidden.delete(rule);
            else hidden.add(rule);
            changed();
          });
          return h('label', { class: 'problem-rule' }, box, ` [${rule}] ${n}`);
        }),
      );
      return all.filter((d) => {
        const rule = ruleOf(d);
        return rule === null || !hidden.has(rule);
      });
    },
  };
}
