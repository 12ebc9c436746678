import { dump } from 'js-yaml';
import { asArray, asObject, asString, isObject, type JsonObject } from './json';
import { MAX_BOILERPLATE_BYTES } from './constants';
import { limitsFor, readYamlDocuments } from './yaml-read';
import { volumesOf } from './boilerplate';

/** Cloud-init volume sources KubeVirt knows; noCloud is the default one. */
export type CloudInitKey = 'cloudInitNoCloud' | 'cloudInitConfigDrive';

export interface CloudInitVolume {
  index: number;
  key: CloudInitKey;
  source: JsonObject;
}

export const findCloudInit = (vm: unknown): CloudInitVolume | undefined => {
  const volumes = volumesOf(vm);
  for (let index = 0; index < volumes.length; index += 1) {
    const v = volumes[index];
    if (!isObject(v)) continue;
    for (const key of ['cloudInitNoCloud', 'cloudInitConfigDrive'] as const) {
      const source = asObject(v[key]);
      if (source) return { index, key, source };
    }
  }
  return undefined;
};

const decodeBase64 = (s: string): string | undefined => {
  try {
    const bin = atob(s);
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
};

/** The inline user data of a cloud-init source (plain or base64), if any. */
export const inlineUserData = (source: JsonObject): string | undefined => {
  const plain = asString(source.userData);
  if (plain !== undefined) return plain;
  const b64 = asString(source.userDataBase64);
  return b64 === undefined ? undefined : decodeBase64(b64);
};

// A literal in the function would be a new RegExp object per call, and this is called for every
// string of a VM (the private-key walk).
const CLOUD_CONFIG = /^\s*#cloud-config\b/;

export const isCloudConfig = (text: string): boolean => CLOUD_CONFIG.test(text);

const CLOUD_CONFIG_LIMITS = limitsFor(MAX_BOILERPLATE_BYTES, { duplicateKeys: 'last' });

/** A cloud-config document as a mapping (copied, safe parse), or undefined for scripts/garbage. */
export const parseCloudConfig = (text: string): JsonObject | undefined => {
  if (!isCloudConfig(text)) return undefined;
  // Read as cloud-init reads it: a duplicated key is no error, the last one wins (so a second
  // `password:` cannot hide the shared password from the checks).
  const read = readYamlDocuments(text, CLOUD_CONFIG_LIMITS);
  if (read.problem || read.documentProblems.size || read.documents.length > 1) return undefined;
  const doc = read.documents[0];
  // `#cloud-config` alone (or only comments) is an empty, valid config.
  if (doc === undefined || doc === null) return {};
  return isObject(doc) ? doc : undefined;
};

/**
 * Finds passwords written into a cloud-config (top-level `password`, `chpasswd.list`/`users`,
 * `users[].passwd|plain_text_passwd|hashed_passwd`) and, when `replacement` is given, replaces
 * them in place. Returns where they were, as cloud-config paths.
 */
export const replacePasswords = (doc: JsonObject, replacement?: string): string[] => {
  const found: string[] = [];
  if (doc.password !== undefined && doc.password !== null) {
    found.push('password');
    if (replacement !== undefined) doc.password = replacement;
  }
  const chpasswd = asObject(doc.chpasswd);
  if (chpasswd) {
    const swap = (line: string) => {
      const i = line.indexOf(':');
      return i < 0 ? line : `${line.slice(0, i)}:${replacement}`;
    };
    if (typeof chpasswd.list === 'string' && chpasswd.list.includes(':')) {
      found.push('chpasswd.list');
      if (replacement !== undefined)
        chpasswd.list = chpasswd.list
          .split('\n')
          .map((l) => (l.trim() ? swap(l) : l))
          .join('\n');
    } else if (Array.isArray(chpasswd.list) && chpasswd.list.length) {
      found.push('chpasswd.list');
      if (replacement !== undefined)
        chpasswd.list = chpasswd.list.map((l) => (typeof l === 'string' ? swap(l) : l));
    }
    asArray(chpasswd.users).forEach((u, i) => {
      if (isObject(u) && u.password !== undefined) {
        found.push(`chpasswd.users[${i}].password`);
        if (replacement !== undefined) {
          u.password = replacement;
          delete u.type;
        }
      }
    });
  }
  asArray(doc.users).forEach((u, i) => {
    if (!isObject(u)) return;
    for (const k of ['passwd', 'plain_text_passwd', 'hashed_passwd'])
      if (u[k] !== undefined) {
        found.push(`users[${i}].${k}`);
        if (replacement !== undefined) delete u[k];
      }
    if (replacement !== undefined && found.some((f) => f.startsWith(`users[${i}].`)))
      u.plain_text_passwd = replacement;
  });
  return found;
};

export const renderCloudConfig = (doc: JsonObject): string =>
  `#cloud-config\n${Object.keys(doc).length ? dump(doc, { lineWidth: -1, noRefs: true }) : ''}`;
