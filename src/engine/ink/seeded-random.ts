/**
 * mulberry32: a small, well-known seeded generator for tools that pick
 * choices (random walks, benchmarks, generated test stories). ink's own PRNG
 * is left alone, so the story's randomness stays the story's.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
