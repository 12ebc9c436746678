import type { K8sClient } from './client';
import { VirtualMachineModel } from './models';
import { statusOf } from './apply/errors';
import { useAsync } from './useAsync';

export type NameStatus = 'idle' | 'checking' | 'free' | 'taken' | 'unknown';

/**
 * Whether a VirtualMachine of that name exists (a GET: absent means free), debounced while the user
 * types. A 403 (the user may not read VMs there) is `unknown`: the dry run still catches a taken name.
 */
export const useNameCheck = (
  client: Pick<K8sClient, 'get'>,
  namespace: string,
  name: string,
  enabled: boolean,
): NameStatus => {
  const check = useAsync(
    enabled && namespace && name ? `${namespace}/${name}` : undefined,
    () =>
      client
        .get(VirtualMachineModel, namespace, name)
        .then((vm): NameStatus => (vm ? 'taken' : 'free')),
    250,
  );
  if (check.status === 'idle') return 'idle';
  if (check.status === 'loading') return 'checking';
  if (check.status === 'failed') return statusOf(check.error) === 404 ? 'free' : 'unknown';
  return check.value;
};
