/**
 * Makes inkjs's numbers behave as inklecate's for as long as the terminal
 * player runs. Floats print as .NET writes a single-precision float
 * (src/tooling/ink-float-text.ts): inkjs turns a float into text in two
 * places, its `toString` (a value written out with `{x}`) and its cast to a
 * string (`"a" + x`). And integer division and INT() truncate toward zero, as
 * C# does, where inkjs floors (`{-7 / 2}` is -3 in inklecate, -4 in inkjs).
 * And arithmetic on floats gives a float even when the result is whole, where
 * inkjs makes an integer of it (`{(1.5 + 0.5) / 4}` is 0.5 in inklecate, 0 in
 * inkjs; `{1000000.0 * 10}` prints 1E+07, not 10000000).
 * The classes are not exported by inkjs's bundle, so they are taken from a
 * one-line story; everything is put back when play ends, so nothing else in
 * the process behaves differently.
 */
import { buildStory } from '../engine/ink/ink-json';
import { inkFloatText } from '../tooling/ink-float-text';

interface FloatPrototype {
  constructor: unknown;
  toString(this: { value: number }): string;
  Cast(this: { value: number; valueType: number }, type: number): unknown;
}

// ink's ValueType values.
const INT = 0;
const FLOAT = 1;
const STRING = 3;

type Operation = (...args: number[]) => number;
interface InkValue {
  valueType: number;
  value: unknown;
}
interface NativeCall {
  constructor: { _nativeFunctions?: Map<string, { _operationFuncs?: Map<number, Operation> | null }> | null };
}
interface NativeCallPrototype {
  name: string;
  CallType(this: NativeCallPrototype, parameters: InkValue[]): InkValue | null;
}

/** A native function call (the `/` of `7 / 2`), from which the class and its table of operations are reached. */
function nativeCall(): NativeCall | undefined {
  const probe = buildStory({ inkVersion: 21, root: ['ev', 7, 2, '/', 'pop', '/ev', 'done', null], listDefs: {} });
  return (probe as unknown as { mainContentContainer: { content: NativeCall[] } }).mainContentContainer.content[3];
}

/** Swaps ink's own operation for one value type; returns the way back. */
function swapOperation(name: string, type: number, op: Operation): () => void {
  const call = nativeCall();
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
  const floatResults = useFloatResults();
  const divide = swapOperation('/', INT, (x = 0, y = 1) => Math.trunc(x / y));
  const toInt = swapOperation('INT', FLOAT, (x = 0) => Math.trunc(x));
  return () => {
    toInt();
    divide();
    floatResults();
    floats();
  };
}

/**
 * inkjs wraps a binary operation's result with `Value.Create(number)`, which makes any whole number an
 * integer, so `1.5 + 0.5` is the integer 2 and the next division truncates. C# keeps it a float: so does
 * this, for every operation whose operands were floats, but INT(), whose whole point is an integer.
 */
function useFloatResults(): () => void {
  const proto = Object.getPrototypeOf(nativeCall() ?? {}) as Partial<NativeCallPrototype>;
  const FloatValue = floatPrototype()?.constructor as (new (value: number) => InkValue) | undefined;
  const callType = proto.CallType;
  const own = Object.getOwnPropertyDescriptor(proto, 'CallType');
  if (!callType || !own || !FloatValue || Object.hasOwn(proto, 'inklecate')) return () => {};
  Object.defineProperty(proto, 'inklecate', { value: true, configurable: true });
  proto.CallType = function floatStaysFloat(parameters) {
    const result = callType.call(this, parameters);
    const onFloats = parameters[0]?.valueType === FLOAT && this.name !== 'INT';
    return onFloats && result?.valueType === INT ? new FloatValue(Number(result.value)) : result;
  };
  return () => {
    delete (proto as { inklecate?: boolean }).inklecate;
    Object.defineProperty(proto, 'CallType', own);
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
