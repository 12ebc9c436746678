import { msg } from '../findings';
import type { LifecycleEdge } from './graph';

/**
 * What the side panel can do for an edge. `snapshot`, `restore`, `clone` and
 * `enrich` create or patch objects here; `instantiate` and `upload-download`
 * lead to other pages; `seal` only explains (KubeVirt has no API for it).
 */
export type TransitionAction =
  | 'snapshot'
  | 'restore'
  | 'clone-vm'
  | 'clone-snapshot'
  | 'enrich'
  | 'instantiate'
  | 'upload-download'
  | 'seal';

export interface Transition {
  /** English i18n key: what the step does. */
  explanation: string;
  /** The API behind the step, as text (group/version and kind); absent when there is none. */
  api?: string;
  action?: TransitionAction;
}

const IMPORT: Transition = {
  explanation: msg(
    'The Migration Toolkit for Virtualization (MTV) imports a virtual machine from outside the cluster, such as an OVA file or a foreign appliance.',
  ),
  api: 'forklift.konveyor.io/v1beta1 Plan',
};

/** Keyed by the edge's index in the origin's order (semantics §8). */
const TRANSITIONS: Readonly<Record<number, Transition>> = {
  0: IMPORT,
  1: IMPORT,
  2: {
    explanation: msg(
      'Sealing removes what makes a disk one particular machine: machine-id, SSH host keys, logs and the like, for example with virt-sysprep on the stopped VM\'s disk. KubeVirt has no API for it. Mark the sealed PVC or DataSource with the label appliance.kubevirt.io/sealed: "true" so this view counts it.',
    ),
    action: 'seal',
  },
  3: {
    explanation: msg(
      'Enriching adds the golden-image labels (instancetype.kubevirt.io/default-preference and optionally default-instancetype) to a sealed DataSource, so the catalog can generate VMs from it.',
    ),
    api: 'cdi.kubevirt.io/v1beta1 DataSource (labels)',
    action: 'enrich',
  },
  4: {
    explanation: msg(
      'A golden image travels as an agnostic appliance bundle: downloaded from one cluster and uploaded to another to share it.',
    ),
    api: 'export.kubevirt.io/v1beta1 VirtualMachineExport',
    action: 'upload-download',
  },
  5: {
    explanation: msg(
      "The golden image's disk is pushed as a container disk image to a registry, from which DataImportCrons of other clusters import it.",
    ),
    api: 'cdi.kubevirt.io/v1beta1 DataImportCron',
  },
  6: {
    explanation: msg(
      "Instantiating generates a VM from a golden image or completes an appliance's boilerplate, and records the source in the annotation appliance.kubevirt.io/source.",
    ),
    api: 'kubevirt.io/v1 VirtualMachine',
    action: 'instantiate',
  },
  7: {
    explanation: msg(
      "A DataImportCron keeps a DataVolume imported from registry.redhat.io up to date and points the golden image's DataSource at the newest one.",
    ),
    api: 'cdi.kubevirt.io/v1beta1 DataImportCron',
  },
  8: {
    explanation: msg('Cloning copies a VM, its disks included, into a new VM.'),
    api: 'clone.kubevirt.io/v1beta1 VirtualMachineClone',
    action: 'clone-vm',
  },
  9: {
    explanation: msg(
      "The clone clears the machine's identity on the way: it gives the new VM new MAC addresses, a new SMBIOS serial and a new firmware UUID.",
    ),
    api: 'clone.kubevirt.io/v1beta1 VirtualMachineClone',
    action: 'clone-vm',
  },
  10: {
    explanation: msg('Restoring brings a VM back to the state of one of its snapshots.'),
    api: 'snapshot.kubevirt.io/v1beta1 VirtualMachineRestore',
    action: 'restore',
  },
  11: {
    explanation: msg("Cloning from a snapshot makes a new VM from the snapshot's state."),
    api: 'clone.kubevirt.io/v1beta1 VirtualMachineClone',
    action: 'clone-snapshot',
  },
  12: {
    explanation: msg(
      "A snapshot records a VM's disks and definition, identity included: it stays specific to this VM and cluster.",
    ),
    api: 'snapshot.kubevirt.io/v1beta1 VirtualMachineSnapshot',
    action: 'snapshot',
  },
  13: {
    explanation: msg(
      'A snapshot travels as an identity-bearing appliance bundle: exported and downloaded, then uploaded to restore the VM elsewhere (disaster recovery).',
    ),
    api: 'export.kubevirt.io/v1beta1 VirtualMachineExport',
    action: 'upload-download',
  },
};

export const transitionFor = (edge: Pick<LifecycleEdge, 'index'>): Transition => {
  const transition = TRANSITIONS[edge.index];
  if (!transition) throw new Error(`no transition for lifecycle edge ${edge.index}`);
  return transition;
};
