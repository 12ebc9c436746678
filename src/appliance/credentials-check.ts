import type { Operation } from 'fast-json-patch';
import { MAX_INLINE_USERDATA_BYTES } from './constants';
import { finding, msg, type Finding } from '../findings';
import { asArray, display, getIn, isObject, type JsonObject, utf8Length } from './json';
import {
  findCloudInit,
  inlineUserData,
  isCloudConfig,
  parseCloudConfig,
  replacePasswords,
} from './cloudinit';
import { volumesPath } from './credentials';
import { checkPrivateKeys } from './private-keys';

/** Adds a cloud-init volume under a name no other volume has. */
const addVolumePatch = (vm: unknown, volume: JsonObject): Operation[] => {
  const volumes = getIn(vm, 'spec', 'template', 'spec', 'volumes');
  const taken = new Set(asArray(volumes).map((v) => (isObject(v) ? v.name : undefined)));
  let name = display(volume.name);
  for (let i = 2; taken.has(name); i += 1) name = `${volume.name}-${i}`;
  const value = { ...volume, name };
  return Array.isArray(volumes)
    ? [{ op: 'add', path: `${volumesPath}/-`, value }]
    : [{ op: 'add', path: volumesPath, value: [value] }];
};

/** Validation of a finished VM's credentials (semantics §4, §5): nothing is repaired. */
export const checkCredentials = (vm: unknown): Finding[] => {
  const out: Finding[] = [];
  const ci = findCloudInit(vm);
  if (ci) {
    const text = inlineUserData(ci.source);
    const base = `${volumesPath}/${ci.index}/${ci.key}`;
    if (text !== undefined && utf8Length(text) > MAX_INLINE_USERDATA_BYTES)
      out.push(
        finding(
          'error',
          'CloudInitUserDataTooLarge',
          `${base}/${ci.source.userData !== undefined ? 'userData' : 'userDataBase64'}`,
          msg(
            'Inline cloud-init user data is {{size}} bytes; KubeVirt accepts at most {{limit}}. Move it into a Secret (secretRef).',
          ),
          { size: utf8Length(text), limit: MAX_INLINE_USERDATA_BYTES },
        ),
      );
    const doc = text !== undefined && isCloudConfig(text) ? parseCloudConfig(text) : undefined;
    const found = doc ? replacePasswords(doc) : [];
    if (found.length)
      out.push(
        finding(
          'warning',
          'CloudInitInlinePassword',
          `${base}/userData`,
          msg(
            'A password is written inline in the VM ({{fields}}); anyone who can read the VM can read it. Keep it in a Secret.',
          ),
          { fields: found.join(', ') },
        ),
      );
  }
  out.push(...checkPrivateKeys(vm));
  asArray(getIn(vm, 'spec', 'template', 'spec', 'accessCredentials')).forEach((cred, i) => {
    const method =
      getIn(cred, 'sshPublicKey', 'propagationMethod') ??
      getIn(cred, 'userPassword', 'propagationMethod');
    const path = `/spec/template/spec/accessCredentials/${i}`;
    if (isObject(method) && 'noCloud' in method && ci?.key !== 'cloudInitNoCloud')
      out.push(
        finding(
          'error',
          'AccessCredentialNeedsNoCloud',
          path,
          msg('noCloud propagation needs a cloudInitNoCloud volume; add one.'),
          undefined,
          {
            fix: {
              title: msg('Add a cloudInitNoCloud volume'),
              patch: addVolumePatch(vm, {
                name: 'cloudinitdisk',
                cloudInitNoCloud: { userData: '#cloud-config\n' },
              }),
            },
          },
        ),
      );
    if (isObject(method) && 'configDrive' in method && ci?.key !== 'cloudInitConfigDrive')
      out.push(
        finding(
          'error',
          'AccessCredentialNeedsConfigDrive',
          path,
          msg('configDrive propagation needs a cloudInitConfigDrive volume; add one.'),
        ),
      );
  });
  return out;
};
