/**
 * Where in the ink source a story stopped. The compiled JSON carries no line
 * numbers, so ink's runtime errors name an internal pointer
 * ("(Ink Pointer -> hill.0 -- index 3)") or nothing at all ("ran out of
 * content"). At compile time the tooling keeps a small map from container
 * paths to source lines (tooling/source-lines-map.ts); here a stopped story's
 * position is read the way ink itself looks for debug information (the
 * current pointer, then the call stack, then the last text written) and
 * turned into a file and line with that map.
 */
import type { Story } from 'inkjs';
import { stateOf } from './ink-internals';

export interface SourceLines {
  files: string[];
  /** Per container path: [index in the container, file number, line] where a new source line starts, by index. */
  at: Record<string, [number, number, number][]>;
}

export interface SourcePlace {
  file: string;
  line: number;
}

interface Positioned {
  parent?: { path?: { toString(): string }; content?: unknown[] } | null;
}

interface StackElement {
  currentPointer: { container: { path: { toString(): string } } | null; index: number };
}

/** `container.path.index` of where the story stands or last wrote text, or null when nothing says. */
export function stopPosition(story: Story): string | null {
  const state = stateOf(story) as unknown as { callStack: { elements: StackElement[] }; outputStream: Positioned[] };
  const elements = state.callStack.elements;
  for (let i = elements.length - 1; i >= 0; i--) {
    const pointer = elements[i]?.currentPointer;
    if (pointer?.container) return `${pointer.container.path.toString()}.${Math.max(0, pointer.index)}`;
  }
  for (let i = state.outputStream.length - 1; i >= 0; i--) {
    const piece = state.outputStream[i];
    const parent = piece?.parent;
    const path = parent?.path?.toString();
    if (path === undefined || !parent?.content) continue;
    return `${path}.${Math.max(0, parent.content.indexOf(piece))}`;
  }
  return null;
}

/** The file and line of a position (`hill.0.3`), looking in enclosing containers when its own has no line. */
export function placeOf(position: string, lines: SourceLines): SourcePlace | null {
  const parts = position.split('.');
  let index = Number(parts.pop());
  while (parts.length >= 0) {
    const entries = lines.at[parts.join('.')];
    let found: [number, number, number] | undefined;
    for (const entry of entries ?? []) if (entry[0] <= index) found = entry;
    const file = found ? lines.files[found[1]] : undefined;
    if (found && file !== undefined) return { file, line: found[2] };
    if (parts.length === 0) return null;
    // The container sits in its parent at a named or numbered place; a named one counts as the parent's start.
    const last = parts.pop() ?? '';
    index = /^\d+$/.test(last) ? Number(last) : Number.POSITIVE_INFINITY;
  }
  return null;
}

/** ink's pointer text in an error message, `(Ink Pointer -> hill.0 -- index 3)`, as a position. */
export function pointerInMessage(message: string): string | null {
  const m = /\(Ink Pointer -> ([^\s)]*) -- index (\d+)\)/.exec(message);
  return m ? `${m[1]}.${m[2]}` : null;
}

/** ink's message without its prefix and pointer: what happened, in ink's words. */
export function errorWithoutPointer(message: string): string {
  return message
    .replace(/^RUNTIME (ERROR|WARNING):\s*/, '')
    .replace(/^\(Ink Pointer -> [^)]*\):?\s*/, '')
    .replace(/^Error:\s*/, '')
    .trim();
}

/** What the reader's error panel says when the place is known: "The story stopped at scenes/hill.ink line 12: ran out of content." */
export function stopMessage(message: string, place: SourcePlace): string {
  const words = message.trim() || 'it hit an error';
  return `The story stopped at ${place.file} line ${place.line}: ${/[.?!]$/.test(words) ? words : `${words}.`}`;
}
