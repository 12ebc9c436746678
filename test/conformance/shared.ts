import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import { dump, load } from 'js-yaml';
import { parseMultiDocument, type KubeObject } from '../../src/appliance';

/** The folder given to `npm run test:conformance -- DIR` (scripts/conformance.js checked it). */
const dir = process.env.CONFORMANCE_DIR;
if (!dir) {
  throw new Error(
    'CONFORMANCE_DIR is not set: run these tests with npm run test:conformance -- DIR',
  );
}
export const REFERENCE = path.join(dir, 'reference');
export const SEEDS = path.join(dir, 'seeds');

/** The common-instancetypes names (reference/common-instancetypes/names.txt) as cluster objects. */
export const currentInstancetypes = (): KubeObject[] => {
  const text = readFileSync(path.join(REFERENCE, 'common-instancetypes/names.txt'), 'utf8');
  const out: KubeObject[] = [];
  let section = '';
  for (const line of text.split('\n')) {
    const header = /^\[(\w+)\]/.exec(line);
    if (header) section = header[1];
    else if (line && !line.startsWith('#')) {
      const [name, cpu, memory] = line.split('\t');
      out.push({
        apiVersion: 'instancetype.kubevirt.io/v1beta1',
        kind: section,
        metadata: { name },
        spec: section.endsWith('Instancetype')
          ? { cpu: { guest: Number(cpu) }, memory: { guest: memory } }
          : {},
      });
    }
  }
  return out;
};

/**
 * What `oc process` does to an OpenShift Template's objects: `${{P}}` becomes the parameter's value
 * as YAML (a number stays a number), `${P}` its text.
 */
const processTemplate = (template: Record<string, unknown>): unknown[] => {
  const params = new Map<string, string>([['NAME', 'fedora']]);
  for (const p of (template.parameters as Array<{ name: string; value?: string }>) ?? [])
    if (p.value !== undefined) params.set(p.name, p.value);
  const text = dump(template.objects ?? [])
    .replace(/'?\$\{\{(\w+)\}\}'?/g, (_, n: string) => params.get(n) ?? '')
    .replace(/\$\{(\w+)\}/g, (_, n: string) => params.get(n) ?? '');
  return load(text) as unknown[];
};

/** Every VirtualMachine of reference/kubevirt-examples, templates processed, with its file. */
export const referenceVMs = (): Array<{ file: string; vm: KubeObject }> => {
  const examples = path.join(REFERENCE, 'kubevirt-examples');
  const out: Array<{ file: string; vm: KubeObject }> = [];
  for (const file of readdirSync(examples)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()) {
    const bundle = parseMultiDocument(readFileSync(path.join(examples, file), 'utf8'));
    for (const d of bundle.documents) {
      const o = d.object;
      const objects = o?.kind === 'Template' ? (processTemplate(o) as KubeObject[]) : [o];
      for (const vm of objects) if (vm?.kind === 'VirtualMachine') out.push({ file, vm });
    }
  }
  return out;
};
