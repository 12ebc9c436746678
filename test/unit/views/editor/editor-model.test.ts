import { parseMultiDocument, type KubeObject } from '../../../../src/appliance';
import { analyseBoilerplate } from '../../../../src/views/editor/editor-model';
import { seedText } from '../../appliance/authoring-fixtures';

const seedDs = (): KubeObject => {
  const ds = parseMultiDocument(seedText()).dataSource as KubeObject;
  return {
    ...ds,
    metadata: { ...ds.metadata, namespace: 'demo', uid: 'u1', resourceVersion: '5' },
  };
};

describe('boilerplate editor analysis', () => {
  it('marks the seed boilerplate problems on the text, with the runStrategy fix', () => {
    const ds = seedDs();
    const text = ds.metadata?.annotations?.['appliance.kubevirt.io/vm-spec'] ?? '';
    const a = analyseBoilerplate(ds, text, { namespace: 'demo', name: 'sample-vm' });
    const run = a.textFindings.find((f) => f.code === 'RunStrategyInvalid');
    expect(run?.fix?.patch).toEqual([
      { op: 'replace', path: '/spec/runStrategy', value: 'Always' },
    ]);
    // Completion repairs on the boilerplate become markers too (they point into the text).
    expect(a.textFindings.map((f) => f.code)).toContain('NullTimestampDropped');
    expect(a.textFindings.every((f) => f.subject === undefined)).toBe(true);
    expect(a.preview?.yaml).toContain('name: sample-vm');
    expect(a.preview?.yaml).toContain('sample-vm-diplomatic-tortoise-volume');
  });

  it('does not call a boilerplate without name or apiVersion wrong', () => {
    const a = analyseBoilerplate(seedDs(), 'spec:\n  template:\n    spec: {}\n', {
      namespace: 'demo',
      name: 'x',
    });
    expect(
      a.textFindings.filter((f) => ['/metadata/name', '/apiVersion'].includes(f.path)),
    ).toEqual([]);
  });

  it('gives one clear finding and no preview for text that is not YAML', () => {
    const a = analyseBoilerplate(seedDs(), 'spec: [', { namespace: 'demo', name: 'x' });
    expect(a.preview).toBeUndefined();
    expect(a.textFindings).toEqual([
      expect.objectContaining({ code: 'BoilerplateSyntax', severity: 'error' }),
    ]);
  });

  it('follows the sample namespace', () => {
    const a = analyseBoilerplate(seedDs(), 'spec: {template: {spec: {}}}\n', {
      namespace: 'team-a',
      name: 'vm1',
    });
    expect(a.preview?.yaml).toContain('namespace: team-a');
  });
});
