import { boilerplateSavePatch, type AuthoredTexts } from '../../appliance/boilerplate-save';
import { msg } from '../../findings';
import type { KubeObject } from '../../appliance/types';
import { serverMessage, statusOf } from '../apply/errors';
import type { K8sClient } from '../client';

export type SaveResult =
  | { kind: 'saved'; object: KubeObject }
  /** Someone changed the DataSource since it was loaded; `current` is what the cluster has now. */
  | { kind: 'conflict'; current: KubeObject }
  | { kind: 'failed'; status: number; message: string };

/**
 * Saves a boilerplate (and, given as authored texts, its parameter declarations) by patching only
 * those annotations, guarded by `base`'s resourceVersion (the version the user looked at).
 * Overwriting after a conflict is a save with the current object as `base`, which the user
 * reviewed in the conflict dialog.
 */
export const saveBoilerplate = async (
  client: K8sClient,
  base: KubeObject,
  sent: string | AuthoredTexts,
): Promise<SaveResult> => {
  const patch =
    typeof sent === 'string'
      ? boilerplateSavePatch(base, sent)
      : boilerplateSavePatch(base, sent.boilerplate, sent.parameters);
  try {
    return { kind: 'saved', object: await client.patch(base, patch) };
  } catch (e) {
    const status = statusOf(e);
    if (status === 409) {
      try {
        const current = await client.get(
          { apiVersion: base.apiVersion ?? 'cdi.kubevirt.io/v1beta1', kind: 'DataSource' },
          base.metadata?.namespace ?? '',
          base.metadata?.name ?? '',
        );
        if (current) return { kind: 'conflict', current };
        return {
          kind: 'failed',
          status: 404,
          message: msg('The DataSource was deleted meanwhile.'),
        };
      } catch (err) {
        return { kind: 'failed', status: statusOf(err), message: serverMessage(err) };
      }
    }
    return { kind: 'failed', status, message: serverMessage(e) };
  }
};
