/**
 * Makes inkjs's numbers behave as inklecate's for as long as the terminal
 * player runs. Floats print as .NET writes a single-precision float
 * (src/tooling/ink-float-text.ts): inkjs turns a float into text in two
 * places, its `toString` (a value written out with `{x}`) and its cast to a
 * string (`"a" + x`). And integer division and INT() truncate toward zero, as
 * C# does, where inkjs floors (`{-7 / 2}` is -3 in inklecate, -4 in inkjs).
 * The classes are not exported by inkjs's bundle, so they are taken from a
 * one-line story; everything is put back when play ends, so nothing else in
 * the process behaves differently.
 */
import { buildStory } from '../engine/ink/ink-json';
import { inkFloatText } from '../tooling/ink-float-text';

interface FloatPrototype {
  toString(this: { value: number }): string;
  Cast(this: { value: number; valueType: number }, type: number): unknown;
}

// ink's ValueType values.
const INT = 0;
const FLOAT = 1;
const STRING = 3;

type Operation = (...args: number[]) => number;
interface NativeCall {
  constructor: { _nativeFunctions?: Map<string, { _operationFuncs?: Map<number, Operation> | null }> | null };
}

/** Swaps ink's own operation for one value type; returns the way back. */
function swapOperation(name: string, type: number, op: Operation): () => void {
  const probe = buildStory({ inkVersion: 21, root: ['ev', 7, 2, '/', 'pop', '/ev', 'done', null], listDefs: {} });
  const call = (probe as unknown as { mainContentContainer: { content: NativeCall[] } }).mainContentContainer.content[3];
  const ops = call?.constructor._nativeFunctions?.get(name)?._operationFuncs;
  const own = ops?.get(type);
  if (!ops || !own) return () => {};
  ops.set(type, op);
  return () => ops.set(type, own);
}

function floatPrototype(): FloatPrototype | null {
  const probe = buildStory({ inkVersion: 21, root: [1.5, 'done', null], listDefs: {} });
  const content = (probe as unknown as { mainContentContainer: { content: object[] } }).mainContentContainer.content;
  const value = content[0];
  return value && 'valueType' in value ? (Object.getPrototypeOf(value) as FloatPrototype) : null;
}

/** Switches inkjs's numbers over to inklecate's; the function returned switches them back. */
export function useInklecateNumbers(): () => void {
  const floats = useInklecateFloats();
  const divide = swapOperation('/', INT, (x = 0, y = 1) => Math.trunc(x / y));
  const toInt = swapOperation('INT', FLOAT, (x = 0) => Math.trunc(x));
  return () => {
    toInt();
    divide();
    floats();
  };
}

function useInklecateFloats(): () => void {
  const proto = floatPrototype();
  if (!proto || Object.hasOwn(proto, 'inklecate')) return () => {};
  const own = { toString: Object.getOwnPropertyDescriptor(proto, 'toString'), Cast: Object.getOwnPropertyDescriptor(proto, 'Cast') };
  const cast = proto.Cast;
  Object.defineProperty(proto, 'inklecate', { value: true, configurable: true });
  proto.toString = function floatText() {
    return inkFloatText(this.value);
  };
  proto.Cast = function castTo(type) {
    const result = cast.call(this, type);
    if (type !== STRING || this.valueType === STRING) return result;
    // A StringValue's constructor takes the text; the cast's own result supplies the class.
    const StringValue = (result as { constructor: new (text: string) => unknown }).constructor;
    return new StringValue(inkFloatText(this.value));
  };
  return () => {
    delete (proto as { inklecate?: boolean }).inklecate;
    for (const [name, descriptor] of Object.entries(own)) {
      if (descriptor) Object.defineProperty(proto, name, descriptor);
      else delete (proto as unknown as Record<string, unknown>)[name];
    }
  };
}
