import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  FormSelect,
  FormSelectOption,
  SearchInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { ViewSwitch } from '../../components/ViewSwitch';
import { hasActiveFilters, SORT_KEYS, type CatalogQuery, type SortKey } from './query';

export interface CatalogToolbarProps {
  query: CatalogQuery;
  /** Items in scope, and how many of them match. */
  total: number;
  shown: number;
  /** Appliances whose boilerplates are still being parsed (their details are provisional). */
  pending?: number;
  onChange: (patch: Partial<CatalogQuery>, replace?: boolean) => void;
  onClear: () => void;
}

interface ControlsProps {
  sort: SortKey;
  order: 'asc' | 'desc';
  view: CatalogQuery['view'];
  onChange: CatalogToolbarProps['onChange'];
}

/** Sort, order and view: memoized, so a keystroke in the search box does not re-render them. */
const ToolbarControls = React.memo<ControlsProps>(function ToolbarControls({
  sort,
  order,
  view,
  onChange,
}) {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const sortLabel: Record<SortKey, string> = {
    name: t('Name'),
    namespace: t('Namespace'),
    kind: t('Kind'),
    os: t('OS / preference'),
    readiness: t('Readiness'),
  };
  return (
    <>
      <ToolbarItem>
        <FormSelect
          value={sort}
          onChange={(_e, value) => onChange({ sort: value as SortKey, page: 1 })}
          aria-label={t('Sort by')}
          data-test="catalog-sort"
        >
          {SORT_KEYS.map((k) => (
            <FormSelectOption
              key={k}
              value={k}
              label={t('Sort by {{field}}', { field: sortLabel[k] })}
            />
          ))}
        </FormSelect>
      </ToolbarItem>
      <ToolbarItem>
        <Button
          variant="plain"
          onClick={() => onChange({ order: order === 'asc' ? 'desc' : 'asc' })}
          aria-label={
            order === 'asc'
              ? t('Ascending; switch to descending')
              : t('Descending; switch to ascending')
          }
          data-test="catalog-order"
          data-order={order}
        >
          {order === 'asc' ? '↑' : '↓'}
        </Button>
      </ToolbarItem>
      <ToolbarItem>
        <ViewSwitch
          idPrefix="catalog-view"
          views={[
            { value: 'cards', text: t('Cards') },
            { value: 'table', text: t('Table') },
          ]}
          value={view}
          onChange={(next) => onChange({ view: next })}
          data-test="catalog-view"
        />
      </ToolbarItem>
    </>
  );
});

/** Search, sort, view switch and "clear filters"; every change lands in the URL. */
export const CatalogToolbar: React.FC<CatalogToolbarProps> = ({
  query,
  total,
  shown,
  pending = 0,
  onChange,
  onClear,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  // The box keeps its own text while focused so a URL update arriving late never eats a keystroke;
  // otherwise it follows the URL (Back, a link, "Clear all filters").
  const [text, setText] = React.useState(query.search);
  const focused = React.useRef(false);
  React.useEffect(() => {
    if (!focused.current) setText(query.search);
  }, [query.search]);
  return (
    <Toolbar data-test="catalog-toolbar">
      <ToolbarContent>
        <ToolbarItem>
          <SearchInput
            aria-label={t('Search golden images and appliances')}
            placeholder={t('Search by name, namespace, description or OS')}
            value={text}
            // Replace, not push: one history entry per keystroke would make Back useless.
            onChange={(_e, value) => {
              setText(value);
              onChange({ search: value, page: 1 }, true);
            }}
            onClear={() => {
              setText('');
              onChange({ search: '', page: 1 }, true);
            }}
            inputProps={{
              'data-test': 'catalog-search',
              onFocus: () => (focused.current = true),
              onBlur: () => (focused.current = false),
            }}
          />
        </ToolbarItem>
        <ToolbarControls
          sort={query.sort}
          order={query.order}
          view={query.view}
          onChange={onChange}
        />
        {hasActiveFilters(query) && (
          <ToolbarItem>
            <Button variant="link" onClick={onClear} data-test="catalog-clear-filters">
              {t('Clear all filters')}
            </Button>
          </ToolbarItem>
        )}
        <ToolbarItem align={{ default: 'alignEnd' }}>
          <span
            data-test="catalog-count"
            data-shown={shown}
            data-total={total}
            data-search={query.search}
            data-pending={pending}
            aria-live="polite"
          >
            {t('{{shown}} of {{total}} items', { shown, total })}
          </span>
          {pending > 0 && (
            <span className="kv-catalog-pending" data-test="catalog-pending">
              {' '}
              {t('(checking {{pending}} appliances)', { pending })}
            </span>
          )}
        </ToolbarItem>
      </ToolbarContent>
    </Toolbar>
  );
};
