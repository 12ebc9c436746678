import { StartedApiServer } from '../../preview/api/server';
import { demoSummary } from '../../preview/demo-data';
import { client, GOLDEN, openWatch, pvc, startTestApi, vm, VMS } from './helpers';

/* eslint-disable @typescript-eslint/no-explicit-any */

let srv: StartedApiServer;
let admin: ReturnType<typeof client>;
let dev: ReturnType<typeof client>;
let viewer: ReturnType<typeof client>;
beforeAll(async () => {
  srv = await startTestApi({ controllerDelayMs: 5000 });
  admin = client(srv.url);
  dev = client(srv.url, 'developer');
  viewer = client(srv.url, 'viewer');
});
afterAll(() => srv.close());
beforeEach(async () => {
  await admin('POST', '/api/test/reset');
});

const TEAM_A_VMS = '/apis/kubevirt.io/v1/namespaces/team-a/virtualmachines';

describe('role model', () => {
  it('treats no header and "admin" as cluster admin', async () => {
    expect((await admin('GET', '/apis/kubevirt.io/v1/virtualmachines')).status).toBe(200);
    const body = vm('adm');
    delete body.metadata.namespace;
    expect((await client(srv.url, 'admin')('POST', TEAM_A_VMS, body)).status).toBe(201);
  });

  it('lets the developer read and write in demo only', async () => {
    expect((await dev('GET', VMS)).status).toBe(200);
    expect((await dev('POST', VMS, vm('mine'))).status).toBe(201);
    expect(
      (
        await dev(
          'PATCH',
          `${VMS}/mine`,
          { metadata: { labels: { a: 'b' } } },
          'application/merge-patch+json',
        )
      ).status,
    ).toBe(200);
    expect((await dev('DELETE', `${VMS}/mine`)).status).toBe(200);
    expect((await dev('GET', '/api/v1/namespaces/demo/secrets')).status).toBe(200);

    const theirs = vm('theirs');
    delete theirs.metadata.namespace;
    const r = await dev('POST', TEAM_A_VMS, theirs);
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({
      kind: 'Status',
      apiVersion: 'v1',
      status: 'Failure',
      reason: 'Forbidden',
      code: 403,
      details: { group: 'kubevirt.io', kind: 'virtualmachines' },
    });
    expect(r.body.message).toBe(
      'virtualmachines.kubevirt.io is forbidden: User "developer" cannot create resource "virtualmachines" in API group "kubevirt.io" in the namespace "team-a"',
    );
    const get = await dev('GET', `${TEAM_A_VMS}/${demoSummary.vmsByNamespace['team-a'][0]}`);
    expect(get.status).toBe(403);
    expect(get.body.message).toContain(`"${demoSummary.vmsByNamespace['team-a'][0]}" is forbidden`);
  });

  it('lets the developer read golden images and cluster instancetypes/preferences but not change them', async () => {
    expect(
      (await dev('GET', `/apis/cdi.kubevirt.io/v1beta1/namespaces/${GOLDEN}/datasources`)).status,
    ).toBe(200);
    expect(
      (
        await dev(
          'GET',
          '/apis/instancetype.kubevirt.io/v1beta1/virtualmachineclusterinstancetypes',
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await dev(
          'GET',
          '/apis/instancetype.kubevirt.io/v1beta1/virtualmachineclusterpreferences/fedora',
        )
      ).status,
    ).toBe(200);
    const del = await dev(
      'DELETE',
      `/apis/cdi.kubevirt.io/v1beta1/namespaces/${GOLDEN}/datasources/fedora`,
    );
    expect(del.status).toBe(403);
    const it = await dev(
      'DELETE',
      '/apis/instancetype.kubevirt.io/v1beta1/virtualmachineclusterinstancetypes/u1.small',
    );
    expect(it.status).toBe(403);
    expect(it.body.message).toContain('at the cluster scope');
  });

  it('forbids the developer to list or watch across all namespaces', async () => {
    const r = await dev('GET', '/apis/kubevirt.io/v1/virtualmachines');
    expect(r.status).toBe(403);
    expect(r.body.message).toContain(
      'cannot list resource "virtualmachines" in API group "kubevirt.io" at the cluster scope',
    );
    const w = await dev('GET', '/apis/kubevirt.io/v1/virtualmachines?watch=true');
    expect(w.status).toBe(403);
    expect(w.body.message).toContain('cannot watch');
  });

  it('answers namespaces with 403 for the developer but lists their projects, filtered', async () => {
    expect((await dev('GET', '/api/v1/namespaces')).status).toBe(403);
    expect((await dev('GET', '/api/v1/namespaces/demo')).status).toBe(200);
    expect((await dev('GET', '/api/v1/namespaces/team-a')).status).toBe(403);
    const p = await dev('GET', '/apis/project.openshift.io/v1/projects');
    expect(p.status).toBe(200);
    expect(p.body.kind).toBe('ProjectList');
    expect(p.body.items.map((i: any) => i.metadata.name).sort()).toEqual(['demo', GOLDEN].sort());
    const all = await admin('GET', '/apis/project.openshift.io/v1/projects');
    expect(all.body.items.map((i: any) => i.metadata.name).sort()).toEqual(
      [...demoSummary.namespaces].sort(),
    );
    expect((await dev('GET', '/apis/project.openshift.io/v1/projects/team-a')).status).toBe(403);
    expect((await dev('GET', '/apis/project.openshift.io/v1/projects/demo')).body.kind).toBe(
      'Project',
    );
  });

  it('streams only visible projects to the developer', async () => {
    const w = await openWatch(
      srv.url,
      '/apis/project.openshift.io/v1/projects?watch=true',
      'developer',
    );
    await w.until((e) => e.length >= 2, 'two projects');
    await admin('POST', '/api/v1/namespaces', {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'hidden' },
    });
    await new Promise((r) => setTimeout(r, 80));
    expect(w.events.map((e) => e.object.metadata.name).sort()).toEqual(['demo', GOLDEN].sort());
    expect(w.events.every((e) => e.object.kind === 'Project')).toBe(true);
    await w.close();
  });

  it('lets the viewer read every namespace but never write, and not read secrets', async () => {
    expect((await viewer('GET', '/apis/kubevirt.io/v1/virtualmachines')).status).toBe(200);
    expect((await viewer('GET', TEAM_A_VMS)).status).toBe(200);
    expect((await viewer('GET', '/api/v1/namespaces')).status).toBe(200);
    for (const [m, p, b] of [
      ['POST', VMS, vm('v')],
      ['PUT', `${VMS}/rhel9-db`, vm('rhel9-db')],
      ['PATCH', `${VMS}/rhel9-db`, { metadata: { labels: { a: 'b' } } }],
      ['DELETE', `${VMS}/rhel9-db`, undefined],
      ['POST', '/api/v1/namespaces/team-a/persistentvolumeclaims', pvc('x')],
    ] as const) {
      const r = await viewer(
        m,
        p,
        b,
        m === 'PATCH' ? 'application/merge-patch+json' : 'application/json',
      );
      expect(r.status).toBe(403);
      expect(r.body.reason).toBe('Forbidden');
      expect(r.body.message).toContain('User "viewer" cannot');
    }
    expect((await viewer('GET', '/api/v1/namespaces/demo/secrets')).status).toBe(403);
  });

  it('gives an unknown user no rights', async () => {
    const r = await client(srv.url, 'mallory')('GET', VMS);
    expect(r.status).toBe(403);
    expect(r.body.message).toContain('User "mallory"');
  });
});

