import {
  k8sCreate,
  k8sDelete,
  k8sGet,
  k8sPatch,
  k8sUpdate,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import type { KubeObject } from '../../appliance/types';
import { statusOf } from '../apply/errors';
import type { AuthoringClient } from './client';
import { authoringModelFor } from './models';

const asResource = (obj: KubeObject) => obj as unknown as K8sResourceCommon;
const asKube = (r: unknown) => r as KubeObject;

/** Authoring's requests through the console SDK (the user's own permissions apply). */
export const sdkAuthoringClient: AuthoringClient = {
  get: async (ref, ns, name) => {
    try {
      return asKube(await k8sGet({ model: authoringModelFor(ref.kind), ns, name }));
    } catch (e) {
      if (statusOf(e) === 404) return undefined;
      throw e;
    }
  },
  create: async (obj, opts) =>
    asKube(
      await k8sCreate({
        model: authoringModelFor(obj.kind),
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
        model: authoringModelFor(obj.kind),
        data: asResource(obj),
        ns: obj.metadata?.namespace,
        name: obj.metadata?.name,
      }),
    ),
  patch: async (obj, patch) =>
    asKube(
      await k8sPatch({
        model: authoringModelFor(obj.kind),
        resource: asResource(obj),
        data: patch,
      }),
    ),
  remove: async (obj) => {
    await k8sDelete({
      model: authoringModelFor(obj.kind),
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
