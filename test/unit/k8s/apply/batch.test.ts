import { applyBatch, deleteBatch, type BatchProgress } from '../../../../src/k8s/apply';
import type { KubeObject } from '../../../../src/appliance/types';
import { fakeClient, httpError, secret, vm } from './fake-client';

const plans = (n: number): KubeObject[][] =>
  Array.from({ length: n }, (_, i) => [secret(`web-${i + 1}-ci`), vm(`web-${i + 1}`)]);

/** The fake, slowed down and watched: how many creates run at once; the k-th VM create fails. */
const watched = (failVmCreate?: number) => {
  const fake = fakeClient();
  let inFlight = 0;
  let maxInFlight = 0;
  let vmCreates = 0;
  const client = {
    ...fake.client,
    async create(obj: KubeObject, opts?: { dryRun?: boolean }) {
      if (!opts?.dryRun && obj.kind === 'VirtualMachine') {
        vmCreates += 1;
        if (vmCreates === failVmCreate) throw httpError(500, 'injected');
      }
      // Real creates only: a plan makes its objects one after the other, so this counts VMs.
      const real = !opts?.dryRun;
      if (real) inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      if (real) inFlight -= 1;
      return fake.client.create(obj, opts);
    },
  };
  return { ...fake, client, max: () => maxInFlight };
};

describe('a batch of VMs (semantics §11)', () => {
  it('dry-runs all, then creates all with at most 4 at a time, reporting progress', async () => {
    const f = watched();
    const seen: BatchProgress[] = [];
    const out = await applyBatch(f.client, plans(9), (p) => seen.push(p));
    expect(out.ok).toBe(true);
    expect(out.progress).toMatchObject({ total: 9, done: 9, failed: 0, remaining: 0 });
    expect(f.max()).toBeLessThanOrEqual(4);
    expect(f.max()).toBeGreaterThan(1);
    // Every dry run comes before the first real create.
    const firstCreate = f.calls.findIndex((c) => c.op === 'create');
    expect(f.calls.slice(firstCreate).some((c) => c.op === 'dry-run')).toBe(false);
    expect(f.calls.filter((c) => c.op === 'dry-run')).toHaveLength(18);
    expect(seen.map((p) => p.done)).toContain(5);
    expect([...f.store.keys()].filter((k) => k.startsWith('VirtualMachine/'))).toHaveLength(9);
  });

  it('creates nothing when one plan fails its dry run', async () => {
    const f = watched();
    f.failOnce('dry-run', 'VirtualMachine', httpError(422, 'bad'));
    const out = await applyBatch(f.client, plans(3));
    expect(out).toMatchObject({ ok: false, step: 'dry-run' });
    expect(f.calls.some((c) => c.op === 'create')).toBe(false);
  });

  it('stops on a failure; deleting the batch leaves nothing, keeping it leaves no orphan', async () => {
    const f = watched(3);
    const out = await applyBatch(f.client, plans(8), undefined, 1);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.step).toBe('create');
    expect(out.progress).toMatchObject({ total: 8, done: 2, failed: 1 });
    expect(out.progress.vms.filter((v) => v.state === 'stopped')).toHaveLength(5);
    // The failed VM's own Secret was rolled back: only whole VMs (Secret + VM) remain.
    const kept = [...f.store.keys()].sort();
    expect(kept).toEqual([
      'Secret/demo/web-1-ci',
      'Secret/demo/web-2-ci',
      'VirtualMachine/demo/web-1',
      'VirtualMachine/demo/web-2',
    ]);
    const undo = await deleteBatch(f.client, out.progress);
    expect(undo.leftBehind).toEqual([]);
    expect(f.store.size).toBe(0);
  });
});
