import { applyPatch } from 'fast-json-patch';
import { nameProblem } from '../../../src/appliance/names';
import type { KubeObject } from '../../../src/appliance/types';
import {
  buildClone,
  buildRestore,
  buildSnapshot,
  enrichPatch,
  randomMac,
  suggestName,
} from '../../../src/lifecycle/actions';
import { resourceUrl } from '../../../src/lifecycle/links';
import { lifecycleEdges } from '../../../src/lifecycle/graph';
import { transitionFor } from '../../../src/lifecycle/transitions';

const counter = (): ((n: number) => Uint8Array) => {
  let next = 0;
  return (n) => Uint8Array.from({ length: n }, () => next++ % 256);
};

describe('edge actions', () => {
  const vm: KubeObject = {
    metadata: { name: 'web', namespace: 'demo' },
    spec: {
      template: {
        spec: { domain: { devices: { interfaces: [{ name: 'default' }, { name: 'data' }] } } },
      },
    },
  };

  it('builds a snapshot of the chosen VM in its namespace', () => {
    expect(buildSnapshot({ name: 'web', namespace: 'demo' }, 'web-snap')).toEqual({
      apiVersion: 'snapshot.kubevirt.io/v1beta1',
      kind: 'VirtualMachineSnapshot',
      metadata: { name: 'web-snap', namespace: 'demo' },
      spec: { source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'web' } },
    });
  });

  it('restores into the VM the snapshot was taken of', () => {
    const snapshot = buildSnapshot({ name: 'web', namespace: 'demo' }, 'web-snap');
    const restore = buildRestore(snapshot, 'web-restore');
    expect(restore.spec).toEqual({
      target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'web' },
      virtualMachineSnapshotName: 'web-snap',
    });
    expect(restore.metadata?.namespace).toBe('demo');
  });

  it('clones with new MAC addresses for every interface and a new SMBIOS serial', () => {
    const clone = buildClone({ kind: 'VirtualMachine', object: vm }, 'web-2', counter());
    const spec = clone.spec as Record<string, unknown>;
    expect(Object.keys(spec.newMacAddresses as object)).toEqual(['default', 'data']);
    expect(spec.newSMBiosSerial).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(spec.target).toEqual({ apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'web-2' });
    expect(spec.source).toEqual({ apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'web' });
  });

  it('clones from a snapshot through the snapshot API group', () => {
    const snapshot: KubeObject = { metadata: { name: 's1', namespace: 'demo' } };
    const clone = buildClone({ kind: 'VirtualMachineSnapshot', object: snapshot }, 'n', counter());
    expect((clone.spec as { source: unknown }).source).toEqual({
      apiGroup: 'snapshot.kubevirt.io',
      kind: 'VirtualMachineSnapshot',
      name: 's1',
    });
  });

  it('makes locally administered unicast MAC addresses', () => {
    const mac = randomMac(() => Uint8Array.from([0xff, 1, 2, 3, 4, 5]));
    expect(mac).toBe('fe:01:02:03:04:05');
  });

  it('enriches a DataSource with and without existing labels', () => {
    const bare: KubeObject = { metadata: { name: 'sealed' } };
    const patched = applyPatch(structuredClone(bare), enrichPatch(bare, 'fedora', 'u1.medium'))
      .newDocument as KubeObject;
    expect(patched.metadata?.labels).toEqual({
      'instancetype.kubevirt.io/default-preference': 'fedora',
      'instancetype.kubevirt.io/default-instancetype': 'u1.medium',
    });
    const labelled: KubeObject = { metadata: { name: 's', labels: { a: 'b' } } };
    const ops = enrichPatch(labelled, 'rhel.9');
    expect(ops).toHaveLength(1);
    expect(
      (applyPatch(structuredClone(labelled), ops).newDocument as KubeObject).metadata?.labels,
    ).toEqual({ a: 'b', 'instancetype.kubevirt.io/default-preference': 'rhel.9' });
  });

  it('checks new names like Kubernetes does', () => {
    expect(nameProblem('')).toBe('Enter a name.');
    expect(nameProblem('Web')).toMatch(/lowercase/);
    expect(nameProblem('a'.repeat(64))).toMatch(/63/);
    expect(nameProblem('web-1')).toBeUndefined();
    expect(suggestName('x'.repeat(70), 'snapshot')).toHaveLength(63);
    expect(nameProblem(suggestName('x'.repeat(70), 'snapshot'))).toBeUndefined();
  });
});

describe('transitions', () => {
  it('explains every edge and names the API where there is one', () => {
    for (const edge of lifecycleEdges) {
      const t = transitionFor(edge);
      expect(t.explanation.length).toBeGreaterThan(20);
      if (t.action && t.action !== 'seal') expect(t.api).toBeDefined();
    }
    expect(transitionFor(lifecycleEdges[2]).api).toBeUndefined();
    expect(transitionFor(lifecycleEdges[12]).action).toBe('snapshot');
    expect(() => transitionFor({ index: 99 })).toThrow(/99/);
  });
});

describe('resourceUrl', () => {
  it('addresses custom resources by group~version~Kind and PVCs by plural', () => {
    expect(resourceUrl({ kind: 'VirtualMachine', name: 'web', namespace: 'demo' })).toBe(
      '/k8s/ns/demo/kubevirt.io~v1~VirtualMachine/web',
    );
    expect(resourceUrl({ kind: 'PersistentVolumeClaim', name: 'd', namespace: 'demo' })).toBe(
      '/k8s/ns/demo/persistentvolumeclaims/d',
    );
  });
});
