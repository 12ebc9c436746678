import { ANNOTATION_PARAMETERS, findingLocation } from '../../../src/appliance';
import { exportBundle } from '../../../src/appliance/bundle-export';
import { validateBundle } from '../../../src/appliance/bundle-validate';
import { webStack } from './parameters-helpers';

describe('bundles carry the parameters (semantics §9)', () => {
  it('exports the annotation and validates the demo appliance without errors', () => {
    const b = exportBundle(webStack(), []);
    expect(b.objects[0].metadata?.annotations?.[ANNOTATION_PARAMETERS]).toContain('DB_PASSWORD');
    const v = validateBundle(b.text, 'team-a');
    expect(v.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(v.boilerplateFindings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('refuses an invalid declaration', () => {
    const ds = webStack();
    ds.metadata!.annotations![ANNOTATION_PARAMETERS] += '- name: bad\n  type: string\n';
    const v = validateBundle(exportBundle(ds, []).text, 'team-a');
    const invalid = v.findings.find((f) => f.code === 'ParameterDeclarationInvalid');
    expect(invalid && findingLocation(invalid)).toBe('parameters#/10/name');
  });

  it('reports how the boilerplate uses the declarations', () => {
    const ds = webStack();
    ds.metadata!.annotations![ANNOTATION_PARAMETERS] += '- name: LICENCE\n  type: string\n';
    const v = validateBundle(exportBundle(ds, []).text, 'team-a');
    expect(v.boilerplateFindings.map((f) => [f.code, findingLocation(f)])).toContainEqual([
      'ParameterUnused',
      'parameters#/LICENCE',
    ]);
  });
});
