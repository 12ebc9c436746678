import { finding, msg, type Finding } from '../findings';
import { asArray, asString, getIn, isObject } from './json';

const NETWORKS_PATH = '/spec/template/spec/networks';
const INTERFACES_PATH = '/spec/template/spec/domain/devices/interfaces';

const nameOf = (v: unknown): string | undefined => (isObject(v) ? asString(v.name) : undefined);

/** Names of a list, for linear membership tests. */
const namesOf = (items: unknown[]): Set<string> =>
  new Set(items.map(nameOf).filter((n): n is string => n !== undefined));

/**
 * KubeVirt's network admitter (pkg/network/admitter/netiface.go) rejects an interface without a
 * network of its name and a network without an interface of its name. When both lists are empty
 * the defaults add the pod network and its `default` interface together (vmispec
 * SetDefaultNetworkInterface; `autoattachPodInterface: false` adds neither), so nothing is
 * unpaired. Linear: one Set per list.
 */
export const checkNetworkPairing = (vm: unknown): Finding[] => {
  const spec = getIn(vm, 'spec', 'template', 'spec');
  const networks = asArray(getIn(spec, 'networks'));
  const interfaces = asArray(getIn(spec, 'domain', 'devices', 'interfaces'));
  if (!networks.length && !interfaces.length) return [];
  const networkNames = namesOf(networks);
  const interfaceNames = namesOf(interfaces);
  const out: Finding[] = [];
  interfaces.forEach((iface, i) => {
    const name = nameOf(iface);
    if (name === undefined || networkNames.has(name)) return;
    const path = `${INTERFACES_PATH}/${i}`;
    out.push(
      finding(
        'error',
        'InterfaceWithoutNetwork',
        `${path}/name`,
        msg('Interface {{name}} has no network of the same name; KubeVirt rejects that.'),
        { name },
        {
          fix: {
            title: msg('Remove interface {{name}}'),
            params: { name },
            patch: [{ op: 'remove', path }],
          },
        },
      ),
    );
  });
  networks.forEach((network, i) => {
    const name = nameOf(network);
    if (name === undefined || interfaceNames.has(name)) return;
    const path = `${NETWORKS_PATH}/${i}`;
    out.push(
      finding(
        'error',
        'NetworkWithoutInterface',
        `${path}/name`,
        msg('Network {{name}} has no interface of the same name; KubeVirt rejects that.'),
        { name },
        {
          fix: {
            title: msg('Remove network {{name}}'),
            params: { name },
            patch: [{ op: 'remove', path }],
          },
        },
      ),
    );
  });
  return out;
};
