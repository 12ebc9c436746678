import * as React from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry, EntryChanges } from './entries';
import { filterOptions } from './filter';
import type { FilterGroup } from './CatalogFilters';
import type { CatalogQuery } from './query';
import { KINDS, READINESS } from './query';

/**
 * A filter's options, kept while the data only changed by new versions of entries with the same
 * value for it (a watch update), so 50,000 entries are not scanned for each.
 */
const useOptions = (
  entries: readonly CatalogEntry[],
  changes: EntryChanges | undefined,
  f: 'namespace' | 'os',
  selected: readonly string[],
): string[] => {
  const last = React.useRef<{
    entries: readonly CatalogEntry[];
    selected: readonly string[];
    options: string[];
  }>(undefined);
  const prev = last.current;
  const value = (e: CatalogEntry) => (f === 'os' ? e.os : e.namespace);
  const keep =
    prev &&
    prev.selected === selected &&
    (prev.entries === entries ||
      (changes &&
        !changes.structural &&
        changes.base === prev.entries &&
        [...changes.replaced].every(([a, b]) => value(a) === value(b))));
  const options = keep ? prev.options : filterOptions(entries, f, selected);
  React.useEffect(() => {
    last.current = { entries, selected, options };
  });
  return options;
};

/** The four filter groups with translated titles and option labels; values come from the data. */
export const useFilterGroups = (
  entries: readonly CatalogEntry[],
  changes: EntryChanges | undefined,
  query: CatalogQuery,
): FilterGroup[] => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const namespaces = useOptions(entries, changes, 'namespace', query.namespace);
  const systems = useOptions(entries, changes, 'os', query.os);
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
