import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Stack, StackItem, Title } from '@patternfly/react-core';
import type { FilterCounts } from './filter';
import type { FilterName } from './query';

export interface FilterGroup {
  name: FilterName;
  title: string;
  /** Values with their display labels. */
  options: Array<{ value: string; label: string }>;
}

export interface CatalogFiltersProps {
  groups: FilterGroup[];
  selected: Record<FilterName, readonly string[]>;
  counts: FilterCounts;
  onChange: (name: FilterName, values: string[]) => void;
}

/** Long lists (namespaces, operating systems across a big cluster) start folded. */
const FOLDED_SIZE = 8;

const FilterGroupView: React.FC<{
  group: FilterGroup;
  selected: readonly string[];
  counts: Map<string, number>;
  onChange: (values: string[]) => void;
}> = ({ group, selected, counts, onChange }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const [expanded, setExpanded] = React.useState(false);
  const titleId = `catalog-filter-${group.name}-title`;
  // Selected values stay visible even when folded away.
  const shown =
    expanded || group.options.length <= FOLDED_SIZE
      ? group.options
      : group.options.filter((o, i) => i < FOLDED_SIZE || selected.includes(o.value));
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <fieldset data-test={`catalog-filter-${group.name}`} aria-labelledby={titleId}>
      <Title headingLevel="h3" size="md" id={titleId}>
        {group.title}
      </Title>
      {shown.map((o) => {
        const count = counts.get(o.value) ?? 0;
        return (
          <Checkbox
            key={o.value}
            id={`catalog-filter-${group.name}-${o.value || 'none'}`}
            label={`${o.label} (${count})`}
            isChecked={selected.includes(o.value)}
            onChange={(_event, checked) => toggle(o.value, checked)}
            data-test={`catalog-filter-${group.name}-option`}
            data-value={o.value}
            data-count={count}
          />
        );
      })}
      {group.options.length > FOLDED_SIZE && (
        <Button variant="link" isInline onClick={() => setExpanded(!expanded)}>
          {expanded ? t('Show fewer') : t('Show all {{total}}', { total: group.options.length })}
        </Button>
      )}
    </fieldset>
  );
};

/** The filter panel: one checkbox group per filter, each option with how many items it would show. */
export const CatalogFilters: React.FC<CatalogFiltersProps> = ({
  groups,
  selected,
  counts,
  onChange,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  return (
    <Stack hasGutter data-test="catalog-filters" aria-label={t('Filters')} role="group">
      {groups.map((g) => (
        <StackItem key={g.name}>
          <FilterGroupView
            group={g}
            selected={selected[g.name]}
            counts={counts[g.name]}
            onChange={(values) => onChange(g.name, values)}
          />
        </StackItem>
      ))}
    </Stack>
  );
};
