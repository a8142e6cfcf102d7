/**
 * A stable fingerprint of a compiled story, so a save can tell whether it is
 * being loaded onto exactly the story it was made on. It is a fast non-crypto
 * hash (cyrb53): it only has to notice edits, not resist forgery, and the
 * engine cannot use node:crypto.
 */
import type { StoryJson } from './story-session.ts';

/** cyrb53 (public domain, bryc): a 53-bit hash of a string, written in base 36. */
export function hashText(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

// Hashing a big story costs a parse and a stringify, so remember the last few.
const cache = new Map<StoryJson, string>();

/**
 * The fingerprint of a compiled story. The same story handed over as a string
 * (tests, the CLI) or as a parsed object (Vite's JSON import) must hash alike,
 * so strings are parsed and re-serialised first; a byte-order mark or
 * whitespace from the compiler does not count as an edit.
 */
export function storyFingerprint(story: StoryJson): string {
  const known = cache.get(story);
  if (known) return known;
  const canonical = JSON.stringify(typeof story === 'string' ? JSON.parse(story.replace(/^\uFEFF/, '')) : story);
  const fingerprint = hashText(canonical);
  if (cache.size >= 8) cache.clear();
  cache.set(story, fingerprint);
  return fingerprint;
}
