/**
 * Which global variables a story may still read or write, flow by flow: a static
 * liveness analysis over the compiled JSON. The explorer leaves a global out of a
 * state's identity once no future from that state can touch it, so states that
 * differ only in flags the story is done with count as one state.
 *
 * It must be sound, never merely likely: a global wrongly left out merges two
 * states whose futures differ, and the explorer silently misses whatever lies
 * behind one of them. So it is coarse on purpose. A flow (knot, knot.stitch, or
 * '' for the opening weave) counts as touching every global named anywhere in
 * it, in any order, and as reaching every flow it diverts, tunnels, calls,
 * threads or offers a choice into, or takes as a divert-target value. What a
 * flow can reach is live there. Anything the analysis cannot follow (a divert
 * to a variable, an object it does not know) makes every global live there.
 * Tracking single containers instead of flows was tried: on the flagship it
 * told only 0.6% more states apart, for subtler rules.
 */
import { flowOf, indexStory } from './story-index.ts';
import { childPath, contentOf, isDict, type Json, joinPath, resolveInkPath } from './story-index-paths.ts';

export interface GlobalLiveness {
  /** Every global the story declares. A variable missing from here must be treated as live. */
  globals: ReadonlySet<string>;
  /** Per flow: the globals some run starting anywhere in that flow may read or write. */
  byFlow: ReadonlyMap<string, ReadonlySet<string>>;
  /** The flow names the analysis used, for `flowOf`. */
  flows: ReadonlySet<string>;
}

type Dict = Record<string, Json>;

/**
 * The temporary the compiler uses to return from a choice's shared text (`* "Fine[."]`). It is
 * always set, just before, to a label in the same flow, so a divert to it never leaves the flow.
 */
const RETURN_LABEL = '$r';

/** Every key an object in runtime JSON (ink version 21) can have. An object with any other key is not understood. */
const KNOWN_KEYS = new Set('-> ->t-> f() x() exArgs c var * flg ^-> ^var ci VAR? VAR= re temp= CNT? list origins #'.split(' '));

/** Keys whose value names a variable the object reads, writes or points to (a pointer is how ink passes `ref` arguments). */
const VARIABLE_KEYS = ['VAR?', 'VAR=', '^var'] as const;

/** Keys whose value is a path control may go to from here: diverts, tunnels, calls, choice targets, divert-target values. */
const TARGET_KEYS = ['->', '->t->', 'f()', '*', '^->'] as const;

/** Keys whose value names a variable the object may read: a pointer may be read through, so it counts. */
const READ_KEYS = ['VAR?', '^var'] as const;

/** Once-only choices (ink's flag 0x10) read their own container's visit count to decide whether to show. */
const ONCE_ONLY = 0x10;

/** A visit count (or turn index) as the `reads` mode names it among the globals: `#count:ridge.0.c-1`. */
export const countName = (path: string): string => `#count:${path}`;

export interface LivenessOptions {
  /**
   * `touches` (default) keeps what a future may read or write, as the explorer's dedupe needs.
   * `reads` keeps only what a future may read, and adds the visit counts a future may read as
   * pseudo-globals (`countName`): what the consequence report needs to tell a pick that matters
   * from one nothing will ever look at again.
   */
  mode?: 'touches' | 'reads';
}

