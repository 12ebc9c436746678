import fc from 'fast-check';

import * as sel from '../../preview/api/selectors';

type Req =
  | { op: '=' | '!='; key: string; value: string }
  | { op: 'in' | 'notin'; key: string; values: string[] }
  | { op: 'exists' | '!exists'; key: string };

const key = fc.constantFrom('app', 'tier', 'example.com/env', 'x');
const value = fc.constantFrom('a', 'b', 'web', 'db-1');

const req: fc.Arbitrary<Req> = fc.oneof(
  fc.record({ op: fc.constantFrom('=' as const, '!=' as const), key, value }),
  fc.record({
    op: fc.constantFrom('in' as const, 'notin' as const),
    key,
    values: fc.uniqueArray(value, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ op: fc.constantFrom('exists' as const, '!exists' as const), key }),
);

function print(r: Req): string {
  switch (r.op) {
    case '=':
    case '!=':
      return `${r.key}${r.op}${r.value}`;
    case 'in':
    case 'notin':
      return `${r.key} ${r.op} (${r.values.join(',')})`;
    case 'exists':
      return r.key;
    default:
      return `!${r.key}`;
  }
}

/** The meaning of a requirement, written independently of the parser. */
function holds(r: Req, labels: Record<string, string>): boolean {
  const has = r.key in labels;
  switch (r.op) {
    case '=':
      return has && labels[r.key] === r.value;
    case '!=':
      return !has || labels[r.key] !== r.value;
    case 'in':
      return has && r.values.includes(labels[r.key]);
    case 'notin':
      return !has || !r.values.includes(labels[r.key]);
    case 'exists':
      return has;
    default:
      return !has;
  }
}

describe('label selectors', () => {
  it('match exactly when every requirement holds (property)', () => {
    fc.assert(
      fc.property(
        fc.array(req, { minLength: 1, maxLength: 4 }),
        fc.dictionary(key, value),
        (reqs, labels) => {
          const parsed = sel.parseLabelSelector(reqs.map(print).join(','));
          expect(sel.matchLabels(parsed, labels)).toBe(reqs.every((r) => holds(r, labels)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('accept == and spaces around operators', () => {
    expect(sel.matchLabels(sel.parseLabelSelector('app == web'), { app: 'web' })).toBe(true);
    expect(sel.matchLabels(sel.parseLabelSelector('app != web'), { app: 'web' })).toBe(false);
  });

  it.each(['app in web', 'app=(x)', '=x', 'in (a)'])('reject %s with a message naming it', (s) => {
    expect(() => sel.parseLabelSelector(s)).toThrow(s);
  });
});

describe('field selectors', () => {
  it('support metadata.name and metadata.namespace only', () => {
    expect(sel.parseFieldSelector('metadata.name=a,metadata.namespace!=b')).toHaveLength(2);
    expect(() => sel.parseFieldSelector('status.phase=Running')).toThrow(
      'field label not supported: status.phase',
    );
  });
});
