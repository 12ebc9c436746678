import type { Operation } from 'fast-json-patch';
import type { KubeObject } from './types';
import { VM_API_VERSION, VM_KIND } from './constants';

export type OwnerReference = NonNullable<
  NonNullable<KubeObject['metadata']>['ownerReferences']
>[number];

/**
 * The ownerReference a Secret made for a VM gets, so it is deleted with the VM (semantics §4).
 * Creation order (semantics §6): create the Secrets, then the VM; once the VM exists (it has a
 * uid), patch each Secret with `ownerReferencePatch(createdVm)`. Throws without a uid: Kubernetes
 * rejects an ownerReference without one.
 */
export const ownerReferenceFor = (vm: KubeObject): OwnerReference => {
  const name = vm.metadata?.name;
  const uid = vm.metadata?.uid;
  if (!name || !uid)
    throw new Error(
      'ownerReferenceFor needs the created VirtualMachine (with metadata.name and metadata.uid)',
    );
  return {
    apiVersion: vm.apiVersion ?? VM_API_VERSION,
    kind: vm.kind ?? VM_KIND,
    name,
    uid,
    blockOwnerDeletion: false,
    controller: false,
  };
};

/** JSON patch adding the VM as owner of a Secret (keeps other owners). */
export const ownerReferencePatch = (secret: KubeObject, vm: KubeObject): Operation[] => {
  const ref = ownerReferenceFor(vm);
  return secret.metadata?.ownerReferences
    ? [{ op: 'add', path: '/metadata/ownerReferences/-', value: ref }]
    : [{ op: 'add', path: '/metadata/ownerReferences', value: [ref] }];
};