describe('SelfSubjectAccessReview', () => {
  const review = (attrs: Record<string, string>) => ({
    apiVersion: 'authorization.k8s.io/v1',
    kind: 'SelfSubjectAccessReview',
    spec: { resourceAttributes: attrs },
  });
  const SSAR = '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews';

  it.each([
    [
      'developer',
      { group: 'kubevirt.io', resource: 'virtualmachines', verb: 'create', namespace: 'demo' },
      true,
    ],
    [
      'developer',
      { group: 'kubevirt.io', resource: 'virtualmachines', verb: 'create', namespace: 'team-a' },
      false,
    ],
    [
      'developer',
      { group: 'cdi.kubevirt.io', resource: 'datasources', verb: 'list', namespace: GOLDEN },
      true,
    ],
    [
      'developer',
      { group: 'cdi.kubevirt.io', resource: 'datasources', verb: 'delete', namespace: GOLDEN },
      false,
    ],
    ['developer', { group: 'kubevirt.io', resource: 'virtualmachines', verb: 'list' }, false],
    ['viewer', { group: 'kubevirt.io', resource: 'virtualmachines', verb: 'list' }, true],
    [
      'viewer',
      { group: 'kubevirt.io', resource: 'virtualmachines', verb: 'delete', namespace: 'demo' },
      false,
    ],
    [
      'admin',
      { group: 'kubevirt.io', resource: 'virtualmachines', verb: 'delete', namespace: 'team-a' },
      true,
    ],
  ])('%s %j -> allowed %s', async (user, attrs, allowed) => {
    const r = await client(srv.url, user)('POST', SSAR, review(attrs));
    expect(r.status).toBe(201);
    expect(r.body.kind).toBe('SelfSubjectAccessReview');
    expect(r.body.spec.resourceAttributes).toEqual(attrs);
    expect(r.body.status.allowed).toBe(allowed);
    if (allowed) expect(r.body.status.reason).toBeTruthy();
  });

  it('agrees with what the API then does', async () => {
    const attrs = {
      group: 'kubevirt.io',
      resource: 'virtualmachines',
      verb: 'create',
      namespace: 'team-a',
    };
    const answer = (await dev('POST', SSAR, review(attrs))).body.status.allowed;
    const actual = (await dev('POST', TEAM_A_VMS, vm('agree'))).status;
    expect(answer).toBe(false);
    expect(actual).toBe(403);
  });

  it('rejects a review without attributes with 422', async () => {
    const r = await dev('POST', SSAR, {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: {},
    });
    expect(r.status).toBe(422);
    expect(r.body.details.causes[0].field).toBe('spec.resourceAttributes');
  });
});
