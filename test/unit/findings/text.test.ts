import { escapeControls, finding, formatFinding, safeText } from '../../../src/findings';

describe('text from the input in messages (semantics §5)', () => {
  it('escapes control characters, so a value never starts a line of its own', () => {
    expect(escapeControls('a\nERROR forged\r\u001b[31m\u0000\u2028')).toBe(
      'a\\nERROR forged\\r\\u001b[31m\\u0000\\u2028',
    );
  });

  it('shortens long values and says how much is left out', () => {
    const s = safeText('x'.repeat(1_000_000));
    expect(s.length).toBeLessThan(260);
    expect(s).toContain('999800 more characters');
  });

  it('is applied to every finding parameter and to the CLI line as a whole', () => {
    const f = finding('error', 'X', '/metadata/na\nme', 'Name {{name}} is bad.', {
      name: `vm\nERROR fake ${'y'.repeat(5000)}`,
    });
    const line = formatFinding(f);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('vm\\nERROR fake');
    expect(line.length).toBeLessThan(500);
  });
});
