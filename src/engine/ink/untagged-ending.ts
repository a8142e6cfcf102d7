/**
 * Names an ending the story did not tag. Stories written for Inky end with a
 * bare `-> END`; they still have endings, one per knot that ends the story,
 * so the gallery, the explorer and `check` can count them. The knot is read
 * from the last text the turn wrote: ink pushes a line's own text object onto
 * the output, and that object still knows the container it came from. This
 * costs nothing per ink step, which matters to the explorer.
 */
import type { Story } from 'inkjs';
import { stateOf } from './ink-internals.ts';

export interface UntaggedEnding {
  /** The knot's name (`bad_end`), or `end` when the text sat outside any knot. */
  id: string;
  /** The knot's name in words (`Bad end`). */
  title: string;
}

interface OutputPiece {
  value?: unknown;
  parent?: { path?: { toString(): string } } | null;
}

/** The ending named after the knot of the turn's last text, to be called once the story has ended. */
export function untaggedEnding(story: Story): UntaggedEnding {
  const output = stateOf(story).outputStream as OutputPiece[];
  for (let i = output.length - 1; i >= 0; i--) {
    const piece = output[i];
    if (typeof piece?.value !== 'string' || piece.value.trim() === '') continue;
    const path = piece.parent?.path?.toString();
    if (path === undefined) continue;
    return endingNamed(path.split('.')[0] ?? '');
  }
  return endingNamed('');
}

/** `bad_end` → { id: 'bad_end', title: 'Bad end' }; a path outside any knot (`0`) → `end`. */
export function endingNamed(knot: string): UntaggedEnding {
  const id = /^[A-Za-z_][\w-]{0,63}$/.test(knot) ? knot : 'end';
  const words = id.replace(/[_-]+/g, ' ').trim();
  return { id, title: words.charAt(0).toUpperCase() + words.slice(1) };
}
