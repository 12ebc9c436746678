import { asString } from '../../appliance/json';
import type { K8sClient } from '../client';
import { sdkClient } from '../sdk-client';
import { useAsync } from '../useAsync';

/**
 * The NetworkAttachmentDefinitions a VM in `namespace` can use, as `namespace/name`: the
 * namespace's own and `default`'s (semantics §10.3). A list the user may not read adds nothing.
 */
export const useNetworkOptions = (
  namespace: string | undefined,
  client: Pick<K8sClient, 'list'> = sdkClient,
): string[] => {
  const nads = useAsync(namespace, async () => {
    const lists = await Promise.all(
      [...new Set([namespace ?? '', 'default'])].map((ns) =>
        client.list('NetworkAttachmentDefinition', ns).catch(() => []),
      ),
    );
    return lists
      .flat()
      .map((o) => `${asString(o.metadata?.namespace) ?? ''}/${asString(o.metadata?.name) ?? ''}`)
      .sort();
  });
  if (nads.status === 'done') return nads.value;
  return nads.status === 'loading' ? (nads.previous ?? []) : [];
};
