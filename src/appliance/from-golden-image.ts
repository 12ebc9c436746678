import { generateVirtualMachine } from './generate';
import { applianceFromVirtualMachine, type BootSource, type FromVmResult } from './from-vm';
import type { Finding } from '../findings';
import type { KindName, KubeObject } from './types';

export interface FromGoldenImageInput {
  goldenImage: KubeObject;
  name: string;
  namespace: string;
  bootSource: BootSource;
  instancetype?: KindName;
}

// Generation needs a VM name; the boilerplate drops it again (completion names each VM).
const PLACEHOLDER_VM = 'appliance-vm';

/**
 * Starts a new appliance from the VM a golden image would generate (semantics §2), then converts
 * it like "Save as appliance". No credentials: they are made per VM at instantiation.
 */
export const applianceFromGoldenImage = (input: FromGoldenImageInput): FromVmResult => {
  const generated = generateVirtualMachine({
    dataSource: input.goldenImage,
    namespace: input.namespace || 'default',
    name: PLACEHOLDER_VM,
    choices: {
      ...(input.instancetype ? { instancetype: input.instancetype } : {}),
      generatePassword: false,
      start: false,
    },
    random: () => 0,
  });
  // Only what stops generation matters here; the rest describes the placeholder VM.
  const blocking: Finding[] = generated.findings.filter(
    (f) =>
      f.severity === 'error' &&
      (f.code === 'PreferenceRequired' || f.code === 'InstancetypeRequired'),
  );
  const result = applianceFromVirtualMachine({
    vm: generated.vm,
    name: input.name,
    namespace: input.namespace,
    bootSource: input.bootSource,
  });
  return { ...result, findings: [...blocking, ...result.findings] };
};
