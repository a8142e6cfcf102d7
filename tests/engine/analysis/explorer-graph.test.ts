import { describe, expect, it } from 'vitest';
import { exploreStory } from '../../../src/engine/analysis/explorer';
import { compileFixture } from '../../support/fixtures';

describe('the branch graph for the story map', () => {
  const report = exploreStory(compileFixture('explorer/multi/main.ink'));
  const { graph } = report;

  it('has one node per choice point plus one per ending, however many states passed through', () => {
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(['ending:hidden', 'ending:stood', 'forest.0', 'ridge.0']);
    expect(report.limits.states).toBeGreaterThan(2);
  });

  it("labels choice points in the reader's words (the choice that led there), with the scene they belong to", () => {
    expect(graph.nodes.find((n) => n.id === 'ridge.0')).toMatchObject({ kind: 'choice', flow: 'ridge', scene: 'The Ridge', label: 'Climb to the ridge.' });
    expect(graph.nodes.find((n) => n.id === 'ending:stood')).toMatchObject({ kind: 'ending', label: 'Standing Tall' });
    expect(graph.start).toBe('forest.0');
  });

  it('draws one edge per choice, with the text the player saw', () => {
    expect(graph.edges).toEqual(
      expect.arrayContaining([
        { from: 'forest.0', to: 'ridge.0', choice: 'forest.0.c-0', text: 'Climb to the ridge.' },
        { from: 'forest.0', to: 'ending:hidden', choice: 'forest.0.c-1', text: 'Stay hidden.' },
        { from: 'ridge.0', to: 'forest.0', choice: 'ridge.0.c-2', text: 'Crawl back.' },
        { from: 'ridge.0', to: 'ending:stood', choice: 'ridge.0.c-0', text: 'Stand up.' },
      ]),
    );
    expect(graph.edges).toHaveLength(4);
  });

  it('puts dead ends and errors on the map too', () => {
    const broken = exploreStory(compileFixture('explorer/missing-ending.ink')).graph;
    expect(broken.nodes.filter((n) => n.kind === 'dead-end')).toHaveLength(2);
    expect(broken.edges.find((e) => e.text === 'Go right.')?.to).toMatch(/^dead-end:/);
  });
});
