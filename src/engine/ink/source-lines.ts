/**
 * Where in the ink source a story stopped. The compiled JSON carries no line
 * numbers, so ink's runtime errors name an internal pointer
 * ("(Ink Pointer -> hill.0 -- index 3)") or nothing at all ("ran out of
 * content"). At compile time the tooling keeps a small map from container
 * paths to source lines (tooling/source-lines-map.ts); here a stopped story's
 * position is read the way ink itself looks for debug information (the
 * current pointer, then the call stack, then the last text written);
 * source-place.ts turns it into a file and line with that map.
 */
import type { Story } from 'inkjs';
import { stateOf } from './ink-internals.ts';

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
