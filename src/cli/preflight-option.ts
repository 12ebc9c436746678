import { setClusterProfile } from '../appliance/feature-gates';
import { isObject } from '../appliance/json';
import { parseKindName } from '../appliance/kind-name';
import {
  applyNetworkMapping,
  networksOf,
  runPreflight,
  snapshotFromObjects,
  type NetworkChoice,
} from '../appliance/preflight';
import type { KnownClusterObjects, KubeObject } from '../appliance/types';
import type { Finding } from '../findings';
import { quote, readDocuments, UsageError, type CliIo } from './io';

/** `--cluster-state FILE`: what `kubectl get … -o yaml` prints, Lists flattened. */
export const readClusterState = (io: CliIo, path: string): KubeObject[] => {
  const { bundle } = readDocuments(io, path, 'cluster state file');
  const objects: KubeObject[] = [];
  for (const d of bundle.documents) {
    if (!d.object) continue;
    if (Array.isArray(d.object.items))
      objects.push(...(d.object.items as unknown[]).filter(isObject).map((o) => o as KubeObject));
    else objects.push(d.object);
  }
  if (!objects.length) throw new UsageError(`cluster state file ${quote(path)} holds no object`);
  return objects;
};

/**
 * The instancetypes and preferences a cluster state holds, and its KubeVirt object's version and
 * feature gates, which the version-aware rules then follow.
 */
export const applyClusterState = (objects: readonly KubeObject[]): KnownClusterObjects => {
  const kubevirt = objects.find((o) => o.kind === 'KubeVirt');
  if (kubevirt) {
    const version = (kubevirt.status as { observedKubeVirtVersion?: unknown } | undefined)
      ?.observedKubeVirtVersion;
    const dev = (kubevirt.spec as { configuration?: { developerConfiguration?: unknown } })
      ?.configuration?.developerConfiguration as
      { featureGates?: unknown; disabledFeatureGates?: unknown } | undefined;
    const strings = (v: unknown) =>
      Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
    setClusterProfile({
      ...(typeof version === 'string' ? { kubevirtVersion: version } : {}),
      ...(strings(dev?.featureGates) ? { featureGates: strings(dev?.featureGates) } : {}),
      ...(strings(dev?.disabledFeatureGates)
        ? { disabledFeatureGates: strings(dev?.disabledFeatureGates) }
        : {}),
    });
  }
  const named = (re: RegExp) =>
    objects.filter((o) => re.test(o.kind ?? '') && typeof o.metadata?.name === 'string');
  const known: KnownClusterObjects = {};
  const instancetypes = named(/Instancetype$/);
  const preferences = named(/Preference$/);
  if (instancetypes.length) known.instancetypes = instancetypes;
  if (preferences.length) known.preferences = preferences;
  return known;
};

/** `--network NAME=TARGET`: TARGET is `pod` or a NetworkAttachmentDefinition `[NAMESPACE/]NAME`. */
export const parseNetworkOptions = (values: readonly string[]): Record<string, NetworkChoice> => {
  const mapping: Record<string, NetworkChoice> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    const name = value.slice(0, eq);
    const target = value.slice(eq + 1);
    if (eq <= 0 || !target)
      throw new UsageError(`--network ${quote(value)}: expected NAME=pod or NAME=[NAMESPACE/]NAD`);
    if (target === 'pod') {
      mapping[name] = { type: 'pod' };
      continue;
    }
    const parsed = parseKindName(`x/${target}`, {
      kind: (k) => (k === 'x' ? 'x' : undefined),
      kinds: 'x',
      namespaced: true,
    });
    if (!parsed.ok)
      throw new UsageError(
        `--network ${quote(value)}: ${quote(target)} is not a NetworkAttachmentDefinition name`,
      );
    mapping[name] = { type: 'multus', networkName: target };
  }
  return mapping;
};

/** Maps the VM's networks in place; a name the VM does not have is a usage error. */
export const mapNetworks = (vm: KubeObject, mapping: Record<string, NetworkChoice>): void => {
  const names = new Set(networksOf(vm).map((n) => n.name));
  for (const name of Object.keys(mapping))
    if (!names.has(name))
      throw new UsageError(
        `--network ${quote(name)}: the VM has no such network (it has: ${quote([...names].join(', ') || 'none')})`,
      );
  applyNetworkMapping(vm as Record<string, unknown>, mapping);
};

/** The pre-flight checks offline, from the cluster state; each check's findings, in order. */
export const preflightFindings = (
  objects: KubeObject[],
  dataSource: KubeObject,
  identityBearing: boolean,
  state: readonly KubeObject[],
  namespace: string,
): Finding[] =>
  runPreflight({
    objects,
    dataSource,
    identityBearing,
    snapshot: snapshotFromObjects(state, namespace),
  }).flatMap((check) => check.findings);

/**
 * The OpenAPI document of kubevirt.io/v1 a cluster state may hold (what `kubectl get --raw
 * /openapi/v3/apis/kubevirt.io/v1` prints, added as one more document), to validate with.
 */
export const openApiIn = (objects: readonly KubeObject[] | undefined): unknown =>
  objects?.find((o) => {
    const doc = o as unknown as { openapi?: unknown; components?: unknown };
    return typeof doc.openapi === 'string' && isObject(doc.components);
  });
