import { applyPlan, dryRun, orderForCreate } from '../../../../src/k8s/apply';
import { fakeClient, httpError, secret, vm } from './fake-client';

describe('orderForCreate', () => {
  it('puts the VirtualMachine last whatever the order of the YAML', () => {
    const { ordered, findings } = orderForCreate([vm('a'), secret('s1'), secret('s2')]);
    expect(ordered.map((o) => o.metadata?.name)).toEqual(['s1', 's2', 'a']);
    expect(findings).toEqual([]);
  });

  it('requires exactly one VirtualMachine', () => {
    expect(orderForCreate([secret('s')]).findings.map((f) => f.code)).toEqual([
      'VirtualMachineCount',
    ]);
    expect(orderForCreate([vm('a'), vm('b')]).findings[0].params).toEqual({ count: 2 });
  });

  it('refuses kinds the wizard does not create, naming the document', () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } };
    const f = orderForCreate([cm, vm('a')]).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: 'KindNotCreatable', subject: 'document' });
    expect(f[0].params).toMatchObject({ document: 0, kind: 'ConfigMap' });
  });
});

describe('dryRun', () => {
  it('sends every object as a dry run and stores nothing', async () => {
    const api = fakeClient();
    expect(await dryRun(api.client, [secret('s'), vm('a')])).toEqual([]);
    expect(api.calls.map((c) => c.op)).toEqual(['dry-run', 'dry-run']);
    expect(api.store.size).toBe(0);
  });

  it("maps the server's 422 causes onto the fields they name", async () => {
    const api = fakeClient();
    api.failOnce(
      'dry-run',
      'VirtualMachine',
      httpError(422, 'VirtualMachine "a" is invalid', [
        { field: 'spec.template.spec.domain.devices.disks[1].name', message: 'Required value' },
      ]),
    );
    const findings = await dryRun(api.client, [secret('s'), vm('a')]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      code: 'ServerInvalid',
      path: '/spec/template/spec/domain/devices/disks/1/name',
    });
    expect(findings[0].subject).toBeUndefined();
  });

  it('reports a taken name on /metadata/name', async () => {
    const api = fakeClient();
    await api.client.create(vm('taken'), { dryRun: false });
    const findings = await dryRun(api.client, [vm('taken')]);
    expect(findings.map((f) => [f.code, f.path])).toEqual([['NameTaken', '/metadata/name']]);
  });

  it("reports each unknown field of the strict decoder's 400", async () => {
    const api = fakeClient();
    api.failOnce(
      'dry-run',
      'VirtualMachine',
      httpError(
        400,
        'VirtualMachine in version "v1" cannot be handled as a VirtualMachine: strict decoding error: unknown field "spec.foo", unknown field "spec.template.spec.bar"',
      ),
    );
    const findings = await dryRun(api.client, [vm('a')]);
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['ServerUnknownField', '/spec/foo'],
      ['ServerUnknownField', '/spec/template/spec/bar'],
    ]);
  });

  it('marks findings about a Secret with the document they are about', async () => {
    const api = fakeClient();
    api.failOnce('dry-run', 'Secret', httpError(403, 'secrets is forbidden'));
    const findings = await dryRun(api.client, [secret('s'), vm('a')]);
    expect(findings[0]).toMatchObject({ code: 'Forbidden', subject: 'document' });
    expect(findings[0].params).toMatchObject({ document: 0, reason: 'secrets is forbidden' });
  });
});

describe('applyPlan', () => {
  it('creates Secrets, then the VM, then makes the VM own every Secret', async () => {
    const api = fakeClient();
    const result = await applyPlan(api.client, [vm('a'), secret('s1'), secret('s2')]);
    expect(result.ok).toBe(true);
    expect(api.calls.map((c) => `${c.op} ${c.name}`)).toEqual([
      'create s1',
      'create s2',
      'create a',
      'patch s1',
      'patch s2',
    ]);
    const created = api.store.get('VirtualMachine/demo/a');
    for (const s of ['s1', 's2']) {
      expect(api.store.get(`Secret/demo/${s}`)?.metadata?.ownerReferences).toEqual([
        expect.objectContaining({
          kind: 'VirtualMachine',
          name: 'a',
          uid: created?.metadata?.uid,
        }),
      ]);
    }
    if (result.ok) expect(result.vm.metadata?.uid).toBe(created?.metadata?.uid);
  });

  it('deletes the Secrets again when the VM create fails, in reverse order', async () => {
    const api = fakeClient();
    api.failOnce('create', 'VirtualMachine', httpError(500, 'Internal error occurred: boom'));
    const result = await applyPlan(api.client, [secret('s1'), secret('s2'), vm('a')]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.step).toBe('create');
    expect(result.failed?.metadata?.name).toBe('a');
    expect(result.findings[0]).toMatchObject({ code: 'CreateFailed' });
    expect(result.findings[0].params).toMatchObject({ status: '500' });
    expect(result.rolledBack.map((o) => o.metadata?.name)).toEqual(['s2', 's1']);
    expect(result.leftBehind).toEqual([]);
    expect(api.store.size).toBe(0);
  });

  it('rolls back the VM and Secrets when the owner patch fails', async () => {
    const api = fakeClient();
    api.failOnce('patch', 'Secret', httpError(409, 'conflict'));
    const result = await applyPlan(api.client, [secret('s1'), vm('a')]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.step).toBe('owner');
    expect(result.findings[0].code).toBe('OwnerPatchFailed');
    expect(result.rolledBack.map((o) => o.kind)).toEqual(['VirtualMachine', 'Secret']);
    expect(api.store.size).toBe(0);
  });

  it('says which objects stayed behind when the rollback fails', async () => {
    const api = fakeClient();
    api.failOnce('create', 'VirtualMachine', httpError(500, 'boom'));
    api.failOnce('remove', 'Secret', httpError(503, 'unavailable'));
    const result = await applyPlan(api.client, [secret('s1'), vm('a')]);
    if (result.ok) throw new Error('expected a failure');
    expect(result.leftBehind.map((o) => o.metadata?.name)).toEqual(['s1']);
    expect(result.findings.map((f) => f.code)).toEqual(['CreateFailed', 'RollbackFailed']);
  });

  it('never deletes an object this attempt did not create (a taken VM name)', async () => {
    const api = fakeClient();
    await api.client.create(vm('taken'), { dryRun: false });
    const result = await applyPlan(api.client, [secret('s1'), vm('taken')]);
    if (result.ok) throw new Error('expected a failure');
    expect(result.findings[0].code).toBe('NameTaken');
    expect(api.calls.filter((c) => c.op === 'remove').map((c) => c.name)).toEqual(['s1']);
    expect([...api.store.keys()]).toEqual(['VirtualMachine/demo/taken']);
  });

  it('refuses to start without exactly one VirtualMachine', async () => {
    const api = fakeClient();
    const result = await applyPlan(api.client, [secret('s1')]);
    expect(result.ok).toBe(false);
    expect(api.calls).toEqual([]);
  });
});
