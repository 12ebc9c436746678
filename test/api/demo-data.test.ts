import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { StartedApiServer } from '../../preview/api/server';
import { demoSummary, loadDemoObjects } from '../../preview/demo-data';
import { client, DATASOURCES, GOLDEN, startTestApi } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */

const ORIGIN = path.resolve(__dirname, '../../preview/demo-data/static-data-appliance.yaml');

let srv: StartedApiServer;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  srv = await startTestApi({ controllerDelayMs: 5000 });
  api = client(srv.url);
});
afterAll(() => srv.close());

describe('demo data', () => {
  it('serves the origin appliance with its annotation byte-for-byte, in demo, with its companion PVC', async () => {
    const docs = yaml.loadAll(fs.readFileSync(ORIGIN, 'utf8')) as any[];
    const want = docs[0].metadata.annotations['appliance.kubevirt.io/vm-spec'];
    expect(want).toContain('runStrategy: Running');
    expect(want).toContain('persistenVolumeClaim');
    expect(want).toContain('password: 7lx3-sx9f-5pm9');
    const ds = (await api('GET', `${DATASOURCES}/demo/datasources/static-data-appliance`)).body;
    expect(ds.metadata.annotations['appliance.kubevirt.io/vm-spec']).toBe(want);
    expect(ds.metadata.labels['instancetype.kubevirt.io/default-instancetype']).toBe(
      'server.medium',
    );
    const p = (
      await api('GET', '/api/v1/namespaces/demo/persistentvolumeclaims/shared-static-data')
    ).body;
    expect(p.spec.accessModes).toEqual(['ReadWriteMany']);
    expect(p.metadata.ownerReferences[0]).toMatchObject({
      kind: 'DataSource',
      name: 'static-data-appliance',
      uid: ds.metadata.uid,
    });
  });

  it('serves the golden images with their default instancetype and preference labels', async () => {
    const items = (await api('GET', `${DATASOURCES}/${GOLDEN}/datasources`)).body.items;
    expect(items.map((i: any) => i.metadata.name).sort()).toEqual(
      [...demoSummary.goldenImages].sort(),
    );
    const prefs = Object.fromEntries(
      items.map((i: any) => [
        i.metadata.name,
        i.metadata.labels['instancetype.kubevirt.io/default-preference'],
      ]),
    );
    expect(prefs).toMatchObject({
      fedora: 'fedora',
      rhel9: 'rhel.9',
      'centos-stream9': 'centos.stream9',
      ubuntu: 'ubuntu',
      win2k22: 'windows.2k22',
    });
    expect(demoSummary.notReadyGoldenImages).toEqual(['win2k22']);
    const allPrefs = (
      await api('GET', '/apis/instancetype.kubevirt.io/v1beta1/virtualmachineclusterpreferences')
    ).body.items.map((i: any) => i.metadata.name);
    const allIts = (
      await api('GET', '/apis/instancetype.kubevirt.io/v1beta1/virtualmachineclusterinstancetypes')
    ).body.items.map((i: any) => i.metadata.name);
    for (const i of items) {
      expect(allPrefs).toContain(i.metadata.labels['instancetype.kubevirt.io/default-preference']);
      expect(allIts).toContain(i.metadata.labels['instancetype.kubevirt.io/default-instancetype']);
    }
  });

  it('has DataImportCrons from quay.io and one from registry.redhat.io', async () => {
    const items = (await api('GET', `${DATASOURCES}/${GOLDEN}/dataimportcrons`)).body.items;
    const urls = items.map((i: any) => i.spec.template.spec.source.registry.url);
    expect(urls.some((u: string) => u.startsWith('docker://quay.io/'))).toBe(true);
    expect(urls.filter((u: string) => u.startsWith('docker://registry.redhat.io/'))).toHaveLength(
      1,
    );
  });

  it('describes instancetypes like common-instancetypes (cpu, memory, class; n1 dedicated with hugepages)', async () => {
    const get = async (n: string) =>
      (
        await api(
          'GET',
          `/apis/instancetype.kubevirt.io/v1beta1/virtualmachineclusterinstancetypes/${n}`,
        )
      ).body;
    const medium = await get('u1.medium');
    expect(medium.spec).toMatchObject({ cpu: { guest: 1 }, memory: { guest: '4Gi' } });
    expect(medium.metadata.labels).toMatchObject({
      'instancetype.kubevirt.io/cpu': '1',
      'instancetype.kubevirt.io/memory': '4Gi',
    });
    expect(medium.metadata.labels['instancetype.kubevirt.io/class']).toBeTruthy();
    const n1 = await get('n1.xlarge');
    expect(n1.spec.cpu.dedicatedCPUPlacement).toBe(true);
    expect(n1.spec.memory.hugepages).toBeDefined();
    expect(demoSummary.instancetypes).toEqual(
      expect.arrayContaining([
        'u1.small',
        'u1.large',
        'u1.xlarge',
        'o1.medium',
        'n1.medium',
        'n1.large',
      ]),
    );
    const pref = (
      await api(
        'GET',
        '/apis/instancetype.kubevirt.io/v1beta1/virtualmachineclusterpreferences/windows.2k22',
      )
    ).body;
    expect(pref.metadata.annotations['openshift.io/display-name']).toBeTruthy();
  });

  it('has an agnostic appliance with two disks, a second network and no password, that the API accepts', async () => {
    const ds = (await api('GET', `${DATASOURCES}/demo/datasources/web-stack-appliance`)).body;
    const spec = yaml.load(ds.metadata.annotations['appliance.kubevirt.io/vm-spec']) as any;
    expect(spec.spec.dataVolumeTemplates).toHaveLength(2);
    expect(spec.spec.dataVolumeTemplates[0].spec.sourceRef).toMatchObject({
      kind: 'DataSource',
      name: 'fedora',
      namespace: GOLDEN,
    });
    expect(spec.spec.template.spec.networks.some((n: any) => n.multus)).toBe(true);
    expect(JSON.stringify(spec)).not.toMatch(/password|macAddress|uuid|serial/);
    spec.metadata.name = 'web-stack-check';
    const r = await api(
      'POST',
      '/apis/kubevirt.io/v1/namespaces/demo/virtualmachines?dryRun=All&fieldValidation=Strict',
      spec,
    );
    expect(r.status).toBe(201);
  });

  it('has VMs with and without identity, provenance, a snapshot, a clone and a sealed volume', async () => {
    const vms = (await api('GET', '/apis/kubevirt.io/v1/namespaces/demo/virtualmachines')).body
      .items;
    const running = vms.find(
      (v: any) =>
        v.status?.printableStatus === 'Running' && v.spec.template.spec.domain.firmware?.uuid,
    );
    expect(running.spec.template.spec.domain.devices.interfaces[0].macAddress).toBeTruthy();
    expect(vms.some((v: any) => v.status?.printableStatus === 'Stopped')).toBe(true);
    expect(
      vms.some(
        (v: any) => v.metadata.annotations?.['appliance.kubevirt.io/source'] === `${GOLDEN}/fedora`,
      ),
    ).toBe(true);
    const snaps = (
      await api('GET', '/apis/snapshot.kubevirt.io/v1beta1/namespaces/demo/virtualmachinesnapshots')
    ).body.items;
    expect(snaps.map((s: any) => s.metadata.name)).toEqual(demoSummary.snapshots);
    expect(snaps[0].status.readyToUse).toBe(true);
    const clones = (
      await api('GET', '/apis/clone.kubevirt.io/v1beta1/namespaces/demo/virtualmachineclones')
    ).body.items;
    expect(vms.map((v: any) => v.metadata.name)).toContain(clones[0].spec.target.name);
    const sealed = (
      await api(
        'GET',
        '/api/v1/namespaces/demo/persistentvolumeclaims?labelSelector=appliance.kubevirt.io%2Fsealed%3Dtrue',
      )
    ).body.items;
    expect(sealed.map((p: any) => p.metadata.name)).toEqual(demoSummary.sealedVolumes);
  });

  it('every demo VirtualMachine passes the API validation it enforces on others', async () => {
    for (const o of loadDemoObjects().filter((x) => x.kind === 'VirtualMachine')) {
      const copy = JSON.parse(JSON.stringify(o));
      copy.metadata.name = `${o.metadata.name}-check`;
      delete copy.status;
      const r = await api(
        'POST',
        `/apis/kubevirt.io/v1/namespaces/${o.metadata.namespace}/virtualmachines?dryRun=All&fieldValidation=Strict`,
        copy,
      );
      expect([o.metadata.name, r.status, r.body.message]).toEqual([
        o.metadata.name,
        201,
        undefined,
      ]);
    }
  });

  it('has a Ready identity-bearing appliance backed by a volume snapshot, and a sealed DataSource', async () => {
    const dr = (await api('GET', `${DATASOURCES}/demo/datasources/fedora-web-01-dr`)).body;
    expect(dr.spec.source.snapshot).toBeDefined();
    expect(dr.status.conditions[0]).toMatchObject({ type: 'Ready', status: 'True' });
    expect(dr.metadata.annotations['appliance.kubevirt.io/vm-spec']).toContain('macAddress');
    const sealed = (await api('GET', `${DATASOURCES}/demo/datasources/fedora-web-base`)).body;
    expect(sealed.status.conditions[0].status).toBe('True');
  });

  it('the summary agrees with what the API serves', async () => {
    const ns = (await api('GET', '/api/v1/namespaces')).body.items.map((i: any) => i.metadata.name);
    expect(ns.sort()).toEqual([...demoSummary.namespaces].sort());
    expect([...demoSummary.appliances].sort()).toEqual([
      'demo/fedora-web-01-dr',
      'demo/static-data-appliance',
      'demo/web-stack-appliance',
    ]);
    expect(demoSummary.sealedDataSources).toEqual(['demo/fedora-web-base']);
  });
});
