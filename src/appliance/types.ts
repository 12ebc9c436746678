import type { Finding } from '../findings';

/** Minimal Kubernetes object shape the core works on (no SDK import: the core is pure). */
export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: {
    name?: string;
    generateName?: string;
    namespace?: string;
    uid?: string;
    resourceVersion?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: Array<{
      apiVersion: string;
      kind: string;
      name: string;
      uid?: string;
      controller?: boolean;
      blockOwnerDeletion?: boolean;
    }>;
    [key: string]: unknown;
  };
  spec?: unknown;
  status?: unknown;
  [key: string]: unknown;
}

export type SourceKind = 'golden-image' | 'appliance' | 'other';
/** Only for appliances (semantics §1). */
export type ApplianceFlavor = 'agnostic' | 'identity';

export interface KindName {
  kind: string;
  name: string;
}

export interface Readiness {
  ready: boolean;
  /** The Ready condition's reason, e.g. `NoSource`; `Unknown` when there is no condition. */
  reason: string;
  message?: string;
}

export interface BoilerplateSummary {
  disks: number;
  networks: number;
  filesystems: number;
}

/** What the catalog, the wizard and the CLI know about a DataSource (semantics §1). */
export interface Classification {
  kind: SourceKind;
  flavor?: ApplianceFlavor;
  name: string;
  namespace: string;
  uid?: string;
  /** `openshift.io/display-name` annotation, else the name. */
  displayName: string;
  /** `description` or `openshift.io/description` annotation. */
  description?: string;
  readiness: Readiness;
  defaultInstancetype?: KindName;
  defaultPreference?: KindName;
  /** For an appliance: the boilerplate's own instancetype/preference, when it names them. */
  boilerplateInstancetype?: KindName;
  boilerplatePreference?: KindName;
  /** Operating system for filtering: the preference name (label or boilerplate), if any. */
  os?: string;
  /** `spec.source`: which kind of boot source and its reference. */
  source?: { kind: 'pvc' | 'snapshot' | 'dataSource'; name: string; namespace?: string };
  summary?: BoilerplateSummary;
  /** Boilerplate findings (appliances; empty for golden images). */
  findings: Finding[];
}

/** What the user chose in the wizard or on the command line (semantics §2, §3, §4). */
export interface InstantiateChoices {
  /** Beats the boilerplate and the DataSource labels. */
  instancetype?: KindName;
  preference?: KindName;
  /** true: runStrategy Always, false: Halted, undefined: the boilerplate's (golden image: Always). */
  start?: boolean;
  /** An OpenSSH public key line; goes into a Secret, never inline. */
  sshPublicKey?: string;
  /**
   * Generate a per-VM password (cloud-init user data in a Secret). Default: golden image without
   * an SSH key, or an appliance whose boilerplate holds a password that is not kept.
   */
  generatePassword?: boolean;
  /** Keep a password written into the boilerplate (shared by every VM made from it). */
  keepBoilerplatePassword?: boolean;
  /**
   * Identity fields (firmware uuid/serial, MACs, disk serials): `strip` for an agnostic
   * instantiation, `keep` for the disaster-recovery case. Default: keep for an identity-bearing
   * appliance, strip otherwise.
   */
  identity?: 'keep' | 'strip';
  /**
   * Values of the appliance's parameters by name (semantics §9): text from a form or the command
   * line, or typed values from a YAML file. An empty text means none given.
   */
  parameters?: Record<string, unknown>;
}

/** Cluster objects known to the caller; when a list is given, names not in it are errors. */
export interface KnownClusterObjects {
  instancetypes?: KubeObject[];
  preferences?: KubeObject[];
}

export interface InstantiateInput {
  dataSource: KubeObject;
  /** Objects of the appliance's namespace owned by it (the seed's PVC), for the namespace check. */
  companions?: KubeObject[];
  namespace: string;
  name: string;
  choices?: InstantiateChoices;
  known?: KnownClusterObjects;
  /** Uniform in [0, 1); inject a seeded source for deterministic output. */
  random: () => number;
  /**
   * Leave the final schema check (semantics §3.11) to the caller, who runs `schemaFindings` on
   * `vm` later: the boilerplate editor shows a keystroke's findings first, the preview after.
   */
  deferSchema?: boolean;
}

export interface InstantiateResult {
  kind: SourceKind;
  /** In creation order: Secrets first, then the VirtualMachine (the last element). */
  objects: KubeObject[];
  vm: KubeObject;
  findings: Finding[];
  /** A generated password, to show once; it is only inside a Secret's stringData in `objects`. */
  password?: string;
  /** Names of `generate` password parameters that got a random value (only inside a Secret). */
  generatedParameters?: string[];
}
