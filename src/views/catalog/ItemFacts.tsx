import * as React from 'react';
import { useTranslation } from 'react-i18next';
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
  if (entry.errors === 0 && entry.warnings === 0) return null;
  return (
    <span
      data-test="catalog-item-problems"
      data-errors={entry.errors}
      data-warnings={entry.warnings}
    >
      {entry.errors > 0 && t('Errors: {{errors}}', { errors: entry.errors })}
      {entry.errors > 0 && entry.warnings > 0 && ', '}
      {entry.warnings > 0 && t('Warnings: {{warnings}}', { warnings: entry.warnings })}
    </span>
  );
};
