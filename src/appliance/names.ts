/** Kubernetes object names (DNS-1123) and per-VM object names (semantics §3.4). */
import { msg } from '../findings';

export const MAX_LABEL_LENGTH = 63;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** Why a string is no DNS-1123 label, so each form can word it; undefined when it is one. */
export type DnsLabelProblem = 'empty' | 'too-long' | 'invalid';

export const dnsLabelProblem = (s: string): DnsLabelProblem | undefined => {
  if (s === '') return 'empty';
  if (s.length > MAX_LABEL_LENGTH) return 'too-long';
  return DNS_LABEL.test(s) ? undefined : 'invalid';
};

export const isDnsLabel = (s: string): boolean => dnsLabelProblem(s) === undefined;
export const isDnsSubdomain = (s: string): boolean => s.length <= 253 && DNS_SUBDOMAIN.test(s);

const NAME_PROBLEMS: Record<DnsLabelProblem, string> = {
  empty: msg('Enter a name.'),
  'too-long': msg('The name must be at most 63 characters long.'),
  invalid: msg(
    'The name may contain only lowercase letters, digits and "-", and must start and end with a letter or digit.',
  ),
};

/** English i18n key of what is wrong with a new object's name, or undefined when it is valid. */
export const nameProblem = (name: string): string | undefined => {
  const problem = dnsLabelProblem(name);
  return problem && NAME_PROBLEMS[problem];
};

/** FNV-1a, 32 bit: stable across runs and platforms, enough to keep shortened names apart. */
export const stableHash = (s: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
};

/** Fits `name` into `max` characters, replacing the tail by a hash of the whole name. */
export const shortenName = (name: string, max = MAX_LABEL_LENGTH): string => {
  if (name.length <= max) return name;
  const hash = stableHash(name);
  const head = name.slice(0, max - hash.length - 1).replace(/[-.]+$/, '');
  return `${head}-${hash}`;
};

/** `<vm>-<original>`, shortened with a stable hash when longer than 63 characters. */
export const perVmName = (vmName: string, original: string): string =>
  shortenName(`${vmName}-${original}`);
