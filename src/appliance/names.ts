/** Per-VM object names (semantics §3.4): DNS-1123 labels of at most 63 characters. */

export const MAX_LABEL_LENGTH = 63;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export const isDnsLabel = (s: string): boolean => s.length <= MAX_LABEL_LENGTH && DNS_LABEL.test(s);
export const isDnsSubdomain = (s: string): boolean => s.length <= 253 && DNS_SUBDOMAIN.test(s);

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
