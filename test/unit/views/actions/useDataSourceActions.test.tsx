/** @jest-environment jsdom */
import '../catalog/jsdom-polyfills';
import { renderHook } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { KubeObject } from '../../../../src/appliance';
import { useDataSourceActions } from '../../../../src/views/actions/useDataSourceActions';

const mockActive = { ns: 'demo' };
jest.mock('@openshift-console/dynamic-plugin-sdk', () => ({
  useActiveNamespace: () => [mockActive.ns, () => undefined],
}));

beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: {} },
    showSupportNotice: false,
  });
});

const ds = (labels: Record<string, string>): KubeObject => ({
  apiVersion: 'cdi.kubevirt.io/v1beta1',
  kind: 'DataSource',
  metadata: { name: 'fedora', namespace: 'openshift-virtualization-os-images', labels },
  spec: { source: { pvc: { name: 'x' } } },
});
const golden = ds({ 'instancetype.kubevirt.io/default-preference': 'fedora' });

const run = (resource: KubeObject) =>
  renderHook(() => useDataSourceActions(resource as never)).result.current;

test('offers Create VirtualMachine into the active namespace, checked by an access review', () => {
  mockActive.ns = 'demo';
  const [actions, loaded] = run(golden);
  expect(loaded).toBe(true);
  expect(actions).toHaveLength(1);
  expect(actions[0]).toMatchObject({
    id: 'appliance-create-vm',
    label: 'Create VirtualMachine',
    cta: {
      href: '/k8s/ns/demo/appliance-create?source=openshift-virtualization-os-images%2Ffedora',
    },
    accessReview: {
      group: 'kubevirt.io',
      resource: 'virtualmachines',
      verb: 'create',
      namespace: 'demo',
    },
  });
});

test("on all namespaces the DataSource's namespace is the target", () => {
  mockActive.ns = '#ALL_NS#';
  const [actions] = run(golden);
  expect(actions[0].accessReview?.namespace).toBe('openshift-virtualization-os-images');
});

test('offers nothing for a DataSource that is neither golden image nor appliance', () => {
  expect(run(ds({}))[0]).toEqual([]);
});
