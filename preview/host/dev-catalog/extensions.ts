import type { CodeRef, Extension } from '@openshift/dynamic-plugin-sdk';
import type {
  CatalogExtensionHookOptions,
  CatalogItem,
} from '@openshift-console/dynamic-plugin-sdk';

/** What the console documents for `console.catalog/item-type`, and nothing more. */
export type ItemTypeProps = {
  type: string;
  title: string;
  catalogDescription?: string;
  typeDescription?: string;
  filters?: Array<{ label: string; attribute: string }>;
  groupings?: Array<{ label: string; attribute: string }>;
};

export type ItemHook = (options: CatalogExtensionHookOptions) => [CatalogItem[], boolean, unknown];

/** What the console documents for `console.catalog/item-provider`. */
export type ItemProviderProps = {
  catalogId: string | string[];
  type: string;
  title: string;
  provider: CodeRef<ItemHook>;
  priority?: number;
};

export const DEV_CATALOG = 'dev-catalog';

export const isItemType = (
  e: Extension,
): e is Extension<'console.catalog/item-type', ItemTypeProps> =>
  e.type === 'console.catalog/item-type';

export const isItemProvider = (
  e: Extension,
): e is Extension<'console.catalog/item-provider', ItemProviderProps> =>
  e.type === 'console.catalog/item-provider' &&
  [(e.properties as ItemProviderProps).catalogId].flat().includes(DEV_CATALOG);

/** `%ns~key%` label references name the translation namespaces to load. */
export const labelNamespaces = (labels: Array<string | undefined>): string[] => [
  ...new Set(
    labels.map((l) => /^%(.+)~.+%$/.exec(l ?? '')?.[1]).filter((n): n is string => Boolean(n)),
  ),
];
