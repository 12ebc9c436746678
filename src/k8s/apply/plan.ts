import { finding, hasErrors, msg, type Finding } from '../../findings';
import { ownerReferencePatch } from '../../appliance/owner';
import type { KubeObject } from '../../appliance/types';
import type { K8sClient } from '../client';
import { errorToFindings, serverMessage } from './errors';

/** The three requests the plan makes (tests pass fakes that implement only these). */
export type ApplyClient = Pick<K8sClient, 'create' | 'patch' | 'remove'>;

export type ApplyStep = 'dry-run' | 'create' | 'owner' | 'rollback';

export interface ApplySuccess {
  ok: true;
  /** As created by the server, in creation order (the VM last). */
  created: KubeObject[];
  vm: KubeObject;
}

export interface ApplyFailure {
  ok: false;
  step: ApplyStep;
  /** The object the failing request was about. */
  failed?: KubeObject;
  findings: Finding[];
  /** Deleted again by the rollback (reverse creation order). */
  rolledBack: KubeObject[];
  /** Created by this attempt and not deleted: the rollback failed for them. */
  leftBehind: KubeObject[];
}

export type ApplyResult = ApplySuccess | ApplyFailure;

const label = (o: KubeObject) => `${o.kind ?? '?'} ${o.metadata?.name ?? '?'}`;

/**
 * Creation order (semantics §6): everything the VM refers to first, the VM last. Requires exactly
 * one VirtualMachine; anything else is a finding, so the user's YAML never reaches the server.
 */
export const orderForCreate = (
  objects: readonly KubeObject[],
): { ordered: KubeObject[]; findings: Finding[] } => {
  const vms = objects.filter((o) => o.kind === 'VirtualMachine');
  const findings: Finding[] = [];
  if (vms.length !== 1)
    findings.push(
      finding(
        'error',
        'VirtualMachineCount',
        '',
        msg('The YAML must hold exactly one VirtualMachine; it holds {{count}}.'),
        { count: vms.length },
      ),
    );
  objects.forEach((o, i) => {
    if (o.kind !== 'VirtualMachine' && o.kind !== 'Secret')
      findings.push(
        finding(
          'error',
          'KindNotCreatable',
          '/kind',
          msg(
            'Document {{document}} is a {{kind}}; the wizard creates only Secrets and one VirtualMachine.',
          ),
          { document: i, kind: o.kind ?? '' },
          { subject: 'document' },
        ),
      );
  });
  return {
    ordered: [...objects.filter((o) => o.kind !== 'VirtualMachine'), ...vms],
    findings,
  };
};

/**
 * Sends every object with `dryRun=All` (the client adds `fieldValidation=Strict`) and returns the
 * server's objections as findings. All objects are tried, so the user sees every problem at once.
 * A Secret that does not exist yet cannot be referenced by a dry-run VM, which is fine: KubeVirt
 * resolves secrets at start, not at admission.
 */
export const dryRun = async (
  client: ApplyClient,
  objects: readonly KubeObject[],
): Promise<Finding[]> => {
  const { ordered, findings } = orderForCreate(objects);
  if (hasErrors(findings)) return findings;
  const results = await Promise.all(
    ordered.map((obj) =>
      client.create(obj, { dryRun: true }).then(
        () => [] as Finding[],
        (e: unknown) => errorToFindings(e, obj, objects.indexOf(obj), 'dry-run'),
      ),
    ),
  );
  return results.flat();
};

/** Deletes what was created, newest first; what cannot be deleted is said, never hidden. */
export const rollback = async (
  client: ApplyClient,
  created: KubeObject[],
): Promise<{ rolledBack: KubeObject[]; leftBehind: KubeObject[]; findings: Finding[] }> => {
  const rolledBack: KubeObject[] = [];
  const leftBehind: KubeObject[] = [];
  const findings: Finding[] = [];
  for (const obj of [...created].reverse()) {
    try {
      await client.remove(obj);
      rolledBack.push(obj);
    } catch (e) {
      // A 404 means it is gone already (e.g. the garbage collector took an owned Secret).
      if ((e as { code?: number })?.code === 404 || /not found/i.test(serverMessage(e))) {
        rolledBack.push(obj);
        continue;
      }
      leftBehind.push(obj);
      findings.push(
        finding(
          'error',
          'RollbackFailed',
          '',
          msg(
            '{{object}} was created but could not be deleted again: {{reason}}. Delete it by hand.',
          ),
          { object: label(obj), reason: serverMessage(e) },
        ),
      );
    }
  }
  return { rolledBack, leftBehind, findings };
};

/**
 * Creates the objects in order, then makes the VM the owner of every Secret (semantics §4, §6).
 * On any failure, deletes what this attempt created (reverse order) and says what failed; the
 * caller keeps the user's YAML so they can fix it and try again.
 */
export const applyPlan = async (
  client: ApplyClient,
  objects: readonly KubeObject[],
): Promise<ApplyResult> => {
  const { ordered, findings: orderFindings } = orderForCreate(objects);
  if (hasErrors(orderFindings))
    return { ok: false, step: 'create', findings: orderFindings, rolledBack: [], leftBehind: [] };
  const created: KubeObject[] = [];
  const fail = async (step: ApplyStep, failed: KubeObject, findings: Finding[]) => {
    const undo = await rollback(client, created);
    return {
      ok: false as const,
      step,
      failed,
      findings: [...findings, ...undo.findings],
      rolledBack: undo.rolledBack,
      leftBehind: undo.leftBehind,
    };
  };
  for (const obj of ordered) {
    try {
      created.push(await client.create(obj, { dryRun: false }));
    } catch (e) {
      return fail('create', obj, errorToFindings(e, obj, objects.indexOf(obj), 'create'));
    }
  }
  const vm = created[created.length - 1];
  for (const secret of created.filter((o) => o.kind === 'Secret')) {
    try {
      await client.patch(secret, ownerReferencePatch(secret, vm));
    } catch (e) {
      return fail('owner', secret, [
        finding(
          'error',
          'OwnerPatchFailed',
          '',
          msg('Could not make {{vm}} the owner of {{object}}: {{reason}}'),
          { vm: label(vm), object: label(secret), reason: serverMessage(e) },
        ),
      ]);
    }
  }
  return { ok: true, created, vm };
};
