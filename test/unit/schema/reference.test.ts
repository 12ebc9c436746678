import * as fs from 'fs';
import * as path from 'path';
import { loadAll } from 'js-yaml';
import { formatMessage } from '../../../src/appliance/findings';
import { validateVirtualMachine } from '../../../src/schema/validate';

const EXAMPLES = path.resolve(__dirname, '../../../../shared/reference/kubevirt-examples');

type Doc = Record<string, unknown>;
const isDoc = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface TemplateParameter {
  name: string;
  value?: string;
}

/**
 * What `oc process` does to an OpenShift Template's objects: `${{P}}` becomes
 * the parameter's value as YAML (a number stays a number), `${P}` its text.
 */
const processTemplate = (template: Doc): unknown[] => {
  const params = new Map(
    ((template.parameters as TemplateParameter[]) ?? []).map((p) => [p.name, p.value ?? 'test']),
  );
  const substitute = (node: unknown): unknown => {
    if (typeof node === 'string') {
      const whole = /^\$\{\{(\w+)\}\}$/.exec(node);
      if (whole && params.has(whole[1])) return JSON.parse(params.get(whole[1])!);
      return node.replace(/\$\{(\w+)\}/g, (m, name: string) => params.get(name) ?? m);
    }
    if (Array.isArray(node)) return node.map(substitute);
    if (isDoc(node))
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, substitute(v)]));
    return node;
  };
  return ((template.objects as unknown[]) ?? []).map(substitute);
};

const virtualMachinesOf = (file: string): Doc[] =>
  loadAll(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'))
    .filter(isDoc)
    .flatMap((doc) => (doc.kind === 'Template' ? processTemplate(doc).filter(isDoc) : [doc]))
    .filter((doc) => doc.kind === 'VirtualMachine');

const files = fs
  .readdirSync(EXAMPLES)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const withVms = files.filter((f) => virtualMachinesOf(f).length > 0);

describe('the upstream KubeVirt examples', () => {
  it('are where the tests expect them', () => {
    // Guards against a silently empty test: the reference set holds these VMs.
    expect(withVms).toEqual(
      expect.arrayContaining([
        'vm-alpine-datavolume.yaml',
        'vm-cirros.yaml',
        'vm-template-fedora.yaml',
        'vm-win2k19.yaml',
        'vm_multus_with_nad.yaml',
      ]),
    );
    expect(withVms.length).toBeGreaterThanOrEqual(11);
  });

  it.each(withVms)('%s: every VirtualMachine validates with no error', (file) => {
    for (const vm of virtualMachinesOf(file)) {
      const errors = validateVirtualMachine(vm)
        .filter((f) => f.severity === 'error')
        .map((f) => `${f.code} ${f.path}: ${formatMessage(f.message, f.params)}`);
      expect(errors).toEqual([]);
    }
  });

  it('the template becomes a VM only after its parameters are processed', () => {
    const [vm] = virtualMachinesOf('vm-template-fedora.yaml');
    const domain = (vm.spec as Doc).template as Doc;
    expect(((domain.spec as Doc).domain as Doc).cpu).toEqual({ cores: 4 });
    // Unprocessed, `${{CPU_CORES}}` is a string where a number belongs and `${MEMORY}` no quantity.
    const [raw] = loadAll(fs.readFileSync(path.join(EXAMPLES, 'vm-template-fedora.yaml'), 'utf8'));
    const rawVm = ((raw as Doc).objects as unknown[])[0];
    expect(validateVirtualMachine(rawVm).map((f) => [f.code, f.path])).toEqual([
      ['SchemaWrongType', '/spec/template/spec/domain/cpu/cores'],
      ['SchemaInvalidValue', '/spec/template/spec/domain/resources/requests/memory'],
    ]);
  });

  it('validates the largest example well under 2 ms after warm-up', () => {
    const largest = files
      .flatMap(virtualMachinesOf)
      .sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0];
    for (let i = 0; i < 200; i++) validateVirtualMachine(largest);
    const runs = 1000;
    const started = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) validateVirtualMachine(largest);
    const perRunMs = Number(process.hrtime.bigint() - started) / 1e6 / runs;
    expect(perRunMs).toBeLessThan(0.5);
  });
});
