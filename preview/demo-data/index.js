// @ts-check
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const yaml = require('js-yaml');
const { instancetypes, preferences } = require('./instancetypes');
const { scaleFromEnv, seedScale } = require('./scale');

/**
 * The preview's demo data, and a summary of it for tests (so tests that count things read the
 * counts from here instead of repeating them).
 *
 * `static-data-appliance.yaml` is the origin document's appliance exactly as written (defects
 * included: it is a test case). It has no namespace and its PVC's ownerReference has no uid; the
 * seed puts it in `demo` and fills the uid from the created DataSource, as an import would.
 */

const FILES = [
  'namespaces.yaml',
  'golden-images.yaml',
  'static-data-appliance.yaml',
  'web-stack-appliance.yaml',
  'workloads.yaml',
  'lifecycle.yaml',
  'team-instancetypes.yaml',
  'kubevirt.yaml',
  'cluster-fit.yaml',
];
const GOLDEN_NS = 'openshift-virtualization-os-images';
const SOURCE_UID = 'appliance.kubevirt.io/source-uid';
const ORIGIN_NS = 'demo';

/** Creation order: what others refer to comes first. */
const ORDER = [
  'Namespace',
  'StorageClass',
  'StorageProfile',
  'NetworkAttachmentDefinition',
  'ResourceQuota',
  'VirtualMachineClusterInstancetype',
  'VirtualMachineClusterPreference',
  'VirtualMachineInstancetype',
  'VirtualMachinePreference',
  'PersistentVolumeClaim',
  'VolumeSnapshot',
  'Secret',
  'DataSource',
  'DataImportCron',
  'VirtualMachine',
  'VirtualMachineSnapshot',
  'VirtualMachineClone',
];

/** @param {string} file */
function readYaml(file) {
  const text = fs.readFileSync(path.join(__dirname, file), 'utf8');
  return yaml.loadAll(text).filter((d) => d && typeof d === 'object');
}

/** Every demo object, in creation order, without server-set fields. @returns {any[]} */
function loadDemoObjects() {
  /** @type {any[]} */
  const docs = [];
  for (const f of FILES) {
    for (const d of readYaml(f)) {
      const o = /** @type {any} */ (d);
      if (f === 'static-data-appliance.yaml')
        o.metadata.namespace = o.metadata.namespace || ORIGIN_NS;
      docs.push(o);
    }
  }
  docs.push(...instancetypes(), ...preferences());
  const rank = (/** @type {any} */ o) => {
    const i = ORDER.indexOf(o.kind);
    return i < 0 ? ORDER.length : i;
  };
  return docs
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || a.i - b.i)
    .map((x) => x.d);
}

/** @param {any} o */
const isAppliance = (o) =>
  o.kind === 'DataSource' && Boolean(o.metadata.annotations?.['appliance.kubevirt.io/vm-spec']);

/**
 * Loads the demo objects into a store (bypassing the API's validation: the origin appliance is
 * deliberately defective), then fills ownerReference uids by owner kind and name.
 * @param {import('../api/store').Store} store
 */
