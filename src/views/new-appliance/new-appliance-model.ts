import { applianceFromGoldenImage } from '../../appliance/from-golden-image';
import {
  applianceFromVirtualMachine,
  type BootSource,
  type BootSourceKind,
  type FromVmResult,
} from '../../appliance/from-vm';
import { asArray, getIn, isObject } from '../../appliance/json';
import type { KubeObject } from '../../appliance/types';

export type StartFrom = 'vm' | 'golden-image';

export interface NewApplianceForm {
  startFrom: StartFrom;
  /** `<namespace>/<name>` of the VM or golden image. */
  source: string;
  name: string;
  namespace: string;
  bootKind: BootSourceKind;
  bootName: string;
  bootNamespace: string;
  keepIdentity: boolean;
}

/**
 * A sensible boot source to start with: for a VM, the PVC behind its boot disk's data volume
 * template (its DataVolume has the template's name); for a golden image, its own source.
 */
export const defaultBootSource = (
  startFrom: StartFrom,
  source: KubeObject | undefined,
): BootSource | undefined => {
  if (!source) return undefined;
  const ns = source.metadata?.namespace;
  if (startFrom === 'golden-image') {
    const src = getIn(source, 'spec', 'source');
    if (isObject(src) && isObject(src.pvc) && typeof src.pvc.name === 'string')
      return {
        kind: 'PersistentVolumeClaim',
        name: src.pvc.name,
        namespace: typeof src.pvc.namespace === 'string' ? src.pvc.namespace : ns,
      };
    if (isObject(src) && isObject(src.snapshot) && typeof src.snapshot.name === 'string')
      return {
        kind: 'VolumeSnapshot',
        name: src.snapshot.name,
        namespace: typeof src.snapshot.namespace === 'string' ? src.snapshot.namespace : ns,
      };
    return undefined;
  }
  const template = asArray(getIn(source, 'spec', 'dataVolumeTemplates')).find(isObject);
  const name = getIn(template, 'metadata', 'name');
  return typeof name === 'string'
    ? { kind: 'PersistentVolumeClaim', name, namespace: ns }
    : undefined;
};

/** The appliance the form describes, or undefined until a source is chosen. */
export const buildAppliance = (
  form: NewApplianceForm,
  source: KubeObject | undefined,
): FromVmResult | undefined => {
  if (!source) return undefined;
  const bootSource: BootSource = {
    kind: form.bootKind,
    name: form.bootName.trim(),
    ...(form.bootNamespace.trim() ? { namespace: form.bootNamespace.trim() } : {}),
  };
  if (form.startFrom === 'golden-image')
    return applianceFromGoldenImage({
      goldenImage: source,
      name: form.name.trim(),
      namespace: form.namespace,
      bootSource,
    });
  return applianceFromVirtualMachine({
    vm: source,
    name: form.name.trim(),
    namespace: form.namespace,
    bootSource,
    keepIdentity: form.keepIdentity,
  });
};
