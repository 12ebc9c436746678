// One constant for "what the bundled schema matches", so the gate default follows the schema.
import { BUNDLED_KUBEVIRT_VERSION } from '../schema/validate';

/**
 * What the target cluster runs, for the few rules whose verdict depends on a KubeVirt feature gate.
 * Module state like `setVirtualMachineSchema`: the UI sets it after reading the cluster's KubeVirt
 * object; the CLI and tests leave it at the bundled default.
 */
export interface ClusterProfile {
  /** `v1.9.0`, `1.9`, `1.9.0-rc.1`...; absent: the version the bundled schema matches. */
  kubevirtVersion?: string;
  /** `spec.configuration.developerConfiguration.featureGates` of the KubeVirt object. */
  featureGates?: string[];
  /** `spec.configuration.developerConfiguration.disabledFeatureGates` (turns Beta gates off). */
  disabledFeatureGates?: string[];
}

// The default profile is the KubeVirt release the bundled schema matches.
export { BUNDLED_KUBEVIRT_VERSION };

/**
 * Gates the rules consult. `betaSince`: the first release where the gate is Beta; from KubeVirt
 * 1.9 on a Beta gate is on unless disabled (pkg/virt-config/featuregate IsEnabled), before 1.9
 * Beta gates were off by default like Alpha ones.
 */
const GATES: Record<string, { betaSince?: string }> = {
  // Alpha in 1.6-1.8, Beta in 1.9: an empty CD-ROM (no volume) needs it.
  DeclarativeHotplugVolumes: { betaSince: '1.9' },
  // Alpha up to 1.9: runStrategy WaitAsReceiver needs it.
  DecentralizedLiveMigration: {},
};

/** Beta gates are on by default from this release (KubeVirt's featuregate.IsEnabled). */
const BETA_ON_BY_DEFAULT_SINCE = '1.9';

let profile: ClusterProfile | null = null;

/** Sets the cluster's profile; `null` restores the bundled default. */
export const setClusterProfile = (next: ClusterProfile | null): void => {
  profile = next ? { ...next } : null;
};

/** The profile in force: the cluster's when set, else the bundled KubeVirt version, no gates. */
export const clusterProfile = (): ClusterProfile =>
  profile ?? { kubevirtVersion: BUNDLED_KUBEVIRT_VERSION };

const versionOf = (text: string | undefined): [number, number] | undefined => {
  const m = /^v?(\d{1,4})\.(\d{1,4})/.exec(text ?? '');
  return m ? [Number(m[1]), Number(m[2])] : undefined;
};

const atLeast = (version: string, since: string): boolean => {
  const v = versionOf(version);
  const s = versionOf(since);
  return !!v && !!s && (v[0] > s[0] || (v[0] === s[0] && v[1] >= s[1]));
};

export type GateReason = 'enabled' | 'disabled' | 'beta-default' | 'off-by-default';

export interface GateDecision {
  gate: string;
  enabled: boolean;
  /** The KubeVirt version the decision assumed. */
  version: string;
  reason: GateReason;
}

/** Whether `gate` is on in the profile in force, and why (for the finding's message). */
export const featureGate = (gate: string): GateDecision => {
  const p = clusterProfile();
  const version = versionOf(p.kubevirtVersion) ? p.kubevirtVersion! : BUNDLED_KUBEVIRT_VERSION;
  const decide = (enabled: boolean, reason: GateReason): GateDecision => ({
    gate,
    enabled,
    version,
    reason,
  });
  if (p.featureGates?.includes(gate)) return decide(true, 'enabled');
  if (p.disabledFeatureGates?.includes(gate)) return decide(false, 'disabled');
  const since = GATES[gate]?.betaSince;
  const beta =
    since !== undefined && atLeast(version, since) && atLeast(version, BETA_ON_BY_DEFAULT_SINCE);
  return beta ? decide(true, 'beta-default') : decide(false, 'off-by-default');
};
