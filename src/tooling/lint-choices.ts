/**
 * Lint rule: a choice the player can see must say something. `* []`,
 * `+ [ ] -> next` or a choice that is only a tag shows an empty button. A
 * choice with no text at all and a divert (`* -> fallback`) is ink's
 * invisible fallback choice and is fine.
 */
import type { Diagnostic } from './diagnostic';
import type { SourceFile } from './lint-sources';

const CHOICE = /^\s*(?:[*+]\s*)+(.*)$/;

export function lintChoices(sources: readonly SourceFile[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { file, lines } of sources) {
    lines.forEach((text, i) => {
      const m = CHOICE.exec(text);
      if (!m) return;
      let rest = (m[1] ?? '').trim();
      rest = rest.replace(/^\(\s*\w+\s*\)\s*/, ''); // label
      while (rest.startsWith('{')) rest = rest.replace(/^\{[^}]*\}\s*/, ''); // conditions
      const shown = rest.includes('[') || rest.includes('#');
      if (!shown && (rest === '' || rest.startsWith('->'))) return; // fallback choice
      const words = rest
        .replace(/->.*$/, '')
        .replace(/#[^\]]*/g, '')
        .replace(/[[\]]/g, '')
        .trim();
      if (words === '') diagnostics.push({ severity: 'error', file, line: i + 1, message: 'this choice has no text, so the player would see an empty button' });
    });
  }
  return diagnostics;
}
