/**
 * Makes inkjs print floats as inklecate does (src/tooling/ink-float-text.ts)
 * for as long as the terminal player runs. inkjs turns a float into text in
 * two places, its `toString` (a value written out with `{x}`) and its cast to
 * a string (`"a" + x`), both on a class its bundle does not export; the class
 * is taken from a float in a one-line story, and the two methods are put back
 * when play ends, so nothing else in the process prints differently.
 */
import { buildStory } from '../engine/ink/ink-json';
import { inkFloatText } from '../tooling/ink-float-text';

interface FloatPrototype {
  toString(this: { value: number }): string;
  Cast(this: { value: number; valueType: number }, type: number): unknown;
}

// ink's ValueType.String.
const STRING = 3;

function floatPrototype(): FloatPrototype | null {
  const probe = buildStory({ inkVersion: 21, root: [1.5, 'done', null], listDefs: {} });
  const content = (probe as unknown as { mainContentContainer: { content: object[] } }).mainContentContainer.content;
  const value = content[0];
  return value && 'valueType' in value ? (Object.getPrototypeOf(value) as FloatPrototype) : null;
}

/** Switches float printing over; the function returned switches it back. */
export function useInklecateFloats(): () => void {
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
