/**
 * ink's path arithmetic, as strings. Paths in compiled JSON are either absolute
 * (`ridge.stay`) or relative to the object that holds them (`.^.c-0`, where
 * each `^` climbs one container). inkjs resolves these on live objects; the
 * story index does it on the JSON so it can name things without running ink.
 */

/** Any value of compiled ink JSON. */
export type Json = unknown;

/** A choice point as found in the JSON, before it is named (shared by the index and its text reader, so neither imports the other). */
export interface RawChoice {
  container: Json[];
  index: number;
  containerPath: string;
  flags: number;
  target: string;
}

export function joinPath(parent: string, child: string): string {
  return parent === '' ? child : `${parent}.${child}`;
}

/**
 * Resolves `target` as written on a non-container object inside the container
 * at `containerPath`. Like inkjs `InkObject.ResolvePath`, the first component
 * of a relative path stands for the object itself, so it is dropped and the
 * walk starts at the object's container.
 */
export function resolveInkPath(containerPath: string, target: string): string {
  if (!target.startsWith('.')) return target;
  const base = containerPath === '' ? [] : containerPath.split('.');
  const parts = target.slice(1).split('.').slice(1);
  for (const part of parts) {
    if (part === '^') base.pop();
    else base.push(part);
  }
  return base.join('.');
}

/** The container a choice's own container sits in: the weave that offers it (`ridge.0` for `ridge.0.c-1`). */
export function parentPath(path: string): string {
  const at = path.lastIndexOf('.');
  return at < 0 ? '' : path.slice(0, at);
}

/** A JSON object (ink's dictionaries of named content, commands and tags), not an array or null. */
export const isDict = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A runtime-JSON container's content: its items without the trailing dictionary of named content (or null). */
export function contentOf(container: unknown[]): unknown[] {
  const last = container[container.length - 1];
  return isDict(last) || last === null ? container.slice(0, -1) : container;
}

/** The path of a container found at `index` in its parent's content: its own name (`#n`) when it has one, else the index. */
export function childPath(parent: string, child: readonly unknown[], index: number): string {
  const trailing = child[child.length - 1];
  return joinPath(parent, isDict(trailing) && typeof trailing['#n'] === 'string' ? trailing['#n'] : String(index));
}
