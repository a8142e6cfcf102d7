/**
 * The dropped-thread rule over the explored state graph. A `# thread: VAR`
 * is an obligation: once VAR is set on a path, the ending that path reaches
 * must read VAR after that set. Obligations flow along the graph's edges
 * (a read on the edge discharges one, a set on the edge creates one) to a
 * fixpoint, since the explorer merges paths into shared states; any that
 * reaches an ending is a finding, with an example path to replay.
 */
import type { ThreadFinding } from './consequence-report';

export interface ThreadEvent {
  kind: 'set' | 'read';
  variable: string;
  /** Where a set happened (an ink position); '' for reads. */
  at: string;
}

/** One turn of the walk: from a state (null: the opening) by a choice, to a state or an ending. */
export interface ThreadEdge {
  from: number | null;
  choice: number | null;
  to: number | null;
  ending: string | null;
  events: ThreadEvent[];
}

interface Obligation {
  variable: string;
  at: string;
  path: number[];
}

export function droppedThreads(edges: readonly ThreadEdge[], statePaths: ReadonlyMap<number, number[]>): ThreadFinding[] {
  const outOf = new Map<number | null, ThreadEdge[]>();
  for (const edge of edges) {
    const list = outOf.get(edge.from) ?? [];
    list.push(edge);
    outOf.set(edge.from, list);
  }
  const pending = new Map<number, Map<string, Obligation>>();
  const found = new Map<string, ThreadFinding>();
  const work: (number | null)[] = [null];
  const queued = new Set<number | null>([null]);
  while (work.length > 0) {
    const from = work.pop() ?? null;
    queued.delete(from);
    const carried = from === null ? new Map<string, Obligation>() : (pending.get(from) ?? new Map());
    const base = from === null ? [] : (statePaths.get(from) ?? []);
    for (const edge of outOf.get(from) ?? []) {
      const step = edge.choice === null ? [] : [edge.choice];
      const after = new Map<string, Obligation>();
      for (const [id, o] of carried) after.set(id, { ...o, path: [...o.path, ...step] });
      for (const event of edge.events) {
        if (event.kind === 'read') {
          for (const [id, o] of after) if (o.variable === event.variable) after.delete(id);
        } else after.set(`${event.variable}|${event.at}`, { variable: event.variable, at: event.at, path: [...base, ...step] });
      }
      if (edge.ending !== null) {
        for (const o of after.values()) {
          const id = `${o.variable}|${o.at}|${edge.ending}`;
          if (!found.has(id)) found.set(id, { rule: 'dropped-thread', variable: o.variable, ending: edge.ending, at: o.at, path: o.path });
        }
      }
      if (edge.to === null) continue;
      // A state is walked once even with nothing pending: a thread may be set further on.
      let grew = !pending.has(edge.to);
      const target = pending.get(edge.to) ?? new Map<string, Obligation>();
      pending.set(edge.to, target);
      for (const [id, o] of after) {
        if (target.has(id)) continue;
        target.set(id, o);
        grew = true;
      }
      if (grew && !queued.has(edge.to)) {
        queued.add(edge.to);
        work.push(edge.to);
      }
    }
  }
  return [...found.values()];
}
