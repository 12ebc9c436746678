import { finding, hasErrors, msg, type Finding } from '../../findings';
import type { KubeObject } from '../../appliance/types';
import { applyPlan, dryRun, rollback, type ApplyClient, type ApplyFailure } from './plan';

/** Semantics §11: at most this many VMs are being created at the same time. */
export const BATCH_CONCURRENCY = 4;

export type BatchVmState = 'waiting' | 'creating' | 'done' | 'failed' | 'stopped';

export interface BatchVm {
  name: string;
  state: BatchVmState;
  /** What was created for it (Secrets, then the VM), once done. */
  created?: KubeObject[];
  findings?: Finding[];
}

export interface BatchProgress {
  total: number;
  done: number;
  failed: number;
  remaining: number;
  vms: BatchVm[];
}

export type BatchOutcome =
  | { ok: true; progress: BatchProgress }
  /** `dry-run`: nothing was created. `create`: the rest stopped; the caller deletes or keeps. */
  | { ok: false; step: 'dry-run' | 'create'; progress: BatchProgress; findings: Finding[] };

const vmName = (plan: readonly KubeObject[]): string =>
  plan.find((o) => o.kind === 'VirtualMachine')?.metadata?.name ?? '?';

const snapshot = (vms: BatchVm[]): BatchProgress => {
  const done = vms.filter((v) => v.state === 'done').length;
  const failed = vms.filter((v) => v.state === 'failed').length;
  return {
    total: vms.length,
    done,
    failed,
    remaining: vms.length - done - failed,
    vms: vms.map((v) => ({ ...v })),
  };
};

/**
 * Creates a batch of VMs (semantics §11): every plan passes the server's dry run before the first
 * create; then at most `concurrency` VMs are created at once, each as one plan (its Secrets, the
 * VM, the owner references; a VM that fails is rolled back on its own). On the first failure
 * nothing new starts; the VMs already made stay until the caller deletes them (`deleteBatch`)
 * or keeps them. `onProgress` hears every change.
 */
export const applyBatch = async (
  client: ApplyClient,
  plans: readonly KubeObject[][],
  onProgress: (p: BatchProgress) => void = () => undefined,
  concurrency = BATCH_CONCURRENCY,
): Promise<BatchOutcome> => {
  const vms: BatchVm[] = plans.map((p) => ({ name: vmName(p), state: 'waiting' }));
  const report = () => onProgress(snapshot(vms));
  // The dry runs too go a few at a time: a hundred VMs must not be a burst of requests.
  const objections: Finding[][] = [];
  let checked = 0;
  await Promise.all(
    Array.from({ length: Math.min(Math.max(1, concurrency), plans.length) }, async () => {
      while (checked < plans.length) {
        const i = checked;
        checked += 1;
        objections[i] = await dryRun(client, plans[i]);
      }
    }),
  );
  if (objections.some(hasErrors)) {
    objections.forEach((f, i) => {
      if (hasErrors(f)) vms[i] = { ...vms[i], state: 'failed', findings: f };
    });
    report();
    return { ok: false, step: 'dry-run', progress: snapshot(vms), findings: objections.flat() };
  }
  let next = 0;
  let failure: ApplyFailure | undefined;
  const worker = async () => {
    while (!failure && next < plans.length) {
      const i = next;
      next += 1;
      vms[i] = { ...vms[i], state: 'creating' };
      report();
      const result = await applyPlan(client, plans[i]);
      if (result.ok) vms[i] = { ...vms[i], state: 'done', created: result.created };
      else {
        failure ??= result;
        vms[i] = { ...vms[i], state: 'failed', findings: result.findings };
      }
      report();
    }
  };
  await Promise.all(
    Array.from({ length: Math.min(Math.max(1, concurrency), plans.length) }, worker),
  );
  if (!failure) return { ok: true, progress: snapshot(vms) };
  vms.forEach((v, i) => {
    if (v.state === 'waiting') vms[i] = { ...v, state: 'stopped' };
  });
  report();
  return {
    ok: false,
    step: 'create',
    progress: snapshot(vms),
    findings: [
      finding(
        'error',
        'BatchStopped',
        '',
        msg('Creating {{name}} failed; the VMs after it were not started.'),
        { name: vms.find((v) => v.state === 'failed')?.name ?? '?' },
      ),
      ...failure.findings,
    ],
  };
};

/**
 * "Delete the batch": removes every VM that was made and its Secrets (newest first), so nothing
 * of the batch is left; DataVolumes go with their VM (KubeVirt owns them).
 */
export const deleteBatch = (client: ApplyClient, progress: BatchProgress) =>
  rollback(
    client,
    progress.vms.flatMap((v) => v.created ?? []),
  );
