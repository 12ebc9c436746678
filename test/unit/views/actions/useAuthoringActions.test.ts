/** @jest-environment jsdom */
import { renderHook } from '@testing-library/react';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import {
  useDataSourceAuthoringActions,
  useVirtualMachineAuthoringActions,
} from '../../../../src/views/actions/useAuthoringActions';

jest.mock('react-i18next', () => ({ useTranslation: () => ({ t: (s: string) => s }) }));

const appliance = {
  apiVersion: 'cdi.kubevirt.io/v1beta1',
  kind: 'DataSource',
  metadata: {
    name: 'app',
    namespace: 'demo',
    annotations: { 'appliance.kubevirt.io/vm-spec': 'spec:\n  template:\n    spec: {}\n' },
  },
  spec: { source: { pvc: { name: 'd' } } },
} as K8sResourceCommon;

describe('authoring actions', () => {
  it('offers edit and download on an appliance, guarded by access reviews', () => {
    const { result } = renderHook(() => useDataSourceAuthoringActions(appliance));
    const [actions, loaded] = result.current;
    expect(loaded).toBe(true);
    expect(
      actions.map((a) => [a.id, a.disabled ?? false, (a.cta as { href: string }).href]),
    ).toEqual([
      ['appliance-edit-boilerplate', false, '/k8s/ns/demo/appliance-editor/app'],
      ['appliance-download-bundle', false, '/k8s/ns/demo/appliance-editor/app?download=bundle'],
    ]);
    expect(actions[0].accessReview).toMatchObject({
      verb: 'patch',
      resource: 'datasources',
      name: 'app',
    });
  });

  it('disables them with the reason on a DataSource that is not an appliance', () => {
    const plain = { ...appliance, metadata: { name: 'x', namespace: 'demo' } } as K8sResourceCommon;
    const [actions] = renderHook(() => useDataSourceAuthoringActions(plain)).result.current;
    expect(actions.every((a) => a.disabled)).toBe(true);
    expect(actions[0].disabledTooltip).toMatch(/Not an appliance/);
  });

  it('offers "Save as appliance" on a VM, disabled while it is deleted', () => {
    const vm = {
      kind: 'VirtualMachine',
      metadata: { name: 'vm1', namespace: 'demo' },
    } as K8sResourceCommon;
    const [actions] = renderHook(() => useVirtualMachineAuthoringActions(vm)).result.current;
    expect(actions).toEqual([
      expect.objectContaining({
        id: 'appliance-save-vm',
        cta: { href: '/k8s/ns/demo/appliance-new?vm=vm1' },
        accessReview: expect.objectContaining({
          verb: 'create',
          resource: 'datasources',
          namespace: 'demo',
        }),
      }),
    ]);
    const deleting = {
      ...vm,
      metadata: { ...vm.metadata, deletionTimestamp: '2026-01-01T00:00:00Z' },
    };
    const [d] = renderHook(() => useVirtualMachineAuthoringActions(deleting as K8sResourceCommon))
      .result.current;
    expect(d[0].disabled).toBe(true);
  });
});
