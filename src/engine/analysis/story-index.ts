/**
 * A static index of a compiled ink story, read straight from its runtime JSON:
 * every knot and stitch, every choice point (with a readable label), the
 * endings its tags declare, the divert targets (for "never diverted to" lint)
 * and which visit counts the story can ever read (so the explorer only keeps
 * those in a state's identity). The explorer needs this to name what it never
 * reached; it runs no ink, so it costs one pass over the JSON.
 */

import { childPath, contentOf, isDict, type Json, joinPath, type RawChoice, resolveInkPath } from './story-index-paths.ts';
import { choiceLabel, readTag } from './story-index-text.ts';

export interface FlowInfo {
  /** `knot` or `knot.stitch`, as ink writes it in diverts. */
  path: string;
  knot: string;
  stitch: string | null;
  isFunction: boolean;
}

export interface ChoicePointInfo {
  /** The choice's own container path (`ridge.0.c-1`): stable, and what the report uses as the choice's id. */
  id: string;
  /** inkjs `Choice.sourcePath`: the path of the choice point object itself (`ridge.0.10`). */
  sourcePath: string;
  /** The choice text as written, with inline logic left out; '' when it has none. */
  label: string;
  /** The knot or knot.stitch the choice belongs to ('' for the story's opening weave). */
  flow: string;
  onceOnly: boolean;
  invisibleDefault: boolean;
}

export interface DivertRef {
  /** The absolute path of the container the divert sits in. */
  from: string;
  /** The absolute target path. */
  to: string;
}

export interface StoryIndex {
  flows: FlowInfo[];
  choicePoints: ChoicePointInfo[];
  /** Ending ids declared by `ending:` tags, with the `ending_title` on the same line when there is one. */
  endings: { id: string; title: string }[];
  /** Every static tag text in the story (dynamic tags are left out). */
  tags: string[];
  diverts: DivertRef[];
  /** The EXTERNAL functions the story calls, by name. */
  externals: string[];
  /** Container paths whose visit counts (or turn indices) the story reads: conditions, once-only choices, sequences. */
  readCounts: string[];
  /** Whether the story uses TURNS(), so the turn index matters to what happens next. */
  usesTurnIndex: boolean;
  /** Whether the story uses TURNS_SINCE(), so how long ago a container was visited matters. */
  usesTurnsSince: boolean;
}

type Dict = Record<string, Json>;

/** What one walk over the story's containers gathers. */
interface Found {
  containers: Map<string, Json[]>;
  rawChoices: RawChoice[];
  tags: Set<string>;
  endings: Map<string, string>;
  diverts: DivertRef[];
  readCounts: Set<string>;
  calledFunctions: Set<string>;
  externals: Set<string>;
  usesTurnIndex: boolean;
  usesTurnsSince: boolean;
}

export function indexStory(storyJson: string | Record<string, unknown>): StoryIndex {
  const story = typeof storyJson === 'string' ? (JSON.parse(storyJson) as Dict) : storyJson;
  const root = story.root;
  if (!Array.isArray(root)) throw new TypeError('Not a compiled ink story: it has no root container.');
  const found: Found = {
    containers: new Map(),
    rawChoices: [],
    tags: new Set(),
    endings: new Map(),
    diverts: [],
    readCounts: new Set(),
    calledFunctions: new Set(),
    externals: new Set(),
    usesTurnIndex: false,
    usesTurnsSince: false,
  };
  walk(found, root, '');

  const flows = readFlows(root, new Set([...found.calledFunctions, ...found.externals]));
  const flowNames = new Set(flows.map((f) => f.path));
  const choicePoints = found.rawChoices.map((c) => ({
    id: c.target,
    sourcePath: joinPath(c.containerPath, String(c.index)),
    label: choiceLabel(c, found.containers),
    flow: flowOf(c.target, flowNames),
    onceOnly: (c.flags & 0x10) !== 0,
    invisibleDefault: (c.flags & 0x08) !== 0,
  }));

  return {
    flows,
    choicePoints,
    endings: [...found.endings].map(([id, title]) => ({ id, title })),
    tags: [...found.tags],
    diverts: found.diverts,
    externals: [...found.externals],
    readCounts: [...found.readCounts],
    usesTurnIndex: found.usesTurnIndex,
    usesTurnsSince: found.usesTurnsSince,
  };
}

