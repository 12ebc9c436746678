import { StartedApiServer } from '../../preview/api/server';
import { client, startTestApi, waitFor } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */

let srv: StartedApiServer;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  srv = await startTestApi();
  api = client(srv.url);
});
afterAll(() => srv.close());
beforeEach(async () => {
  await api('POST', '/api/test/reset');
});

const QUOTA = '/api/v1/namespaces/team-a/resourcequotas/vm-quota';
const smallVm = (name: string) => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name, namespace: 'team-a' },
  spec: {
    runStrategy: 'Always',
    dataVolumeTemplates: [
      {
        metadata: { name: `${name}-root` },
        spec: {
          sourceRef: {
            kind: 'DataSource',
            name: 'fedora',
            namespace: 'openshift-virtualization-os-images',
          },
          storage: { resources: { requests: { storage: '30Gi' } } },
        },
      },
    ],
    template: {
      spec: {
        domain: {
          devices: { disks: [{ name: 'root', disk: {} }] },
          resources: { requests: { memory: '2Gi' } },
        },
        volumes: [{ name: 'root', dataVolume: { name: `${name}-root` } }],
      },
    },
  },
});

describe('what the pre-flight checks read, served as the API server does', () => {
  it('serves NetworkAttachmentDefinitions, StorageClasses (one default) and StorageProfiles', async () => {
    const nads = await api(
      'GET',
      '/apis/k8s.cni.cncf.io/v1/namespaces/demo/network-attachment-definitions',
    );
    expect(nads.status).toBe(200);
    expect(nads.body.items.map((n: any) => n.metadata.name)).toEqual(['web-backend']);
    const teamA = await api(
      'GET',
      '/apis/k8s.cni.cncf.io/v1/namespaces/team-a/network-attachment-definitions',
    );
    expect(teamA.body.items).toEqual([]);
    const classes = (await api('GET', '/apis/storage.k8s.io/v1/storageclasses')).body.items;
    expect(classes.map((c: any) => c.metadata.name).sort()).toEqual(['fast-ssd', 'standard']);
    expect(
      classes.filter(
        (c: any) =>
          c.metadata.annotations?.['storageclass.kubernetes.io/is-default-class'] === 'true',
      ),
    ).toHaveLength(1);
    const profiles = await api('GET', '/apis/cdi.kubevirt.io/v1beta1/storageprofiles', undefined);
    expect(profiles.body.items[0].status.claimPropertySets[0].accessModes).toBeDefined();
    // A developer reads storage classes too: every form needs them.
    const dev = client(srv.url, 'developer');
    expect((await dev('GET', '/apis/storage.k8s.io/v1/storageclasses')).status).toBe(200);
  });

  it('keeps a quota’s status.used current, so a tight quota runs out after one VM', async () => {
    const before = (await api('GET', QUOTA)).body;
    // team-a holds one VM already; the quota has room for one more.
    expect(before.status.used['count/virtualmachines.kubevirt.io']).toBe('1');
    const memoryBefore = before.status.used['requests.memory'];
    const created = await api(
      'POST',
      '/apis/kubevirt.io/v1/namespaces/team-a/virtualmachines',
      smallVm('one'),
    );
    expect(created.status).toBe(201);
    const after = await waitFor(async () => {
      const q = (await api('GET', QUOTA)).body;
      return q.status.used['count/virtualmachines.kubevirt.io'] === '2' ? q : undefined;
    }, 'the quota to count the VM');
    // The builder is halted (it counts no memory); the new VM runs with 2Gi and a 30Gi disk.
    expect(memoryBefore).toBe('0');
    expect(after.status.used['requests.memory']).toBe('2Gi');
    expect(after.status.used['requests.storage']).toMatch(/Gi$/);
    expect(after.status.hard['count/virtualmachines.kubevirt.io']).toBe('2');
    await api('DELETE', '/apis/kubevirt.io/v1/namespaces/team-a/virtualmachines/one');
    await waitFor(
      async () =>
        (await api('GET', QUOTA)).body.status.used['count/virtualmachines.kubevirt.io'] === '1',
      'the quota to forget the VM',
    );
  });
});
