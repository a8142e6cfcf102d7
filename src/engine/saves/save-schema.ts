/**
 * The building blocks of every schema for data that comes from outside
 * (stored saves, pasted files, links, the endings record): valibot schemas
 * whose failure messages are sentences a player can read ("This save is
 * damaged: the random seed is not a whole number."). Each decoder runs its
 * schema with `readWith`, which answers with a typed value or the first
 * problem, and checks what a schema cannot say (one field agreeing with
 * another) with `fail`. Nothing from outside reaches ink unchecked.
 */
import * as v from 'valibot';

export class SaveProblem extends Error {
  override name = 'SaveProblem';
}

/** Stop with a message for the player. */
export function fail(message: string): never {
  throw new SaveProblem(message);
}

const damaged = (what: string) => `This save is damaged: ${what}`;

/** A whole number in min–max, named `what` in messages. */
export function int(what: string, min: number, max: number) {
  const outside = (issue: { input: unknown }) => damaged(`${what} (${String(issue.input)}) is outside ${min}–${max}.`);
  return v.pipe(
    v.number(damaged(`${what} is not a whole number.`)),
    v.integer(damaged(`${what} is not a whole number.`)),
    v.minValue(min, outside),
    v.maxValue(max, outside),
  );
}

/**
 * `value` when it lies in min–max, else the same sentence `int` gives. For
 * ranges that depend on data read before (the history's ids and references):
 * the cell's schema is built once with the widest range, and this narrows it
 * without building a schema per row, which made decoding a long save 3× slower.
 */
export function within(value: number, what: string, min: number, max: number): number {
  if (value < min || value > max) fail(damaged(`${what} (${value}) is outside ${min}–${max}.`));
  return value;
}

/** A finite number no larger than `limit` either way. */
export function num(what: string, limit: number) {
  return v.pipe(
    v.number(damaged(`${what} is not a number.`)),
    v.finite(damaged(`${what} is not a number.`)),
    v.check((n) => Math.abs(n) <= limit, damaged(`${what} is far too large to be real.`)),
  );
}

/** A moment in milliseconds since the epoch: never before 1970 (a clock cannot go there), never past the largest date. */
export function time(what: string) {
  return v.pipe(
    v.number(damaged(`${what} is not a number.`)),
    v.finite(damaged(`${what} is not a number.`)),
    v.check(
      (n) => n >= 0,
      (issue) => damaged(`${what} (${String(issue.input)}) is before 1970, not a possible time.`),
    ),
    v.check((n) => n <= 8.64e15, damaged(`${what} is far too large to be real.`)),
  );
}

/** Text of at most `maxLength` characters. */
export function text(what: string, maxLength: number) {
  return v.pipe(
    v.string(damaged(`${what} is not text.`)),
    v.maxLength(maxLength, `This save is too large to be real: ${what} is over ${maxLength} characters.`),
  );
}

/** A list of at most `maxLength` items, each checked by `item`. */
export function list<T extends v.GenericSchema>(item: T, what: string, maxLength: number) {
  return v.pipe(
    v.array(item, damaged(`${what} is not a list.`)),
    v.maxLength(maxLength, `This save is too large to be real: ${what} has over ${maxLength} entries.`),
  );
}

/** A group of named values (a JSON object). */
export function group<T extends v.ObjectEntries>(entries: T, what: string) {
  return v.object(entries, damaged(`${what} is missing or not a group of values.`));
}

/**
 * A group of values under names the data chooses (stats by variable, endings by id). Not valibot's record():
 * that drops the names `__proto__`, `prototype` and `constructor`, which are fine ink variable and ending
 * names, so a save would quietly lose them. The output is built with Object.fromEntries, which makes each
 * name an own property and never touches a prototype.
 */
export function dictionary<K extends v.GenericSchema<string, string>, V extends v.GenericSchema>(key: K, value: V, message: string) {
  return v.pipe(
    v.custom<Record<string, unknown>>((input) => typeof input === 'object' && input !== null && !Array.isArray(input), message),
    v.rawTransform(({ dataset, addIssue, NEVER }) => {
      const out: [v.InferOutput<K>, v.InferOutput<V>][] = [];
      for (const [name, item] of Object.entries(dataset.value)) {
        const checked = [v.safeParse(key, name), v.safeParse(value, item)] as const;
        const issue = checked[0].issues?.[0] ?? checked[1].issues?.[0];
        if (issue || !checked[0].success || !checked[1].success) {
          addIssue({ message: issue?.message ?? message });
          return NEVER;
        }
        out.push([checked[0].output, checked[1].output]);
      }
      return Object.fromEntries(out) as Record<v.InferOutput<K>, v.InferOutput<V>>;
    }),
  );
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

/** Checks `value` against `schema` and returns its typed output; throws a SaveProblem with the first issue's sentence. */
export function readWith<T extends v.GenericSchema>(schema: T, value: unknown): v.InferOutput<T> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (!result.success) fail(sentence(schema, result.issues[0]));
  return result.output;
}

/**
 * The issue's sentence. A missing field is reported by valibot as an issue of
 * the object ("Invalid key…"); the field's own schema knows how to name it, so
 * ask that schema what it would say of a missing value.
 */
function sentence(root: v.GenericSchema, issue: v.BaseIssue<unknown>): string {
  if (issue.kind !== 'schema' || issue.type !== 'object' || issue.input !== undefined || !issue.path) return issue.message;
  let schema: unknown = root;
  for (const item of issue.path) {
    const entries = (schema as { entries?: Record<string, unknown> }).entries;
    schema = entries && typeof item.key === 'string' ? entries[item.key] : (schema as { item?: unknown }).item;
  }
  const again = schema ? v.safeParse(schema as v.GenericSchema, undefined) : null;
  const key = issue.path.at(-1)?.key;
  return again && !again.success && again.issues[0] ? again.issues[0].message : damaged(`its ${String(key)} is missing.`);
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
