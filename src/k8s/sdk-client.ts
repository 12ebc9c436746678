import {
  k8sCreate,
  k8sDelete,
  k8sGet,
  k8sListItems,
  k8sPatch,
  k8sUpdate,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import type { KubeObject } from '../appliance/types';
import { statusOf } from './apply/errors';
import type { K8sClient } from './client';
import { modelFor } from './models';

const asResource = (obj: KubeObject) => obj as unknown as K8sResourceCommon;
const asKube = (r: unknown) => r as KubeObject;

/**
 * The requests through the console SDK, with the user's own permissions. Creates always ask for
 * strict field validation, so a misspelt field is an error, never silently dropped; deletes carry
 * the object's uid, so a rollback can never remove an object someone else made under the same name.
 */
export const sdkClient: K8sClient = {
  get: async (ref, ns, name) => {
    try {
      return asKube(await k8sGet({ model: modelFor(ref.kind), ns, name }));
    } catch (e) {
      if (statusOf(e) === 404) return undefined;
      throw e;
    }
  },
  list: async (kind, ns) =>
    (await k8sListItems({
      model: modelFor(kind),
      queryParams: ns ? { ns } : {},
    })) as unknown as KubeObject[],
  create: async (obj, opts) =>
    asKube(
      await k8sCreate({
        model: modelFor(obj.kind),
        data: asResource(obj),
        ns: obj.metadata?.namespace,
        queryParams: opts?.dryRun
          ? { dryRun: 'All', fieldValidation: 'Strict' }
          : { fieldValidation: 'Strict' },
      }),
    ),
  update: async (obj) =>
    asKube(
      await k8sUpdate({
        model: modelFor(obj.kind),
        data: asResource(obj),
        ns: obj.metadata?.namespace,
        name: obj.metadata?.name,
      }),
    ),
  patch: async (obj, patch) =>
    asKube(await k8sPatch({ model: modelFor(obj.kind), resource: asResource(obj), data: patch })),
  remove: async (obj) => {
    await k8sDelete({
      model: modelFor(obj.kind),
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
