/**
 * A stopped story's position (`hill.0.3`, from source-lines.ts) as a file and
 * line, through the compile's map from container paths to source lines, and
 * the words the player's error card uses for it. Apart from source-lines.ts
 * because the player's session needs that file on the first screen and this
 * one only once an error is shown.
 */
import type { SourceLines, SourcePlace } from './source-lines';

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

/** What the reader's error panel says when the place is known: "The story stopped at scenes/hill.ink line 12: ran out of content." */
export function stopMessage(message: string, place: SourcePlace): string {
  const words = message.trim() || 'it hit an error';
  return `The story stopped at ${place.file} line ${place.line}: ${/[.?!]$/.test(words) ? words : `${words}.`}`;
}
