/**
 * The explorer's frontier queues: first-in-first-out without shifting arrays,
 * plus taking from the back (depth-first) or at a seeded random position
 * (the cold queue), so a run stays deterministic for a given seed.
 */

/** A queue that can also be taken from at the back or at a chosen position, without shifting arrays. */
export class Queue<T> {
  private items: T[] = [];
  private head = 0;
  get size(): number {
    return this.items.length - this.head;
  }
  push(item: T): void {
    this.items.push(item);
  }
  take(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head++];
    // Drop the consumed part now and then so a long run does not keep every state alive.
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
  takeLast(): T | undefined {
    return this.head < this.items.length ? this.items.pop() : undefined;
  }
  /** Takes the item at `pick(size)` (0-based from the front), filling its slot with the last item. */
  takeAt(pick: (size: number) => number): T | undefined {
    if (this.size === 0) return undefined;
    const at = this.head + pick(this.size);
    const item = this.items[at];
    const last = this.items.pop();
    if (at < this.items.length && last !== undefined) this.items[at] = last;
    return item;
  }
}

/** A seeded pick in [0, size): the explorer stays deterministic for a given seed. */
export function seededIndex(seed: number): (size: number) => number {
  let a = (seed * 2654435761) >>> 0;
  return (size) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * size);
  };
}
