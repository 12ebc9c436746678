import { finding, msg, type Finding } from '../../findings';
import { asArray, asString, getIn, isObject, type JsonObject } from '../json';
import type { KubeObject } from '../types';
import { result, skipped } from './state';
import type { CheckResult, ClusterSnapshot } from './types';

/** One network of a VM as the mapping shows it. */
export interface VmNetwork {
  index: number;
  name: string;
  /** `pod`, or the multus target as written (`name` or `namespace/name`). */
  target: { type: 'pod' } | { type: 'multus'; networkName: string };
}

export const networksOf = (vm: unknown): VmNetwork[] =>
  asArray(getIn(vm, 'spec', 'template', 'spec', 'networks')).flatMap((n, index): VmNetwork[] => {
    if (!isObject(n)) return [];
    const name = asString(n.name) ?? '';
    const networkName = asString(getIn(n, 'multus', 'networkName'));
    if (networkName !== undefined)
      return [{ index, name, target: { type: 'multus', networkName } }];
    return isObject(n.pod) ? [{ index, name, target: { type: 'pod' } }] : [];
  });

/** `namespace/name` of a multus network name; no namespace means the VM's. */
export const qualify = (networkName: string, vmNamespace: string): string =>
  networkName.includes('/') ? networkName : `${vmNamespace}/${networkName}`;

const nadKey = (nad: KubeObject): string =>
  `${asString(nad.metadata?.namespace) ?? ''}/${asString(nad.metadata?.name) ?? ''}`;

/**
 * Semantics §10.3: every multus network must name a NetworkAttachmentDefinition that exists.
 * The finding names the network, so the wizard's mapping row and the CLI's `--network` can fix it.
 */
export const checkNetworks = (vm: KubeObject, snapshot: ClusterSnapshot): CheckResult => {
  const multus = networksOf(vm).filter((n) => n.target.type === 'multus');
  if (!multus.length) return result('networks', []);
  if (!snapshot.networkAttachmentDefinitions) return skipped('networks');
  const known = new Set(snapshot.networkAttachmentDefinitions.map(nadKey));
  const namespace = asString(vm.metadata?.namespace) ?? '';
  const out: Finding[] = [];
  for (const n of multus) {
    if (n.target.type !== 'multus') continue;
    const key = qualify(n.target.networkName, namespace);
    if (!known.has(key))
      out.push(
        finding(
          'error',
          'NetworkNotFound',
          `/spec/template/spec/networks/${n.index}/multus/networkName`,
          msg(
            'Network {{network}} uses NetworkAttachmentDefinition {{target}}, which does not exist for namespace {{namespace}}. Map it to one that does, or to the pod network.',
          ),
          { network: n.name, target: key, namespace },
        ),
      );
  }
  return result('networks', out);
};

/** What a boilerplate network becomes: the pod network, or a NetworkAttachmentDefinition. */
export type NetworkChoice = { type: 'pod' } | { type: 'multus'; networkName: string };

/**
 * Rewrites the VM's networks as mapped (semantics §10.3): a multus target changes
 * `multus.networkName`, the pod network replaces the network type; interfaces and their
 * bindings stay as they are. Names not in the VM are ignored. Returns the VM changed in place.
 */
export const applyNetworkMapping = (
  vm: JsonObject,
  mapping: Readonly<Record<string, NetworkChoice>>,
): JsonObject => {
  for (const n of asArray(getIn(vm, 'spec', 'template', 'spec', 'networks'))) {
    if (!isObject(n) || typeof n.name !== 'string') continue;
    const choice = Object.prototype.hasOwnProperty.call(mapping, n.name)
      ? mapping[n.name]
      : undefined;
    if (!choice) continue;
    delete n.pod;
    delete n.multus;
    if (choice.type === 'pod') n.pod = {};
    else n.multus = { networkName: choice.networkName };
  }
  return vm;
};
