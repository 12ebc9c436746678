/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from 'util';
Object.assign(globalThis, { TextEncoder, TextDecoder });
import { act, fireEvent, render, screen } from '@testing-library/react';
import '@testing-library/jest-dom';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { KubeObject } from '../../../../src/appliance/types';
import type { K8sClient } from '../../../../src/k8s/client';
import ImportBundlePage from '../../../../src/views/bundles/ImportBundlePage';
import { seedText } from '../../appliance/authoring-fixtures';
import { initTestI18n } from '../../i18n';

/** An in-memory cluster behind the page's client; each test sets what exists and what fails. */
const mockStore = {
  objects: new Map<string, KubeObject>(),
  failCreate: undefined as string | undefined,
  calls: [] as string[],
};
const key = (kind: string | undefined, ns: string | undefined, name: string | undefined) =>
  `${kind}/${ns}/${name}`;

jest.mock('../../../../src/k8s/sdk-client', () => {
  let uid = 0;
  const client: K8sClient = {
    get: async (ref, ns, name) => mockStore.objects.get(key(ref.kind, ns, name)),
    list: async () => [],
    create: async (obj, opts) => {
      const k = key(obj.kind, obj.metadata?.namespace, obj.metadata?.name);
      mockStore.calls.push(`create ${k}${opts?.dryRun ? ' (dry run)' : ''}`);
      if (mockStore.failCreate === obj.kind)
        throw Object.assign(new Error('injected'), { code: 500, json: { message: 'injected' } });
      const created = { ...obj, metadata: { ...obj.metadata, uid: `uid-${(uid += 1)}` } };
      mockStore.objects.set(k, created);
      return created;
    },
    update: async (obj) => {
      mockStore.calls.push(`update ${key(obj.kind, obj.metadata?.namespace, obj.metadata?.name)}`);
      return obj;
    },
    patch: async (obj) => obj,
    remove: async (obj) => {
      const k = key(obj.kind, obj.metadata?.namespace, obj.metadata?.name);
      mockStore.calls.push(`delete ${k}`);
      mockStore.objects.delete(k);
    },
  };
  return { sdkClient: client };
});

jest.mock('@openshift-console/dynamic-plugin-sdk', () => ({ DocumentTitle: () => null }));

beforeAll(initTestI18n);

beforeEach(() => {
  mockStore.objects.clear();
  mockStore.failCreate = undefined;
  mockStore.calls = [];
});

const renderPage = () =>
  render(
    <MemoryRouter initialEntries={['/k8s/ns/team-a/appliance-import']}>
      <Routes>
        <Route path="/k8s/ns/:ns/appliance-import" element={<ImportBundlePage />} />
      </Routes>
    </MemoryRouter>,
  );

const paste = (text: string) => {
  const area = document.querySelector('textarea') as HTMLTextAreaElement;
  fireEvent.change(area, { target: { value: text } });
};
const byTest = (id: string) => document.querySelector(`[data-test="${id}"]`) as HTMLElement | null;
const click = async (id: string) => {
  await act(async () => {
    fireEvent.click(byTest(id) as HTMLElement);
  });
};

describe('ImportBundlePage', () => {
  it('shows what will be created, then creates the DataSource before the PVC with its uid', async () => {
    renderPage();
    paste(seedText());
    expect(byTest('bundle-findings')).toHaveTextContent('CompanionOwnerUidMissing');
    expect(byTest('bundle-import')).toBeDisabled();
    await click('bundle-review');
    expect(screen.getAllByRole('row')).toHaveLength(3);
    await click('bundle-import');
    expect(byTest('bundle-imported')).toBeInTheDocument();
    expect(mockStore.calls).toEqual([
      'create DataSource/team-a/static-data-appliance',
      'create PersistentVolumeClaim/team-a/shared-static-data',
    ]);
    const pvc = mockStore.objects.get('PersistentVolumeClaim/team-a/shared-static-data');
    const ds = mockStore.objects.get('DataSource/team-a/static-data-appliance');
    expect(pvc?.metadata?.ownerReferences?.[0].uid).toBe(ds?.metadata?.uid);
  });

  it('never overwrites an existing object until the user confirms it', async () => {
    mockStore.objects.set('PersistentVolumeClaim/team-a/shared-static-data', {
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'shared-static-data', namespace: 'team-a', resourceVersion: '3' },
    });
    renderPage();
    paste(seedText());
    await click('bundle-review');
    expect(byTest('bundle-findings')).toHaveTextContent('ObjectExists');
    expect(byTest('bundle-import')).toBeDisabled();
    await act(async () => {
      fireEvent.click(document.querySelector('#bundle-overwrite') as HTMLElement);
    });
    expect(byTest('bundle-import')).toBeEnabled();
    await click('bundle-import');
    expect(mockStore.calls).toEqual([
      'create DataSource/team-a/static-data-appliance',
      'update PersistentVolumeClaim/team-a/shared-static-data',
    ]);
  });

  it('rolls back and says so when the second object fails', async () => {
    mockStore.failCreate = 'PersistentVolumeClaim';
    renderPage();
    paste(seedText());
    await click('bundle-review');
    await click('bundle-import');
    expect(byTest('bundle-import-failed')).toHaveTextContent(
      'Import failed at PersistentVolumeClaim shared-static-data; nothing was left behind.',
    );
    expect(mockStore.calls.at(-1)).toBe('delete DataSource/team-a/static-data-appliance');
    expect(mockStore.objects.size).toBe(0);
  });

  it('names what is wrong with a bundle and offers no import', async () => {
    renderPage();
    paste('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n');
    expect(byTest('bundle-findings')).toHaveTextContent('BundleWithoutDataSource');
    await click('bundle-review');
    expect(byTest('bundle-import')).toBeDisabled();
  });
});
