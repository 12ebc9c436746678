import * as React from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CatalogExtensionHookOptions,
  CatalogItem,
  ExtensionHook,
} from '@openshift-console/dynamic-plugin-sdk';
import { classifyDataSource } from '../../appliance/classify';
import { useDataSources } from '../../k8s/useDataSources';
import { createEntryCache, type CatalogKind } from './entries';
import { toCatalogItem } from './catalog-items';

const useCatalogItems = (
  namespace: string | undefined,
  kinds: readonly CatalogKind[],
): [CatalogItem[], boolean, unknown] => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const { dataSources, loaded, error } = useDataSources(namespace || undefined);
  const [toEntries] = React.useState(() => createEntryCache(classifyDataSource));
  const items = React.useMemo(
    () =>
      toEntries(dataSources)
        .filter((e) => kinds.includes(e.kind))
        .map((e) => toCatalogItem(e, namespace || e.namespace, t)),
    [toEntries, dataSources, kinds, namespace, t],
  );
  return [items, loaded, error];
};

const GOLDEN: readonly CatalogKind[] = ['golden-image'];
const APPLIANCES: readonly CatalogKind[] = ['appliance-agnostic', 'appliance-identity'];

/** `console.catalog/item-provider` hook: golden images for the Developer Catalog. */
export const useGoldenImageCatalogItems: ExtensionHook<
  CatalogItem[],
  CatalogExtensionHookOptions
> = (options) => useCatalogItems(options?.namespace, GOLDEN);

/** `console.catalog/item-provider` hook: appliances (both flavors) for the Developer Catalog. */
export const useApplianceCatalogItems: ExtensionHook<CatalogItem[], CatalogExtensionHookOptions> = (
  options,
) => useCatalogItems(options?.namespace, APPLIANCES);
