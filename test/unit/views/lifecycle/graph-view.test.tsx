/** @jest-environment jsdom */
import './esm-icons';
import { act, fireEvent, render } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { lifecycleCounts, lifecycleMembers } from '../../../../src/lifecycle/counts';
import { lifecycleEdges, lifecycleNodes } from '../../../../src/lifecycle/graph';
import LifecycleGraph from '../../../../src/views/lifecycle/LifecycleGraph';

beforeAll(async () => {
  // jsdom lays nothing out; topology renders only nodes inside the surface's size.
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, value: 1600 });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, value: 1200 });
  await i18next.use(initReactI18next).init({ lng: 'en', resources: {}, fallbackLng: false });
});

const emptyCounts = lifecycleCounts(
  lifecycleMembers({
    virtualMachines: [],
    snapshots: [],
    clones: [],
    pvcs: [],
    dataSources: [],
    dataImportCrons: [],
  }),
);

const transforms = (container: HTMLElement): string[] =>
  [...container.querySelectorAll('[data-kind="node"]')].map(
    (g) => g.getAttribute('transform') ?? '',
  );

describe('LifecycleGraph', () => {
  it('draws every node, edge and group of semantics §8 with its attributes', async () => {
    const { container } = render(<LifecycleGraph counts={emptyCounts} onSelect={() => {}} />);
    await act(async () => {});
    const nodes = [...container.querySelectorAll('[data-test="lifecycle-node"]')];
    expect(nodes.map((n) => n.getAttribute('data-id')).sort()).toEqual(
      lifecycleNodes.map((n) => n.id).sort(),
    );
    const highlighted = nodes
      .filter((n) => n.getAttribute('data-highlighted') === 'true')
      .map((n) => n.getAttribute('data-id'))
      .sort();
    expect(highlighted).toEqual([
      'agnostic-appliance',
      'alien-appliance',
      'appliance',
      'sealed-volume',
    ]);
    const edges = [...container.querySelectorAll('[data-test="lifecycle-edge"]')];
    expect(edges).toHaveLength(lifecycleEdges.length);
    const dv = edges.find((e) => e.getAttribute('data-label') === 'DV');
    expect(dv?.getAttribute('data-dotted')).toBe('true');
    expect(dv?.querySelector('path[stroke-dasharray]')).not.toBeNull();
    for (const e of edges) {
      const arrows = e.querySelectorAll('[data-test="lifecycle-edge-arrow"]');
      expect(arrows).toHaveLength(e.getAttribute('data-bidirectional') === 'true' ? 2 : 1);
    }
    expect(
      [...container.querySelectorAll('[data-test="lifecycle-group"]')].map((g) =>
        g.getAttribute('data-id'),
      ),
    ).toEqual(['mtv', 'cluster']);
    const ova = container.querySelector('[data-test="lifecycle-node"][data-id="ova"]');
    expect(ova?.getAttribute('data-count')).toBe('none');
  });

  it('updates counts without a new layout', async () => {
    const onLayoutEnd = jest.fn();
    const { container, rerender } = render(
      <LifecycleGraph counts={emptyCounts} onSelect={() => {}} onLayoutEnd={onLayoutEnd} />,
    );
    await act(async () => {});
    const before = transforms(container);
    expect(before.length).toBe(lifecycleNodes.length + 2);
    expect(onLayoutEnd).toHaveBeenCalledTimes(1);
    rerender(
      <LifecycleGraph
        counts={{ ...emptyCounts, 'vm-snapshot': 5 }}
        onSelect={() => {}}
        onLayoutEnd={onLayoutEnd}
      />,
    );
    await act(async () => {});
    const snap = container.querySelector('[data-test="lifecycle-node"][data-id="vm-snapshot"]');
    expect(snap?.getAttribute('data-count')).toBe('5');
    expect(transforms(container)).toEqual(before);
    expect(onLayoutEnd).toHaveBeenCalledTimes(1);
  });

  it('names each node and edge with the words it shows, in their order (label in name)', async () => {
    const { container } = render(
      <LifecycleGraph counts={{ ...emptyCounts, vm: 4 }} onSelect={() => {}} />,
    );
    await act(async () => {});
    // As axe compares them: lower case, parentheses dropped, words split at anything else.
    const words = (s: string) =>
      ` ${s
        .toLowerCase()
        .replace(/\([^()]*\)/g, '')
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean)
        .join(' ')} `;
    const elements = [
      ...container.querySelectorAll('[data-test="lifecycle-node"], [data-test="lifecycle-edge"]'),
    ];
    expect(elements).toHaveLength(lifecycleNodes.length + lifecycleEdges.length);
    for (const el of elements) {
      // The drawn texts, read together as a screen reader or axe reads them (none on two edges).
      const shown = words(el.textContent ?? '');
      if (shown.trim()) expect(words(el.getAttribute('aria-label') ?? '')).toContain(shown);
    }
    const vm = container.querySelector('[data-test="lifecycle-node"][data-id="vm"]');
    expect(vm?.textContent).toBe('VM 4');
    expect(vm?.getAttribute('aria-label')).toBe('VM: 4 objects');
    const ova = container.querySelector('[data-test="lifecycle-node"][data-id="ova"]');
    expect(ova?.getAttribute('aria-label')).toBe('OVA: not in the cluster');
    const upload = container.querySelector('[data-test="lifecycle-edge"][data-target="appliance"]');
    expect(upload?.textContent).toBe('upload & download DR use-case');
    expect(upload?.getAttribute('aria-label')).toBe(
      'upload & download, DR use-case: between VMSnapshot and Appliance',
    );
  });

  it('selects a node with Enter and an edge with a click', async () => {
    const onSelect = jest.fn();
    const { container } = render(<LifecycleGraph counts={emptyCounts} onSelect={onSelect} />);
    await act(async () => {});
    const vm = container.querySelector('[data-test="lifecycle-node"][data-id="vm"]') as Element;
    expect(vm.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(vm, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith('vm');
    const snapshot = container.querySelector(
      '[data-test="lifecycle-edge"][data-label="snapshot"]',
    ) as Element;
    fireEvent.click(snapshot);
    expect(onSelect).toHaveBeenLastCalledWith('edge-12');
  });
});
