import { findCloudInit, inlineUserData, parseCloudConfig, replacePasswords } from './cloudinit';
import { parametersOf } from './parameters';

/**
 * True when the boilerplate's cloud-config sets a password from a secret parameter
 * (`password: ${ADMIN_PASSWORD}`): that is a per-VM value, not a password every VM shares, so
 * credentials must neither report nor replace it (semantics §4, §9). Read before substitution.
 */
// Depends only on the boilerplate's cloud-init text and the secret names: once per appliance.
const cache = new Map<string, boolean>();
const CACHE_LIMIT = 200;

export const passwordFromParameter = (
  boilerplate: unknown,
  dataSource: Parameters<typeof parametersOf>[0],
): boolean => {
  const secrets = parametersOf(dataSource).declarations.filter((d) => d.secret);
  if (!secrets.length) return false;
  const ci = findCloudInit(boilerplate);
  const text = ci ? inlineUserData(ci.source) : undefined;
  if (text === undefined || !secrets.some((d) => text.includes(`\${${d.name}}`))) return false;
  const key = `${secrets.map((d) => d.name).join(',')}\0${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const doc = parseCloudConfig(text);
  // replacePasswords changes what it finds only when given a replacement: a read-only probe.
  const result = !!doc && replacePasswords(doc).length > 0;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  if (text.length < 64 * 1024) cache.set(key, result);
  return result;
};
