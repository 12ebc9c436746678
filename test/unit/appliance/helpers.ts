import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import { dump, load } from 'js-yaml';
import {
  ANNOTATION_VM_SPEC,
  createSeededRandom,
  parseMultiDocument,
  type Finding,
  type InstantiateInput,
  type KubeObject,
} from '../../../src/appliance';

export const ROOT = path.resolve(__dirname, '../../..');
export const REFERENCE = path.resolve(ROOT, '../shared/reference');
export const fixture = (name: string): string =>
  readFileSync(path.join(ROOT, 'test/fixtures', name), 'utf8');

export const seedBundle = () => parseMultiDocument(fixture('seed-appliance.yaml'));
export const correctedBundle = () => parseMultiDocument(fixture('seed-appliance-corrected.yaml'));

/** The current common-instancetypes names (names.txt), as cluster objects with cpu/memory. */
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

export const referenceVMs = (): Array<{ file: string; vm: KubeObject }> => {
  const dir = path.join(REFERENCE, 'kubevirt-examples');
  const out: Array<{ file: string; vm: KubeObject }> = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    let text = readFileSync(path.join(dir, file), 'utf8');
    const bundle = parseMultiDocument(text);
    for (const d of bundle.documents) {
      const o = d.object;
      if (o?.kind === 'Template' && Array.isArray(o.objects)) {
        // Process the OpenShift Template as `oc process` would: ${{X}} is a typed value.
        const params = new Map<string, string>([['NAME', 'fedora']]);
        for (const p of (o.parameters as Array<{ name: string; value?: string }>) ?? [])
          if (p.value !== undefined) params.set(p.name, p.value);
        text = dump(o.objects)
          .replace(/'?\$\{\{(\w+)\}\}'?/g, (_, n: string) => params.get(n) ?? '')
          .replace(/\$\{(\w+)\}/g, (_, n: string) => params.get(n) ?? '');
        for (const inner of load(text) as KubeObject[])
          if (inner.kind === 'VirtualMachine') out.push({ file, vm: inner });
      } else if (o?.kind === 'VirtualMachine') out.push({ file, vm: o });
    }
  }
  return out;
};

/** An appliance DataSource around a boilerplate object (written as YAML, as users do). */
export const appliance = (
  boilerplate: unknown,
  extra: { labels?: Record<string, string>; namespace?: string; source?: unknown } = {},
): KubeObject => ({
  apiVersion: 'cdi.kubevirt.io/v1beta1',
  kind: 'DataSource',
  metadata: {
    name: 'app',
    namespace: extra.namespace ?? 'appliances',
    uid: '11111111-2222-3333-4444-555555555555',
    labels: extra.labels ?? {},
    annotations: {
      [ANNOTATION_VM_SPEC]: typeof boilerplate === 'string' ? boilerplate : dump(boilerplate),
    },
  },
  spec: { source: extra.source ?? { pvc: { name: 'disk', namespace: 'appliances' } } },
});

export const goldenImage = (
  labels: Record<string, string>,
  namespace = 'os-images',
): KubeObject => ({
  apiVersion: 'cdi.kubevirt.io/v1beta1',
  kind: 'DataSource',
  metadata: { name: 'fedora', namespace, uid: 'gi-uid', labels },
  spec: { source: { pvc: { name: 'fedora-disk', namespace } } },
});

export const input = (
  dataSource: KubeObject,
  over: Partial<InstantiateInput> = {},
): InstantiateInput => ({
  dataSource,
  namespace: 'demo',
  name: 'vm1',
  random: createSeededRandom(42),
  ...over,
});

/** A small valid boilerplate; tests add the one thing they are about. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into nested fixture fields
export const minimalBoilerplate = (): Record<string, any> => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  spec: {
    runStrategy: 'Halted',
    dataVolumeTemplates: [
      {
        metadata: { name: 'root' },
        spec: {
          sourceRef: { kind: 'DataSource', name: 'fedora', namespace: 'os-images' },
          storage: {},
        },
      },
    ],
    template: {
      spec: {
        domain: {
          devices: { disks: [{ name: 'root', disk: { bus: 'virtio' } }] },
          resources: { requests: { memory: '1Gi' } },
        },
        volumes: [{ name: 'root', dataVolume: { name: 'root' } }],
      },
    },
  },
});

export const codes = (findings: readonly Finding[]): string[] => findings.map((f) => f.code);
export const errors = (findings: readonly Finding[]): Finding[] =>
  findings.filter((f) => f.severity === 'error');
export const byCode = (findings: readonly Finding[], code: string): Finding[] =>
  findings.filter((f) => f.code === code);
