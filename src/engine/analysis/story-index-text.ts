/**
 * Reading text out of compiled ink JSON for the story index: static tags
 * (`#` … `/#` runs) and the label of a choice as the player would see it.
 * Inline logic is left out, since it cannot be known without running ink.
 */

import { parseTag } from '../ink/tags.ts';
import { isDict, type Json, type RawChoice, resolveInkPath } from './story-index-paths.ts';

/** Reads one `#` … `/#` tag run; returns the index of its `/#`. Tags with inline logic are skipped. */
export function readTag(items: Json[], start: number, tags: Set<string>, endings: Map<string, string>): number {
  let text = '';
  let dynamic = false;
  let i = start + 1;
  for (; i < items.length && items[i] !== '/#'; i++) {
    const part = items[i];
    if (typeof part === 'string' && part.startsWith('^')) text += part.slice(1);
    else dynamic = true;
  }
  const tag = text.trim();
  if (!dynamic && tag) {
    tags.add(tag);
    const effect = parseTag(tag);
    if (effect.kind === 'ending' && !endings.has(effect.id)) endings.set(effect.id, titleOnSameLine(items, i) ?? effect.id);
  }
  return i;
}

/** The `ending_title` tag that follows an `ending` tag before the end of its line. */
function titleOnSameLine(items: Json[], from: number): string | null {
  for (let i = from + 1; i < items.length && items[i] !== '\n'; i++) {
    if (items[i] !== '#') continue;
    const part = items[i + 1];
    if (typeof part !== 'string') continue;
    const effect = parseTag(part.slice(1));
    if (effect.kind === 'ending_title') return effect.title;
  }
  return null;
}

/**
 * The static text of a choice: the `str` … `/str` runs of the evaluation that builds it, plus its start content.
 * That evaluation starts at the last `ev` before the choice point (an earlier one may compare a string, as in
 * `{memory == "joial": …}` just above the choice), and its words come before its condition, which may hold a
 * string too: the first item that is neither a string run nor a tag ends them.
 */
export function choiceLabel(choice: RawChoice, containers: ReadonlyMap<string, Json[]>): string {
  let from = choice.index - 1;
  while (from >= 0 && !(isDict(choice.container[from]) && '*' in (choice.container[from] as Record<string, Json>))) from--;
  for (let i = choice.index - 1; i > from; i--) {
    if (choice.container[i] === 'ev') {
      from = i;
      break;
    }
  }
  let text = '';
  let inString = false;
  let inTag = false;
  for (let i = from + 1; i < choice.index; i++) {
    const item = choice.container[i];
    if (!inString && !inTag && !isWordsItem(item)) break;
    if (item === 'str') inString = true;
    else if (item === '/str') inString = false;
    else if (item === '#') inTag = true;
    else if (item === '/#') inTag = false;
    else if (inString && !inTag && typeof item === 'string' && item.startsWith('^')) text += item.slice(1);
    else if (inString && isDict(item) && typeof item['->'] === 'string') {
      // Start content ("* Hello [there]") is compiled into a sibling `s` container the string diverts into.
      const start = containers.get(resolveInkPath(choice.containerPath, item['->']));
      for (const part of start ?? []) if (typeof part === 'string' && part.startsWith('^')) text += part.slice(1);
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** What the words of a choice are built from, outside a string run: the run's and a tag's markers. */
function isWordsItem(item: Json): boolean {
  return item === 'str' || item === '#' || item === '/#' || item === '/ev';
}
