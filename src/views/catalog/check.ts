// Direct module imports: the barrel (../../appliance) would pull the whole core into the route.
import { completeAppliance } from '../../appliance/complete';
import { createSeededRandom } from '../../appliance/random';
import { msg, type Finding } from '../../findings';
import { peekCheck, rememberCheck, type BoilerplateCheck } from './check-cache';
import type { CatalogEntry } from './entries';

/** Any fixed seed: the check only needs findings, and the same input must give the same ones. */
const SEED = 1;

/**
 * The findings a user would meet when instantiating an appliance in its own namespace. The cheap
 * classification only catches unparseable boilerplates; completion (under a millisecond each)
 * also finds misspelled fields, invalid run strategies and the like. Run only for items on screen,
 * and once per object version: entries are cached per resourceVersion, so this keys on them.
 */
export const checkEntry = (entry: CatalogEntry): BoilerplateCheck => {
  const hit = peekCheck(entry);
  if (hit) return hit;
  const c = entry.classification;
  let all: Finding[] = c.findings;
  if (c.kind === 'appliance') {
    let found: Finding[];
    try {
      found = completeAppliance({
        dataSource: entry.dataSource,
        namespace: c.namespace,
        name: 'catalog-check',
        random: createSeededRandom(SEED),
      }).findings;
    } catch (e) {
      // The core promises not to throw; if it ever does, the item still shows, flagged.
      found = [
        {
          severity: 'error',
          code: 'CheckFailed',
          path: '',
          message: msg('The boilerplate could not be checked: {{error}}'),
          params: { error: e instanceof Error ? e.message : String(e) },
        },
      ];
    }
    const seen = new Set<string>();
    all = [...c.findings, ...found].filter((f) => {
      const key = `${f.code}\n${f.path}\n${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  // Info findings describe what instantiation does per VM (renamed disks, generated passwords),
  // not problems of the boilerplate.
  const findings = all
    .filter((f) => f.severity !== 'info')
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const errors = findings.filter((f) => f.severity === 'error').length;
  const check = { findings, errors, warnings: findings.length - errors };
  return rememberCheck(entry, check);
};
