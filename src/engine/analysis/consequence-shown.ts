/**
 * Whether a variable read ink is making right now can change what the
 * reader sees. The dropped-thread rule only counts a thread as paid when it
 * is: a `~ tally = tally + spared` reads `spared` but shows nothing. Read at
 * the moment of the read, from the compiled container ink is in: the value
 * feeds what follows its `ev … /ev` block, and that decides it. Printed
 * (`{x}`), a choice's condition, or a conditional with a branch that prints
 * text, offers a choice or diverts elsewhere, are shown; an assignment, a
 * function's argument or a branch of logic alone are not. A value a
 * function returns is judged where its caller uses it.
 */
import type { Story } from 'inkjs';
import { stateOf } from '../ink/ink-internals';

interface Node {
  content?: Node[];
  namedOnlyContent?: Map<string, Node> | null;
  commandType?: number;
  isConditional?: boolean;
  pushesToStack?: boolean;
  stackPushType?: number;
  targetPathString?: string | null;
  hasCondition?: boolean;
  isNonWhitespace?: boolean;
}

interface Frame {
  currentPointer: { container: Node | null; index: number };
}

const EVAL_OUTPUT = 1;
const EVAL_END = 2;
const POP_FUNCTION = 5;
const TUNNEL = 0;

type Verdict = 'shown' | 'silent' | 'returned';

/** True when the read ink is making now feeds text, a choice or a branch the reader is shown. */
export function readIsShown(story: Story): boolean {
  const frames = (stateOf(story) as unknown as { callStack: { callStack: Frame[] } }).callStack.callStack;
  for (let depth = frames.length - 1; depth >= 0; depth--) {
    const pointer = frames[depth]?.currentPointer;
    if (!pointer) return false;
    const { container, index } = pointer;
    if (!container?.content) return false;
    const verdict = feedOf(container.content, index + 1);
    if (verdict !== 'returned') return verdict === 'shown';
  }
  return false;
}

/** What the value on ink's evaluation stack feeds, from `start` in a container's content. */
function feedOf(content: Node[], start: number): Verdict {
  let i = start;
  while (i < content.length && content[i]?.commandType !== EVAL_END) i++;
  const next = content[i + 1];
  if (!next) return 'silent';
  if (next.commandType === EVAL_OUTPUT) return 'shown';
  if (next.commandType === POP_FUNCTION) return 'returned';
  if (next.hasCondition !== undefined) return 'shown';
  if (next.isConditional === true) return branchShows(next) ? 'shown' : 'silent';
  if (next.content?.[0]?.isConditional !== true) return 'silent';
  // The branches of one conditional stand side by side: the one the read chooses, then its alternatives.
  for (let j = i + 1; j < content.length; j++) {
    const divert = content[j]?.content?.[0];
    if (!divert || divert.targetPathString === undefined || (j > i + 1 && divert.isConditional)) break;
    if (branchShows(divert)) return 'shown';
  }
  return 'silent';
}

function branchShows(divert: Node): boolean {
  const target = (divert as unknown as { targetPointer: { container: Node | null } }).targetPointer?.container;
  return target ? shows(target) : false;
}

/** A branch shows the reader something when it prints, offers a choice or goes somewhere else in the story. */
function shows(node: Node): boolean {
  if (node.isNonWhitespace === true || node.hasCondition !== undefined) return true;
  if (node.targetPathString && node.isConditional !== true && isRouting(node)) return true;
  for (const child of node.content ?? []) if (shows(child)) return true;
  for (const child of node.namedOnlyContent?.values() ?? []) if (shows(child)) return true;
  return false;
}

/** A divert to a named knot, stitch or gather (or a tunnel) leads the reader on; a rejoin to an index does not. */
function isRouting(divert: Node): boolean {
  if (divert.pushesToStack) return divert.stackPushType === TUNNEL;
  return !/(^|\.)\d+$/.test(divert.targetPathString ?? '');
}
