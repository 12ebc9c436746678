import { lifecycleEdges, lifecycleGroups, lifecycleNodes } from '../../../src/lifecycle/graph';

describe('lifecycle graph (semantics §8)', () => {
  it('has the 12 nodes, 2 groups and 14 edges of the origin', () => {
    expect(lifecycleNodes).toHaveLength(12);
    expect(lifecycleGroups.map((g) => g.id)).toEqual(['mtv', 'cluster']);
    expect(lifecycleEdges.map((e) => e.index)).toEqual([...Array(14).keys()]);
  });

  it('highlights the appliance nodes, SealedVolume and edges 1-5 and 13', () => {
    expect(
      lifecycleNodes
        .filter((n) => n.highlighted)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['agnostic-appliance', 'alien-appliance', 'appliance', 'sealed-volume']);
    expect(lifecycleEdges.filter((e) => e.highlighted).map((e) => e.index)).toEqual([
      1, 2, 3, 4, 5, 13,
    ]);
  });

  it('draws the DV edge dotted and the two upload & download edges both ways', () => {
    expect(lifecycleEdges.filter((e) => e.dotted).map((e) => [e.source, e.target])).toEqual([
      ['redhat-registry', 'golden-image'],
    ]);
    expect(lifecycleEdges.filter((e) => e.bidirectional).map((e) => e.index)).toEqual([4, 13]);
  });

  it('only links nodes that exist', () => {
    const ids = new Set(lifecycleNodes.map((n) => n.id));
    for (const e of lifecycleEdges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
  });
});
