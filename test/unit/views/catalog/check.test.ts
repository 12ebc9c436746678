import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { classifyDataSource } from '../../../../src/appliance';
import type { KubeObject } from '../../../../src/appliance/types';
import { checkEntry } from '../../../../src/views/catalog/check';
import { toEntry, type CatalogEntry } from '../../../../src/views/catalog/entries';
import { appliance, goldenImage } from './fixtures';

const seed = (): KubeObject => {
  const text = fs.readFileSync(
    path.resolve(__dirname, '../../../fixtures/seed-appliance.yaml'),
    'utf8',
  );
  const ds = yaml.loadAll(text)[0] as KubeObject;
  return {
    ...ds,
    metadata: { ...ds.metadata, namespace: 'demo', uid: 'u-seed', resourceVersion: '7' },
  };
};

const entryOf = (ds: KubeObject): CatalogEntry => {
  const e = toEntry(ds, classifyDataSource);
  if (!e) throw new Error('not a catalog entry');
  return e;
};

describe('boilerplate check for the catalog', () => {
  it('finds the seed appliance’s errors and warnings, errors first, without per-VM infos', () => {
    const check = checkEntry(entryOf(seed()));
    const codes = check.findings.map((f) => f.code);
    expect(check.errors).toBeGreaterThan(0);
    expect(check.warnings).toBeGreaterThan(0);
    expect(check.findings[0].severity).toBe('error');
    expect(check.findings.some((f) => f.path.includes('persistenVolumeClaim'))).toBe(true);
    expect(codes).toContain('RunStrategyInvalid');
    expect(check.findings.every((f) => f.severity !== 'info')).toBe(true);
    expect(check.errors + check.warnings).toBe(check.findings.length);
  });

  it('finds nothing wrong with a well-formed appliance or a golden image', () => {
    expect(checkEntry(entryOf(appliance('web'))).errors).toBe(0);
    expect(checkEntry(entryOf(goldenImage('fedora', 'fedora')))).toEqual({
      findings: [],
      errors: 0,
      warnings: 0,
    });
  });

  it('checks an entry once', () => {
    const e = entryOf(seed());
    expect(checkEntry(e)).toBe(checkEntry(e));
  });

  it('reports an unparseable boilerplate once, as an error', () => {
    const check = checkEntry(entryOf(appliance('bad', 'demo', 'spec: [1, 2')));
    expect(check.errors).toBeGreaterThan(0);
    const keys = check.findings.map((f) => `${f.code} ${f.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
