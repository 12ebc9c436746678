import { applyPatch } from 'fast-json-patch';
import { checkPrivateKeys } from '../../../src/appliance/private-keys';
import { validateVirtualMachineManifest } from '../../../src/appliance/validate-manifest';

const PEM =
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n';

const vmWith = (userData: Record<string, string>) => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name: 'vm' },
  spec: {
    runStrategy: 'Always',
    template: {
      spec: {
        domain: { devices: { disks: [{ name: 'ci', disk: {} }] } },
        volumes: [{ name: 'ci', cloudInitNoCloud: userData }],
      },
    },
  },
});

describe('a private key in a boilerplate or cloud-init text is an error with a fix', () => {
  it('finds a PEM block in plain user data and the fix removes only the key', () => {
    const vm = vmWith({ userData: `#!/bin/sh\necho hi\ncat > /root/key <<EOF\n${PEM}EOF\n` });
    const [f] = checkPrivateKeys(vm);
    expect(f).toMatchObject({
      severity: 'error',
      code: 'PrivateKeyInBoilerplate',
      path: '/spec/template/spec/volumes/0/cloudInitNoCloud/userData',
    });
    const fixed = applyPatch(structuredClone(vm), f.fix!.patch).newDocument;
    expect(checkPrivateKeys(fixed)).toEqual([]);
    expect(JSON.stringify(fixed)).toContain('echo hi');
  });

  it("finds cloud-config's private host keys even without a PEM header", () => {
    const vm = vmWith({
      userData: '#cloud-config\nssh_keys:\n  rsa_private: abc\n  rsa_public: ssh-rsa AAA\n',
    });
    const [f] = checkPrivateKeys(vm);
    expect(f.code).toBe('PrivateKeyInBoilerplate');
    const fixed = applyPatch(structuredClone(vm), f.fix!.patch).newDocument;
    expect(JSON.stringify(fixed)).toContain('rsa_public');
    expect(JSON.stringify(fixed)).not.toContain('rsa_private');
  });

  it('looks into base64 user data', () => {
    const vm = vmWith({
      userDataBase64: btoa(
        `#cloud-config\nwrite_files:\n- content: |\n    ${PEM.replace(/\n/g, '\n    ')}\n`,
      ),
    });
    expect(checkPrivateKeys(vm).map((f) => f.path)).toEqual([
      '/spec/template/spec/volumes/0/cloudInitNoCloud/userDataBase64',
    ]);
  });

  it('is part of validate, and a public key alone is fine', () => {
    expect(
      validateVirtualMachineManifest(vmWith({ userData: `#cloud-config\n${PEM}` })).map(
        (f) => f.code,
      ),
    ).toContain('PrivateKeyInBoilerplate');
    expect(
      checkPrivateKeys(
        vmWith({ userData: '#cloud-config\nssh_authorized_keys: [ssh-ed25519 AAAA]\n' }),
      ),
    ).toEqual([]);
  });
});
