import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { checkEntry, peekCheck, type BoilerplateCheck } from './check';
import type { CatalogEntry } from './entries';
import { whenIdle } from './idle';

/** Disk, network and filesystem counts for an appliance; nothing for a golden image. */
export const SummaryText: React.FC<{ entry: CatalogEntry }> = ({ entry }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
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

/**
 * The check of an entry, computed in an idle task after the item is on screen (an appliance's
 * check completes its boilerplate, a millisecond or more), so a keystroke's frame never waits for
 * the checks of the page of items it brings up.
 */
const useCheckSoon = (entry: CatalogEntry): BoilerplateCheck | undefined => {
  const [done, setDone] = React.useState(() => {
    const check = peekCheck(entry);
    return check && { entry, check };
  });
  const current = done?.entry === entry ? done.check : undefined;
  React.useEffect(() => {
    if (current) return undefined;
    return whenIdle(() => setDone({ entry, check: checkEntry(entry) }));
  }, [entry, current]);
  return current ?? peekCheck(entry);
};

/** The error and warning counts of a broken appliance; nothing when it has none. */
export const ProblemCount: React.FC<{ entry: CatalogEntry }> = ({ entry }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
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
