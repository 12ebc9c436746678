import { LABEL_DEFAULT_PREFERENCE, VM_API_VERSION, VM_KIND } from './constants';
import { finding, msg, type Finding } from '../findings';
import type { JsonObject } from './json';
import { classifyDataSource } from './classify';
import { checkTarget, setIdentity, sourceNamespace } from './target';
import { applyRefs } from './instancetype';
import { dataSourceRef } from './disks';
import { instantiateResult } from './final-vm';
import { perVmName } from './names';
import { repairRunStrategy } from './runstrategy';
import { applyCredentials } from './credentials';
import { checkReferences } from './references';
import type { InstantiateInput, InstantiateResult } from './types';

/**
 * Generates a VM from a golden image (semantics §2): one cloned root disk, preference from the
 * labels, instancetype from the user or the labels, no CPU/memory of its own.
 */
export const generateVirtualMachine = (input: InstantiateInput): InstantiateResult => {
  const findings: Finding[] = [...checkTarget(input)];
  const c = classifyDataSource(input.dataSource);
  const dsNamespace = sourceNamespace(input, findings);
  const dsName = input.dataSource.metadata?.name ?? '';
  const dvName = perVmName(input.name, 'rootdisk');
  const vm: JsonObject = {
    apiVersion: VM_API_VERSION,
    kind: VM_KIND,
    metadata: {},
    spec: {
      dataVolumeTemplates: [
        {
          metadata: { name: dvName },
          spec: { sourceRef: dataSourceRef(dsName, dsNamespace), storage: {} },
        },
      ],
      template: {
        spec: {
          domain: { devices: {} },
          volumes: [{ name: 'rootdisk', dataVolume: { name: dvName } }],
        },
      },
    },
  };
  setIdentity(vm, input, dsNamespace);
  if (!c.defaultPreference && !input.choices?.preference)
    findings.push(
      finding(
        'error',
        'PreferenceRequired',
        '/spec/preference',
        msg('A golden image needs the label {{label}}; this DataSource has none.'),
        { label: LABEL_DEFAULT_PREFERENCE },
      ),
    );
  if (!c.defaultInstancetype && !input.choices?.instancetype)
    findings.push(
      finding(
        'error',
        'InstancetypeRequired',
        '/spec/instancetype',
        msg('Choose an instancetype: the DataSource has no default-instancetype label.'),
      ),
    );
  findings.push(...applyRefs(vm, input, c));
  findings.push(...repairRunStrategy(vm, input.choices?.start ?? true, 'Always'));
  const creds = applyCredentials(vm, {
    vmName: input.name,
    namespace: input.namespace,
    sshPublicKey: input.choices?.sshPublicKey,
    generatePassword: input.choices?.generatePassword,
    // Without a key the user would have no way in.
    defaultGenerate: !input.choices?.sshPublicKey,
    keepBoilerplatePassword: false,
    random: input.random,
  });
  findings.push(...creds.findings);
  findings.push(...checkReferences(vm));
  return instantiateResult('golden-image', vm, creds, findings);
};
