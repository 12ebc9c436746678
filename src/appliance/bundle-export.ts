import { cloneJson, isObject, type JsonObject } from './json';
import { toYaml } from './from-vm';
import { SERVER_METADATA } from './clean';
import type { KubeObject } from './types';

const DROPPED_METADATA = [
  // Owner references to the appliance travel with the bundle (rewritten in exportObject).
  ...SERVER_METADATA.filter((k) => k !== 'ownerReferences'),
  // The bundle is imported into a namespace the user chooses.
  'namespace',
];

// Written by controllers about this one cluster's storage; an import must not claim them.
const CLUSTER_ANNOTATION_PREFIXES = [
  'pv.kubernetes.io/',
  'volume.kubernetes.io/',
  'volume.beta.kubernetes.io/',
  'cdi.kubevirt.io/storage.',
  'kubectl.kubernetes.io/last-applied-configuration',
];

export interface ExportedBundle {
  fileName: string;
  text: string;
  objects: KubeObject[];
}

/** `<name>.appliance.yaml`, the name reduced to safe file-name characters. */
export const bundleFileName = (name: string): string =>
  `${name.replace(/[^A-Za-z0-9._-]/g, '_') || 'appliance'}.appliance.yaml`;

/**
 * One object as it goes into a bundle: no server fields, no status, no namespace; ownerReferences
 * to the appliance kept by apiVersion, kind and name only (the uid is the source cluster's), other
 * owners dropped (they do not travel with the bundle).
 */
export const exportObject = (obj: KubeObject, owner?: { name: string }): KubeObject => {
  const out = cloneJson(obj) as JsonObject;
  delete out.status;
  const meta = isObject(out.metadata) ? out.metadata : {};
  out.metadata = meta;
  for (const k of DROPPED_METADATA) delete meta[k];
  const refs = Array.isArray(meta.ownerReferences) ? meta.ownerReferences : [];
  const kept = refs
    .filter(
      (r): r is JsonObject =>
        isObject(r) && !!owner && r.kind === 'DataSource' && r.name === owner.name,
    )
    .map((r) => {
      const ref: JsonObject = { apiVersion: r.apiVersion, kind: r.kind, name: r.name };
      if (r.controller !== undefined) ref.controller = r.controller;
      if (r.blockOwnerDeletion !== undefined) ref.blockOwnerDeletion = r.blockOwnerDeletion;
      return ref;
    });
  if (kept.length) meta.ownerReferences = kept;
  else delete meta.ownerReferences;
  if (isObject(meta.annotations)) {
    const annotations = meta.annotations;
    for (const key of Object.keys(annotations))
      if (CLUSTER_ANNOTATION_PREFIXES.some((p) => key.startsWith(p))) delete annotations[key];
    if (Object.keys(annotations).length === 0) delete meta.annotations;
  }
  // A claim bound to one cluster's PersistentVolume cannot be recreated elsewhere with the binding.
  if (out.kind === 'PersistentVolumeClaim' && isObject(out.spec)) delete out.spec.volumeName;
  return out as KubeObject;
};

/**
 * The appliance bundle (issue 7): the DataSource first, then its companions, as multi-document
 * YAML that `parseMultiDocument` and the import read back.
 */
export const exportBundle = (dataSource: KubeObject, companions: KubeObject[]): ExportedBundle => {
  const name = dataSource.metadata?.name ?? 'appliance';
  const objects = [exportObject(dataSource), ...companions.map((c) => exportObject(c, { name }))];
  const header = `# Appliance bundle: DataSource ${name} and ${companions.length} companion object(s).\n# Import it with the console's "Import appliance bundle" page, or check it with\n# kubevirt-appliance bundle validate ${bundleFileName(name)}\n`;
  const text = header + objects.map((o) => `---\n${toYaml(o)}`).join('');
  return { fileName: bundleFileName(name), text, objects };
};
