import fc from 'fast-check';
import {
  exportBundle,
  exportObject,
  parseMultiDocument,
  planBundleImport,
  validateBundle,
  withOwnerUid,
  type KubeObject,
} from '../../../src/appliance';
import { seedText } from './authoring-fixtures';

const errors = (fs: Array<{ severity: string; code: string }>) =>
  fs.filter((f) => f.severity === 'error').map((f) => f.code);

const clusterDs: KubeObject = {
  apiVersion: 'cdi.kubevirt.io/v1beta1',
  kind: 'DataSource',
  metadata: {
    name: 'app',
    namespace: 'demo',
    uid: 'ds-uid-1',
    resourceVersion: '42',
    generation: 3,
    creationTimestamp: '2026-01-01T00:00:00Z',
    managedFields: [{ manager: 'kubectl' }],
    annotations: { 'appliance.kubevirt.io/vm-spec': 'spec:\n  template:\n    spec: {}\n' },
  },
  spec: { source: { pvc: { name: 'disk', namespace: 'demo' } } },
  status: { conditions: [{ type: 'Ready', status: 'True' }] },
};
const clusterPvc: KubeObject = {
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: {
    name: 'shared',
    namespace: 'demo',
    uid: 'pvc-uid',
    resourceVersion: '43',
    annotations: { 'pv.kubernetes.io/bind-completed': 'yes', note: 'kept' },
    ownerReferences: [
      {
        apiVersion: 'cdi.kubevirt.io/v1beta1',
        kind: 'DataSource',
        name: 'app',
        uid: 'ds-uid-1',
        controller: true,
      },
      { apiVersion: 'v1', kind: 'Pod', name: 'someone', uid: 'pod-uid' },
    ],
  },
  spec: {
    accessModes: ['ReadWriteMany'],
    volumeName: 'pv-123',
    resources: { requests: { storage: '1Gi' } },
  },
  status: { phase: 'Bound' },
};

describe('bundle export', () => {
  const b = exportBundle(clusterDs, [clusterPvc]);

  it('is named <name>.appliance.yaml', () => expect(b.fileName).toBe('app.appliance.yaml'));

  it('strips server fields, status and namespace; owner references by kind and name only', () => {
    const text = b.text;
    for (const s of [
      'uid',
      'resourceVersion',
      'managedFields',
      'creationTimestamp',
      'generation',
      'status:',
      'namespace: demo\n  ',
      'pv-123',
      'bind-completed',
      'Pod',
    ])
      expect(text).not.toContain(s);
    const [ds, pvc] = b.objects;
    expect(ds.metadata).toEqual({ name: 'app', annotations: clusterDs.metadata?.annotations });
    expect(pvc.metadata?.ownerReferences).toEqual([
      { apiVersion: 'cdi.kubevirt.io/v1beta1', kind: 'DataSource', name: 'app', controller: true },
    ]);
    expect(pvc.metadata?.annotations).toEqual({ note: 'kept' });
    // The boot source keeps its namespace: it is where the volume is.
    expect(ds.spec).toEqual(clusterDs.spec);
  });

  it('reads back as a valid bundle with the same objects', () => {
    const { bundle, findings } = validateBundle(b.text, 'elsewhere');
    expect(errors(findings)).toEqual([]);
    expect(bundle.documents.map((d) => d.object)).toEqual(b.objects);
  });

  it('round-trips any labels and annotations (property)', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9.-]{0,20}\/?[a-z0-9]{1,10}$/);
    fc.assert(
      fc.property(fc.dictionary(key, fc.string({ maxLength: 50 })), (annotations) => {
        const ds = { ...clusterDs, metadata: { ...clusterDs.metadata, annotations } };
        const out = exportBundle(ds, []);
        const back = parseMultiDocument(out.text).dataSource;
        expect(back?.metadata?.annotations ?? {}).toEqual(
          exportObject(ds).metadata?.annotations ?? {},
        );
      }),
      { numRuns: 60 },
    );
  });

  it('does not change the objects it is given', () => {
    const before = JSON.stringify([clusterDs, clusterPvc]);
    exportBundle(clusterDs, [clusterPvc]);
    expect(JSON.stringify([clusterDs, clusterPvc])).toBe(before);
  });
});

