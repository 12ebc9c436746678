import { applyPlan, createSingleFlight, type ApplyResult } from '../../../../src/k8s/apply';
import { fakeClient, secret, vm } from './fake-client';

describe('createSingleFlight', () => {
  it('a double click while an attempt runs makes one VM', async () => {
    const api = fakeClient();
    const guard = createSingleFlight<ApplyResult>();
    const objects = [secret('s1'), vm('a')];
    const first = guard.run(() => applyPlan(api.client, objects));
    const second = guard.run(() => applyPlan(api.client, objects));
    expect(second).toBe(first);
    const [a, b] = await Promise.all([first.promise, second.promise]);
    expect(a.ok).toBe(true);
    expect(b).toBe(a);
    expect(api.calls.filter((c) => c.op === 'create' && c.kind === 'VirtualMachine')).toHaveLength(
      1,
    );
  });

  it('gives each attempt its own id and allows a retry after a failure', async () => {
    const guard = createSingleFlight<number>();
    const first = guard.run(() => Promise.reject(new Error('failed')));
    await expect(first.promise).rejects.toThrow('failed');
    expect(guard.current()).toBeUndefined();
    const second = guard.run((id) => Promise.resolve(id));
    expect(second.id).not.toBe(first.id);
    await expect(second.promise).resolves.toBe(second.id);
  });
});
