import * as React from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Content,
  PageSection,
  SearchInput,
  Sidebar,
  SidebarContent,
  SidebarPanel,
  Spinner,
  Title,
} from '@patternfly/react-core';
import { useExtensions } from '@openshift/dynamic-plugin-sdk';
import type { CatalogItem } from '@openshift-console/dynamic-plugin-sdk';
import '@patternfly/react-catalog-view-extension/dist/css/react-catalog-view-extension.css';
import { DevCatalogItems } from './DevCatalogItems';
import { isItemProvider, isItemType, labelNamespaces, type ItemHook } from './extensions';
import { ProviderItems, type ProviderResult } from './ProviderItems';

const catalogPath = (ns: string | undefined, type?: string) =>
  `${ns ? `/catalog/ns/${encodeURIComponent(ns)}` : '/catalog/all-namespaces'}${
    type ? `?catalogType=${encodeURIComponent(type)}` : ''
  }`;

const matches = (item: CatalogItem, terms: string[]) => {
  const hay = [item.name, item.description, item.provider, ...(item.tags ?? [])]
    .map((v) => (typeof v === 'string' ? v : ''))
    .join('\n')
    .toLowerCase();
  return terms.every((t) => hay.includes(t));
};

const Body: React.FC<{ namespaces: string[] }> = ({ namespaces }) => {
  const { t } = useTranslation(namespaces);
  const label = (l = '') => (/^%(.+)%$/.exec(l) ? t(/^%(.+)%$/.exec(l)![1]) : l);
  const { ns } = useParams<{ ns?: string }>();
  const [params, setParams] = useSearchParams();
  const selectedType = params.get('catalogType') ?? '';
  const keyword = params.get('keyword') ?? '';
  const types = useExtensions(isItemType);
  const providers = useExtensions(isItemProvider);
  const [results, setResults] = React.useState<Record<string, ProviderResult>>({});
  const reporters = React.useMemo(
    () =>
      Object.fromEntries(
        providers.map((p) => [
          p.uid,
          (r: ProviderResult) => setResults((prev) => ({ ...prev, [p.uid]: r })),
        ]),
      ),
    [providers],
  );
  const loaded = providers.every((p) => results[p.uid]?.loaded);
  // A provider may only contribute items of a type some item-type extension declares.
  const known = new Set(types.map((x) => x.properties.type));
  const all = providers.flatMap((p) =>
    (results[p.uid]?.items ?? []).filter((i) => i.type === p.properties.type && known.has(i.type)),
  );
  const terms = keyword.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = all.filter((i) => (!selectedType || i.type === selectedType) && matches(i, terms));
  const type = types.find((x) => x.properties.type === selectedType);
  const count = (typeName?: string) => all.filter((i) => !typeName || i.type === typeName).length;
  return (
    <PageSection data-test="dev-catalog">
      {providers.map((p) => (
        <ProviderItems
          key={p.uid}
          provider={p.properties.provider as unknown as () => Promise<ItemHook>}
          namespace={ns ?? ''}
          onResult={reporters[p.uid]}
        />
      ))}
      <Title headingLevel="h1">Developer Catalog</Title>
      <Content component="p">
        {type
          ? label(type.properties.catalogDescription)
          : 'Add shared applications, services, event sources or source-to-image builders to your project.'}
      </Content>
      <Sidebar hasGutter>
        <SidebarPanel>
          <nav aria-label="Catalog types" data-test="dev-catalog-types">
            <ul className="pf-v6-c-list pf-m-plain">
              <li>
                <Link
                  to={catalogPath(ns)}
                  aria-current={!selectedType ? 'page' : undefined}
                  data-test="dev-catalog-type"
                  data-type=""
                >
                  All items ({count()})
                </Link>
              </li>
              {types.map((x) => (
                <li key={x.uid}>
                  <Link
                    to={catalogPath(ns, x.properties.type)}
                    aria-current={selectedType === x.properties.type ? 'page' : undefined}
                    data-test="dev-catalog-type"
                    data-type={x.properties.type}
                  >
                    {label(x.properties.title)} ({count(x.properties.type)})
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </SidebarPanel>
        <SidebarContent>
          <SearchInput
            aria-label="Filter by keyword"
            placeholder="Filter by keyword..."
            value={keyword}
            onChange={(_e, v) => {
              const next = new URLSearchParams(params);
              if (v) next.set('keyword', v);
              else next.delete('keyword');
              setParams(next, { replace: true });
            }}
            onClear={() => {
              const next = new URLSearchParams(params);
              next.delete('keyword');
              setParams(next, { replace: true });
            }}
            data-test="dev-catalog-search"
          />
          {type?.properties.typeDescription && (
            <Content component="p" data-test="dev-catalog-type-description">
              {label(type.properties.typeDescription)}
            </Content>
          )}
          <Content component="p" data-test="dev-catalog-count" data-count={shown.length}>
            {shown.length} items
          </Content>
          {!loaded && all.length === 0 ? (
            <Spinner aria-label="Loading catalog items" data-test="dev-catalog-loading" />
          ) : (
            <DevCatalogItems items={shown} />
          )}
        </SidebarContent>
      </Sidebar>
    </PageSection>
  );
};

/** The console's Developer Catalog, built only from catalog item-type and item-provider extensions. */
export const DevCatalogPage: React.FC = () => {
  const types = useExtensions(isItemType);
  const providers = useExtensions(isItemProvider);
  const namespaces = labelNamespaces([
    ...types.flatMap((x) => [
      x.properties.title,
      x.properties.catalogDescription,
      x.properties.typeDescription,
    ]),
    ...providers.map((p) => p.properties.title),
  ]);
  return <Body key={namespaces.join('|')} namespaces={namespaces} />;
};
