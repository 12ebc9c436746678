import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Gallery } from '@patternfly/react-core';
// Deep import: the package has no sideEffects flag, so its barrel would bring every component.
import { CatalogTile } from '@patternfly/react-catalog-view-extension/dist/esm/components/CatalogTile/CatalogTile';
import '@patternfly/react-catalog-view-extension/dist/css/react-catalog-view-extension.css';
import { KindBadge } from '../../components/KindBadge';
import { OsIcon } from '../../components/OsIcon';
import { ReadinessStatus } from '../../components/ReadinessStatus';
import type { CatalogEntry } from './entries';
import { ProblemCount, SummaryText } from './ItemFacts';
import { kindNameText } from './kind-name';
import './catalog.css';

export interface CatalogViewProps {
  items: readonly CatalogEntry[];
  selected?: string;
  onSelect: (id: string) => void;
}

/**
 * What a test sees on an item, a card or a table row alike; `data-kind` is golden-image or
 * appliance, `data-badge` the kind with the appliance's flavor.
 */
export const itemDataAttributes = (e: CatalogEntry) => ({
  'data-test': 'catalog-item',
  'data-kind': e.kind === 'golden-image' ? 'golden-image' : 'appliance',
  'data-badge': e.kind,
  'data-os': e.os,
  'data-ready': e.readiness === 'ready',
  'data-name': e.classification.name,
  'data-namespace': e.classification.namespace,
});

/** DOM ids must be unique and simple; entry ids are `<namespace>/<name>`. */
const domId = (id: string) => `catalog-tile-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** Memoized: a keystroke re-renders the page, but a tile only when its own entry changes. */
const CatalogCard = React.memo<{
  entry: CatalogEntry;
  isSelected: boolean;
  onSelect: (id: string) => void;
}>(function CatalogCard({ entry, isSelected, onSelect }) {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const c = entry.classification;
  const raw = { interpolation: { escapeValue: false } };
  return (
    <CatalogTile
      id={domId(entry.id)}
      featured={false}
      href=""
      isSelected={isSelected}
      isCompact
      onClick={() => onSelect(entry.id)}
      icon={<OsIcon os={entry.os} />}
      badges={[<KindBadge key="kind" kind={c.kind} flavor={c.flavor} />]}
      title={<span data-test="catalog-item-title">{c.displayName}</span>}
      vendor={
        <>
          <span data-test="catalog-item-namespace">
            {t('Namespace: {{namespace}}', { namespace: c.namespace, ...raw })}
          </span>
          {c.displayName !== c.name && (
            <span className="kv-catalog-tile__name" data-test="catalog-item-name">
              {c.name}
            </span>
          )}
        </>
      }
      description={
        c.description ? (
          <span className="kv-catalog-tile__description" data-test="catalog-item-description">
            {c.description}
          </span>
        ) : undefined
      }
      footer={
        <span className="kv-catalog-tile__footer">
          <ReadinessStatus readiness={c.readiness} />
          <ProblemCount entry={entry} />
        </span>
      }
      {...itemDataAttributes(entry)}
    >
      <div className="kv-catalog-tile__facts">
        {entry.os && (
          <div data-test="catalog-item-os">
            {t('OS / preference: {{os}}', { os: entry.os, ...raw })}
          </div>
        )}
        {c.defaultInstancetype && (
          <div data-test="catalog-item-instancetype">
            {t('Default instancetype: {{instancetype}}', {
              instancetype: kindNameText(c.defaultInstancetype),
              ...raw,
            })}
          </div>
        )}
        <SummaryText entry={entry} />
      </div>
    </CatalogTile>
  );
});

/** One page of catalog items as tiles; each tile opens the details with a click, Enter or Space. */
export const CatalogCards: React.FC<CatalogViewProps> = ({ items, selected, onSelect }) => (
  <Gallery
    hasGutter
    minWidths={{ default: '260px' }}
    className="kv-catalog-tiles"
    data-test="catalog-cards"
    role="list"
  >
    {items.map((e) => (
      <div role="listitem" key={e.id}>
        <CatalogCard entry={e} isSelected={selected === e.id} onSelect={onSelect} />
      </div>
    ))}
  </Gallery>
);
