import { Story } from 'inkjs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { liveGlobalsAt } from '../../../src/engine/analysis/explore-state-key';
import { type ExploreReport, exploreStory, indexStory } from '../../../src/engine/analysis/explorer';
import { analyseLiveness } from '../../../src/engine/analysis/story-liveness';
import { compileFlagship } from '../../story/flagship-support';
import { compileFixture } from '../../support/fixtures';

/**
 * Switches the analysis off for a baseline: with no globals known, the state key keeps every global, as it did before.
 * The unit tests share one module registry (vite.config.ts: isolate off), so the explorer an earlier file loaded is
 * dropped first, to be loaded again with this mock, and after this file the modules are loaded afresh without it.
 */
const switches = vi.hoisted(() => {
  vi.resetModules();
  return { livenessOff: false };
});
afterAll(() => {
  vi.doUnmock('../../../src/engine/analysis/story-liveness');
  vi.resetModules();
});
vi.mock('../../../src/engine/analysis/story-liveness', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/engine/analysis/story-liveness')>();
  return {
    ...actual,
    analyseLiveness: (...args: Parameters<typeof actual.analyseLiveness>) =>
      switches.livenessOff ? { globals: new Set(), byFlow: new Map(), flows: new Set() } : actual.analyseLiveness(...args),
  };
});

function withoutLiveness<T>(run: () => T): T {
  switches.livenessOff = true;
  try {
    return run();
  } finally {
    switches.livenessOff = false;
  }
}

/** The globals the state key keeps after taking `path` from the start of a fixture. */
function liveAfter(fixture: string, path: number[]): string[] {
  const json = compileFixture(fixture);
  const story = new Story(json);
  story.ContinueMaximally();
  for (const index of path) {
    story.ChooseChoiceIndex(index);
    story.ContinueMaximally();
  }
  expect(story.currentChoices.length).toBeGreaterThan(0);
  return [...liveGlobalsAt(story, indexStory(json))].sort();
}

function liveIn(fixture: string, flow: string): string[] {
  return [...(analyseLiveness(compileFixture(fixture)).byFlow.get(flow) ?? ['(no such flow)'])].sort();
}

describe('which globals a state can still touch', () => {
  it('keeps a flag live until the knot that reads it, and drops it after', () => {
    expect(liveAfter('liveness/flag-read-later.ink', [0])).toEqual(['brave']); // on the road, before the gate reads it
    expect(liveAfter('liveness/flag-read-later.ink', [0, 0, 0])).toEqual([]); // in the yard, past the gate
  });

  it('merges states that differ only in a flag nobody reads again', () => {
    const json = compileFixture('liveness/flag-read-later.ink');
    // The start once, the road and the gate twice each (brave or not), the yard once instead of twice.
    expect(exploreStory(json).limits.states).toBe(6);
    expect(withoutLiveness(() => exploreStory(json)).limits.states).toBe(7);
  });

  it('keeps every global live from a knot that diverts to a variable', () => {
    expect(liveAfter('liveness/variable-divert.ink', [0])).toEqual(['brave', 'next']);
    expect(liveIn('liveness/variable-divert.ink', 'hero')).toEqual([]);
  });

  it('keeps a flag live when only a function called later reads it', () => {
    expect(liveIn('liveness/function-read.ink', 'describe')).toEqual(['lit']);
    expect(liveAfter('liveness/function-read.ink', [0])).toEqual(['lit']); // in the hall, two steps before the call
  });

  it("keeps the caller's reads live inside a tunnel, through its return point", () => {
    expect(liveIn('liveness/tunnel-return.ink', 'wait')).toEqual([]);
    expect(liveAfter('liveness/tunnel-return.ink', [0])).toEqual(['brave']);
  });

  it('keeps a global live while a parameter passed by reference still points to it', () => {
    expect(liveIn('liveness/ref-argument.ink', 'look')).toEqual([]);
    expect(liveAfter('liveness/ref-argument.ink', [0])).toEqual(['lit']);
    expect(liveAfter('liveness/ref-argument.ink', [0, 0])).toEqual(['lit']);
  });

  it('merges states that differ only in a stat nobody touches again, and still reports its whole range at the ending', () => {
    const json = compileFixture('liveness/stat-kept.ink');
    expect(liveIn('liveness/stat-kept.ink', 'road')).toEqual([]);
    expect(liveAfter('liveness/stat-kept.ink', [0])).toEqual([]);
    const merged = exploreStory(json);
    // The start, and the road once rather than once per value of nerve; with every global kept, three.
    expect(merged.limits.states).toBe(2);
    expect(withoutLiveness(() => exploreStory(json)).limits.states).toBe(3);
    expect(merged.endings[0]?.stats).toEqual({ nerve: { min: 30, max: 70 } });
  });

  it('makes every global live where the JSON holds an object it does not understand', () => {
    const story = {
      inkVersion: 21,
      root: [
        [{ '->': 'a' }, null],
        'done',
        {
          a: [{ 'unknown?': 'x' }, 'done', null],
          b: [{ 'VAR?': 'y' }, 'done', null],
          'global decl': ['ev', 1, { 'VAR=': 'x' }, 2, { 'VAR=': 'y' }, '/ev', 'end', null],
        },
      ],
    };
    const liveness = analyseLiveness(story);
    expect([...(liveness.byFlow.get('a') ?? [])].sort()).toEqual(['x', 'y']);
    expect([...(liveness.byFlow.get('b') ?? [])]).toEqual(['y']);
  });
});

