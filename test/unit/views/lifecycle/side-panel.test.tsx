/** @jest-environment jsdom */
import './jsdom-globals';
import { act, fireEvent, render, screen } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { KubeObject } from '../../../../src/appliance/types';
import { lifecycleMembers, type LifecycleObjects } from '../../../../src/lifecycle/counts';
import LifecycleSidePanel from '../../../../src/views/lifecycle/LifecycleSidePanel';

const k8sCreate = jest.fn();
const k8sPatch = jest.fn();
let access: [boolean, boolean] = [true, false];

jest.mock('@openshift-console/dynamic-plugin-sdk', () => ({
  k8sCreate: (opts: unknown) => k8sCreate(opts),
  k8sPatch: (opts: unknown) => k8sPatch(opts),
  useAccessReview: () => access,
}));

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ lng: 'en', resources: {}, fallbackLng: false });
});

beforeEach(() => {
  k8sCreate.mockReset().mockResolvedValue({});
  k8sPatch.mockReset().mockResolvedValue({});
  access = [true, false];
});

const vm = (name: string): KubeObject => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name, namespace: 'demo' },
});

const objects: LifecycleObjects = {
  virtualMachines: [vm('web'), vm('db')],
  snapshots: [],
  clones: [],
  pvcs: [],
  dataSources: [
    {
      metadata: {
        name: 'sealed-ds',
        namespace: 'demo',
        labels: { 'appliance.kubevirt.io/sealed': 'true' },
      },
    },
  ],
  dataImportCrons: [],
};

/** The project's tests query `data-test`, not testing-library's `data-testid`. */
const byTest = (id: string): HTMLElement => {
  const el = document.querySelector<HTMLElement>(`[data-test="${id}"]`);
  if (!el) throw new Error(`no element with data-test="${id}"`);
  return el;
};

const renderPanel = (selectedId: string, scopePath = '/k8s/ns/demo') =>
  render(
    <MemoryRouter>
      <LifecycleSidePanel
        selectedId={selectedId}
        objects={objects}
        members={lifecycleMembers(objects)}
        scopePath={scopePath}
      />
    </MemoryRouter>,
  );

describe('LifecycleSidePanel', () => {
  it('lists a node’s objects as console links', () => {
    renderPanel('vm');
    const links = screen.getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      '/k8s/ns/demo/kubevirt.io~v1~VirtualMachine/db',
      '/k8s/ns/demo/kubevirt.io~v1~VirtualMachine/web',
    ]);
  });

  it('says when a node has nothing observable in a cluster', () => {
    renderPanel('ova');
    expect(screen.getByText(/Nothing in a cluster stands for this stage/)).toBeTruthy();
  });

  it('creates a VirtualMachineSnapshot of the chosen VM from the snapshot edge', async () => {
    const { container } = renderPanel('edge-12');
    expect(container.textContent).toContain('snapshot.kubevirt.io/v1beta1 VirtualMachineSnapshot');
    fireEvent.change(byTest('lifecycle-snapshot-choice'), {
      target: { value: 'demo/db' },
    });
    fireEvent.change(byTest('lifecycle-snapshot-name'), {
      target: { value: 'db-before-upgrade' },
    });
    await act(async () => {
      fireEvent.click(byTest('lifecycle-snapshot-submit'));
    });
    expect(k8sCreate).toHaveBeenCalledTimes(1);
    const { model, data } = k8sCreate.mock.calls[0][0];
    expect(model.kind).toBe('VirtualMachineSnapshot');
    expect(data).toMatchObject({
      kind: 'VirtualMachineSnapshot',
      metadata: { name: 'db-before-upgrade', namespace: 'demo' },
      spec: { source: { kind: 'VirtualMachine', name: 'db' } },
    });
    expect(byTest('lifecycle-snapshot-result').textContent).toContain('db-before-upgrade');
  });

  it('refuses a bad name and explains it, without calling the API', async () => {
    renderPanel('edge-12');
    fireEvent.change(byTest('lifecycle-snapshot-name'), {
      target: { value: 'Bad_Name' },
    });
    expect(screen.getByText(/lowercase letters/)).toBeTruthy();
    const submit = byTest('lifecycle-snapshot-submit') as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
  });

  it('disables the action with the reason when the access review says no', () => {
    access = [false, false];
    renderPanel('edge-8');
    expect(byTest('lifecycle-clone-denied').textContent).toMatch(
      /not allowed to create VirtualMachineClone objects in namespace demo/,
    );
    expect((byTest('lifecycle-clone-submit') as HTMLButtonElement).disabled).toBe(true);
  });

  it('only explains sealing, with the label to set', () => {
    const { container } = renderPanel('edge-2');
    expect(container.textContent).toContain('virt-sysprep');
    expect(container.textContent).toContain('appliance.kubevirt.io/sealed');
    expect(container.querySelector('form')).toBeNull();
  });

  it('enriches a sealed DataSource with the golden-image labels', async () => {
    renderPanel('edge-3');
    fireEvent.change(screen.getByLabelText(/Default preference/), { target: { value: 'fedora' } });
    await act(async () => {
      fireEvent.click(screen.getByText('Add golden-image labels'));
    });
    expect(k8sPatch).toHaveBeenCalledTimes(1);
    expect(k8sPatch.mock.calls[0][0].data).toContainEqual({
      op: 'add',
      path: '/metadata/labels/instancetype.kubevirt.io~1default-preference',
      value: 'fedora',
    });
  });

  it('leads instantiate to the catalog and upload & download to the import page', () => {
    renderPanel('edge-6');
    expect(byTest('lifecycle-instantiate-link').getAttribute('href')).toBe(
      '/k8s/ns/demo/appliance-catalog',
    );
  });

  it('asks for a namespace before importing a bundle in all namespaces', () => {
    const { container } = renderPanel('edge-13', '/k8s/all-namespaces');
    expect(container.querySelector('[data-test="lifecycle-upload-download-link"]')).toBeNull();
    expect(byTest('lifecycle-upload-download-choose-namespace')).toBeTruthy();
  });

  it('links upload & download to the import page of the namespace', () => {
    renderPanel('edge-4');
    expect(byTest('lifecycle-upload-download-link').getAttribute('href')).toBe(
      '/k8s/ns/demo/appliance-import',
    );
  });
});
