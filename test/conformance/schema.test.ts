/* eslint-disable @typescript-eslint/no-explicit-any -- tests read deep into upstream manifests */
import * as fs from 'fs';
import * as path from 'path';
import { loadAll } from 'js-yaml';
import { formatFinding, validateVirtualMachineManifest } from '../../src/appliance';
import { validateVirtualMachine } from '../../src/schema/validate';
import { REFERENCE, referenceVMs } from './shared';

const reference = referenceVMs();
const files = [...new Set(reference.map((r) => r.file))];
const errorsOf = (findings: ReturnType<typeof validateVirtualMachine>) =>
  findings.filter((f) => f.severity === 'error').map(formatFinding);

describe("the upstream KubeVirt examples against the project's schema and rules", () => {
  it('are where the tests expect them', () => {
    // Guards against a silently empty run: the reference set holds these VMs.
    expect(files).toEqual(
      expect.arrayContaining([
        'vm-alpine-datavolume.yaml',
        'vm-cirros.yaml',
        'vm-template-fedora.yaml',
        'vm-win2k19.yaml',
        'vm_multus_with_nad.yaml',
      ]),
    );
    expect(reference.length).toBeGreaterThanOrEqual(11);
  });

  /*
   * Three generated examples keep `domain.memory.guest` next to an instancetype. KubeVirt's
   * instancetype code (pkg/instancetype/apply, applyMemory) reports any `domain.memory` as a
   * conflict, and the VM admitter refuses conflicts: so these are errors here, the only ones.
   */
  const conflicting = (vm: any): string[] =>
    vm.spec?.instancetype && vm.spec?.template?.spec?.domain?.memory?.guest
      ? ['InstancetypeConflict /spec/template/spec/domain/memory/guest']
      : [];

  it.each(reference.map((r) => [`${r.file} ${r.vm.metadata?.name}`, r.vm] as const))(
    '%s: no schema error, and no manifest error but a memory conflict KubeVirt refuses',
    (_name, vm) => {
      expect(errorsOf(validateVirtualMachine(vm))).toEqual([]);
      expect(
        validateVirtualMachineManifest(vm)
          .filter((f) => f.severity === 'error')
          .map((f) => `${f.code} ${f.path}`),
      ).toEqual(conflicting(vm));
    },
  );

  it('the memory conflict is in the set at all (guards the exception above)', () => {
    expect(reference.filter((r) => conflicting(r.vm).length).length).toBeGreaterThanOrEqual(3);
  });

  it('the template becomes a VM only after its parameters are processed', () => {
    const [processed] = reference.filter((r) => r.file === 'vm-template-fedora.yaml');
    expect((processed.vm.spec as any).template.spec.domain.cpu).toEqual({ cores: 4 });
    // Unprocessed, `${{CPU_CORES}}` is a string where a number belongs and `${MEMORY}` no quantity.
    const text = fs.readFileSync(
      path.join(REFERENCE, 'kubevirt-examples/vm-template-fedora.yaml'),
      'utf8',
    );
    const rawVm = ((loadAll(text)[0] as any).objects as unknown[])[0];
    expect(validateVirtualMachine(rawVm).map((f) => [f.code, f.path])).toEqual([
      ['SchemaWrongType', '/spec/template/spec/domain/cpu/cores'],
      ['SchemaInvalidValue', '/spec/template/spec/domain/resources/requests/memory'],
    ]);
  });
});
