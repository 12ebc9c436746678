import type { KubeObject } from '../types';
import { checkNames } from './names';
import { checkNetworks } from './networks';
import { checkQuota } from './quota';
import { checkSource } from './source';
import { checkStorage } from './storage';
import { skipped } from './state';
import type { CheckResult, PreflightInput } from './types';

export * from './types';
export {
  applyNetworkMapping,
  networksOf,
  qualify,
  type NetworkChoice,
  type VmNetwork,
} from './networks';
export { nextFreeName } from './names';
export { needsOf } from './quota';
export { stateOf } from './state';
export { snapshotFromObjects } from './snapshot';

/**
 * The pre-flight checks of semantics §10 over the completed objects and what is known of the
 * target namespace. Pure; permission needs a live cluster, so it is the caller's (skipped here).
 */
export const runPreflight = (input: PreflightInput): CheckResult[] => {
  const vm = input.objects.find((o) => o.kind === 'VirtualMachine') ?? ({} as KubeObject);
  return [
    skipped('permission'),
    checkNames(input.objects, input.snapshot),
    checkNetworks(vm, input.snapshot),
    checkStorage(vm, input.snapshot),
    checkQuota(input.objects, input.snapshot),
    checkSource(input.objects, input.dataSource, !!input.identityBearing, input.snapshot),
  ];
};
