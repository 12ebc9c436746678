// @ts-check
'use strict';

/**
 * Generated DataSources for the catalog at scale: the catalog benchmark serves them to the page,
 * and `PREVIEW_SCALE=50000 npm start` seeds the demo API with them so the scale can be felt by hand.
 * One appliance for every three golden images, one in ten not Ready, spread over 20 namespaces.
 */

const NAMESPACES = 20;
const OSES = [
  'fedora',
  'rhel.9',
  'rhel.8',
  'centos.stream9',
  'ubuntu',
  'debian',
  'opensuse',
  'windows.2k22',
];

/** The namespace of generated item `i`. */
const scaleNamespace = (/** @type {number} */ i) => `bench-${i % NAMESPACES}`;

/** A boilerplate that differs per appliance, so no parse cache can make the numbers look better. */
const boilerplate = (/** @type {number} */ i) => `apiVersion: kubevirt.io/v1
kind: VirtualMachine
spec:
  runStrategy: Always
  instancetype: { name: u1.medium }
  preference: { name: ${OSES[i % OSES.length]} }
  dataVolumeTemplates:
    - metadata: { name: root-${i} }
      spec:
        sourceRef: { kind: DataSource, name: fedora, namespace: openshift-virtualization-os-images }
        storage: { resources: { requests: { storage: 30Gi } } }
  template:
    spec:
      domain:
        devices:
          disks:
            - { name: root, disk: { bus: virtio } }
            - { name: data, disk: { bus: virtio } }
          interfaces:
            - { name: default, masquerade: {} }
      networks:
        - { name: default, pod: {} }
      volumes:
        - { name: root, dataVolume: { name: root-${i} } }
        - { name: data, emptyDisk: { capacity: 1Gi } }
`;

/** Whether generated item `i` is Ready. */
const scaleReady = (/** @type {number} */ i) => i % 10 !== 9;

/** Generated DataSource number `i` (no uid, resourceVersion or status: the caller's store sets them). */
const scaleDataSource = (/** @type {number} */ i) => {
  const namespace = scaleNamespace(i);
  const name = `image-${String(i).padStart(5, '0')}`;
  const labels = {
    'instancetype.kubevirt.io/default-preference': OSES[i % OSES.length],
    'instancetype.kubevirt.io/default-instancetype': 'u1.medium',
  };
  /** @type {Record<string, string>} */
  // Every other one says "even": a search that matches half of them.
  const annotations = {
    description: `Generated image number ${i}, ${i % 2 ? 'odd' : 'even'}, for the catalog benchmark`,
  };
  if (i % 4 === 3) annotations['appliance.kubevirt.io/vm-spec'] = boilerplate(i);
  return {
    apiVersion: 'cdi.kubevirt.io/v1beta1',
    kind: 'DataSource',
    metadata: { name, namespace, labels, annotations },
    spec: { source: { pvc: { name: `${name}-pvc`, namespace } } },
  };
};

/** The Ready condition of generated item `i`. */
const scaleStatus = (/** @type {number} */ i) => ({
  conditions: [
    scaleReady(i)
      ? { type: 'Ready', status: 'True', reason: 'Ready' }
      : { type: 'Ready', status: 'False', reason: 'NotFound', message: 'PVC not found' },
  ],
});

/**
 * A complete DataSourceList of `count` generated items, as an API server would answer a list,
 * for serving straight to a page.
 */
const scaleList = (/** @type {number} */ count) => ({
  apiVersion: 'cdi.kubevirt.io/v1beta1',
  kind: 'DataSourceList',
  metadata: { resourceVersion: String(1000 + count) },
  items: Array.from({ length: count }, (_, i) => {
    const ds = scaleDataSource(i);
    return {
      ...ds,
      metadata: { ...ds.metadata, uid: `bench-uid-${i}`, resourceVersion: String(1000 + i) },
      status: scaleStatus(i),
    };
  }),
});

/**
 * Adds `count` generated DataSources (and their namespaces) to a demo API store, with readiness
 * as CDI would report it.
 * @param {import('../api/store').Store} store
 * @param {number} count
 */
function seedScale(store, count) {
  const { findByKind } = require('../api/resources');
  const nsRes = /** @type {any} */ (findByKind('v1', 'Namespace'));
  const dsRes = /** @type {any} */ (findByKind('cdi.kubevirt.io/v1beta1', 'DataSource'));
  for (let n = 0; n < Math.min(count, NAMESPACES); n += 1) {
    const name = scaleNamespace(n);
    if (!store.get(nsRes, undefined, name)) {
      store.create(nsRes, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
    }
  }
  for (let i = 0; i < count; i += 1) {
    store.create(dsRes, { ...scaleDataSource(i), status: scaleStatus(i) });
  }
}

/** PREVIEW_SCALE as a count: 0 when unset; throws on anything but a whole number up to 200,000. */
const scaleFromEnv = (/** @type {string | undefined} */ value) => {
  if (value === undefined || value === '') return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 200_000) {
    throw new Error(`PREVIEW_SCALE must be a whole number from 0 to 200000, got "${value}"`);
  }
  return n;
};

module.exports = { scaleDataSource, scaleList, scaleStatus, seedScale, scaleFromEnv, OSES };
