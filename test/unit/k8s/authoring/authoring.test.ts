import {
  ANNOTATION_PARAMETERS,
  ANNOTATION_VM_SPEC,
  boilerplateSavePatch,
  decideSave,
  describeConflict,
  planBundleImport,
  type KubeObject,
} from '../../../../src/appliance';
import { applyImport, findExisting, saveBoilerplate } from '../../../../src/k8s/authoring';
import { startTestApi } from '../../../api/helpers';
import { httpClient } from '../http-client';
import { seedText } from '../../appliance/authoring-fixtures';
import type { StartedApiServer } from '../../../../preview/api/server';

let api: StartedApiServer;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());
beforeEach(() => fetch(`${api.url}/api/test/reset`, { method: 'POST' }));

const DS_REF = { apiVersion: 'cdi.kubevirt.io/v1beta1', kind: 'DataSource' };
const fault = (body: Record<string, unknown>) =>
  fetch(`${api.url}/api/test/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('saving a boilerplate', () => {
  it('patches only the annotation and keeps the text as written', async () => {
    const c = httpClient(api.url);
    const loaded = (await c.get(DS_REF, 'demo', 'static-data-appliance')) as KubeObject;
    const text = '# mine\napiVersion: kubevirt.io/v1\nkind: VirtualMachine\nspec: {}\n';
    const r = await saveBoilerplate(c, loaded, text);
    expect(r.kind).toBe('saved');
    const now = (await c.get(DS_REF, 'demo', 'static-data-appliance')) as KubeObject;
    expect(now.metadata?.annotations?.[ANNOTATION_VM_SPEC]).toBe(text);
    expect(now.metadata?.labels).toEqual(loaded.metadata?.labels);
    expect(now.spec).toEqual(loaded.spec);
  });

  it('answers a change made meanwhile with a conflict and overwrites nothing', async () => {
    const c = httpClient(api.url);
    const loaded = (await c.get(DS_REF, 'demo', 'static-data-appliance')) as KubeObject;
    const theirs = 'spec: {theirs: true}\n';
    await c.patch(loaded, [
      { op: 'add', path: '/metadata/annotations/appliance.kubevirt.io~1vm-spec', value: theirs },
    ]);
    const r = await saveBoilerplate(c, loaded, 'spec: {mine: true}\n');
    expect(r.kind).toBe('conflict');
    if (r.kind !== 'conflict') return;
    const now = (await c.get(DS_REF, 'demo', 'static-data-appliance')) as KubeObject;
    expect(now.metadata?.annotations?.[ANNOTATION_VM_SPEC]).toBe(theirs);
    const conflict = describeConflict(loaded, r.current, 'spec: {mine: true}\n');
    expect(conflict).toMatchObject({
      theirs,
      mine: 'spec: {mine: true}\n',
      boilerplateChanged: true,
    });
    // Overwrite after review: guarded by the version the user has now seen.
    const again = await saveBoilerplate(c, r.current, 'spec: {mine: true}\n');
    expect(again.kind).toBe('saved');
  });

  it('saves, replaces and removes the parameter declarations with the boilerplate', async () => {
    const c = httpClient(api.url);
    const loaded = (await c.get(DS_REF, 'demo', 'static-data-appliance')) as KubeObject;
    const text = loaded.metadata?.annotations?.[ANNOTATION_VM_SPEC] as string;
    const declarations = '- name: HOST\n  type: hostname\n';
    const added = await saveBoilerplate(c, loaded, { boilerplate: text, parameters: declarations });
    if (added.kind !== 'saved') throw new Error(`not saved: ${JSON.stringify(added)}`);
    expect(added.object.metadata?.annotations?.[ANNOTATION_PARAMETERS]).toBe(declarations);
    const removed = await saveBoilerplate(c, added.object, { boilerplate: text, parameters: '' });
    if (removed.kind !== 'saved') throw new Error(`not saved: ${JSON.stringify(removed)}`);
    const now = (await c.get(DS_REF, 'demo', 'static-data-appliance')) as KubeObject;
    expect(now.metadata?.annotations).not.toHaveProperty([ANNOTATION_PARAMETERS]);
    expect(now.metadata?.annotations?.[ANNOTATION_VM_SPEC]).toBe(text);
    // A conflict names what changed in the declarations.
    await c.patch(now, [
      {
        op: 'add',
        path: '/metadata/annotations/appliance.kubevirt.io~1parameters',
        value: '- name: THEIRS\n  type: string\n',
      },
    ]);
    const r = await saveBoilerplate(c, now, { boilerplate: text, parameters: declarations });
    if (r.kind !== 'conflict') throw new Error(`no conflict: ${JSON.stringify(r)}`);
    expect(describeConflict(now, r.current, text, declarations)).toMatchObject({
      boilerplateChanged: false,
      parametersChanged: true,
      parameters: { base: '', theirs: '- name: THEIRS\n  type: string\n', mine: declarations },
    });
  });

  it('reports a refused save (403 for the viewer) without a conflict', async () => {
    const c = httpClient(api.url, 'viewer');
    const loaded = (await c.get(DS_REF, 'demo', 'static-data-appliance')) as KubeObject;
    const r = await saveBoilerplate(c, loaded, 'spec: {}\n');
    expect(r).toMatchObject({ kind: 'failed', status: 403 });
  });

  it('guards with the loaded resourceVersion and needs one', () => {
    const patch = boilerplateSavePatch({ metadata: { resourceVersion: '7' } }, 'x');
    expect(patch[0]).toEqual({ op: 'replace', path: '/metadata/resourceVersion', value: '7' });
    expect(patch[1]).toEqual({
      op: 'add',
      path: '/metadata/annotations',
      value: { [ANNOTATION_VM_SPEC]: 'x' },
    });
    expect(() => boilerplateSavePatch({ metadata: {} }, 'x')).toThrow(/resourceVersion/);
  });

  it('asks before saving error findings and names them', () => {
    const err = {
      severity: 'error' as const,
      code: 'X',
      path: '/spec/a',
      message: 'Bad {{v}}',
      params: { v: 'thing' },
    };
    const texts = (boilerplate: string, parameters = '') => ({ boilerplate, parameters });
    expect(decideSave(texts('a'), texts('a'), [err])).toEqual({ kind: 'unchanged' });
    expect(decideSave(texts('a'), texts('b'), [])).toEqual({ kind: 'save' });
    expect(decideSave(texts('a'), texts('a', '- name: X\n'), [])).toEqual({ kind: 'save' });
    expect(decideSave(texts('a'), texts('b'), [err])).toMatchObject({
      kind: 'confirm-errors',
      summary: ['/spec/a: Bad thing'],
    });
  });
});

describe('importing a bundle', () => {
  it('creates the DataSource and the PVC in another namespace with the owner uid filled in', async () => {
    const c = httpClient(api.url);
    const plan = planBundleImport(seedText(), { namespace: 'team-a' });
    plan.conflicts = await findExisting(c, plan, 'team-a');
    expect(plan.conflicts).toEqual([]);
    const r = await applyImport(c, plan);
    expect(r.ok).toBe(true);
    const ds = (await c.get(DS_REF, 'team-a', 'static-data-appliance')) as KubeObject;
    const pvc = await c.get(
      { apiVersion: 'v1', kind: 'PersistentVolumeClaim' },
      'team-a',
      'shared-static-data',
    );
    expect(pvc?.metadata?.ownerReferences?.[0]).toMatchObject({
      kind: 'DataSource',
      name: 'static-data-appliance',
      uid: ds.metadata?.uid,
    });
  });

  it('finds objects that exist already, so nothing is overwritten silently', async () => {
    const c = httpClient(api.url);
    const plan = planBundleImport(seedText(), { namespace: 'demo' });
    const existing = await findExisting(c, plan, 'demo');
    expect(existing).toEqual(
      expect.arrayContaining([{ kind: 'DataSource', name: 'static-data-appliance' }]),
    );
    expect(planBundleImport(seedText(), { namespace: 'demo', existing }).ready).toBe(false);
  });

  it('leaves nothing behind when the second object fails', async () => {
    const c = httpClient(api.url);
    await fault({
      method: 'POST',
      pathPattern: '/namespaces/team-a/persistentvolumeclaims',
      status: 500,
      count: 1,
    });
    const plan = planBundleImport(seedText(), { namespace: 'team-a' });
    const r = await applyImport(c, plan);
    expect(r).toMatchObject({
      ok: false,
      failed: 'PersistentVolumeClaim shared-static-data',
      status: 500,
      rolledBack: ['DataSource static-data-appliance'],
      leftBehind: [],
    });
    expect(await c.get(DS_REF, 'team-a', 'static-data-appliance')).toBeUndefined();
    expect(
      await c.get(
        { apiVersion: 'v1', kind: 'PersistentVolumeClaim' },
        'team-a',
        'shared-static-data',
      ),
    ).toBeUndefined();
  });

  it('replaces a confirmed existing object and restores it when a later step fails', async () => {
    const c = httpClient(api.url);
    const before = (await c.get(DS_REF, 'demo', 'static-data-appliance')) as KubeObject;
    const existing = await findExisting(
      c,
      planBundleImport(seedText(), { namespace: 'demo' }),
      'demo',
    );
    const edited = seedText()
      .replace('storageClassName: slow', 'storageClassName: fast')
      .replace('name: n1.xlarge', 'name: u1.medium');
    const plan = planBundleImport(edited, { namespace: 'demo', existing, overwrite: true });
    expect(plan.ready).toBe(true);
    await fault({
      method: 'PUT',
      pathPattern: '/namespaces/demo/persistentvolumeclaims/',
      status: 500,
      count: 1,
    });
    const r = await applyImport(c, plan);
    expect(r.ok).toBe(false);
    const after = (await c.get(DS_REF, 'demo', 'static-data-appliance')) as KubeObject;
    expect(after.metadata?.uid).toBe(before.metadata?.uid);
    expect(after.metadata?.annotations).toEqual(before.metadata?.annotations);
  });
});
