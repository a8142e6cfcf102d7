/**
 * A story report of 69 places for the map's readability tests, shaped the
 * way long ink stories are: a prologue in a row from the start, a hub with a
 * side loop that comes back to it, three long ways on that meet at a gate,
 * and two ways from there to four endings. And a reader who walked the
 * prologue, went round the loop once, took the first way and stands at the
 * gate. Written out by hand rather than explored, so the map test needs no
 * story build.
 */
import type { GraphEdge, GraphNode } from '../../src/engine/analysis/explore-report';
import type { StoryReport } from '../../src/engine/analysis/story-report';
import type { MapPoints } from '../../src/engine/history/map-points';

/** A place's label is in the reader's words (explore-collector.ts): here a `# map:`-like "Step 3" from its stitch. */
const words = (flow: string) => {
  const stitch = flow.split('.')[1] ?? '';
  return stitch ? `${stitch.charAt(0).toUpperCase()}${stitch.slice(1).replace(/_/g, ' ')}` : '';
};
const place = (flow: string, scene: string | null): GraphNode => ({ id: `${flow}.0`, kind: 'choice', label: words(flow), flow, scene });
const ending = (id: string, title: string): GraphNode => ({ id: `ending:${id}`, kind: 'ending', label: title, flow: '', scene: null });
const ids = (knot: string, n: number) => Array.from({ length: n }, (_, i) => `${knot}.step_${i + 1}`);

const PROLOGUE = ids('prologue', 9);
const LOOP = ids('wander', 4);
const WAYS = [ids('river', 12), ids('forest', 12), ids('ridge', 12)];
const LOW = ids('low', 6);
const HIGH = ids('high', 6);

export function longMapReport(): { report: StoryReport; points: MapPoints } {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const add = (flow: string, scene: string | null = null) => {
    nodes.push(place(flow, scene));
  };
  const link = (from: string, to: string, text: string, n = 0) => {
    edges.push({ from: from.startsWith('ending:') ? from : `${from}.0`, to: to.startsWith('ending:') ? to : `${to}.0`, choice: `${from}.0.c-${n}`, text });
  };
  const row = (flows: string[], from: string, to: string, scene: string) => {
    for (const f of flows) add(f, scene);
    for (const [i, f] of [from, ...flows].entries()) link(f, flows[i] ?? to, 'Go on.');
  };

  for (const f of PROLOGUE) add(f, 'The Road In');
  for (const [i, f] of PROLOGUE.entries()) link(f, PROLOGUE[i + 1] ?? 'hub', 'Walk on.');
  add('hub', 'The Crossroads');
  row(LOOP, 'hub', 'hub', 'The Market');
  for (const [i, way] of WAYS.entries()) row(way, 'hub', 'gate', ['The River', 'The Forest', 'The Ridge'][i] ?? '');
  // The loop and the three ways leave the hub by different choices.
  edges.forEach((e, i) => {
    if (e.from === 'hub.0') edges[i] = { ...e, choice: `hub.0.c-${i}` };
  });
  add('gate', 'The Gate');
  row(LOW, 'gate', 'cliff', 'The Low Road');
  row(HIGH, 'gate', 'ford', 'The High Road');
  edges.forEach((e, i) => {
    if (e.from === 'gate.0') edges[i] = { ...e, choice: `gate.0.c-${i}` };
  });
  add('cliff', 'The Cliff');
  add('ford', 'The Ford');
  nodes.push(ending('fall', 'The Fall'), ending('climb', 'The Climb'), ending('swim', 'The Swim'), ending('wade', 'Across'));
  link('cliff', 'ending:fall', 'Let go.', 0);
  link('cliff', 'ending:climb', 'Hold on.', 1);
  link('ford', 'ending:swim', 'Swim.', 0);
  link('ford', 'ending:wade', 'Wade.', 1);

  const report: StoryReport = {
    fingerprint: 'long-map',
    endings: [
      { id: 'fall', title: 'The Fall' },
      { id: 'climb', title: 'The Climb' },
      { id: 'swim', title: 'The Swim' },
      { id: 'wade', title: 'Across' },
    ],
    graph: { start: `${PROLOGUE[0]}.0`, nodes, edges },
    flows: [],
    complete: true,
  };

  const route = [...PROLOGUE, 'hub', ...LOOP, 'hub', ...(WAYS[0] ?? []), 'gate'].map((f) => `${f}.0`);
  const moves = route.slice(1).map((to, i) => {
    const from = route[i] ?? '';
    const edge = edges.find((e) => e.from === from && e.to === to);
    return { from, to, choice: edge?.choice ?? '', text: edge?.text ?? '', onPath: true };
  });
  const visited = [...new Set(route)];
  const points: MapPoints = {
    byGraphNode: Object.fromEntries(visited.map((id) => [id, [route.lastIndexOf(id)]])),
    current: 'gate.0',
    visited,
    takenChoices: moves.map((m) => m.choice),
    pathChoices: moves.map((m) => m.choice),
    moves,
    names: {},
  };
  return { report, points };
}
