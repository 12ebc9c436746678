import { MAX_INLINE_USERDATA_BYTES } from './constants';
import { finding, msg, type Finding } from '../findings';
import { ensureObject, isObject, utf8Length, type JsonObject } from './json';
import {
  findCloudInit,
  inlineUserData,
  parseCloudConfig,
  renderCloudConfig,
  replacePasswords,
  type CloudInitKey,
} from './cloudinit';
import { shortenName } from './names';
import { generatePassword } from './random';
import type { KubeObject } from './types';

export interface CredentialOptions {
  vmName: string;
  namespace: string;
  sshPublicKey?: string;
  /** Explicit user choice; undefined means `defaultGenerate`. */
  generatePassword?: boolean;
  defaultGenerate: boolean;
  keepBoilerplatePassword?: boolean;
  /** The cloud-config's password comes from a secret parameter: per VM, neither shared nor replaced. */
  passwordFromParameter?: boolean;
  random: () => number;
}

export interface CredentialResult {
  secrets: KubeObject[];
  findings: Finding[];
  password?: string;
}

const SSH_KEY =
  /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3}( [^\r\n]*)?$/;

export const isSshPublicKey = (key: string): boolean => SSH_KEY.test(key.trim());

const secret = (
  name: string,
  namespace: string,
  stringData: Record<string, string>,
): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name, namespace },
  type: 'Opaque',
  stringData,
});

export const volumesPath = '/spec/template/spec/volumes';

/** Adds a cloud-init volume when there is none (noCloud, which KubeVirt's default propagation needs). */
const ensureCloudInit = (
  vm: JsonObject,
): { index: number; key: CloudInitKey; source: JsonObject } => {
  const existing = findCloudInit(vm);
  if (existing) return existing;
  const tspec = ensureObject(vm, 'spec', 'template', 'spec');
  if (!Array.isArray(tspec.volumes)) tspec.volumes = [];
  const volumes = tspec.volumes as unknown[];
  const taken = new Set(volumes.map((v) => (isObject(v) ? v.name : undefined)));
  let name = 'cloudinitdisk';
  for (let i = 2; taken.has(name); i += 1) name = `cloudinitdisk-${i}`;
  const source: JsonObject = {};
  volumes.push({ name, cloudInitNoCloud: source });
  return { index: volumes.length - 1, key: 'cloudInitNoCloud', source };
};

const moveUserDataToSecret = (
  source: JsonObject,
  userData: string,
  o: CredentialOptions,
): KubeObject => {
  const name = shortenName(`${o.vmName}-cloudinit`);
  delete source.userData;
  delete source.userDataBase64;
  source.secretRef = { name };
  return secret(name, o.namespace, { userdata: userData });
};

/**
 * Credentials (semantics §4): a boilerplate password is reported and replaced by a per-VM one
 * unless kept by choice; a generated password lives only in a cloud-init Secret; an SSH key goes
 * into a Secret and `accessCredentials` with noCloud/configDrive propagation; inline user data
 * over 2048 bytes moves into a Secret. Secrets come first in `secrets`, in creation order.
 */
