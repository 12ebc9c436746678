import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '@patternfly/react-core';
// Deep imports: the package has no sideEffects flag, so its barrel would bring every component.
import { FilterSidePanel } from '@patternfly/react-catalog-view-extension/dist/esm/components/FilterSidePanel/FilterSidePanel';
import { FilterSidePanelCategory } from '@patternfly/react-catalog-view-extension/dist/esm/components/FilterSidePanel/FilterSidePanelCategory';
import '@patternfly/react-catalog-view-extension/dist/css/react-catalog-view-extension.css';
import type { FilterCounts } from './filter';
import type { FilterName } from './query';
import './catalog.css';

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

/** Long lists (namespaces, operating systems across a big cluster) start folded, as in the console. */
export const FOLDED_SIZE = 5;
/** The extension shows everything when at most this many more would be hidden. */
const LEEWAY = 2;

interface FilterGroupProps {
  group: FilterGroup;
  selected: readonly string[];
  counts: Map<string, number>;
  onChange: (name: FilterName, values: string[]) => void;
}

const sameCounts = (a: Map<string, number>, b: Map<string, number>) =>
  a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

/** Re-rendered only when its options, selection or counts change, not on every keystroke. */
const FilterGroupView = React.memo<FilterGroupProps>(
  function FilterGroupView({ group, selected, counts, onChange }) {
    const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
    const [expanded, setExpanded] = React.useState(false);
    // A selected value folded away would be an invisible filter: unfold then.
    const hiddenSelected = group.options.some(
      (o, i) => i >= FOLDED_SIZE && selected.includes(o.value),
    );
    const hidden = group.options.length - FOLDED_SIZE;
    const toggle = (value: string, checked: boolean) =>
      onChange(group.name, checked ? [...selected, value] : selected.filter((v) => v !== value));
    return (
      <FilterSidePanelCategory
        key={group.name}
        title={group.title}
        maxShowCount={FOLDED_SIZE}
        leeway={LEEWAY}
        showAll={expanded || hiddenSelected}
        onShowAllToggle={() => setExpanded(!expanded)}
        showText={t('Show {{hidden}} more', { hidden })}
        hideText={t('Show less')}
        onSubmit={(e) => e.preventDefault()}
        data-test={`catalog-filter-${group.name}`}
        data-expanded={expanded || hiddenSelected}
      >
        {group.options.map((o) => {
          const count = counts.get(o.value) ?? 0;
          return (
            <div key={o.value} className="filter-panel-pf-category-item">
              <Checkbox
                id={`catalog-filter-${group.name}-${o.value || 'none'}`}
                label={
                  <>
                    {o.label} <span className="item-count">{`(${count})`}</span>
                  </>
                }
                isChecked={selected.includes(o.value)}
                onChange={(_event, checked) => toggle(o.value, checked)}
                data-test={`catalog-filter-${group.name}-option`}
                data-value={o.value}
                data-count={count}
              />
            </div>
          );
        })}
      </FilterSidePanelCategory>
    );
  },
  (a, b) =>
    a.group === b.group &&
    a.selected === b.selected &&
    a.onChange === b.onChange &&
    sameCounts(a.counts, b.counts),
);

/** The filter side panel: one checkbox group per filter, each option with how many items it would show. */
export const CatalogFilters = React.memo<CatalogFiltersProps>(function CatalogFilters({
  groups,
  selected,
  counts,
  onChange,
}) {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  return (
    <FilterSidePanel
      className="kv-catalog-filters"
      data-test="catalog-filters"
      aria-label={t('Filters')}
      role="group"
    >
      {/* The extension's category cannot take an empty list: a group without options is left out. */}
      {groups
        .filter((g) => g.options.length > 0)
        .map((g) => (
          <FilterGroupView
            key={g.name}
            group={g}
            selected={selected[g.name]}
            counts={counts[g.name]}
            onChange={onChange}
          />
        ))}
    </FilterSidePanel>
  );
});
