/**
 * Lint rule: knots and stitches nothing diverts to (and functions nothing
 * calls) are dead text. The compiled story lists every divert, tunnel, thread
 * and function call with its resolved target, including the ones written as
 * a bare local stitch name and ink's automatic divert into a knot's first
 * stitch, which a text search would miss. A knot that only diverts to itself
 * still counts as never diverted to. A function is told by its header as well
 * as its compiled body: one that ends without `~ return` compiles like a knot.
 */
import { flowOf, type StoryIndex } from '../engine/analysis/story-index';
import type { Diagnostic } from './diagnostic';
import { locateFlows, type Place, type SourceFile } from './lint-sources';

const FUNCTION_HEADER = /^\s*={2,}\s*function\s/;

function headerAt(sources: readonly SourceFile[], place: Place): string {
  return sources.find((s) => s.file === place.file)?.lines[place.line - 1] ?? '';
}

export function lintUnreached(index: StoryIndex, sources: readonly SourceFile[], entry: string): Diagnostic[] {
  const names = new Set(index.flows.map((f) => f.path));
  const referenced = new Set<string>();
  for (const { from, to } of index.diverts) {
    const target = flowOf(to, names);
    if (!target) continue;
    const source = flowOf(from, names);
    // A reference from inside the flow itself (a loop, a recursive call) does not bring anyone in.
    if (source === target || source.startsWith(`${target}.`)) continue;
    referenced.add(target);
    // Reaching a stitch reaches its knot too, for the purposes of this rule.
    referenced.add(target.split('.')[0] ?? target);
  }
  const places = locateFlows(sources);
  const diagnostics: Diagnostic[] = [];
  for (const flow of index.flows) {
    if (referenced.has(flow.path)) continue;
    const place = places.get(flow.path) ?? { file: entry, line: 0 };
    const isFunction = flow.isFunction || (!flow.stitch && FUNCTION_HEADER.test(headerAt(sources, place)));
    const what = isFunction ? `function '${flow.path}' is never called` : `${flow.stitch ? 'stitch' : 'knot'} '${flow.path}' is never diverted to`;
    diagnostics.push({ severity: 'warning', ...place, message: what });
  }
  return diagnostics;
}
