import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { StartedApiServer } from '../../preview/api/server';
import { client, pvc, startTestApi, vm, VMS, PVCS } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */

const SCHEMA = path.resolve(__dirname, '../../src/schema/generated/virtualmachine.schema.json');

let srv: StartedApiServer;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  if (!fs.existsSync(SCHEMA)) {
    throw new Error(`${SCHEMA} is missing: run "npm run build:schema" before the API tests`);
  }
  srv = await startTestApi({ controllerDelayMs: 5000 });
  api = client(srv.url);
});
afterAll(() => srv?.close());
beforeEach(async () => {
  await api('POST', '/api/test/reset');
});

const causesOf = (r: { body: any }) =>
  (r.body.details?.causes ?? []).map((c: any) => `${c.field}|${c.reason}`);

function withUnknownFields() {
  const body = vm('unknowns');
  body.spec.foo = 1;
  body.spec.template.spec.domain.devices.disks[0].bogus = true;
  body.metadata.nonsense = 'x';
  return body;
}

describe('fieldValidation', () => {
  it('Strict rejects with 400 naming every unknown field, as the strict decoder does', async () => {
    const r = await api('POST', `${VMS}?fieldValidation=Strict`, withUnknownFields());
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ kind: 'Status', reason: 'BadRequest', code: 400 });
    expect(r.body.message).toContain('strict decoding error');
    for (const f of [
      'spec.foo',
      'spec.template.spec.domain.devices.disks[0].bogus',
      'metadata.nonsense',
    ]) {
      expect(r.body.message).toContain(`unknown field "${f}"`);
    }
    expect((await api('GET', `${VMS}/unknowns`)).status).toBe(404);
  });

  it('Warn (the default) stores the object and sends one Warning header per unknown field', async () => {
    for (const q of ['', '?fieldValidation=Warn']) {
      await api('POST', '/api/test/reset');
      const r = await api('POST', `${VMS}${q}`, withUnknownFields());
      expect(r.status).toBe(201);
      const warning = r.headers.get('warning') ?? '';
      expect(warning).toContain('299 - "unknown field \\"spec.foo\\""');
      expect(warning).toContain('unknown field \\"metadata.nonsense\\"');
      expect(warning.match(/299 - /g)).toHaveLength(3);
    }
  });

  it('Ignore stores the object without warnings', async () => {
    const r = await api('POST', `${VMS}?fieldValidation=Ignore`, withUnknownFields());
    expect(r.status).toBe(201);
    expect(r.headers.get('warning')).toBeNull();
  });

  it('applies to updates and patches too', async () => {
    await api('POST', VMS, vm('p'));
    const r = await api(
      'PATCH',
      `${VMS}/p?fieldValidation=Strict`,
      { spec: { template: { spec: { typo: 1 } } } },
      'application/merge-patch+json',
    );
    // a PATCH result fails as 422 on the field "patch", a PUT body as 400, as the API server answers
    expect(r.status).toBe(422);
    expect(r.body.reason).toBe('Invalid');
    expect(r.body.details.causes[0].field).toBe('patch');
    expect(r.body.message).toContain('unknown field "spec.template.spec.typo"');
    const cur = (await api('GET', `${VMS}/p`)).body;
    cur.spec.template.spec.typo = 1;
    const put = await api('PUT', `${VMS}/p?fieldValidation=Strict`, cur);
    expect(put.status).toBe(400);
    expect(put.body.message).toContain('unknown field "spec.template.spec.typo"');
    const warned = await api(
      'PATCH',
      `${VMS}/p`,
      { spec: { template: { spec: { typo: 1 } } } },
      'application/merge-patch+json',
    );
    expect(warned.status).toBe(200);
    expect(warned.headers.get('warning')).toContain('spec.template.spec.typo');
  });

  it('checks kinds without a schema against their known fields', async () => {
    const body = pvc('odd');
    body.spec.accesModes = ['ReadWriteOnce'];
    const r = await api('POST', `${PVCS}?fieldValidation=Strict`, body);
    expect(r.status).toBe(400);
    expect(r.body.message).toContain('unknown field "spec.accesModes"');
  });

  it('rejects an unknown fieldValidation value', async () => {
    const r = await api('POST', `${VMS}?fieldValidation=Loud`, vm('x'));
    expect(r.status).toBe(400);
    expect(r.body.message).toContain('Strict');
  });
});

