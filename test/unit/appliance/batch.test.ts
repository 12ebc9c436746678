import { readFileSync } from 'fs';
import path from 'path';
import { batchNames, checkBatch, instantiateBatch, MAX_BATCH } from '../../../src/appliance/batch';
import { createSeededRandom, parseMultiDocument } from '../../../src/appliance';

const web = parseMultiDocument(
  readFileSync(
    path.resolve(__dirname, '../../../preview/demo-data/web-stack-appliance.yaml'),
    'utf8',
  ),
);
const codes = (pattern: string, count: number) => checkBatch(pattern, count).map((f) => f.code);

describe('many VMs at once (semantics §11)', () => {
  it('names VMs from a pattern, {n} from 1, no padding', () => {
    expect(batchNames('web-{n}', 3)).toEqual(['web-1', 'web-2', 'web-3']);
    expect(batchNames('a{n}b{n}', 2)).toEqual(['a1b1', 'a2b2']);
  });

  it('refuses a count outside 1..100, a pattern without {n}, and names Kubernetes refuses', () => {
    expect(codes('x-{n}', 0)).toEqual(['BatchCountInvalid']);
    expect(codes('x-{n}', MAX_BATCH + 1)).toEqual(['BatchCountInvalid']);
    expect(codes('x-{n}', 2.5)).toEqual(['BatchCountInvalid']);
    expect(codes('same', 2)).toEqual(['BatchPatternWithoutNumber']);
    expect(codes('same', 1)).toEqual([]);
    expect(codes('Web_{n}', 2)).toEqual(['BatchNameInvalid']);
    // Only the 100th name is too long: the check looks at the longest.
    expect(codes(`${'a'.repeat(60)}-{n}`, 100)).toEqual(['BatchNameInvalid']);
    expect(codes(`${'a'.repeat(60)}-{n}`, 99)).toEqual([]);
    expect(checkBatch('x', 5)[0]).toMatchObject({ subject: 'batch', path: '/namePattern' });
  });

  it('completes each VM on its own: its own disks, Secrets and passwords', () => {
    const batch = instantiateBatch(
      {
        dataSource: web.dataSource!,
        companions: web.companions,
        namespace: 'demo',
        random: createSeededRandom(7),
      },
      3,
      'shop-{n}',
    );
    expect(batch.findings).toEqual([]);
    const names = (kind: string) =>
      batch.results.flatMap((r) =>
        r.objects.filter((o) => o.kind === kind).map((o) => o.metadata?.name),
      );
    expect(names('VirtualMachine')).toEqual(['shop-1', 'shop-2', 'shop-3']);
    expect(new Set(names('Secret')).size).toBe(names('Secret').length);
    const disks = batch.results.flatMap((r) =>
      (
        r.vm.spec as { dataVolumeTemplates: Array<{ metadata: { name: string } }> }
      ).dataVolumeTemplates.map((t) => t.metadata.name),
    );
    expect(new Set(disks).size).toBe(disks.length);
    const secrets = batch.results.map((r) =>
      JSON.stringify(r.objects.filter((o) => o.kind === 'Secret')),
    );
    expect(new Set(secrets).size).toBe(3);
    // ${VM_NAME}-style values follow each VM: its own name is in its own objects only.
    expect(JSON.stringify(batch.results[1].objects)).not.toContain('shop-3');
  });

  it('is deterministic for a seed', () => {
    const run = () =>
      JSON.stringify(
        instantiateBatch(
          { dataSource: web.dataSource!, namespace: 'demo', random: createSeededRandom(3) },
          2,
          'x-{n}',
        ).results.map((r) => r.objects),
      );
    expect(run()).toBe(run());
  });
});
