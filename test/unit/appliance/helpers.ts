import { readFileSync } from 'fs';
import path from 'path';
import { dump } from 'js-yaml';
import {
  ANNOTATION_VM_SPEC,
  createSeededRandom,
  parseMultiDocument,
  type Finding,
  type InstantiateInput,
  type KubeObject,
} from '../../../src/appliance';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the demo data is plain CommonJS
const demoCatalog = require('../../../preview/demo-data/instancetypes');

export const ROOT = path.resolve(__dirname, '../../..');
export const fixture = (name: string): string =>
  readFileSync(path.join(ROOT, 'test/fixtures', name), 'utf8');

export const seedBundle = () => parseMultiDocument(fixture('seed-appliance.yaml'));
export const correctedBundle = () => parseMultiDocument(fixture('seed-appliance-corrected.yaml'));

/** The cluster instancetypes and preferences of the demo data (u1, o1 and n1 series). */
export const demoInstancetypes = (): KubeObject[] => [
  ...(demoCatalog.instancetypes() as KubeObject[]),
  ...(demoCatalog.preferences() as KubeObject[]),
];

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
