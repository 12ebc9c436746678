import path from 'path';
import { loadAll, load } from 'js-yaml';
import { readFileSync } from 'fs';
import { cli, ensureBuiltCli, ROOT, tempFile } from './cli-process';
import { ANNOTATION_VM_SPEC, type KubeObject } from '../../../src/appliance';

beforeAll(ensureBuiltCli, 180_000);

const vmFile = () => {
  const docs = loadAll(
    readFileSync(path.join(ROOT, 'preview/demo-data/workloads.yaml'), 'utf8'),
  ) as KubeObject[];
  const vm = docs.find((d) => d?.metadata?.name === 'fedora-web-01');
  return tempFile('vm.json', JSON.stringify(vm));
};

const args = (file: string, ...extra: string[]) => [
  'from-vm',
  file,
  '--name',
  'web-appliance',
  '--namespace',
  'demo',
  '--boot-source',
  'PVC/openshift-virtualization-os-images/fedora-disk',
  ...extra,
];

describe('kubevirt-appliance from-vm', () => {
  it('prints an agnostic appliance DataSource without identity fields', () => {
    const r = cli(...args(vmFile()));
    expect(r.status).toBe(0);
    const ds = load(r.stdout) as KubeObject;
    expect(ds).toMatchObject({
      kind: 'DataSource',
      metadata: { name: 'web-appliance', namespace: 'demo' },
      spec: {
        source: { pvc: { name: 'fedora-disk', namespace: 'openshift-virtualization-os-images' } },
      },
    });
    const boilerplate = ds.metadata?.annotations?.[ANNOTATION_VM_SPEC] ?? '';
    expect(boilerplate).not.toMatch(/uuid|serial|macAddress|status/);
    expect(r.stderr).toMatch(/INFO IdentityStripped/);
  });

  it('keeps identity with --keep-identity', () => {
    const r = cli(...args(vmFile(), '--keep-identity', '--output', 'json'));
    expect(r.status).toBe(0);
    const [ds] = JSON.parse(r.stdout) as KubeObject[];
    expect(ds.metadata?.annotations?.[ANNOTATION_VM_SPEC]).toMatch(
      /macAddress: '?02:8a:3c:00:00:01/,
    );
    expect(r.stderr).toMatch(/WARNING IdentityKept/);
  });

  it('exits 1 with the finding when the input is not a VirtualMachine', () => {
    const r = cli(
      ...args(tempFile('pod.yaml', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n')),
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ERROR NotAVirtualMachine/);
    expect(r.stdout).toBe('');
  });

  it('exits 1 when the appliance name is invalid', () => {
    const file = vmFile();
    const r = cli(
      'from-vm',
      file,
      '--name',
      'Bad_Name',
      '--namespace',
      'demo',
      '--boot-source',
      'PVC/x',
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ApplianceNameInvalid/);
  });

  it.each([
    [['--boot-source', 'Pod/x'], /--boot-source Pod\/x: expected KIND\/NAME/],
    [['--output', 'xml'], /--output xml/],
  ])('exits 2 for bad usage %j', (extra, message) => {
    const file = vmFile();
    const base = args(file).filter(
      (_, i, a) =>
        !(
          extra[0] === '--boot-source' &&
          (a[i] === '--boot-source' || a[i - 1] === '--boot-source')
        ),
    );
    const r = cli(...base, ...extra);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('exits 2 when a required option is missing', () => {
    const r = cli('from-vm', vmFile(), '--name', 'x');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--namespace/);
  });

  it('reads every VirtualMachine document from a multi-document file (the first one wins)', () => {
    const text = readFileSync(path.join(ROOT, 'preview/demo-data/workloads.yaml'), 'utf8');
    const r = cli(...args(tempFile('all.yaml', text)));
    expect(r.status).toBe(0);
    expect(loadAll(r.stdout)).toHaveLength(1);
  });
});
