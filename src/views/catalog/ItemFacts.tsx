import * as React from 'react';
import { useCachedT } from '../../components/useCachedT';
import { peekCheck, type BoilerplateCheck } from './check-cache';
import type { CatalogEntry } from './entries';
import { afterNextPaint, whenIdle } from './idle';

/** Disk, network and filesystem counts for an appliance; nothing for a golden image. */
export const SummaryText: React.FC<{ entry: CatalogEntry }> = ({ entry }) => {
  const t = useCachedT();
  const s = entry.classification.summary;
  if (entry.classification.kind !== 'appliance' || !s) return null;
  return (
    <span data-test="catalog-item-summary">
      {t('Disks: {{disks}}, networks: {{networks}}, filesystems: {{filesystems}}', {
        disks: s.disks,
        networks: s.networks,
        filesystems: s.filesystems,
      })}
    </span>
  );
};

type CheckModule = typeof import('./check');

/** The checking code, once loaded; shared by every tile. */
let checkModule: Promise<CheckModule> | undefined;
const loadCheck = (): Promise<CheckModule> => {
  if (!checkModule) {
    const loading = import('./check');
    // A failed load is not remembered, so the next tile tries again.
    loading.catch(() => {
      if (checkModule === loading) checkModule = undefined;
    });
    checkModule = loading;
  }
  return checkModule;
};

/**
 * The check of an entry, computed in an idle task after the item is on screen (an appliance's
 * check completes its boilerplate, a millisecond or more), so a keystroke's frame never waits for
 * the checks of the page of items it brings up. The code that checks is loaded the first time,
 * then each tile still takes its own idle task rather than all of them one after the other.
 */
const useCheckSoon = (entry: CatalogEntry): BoilerplateCheck | undefined => {
  const [done, setDone] = React.useState(() => {
    const check = peekCheck(entry);
    return check && { entry, check };
  });
  const current = done?.entry === entry ? done.check : undefined;
  React.useEffect(() => {
    if (current) return undefined;
    let live = true;
    let cancel = afterNextPaint(() => {
      loadCheck().then(
        (m) => {
          if (live) cancel = whenIdle(() => setDone({ entry, check: m.checkEntry(entry) }));
        },
        () => undefined, // no count rather than a broken tile; the details panel says why
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [entry, current]);
  return current ?? peekCheck(entry);
};

/** The error and warning counts of a broken appliance; nothing when it has none. */
export const ProblemCount: React.FC<{ entry: CatalogEntry }> = ({ entry }) => {
  const t = useCachedT();
  const check = useCheckSoon(entry);
  if (!check) return null;
  const { errors, warnings } = check;
  if (errors === 0 && warnings === 0) return null;
  return (
    <span data-test="catalog-item-problems" data-errors={errors} data-warnings={warnings}>
      {errors > 0 && t('Errors: {{errors}}', { errors: errors })}
      {errors > 0 && warnings > 0 && ', '}
      {warnings > 0 && t('Warnings: {{warnings}}', { warnings: warnings })}
    </span>
  );
};
