import type { Finding } from './findings';

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
