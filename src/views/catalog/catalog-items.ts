import type { CatalogItem } from '@openshift-console/dynamic-plugin-sdk';
import { checkEntry } from './check';
import type { CatalogEntry } from './entries';
import { kindNameText } from './kind-name';
import { createVirtualMachineHref } from './action-routes';

/** Item types this plugin contributes to the console's Developer Catalog (console-extensions.json). */
export const GOLDEN_IMAGE_TYPE = 'KubeVirtGoldenImage';
export const APPLIANCE_TYPE = 'KubeVirtAppliance';

/** i18next's t, or anything with its shape (tests pass a stand-in). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Maps a catalog entry to the console's CatalogItem. Everything from the cluster goes in as plain
 * strings, which the console renders as text. The call to action opens the create wizard with
 * the source chosen.
 */
export const toCatalogItem = (
  e: CatalogEntry,
  targetNamespace: string,
  t: Translate,
): CatalogItem => {
  const c = e.classification;
  const source = { namespace: c.namespace, name: c.name };
  const raw = { interpolation: { escapeValue: false } };
  const { errors } = checkEntry(e);
  const kindLabel =
    e.kind === 'golden-image'
      ? t('Golden image')
      : e.kind === 'appliance-identity'
        ? t('Appliance, with identity')
        : t('Appliance, agnostic');
  const readiness = c.readiness.ready
    ? t('Ready')
    : t('Not ready: {{reason}}', { reason: c.readiness.reason, ...raw });
  const properties = [
    { label: t('Kind'), value: kindLabel },
    { label: t('Namespace'), value: c.namespace },
    { label: t('OS / preference'), value: e.os || '-' },
    { label: t('Default instancetype'), value: kindNameText(c.defaultInstancetype) || '-' },
    { label: t('Readiness'), value: readiness },
  ];
  if (c.kind === 'appliance' && c.summary) {
    properties.push({
      label: t('Contents'),
      value: t('Disks: {{disks}}, networks: {{networks}}, filesystems: {{filesystems}}', {
        ...c.summary,
      }),
    });
    properties.push({ label: t('Boilerplate errors'), value: String(errors) });
  }
  const badges = [
    ...(c.readiness.ready ? [] : [{ text: t('Not ready') }]),
    ...(errors > 0 ? [{ text: t('Errors: {{errors}}', { errors }) }] : []),
  ];
  return {
    uid: c.uid ?? e.id,
    type: e.kind === 'golden-image' ? GOLDEN_IMAGE_TYPE : APPLIANCE_TYPE,
    typeLabel: kindLabel,
    name: c.displayName,
    secondaryLabel: c.displayName === c.name ? undefined : c.name,
    provider: c.namespace,
    description: c.description,
    tags: [e.os, c.namespace].filter((x) => x !== ''),
    attributes: {
      os: e.os,
      readiness: e.readiness,
      kind: e.kind,
      namespace: c.namespace,
    },
    cta: {
      label: t('Create VirtualMachine'),
      href: createVirtualMachineHref(source, targetNamespace),
    },
    icon: { class: 'pficon-virtual-machine' },
    badges,
    details: {
      properties,
      descriptions: c.description ? [{ value: c.description }] : [],
    },
    data: { namespace: c.namespace, name: c.name },
  };
};
