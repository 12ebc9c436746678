import * as React from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from './entries';
import { filterOptions } from './filter';
import type { FilterGroup } from './CatalogFilters';
import type { CatalogQuery } from './query';
import { KINDS, READINESS } from './query';

/** The four filter groups with translated titles and option labels; values come from the data. */
export const useFilterGroups = (
  entries: readonly CatalogEntry[],
  query: CatalogQuery,
): FilterGroup[] => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const namespaces = React.useMemo(
    () => filterOptions(entries, 'namespace', query.namespace),
    [entries, query.namespace],
  );
  const systems = React.useMemo(() => filterOptions(entries, 'os', query.os), [entries, query.os]);
  return React.useMemo(() => {
    const kindLabel = {
      'golden-image': t('Golden image'),
      'appliance-agnostic': t('Appliance, agnostic'),
      'appliance-identity': t('Appliance, with identity'),
    };
    const readinessLabel = { ready: t('Ready'), 'not-ready': t('Not ready') };
    return [
      {
        name: 'kind',
        title: t('Kind'),
        options: KINDS.map((k) => ({ value: k, label: kindLabel[k] })),
      },
      {
        name: 'namespace',
        title: t('Namespace'),
        options: namespaces.map((n) => ({ value: n, label: n })),
      },
      {
        name: 'os',
        title: t('OS / preference'),
        options: systems.map((o) => ({ value: o, label: o === '' ? t('No preference') : o })),
      },
      {
        name: 'readiness',
        title: t('Readiness'),
        options: READINESS.map((r) => ({ value: r, label: readinessLabel[r] })),
      },
    ];
  }, [t, namespaces, systems]);
};
