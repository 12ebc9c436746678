import { limitsFor, readYamlDocuments } from '../../../src/appliance/yaml-read';
import { parseMultiDocument } from '../../../src/appliance/bundle';
import { parseCloudConfig } from '../../../src/appliance/cloudinit';

const limits = limitsFor(4 * 1024 * 1024);

describe('readYamlDocuments: one reader, every bound named (semantics §5)', () => {
  it('reads several documents into plain data', () => {
    const r = readYamlDocuments('a: 1\n---\n---\nb: [x, y]\n', limits);
    expect(r.problem).toBeUndefined();
    expect(r.documents).toEqual([{ a: 1 }, undefined, { b: ['x', 'y'] }]);
  });

  it('refuses flow nesting deeper than the limit before the parser overflows the stack', () => {
    const r = readYamlDocuments(`a: ${'['.repeat(2000)}${']'.repeat(2000)}\n`, limits);
    expect(r.problem).toMatchObject({ kind: 'TooDeep', params: { limit: 100, line: 1 } });
    expect(r.documents).toEqual([]);
  });

  it('refuses block nesting deeper than the limit, naming the line', () => {
    const text = Array.from({ length: 150 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    const r = readYamlDocuments(`${text} 1\n`, limits);
    expect(r.problem?.kind).toBe('TooDeep');
    expect(Number(r.problem?.params.line)).toBeGreaterThan(90);
  });

  it('counts aliases and refuses more than the limit', () => {
    const many = `a: &x 1\nb: [${Array(50).fill('*x').join(', ')}]\n`;
    expect(readYamlDocuments(many, limits).problem).toBeUndefined();
    expect(readYamlDocuments(many, { ...limits, maxAliases: 49 }).problem).toMatchObject({
      kind: 'TooManyAliases',
      params: { limit: 49 },
    });
  });

  it('refuses what aliases expand to: a large string used many times', () => {
    const text = `a: &s "${'x'.repeat(100_000)}"\nb: [${Array(40).fill('*s').join(', ')}]\n`;
    const r = readYamlDocuments(text, limits);
    expect(r.problem).toBeUndefined();
    expect(r.documentProblems.get(0)).toMatchObject({
      kind: 'TooComplex',
      params: { unit: 'characters' },
    });
    expect(r.documents[0]).toBeUndefined();
  });

  it('shares the expansion budget between documents, so many small bombs add up', () => {
    const doc = `a: &s "${'x'.repeat(60_000)}"\nb: [${Array(10).fill('*s').join(', ')}]\n`;
    const r = readYamlDocuments(Array(10).fill(doc).join('---\n'), limits);
    expect([...r.documentProblems.values()].some((p) => p.kind === 'TooComplex')).toBe(true);
  });

  it('refuses a text over the size limit without parsing it', () => {
    const r = readYamlDocuments(`a: "${'y'.repeat(2000)}"`, { ...limits, maxBytes: 1000 });
    expect(r.problem).toMatchObject({ kind: 'TooLarge', params: { limit: 1000 } });
  });

  it('refuses forbidden keys and a mapping used as a key, naming where', () => {
    expect(
      readYamlDocuments('a:\n  __proto__: {x: 1}\n', limits).documentProblems.get(0),
    ).toMatchObject({ kind: 'ForbiddenKey', params: { key: '__proto__', path: '/a' } });
    expect(
      readYamlDocuments('s:\n  ? {a: 1}\n  : 1\n', limits).documentProblems.get(0),
    ).toMatchObject({ kind: 'KeyNotText', params: { path: '/s' } });
  });

  it('reads duplicate keys as cloud-init does only when asked (the last wins)', () => {
    const text = 'password: one\npassword: two\n';
    expect(readYamlDocuments(text, limits).problem?.kind).toBe('Syntax');
    expect(readYamlDocuments(text, { ...limits, duplicateKeys: 'last' }).documents[0]).toEqual({
      password: 'two',
    });
    expect(parseCloudConfig(`#cloud-config\n${text}`)).toEqual({ password: 'two' });
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, 5, {}, '\u0000\u0001', '{', '*x', ': : :'])
      expect(() => readYamlDocuments(input, limits)).not.toThrow();
  });
});

describe('parseMultiDocument speaks through findings with the bound in the code', () => {
  it.each([
    ['a: [[[[[[' + '['.repeat(200) + ']'.repeat(206) + '\n', 'YamlTooDeep'],
    ['a: {b: 1\n', 'YamlSyntax'],
    ['a:\n  constructor: 1\n', 'YamlForbiddenKey'],
  ])('%#: %s', (text, code) => {
    const b = parseMultiDocument(text);
    expect(b.findings[0]).toMatchObject({ severity: 'error', code, subject: 'document' });
    expect(b.findings[0].message).not.toMatch(/holds no document/);
  });

  it('accepts a bigger bound when its caller reads more (the command line: 32 MiB)', () => {
    const text = `a: "${'z'.repeat(5 * 1024 * 1024)}"\n`;
    expect(parseMultiDocument(text).findings[0]?.code).toBe('YamlTooLarge');
    expect(parseMultiDocument(text, 32 * 1024 * 1024).findings).toEqual([]);
  });
});
