import { consoleReference, resourceUrl } from '../../../src/k8s/models';
import { isOwnedBy } from '../../../src/k8s/owners';
import {
  candidateNamespaces,
  errorMessage,
  isForbidden,
  visibleNamespaces,
  watchScope,
} from '../../../src/k8s/scope';

const OS = 'openshift-virtualization-os-images';
const KV = 'kubevirt-os-images';

describe('DataSource watch scope', () => {
  it('watches cluster-wide when the user may list DataSources everywhere', () => {
    expect(watchScope('demo', { clusterWide: true, namespaces: {} })).toEqual({
      clusterWide: true,
    });
  });

  it('otherwise watches only the readable namespaces among the active and golden-image ones', () => {
    expect(
      watchScope('demo', {
        clusterWide: false,
        namespaces: { demo: true, [OS]: true, [KV]: false },
      }),
    ).toEqual({ clusterWide: false, namespaces: ['demo', OS] });
    expect(watchScope(undefined, { clusterWide: false, namespaces: { [KV]: true } })).toEqual({
      clusterWide: false,
      namespaces: [KV],
    });
    expect(watchScope('secret-team', { clusterWide: false, namespaces: {} })).toEqual({
      clusterWide: false,
      namespaces: [],
    });
  });

  it('does not watch a golden-image namespace twice when it is the active one', () => {
    expect(candidateNamespaces(OS)).toEqual([OS, KV]);
  });

  it('shows the active and golden-image namespaces on a namespaced route, everything otherwise', () => {
    expect([...(visibleNamespaces('demo') ?? [])]).toEqual(['demo', OS, KV]);
    expect(visibleNamespaces(undefined)).toBeUndefined();
  });

  it('recognises "forbidden" in the shapes the console’s fetch errors take', () => {
    expect(isForbidden({ code: 403 })).toBe(true);
    expect(isForbidden({ response: { status: 403 } })).toBe(true);
    expect(isForbidden({ code: 500 })).toBe(false);
    expect(isForbidden('403')).toBe(false);
    expect(isForbidden(undefined)).toBe(false);
  });

  it('turns any error into a readable message', () => {
    expect(errorMessage({ json: { message: 'datasources is forbidden' }, message: 'x' })).toBe(
      'datasources is forbidden',
    );
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage(42)).toBe('42');
  });
});

describe('console resource URLs', () => {
  it('uses group~version~Kind for grouped kinds and plurals for core kinds', () => {
    expect(
      resourceUrl(
        { group: 'cdi.kubevirt.io', version: 'v1beta1', kind: 'DataSource' },
        'demo',
        'web',
      ),
    ).toBe('/k8s/ns/demo/cdi.kubevirt.io~v1beta1~DataSource/web');
    expect(resourceUrl({ version: 'v1', kind: 'PersistentVolumeClaim' }, 'demo', 'data')).toBe(
      '/k8s/ns/demo/persistentvolumeclaims/data',
    );
    expect(consoleReference({ version: 'v1', kind: 'Pod' })).toBe('core~v1~Pod');
  });
});

describe('companion resources', () => {
  const owner = { name: 'static-data-appliance', uid: 'u-1' };
  const pvc = (refs: object[]) => ({ metadata: { name: 'p', ownerReferences: refs } }) as never;
  const ref = { apiVersion: 'cdi.kubevirt.io/v1beta1', kind: 'DataSource', name: owner.name };

  it('finds objects owned by the DataSource, with or without the owner uid', () => {
    expect(isOwnedBy(pvc([{ ...ref, uid: 'u-1' }]), owner)).toBe(true);
    // The origin example's PVC has no uid in its ownerReference.
    expect(isOwnedBy(pvc([ref]), owner)).toBe(true);
  });

  it('ignores other owners, other kinds and a different uid', () => {
    expect(isOwnedBy(pvc([{ ...ref, uid: 'u-2' }]), owner)).toBe(false);
    expect(isOwnedBy(pvc([{ ...ref, name: 'other' }]), owner)).toBe(false);
    expect(isOwnedBy(pvc([{ ...ref, kind: 'VirtualMachine' }]), owner)).toBe(false);
    expect(isOwnedBy(pvc([{ ...ref, apiVersion: 'example.com/v1' }]), owner)).toBe(false);
    expect(isOwnedBy({ metadata: { name: 'p' } }, owner)).toBe(false);
  });
});
