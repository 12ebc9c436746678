import {
  buildAppliance,
  defaultBootSource,
} from '../../../../src/views/new-appliance/new-appliance-model';
import { newApplianceHref, importBundleHref } from '../../../../src/views/new-appliance/routes';
import type { KubeObject } from '../../../../src/appliance';
import { demoVm } from '../../appliance/authoring-fixtures';

describe('new appliance form model', () => {
  it("offers the VM's boot disk PVC as boot source", () => {
    expect(defaultBootSource('vm', demoVm())).toEqual({
      kind: 'PersistentVolumeClaim',
      name: 'fedora-web-01-rootdisk',
      namespace: 'demo',
    });
  });

  it("offers a golden image's own volume as boot source", () => {
    const golden: KubeObject = {
      kind: 'DataSource',
      metadata: { name: 'fedora', namespace: 'os' },
      spec: { source: { snapshot: { name: 's' } } },
    };
    expect(defaultBootSource('golden-image', golden)).toEqual({
      kind: 'VolumeSnapshot',
      name: 's',
      namespace: 'os',
    });
  });

  it('builds the appliance from the form', () => {
    const r = buildAppliance(
      {
        startFrom: 'vm',
        source: 'demo/fedora-web-01',
        name: ' web-app ',
        namespace: 'demo',
        bootKind: 'PersistentVolumeClaim',
        bootName: 'disk',
        bootNamespace: '',
        keepIdentity: false,
      },
      demoVm(),
    );
    expect(r?.dataSource?.metadata?.name).toBe('web-app');
    expect(r?.boilerplateText).not.toContain('macAddress');
    expect(buildAppliance({} as never, undefined)).toBeUndefined();
  });

  it('links with encoded names', () => {
    expect(newApplianceHref('demo', 'a b')).toBe('/k8s/ns/demo/appliance-new?vm=a%20b');
    expect(importBundleHref('team-a')).toBe('/k8s/ns/team-a/appliance-import');
  });
});
