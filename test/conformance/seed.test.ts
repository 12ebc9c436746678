import { readFileSync } from 'fs';
import path from 'path';
import { loadAll } from 'js-yaml';
import { SEEDS } from './shared';

const ROOT = path.resolve(__dirname, '../..');
const seedAppliance = (): string => {
  const md = readFileSync(path.join(SEEDS, 'appliance-in-kubevirt.md'), 'utf8');
  const block = /## Appliance\n```yaml\n([\s\S]*?)```/.exec(md);
  if (!block) throw new Error('the seed document has no "## Appliance" YAML block');
  return block[1];
};

describe("the origin design's appliance", () => {
  it('is in the demo data byte for byte', () => {
    const demo = readFileSync(
      path.join(ROOT, 'preview/demo-data/static-data-appliance.yaml'),
      'utf8',
    );
    expect(demo).toBe(seedAppliance());
  });

  it("is the tests' seed fixture, object for object", () => {
    const own = readFileSync(path.join(ROOT, 'test/fixtures/seed-appliance.yaml'), 'utf8');
    expect(loadAll(own)).toEqual(loadAll(seedAppliance()));
  });
});
