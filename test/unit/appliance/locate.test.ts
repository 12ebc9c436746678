import { locatePath, parseMultiDocument } from '../../../src/appliance';

const text = `# a comment
apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: demo   # trailing comment
spec:
  runStrategy: Running
  template:
    spec:
      domain: {devices: {disks: [{name: a}, {name: b, disk: {bus: virtio}}]}}
      volumes:
        - name: a
          dataVolume:
            name: dv
        - name: b
          persistenVolumeClaim:
            claimName: c
---
kind: Second
spec:
  x: 1
`;
const at = (pointer: string, doc = 0) => {
  const r = locatePath(text, pointer, doc);
  if (!r) return undefined;
  const lines = text.split('\n');
  return {
    ...r,
    text: lines[r.line - 1].slice(r.column - 1, r.endLine === r.line ? r.endColumn - 1 : undefined),
  };
};

describe('locatePath', () => {
  it('finds a key with its scalar value, past comments', () => {
    expect(at('/spec/runStrategy')).toMatchObject({
      line: 7,
      column: 3,
      endLine: 7,
      text: 'runStrategy: Running',
    });
    expect(at('/metadata/name')).toMatchObject({ line: 5, text: 'name: demo' });
  });

  it('finds a key whose value is a block by the key alone', () => {
    expect(at('/spec/template/spec/volumes/1/persistenVolumeClaim')).toMatchObject({
      line: 16,
      text: 'persistenVolumeClaim',
    });
  });

  it('finds sequence items and flow style', () => {
    expect(at('/spec/template/spec/volumes/0')).toMatchObject({ line: 12, column: 11 });
    expect(at('/spec/template/spec/domain/devices/disks/1/disk/bus')).toMatchObject({
      line: 10,
      text: 'bus: virtio',
    });
  });

  it('addresses documents by index', () => {
    expect(at('/spec/x', 1)).toMatchObject({ line: 21, text: 'x: 1' });
    expect(at('', 1)).toMatchObject({ line: 19 });
    expect(at('/spec', 2)).toBeUndefined();
  });

  it('falls back to the deepest existing ancestor', () => {
    expect(at('/spec/template/spec/domain/cpu/cores')).toMatchObject({ line: 10, text: 'domain' });
  });

  it('gives undefined for text that does not parse', () => {
    expect(locatePath('a: [', '/a')).toBeUndefined();
  });
});

describe('parseMultiDocument', () => {
  it('accepts YAML merge keys as kubectl does', () => {
    const b = parseMultiDocument(
      'kind: DataSource\nx: &base {a: 1}\nmetadata:\n  <<: *base\n  name: d\n',
    );
    expect(b.dataSource?.metadata).toEqual({ a: 1, name: 'd' });
  });

  it('splits a DataSource from its companions and reports non-objects', () => {
    const b = parseMultiDocument(
      'kind: PersistentVolumeClaim\nmetadata: {name: p}\n---\nkind: DataSource\nmetadata: {name: d}\n---\n- x\n---\n',
    );
    expect(b.dataSource?.metadata?.name).toBe('d');
    expect(b.companions.map((o) => o.metadata?.name)).toEqual(['p']);
    expect(b.findings.map((f) => [f.code, f.params?.document])).toEqual([
      ['DocumentNotMapping', 2],
    ]);
  });

  it('reports invalid YAML as one finding', () => {
    expect(parseMultiDocument('a: [').findings.map((f) => f.code)).toEqual(['YamlSyntax']);
  });
});
