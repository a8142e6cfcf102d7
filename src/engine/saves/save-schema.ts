/**
 * A tiny hand-written schema reader for data that comes from outside (stored
 * saves, pasted files, links). Each reader either returns a well-typed value
 * or throws a `SaveProblem` whose message is a sentence a player can read; the
 * public decoders catch it and hand back a Result. No schema library: the
 * checks are few and the messages matter more than the machinery.
 */

export class SaveProblem extends Error {
  override name = 'SaveProblem';
}

/** Stop with a message for the player. */
export function fail(message: string): never {
  throw new SaveProblem(message);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readRecord(value: unknown, what: string): Record<string, unknown> {
  return isRecord(value) ? value : fail(`This save is damaged: ${what} is missing or not a group of values.`);
}

export function readInt(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) fail(`This save is damaged: ${what} is not a whole number.`);
  if (value < min || value > max) fail(`This save is damaged: ${what} (${value}) is outside ${min}–${max}.`);
  return value;
}

export function readNumber(value: unknown, what: string, limit: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(`This save is damaged: ${what} is not a number.`);
  if (Math.abs(value) > limit) fail(`This save is damaged: ${what} is far too large to be real.`);
  return value;
}

export function readString(value: unknown, what: string, maxLength: number): string {
  if (typeof value !== 'string') fail(`This save is damaged: ${what} is not text.`);
  if (value.length > maxLength) fail(`This save is too large to be real: ${what} is over ${maxLength} characters.`);
  return value;
}

export function readArray(value: unknown, what: string, maxLength: number): unknown[] {
  if (!Array.isArray(value)) fail(`This save is damaged: ${what} is not a list.`);
  if (value.length > maxLength) fail(`This save is too large to be real: ${what} has over ${maxLength} entries.`);
  return value;
}

/** Parses JSON text after a size check, so a 100 MB paste is refused before it is parsed. */
export function parseJsonText(text: string, what: string, maxLength: number): unknown {
  if (text.length > maxLength) fail(`This ${what} is too large to be real (over ${Math.round(maxLength / 1_000_000)} MB).`);
  if (text.trim() === '') fail(`This ${what} is empty.`);
  try {
    return JSON.parse(text);
  } catch {
    fail(`This ${what} is damaged: it ends early or is not a ${what} at all.`);
  }
}

/** Runs a reader and turns a `SaveProblem` into a Result; any other error is a bug and is rethrown. */
export function attempt<T>(read: () => T): { ok: true; value: T } | { ok: false; problem: string } {
  try {
    return { ok: true, value: read() };
  } catch (err) {
    if (err instanceof SaveProblem) return { ok: false, problem: err.message };
    throw err;
  }
}
