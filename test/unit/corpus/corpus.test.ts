import { CORPUS, verdict } from './corpus';

describe('the conformance corpus (issue 13)', () => {
  it('holds at least 40 manifests, valid and invalid', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((e) => e.name)).size).toBe(CORPUS.length);
    expect(CORPUS.filter((e) => !e.errors.length).length).toBeGreaterThanOrEqual(15);
    expect(CORPUS.filter((e) => e.errors.length).length).toBeGreaterThanOrEqual(15);
  });

  it.each(CORPUS.map((e) => [e.name, e] as const))('%s', (_name, entry) => {
    expect(verdict(entry)).toEqual({
      errors: [...entry.errors].sort(),
      warnings: [...entry.warnings].sort(),
    });
  });
});
