import {
  classifyDataSource,
  completeAppliance,
  MAX_NESTING_DEPTH,
  parseBoilerplate,
} from '../../../src/appliance';
import { appliance, errors, input } from './helpers';

const laughs = (() => {
  let text = 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let i = 1; i < 10; i += 1)
    text += `a${i}: &a${i} [${Array(10)
      .fill(`*a${i - 1}`)
      .join(',')}]\n`;
  return text;
})();

const cases: Array<[string, string, string]> = [
  ['over 256 KiB', `spec:\n  x: "${'y'.repeat(270 * 1024)}"\n`, 'BoilerplateTooLarge'],
  ['an alias bomb', laughs, 'BoilerplateTooComplex'],
  [
    'nesting deeper than 100 (flow)',
    `spec: ${'['.repeat(5000)}${']'.repeat(5000)}`,
    'BoilerplateTooDeep',
  ],
  [
    'nesting deeper than 100 (block)',
    Array.from({ length: MAX_NESTING_DEPTH + 5 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') +
      ' 1\n',
    'BoilerplateTooDeep',
  ],
  ['a scalar document', 'just a string', 'BoilerplateNotMapping'],
  ['a list document', '- a\n- b\n', 'BoilerplateNotMapping'],
  ['binary garbage', '\u0000\u0001\u0002PK\u0003\u0004\u00ff\u00fe', 'BoilerplateBinary'],
  ['a __proto__ key', 'spec:\n  __proto__:\n    polluted: true\n', 'BoilerplateForbiddenKey'],
  [
    'a constructor key',
    'constructor:\n  prototype:\n    polluted: true\n',
    'BoilerplateForbiddenKey',
  ],
  ['a prototype key', 'spec:\n  prototype: {polluted: true}\n', 'BoilerplateForbiddenKey'],
  ['invalid YAML', 'spec: {a: 1\n', 'BoilerplateSyntax'],
  ['several documents', 'a: 1\n---\nb: 2\n', 'BoilerplateSyntax'],
];

describe('safe parsing (semantics §3.1): one clear error finding within 100 ms', () => {
  it.each(cases)('%s', (_name, text, code) => {
    const t0 = performance.now();
    const r = parseBoilerplate(text);
    const parseMs = performance.now() - t0;
    expect(r.value).toBeUndefined();
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ severity: 'error', code, subject: 'boilerplate' });
    expect(r.findings[0].message.length).toBeGreaterThan(20);
    expect(parseMs).toBeLessThan(100);
    // Through the whole completion too (no cache: a fresh suffix makes the text new).
    const fresh = `${text}${text.endsWith('\n') ? '' : '\n'}# ${Math.random()}\n`;
    const t1 = performance.now();
    const c = completeAppliance(input(appliance(fresh)));
    const classified = classifyDataSource(appliance(fresh));
    expect(performance.now() - t1).toBeLessThan(100);
    expect(errors(c.findings).some((f) => f.code === code || f.code === 'BoilerplateSyntax')).toBe(
      true,
    );
    expect(classified.kind).toBe('appliance');
    expect(classified.findings.filter((f) => f.severity === 'error')).toHaveLength(1);
  });

  it('pollutes nothing', () => {
    for (const [, text] of cases) parseBoilerplate(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
