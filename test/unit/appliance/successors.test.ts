import { validateVirtualMachineManifest } from '../../../src/appliance';
import { nearestInstancetypes, nearestPreferences } from '../../../src/appliance/nearest';
import { successorOf } from '../../../src/appliance/successors';

const U1 = ['u1.nano', 'u1.micro', 'u1.small', 'u1.medium', 'u1.large', 'u1.xlarge', 'u1.2xlarge'];
const CX1 = ['cx1.medium', 'cx1.large', 'cx1.xlarge'];

describe('successors of retired common-instancetypes names', () => {
  it('comes before same-size and edit-distance guesses', () => {
    expect(nearestInstancetypes('server.micro', [...U1, ...CX1])[0]).toBe('u1.nano');
    expect(nearestInstancetypes('gn1.xlarge', [...CX1, ...U1])[0]).toBe('u1.xlarge');
    expect(nearestInstancetypes('highperformance.small', [...U1, ...CX1])[0]).toBe('cx1.medium');
    expect(nearestPreferences('centos.7', ['centos.stream9', 'centos.stream10', 'rhel.7'])[0]).toBe(
      'centos.stream9',
    );
    expect(
      nearestPreferences('centos.stream8.desktop', ['centos.stream9.desktop', 'centos.stream8x']),
    ).toEqual(['centos.stream9.desktop', 'centos.stream8x']);
  });

  it('is offered only when the cluster has it', () => {
    expect(successorOf('instancetype', 'server.micro', new Set(['u1.small']))).toBeUndefined();
    expect(nearestInstancetypes('server.micro', ['u1.small'])).toEqual(['u1.small']);
    expect(successorOf('preference', 'fedora', new Set(['fedora']))).toBeUndefined();
  });

  it('is named in the finding and its fix', () => {
    const vm = {
      apiVersion: 'kubevirt.io/v1',
      kind: 'VirtualMachine',
      metadata: { name: 'old' },
      spec: {
        runStrategy: 'Halted',
        instancetype: { name: 'server.tiny' },
        preference: { name: 'centos.stream8' },
        template: { spec: { domain: { devices: {} } } },
      },
    };
    const known = {
      instancetypes: U1.map((name) => ({
        kind: 'VirtualMachineClusterInstancetype',
        metadata: { name },
      })),
      preferences: ['centos.stream9', 'centos.stream10'].map((name) => ({
        kind: 'VirtualMachineClusterPreference',
        metadata: { name },
      })),
    };
    const f = validateVirtualMachineManifest(vm, { known }).filter((x) =>
      x.code.endsWith('NotFound'),
    );
    expect(f.map((x) => [x.code, x.params?.successor, x.fix?.patch[0]])).toEqual([
      [
        'InstancetypeNotFound',
        'u1.small',
        { op: 'replace', path: '/spec/instancetype/name', value: 'u1.small' },
      ],
      [
        'PreferenceNotFound',
        'centos.stream9',
        { op: 'replace', path: '/spec/preference/name', value: 'centos.stream9' },
      ],
    ]);
  });
});
