import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { checkEntry } from './check';
import type { CatalogEntry } from './entries';

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

/** The error and warning counts of a broken appliance; nothing when it has none. */
export const ProblemCount: React.FC<{ entry: CatalogEntry }> = ({ entry }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const { errors, warnings } = checkEntry(entry);
  if (errors === 0 && warnings === 0) return null;
  return (
    <span data-test="catalog-item-problems" data-errors={errors} data-warnings={warnings}>
      {errors > 0 && t('Errors: {{errors}}', { errors: errors })}
      {errors > 0 && warnings > 0 && ', '}
      {warnings > 0 && t('Warnings: {{warnings}}', { warnings: warnings })}
    </span>
  );
};