export function analyseLiveness(storyJson: string | Record<string, unknown>, flowNames?: ReadonlySet<string>, options: LivenessOptions = {}): GlobalLiveness {
  const reads = options.mode === 'reads';
  const variableKeys = reads ? READ_KEYS : VARIABLE_KEYS;
  const story = typeof storyJson === 'string' ? (JSON.parse(storyJson) as Dict) : storyJson;
  const flows = flowNames ?? new Set(indexStory(story).flows.map((f) => f.path));
  const root = story.root;
  if (!Array.isArray(root)) throw new TypeError('Not a compiled ink story: it has no root container.');

  const touched = new Map<string, Set<string>>();
  const next = new Map<string, Set<string>>();
  for (const flow of ['', ...flows]) {
    touched.set(flow, new Set());
    next.set(flow, new Set());
  }
  const globals = new Set<string>();
  const unknowable = new Set<string>();
  const link = (from: string, to: string) => {
    if (from !== to) next.get(from)?.add(to);
  };

  const readObject = (item: Dict, path: string, flow: string): void => {
    if (Object.keys(item).some((key) => !KNOWN_KEYS.has(key))) unknowable.add(flow);
    for (const key of variableKeys) {
      const name = item[key];
      if (typeof name === 'string') touched.get(flow)?.add(name);
    }
    if (reads) readCounts(item, path, (name) => count(flow, name));
    for (const key of TARGET_KEYS) {
      const target = item[key];
      if (typeof target !== 'string') continue;
      // A divert to a variable goes wherever the variable says; only `$r` is known to stay in this flow.
      if (item.var !== true) link(flow, flowOf(resolveInkPath(path, target), flows));
      else if (target !== RETURN_LABEL) unknowable.add(flow);
    }
    // An external function with no binding runs the ink function of the same name, if the story has one.
    const external = item['x()'];
    if (typeof external === 'string' && item.var === true) unknowable.add(flow);
    else if (typeof external === 'string' && flows.has(external)) link(flow, external);
  };

  /** A visit count read in `flow`, as a pseudo-global declared here so `solve` keeps it. */
  const count = (flow: string, name: string): void => {
    globals.add(name);
    touched.get(flow)?.add(name);
  };

  const walk = (container: Json[], path: string): void => {
    const flow = flowOf(path, flows);
    const last = container[container.length - 1];
    const items = contentOf(container);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (Array.isArray(item)) {
        const child = childPath(path, item, i);
        // A container in its parent's content is entered by running into it, and runs off its end back into the parent.
        link(flow, flowOf(child, flows));
        link(flowOf(child, flows), flow);
        walk(item, child);
      } else if (isDict(item)) {
        readObject(item, path, flow);
      } else if (reads && item === 'visit') {
        // A sequence or shuffle reads its own container's count.
        count(flow, countName(path));
      }
    }
    if (!isDict(last)) return;
    // Named-only content (knots, stitches, choices' bodies, gathers) is entered by a divert or a choice, never by running into it.
    for (const [key, value] of Object.entries(last)) {
      if (key === '#f' || key === '#n') continue;
      if (!Array.isArray(value)) unknowable.add(flow);
      else if (path === '' && key === 'global decl') readDeclarations(value, globals);
      else walk(value, joinPath(path, key));
    }
  };
  walk(root, '');

  for (const flow of unknowable) touched.set(flow, new Set(globals));
  return { globals, byFlow: solve(touched, next, globals), flows };
}

/** The visit counts an object reads: a count query, a read-count divert target, a once-only choice. */
function readCounts(item: Dict, path: string, read: (name: string) => void): void {
  const at = (target: string) => read(countName(resolveInkPath(path, target)));
  if (typeof item['CNT?'] === 'string') at(item['CNT?']);
  if (typeof item['^->'] === 'string') at(item['^->']);
  if (typeof item['*'] === 'string' && typeof item.flg === 'number' && item.flg & ONCE_ONLY) at(item['*']);
}

/** The globals live at a state whose future starts in any of `flows`; a flow the analysis never saw keeps everything. */
export function liveFrom(liveness: GlobalLiveness, flows: Iterable<string>): Set<string> {
  const live = new Set<string>();
  for (const flow of flows) {
    for (const name of liveness.byFlow.get(flow) ?? liveness.globals) live.add(name);
  }
  return live;
}

/**
 * `global decl` runs once, when the story starts, and declares every global; nothing diverts there
 * afterwards, so its assignments are declarations, not touches.
 */
function readDeclarations(container: Json[], globals: Set<string>): void {
  for (const item of container) {
    if (isDict(item) && typeof item['VAR='] === 'string') globals.add(item['VAR=']);
  }
}

/** Live(F) = touched(F) ∪ Live(each flow F reaches), iterated to a fixpoint; only declared globals are kept. */
function solve(touched: Map<string, Set<string>>, next: Map<string, Set<string>>, globals: ReadonlySet<string>): Map<string, Set<string>> {
  const live = new Map<string, Set<string>>();
  for (const [flow, names] of touched) live.set(flow, new Set([...names].filter((n) => globals.has(n))));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [flow, targets] of next) {
      const mine = live.get(flow);
      if (!mine) continue;
      const size = mine.size;
      for (const target of targets) for (const name of live.get(target) ?? globals) mine.add(name);
      if (mine.size > size) changed = true;
    }
  }
  return live;
}