function seedStore(store) {
  const { findByKind } = require('../api/resources');
  const { normalize } = require('../api/defaulting');
  const { dataSourceReadiness } = require('../api/derived');
  /** @type {Array<{res: any, obj: any}>} */
  const created = [];
  for (const o of loadDemoObjects()) {
    const res = findByKind(o.apiVersion, o.kind);
    if (!res)
      throw new Error(
        `demo data: no served resource for ${o.apiVersion} ${o.kind} (${o.metadata?.name})`,
      );
    normalize(res, o);
    for (const ref of o.metadata.ownerReferences || []) {
      if (ref.uid) continue;
      const ownerRes = findByKind(ref.apiVersion, ref.kind);
      const owner =
        ownerRes &&
        created.find(
          (c) =>
            c.res === ownerRes &&
            c.obj.metadata.name === ref.name &&
            c.obj.metadata.namespace === (ownerRes.namespaced ? o.metadata.namespace : undefined),
        );
      if (owner) ref.uid = owner.obj.metadata.uid;
    }
    created.push({ res, obj: store.create(res, o) });
  }
  // Owners may be created after their dependents (the origin's PVC precedes its DataSource).
  for (const c of created) {
    const refs = c.obj.metadata.ownerReferences || [];
    if (!refs.some((/** @type {any} */ r) => !r.uid)) continue;
    const cur = store.get(c.res, c.obj.metadata.namespace, c.obj.metadata.name);
    for (const ref of cur.metadata.ownerReferences) {
      if (ref.uid) continue;
      const ownerRes = findByKind(ref.apiVersion, ref.kind);
      const owner =
        ownerRes &&
        store.get(ownerRes, ownerRes.namespaced ? cur.metadata.namespace : undefined, ref.name);
      if (owner) ref.uid = owner.metadata.uid;
    }
    store.replace(c.res, cur);
  }
  // DataSource readiness as CDI would have left it.
  for (const c of created) {
    if (c.obj.kind !== 'DataSource') continue;
    const cur = store.get(c.res, c.obj.metadata.namespace, c.obj.metadata.name);
    const [status, reason, message] = dataSourceReadiness(store, cur);
    const t = cur.metadata.creationTimestamp;
    cur.status = {
      source: cur.spec?.source || {},
      conditions: [
        { type: 'Ready', status, reason, message, lastTransitionTime: t, lastHeartbeatTime: t },
      ],
    };
    store.replace(c.res, cur);
  }
  // Status timestamps and references the demo YAML leaves to the controllers.
  for (const c of created) {
    const cur = store.get(c.res, c.obj.metadata.namespace, c.obj.metadata.name);
    if (cur.kind === 'VirtualMachineSnapshot') {
      const src = store.get(
        /** @type {import('../api/resources').Resource} */ (
          findByKind('kubevirt.io/v1', 'VirtualMachine')
        ),
        cur.metadata.namespace,
        cur.spec.source.name,
      );
      cur.status = {
        ...cur.status,
        creationTime: cur.metadata.creationTimestamp,
        sourceUID: src?.metadata.uid,
      };
      store.replace(c.res, cur);
    }
    // Provenance as instantiation writes it: the source's namespace/name and its uid.
    const source = cur.metadata.annotations?.['appliance.kubevirt.io/source'];
    if (cur.kind === 'VirtualMachine' && source && !cur.metadata.annotations[SOURCE_UID]) {
      const [ns, name] = source.split('/');
      const ds = store.get(
        /** @type {any} */ (findByKind('cdi.kubevirt.io/v1beta1', 'DataSource')),
        ns,
        name,
      );
      if (ds) {
        cur.metadata.annotations[SOURCE_UID] = ds.metadata.uid;
        store.replace(c.res, cur);
      }
    }
  }
  // PREVIEW_SCALE=N adds N generated DataSources (scale.js), to feel the catalog at scale.
  const scale = scaleFromEnv(process.env.PREVIEW_SCALE);
  if (scale > 0) seedScale(store, scale);
}

/** Counts and names for tests; computed from the data, never typed twice. */
function summarize() {
  const objs = loadDemoObjects();
  const of = (/** @type {string} */ kind) => objs.filter((o) => o.kind === kind);
  const dss = of('DataSource');
  const golden = dss.filter((d) => d.metadata.namespace === GOLDEN_NS);
  const vms = of('VirtualMachine');
  return {
    namespaces: of('Namespace').map((n) => n.metadata.name),
    goldenNamespace: GOLDEN_NS,
    goldenImages: golden.map((d) => d.metadata.name),
    readyGoldenImages: golden.filter((d) => d.spec?.source?.pvc).map((d) => d.metadata.name),
    notReadyGoldenImages: golden.filter((d) => !d.spec?.source?.pvc).map((d) => d.metadata.name),
    appliances: dss.filter(isAppliance).map((d) => `${d.metadata.namespace}/${d.metadata.name}`),
    dataImportCrons: of('DataImportCron').map((d) => d.metadata.name),
    instancetypes: of('VirtualMachineClusterInstancetype').map((d) => d.metadata.name),
    preferences: of('VirtualMachineClusterPreference').map((d) => d.metadata.name),
    namespacedInstancetypes: of('VirtualMachineInstancetype').map(
      (d) => `${d.metadata.namespace}/${d.metadata.name}`,
    ),
    namespacedPreferences: of('VirtualMachinePreference').map(
      (d) => `${d.metadata.namespace}/${d.metadata.name}`,
    ),
    vmsByNamespace: vms.reduce((/** @type {Record<string, string[]>} */ acc, v) => {
      (acc[v.metadata.namespace] = acc[v.metadata.namespace] || []).push(v.metadata.name);
      return acc;
    }, {}),
    snapshots: of('VirtualMachineSnapshot').map((d) => d.metadata.name),
    clones: of('VirtualMachineClone').map((d) => d.metadata.name),
    sealedDataSources: dss
      .filter((d) => d.metadata.labels?.['appliance.kubevirt.io/sealed'] === 'true')
      .map((d) => `${d.metadata.namespace}/${d.metadata.name}`),
    sealedVolumes: of('PersistentVolumeClaim')
      .filter((p) => p.metadata.labels?.['appliance.kubevirt.io/sealed'] === 'true')
      .map((p) => p.metadata.name),
    originAppliance: {
      namespace: ORIGIN_NS,
      name: 'static-data-appliance',
      companionPvc: 'shared-static-data',
    },
  };
}

const demoSummary = summarize();

module.exports = { seedStore, loadDemoObjects, demoSummary, FILES };
