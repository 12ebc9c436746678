import fc from 'fast-check';
import { applyPatch, type Operation } from 'fast-json-patch';
import { load } from 'js-yaml';
import {
  ANNOTATION_VM_SPEC,
  applyPatchToDocumentText,
  applyPatchToText,
  minimalEdit,
  parseMultiDocument,
  validateVirtualMachineManifest,
} from '../../../src/appliance';
import { seedText } from './authoring-fixtures';

const seedBoilerplate = (): string =>
  parseMultiDocument(seedText()).dataSource?.metadata?.annotations?.[ANNOTATION_VM_SPEC] ?? '';

const withComments = `# my appliance
apiVersion: kubevirt.io/v1
kind: VirtualMachine
spec:
  runStrategy: Running   # keep me
  template:
    spec:
      domain:
        devices: {}
        resources:   # cpu goes to the instancetype
          requests:
            cpu: "2"
      volumes:
        - name: a   # first
          containerDisk: {image: x}
`;

const applyBoth = (text: string, patch: Operation[]) => {
  const r = applyPatchToText(text, patch);
  if (!r.ok) throw new Error(r.reason);
  const expected = applyPatch(load(text), patch, false, false).newDocument;
  return { text: r.text, expected };
};

describe('fixes applied to the text', () => {
  it('replace keeps every comment, including the one on the changed line', () => {
    const { text, expected } = applyBoth(withComments, [
      { op: 'replace', path: '/spec/runStrategy', value: 'Always' },
    ]);
    expect(load(text)).toEqual(expected);
    expect(text).toContain('# my appliance');
    expect(text).toContain('# keep me');
    expect(text).toContain('# cpu goes to the instancetype');
    expect(text).toContain('runStrategy: Always');
    // Where the user's text is in the yaml package's canonical spacing, untouched lines stay byte
    // for byte; elsewhere only spacing before comments and inside flow mappings may change.
    const canonical = 'a: 1 # one\nb:\n  - x # two\nc: old # three\n';
    const r = applyPatchToText(canonical, [{ op: 'replace', path: '/c', value: 'new' }]);
    expect(r).toEqual({ ok: true, text: 'a: 1 # one\nb:\n  - x # two\nc: new # three\n' });
  });

  it("keeps the user's own spacing on every line the fix did not change", () => {
    const { text } = applyBoth(withComments, [
      { op: 'replace', path: '/spec/runStrategy', value: 'Always' },
    ]);
    const changed = (l: string) => l.includes('runStrategy');
    expect(text.split('\n').filter((l) => !changed(l))).toEqual(
      withComments.split('\n').filter((l) => !changed(l)),
    );
    const removed = applyBoth(withComments, [
      { op: 'remove', path: '/spec/template/spec/volumes/0/containerDisk' },
    ]).text;
    expect(removed).toContain('runStrategy: Running   # keep me');
    expect(removed).toContain('resources:   # cpu goes to the instancetype');
    expect(removed).not.toContain('containerDisk');
  });

  it('keeps spacing and comments for random scalar fixes anywhere (property)', () => {
    const paths = ['/spec/runStrategy', '/spec/template/spec/volumes/0/name', '/kind'];
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
        (path, value) => {
          const { text, expected } = applyBoth(withComments, [{ op: 'replace', path, value }]);
          expect(load(text)).toEqual(expected);
          const before = withComments.split('\n');
          const after = text.split('\n');
          expect(after).toHaveLength(before.length);
          expect(after.filter((l, i) => l !== before[i]).length).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leaves the text byte for byte alone when the patch changes nothing', () => {
    for (const text of [withComments, seedBoilerplate()])
      expect(applyPatchToText(text, [])).toEqual({ ok: true, text });
  });

  it('remove, add into a list and add a key', () => {
    const patch: Operation[] = [
      { op: 'remove', path: '/spec/template/spec/domain/resources' },
      {
        op: 'add',
        path: '/spec/template/spec/volumes/0',
        value: { name: 'z', emptyDisk: { capacity: '1Gi' } },
      },
      { op: 'add', path: '/spec/template/spec/volumes/-', value: { name: 'last' } },
      { op: 'add', path: '/metadata', value: { labels: { a: 'b' } } },
    ];
    const { text, expected } = applyBoth(withComments, patch);
    expect(load(text)).toEqual(expected);
    expect(text).toContain('# my appliance');
    expect(text).toContain('# first');
  });

  it('move renames a misspelled key where it was written', () => {
    const src = 'volumes:\n  - name: a\n    persistenVolumeClaim:   # typo\n      claimName: c\n';
    const { text, expected } = applyBoth(src, [
      {
        op: 'move',
        from: '/volumes/0/persistenVolumeClaim',
        path: '/volumes/0/persistentVolumeClaim',
      },
    ]);
    expect(load(text)).toEqual(expected);
    expect(text.indexOf('persistentVolumeClaim')).toBe(src.indexOf('persistenVolumeClaim'));
  });

  it('applies every one-click fix the validator offers for the seed boilerplate, keeping its FIXME comment', () => {
    let text = seedBoilerplate();
    const fixes = validateVirtualMachineManifest(load(text)).filter((f) => f.fix);
    expect(fixes.length).toBeGreaterThan(0);
    for (const f of fixes) {
      const r = applyPatchToText(text, f.fix?.patch ?? []);
      expect(r).toMatchObject({ ok: true });
      if (r.ok) text = r.text;
    }
    expect(text).toContain('## FIXME');
    const after = validateVirtualMachineManifest(load(text)).map((f) => f.code);
    expect(after).not.toContain('RunStrategyInvalid');
  });

  it.each([
    [[{ op: 'remove', path: '/nope' }] as Operation[], /nothing to remove/],
    [[{ op: 'replace', path: '/spec/none', value: 1 }] as Operation[], /nothing to replace/],
    [[{ op: 'test', path: '/kind', value: 'Pod' }] as Operation[], /test failed/],
  ])('says why a patch cannot apply (%j)', (patch, reason) => {
    const r = applyPatchToText(withComments, patch);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('reports broken YAML instead of throwing', () => {
    expect(applyPatchToText('a: [b', [{ op: 'add', path: '/c', value: 1 }]).ok).toBe(false);
  });

  it('agrees with fast-json-patch for scalar replacements anywhere (property)', () => {
    const paths = [
      '/spec/runStrategy',
      '/kind',
      '/spec/template/spec/volumes/0/name',
      '/apiVersion',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(fc.string(), fc.integer(), fc.boolean()),
        (path, value) => {
          const { text, expected } = applyBoth(withComments, [{ op: 'replace', path, value }]);
          expect(load(text)).toEqual(expected);
          expect(text).toContain('# keep me'.slice(0, path === '/spec/runStrategy' ? 0 : 9));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('minimalEdit', () => {
  it('replaces only the differing middle (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const e = minimalEdit(a, b);
        expect(a.slice(0, e.start) + e.text + a.slice(e.end)).toBe(b);
        expect(e.start).toBeLessThanOrEqual(e.end);
      }),
    );
  });
});

describe('applyPatchToDocumentText', () => {
  const docs = ['a: 1 # one\n', '---\n# two\nb: 2 # keep\n', '---\nc: [3] # three\n'];

  it('patches only the chosen document and keeps every other byte', () => {
    const out = applyPatchToDocumentText(
      docs.join(''),
      [{ op: 'replace', path: '/b', value: 5 }],
      1,
    );
    expect(out).toEqual({ ok: true, text: docs.join('').replace('b: 2', 'b: 5') });
  });

  it('keeps a comment above the first document', () => {
    const text = `# header\n${docs.join('')}`;
    const out = applyPatchToDocumentText(text, [{ op: 'add', path: '/z', value: 1 }], 0);
    expect(out).toEqual({ ok: true, text: text.replace('a: 1 # one\n', 'a: 1 # one\nz: 1\n') });
  });

  it('says why when the document is missing or the patch does not apply', () => {
    expect(applyPatchToDocumentText(docs.join(''), [], 3)).toMatchObject({ ok: false });
    expect(
      applyPatchToDocumentText(docs.join(''), [{ op: 'remove', path: '/nope' }], 2),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('/nope') });
  });
});
