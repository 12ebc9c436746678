import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { DocumentTitle } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Drawer,
  DrawerActions,
  DrawerCloseButton,
  DrawerContent,
  DrawerContentBody,
  DrawerHead,
  DrawerPanelBody,
  DrawerPanelContent,
  PageSection,
  Sidebar,
  SidebarContent,
  SidebarPanel,
  Title,
} from '@patternfly/react-core';
import { LoadBoundary } from '../../components/LoadBoundary';
import { PageHeader } from '../../components/PageHeading';
import { errorMessage, visibleNamespaces } from '../../k8s/scope';
import { useDataSources } from '../../k8s/useDataSources';
import { CatalogCards } from './CatalogCards';
import { CatalogFilters } from './CatalogFilters';
import { CatalogPagination } from './CatalogPagination';
import { CatalogEmpty, CatalogError, CatalogLoading, CatalogNoMatch } from './CatalogStates';
import { CatalogTable } from './CatalogTable';
import { CatalogToolbar } from './CatalogToolbar';
import { pageOf } from './filter';
import { clearFilters, FILTER_NAMES, type FilterName } from './query';
import { useCatalogEntries } from './useCatalogEntries';
import { useCatalogQuery } from './useCatalogQuery';
import { useFilterGroups } from './useFilterGroups';
import { useIdleValue } from './useIdleValue';
import { createCatalogView } from './view';

// The details check, complete and pre-flight an item against the whole VM schema: code the list
// itself does not need, loaded when an item is first opened.
const CatalogDetails = React.lazy(() =>
  import('./CatalogDetails').then((m) => ({ default: m.CatalogDetails })),
);

