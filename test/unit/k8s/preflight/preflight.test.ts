// The SDK is ESM-only; only its checkAccess is touched, and each test passes its own.
jest.mock('@openshift-console/dynamic-plugin-sdk', () => ({ checkAccess: jest.fn() }));

import { checkPermission, needsFor } from '../../../../src/k8s/preflight/permission';
import { readClusterSnapshot } from '../../../../src/k8s/preflight/snapshot';
import type { KubeObject } from '../../../../src/appliance/types';

const vm = {
  kind: 'VirtualMachine',
  metadata: { name: 'a' },
  spec: { dataVolumeTemplates: [{ metadata: { name: 'a-root' } }] },
} as KubeObject;
const secret = { kind: 'Secret', metadata: { name: 'a-ci' } } as KubeObject;

describe('reading the target namespace for the pre-flight checks', () => {
  it('reads each kind once, adds default’s networks, and leaves a refused list unknown', async () => {
    const calls: string[] = [];
    const client = {
      list: async (kind: string, ns?: string) => {
        calls.push(`${kind}@${ns ?? '*'}`);
        if (kind === 'Secret') throw Object.assign(new Error('forbidden'), { code: 403 });
        if (kind === 'NetworkAttachmentDefinition')
          return [{ kind, metadata: { name: `nad-${ns}`, namespace: ns } } as KubeObject];
        return [];
      },
    };
    const s = await readClusterSnapshot(client, 'team-a');
    expect(s.secrets).toBeUndefined();
    expect(s.virtualMachines).toEqual([]);
    expect(s.networkAttachmentDefinitions?.map((n) => n.metadata?.name)).toEqual([
      'nad-team-a',
      'nad-default',
    ]);
    expect(calls).toContain('StorageClass@*');
    expect(new Set(calls).size).toBe(calls.length);
  });
});

describe('permission (semantics §10.1)', () => {
  it('asks for create on the VM, its Secrets and its DataVolumes', () => {
    expect(needsFor([secret, vm]).map((n) => n.resource)).toEqual([
      'virtualmachines',
      'secrets',
      'datavolumes',
    ]);
  });

  it('is an error naming each kind the user may not create, and passes when all are allowed', async () => {
    const deny = (resource: string) =>
      (async (a: { resource: string }) => ({
        status: { allowed: a.resource !== resource },
      })) as unknown as Parameters<typeof checkPermission>[2];
    const denied = await checkPermission([secret, vm], 'team-a', deny('secrets'));
    expect(denied.state).toBe('error');
    expect(denied.findings.map((f) => f.params)).toEqual([{ kind: 'Secret', namespace: 'team-a' }]);
    const ok = await checkPermission([secret, vm], 'team-a', deny('nothing'));
    expect([ok.state, ok.findings]).toEqual(['pass', []]);
  });
});
