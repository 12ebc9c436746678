import { dump } from 'js-yaml';
import { classifyDataSource, type KubeObject } from '../../../src/appliance';
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

  it('is fast enough for a catalog of 10,000 DataSources', () => {
    const texts = Array.from({ length: 50 }, (_, i) =>
      dump({ ...minimalBoilerplate(), metadata: { labels: { i: String(i) } } }),
    );
    const all = Array.from({ length: 10_000 }, (_, i) => {
      const ds = appliance(texts[i % texts.length]);
      ds.metadata!.name = `ds-${i}`;
      return i % 2 ? ds : goldenImage({ 'instancetype.kubevirt.io/default-preference': 'fedora' });
    });
    const t0 = performance.now();
    const kinds = all.map((d) => classifyDataSource(d).kind);
    const ms = performance.now() - t0;
    expect(kinds.filter((k) => k === 'appliance')).toHaveLength(5_000);
    expect(ms).toBeLessThan(1500);
  });
});
