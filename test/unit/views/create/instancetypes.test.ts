import type { KubeObject } from '../../../../src/appliance';
import { groupInstancetypes } from '../../../../src/views/create/instancetypes';

const it_ = (name: string, cpu?: number, memory?: string, cls?: string): KubeObject => ({
  kind: 'VirtualMachineClusterInstancetype',
  metadata: { name, labels: cls ? { 'instancetype.kubevirt.io/class': cls } : {} },
  spec: { cpu: { guest: cpu }, memory: { guest: memory } },
});

describe('groupInstancetypes', () => {
  it('groups by series, sorted by CPU then memory, with the class label', () => {
    const groups = groupInstancetypes([
      it_('u1.large', 2, '8Gi', 'general.purpose'),
      it_('o1.small', 1, '2Gi'),
      it_('u1.small', 1, '2Gi', 'general.purpose'),
      it_('u1.medium', 1, '4Gi', 'general.purpose'),
      it_('custom'),
    ]);
    expect(groups.map((g) => g.series)).toEqual(['custom', 'o1', 'u1']);
    const u1 = groups.find((g) => g.series === 'u1');
    expect(u1?.className).toBe('general.purpose');
    expect(u1?.options.map((o) => o.name)).toEqual(['u1.small', 'u1.medium', 'u1.large']);
    expect(u1?.options[1]).toEqual({ name: 'u1.medium', cpu: 1, memory: '4Gi' });
    expect(groups[0].options[0]).toEqual({ name: 'custom', cpu: undefined, memory: undefined });
  });

  it('compares memory across units', () => {
    const g = groupInstancetypes([
      it_('x.b', 1, '2G'),
      it_('x.a', 1, '1024Mi'),
      it_('x.c', 1, '1.5Gi'),
    ]);
    expect(g[0].options.map((o) => o.name)).toEqual(['x.a', 'x.c', 'x.b']);
  });
});
