import * as React from 'react';
import {
  CHECK_IDS,
  runPreflight,
  type CheckResult,
  type ClusterSnapshot,
} from '../../appliance/preflight';
import type { KubeObject } from '../../appliance/types';
import type { K8sClient } from '../client';
import { sdkClient } from '../sdk-client';
import { useAsync } from '../useAsync';
import { checkPermission } from './permission';
import { readClusterSnapshot } from './snapshot';

export interface Preflight {
  /** One entry per check of semantics §10, in order; `running` until its answer is in. */
  checks: CheckResult[];
  /** Every check has its answer. */
  done: boolean;
}

const running = (id: CheckResult['id']): CheckResult => ({ id, state: 'running', findings: [] });

/**
 * The pre-flight checks of the objects about to be created in `namespace`: the namespace's state
 * is read once per namespace (and again when `refresh` changes, e.g. after a create), the pure
 * checks follow every edit of the objects at once.
 */
export const usePreflight = (
  objects: readonly KubeObject[] | undefined,
  dataSource: KubeObject | undefined,
  namespace: string | undefined,
  opts: { identityBearing?: boolean; refresh?: number; client?: Pick<K8sClient, 'list'> } = {},
): Preflight => {
  const client = opts.client ?? sdkClient;
  const key = namespace ? `${namespace}#${opts.refresh ?? 0}` : undefined;
  const snapshot = useAsync<ClusterSnapshot>(key, () =>
    readClusterSnapshot(client, namespace ?? ''),
  );
  const kinds = (objects ?? []).map((o) => o.kind).join(',');
  const permission = useAsync(key && objects ? `${key}#${kinds}` : undefined, () =>
    checkPermission(objects ?? [], namespace ?? ''),
  );
  return React.useMemo(() => {
    if (!objects || !dataSource || snapshot.status !== 'done')
      return { checks: CHECK_IDS.map(running), done: false };
    const [, ...rest] = runPreflight({
      objects: [...objects],
      dataSource,
      identityBearing: opts.identityBearing,
      snapshot: snapshot.value,
    });
    const perm = permission.status === 'done' ? permission.value : running('permission');
    return { checks: [perm, ...rest], done: permission.status === 'done' };
  }, [objects, dataSource, snapshot, permission, opts.identityBearing]);
};