/** Golden images and appliances the user may see, with search, filters, sort and details. */
const CatalogPage: React.FC = () => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const { ns } = useParams<{ ns?: string }>();
  const { dataSources, loaded, error } = useDataSources(ns);
  const { entries: all, changes: allChanges, pending } = useCatalogEntries(dataSources);
  const { entries, changes } = React.useMemo(() => {
    const shown = visibleNamespaces(ns);
    // A namespaced page sees a subset; its view is recomputed rather than updated in place.
    return shown
      ? { entries: all.filter((e) => shown.has(e.namespace)), changes: undefined }
      : { entries: all, changes: allChanges };
  }, [all, allChanges, ns]);

  const [query, update] = useCatalogQuery();

  // Sorted once per data set and sort order, a watch update changes only what it replaced, and a
  // keystroke narrowing the search scans the previous matches only (view.ts).
  const [catalogView] = React.useState(createCatalogView);
  const { items, counts } = React.useMemo(
    () => catalogView(entries, changes, query),
    [catalogView, entries, changes, query],
  );
  // While only the search changes, the side panel's counts follow once the browser is idle: a
  // keystroke's frame shows its matches without waiting for the panel to re-render and lay out,
  // and fast typing updates it once. New data or another filter shows its counts at once.
  const before = React.useRef({ entries, query });
  React.useEffect(() => {
    before.current = { entries, query };
  });
  const typing =
    before.current.entries === entries &&
    FILTER_NAMES.every((f) => before.current.query[f] === query[f]);
  const panelCounts = useIdleValue(counts, typing);
  // The pager sits below the tiles, and PatternFly's re-renders a menu and its popper whenever
  // the count changes: while typing, it follows in idle time too (the toolbar's count does not).
  const pagerCount = useIdleValue(items.length, typing);
  const groups = useFilterGroups(entries, changes, query);
  // Only the filters' own fields: a keystroke in the search box leaves the side panel alone.
  const { kind, namespace, os, readiness } = query;
  const filterSelection = React.useMemo(
    () => ({ kind, namespace, os, readiness }),
    [kind, namespace, os, readiness],
  );
  const page = React.useMemo(
    () => pageOf(items, query.page, query.perPage),
    [items, query.page, query.perPage],
  );
  const selected = query.selected ? entries.find((e) => e.id === query.selected) : undefined;
  const close = React.useCallback(() => update({ selected: undefined }), [update]);
  const onFilter = React.useCallback(
    (name: FilterName, values: string[]) => update({ [name]: values, page: 1 }),
    [update],
  );
  const select = React.useCallback((id: string) => update({ selected: id }), [update]);
  const onSetPage = React.useCallback((p: number) => update({ page: p }), [update]);
  const onPerPage = React.useCallback((perPage: number) => update({ perPage, page: 1 }), [update]);

  let body: React.ReactNode;
  if (error && dataSources.length === 0) body = <CatalogError message={errorMessage(error)} />;
  else if (!loaded) body = <CatalogLoading />;
  else if (entries.length === 0) body = <CatalogEmpty />;
  else if (items.length === 0)
    body = <CatalogNoMatch onClear={() => update(clearFilters(query))} />;
  else {
    const view = {
      items: page.items,
      selected: query.selected,
      onSelect: select,
    };
    body = (
      <>
        {query.view === 'table' ? (
          <CatalogTable
            {...view}
            sort={query.sort}
            order={query.order}
            onSort={(sort, order) => update({ sort, order, page: 1 })}
          />
        ) : (
          <CatalogCards {...view} />
        )}
        <CatalogPagination
          itemCount={pagerCount}
          page={page.page}
          perPage={query.perPage}
          onSetPage={onSetPage}
          onPerPage={onPerPage}
        />
      </>
    );
  }

  // Kept while the selection is the same: a keystroke does not re-render the closed drawer's panel.
  const panel = React.useMemo(
    () => (
      <DrawerPanelContent
        widths={{ default: 'width_50', xl: 'width_33' }}
        data-test="catalog-drawer"
      >
        {query.selected && (
          <>
            <DrawerHead>
              <Title headingLevel="h2" data-test="catalog-details-title">
                {selected ? selected.classification.displayName : query.selected}
              </Title>
              <DrawerActions>
                <DrawerCloseButton onClick={close} data-test="catalog-details-close" />
              </DrawerActions>
            </DrawerHead>
            <DrawerPanelBody>
              {selected ? (
                <LoadBoundary label={t('Loading details')} data-test="catalog-details-loading">
                  <CatalogDetails entry={selected} targetNamespace={ns ?? selected.namespace} />
                </LoadBoundary>
              ) : (
                loaded && (
                  <Alert
                    variant="info"
                    isInline
                    isPlain
                    title={t('This item is not in the catalog (any more).')}
                    data-test="catalog-details-missing"
                  />
                )
              )}
            </DrawerPanelBody>
          </>
        )}
      </DrawerPanelContent>
    ),
    [t, query.selected, selected, loaded, ns, close],
  );

  return (
    <>
      <DocumentTitle>{t('Appliance catalog')}</DocumentTitle>
      <PageHeader title={t('Appliance catalog')} />
      <PageSection>
        <Drawer isExpanded={!!query.selected} isInline>
          <DrawerContent panelContent={panel}>
            <DrawerContentBody>
              {!!error && dataSources.length > 0 && (
                <Alert
                  variant="warning"
                  isInline
                  title={t('Some DataSources could not be loaded')}
                  data-test="catalog-partial-error"
                >
                  {errorMessage(error)}
                </Alert>
              )}
              <CatalogToolbar
                query={query}
                total={entries.length}
                shown={items.length}
                pending={pending}
                onChange={update}
                onClear={() => update(clearFilters(query))}
              />
              <Sidebar hasGutter>
                {/* PatternFly's fixed panel width: counts changing as one types never move the tiles. */}
                <SidebarPanel>
                  <CatalogFilters
                    groups={groups}
                    selected={filterSelection}
                    counts={panelCounts}
                    onChange={onFilter}
                  />
                </SidebarPanel>
                <SidebarContent>{body}</SidebarContent>
              </Sidebar>
            </DrawerContentBody>
          </DrawerContent>
        </Drawer>
      </PageSection>
    </>
  );
};

export default CatalogPage;
