import { describe, expect, it } from 'vitest';
import { exploreStory } from '../../../src/engine/analysis/explorer';
import { namesOf } from '../../../src/ui/map/story-map-layout';
import { compileFixture } from '../../support/fixtures';

describe("the map's place names", () => {
  const { graph } = exploreStory(compileFixture('map/named-places.ink'));
  const authoring = /worker|dead|reckoning|names_valley|valley\b.*names|comm|_/i;

  it('names a place by the # map: tag of the choice that led there', () => {
    const camp = graph.nodes.find((n) => n.id === 'reckoning_choice.0');
    expect(camp?.label).toBe('Where Kee took the radio');
    expect(namesOf(camp ?? graph.nodes[0]!)).toEqual({ title: 'The Camp', sub: 'Where Kee took the radio' });
  });

  it('names an untagged place by the choice text that led there', () => {
    expect(graph.nodes.find((n) => n.id.startsWith('reckoning_choice.names_valley'))?.label).toBe('Leave it.');
  });

  it('never shows a knot, stitch or variable name in any place name', () => {
    for (const node of graph.nodes) {
      const { title, sub } = namesOf(node);
      expect(`${title} ${sub}`, node.id).not.toMatch(authoring);
    }
  });
});
