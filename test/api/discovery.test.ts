import { StartedApiServer } from '../../preview/api/server';
import { client, startTestApi } from './helpers';

let srv: StartedApiServer;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  srv = await startTestApi();
  api = client(srv.url);
});
afterAll(() => srv.close());

describe('discovery', () => {
  it('lists the core version at /api', async () => {
    const r = await api('GET', '/api');
    expect(r.status).toBe(200);
    expect(r.body.kind).toBe('APIVersions');
    expect(r.body.versions).toEqual(['v1']);
  });

  it('lists every served group with its real version at /apis', async () => {
    const r = await api('GET', '/apis');
    expect(r.body.kind).toBe('APIGroupList');
    const gv = Object.fromEntries(
      r.body.groups.map((g: { name: string; preferredVersion: { version: string } }) => [
        g.name,
        g.preferredVersion.version,
      ]),
    );
    expect(gv).toMatchObject({
      'cdi.kubevirt.io': 'v1beta1',
      'kubevirt.io': 'v1',
      'snapshot.kubevirt.io': 'v1beta1',
      'clone.kubevirt.io': 'v1beta1',
      'export.kubevirt.io': 'v1beta1',
      'instancetype.kubevirt.io': 'v1beta1',
      'authorization.k8s.io': 'v1',
      'snapshot.storage.k8s.io': 'v1',
      'project.openshift.io': 'v1',
    });
  });

  it('describes a group and its resources with scope and verbs', async () => {
    const g = await api('GET', '/apis/instancetype.kubevirt.io');
    expect(g.body.kind).toBe('APIGroup');
    expect(g.body.preferredVersion.groupVersion).toBe('instancetype.kubevirt.io/v1beta1');

    const l = await api('GET', '/apis/instancetype.kubevirt.io/v1beta1');
    expect(l.body.kind).toBe('APIResourceList');
    const it = l.body.resources.find(
      (x: { name: string }) => x.name === 'virtualmachineclusterinstancetypes',
    );
    expect(it).toMatchObject({ kind: 'VirtualMachineClusterInstancetype', namespaced: false });

    const core = await api('GET', '/api/v1');
    const names = core.body.resources.map((x: { name: string }) => x.name);
    expect(names).toEqual(
      expect.arrayContaining(['namespaces', 'persistentvolumeclaims', 'secrets']),
    );
    const vms = await api('GET', '/apis/kubevirt.io/v1');
    const vmRes = vms.body.resources.find((x: { name: string }) => x.name === 'virtualmachines');
    expect(vmRes).toMatchObject({
      namespaced: true,
      kind: 'VirtualMachine',
      shortNames: ['vm', 'vms'],
    });
    expect(vmRes.verbs).toEqual(
      expect.arrayContaining(['create', 'get', 'list', 'watch', 'patch', 'update', 'delete']),
    );
  });

  it('answers 404 with a Status for an unknown group, resource or path', async () => {
    for (const p of [
      '/apis/nope.io/v1',
      '/apis/kubevirt.io/v1/namespaces/demo/gadgets',
      '/nonsense',
    ]) {
      const r = await api('GET', p);
      expect(r.status).toBe(404);
      expect(r.body).toMatchObject({
        kind: 'Status',
        apiVersion: 'v1',
        status: 'Failure',
        reason: 'NotFound',
        code: 404,
      });
    }
  });

  it('refuses URLs outside /api/kubernetes and the test hooks', async () => {
    const r = await fetch(`${srv.url}/somewhere-else`);
    expect(r.status).toBe(404);
    expect((await r.json()).kind).toBe('Status');
  });
});
