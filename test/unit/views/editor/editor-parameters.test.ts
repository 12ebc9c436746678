import { findingLocation } from '../../../../src/appliance';
import { analyseBoilerplate } from '../../../../src/views/editor/editor-model';
import { webStack } from '../../appliance/parameters-helpers';

describe('boilerplate editor: parameters checked with the boilerplate (semantics §9)', () => {
  const ds = webStack();
  const text = ds.metadata?.annotations?.['appliance.kubevirt.io/vm-spec'] ?? '';

  it('the demo declarations and their use have no findings; the preview uses sample values', () => {
    const a = analyseBoilerplate(ds, text, { namespace: 'demo', name: 'sample-vm' });
    expect(a.parameterFindings).toEqual([]);
    expect(a.preview?.yaml).toContain('web-stack.example.com/profile: balanced');
    // The default workers count is recorded; the password is not.
    expect(a.preview?.yaml).toContain('"WORKERS":2');
    expect(a.preview?.yaml).not.toContain('DB_PASSWORD');
  });

  it('an undeclared ${X}, an unused declaration and a secret outside cloud-init are reported', () => {
    const edited = text
      .replace('hostname: ${HOSTNAME}', 'hostname: ${HOST}')
      .replace(
        'web-stack.example.com/profile: ${PROFILE}',
        'web-stack.example.com/db: ${DB_PASSWORD}',
      );
    const a = analyseBoilerplate(ds, edited, { namespace: 'demo', name: 'sample-vm' });
    expect(a.parameterFindings.map((f) => [f.severity, f.code, findingLocation(f)])).toEqual(
      expect.arrayContaining([
        ['info', 'ParameterUndeclared', 'parameters#/HOST'],
        ['warning', 'ParameterUnused', 'parameters#/HOSTNAME'],
        ['error', 'ParameterSecretOutsideCloudInit', 'parameters#/DB_PASSWORD'],
      ]),
    );
  });

  it('checks the edited declarations, not the saved ones, and the preview follows them', () => {
    const declarations = ds.metadata?.annotations?.['appliance.kubevirt.io/parameters'] ?? '';
    const edited = declarations
      .replace('default: balanced', 'default: throughput')
      .replace('- name: TLS', '- name: tls');
    const a = analyseBoilerplate(
      ds,
      text,
      { namespace: 'demo', name: 'sample-vm' },
      [],
      undefined,
      edited,
    );
    expect(a.parameterFindings.map((f) => [f.severity, f.code, findingLocation(f)])).toEqual(
      expect.arrayContaining([['error', 'ParameterDeclarationInvalid', 'parameters#/8/name']]),
    );
    expect(a.preview?.yaml).toContain('web-stack.example.com/profile: throughput');
    // Declarations cleared: every ${NAME} of the boilerplate is now undeclared, left as it is.
    const none = analyseBoilerplate(
      ds,
      text,
      { namespace: 'demo', name: 'sample-vm' },
      [],
      undefined,
      '',
    );
    expect(none.parameterFindings.map((f) => [f.severity, f.code, findingLocation(f)])).toEqual(
      expect.arrayContaining([['info', 'ParameterUndeclared', 'parameters#/HOSTNAME']]),
    );
    expect(none.parameterFindings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(none.preview?.yaml).toContain('web-stack.example.com/profile: ${PROFILE}');
  });

  it('a declaration list that does not parse is one finding with its line', () => {
    const a = analyseBoilerplate(
      ds,
      text,
      { namespace: 'demo', name: 'sample-vm' },
      [],
      undefined,
      '- name: X\n  type: [\n',
    );
    expect(a.parameterFindings).toHaveLength(1);
    expect(a.parameterFindings[0]).toMatchObject({ severity: 'error', path: '' });
    expect(Number(a.parameterFindings[0].params?.line)).toBeGreaterThan(0);
  });
});
