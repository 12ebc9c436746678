/**
 * Names kubevirt/common-instancetypes retired, and what to use instead. Offered before any
 * edit-distance guess: `server.micro` is closer in spelling to nothing useful, but it has a
 * successor. Facts from the common-instancetypes history:
 *
 * - `server.*` and `highperformance.*` were the first instancetypes (v0.0.x), replaced by the
 *   series (u1, cx1, ...) in later releases. The successor has at least the same vCPUs and memory:
 *   `server.*` in the universal u1 series; `highperformance.*` (which isolated the emulator
 *   thread) in cx1, the series with dedicated CPUs.
 * - `gn1.*` was deprecated in v1.1 and removed in v1.3: "use the universal u1 class of instance
 *   types for vCPUs and memory" and name the GPU in the VM.
 * - `centos.7*` and `centos.stream8*` were deprecated in v1.1 and removed in v1.3 (end of life);
 *   `centos.8.stream` and `centos.9.stream` were the early names of `centos.stream8`/`9`.
 */
const INSTANCETYPE_SUCCESSORS: ReadonlyMap<string, string> = new Map([
  ['server.micro', 'u1.nano'],
  ['server.tiny', 'u1.small'],
  ['server.small', 'u1.small'],
  ['server.medium', 'u1.medium'],
  ['server.large', 'u1.large'],
  ['highperformance.small', 'cx1.medium'],
  ['highperformance.medium', 'cx1.large'],
  ['highperformance.large', 'cx1.xlarge'],
  ['gn1.xlarge', 'u1.xlarge'],
  ['gn1.2xlarge', 'u1.2xlarge'],
  ['gn1.4xlarge', 'u1.4xlarge'],
  ['gn1.8xlarge', 'u1.8xlarge'],
]);

const PREFERENCE_SUCCESSORS: ReadonlyMap<string, string> = new Map([
  ['centos.7', 'centos.stream9'],
  ['centos.7.desktop', 'centos.stream9.desktop'],
  ['centos.stream8', 'centos.stream9'],
  ['centos.stream8.desktop', 'centos.stream9.desktop'],
  ['centos.stream8.dpdk', 'centos.stream9.dpdk'],
  ['centos.8.stream', 'centos.stream9'],
  ['centos.8.stream.desktop', 'centos.stream9.desktop'],
  ['centos.9.stream', 'centos.stream9'],
  ['centos.9.stream.desktop', 'centos.stream9.desktop'],
]);

/** The documented successor of a retired name, if the cluster offers it. */
export const successorOf = (
  field: 'instancetype' | 'preference',
  name: string,
  candidates: ReadonlySet<string>,
): string | undefined => {
  const table = field === 'instancetype' ? INSTANCETYPE_SUCCESSORS : PREFERENCE_SUCCESSORS;
  const next = table.get(name);
  return next !== undefined && candidates.has(next) ? next : undefined;
};