function walk(found: Found, container: Json[], path: string): void {
  found.containers.set(path, container);
  const last = container[container.length - 1];
  const items = contentOf(container);
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (Array.isArray(item)) {
      walk(found, item, childPath(path, item, i));
    } else if (item === '#') {
      i = readTag(items, i, found.tags, found.endings);
    } else if (item === 'visit') {
      found.readCounts.add(path);
    } else if (item === 'turn') {
      found.usesTurnIndex = true;
    } else if (item === 'turns') {
      found.usesTurnsSince = true;
    } else if (isDict(item)) {
      readObject(found, item, i, path);
    }
  }
  if (isDict(last)) {
    for (const [key, value] of Object.entries(last)) {
      if (key === '#f' || key === '#n' || !Array.isArray(value)) continue;
      walk(found, value, joinPath(path, key));
    }
  }
}

function readObject(found: Found, item: Dict, index: number, path: string): void {
  const target = (key: string) => (typeof item[key] === 'string' ? resolveInkPath(path, item[key] as string) : null);
  const choice = target('*');
  if (choice !== null) {
    const flags = typeof item.flg === 'number' ? item.flg : 0;
    // Once-only choices vanish once their own container has been visited.
    if (flags & 0x10) found.readCounts.add(choice);
    found.rawChoices.push({ container: found.containers.get(path) ?? [], index, containerPath: path, flags, target: choice });
    return;
  }
  if (typeof item['#'] === 'string') found.tags.add(item['#'].trim()); // the pre-2023 tag format
  const divert = item.var === true ? null : (target('->') ?? target('->t->'));
  if (divert) found.diverts.push({ from: path, to: divert });
  // An EXTERNAL call names the function bare; when the host binds nothing, its ink fallback of that name runs.
  if (typeof item['x()'] === 'string') {
    found.externals.add(item['x()']);
    found.diverts.push({ from: path, to: item['x()'] });
  }
  const fn = target('f()');
  if (fn) {
    found.calledFunctions.add(fn);
    found.diverts.push({ from: path, to: fn });
  }
  const value = target('^->');
  if (value) {
    // A divert target passed as a value is usually diverted to later, or read by TURNS_SINCE / READ_COUNT.
    found.diverts.push({ from: path, to: value });
    found.readCounts.add(value);
  }
  const count = target('CNT?');
  if (count) found.readCounts.add(count);
}

/** The knot or knot.stitch a path lies in: its longest prefix that names a flow. */
export function flowOf(path: string, flowNames: ReadonlySet<string>): string {
  const [knot = '', second] = path.split('.');
  if (second !== undefined && flowNames.has(`${knot}.${second}`)) return `${knot}.${second}`;
  return flowNames.has(knot) ? knot : '';
}

/** Knots are the named entries of the root; stitches the named entries of a knot (weave labels live one level down). */
function readFlows(root: Json[], calledFunctions: ReadonlySet<string>): FlowInfo[] {
  const flows: FlowInfo[] = [];
  const named = root[root.length - 1];
  if (!isDict(named)) return flows;
  for (const [knot, body] of Object.entries(named)) {
    if (knot === '#f' || knot === '#n' || knot === 'global decl' || !Array.isArray(body)) continue;
    const isFunction = calledFunctions.has(knot) || endsWithReturn(body);
    flows.push({ path: knot, knot, stitch: null, isFunction });
    const stitches = body[body.length - 1];
    if (!isDict(stitches)) continue;
    for (const [stitch, value] of Object.entries(stitches)) {
      if (stitch === '#f' || stitch === '#n' || !Array.isArray(value)) continue;
      flows.push({ path: `${knot}.${stitch}`, knot, stitch, isFunction: false });
    }
  }
  return flows;
}

/** The compiler ends every function body with a return ("~ret"); knots end with a divert or END. */
function endsWithReturn(body: Json[]): boolean {
  const items = body.filter((x) => !isDict(x) && x !== null);
  return items[items.length - 1] === '~ret';
}
