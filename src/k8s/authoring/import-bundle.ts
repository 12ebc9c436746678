import { withOwnerUid, type ImportPlan, type ObjectKey } from '../../appliance/bundle-import';
import { exportObject } from '../../appliance/bundle-export';
import type { KubeObject } from '../../appliance/types';
import { serverMessage, statusOf } from '../apply/errors';
import { describe, type K8sClient } from '../client';

/** Which of the plan's objects already exist in the target namespace (for the confirmation). */
export const findExisting = async (
  client: K8sClient,
  plan: Pick<ImportPlan, 'steps'>,
  namespace: string,
): Promise<ObjectKey[]> => {
  const found = await Promise.all(
    plan.steps.map(async ({ object }) => {
      const name = object.metadata?.name ?? '';
      const got = await client.get(
        { apiVersion: object.apiVersion ?? '', kind: object.kind ?? '' },
        namespace,
        name,
      );
      return got ? { kind: object.kind ?? '', name } : undefined;
    }),
  );
  return found.filter((k): k is ObjectKey => !!k);
};

interface Done {
  /** As the server returned it. */
  object: KubeObject;
  /** For a replaced object: what was there before, to put back on rollback. */
  previous?: KubeObject;
}

export type ImportResult =
  | { ok: true; created: KubeObject[] }
  | {
      ok: false;
      failed: string;
      status: number;
      message: string;
      /** Undone by the rollback, in reverse order. */
      rolledBack: string[];
      /** Could not be undone: the user must clean these up. */
      leftBehind: string[];
    };

const undo = async (client: K8sClient, d: Done): Promise<void> => {
  if (!d.previous) return client.remove(d.object);
  const restored = exportObject(d.previous);
  restored.metadata = {
    ...restored.metadata,
    namespace: d.object.metadata?.namespace,
    resourceVersion: d.object.metadata?.resourceVersion,
    ownerReferences: d.previous.metadata?.ownerReferences,
  };
  await client.update(restored);
};

/**
 * Applies an import plan (issue 7): the DataSource first, then the companions with its uid in
 * their owner references. Replaces only what the plan marks `replace` (the user confirmed it).
 * Any failure undoes this attempt in reverse order, so nothing half-imported stays behind.
 */
export const applyImport = async (client: K8sClient, plan: ImportPlan): Promise<ImportResult> => {
  if (!plan.ready) throw new Error('applyImport needs a ready plan (no error findings)');
  const done: Done[] = [];
  let owner: { name: string; uid: string } | undefined;
  for (const step of plan.steps) {
    let obj = step.object;
    if (owner) obj = withOwnerUid(obj, owner);
    try {
      let d: Done;
      if (step.action === 'replace') {
        const ref = { apiVersion: obj.apiVersion ?? '', kind: obj.kind ?? '' };
        const previous = await client.get(
          ref,
          obj.metadata?.namespace ?? '',
          obj.metadata?.name ?? '',
        );
        const next = previous
          ? {
              ...obj,
              metadata: { ...obj.metadata, resourceVersion: previous.metadata?.resourceVersion },
            }
          : obj;
        d = previous
          ? { object: await client.update(next), previous }
          : { object: await client.create(next) };
      } else d = { object: await client.create(obj) };
      done.push(d);
      if (obj.kind === 'DataSource' && step === plan.steps[0]) {
        const uid = d.object.metadata?.uid;
        if (!uid) throw new Error('the created DataSource came back without a uid');
        owner = { name: d.object.metadata?.name ?? '', uid };
      }
    } catch (e) {
      const rolledBack: string[] = [];
      const leftBehind: string[] = [];
      for (const d of [...done].reverse()) {
        try {
          await undo(client, d);
          rolledBack.push(describe(d.object));
        } catch (err) {
          // Already gone (e.g. collected with its owner) is what we wanted.
          if (statusOf(err) === 404) rolledBack.push(describe(d.object));
          else leftBehind.push(describe(d.object));
        }
      }
      return {
        ok: false,
        failed: describe(obj),
        status: statusOf(e),
        message: serverMessage(e),
        rolledBack,
        leftBehind,
      };
    }
  }
  return { ok: true, created: done.map((d) => d.object) };
};
