/** @jest-environment jsdom */
import { renderHook } from '@testing-library/react';

type WatchAnswer = [unknown, boolean, unknown];
const sdk = {
  review: [true, false] as [boolean, boolean],
  watch: jest.fn<WatchAnswer, [unknown]>(),
};

jest.mock('@openshift-console/dynamic-plugin-sdk', () => ({
  useAccessReview: () => sdk.review,
  useK8sWatchResource: (resource: unknown) => sdk.watch(resource),
}));

import { useCompanions } from '../../../src/k8s/useCompanions';

const pvc = (name: string, owner?: string) => ({
  metadata: {
    name,
    namespace: 'demo',
    ownerReferences: owner
      ? [{ apiVersion: 'cdi.kubevirt.io/v1beta1', kind: 'DataSource', name: owner, uid: 'u1' }]
      : undefined,
  },
});

describe('useCompanions', () => {
  beforeEach(() => {
    sdk.review = [true, false];
    sdk.watch.mockReset();
  });

  it('is not loaded while the watch still answers for no resource', () => {
    // The SDK answers a null resource with [undefined, true]: that must not read as "no companions".
    sdk.watch.mockReturnValue([undefined, true, undefined]);
    const { result } = renderHook(() => useCompanions('demo', 'app', 'u1'));
    expect(result.current).toMatchObject({ loaded: false, pvcs: [] });
  });

  it('lists the PVCs the DataSource owns once the list arrives', () => {
    sdk.watch.mockReturnValue([[pvc('shared', 'app'), pvc('other')], true, undefined]);
    const { result } = renderHook(() => useCompanions('demo', 'app', 'u1'));
    expect(result.current.loaded).toBe(true);
    expect(result.current.pvcs.map((p) => p.metadata?.name)).toEqual(['shared']);
  });

  it('reports forbidden rather than empty when the user may not list PVCs', () => {
    sdk.review = [false, false];
    sdk.watch.mockReturnValue([undefined, true, undefined]);
    const { result } = renderHook(() => useCompanions('demo', 'app', 'u1'));
    expect(result.current).toMatchObject({ loaded: true, forbidden: true });
    expect(sdk.watch).toHaveBeenLastCalledWith(null);
  });
});
