import { describe, expect, it } from 'vitest';
import type { ConsequenceFinding } from '../../../src/engine/analysis/consequence-report';
import { exploreConsequences, threadVariables } from '../../../src/engine/analysis/consequences';
import { compileFixture } from '../../support/fixtures';

const summary = (f: ConsequenceFinding) => [f.rule, 'node' in f ? f.node : f.variable, 'ending' in f ? f.ending : ''].filter(Boolean).join(' ');

describe('the consequence report', () => {
  const report = exploreConsequences(compileFixture('consequences/choices.ink'));
  const findings = report.consequences?.findings ?? [];

  it('finds one choice of each kind, and nothing at the negative controls', () => {
    expect(findings.map(summary).sort()).toEqual([
      'dead-write brave',
      'dead-write noted',
      'dropped-thread spared inn',
      'no-consequence ford.0',
      'no-consequence gate.0',
      'no-consequence road.0',
      'unanswered prisoner.0',
      'unanswered yard.0',
    ]);
  });

  it('counts each rule and says the run was complete', () => {
    expect(report.consequences?.counts).toEqual({ 'no-consequence': 3, unanswered: 2, 'dead-write': 2, 'dropped-thread': 1 });
    expect(report.consequences?.partial).toBe(false);
    expect(report.consequences?.undecided).toEqual({ choices: 0, rules: [] });
  });

  it('leaves alone a choice where one option answers, and one where all options but one are locked', () => {
    const nodes = findings.flatMap((f) => ('node' in f ? [f.node] : []));
    expect(nodes).not.toContain('shrine.0');
    expect(nodes).not.toContain('wall.0');
    expect(nodes).not.toContain('ending_choice.0');
  });

  it('gives a dropped thread an example path that reaches the ending', () => {
    const dropped = findings.find((f) => f.rule === 'dropped-thread');
    expect(dropped?.path).toEqual([1, 1, 1, 1, 0, 1, 1, 1]);
  });

  it('follows options through functions and tunnels as ink runs them', () => {
    const calls = exploreConsequences(compileFixture('consequences/calls.ink')).consequences;
    expect(calls?.findings.map(summary)).toEqual(['no-consequence market.0']);
  });

  it('reads the threads a story declares from its global tags', () => {
    expect(threadVariables(compileFixture('consequences/choices.ink'))).toEqual(['spared']);
  });

  it('says it is partial, and what it could not decide, when the budget runs out', () => {
    const partial = exploreConsequences(compileFixture('consequences/choices.ink'), { maxTurns: 3 }).consequences;
    expect(partial?.partial).toBe(true);
    expect(partial?.undecided.rules).toEqual(expect.arrayContaining(['dead-write', 'dropped-thread']));
  });
});
