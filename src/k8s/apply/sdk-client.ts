import {
  k8sCreate,
  k8sDelete,
  k8sPatch,
  type K8sModel,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import type { KubeObject } from '../../appliance/types';
import type { ApplyClient } from './plan';

export const SecretModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'Secret',
  plural: 'secrets',
  abbr: 'S',
  label: 'Secret',
  labelPlural: 'Secrets',
  namespaced: true,
};

export const VirtualMachineModel: K8sModel = {
  apiGroup: 'kubevirt.io',
  apiVersion: 'v1',
  kind: 'VirtualMachine',
  plural: 'virtualmachines',
  abbr: 'VM',
  label: 'VirtualMachine',
  labelPlural: 'VirtualMachines',
  namespaced: true,
};

const MODELS: Record<string, K8sModel> = {
  Secret: SecretModel,
  VirtualMachine: VirtualMachineModel,
};

/** The model of a kind the wizard creates; other kinds are refused before any request. */
export const modelFor = (obj: KubeObject): K8sModel => {
  const model = MODELS[obj.kind ?? ''];
  if (!model) throw new Error(`The wizard does not create objects of kind ${obj.kind ?? '(none)'}`);
  return model;
};

const asResource = (obj: KubeObject) => obj as unknown as K8sResourceCommon;

/**
 * The apply plan's requests through the SDK: creates with `fieldValidation=Strict` (and
 * `dryRun=All` for the dry run), JSON patches, and deletes guarded by the created object's uid so a
 * rollback can never remove an object someone else made under the same name.
 */
export const sdkApplyClient: ApplyClient = {
  create: async (obj, { dryRun }) =>
    (await k8sCreate({
      model: modelFor(obj),
      data: asResource(obj),
      ns: obj.metadata?.namespace,
      queryParams: dryRun
        ? { dryRun: 'All', fieldValidation: 'Strict' }
        : { fieldValidation: 'Strict' },
    })) as unknown as KubeObject,
  patch: async (obj, patch) =>
    (await k8sPatch({
      model: modelFor(obj),
      resource: asResource(obj),
      data: patch,
    })) as unknown as KubeObject,
  remove: async (obj) => {
    await k8sDelete({
      model: modelFor(obj),
      resource: asResource(obj),
      json: {
        kind: 'DeleteOptions',
        apiVersion: 'v1',
        propagationPolicy: 'Background',
        ...(obj.metadata?.uid ? { preconditions: { uid: obj.metadata.uid } } : {}),
      },
    });
  },
};
