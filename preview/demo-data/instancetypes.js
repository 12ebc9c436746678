// @ts-check
'use strict';

/**
 * Cluster instancetypes (u1, o1, n1 series) and preferences, shaped like the common-instancetypes
 * bundles: cpu/memory labels, a class, and for n1 dedicated CPUs with hugepages.
 */

const API = 'instancetype.kubevirt.io/v1beta1';

/** The U Series' sizes (name, vCPUs, memory); the O Series has the same ones. */
const U_SIZES = [
  ['small', 1, '2Gi'],
  ['medium', 1, '4Gi'],
  ['large', 2, '8Gi'],
  ['xlarge', 4, '16Gi'],
];

const SERIES = {
  u1: {
    className: 'General Purpose',
    classLabel: 'general.purpose',
    description:
      'The U Series is quite neutral and provides resources for general purpose applications.',
    sizes: U_SIZES,
  },
  o1: {
    className: 'Overcommitted',
    classLabel: 'overcommitted',
    description:
      'The O Series is based on the U Series, with the only difference being that memory is overcommitted.',
    sizes: U_SIZES,
  },
  n1: {
    className: 'Network',
    classLabel: 'network',
    description:
      'The N Series provides resources for network intensive DPDK applications, like VNFs.',
    sizes: [
      ['medium', 4, '4Gi'],
      ['large', 4, '8Gi'],
      ['xlarge', 8, '16Gi'],
    ],
  },
};

function instancetypes() {
  const out = [];
  for (const [series, s] of Object.entries(SERIES)) {
    for (const [size, cpu, memory] of s.sizes) {
      /** @type {Record<string, string>} */
      const labels = {
        'instancetype.kubevirt.io/class': s.classLabel,
        'instancetype.kubevirt.io/cpu': String(cpu),
        'instancetype.kubevirt.io/memory': String(memory),
        'instancetype.kubevirt.io/vendor': 'kubevirt.io',
      };
      /** @type {any} */
      const spec = { cpu: { guest: cpu }, memory: { guest: memory } };
      if (series === 'o1') spec.memory.overcommitPercent = 50;
      if (series === 'n1') {
        labels['instancetype.kubevirt.io/dedicatedCPUPlacement'] = 'true';
        labels['instancetype.kubevirt.io/hugepages'] = 'true';
        labels['instancetype.kubevirt.io/isolateEmulatorThread'] = 'true';
        spec.cpu.dedicatedCPUPlacement = true;
        spec.cpu.isolateEmulatorThread = true;
        spec.memory.hugepages = { pageSize: '1Gi' };
      }
      out.push({
        apiVersion: API,
        kind: 'VirtualMachineClusterInstancetype',
        metadata: {
          name: `${series}.${size}`,
          labels,
          annotations: {
            'instancetype.kubevirt.io/class': s.className,
            'instancetype.kubevirt.io/description': s.description,
            'instancetype.kubevirt.io/displayName': `${s.className} ${size}`,
          },
        },
        spec,
      });
    }
  }
  return out;
}

/** @type {Array<[string, string, string, string, any]>} name, display name, icon, os type, extra spec */
const PREFERENCES = [
  [
    'fedora',
    'Fedora (amd64)',
    'icon-fedora',
    'linux',
    { firmware: { preferredUseEfi: true, preferredUseSecureBoot: true } },
  ],
  [
    'rhel.9',
    'Red Hat Enterprise Linux 9 (amd64)',
    'icon-rhel',
    'linux',
    { firmware: { preferredUseEfi: true } },
  ],
  ['centos.stream9', 'CentOS Stream 9 (amd64)', 'icon-centos', 'linux', {}],
  ['ubuntu', 'Ubuntu', 'icon-ubuntu', 'linux', {}],
  [
    'windows.2k22',
    'Microsoft Windows Server 2022',
    'icon-windows',
    'windows',
    {
      clock: {
        preferredClockOffset: { utc: {} },
        preferredTimer: {
          hpet: { present: false },
          hyperv: {},
          pit: { tickPolicy: 'delay' },
          rtc: { tickPolicy: 'catchup' },
        },
      },
      firmware: { preferredUseEfi: true, preferredUseSecureBoot: true },
    },
  ],
];

function preferences() {
  return PREFERENCES.map(([name, display, icon, os, extra]) => ({
    apiVersion: API,
    kind: 'VirtualMachineClusterPreference',
    metadata: {
      name,
      labels: {
        'instancetype.kubevirt.io/os-type': os,
        'instancetype.kubevirt.io/vendor': 'kubevirt.io',
      },
      annotations: {
        'openshift.io/display-name': display,
        'openshift.io/provider-display-name': 'KubeVirt',
        iconClass: icon,
      },
    },
    spec: {
      devices:
        os === 'windows'
          ? { preferredDiskBus: 'sata', preferredInterfaceModel: 'e1000e', preferredTPM: {} }
          : { preferredDiskBus: 'virtio', preferredInterfaceModel: 'virtio', preferredRng: {} },
      requirements: {
        cpu: { guest: os === 'windows' ? 2 : 1 },
        memory: { guest: os === 'windows' ? '4Gi' : '2Gi' },
      },
      ...extra,
    },
  }));
}

module.exports = { instancetypes, preferences };