export const applyCredentials = (vm: JsonObject, o: CredentialOptions): CredentialResult => {
  const out: CredentialResult = { secrets: [], findings: [] };
  let ci = findCloudInit(vm);
  const text = ci ? inlineUserData(ci.source) : undefined;
  const doc = text !== undefined ? parseCloudConfig(text) : undefined;
  const found = doc ? replacePasswords(doc) : [];
  let generate: boolean;
  if (found.length && ci && o.passwordFromParameter) {
    generate = false;
  } else if (found.length && ci) {
    const kept = !!o.keepBoilerplatePassword;
    out.findings.push(
      finding(
        'warning',
        kept ? 'BoilerplatePasswordKept' : 'BoilerplatePasswordReplaced',
        `${volumesPath}/${ci.index}/${ci.key}`,
        kept
          ? msg(
              'The boilerplate password ({{fields}}) is kept by choice: every VM made from this appliance shares it.',
            )
          : msg(
              'The boilerplate holds a password ({{fields}}) that every VM made from it would share; it was replaced by a per-VM password.',
            ),
        { fields: found.join(', ') },
      ),
    );
    generate = !kept;
  } else {
    generate = o.generatePassword ?? o.defaultGenerate;
  }

  if (generate) {
    if (ci && (isObject(ci.source.secretRef) || isObject(ci.source.userDataSecretRef))) {
      out.findings.push(
        finding(
          'warning',
          'PasswordNotApplied',
          `${volumesPath}/${ci.index}/${ci.key}`,
          msg(
            'Cloud-init user data already comes from a Secret; no password was generated. Set one in that Secret.',
          ),
        ),
      );
    } else if (text !== undefined && !doc) {
      out.findings.push(
        finding(
          'warning',
          'PasswordNotApplied',
          `${volumesPath}/${ci?.index ?? 0}/${ci?.key ?? 'cloudInitNoCloud'}`,
          msg('Cloud-init user data is not a #cloud-config document; no password was generated.'),
        ),
      );
    } else {
      const password = generatePassword(o.random);
      const config = doc ?? {};
      if (!replacePasswords(config, password).length) {
        config.password = password;
        if (config.chpasswd === undefined) config.chpasswd = { expire: false };
      }
      ci = ensureCloudInit(vm);
      const s = moveUserDataToSecret(ci.source, renderCloudConfig(config), o);
      out.secrets.push(s);
      out.password = password;
      out.findings.push(
        finding(
          'info',
          'PasswordGenerated',
          `${volumesPath}/${ci.index}/${ci.key}/secretRef`,
          msg(
            'A password was generated for this VM; it is kept in Secret {{secret}} and shown once.',
          ),
          { secret: s.metadata?.name ?? '' },
        ),
      );
    }
  }

  const current = findCloudInit(vm);
  const remaining = current ? inlineUserData(current.source) : undefined;
  if (current && remaining !== undefined && utf8Length(remaining) > MAX_INLINE_USERDATA_BYTES) {
    const s = moveUserDataToSecret(current.source, remaining, o);
    out.secrets.push(s);
    out.findings.push(
      finding(
        'warning',
        'CloudInitUserDataMoved',
        `${volumesPath}/${current.index}/${current.key}/secretRef`,
        msg(
          'Inline cloud-init user data is {{size}} bytes (KubeVirt accepts at most {{limit}}); it was moved into Secret {{secret}}.',
        ),
        {
          size: utf8Length(remaining),
          limit: MAX_INLINE_USERDATA_BYTES,
          secret: s.metadata?.name ?? '',
        },
      ),
    );
  }

  if (o.sshPublicKey !== undefined) {
    const key = o.sshPublicKey.trim();
    if (!isSshPublicKey(key)) {
      out.findings.push(
        finding(
          'error',
          'SshKeyInvalid',
          '/spec/template/spec/accessCredentials',
          msg(
            'The SSH public key is not an OpenSSH public key line (e.g. "ssh-ed25519 AAAA... user@host"); use the .pub file.',
          ),
        ),
      );
    } else {
      const name = shortenName(`${o.vmName}-ssh-key`);
      out.secrets.unshift(secret(name, o.namespace, { key }));
      const target = ensureCloudInit(vm);
      const tspec = ensureObject(vm, 'spec', 'template', 'spec');
      if (!Array.isArray(tspec.accessCredentials)) tspec.accessCredentials = [];
      const method = target.key === 'cloudInitConfigDrive' ? 'configDrive' : 'noCloud';
      (tspec.accessCredentials as unknown[]).push({
        sshPublicKey: {
          source: { secret: { secretName: name } },
          propagationMethod: { [method]: {} },
        },
      });
      out.findings.push(
        finding(
          'info',
          'SshKeyAdded',
          `/spec/template/spec/accessCredentials/${(tspec.accessCredentials as unknown[]).length - 1}`,
          msg('The SSH public key is kept in Secret {{secret}} and propagated by {{method}}.'),
          { secret: name, method },
        ),
      );
    }
  }
  return out;
};
