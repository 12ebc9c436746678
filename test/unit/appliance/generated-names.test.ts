import { completeAppliance } from '../../../src/appliance';
import { appliance, errors, input } from './helpers';

const withTemplate = (name: unknown) => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  spec: {
    runStrategy: 'Halted',
    dataVolumeTemplates: [
      { metadata: { name }, spec: { sourceRef: { kind: 'DataSource', name: 'app' } } },
    ],
    template: {
      spec: {
        domain: { devices: { disks: [{ name: 'root', disk: {} }] } },
        volumes: [{ name: 'root', dataVolume: { name } }],
      },
    },
  },
});

describe('every name the system generates or copies is checked as Kubernetes checks it', () => {
  it.each(['../../etc/passwd', 'Root', 'dísk', 'a/b', 'a\nb', '-x'])(
    'a data volume template named %j is refused, never renamed into vm1-...',
    (name) => {
      const r = completeAppliance(input(appliance(withTemplate(name))));
      expect(errors(r.findings).map((f) => f.code)).toContain('DataVolumeTemplateNameInvalid');
      expect(JSON.stringify(r.vm)).not.toContain(`vm1-${JSON.stringify(name).slice(1, -1)}`);
    },
  );

  it('a valid name becomes the per-VM name, and repeated names stay distinct in linear time', () => {
    const vm = withTemplate('root');
    vm.spec.dataVolumeTemplates = Array.from({ length: 1500 }, () => ({
      metadata: { name: 'root' },
      spec: { sourceRef: { kind: 'DataSource', name: 'app' } },
    }));
    const t0 = performance.now();
    const r = completeAppliance(input(appliance(vm)));
    const names = (
      r.vm.spec as { dataVolumeTemplates: Array<{ metadata: { name: string } }> }
    ).dataVolumeTemplates.map((t) => t.metadata.name);
    expect(new Set(names).size).toBe(1500);
    expect(names[0]).toBe('vm1-root');
    expect(names[2]).toBe('vm1-root-3');
    // Generous: the old rescan took seconds here; the bound is about the algorithm, not the machine.
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('refuses a DataSource whose name or namespace is no Kubernetes name', () => {
    const ds = appliance(withTemplate('root'));
    (ds.metadata as Record<string, unknown>).namespace = '..';
    (ds.metadata as Record<string, unknown>).name = 5;
    const codes = errors(completeAppliance(input(ds)).findings).map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining(['DataSourceNameInvalid', 'DataSourceNamespaceInvalid']),
    );
  });
});
