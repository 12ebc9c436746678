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

  it.each(reference.map((r) => [`${r.file} ${r.vm.metadata?.name}`, r.vm] as const))(
    '%s: no schema error and no manifest error',
    (_name, vm) => {
      expect(errorsOf(validateVirtualMachine(vm))).toEqual([]);
      expect(errorsOf(validateVirtualMachineManifest(vm))).toEqual([]);
    },
  );

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