describe('bundle validation', () => {
  it("accepts the seed's two-document example after its findings", () => {
    const { bundle, findings, boilerplateFindings } = validateBundle(seedText(), 'team-a');
    expect(errors(findings)).toEqual([]);
    expect(findings.map((f) => f.code)).toContain('CompanionOwnerUidMissing');
    expect(bundle.companions.map((c) => c.kind)).toEqual(['PersistentVolumeClaim']);
    // The boilerplate's own defects are reported, not hidden, and do not block the bundle.
    expect(boilerplateFindings.map((f) => f.code)).toEqual(
      expect.arrayContaining([
        'RunStrategyInvalid',
        'FilesystemMisplaced',
        'BoilerplatePasswordReplaced',
      ]),
    );
  });

  it.each([
    [
      'no DataSource',
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
      'BundleWithoutDataSource',
    ],
    ['an empty file', '', 'BundleEmpty'],
    ['broken YAML', 'kind: [\n', 'YamlSyntax'],
    ['a list document', '- a\n- b\n', 'DocumentNotMapping'],
    ['two DataSources', `${seedText()}\n---\n${seedText().split('---')[0]}`, 'SecondDataSource'],
    [
      'an unsupported kind',
      `${seedText()}\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: x}\n`,
      'CompanionKindUnsupported',
    ],
    [
      'a nameless companion',
      `${seedText()}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {}\n`,
      'DocumentNameInvalid',
    ],
    [
      'a DataSource without source',
      'apiVersion: cdi.kubevirt.io/v1beta1\nkind: DataSource\nmetadata: {name: a}\nspec: {}\n',
      'DataSourceSourceInvalid',
    ],
    [
      'an unreadable boilerplate',
      'apiVersion: cdi.kubevirt.io/v1beta1\nkind: DataSource\nmetadata:\n  name: a\n  annotations:\n    appliance.kubevirt.io/vm-spec: "a: [b"\nspec: {source: {pvc: {name: p}}}\n',
      'BoilerplateSyntax',
    ],
  ])('rejects %s', (_what, text, code) => {
    const { findings } = validateBundle(text);
    expect(findings.find((f) => f.code === code)?.severity).toBe('error');
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = validateBundle(text);
        expect(Array.isArray(r.findings)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('import plan', () => {
  it('creates the DataSource first, then companions in the chosen namespace with the owner to fill in', () => {
    const plan = planBundleImport(seedText(), { namespace: 'team-a' });
    expect(plan.ready).toBe(true);
    expect(
      plan.steps.map(
        (s) =>
          `${s.action} ${s.object.kind}/${s.object.metadata?.name}@${s.object.metadata?.namespace}`,
      ),
    ).toEqual([
      'create DataSource/static-data-appliance@team-a',
      'create PersistentVolumeClaim/shared-static-data@team-a',
    ]);
    const pvc = withOwnerUid(plan.steps[1].object, { name: 'static-data-appliance', uid: 'u-1' });
    expect(pvc.metadata?.ownerReferences?.[0]).toMatchObject({
      kind: 'DataSource',
      name: 'static-data-appliance',
      uid: 'u-1',
    });
    expect(plan.steps[1].object.metadata?.ownerReferences?.[0].uid).toBeUndefined();
  });

  it('never overwrites an existing object without confirmation', () => {
    const existing = [{ kind: 'PersistentVolumeClaim', name: 'shared-static-data' }];
    const refused = planBundleImport(seedText(), { namespace: 'demo', existing });
    expect(refused.ready).toBe(false);
    expect(refused.conflicts).toEqual(existing);
    expect(refused.findings.find((f) => f.code === 'ObjectExists')?.params).toMatchObject({
      key: 'PersistentVolumeClaim/shared-static-data',
    });
    const confirmed = planBundleImport(seedText(), {
      namespace: 'demo',
      existing,
      overwrite: true,
    });
    expect(confirmed.ready).toBe(true);
    expect(confirmed.steps.map((s) => s.action)).toEqual(['create', 'replace']);
  });

  it('adds the appliance as owner of a companion that names none, and drops foreign owners', () => {
    const text = `${seedText()}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n  ownerReferences: [{apiVersion: v1, kind: Pod, name: p}]\n`;
    const plan = planBundleImport(text, { namespace: 'demo' });
    expect(plan.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['CompanionForeignOwner', 'CompanionOwnerAdded']),
    );
    expect(plan.steps[2].object.metadata?.ownerReferences).toEqual([
      { apiVersion: 'cdi.kubevirt.io/v1beta1', kind: 'DataSource', name: 'static-data-appliance' },
    ]);
  });

  it('refuses an invalid namespace', () => {
    const plan = planBundleImport(seedText(), { namespace: 'Not Valid' });
    expect(plan.ready).toBe(false);
    expect(errors(plan.findings)).toContain('NamespaceInvalid');
  });
});