describe('VirtualMachine schema validation', () => {
  it('answers 422 Invalid with a cause per missing required field', async () => {
    const body = vm('noschema');
    delete body.spec.template;
    const r = await api('POST', VMS, body);
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({
      kind: 'Status',
      apiVersion: 'v1',
      status: 'Failure',
      reason: 'Invalid',
      code: 422,
      details: { name: 'noschema', group: 'kubevirt.io', kind: 'VirtualMachine' },
    });
    expect(r.body.message).toMatch(/^VirtualMachine\.kubevirt\.io "noschema" is invalid: /);
    expect(causesOf(r)).toContain('spec.template|FieldValueRequired');
  });

  it('names wrongly typed fields with their path', async () => {
    const body = vm('types');
    body.spec.running = 'yes';
    delete body.spec.runStrategy;
    body.spec.template.spec.domain.devices.disks[0].name = 42;
    const r = await api('POST', VMS, body);
    expect(r.status).toBe(422);
    const fields = r.body.details.causes.map((c: any) => c.field);
    expect(fields).toEqual(
      expect.arrayContaining(['spec.running', 'spec.template.spec.domain.devices.disks[0].name']),
    );
    for (const c of r.body.details.causes) expect(c.message).toBeTruthy();
  });

  it('enforces KubeVirt admission rules: run strategy, running with runStrategy, references, instancetype conflicts', async () => {
    const body = vm('webhook', { running: true, runStrategy: 'Running' });
    body.spec.dataVolumeTemplates = [
      {
        metadata: { name: 'unused' },
        spec: {
          sourceRef: {
            kind: 'DataSource',
            name: 'fedora',
            namespace: 'openshift-virtualization-os-images',
          },
          storage: {},
        },
      },
    ];
    body.spec.template.spec.domain.devices.disks.push({ name: 'orphan-disk', disk: {} });
    body.spec.template.spec.domain.resources = { requests: { memory: '2Gi' } };
    body.spec.template.spec.domain.cpu = { cores: 2 };
    const r = await api('POST', VMS, body);
    expect(r.status).toBe(422);
    expect(causesOf(r)).toEqual(
      expect.arrayContaining([
        'spec.running|FieldValueInvalid',
        'spec.runStrategy|FieldValueNotSupported',
        'spec.dataVolumeTemplates[0]|FieldValueNotFound',
        'spec.template.spec.domain.devices.disks[1].name|FieldValueNotFound',
        'spec.template.spec.domain.resources.requests.memory|FieldValueInvalid',
        'spec.template.spec.domain.cpu.cores|FieldValueInvalid',
      ]),
    );
    expect(r.body.message).toContain('Invalid RunStrategy (Running)');
  });

  it('rejects an instancetype or preference the cluster does not have', async () => {
    const body = vm('missing-it');
    body.spec.instancetype.name = 'server.medium';
    body.spec.preference.name = 'fedoraa';
    const r = await api('POST', VMS, body);
    expect(r.status).toBe(422);
    expect(causesOf(r)).toEqual(
      expect.arrayContaining([
        'spec.instancetype.name|FieldValueNotFound',
        'spec.preference.name|FieldValueNotFound',
      ]),
    );
    expect(r.body.message).toContain('"server.medium" not found');
  });

  it("finds a namespaced instancetype and preference in the VM's own namespace only", async () => {
    const body = vm('team-it');
    body.spec.instancetype = { kind: 'VirtualMachineInstancetype', name: 'demo-compact' };
    body.spec.preference = { kind: 'VirtualMachinePreference', name: 'demo-fedora' };
    expect((await api('POST', VMS, body)).status).toBe(201);

    const elsewhere = await api('POST', '/apis/kubevirt.io/v1/namespaces/team-a/virtualmachines', {
      ...body,
      metadata: { name: 'team-it', namespace: 'team-a' },
    });
    expect(elsewhere.status).toBe(422);
    expect(causesOf(elsewhere)).toEqual([
      'spec.instancetype.name|FieldValueNotFound',
      'spec.preference.name|FieldValueNotFound',
    ]);
    expect(elsewhere.body.message).toContain(
      'virtualmachineinstancetypes.instancetype.kubevirt.io "demo-compact" not found',
    );
  });

  it('rejects inline cloud-init user data over 2048 bytes', async () => {
    const body = vm('bigci');
    body.spec.template.spec.volumes.push({
      name: 'cloudinitdisk',
      cloudInitNoCloud: { userData: `#cloud-config\n${'#'.repeat(2100)}` },
    });
    const r = await api('POST', VMS, body);
    expect(r.status).toBe(422);
    expect(r.body.details.causes[0].message).toContain('2048');
  });

  it('rejects the origin appliance boilerplate used as is, and names its defects', async () => {
    const file = path.resolve(__dirname, '../../preview/demo-data/static-data-appliance.yaml');
    const ds = yaml.loadAll(fs.readFileSync(file, 'utf8'))[0] as any;
    const boilerplate = yaml.load(ds.metadata.annotations['appliance.kubevirt.io/vm-spec']) as any;
    boilerplate.metadata = { name: 'origin-as-is' };
    const strict = await api('POST', `${VMS}?fieldValidation=Strict`, boilerplate);
    expect(strict.status).toBe(400);
    expect(strict.body.message).toContain('unknown field "spec.template.spec.filesystems"');
    const lax = await api('POST', `${VMS}?fieldValidation=Ignore`, boilerplate);
    expect(lax.status).toBe(422);
    expect(lax.body.message).toContain('Invalid RunStrategy (Running)');
  });

  it('validates metadata: names, label values and the annotation size limit', async () => {
    const bad = vm('Bad_Name');
    bad.metadata.labels = { ok: 'not valid!' };
    const r = await api('POST', VMS, bad);
    expect(r.status).toBe(422);
    expect(causesOf(r)).toEqual(
      expect.arrayContaining([
        'metadata.name|FieldValueInvalid',
        'metadata.labels|FieldValueInvalid',
      ]),
    );
    const big = vm('big');
    big.metadata.annotations = { 'appliance.kubevirt.io/vm-spec': 'x'.repeat(256 * 1024 + 1) };
    const b = await api('POST', VMS, big);
    expect(b.status).toBe(422);
    expect(causesOf(b)).toContain('metadata.annotations|FieldValueTooLong');
  });

  it('accepts a well-formed VirtualMachine', async () => {
    const r = await api('POST', `${VMS}?fieldValidation=Strict`, vm('fine'));
    expect(r.status).toBe(201);
  });
});