/** What the explorer finds, leaving out what depends on the order it met states in (counts, example paths, problem numbering). */
function findings(report: ExploreReport) {
  const names = new Map(report.graph.nodes.map((n) => [n.id, n.kind === 'choice' || n.kind === 'ending' ? n.id : n.label]));
  return {
    complete: report.limits.complete,
    endings: report.endings.map((e) => ({ id: e.id, title: e.title, stats: e.stats })).sort((a, b) => a.id.localeCompare(b.id)),
    unreachedEndings: report.unreachedEndings,
    deadEnds: report.deadEnds.map((d) => `${d.reason} ${d.from} ${d.message}`).sort(),
    errors: report.errors.map((e) => `${e.from} ${e.message}`).sort(),
    coverage: report.coverage,
    edges: report.graph.edges.map((e) => `${e.from} ${e.choice} ${names.get(e.to)}`).sort(),
  };
}

describe('exploring with live globals only', () => {
  // Every fixture that declares globals and can be explored to the end (the rest have nothing to leave out, or never finish).
  const fixtures = [
    'devloop/main.ink',
    'explorer/multi/main.ink',
    'explorer/sensitive.ink',
    'map/branches.ink',
    'random.ink',
    'stats.ink',
    'liveness/flag-read-later.ink',
    'liveness/variable-divert.ink',
    'liveness/function-read.ink',
    'liveness/tunnel-return.ink',
    'liveness/ref-argument.ink',
    'liveness/stat-kept.ink',
  ];

  it.each(fixtures)('finds the same in %s as with every global kept', (fixture) => {
    const json = compileFixture(fixture);
    const before = withoutLiveness(() => exploreStory(json));
    const after = exploreStory(json);
    expect(before.limits.complete).toBe(true);
    expect(findings(after)).toEqual(findings(before));
    expect(after.limits.states).toBeLessThanOrEqual(before.limits.states);
  });

  // The walk that keeps every global grew to about 53,000 states with the story's revision (about 70 s on an idle
  // 2-core machine, 150 s under load): the timeout is a hang guard, not a budget.
  it('finds the same in the flagship story, in fewer states', { timeout: 400_000 }, () => {
    const json = compileFlagship();
    const caps = { maxStates: 1_000_000, maxTurns: 5_000_000 };
    const before = withoutLiveness(() => exploreStory(json, caps));
    const after = exploreStory(json, caps);
    expect(before.limits.complete).toBe(true);
    expect(findings(after)).toEqual(findings(before));
    expect(after.limits.states).toBeLessThan(before.limits.states);
  });
});
