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

/**
 * Best of three runs, each on a new text (the parse memo cannot answer): a shared 2-core machine
 * can stall any single run, while the algorithmic cost is what the 100 ms budget is about.
 */
const bestOf3 = (fn: (attempt: number) => void): number => {
  let best = Infinity;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const t0 = performance.now();
    fn(attempt);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
};
const fresh = (text: string, attempt: number) =>
  `${text}${text.endsWith('\n') ? '' : '\n'}# attempt ${attempt} ${Math.random()}\n`;

describe('safe parsing (semantics §3.1): one clear error finding within 100 ms', () => {
  it.each(cases)('%s', (_name, text, code) => {
    const r = parseBoilerplate(text);
    expect(r.value).toBeUndefined();
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ severity: 'error', code, subject: 'boilerplate' });
    expect(r.findings[0].message.length).toBeGreaterThan(20);
    // A comment line appended keeps the problem (several documents: still a syntax error).
    expect(bestOf3((a) => parseBoilerplate(fresh(text, a)))).toBeLessThan(100);
    // Through classification and the whole completion too.
    expect(
      bestOf3((a) => {
        const ds = appliance(fresh(text, a + 10));
        const classified = classifyDataSource(ds);
        const c = completeAppliance(input(ds));
        expect(classified.kind).toBe('appliance');
        expect(classified.findings.filter((f) => f.severity === 'error')).toHaveLength(1);
        expect(
          errors(c.findings).some((f) => f.code === code || f.code === 'BoilerplateSyntax'),
        ).toBe(true);
      }),
    ).toBeLessThan(100);
  });

  it('pollutes nothing', () => {
    for (const [, text] of cases) parseBoilerplate(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
