import { classifyDataSource, type KubeObject } from '../../../src/appliance';
import { classifyMetadata, dataSourceFacts } from '../../../src/appliance/classify';
import { appliance, goldenImage, minimalBoilerplate } from './helpers';

describe('classifyDataSource (semantics §1)', () => {
  it('a golden image needs the preference label; kinds default to the cluster kinds', () => {
    const c = classifyDataSource(
      goldenImage({
        'instancetype.kubevirt.io/default-preference': 'fedora',
        'instancetype.kubevirt.io/default-instancetype': 'u1.medium',
      }),
    );
    expect(c).toMatchObject({
      kind: 'golden-image',
      os: 'fedora',
      defaultPreference: { kind: 'VirtualMachineClusterPreference', name: 'fedora' },
      defaultInstancetype: { kind: 'VirtualMachineClusterInstancetype', name: 'u1.medium' },
      source: { kind: 'pvc', name: 'fedora-disk', namespace: 'os-images' },
      findings: [],
    });
    expect(
      classifyDataSource(
        goldenImage({ 'instancetype.kubevirt.io/default-instancetype': 'u1.medium' }),
      ).kind,
    ).toBe('other');
  });

  it('reads the -kind label variants', () => {
    const c = classifyDataSource(
      goldenImage({
        'instancetype.kubevirt.io/default-preference': 'p',
        'instancetype.kubevirt.io/default-preference-kind': 'VirtualMachinePreference',
      }),
    );
    expect(c.defaultPreference).toEqual({ kind: 'VirtualMachinePreference', name: 'p' });
  });

  it('readiness comes from the Ready condition and its reason', () => {
    const ds: KubeObject = {
      ...goldenImage({}),
      status: {
        conditions: [{ type: 'Ready', status: 'False', reason: 'NoSource', message: 'no pvc' }],
      },
    };
    expect(classifyDataSource(ds).readiness).toEqual({
      ready: false,
      reason: 'NoSource',
      message: 'no pvc',
    });
    const ready: KubeObject = {
      ...goldenImage({}),
      status: { conditions: [{ type: 'Ready', status: 'True', reason: 'Ready' }] },
    };
    expect(classifyDataSource(ready).readiness).toEqual({ ready: true, reason: 'Ready' });
    expect(classifyDataSource(goldenImage({})).readiness).toEqual({
      ready: false,
      reason: 'Unknown',
    });
  });

  it('display name and description come from annotations', () => {
    const ds = goldenImage({});
    ds.metadata!.annotations = {
      'openshift.io/display-name': 'Fedora 41',
      description: 'The latest Fedora',
    };
    expect(classifyDataSource(ds)).toMatchObject({
      displayName: 'Fedora 41',
      description: 'The latest Fedora',
    });
    expect(classifyDataSource(goldenImage({})).displayName).toBe('fedora');
  });

  it('an appliance is agnostic unless it carries identity or comes from a snapshot', () => {
    expect(classifyDataSource(appliance(minimalBoilerplate())).flavor).toBe('agnostic');
    const bp = minimalBoilerplate();
    bp.spec.template.spec.domain.firmware = { uuid: 'x' };
    expect(classifyDataSource(appliance(bp)).flavor).toBe('identity');
    expect(
      classifyDataSource(
        appliance(minimalBoilerplate(), { source: { snapshot: { name: 's', namespace: 'n' } } }),
      ).flavor,
    ).toBe('identity');
  });

  it('a broken boilerplate is still an appliance, with an error finding', () => {
    const c = classifyDataSource(appliance('- not\n- a mapping\n'));
    expect(c.kind).toBe('appliance');
    expect(c.findings.map((f) => [f.severity, f.code])).toEqual([
      ['error', 'BoilerplateNotMapping'],
    ]);
  });
});

describe('classification from metadata alone (what a catalog lists before parsing)', () => {
  const withPreferenceInBoilerplate = () => {
    const bp = minimalBoilerplate();
    bp.spec.preference = { name: 'rhel.9' };
    return bp;
  };

  it('is the whole classification of a golden image or another DataSource', () => {
    for (const ds of [
      goldenImage({ 'instancetype.kubevirt.io/default-preference': 'fedora' }),
      goldenImage({ 'instancetype.kubevirt.io/default-instancetype': 'u1.medium' }),
      goldenImage({}),
    ]) {
      expect(classifyMetadata(ds)).toEqual(classifyDataSource(ds));
    }
  });

  it('leaves what only the boilerplate says to the full classification', () => {
    const labels = { 'instancetype.kubevirt.io/default-preference': 'fedora' };
    const ds = appliance(withPreferenceInBoilerplate(), { labels });
    const quick = classifyMetadata(ds);
    const full = classifyDataSource(ds);
    expect([quick.kind, quick.flavor, quick.os, quick.findings]).toEqual([
      'appliance',
      'agnostic',
      'fedora',
      [],
    ]);
    expect([full.kind, full.flavor, full.os]).toEqual(['appliance', 'agnostic', 'rhel.9']);
    // Everything the metadata says, both say alike.
    const { summary, boilerplatePreference, boilerplateInstancetype, findings, os, ...shared } =
      full;
    expect([summary, boilerplatePreference, findings, os]).not.toContain(undefined);
    expect(boilerplateInstancetype).toBeUndefined();
    expect(classifyMetadata(ds)).toMatchObject(shared);
  });

  it('takes an identity flavor from a snapshot source, before any parse', () => {
    const ds = appliance(minimalBoilerplate(), {
      source: { snapshot: { name: 's', namespace: 'n' } },
    });
    expect(classifyMetadata(ds).flavor).toBe('identity');
    expect(dataSourceFacts(ds).sourceKind).toBe('snapshot');
  });

  it('reads the facts a catalog sorts and filters by', () => {
    const ready = goldenImage({ 'instancetype.kubevirt.io/default-preference': 'fedora' });
    expect(dataSourceFacts(ready)).toMatchObject({
      kind: 'golden-image',
      preference: 'fedora',
      ready: classifyDataSource(ready).readiness.ready,
      displayName: classifyDataSource(ready).displayName,
    });
    const broken = appliance('- not a mapping');
    expect(dataSourceFacts(broken).kind).toBe('appliance');
    expect(dataSourceFacts({}).kind).toBe('other');
    expect(dataSourceFacts({ status: { conditions: 'garbage' } } as KubeObject).ready).toBe(false);
  });
});
