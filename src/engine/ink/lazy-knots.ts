/**
 * A Story whose knots are built from their JSON when ink first reaches them.
 *
 * inkjs turns the whole story JSON into its runtime tree before anything can
 * play: for the flagship about three quarters of the time between having
 * inkjs and showing a first passage the build could not play (a story whose
 * opening varies), while that passage reads one knot of fifteen. Here the
 * Story is built with the global declarations and the top-level flow only;
 * each other knot stays JSON in the root's table of named content until a
 * path, a divert or a visit count asks for it, and is then built by inkjs's
 * own reader (a Story of that knot alone, whose tree is kept) and hung under
 * the root where inkjs would have put it. Anything that walks the whole table
 * (iterating it, its size) builds every knot first, so nothing sees a partial
 * story; `readAllKnots` does the same once the first passage is on screen, so
 * later turns never pay for a knot.
 */
import { Story } from 'inkjs';

type Json = Record<string, unknown>;

interface Named {
  name: string | null;
  parent: unknown;
}

/** The root's named content: built knots, and knots still JSON that a lookup builds. */
class KnotTable extends Map<string, unknown> {
  constructor(
    built: Map<string, unknown>,
    private readonly waiting: Map<string, unknown>,
    private readonly build: (name: string, token: unknown) => unknown,
    private readonly order: readonly string[],
  ) {
    super();
    for (const [key, value] of built) super.set(key, value);
  }

  private take(key: string): unknown {
    const token = this.waiting.get(key);
    this.waiting.delete(key);
    const knot = this.build(key, token);
    super.set(key, knot);
    return knot;
  }

  /** Builds every waiting knot, then puts the table back in the JSON's order, which iterating it (and ToJson) keeps. */
  readAll(): void {
    if (this.waiting.size === 0) return;
    for (const key of [...this.waiting.keys()]) this.take(key);
    const all = new Map(Map.prototype.entries.call(this));
    super.clear();
    for (const key of this.order) if (all.has(key)) super.set(key, all.get(key));
    for (const [key, value] of all) if (!super.has(key)) super.set(key, value);
  }

  get unread(): number {
    return this.waiting.size;
  }

  override get(key: string): unknown {
    return this.waiting.has(key) ? this.take(key) : super.get(key);
  }
  override has(key: string): boolean {
    return this.waiting.has(key) || super.has(key);
  }
  override set(key: string, value: unknown): this {
    this.waiting.delete(key);
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    const waited = this.waiting.delete(key);
    return super.delete(key) || waited;
  }
  override clear(): void {
    this.waiting.clear();
    super.clear();
  }
  override get size(): number {
    return super.size + this.waiting.size;
  }
  override forEach(each: (value: unknown, key: string, map: Map<string, unknown>) => void, self?: unknown): void {
    this.readAll();
    super.forEach(each, self);
  }
  override keys(): MapIterator<string> {
    this.readAll();
    return super.keys();
  }
  override values(): MapIterator<unknown> {
    this.readAll();
    return super.values();
  }
  override entries(): MapIterator<[string, unknown]> {
    this.readAll();
    return super.entries();
  }
  override [Symbol.iterator](): MapIterator<[string, unknown]> {
    return this.entries();
  }
}

function rootOf(story: Story): { namedContent: Map<string, unknown> } {
  return story.mainContentContainer as unknown as { namedContent: Map<string, unknown> };
}

/**
 * A Story of `json` (parsed ink JSON) with its knots left to build when reached. The global declarations are
 * built at once: ink runs them as the Story is made. Keys starting with `#` are the root's flags, not knots.
 */
export function storyWithLazyKnots(json: Json): Story {
  const root = json.root;
  const last = Array.isArray(root) ? root[root.length - 1] : null;
  if (!last || typeof last !== 'object') return new Story(json);
  const kept: Json = {};
  const waiting = new Map<string, unknown>();
  for (const [key, token] of Object.entries(last as Json)) {
    if (key.startsWith('#') || key === 'global decl' || !Array.isArray(token)) kept[key] = token;
    else waiting.set(key, token);
  }
  if (waiting.size === 0) return new Story(json);
  const story = new Story({ ...json, root: [...(root as unknown[]).slice(0, -1), kept] });
  const container = rootOf(story);
  container.namedContent = new KnotTable(
    container.namedContent,
    waiting,
    (name, token) => {
      // inkjs's reader is reached through a Story: one of this knot alone builds its tree, which moves under the root.
      const knot = new Story({ inkVersion: json.inkVersion, root: token }).mainContentContainer as unknown as Named;
      knot.name = name;
      knot.parent = container;
      return knot;
    },
    Object.keys(last),
  );
  return story;
}

/** Builds every knot still waiting in `story` (nothing for a Story built whole). */
export function readAllKnots(story: Story): void {
  const table = rootOf(story).namedContent;
  if (table instanceof KnotTable) table.readAll();
}

/** How many knots of `story` are still JSON (0 for a Story built whole). */
export function unreadKnots(story: Story): number {
  const table = rootOf(story).namedContent;
  return table instanceof KnotTable ? table.unread : 0;
}
