import type { Operation } from 'fast-json-patch';
import { finding, msg, ptr, type Finding, type FindingSubject } from '../findings';
import { isObject, type JsonObject } from './json';
import { isCloudConfig, parseCloudConfig, renderCloudConfig } from './cloudinit';

/**
 * A private key anywhere in a boilerplate or cloud-init text is an error (semantics §5): every
 * VM made from it would carry the same key, readable by whoever can read the VM or appliance.
 */
const KEY_BLOCK =
  /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----[\s\S]*?(?:-----END \1-----|$)/g;
const HAS_KEY = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/;
/** cloud-config's host keys: `ssh_keys: {rsa_private: ..., ed25519_private: ...}`. */
const PRIVATE_SSH_KEY = /_private$/;

/** `text` without its private key blocks, and without cloud-config's private host keys. */
const withoutKeys = (text: string): string => {
  if (isCloudConfig(text)) {
    const doc = parseCloudConfig(text);
    if (doc) {
      stripCloudConfig(doc);
      return renderCloudConfig(doc).replace(KEY_BLOCK, '');
    }
  }
  return text.replace(KEY_BLOCK, '');
};

const stripCloudConfig = (doc: JsonObject): string[] => {
  const removed: string[] = [];
  if (isObject(doc.ssh_keys))
    for (const k of Object.keys(doc.ssh_keys))
      if (PRIVATE_SSH_KEY.test(k)) {
        removed.push(`ssh_keys.${k}`);
        delete doc.ssh_keys[k];
      }
  return removed;
};

const decodeBase64 = (s: string): string | undefined => {
  try {
    const bin = atob(s);
    return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
};

const encodeBase64 = (s: string): string =>
  btoa(Array.from(new TextEncoder().encode(s), (b) => String.fromCharCode(b)).join(''));

/** Whether a text holds a private key: a PEM/OpenSSH block, or a cloud-config private host key. */
const keyIn = (text: string): boolean => {
  if (HAS_KEY.test(text)) return true;
  if (!isCloudConfig(text)) return false;
  const doc = parseCloudConfig(text);
  return !!doc && stripCloudConfig(doc).length > 0;
};

/**
 * Every string of `root` (a VM or a boilerplate) holding a private key, as an error with a fix
 * that removes the key and keeps the rest of the text. Base64 user data is looked into too.
 */
export const checkPrivateKeys = (root: unknown, subject?: FindingSubject): Finding[] => {
  const out: Finding[] = [];
  const report = (path: string, fixed: unknown) => {
    const patch: Operation[] = [{ op: 'replace', path, value: fixed }];
    out.push(
      finding(
        'error',
        'PrivateKeyInBoilerplate',
        path,
        msg(
          'A private key is written here: every VM made from this would carry it, readable by anyone who can read the VM. Remove it and give each VM its own key (an SSH public key in a Secret).',
        ),
        undefined,
        { fix: { title: msg('Remove the private key'), patch }, subject },
      ),
    );
  };
  // One path stack for the whole walk; the pointer is only built for a key that is found.
  const path: Array<string | number> = [];
  const walk = (v: unknown, key: string | undefined) => {
    if (typeof v === 'string') {
      if (key === 'userDataBase64') {
        const decoded = decodeBase64(v);
        if (decoded !== undefined && keyIn(decoded))
          report(ptr(...path), encodeBase64(withoutKeys(decoded)));
      } else if (keyIn(v)) report(ptr(...path), withoutKeys(v));
      return;
    }
    if (Array.isArray(v))
      v.forEach((item, i) => {
        path.push(i);
        walk(item, undefined);
        path.pop();
      });
    else if (isObject(v))
      for (const k of Object.keys(v)) {
        path.push(k);
        walk(v[k], k);
        path.pop();
      }
  };
  walk(root, undefined);
  return out;
};
