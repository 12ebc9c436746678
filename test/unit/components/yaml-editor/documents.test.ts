import { load, loadAll } from 'js-yaml';
import { finding, type Finding } from '../../../../src/findings';
import {
  applyFindingFix,
  applyPatchToText,
  documentOf,
  dumpDocuments,
  markersFor,
  parseDocuments,
} from '../../../../src/components/yaml-editor/documents-api';

const text = [
  'apiVersion: v1',
  'kind: Secret',
  'metadata:',
  '  name: s',
  '---',
  'apiVersion: kubevirt.io/v1',
  'kind: VirtualMachine',
  'metadata:',
  '  name: vm',
  'spec:',
  '  runStrategy: Running',
  '',
].join('\n');

const fixable: Finding = finding(
  'error',
  'RunStrategyInvalid',
  '/spec/runStrategy',
  'runStrategy {{value}} is not valid',
  { value: 'Running' },
  {
    fix: {
      title: 'Use Always',
      patch: [{ op: 'replace', path: '/spec/runStrategy', value: 'Always' }],
    },
  },
);

describe('parseDocuments / dumpDocuments', () => {
  it('reads each document and writes them back with separators', () => {
    const parsed = parseDocuments(text);
    expect(parsed.objects.map((o) => o?.kind)).toEqual(['Secret', 'VirtualMachine']);
    expect(loadAll(dumpDocuments(parsed.objects))).toEqual(parsed.objects);
  });

  it('turns a syntax error into a finding with the line', () => {
    const parsed = parseDocuments('a: [1,\nb: 2');
    expect(parsed.findings[0].code).toBe('YamlSyntax');
    expect(Number(parsed.findings[0].params?.line)).toBeGreaterThan(0);
  });
});

describe('documentOf', () => {
  it('maps subjects to documents', () => {
    expect(documentOf(finding('error', 'X', '', 'm'), 3)).toBe(3);
    expect(
      documentOf(finding('error', 'X', '', 'm', { document: 0 }, { subject: 'document' }), 3),
    ).toBe(0);
    expect(documentOf(finding('error', 'X', '', 'm', {}, { subject: 'boilerplate' }), 3)).toBe(
      undefined,
    );
  });
});

describe('applyPatchToText / applyFindingFix', () => {
  it('applies a fix to the VM document and keeps the other documents', () => {
    const out = applyFindingFix(text, fixable, 1);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const docs = loadAll(out.text) as Array<Record<string, unknown>>;
    expect(docs[0]).toEqual(load(text.split('---')[0]));
    expect((docs[1].spec as Record<string, unknown>).runStrategy).toBe('Always');
  });

  it("edits the text in place: the user's comments in every document survive", () => {
    const commented = [
      '# the password lives here',
      'apiVersion: v1',
      'kind: Secret',
      'metadata: {name: s}   # flow style kept',
      '---',
      '# my VM',
      'apiVersion: kubevirt.io/v1',
      'kind: VirtualMachine',
      'metadata:',
      '  name: vm   # chosen by me',
      'spec:',
      '  runStrategy: Running',
      '---',
      'apiVersion: v1',
      'kind: ConfigMap   # last',
      '',
    ].join('\n');
    const out = applyFindingFix(commented, fixable, 1);
    expect(out).toEqual({
      ok: true,
      text: commented.replace('runStrategy: Running', 'runStrategy: Always'),
    });
  });

  it('writes the objects again when the YAML parsers disagree on the documents', () => {
    // js-yaml drops a trailing empty document the yaml package counts: fall back, still fixed.
    const out = applyFindingFix(`${text}---\n`, fixable, 1);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect((loadAll(out.text)[1] as { spec: { runStrategy: string } }).spec.runStrategy).toBe(
      'Always',
    );
  });

  it("leaves the user's text alone when the text does not parse or the patch does not apply", () => {
    expect(applyFindingFix('a: [1,\n', fixable, 0)).toMatchObject({ ok: false });
    const bad = applyPatchToText(text, [{ op: 'replace', path: '/nope/x', value: 1 }], 1);
    expect(bad.ok).toBe(false);
    expect(applyPatchToText(text, [], 7)).toMatchObject({ ok: false });
    expect(applyFindingFix(text, finding('error', 'X', '', 'no fix'), 1)).toMatchObject({
      ok: false,
    });
  });
});

describe('markersFor', () => {
  it('puts a finding on the line its path is written on, in its document', () => {
    const markers = markersFor(text, [fixable], 1, (f) => f.code);
    expect(markers).toEqual([
      expect.objectContaining({ line: 11, severity: 'error', code: 'RunStrategyInvalid' }),
    ]);
  });

  it('skips findings about objects not in the text and places syntax errors on their line', () => {
    const markers = markersFor(
      'a: [1,\nb: 2',
      [
        finding(
          'error',
          'YamlSyntax',
          '',
          'bad',
          { line: 2, reason: 'x', document: 0 },
          {
            subject: 'document',
          },
        ),
        finding('warning', 'X', '/a', 'about the boilerplate', {}, { subject: 'boilerplate' }),
      ],
      0,
      (f) => f.code,
    );
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({ line: 2, code: 'YamlSyntax', findingIndex: 0 });
  });
});
