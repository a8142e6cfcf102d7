import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_MAX_STATES } from '../../src/authoring/story-report';
import { type ExploreReport, exploreStory, randomWalks, statSensitivity } from '../../src/engine/analysis/explorer';
import { indexStory } from '../../src/engine/analysis/story-index';
import { compileFlagship, knotsByScene, playRandomly, storyDir } from './flagship-support';

let json = '';
let explored: ExploreReport;

beforeAll(() => {
  json = compileFlagship();
  explored = exploreStory(json, { maxStates: REPORT_MAX_STATES });
});

describe("Kee's First Raid, explored", () => {
  it('reaches every ending the story declares, and there are at least eight', () => {
    const declared = indexStory(json).endings.map((e) => e.id);
    expect(declared.length).toBeGreaterThanOrEqual(8);
    expect(explored.endings.map((e) => e.id).sort()).toEqual([...new Set(declared)].sort());
  });

  it('gives every ending a title of its own', () => {
    const titles = explored.endings.map((e) => e.title);
    for (const e of explored.endings) expect(e.title, e.id).not.toBe(e.id);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('has no dead end and no runtime error', () => {
    expect(explored.deadEnds).toEqual([]);
    expect(explored.errors).toEqual([]);
  });

  it('visits every scene file and every knot', () => {
    const reached = new Set(explored.coverage.flows.unreached.map((u) => u.id));
    for (const [file, knots] of knotsByScene()) {
      expect(knots.length, file).toBeGreaterThan(0);
      for (const knot of knots) expect(reached.has(knot), `${file}: knot ${knot} is never reached`).toBe(false);
    }
  });

  it('reaches every choice and every stitch', () => {
    expect(explored.coverage.choices.unreached).toEqual([]);
    expect(explored.coverage.flows.unreached).toEqual([]);
  });

  for (const stat of ['nerve', 'aim', 'faith']) {
    it(`lets ${stat} decide at least three branch points`, () => {
      const sensitivity = statSensitivity(json, stat, { maxStates: 3000 });
      expect(sensitivity.choicePoints.length, sensitivity.choicePoints.join(', ')).toBeGreaterThanOrEqual(3);
    });
  }
});

describe("Kee's First Raid, played at random", () => {
  it('ends every one of 2,000 seeded playthroughs on a tagged ending, with no error', () => {
    const report = randomWalks(json, { runs: 2000, seed: 1, maxTurns: 60 });
    expect(report.errors).toEqual([]);
    expect(report.deadEnds).toEqual([]);
    expect(report.limits.cutOffByDepth).toBe(0);
    expect(report.endings.reduce((n, e) => n + e.count, 0)).toBe(2000);
  });

  it('takes 12 to 30 choices and 1,500 to 4,000 words in a playthrough', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const run = playRandomly(json, seed);
      expect(run.ending, `seed ${seed}`).not.toBeNull();
      expect(run.choices, `choices, seed ${seed}`).toBeGreaterThanOrEqual(12);
      expect(run.choices, `choices, seed ${seed}`).toBeLessThanOrEqual(30);
      expect(run.words, `words, seed ${seed}`).toBeGreaterThanOrEqual(1500);
      expect(run.words, `words, seed ${seed}`).toBeLessThanOrEqual(4000);
    }
  });

  it('sends two random playthroughs down branches that share less than half their lines', () => {
    const runs = Array.from({ length: 20 }, (_, i) => playRandomly(json, 100 + i));
    const shares: number[] = [];
    for (let i = 0; i + 1 < runs.length; i += 2) {
      const [a, b] = [runs[i], runs[i + 1]];
      if (!a || !b) continue;
      const seen = new Set(a.lines);
      const shared = b.lines.filter((l) => seen.has(l)).length;
      shares.push(shared / Math.min(a.lines.length, b.lines.length));
    }
    const mean = shares.reduce((x, y) => x + y, 0) / shares.length;
    expect(mean).toBeLessThan(0.5);
  });

  it('holds at least 10,000 words of prose', () => {
    const prose = readdirSync(path.join(storyDir, 'scenes'))
      .map((f) => readFileSync(path.join(storyDir, 'scenes', f), 'utf8'))
      .join('\n')
      .split('\n')
      .filter((line) => !/^\s*(~|=|->|\/\/|INCLUDE|VAR|LIST|CONST|[{}]|-\s*->)/.test(line))
      .map((line) =>
        line
          .replace(/#.*$/, '')
          .replace(/\{[^}]*\}/g, ' ')
          .replace(/[*+\-[\]]/g, ' '),
      )
      .join(' ');
    expect(prose.split(/\s+/).filter((w) => /[a-z]/i.test(w)).length).toBeGreaterThanOrEqual(10_000);
  });
});
