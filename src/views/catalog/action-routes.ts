/**
 * Pages other issues build (the create wizard, issue 6; the boilerplate editor and bundles,
 * issue 7). Until a page exists its action is hidden rather than shown as a dead button: set its
 * entry to true when the route lands. The browser tests read this switch too.
 */
export const ACTION_PAGES_AVAILABLE = {
  createVirtualMachine: true,
  editBoilerplate: true,
  downloadBundle: true,
} as const;

export type CatalogAction = keyof typeof ACTION_PAGES_AVAILABLE;

const enc = encodeURIComponent;

/** The wizard with the source chosen: `source=<namespace>/<name>`, VM created in `targetNamespace`. */
export const createVirtualMachineHref = (
  source: { namespace: string; name: string },
  targetNamespace: string,
): string =>
  `/k8s/ns/${enc(targetNamespace)}/appliance-create?source=${enc(`${source.namespace}/${source.name}`)}`;

export const editBoilerplateHref = (source: { namespace: string; name: string }): string =>
  `/k8s/ns/${enc(source.namespace)}/appliance-editor/${enc(source.name)}`;

export const downloadBundleHref = (source: { namespace: string; name: string }): string =>
  `/k8s/ns/${enc(source.namespace)}/appliance-editor/${enc(source.name)}?download=bundle`;

/** The catalog with one item's details open: the fallback target while the wizard is missing. */
export const catalogItemHref = (source: { namespace: string; name: string }): string =>
  `/k8s/ns/${enc(source.namespace)}/appliance-catalog?item=${enc(`${source.namespace}/${source.name}`)}`;
