import { StartedApiServer } from '../../preview/api/server';
import {
  client,
  DATASOURCES,
  GOLDEN,
  openWatch,
  pvc,
  startTestApi,
  vm,
  VMS,
  waitFor,
} from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */

let srv: StartedApiServer;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  srv = await startTestApi({ controllerDelayMs: 20 });
  api = client(srv.url);
});
afterAll(() => srv.close());
beforeEach(async () => {
  await api('POST', '/api/test/reset');
});

const ready = (o: any) => o?.status?.conditions?.find((c: any) => c.type === 'Ready');
const DS = `${DATASOURCES}/demo/datasources`;
const get = async (p: string) => (await api('GET', p)).body;

describe('controllers', () => {
  it('seeds golden images Ready with reason Ready, and win2k22 not Ready with NoSource', async () => {
    const list = (await api('GET', `${DATASOURCES}/${GOLDEN}/datasources`)).body.items;
    for (const d of list) {
      const c = ready(d);
      if (d.metadata.name === 'win2k22')
        expect(c).toMatchObject({ status: 'False', reason: 'NoSource' });
      else expect(c).toMatchObject({ status: 'True', reason: 'Ready' });
    }
  });

  it('makes a DataSource Ready when its source PVC appears, and NotReady when it goes', async () => {
    const w = await openWatch(srv.url, `${DS}?watch=true&fieldSelector=metadata.name%3Dlate`);
    await api('POST', DS, {
      apiVersion: 'cdi.kubevirt.io/v1beta1',
      kind: 'DataSource',
      metadata: { name: 'late' },
      spec: { source: { pvc: { name: 'late-pvc', namespace: 'demo' } } },
    });
    await waitFor(
      async () => ready(await get(`${DS}/late`))?.reason === 'NotFound',
      'NotFound while the PVC is missing',
    );
    await api('POST', '/api/v1/namespaces/demo/persistentvolumeclaims', pvc('late-pvc'));
    await waitFor(
      async () => ready(await get(`${DS}/late`))?.status === 'True',
      'Ready once the PVC exists',
    );
    expect(ready(await get(`${DS}/late`)).reason).toBe('Ready');
    await api('DELETE', '/api/v1/namespaces/demo/persistentvolumeclaims/late-pvc');
    await waitFor(
      async () => ready(await get(`${DS}/late`))?.status === 'False',
      'not Ready once the PVC is gone',
    );
    expect(w.events.filter((e) => e.type === 'MODIFIED').length).toBeGreaterThanOrEqual(3);
    await w.close();
  });

  it('reports NoSource for a DataSource without a source', async () => {
    await api('POST', DS, {
      apiVersion: 'cdi.kubevirt.io/v1beta1',
      kind: 'DataSource',
      metadata: { name: 'empty' },
      spec: { source: {} },
    });
    await waitFor(async () => ready(await get(`${DS}/empty`))?.reason === 'NoSource', 'NoSource');
  });

  it('runs a VM with runStrategy Always through Provisioning to Running, emitting MODIFIED events', async () => {
    const w = await openWatch(srv.url, `${VMS}?watch=true&fieldSelector=metadata.name%3Dstarter`);
    await api('POST', VMS, vm('starter', { runStrategy: 'Always' }));
    await waitFor(
      async () => (await get(`${VMS}/starter`)).status?.printableStatus === 'Running',
      'Running',
    );
    const s = (await get(`${VMS}/starter`)).status;
    expect(s).toMatchObject({ printableStatus: 'Running', ready: true, created: true });
    const seen = w.events
      .filter((e) => e.type === 'MODIFIED')
      .map((e) => e.object.status?.printableStatus);
    expect(seen).toEqual(expect.arrayContaining(['Provisioning', 'Running']));
    expect(seen.indexOf('Provisioning')).toBeLessThan(seen.indexOf('Running'));
    await w.close();
  });

  it('stops a VM whose runStrategy becomes Halted', async () => {
    await api('POST', VMS, vm('stopper', { runStrategy: 'Always' }));
    await waitFor(
      async () => (await get(`${VMS}/stopper`)).status?.printableStatus === 'Running',
      'Running',
    );
    await api(
      'PATCH',
      `${VMS}/stopper`,
      { spec: { runStrategy: 'Halted' } },
      'application/merge-patch+json',
    );
    await waitFor(
      async () => (await get(`${VMS}/stopper`)).status?.printableStatus === 'Stopped',
      'Stopped',
    );
    expect((await get(`${VMS}/stopper`)).status).toMatchObject({ ready: false, created: false });
  });

  it('completes a VirtualMachineSnapshot and a restore from it', async () => {
    await api(
      'POST',
      '/apis/snapshot.kubevirt.io/v1beta1/namespaces/demo/virtualmachinesnapshots',
      {
        apiVersion: 'snapshot.kubevirt.io/v1beta1',
        kind: 'VirtualMachineSnapshot',
        metadata: { name: 'snap' },
        spec: { source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'rhel9-db' } },
      },
    );
    const snap = await waitFor(async () => {
      const s = await get(
        '/apis/snapshot.kubevirt.io/v1beta1/namespaces/demo/virtualmachinesnapshots/snap',
      );
      return s.status?.readyToUse ? s : null;
    }, 'readyToUse');
    expect(snap.status.phase).toBe('Succeeded');
    await api('POST', '/apis/snapshot.kubevirt.io/v1beta1/namespaces/demo/virtualmachinerestores', {
      apiVersion: 'snapshot.kubevirt.io/v1beta1',
      kind: 'VirtualMachineRestore',
      metadata: { name: 'restore' },
      spec: {
        target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'rhel9-db' },
        virtualMachineSnapshotName: 'snap',
      },
    });
    await waitFor(
      async () =>
        (
          await get(
            '/apis/snapshot.kubevirt.io/v1beta1/namespaces/demo/virtualmachinerestores/restore',
          )
        ).status?.complete === true,
      'restore complete',
    );
  });

  it('clones a VM into a new VM without MAC addresses or firmware identity', async () => {
    const source = await get(`${VMS}/fedora-web-01`);
    expect(source.spec.template.spec.domain.firmware.uuid).toBeTruthy();
    await api('POST', '/apis/clone.kubevirt.io/v1beta1/namespaces/demo/virtualmachineclones', {
      apiVersion: 'clone.kubevirt.io/v1beta1',
      kind: 'VirtualMachineClone',
      metadata: { name: 'copy' },
      spec: {
        source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'fedora-web-01' },
        target: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'fedora-web-01-copy' },
      },
    });
    await waitFor(
      async () =>
        (await get('/apis/clone.kubevirt.io/v1beta1/namespaces/demo/virtualmachineclones/copy'))
          .status?.phase === 'Succeeded',
      'clone Succeeded',
    );
    const target = await get(`${VMS}/fedora-web-01-copy`);
    expect(target.metadata.uid).not.toBe(source.metadata.uid);
    expect(target.metadata.labels).toEqual(source.metadata.labels);
    const dom = target.spec.template.spec.domain;
    expect(dom.firmware?.uuid).toBeUndefined();
    expect(dom.firmware?.serial).toBeUndefined();
    expect(dom.devices.interfaces.every((i: any) => i.macAddress === undefined)).toBe(true);
    const dvNames = target.spec.dataVolumeTemplates.map((t: any) => t.metadata.name);
    expect(dvNames).not.toEqual(source.spec.dataVolumeTemplates.map((t: any) => t.metadata.name));
    const volumeDvs = target.spec.template.spec.volumes
      .filter((v: any) => v.dataVolume)
      .map((v: any) => v.dataVolume.name);
    expect(volumeDvs.every((n: string) => dvNames.includes(n))).toBe(true);
  });

  it('fails a clone whose source does not exist', async () => {
    await api('POST', '/apis/clone.kubevirt.io/v1beta1/namespaces/demo/virtualmachineclones', {
      apiVersion: 'clone.kubevirt.io/v1beta1',
      kind: 'VirtualMachineClone',
      metadata: { name: 'nothing' },
      spec: { source: { apiGroup: 'kubevirt.io', kind: 'VirtualMachine', name: 'ghost' } },
    });
    await waitFor(
      async () =>
        (await get('/apis/clone.kubevirt.io/v1beta1/namespaces/demo/virtualmachineclones/nothing'))
          .status?.phase === 'Failed',
      'clone Failed',
    );
  });

  it('stops its timers on close (no writes after close)', async () => {
    const other = await startTestApi({ controllerDelayMs: 30 });
    const o = client(other.url);
    await o('POST', VMS, vm('late-start', { runStrategy: 'Always' }));
    const rv = other.api.store.rv;
    await other.close();
    await new Promise((r) => setTimeout(r, 150));
    expect(other.api.store.rv).toBe(rv);
  });
});
