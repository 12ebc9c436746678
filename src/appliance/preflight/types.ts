import type { Finding } from '../../findings';
import type { KubeObject } from '../types';

/** The checks of semantics §10, in the order the wizard lists them. */
export const CHECK_IDS = ['permission', 'names', 'networks', 'storage', 'quota', 'source'] as const;
export type CheckId = (typeof CHECK_IDS)[number];
export type CheckState = 'pass' | 'warning' | 'error' | 'skipped' | 'running';

/**
 * What is known of the target namespace (and the cluster) when the checks run. A list left
 * undefined was not read (a file without those objects, a forbidden list): the checks that need
 * it are skipped and say so, never passed.
 */
export interface ClusterSnapshot {
  /** Objects already in the target namespace. */
  virtualMachines?: KubeObject[];
  dataVolumes?: KubeObject[];
  persistentVolumeClaims?: KubeObject[];
  secrets?: KubeObject[];
  /** NetworkAttachmentDefinitions the target namespace can use (its own and `default`'s). */
  networkAttachmentDefinitions?: KubeObject[];
  storageClasses?: KubeObject[];
  resourceQuotas?: KubeObject[];
  /** Cluster instancetypes and the target namespace's own, to size the VM for the quota. */
  instancetypes?: KubeObject[];
  /** Bytes of the source volume the disks clone, when known (a clone cannot shrink). */
  sourceBytes?: number;
}

export interface CheckResult {
  id: CheckId;
  state: CheckState;
  findings: Finding[];
}

export interface PreflightInput {
  /** What completion produced: Secrets, then the VirtualMachine. */
  objects: KubeObject[];
  /** The DataSource the VM is made from (its readiness; its flavor). */
  dataSource: KubeObject;
  /** The appliance keeps its identity (disaster recovery): a twin must not run next to it. */
  identityBearing?: boolean;
  snapshot: ClusterSnapshot;
}
