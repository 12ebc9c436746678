import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  Card,
  CardBody,
  CardFooter,
  CardHeader,
  CardTitle,
  Content,
  Flex,
  FlexItem,
  Gallery,
} from '@patternfly/react-core';
import { KindBadge } from '../../components/KindBadge';
import { ReadinessStatus } from '../../components/ReadinessStatus';
import type { CatalogEntry } from './entries';
import { ProblemCount, SummaryText } from './ItemFacts';
import { kindNameText } from './kind-name';

export interface CatalogViewProps {
  items: readonly CatalogEntry[];
  selected?: string;
  onSelect: (id: string) => void;
}

/** Long descriptions would make uneven cards; the details show the whole text. */
const shorten = (text: string, max = 160) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

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

/** Memoized: a keystroke re-renders the page, but a card only when its own entry changes. */
const CatalogCard = React.memo<{
  entry: CatalogEntry;
  isSelected: boolean;
  onSelect: (id: string) => void;
}>(function CatalogCard({ entry, isSelected, onSelect }) {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const c = entry.classification;
  const titleId = `catalog-card-title-${entry.id}`;
  return (
    <Card isClickable isClicked={isSelected} isCompact {...itemDataAttributes(entry)}>
      <CardHeader
        selectableActions={{
          onClickAction: () => onSelect(entry.id),
          selectableActionId: `catalog-card-action-${entry.id}`,
          selectableActionAriaLabelledby: titleId,
          name: 'catalog-item',
        }}
      >
        <CardTitle id={titleId} data-test="catalog-item-title">
          {c.displayName}
        </CardTitle>
        {c.displayName !== c.name && (
          <Content component="small" data-test="catalog-item-name">
            {c.name}
          </Content>
        )}
      </CardHeader>
      <CardBody>
        <Flex direction={{ default: 'column' }} spaceItems={{ default: 'spaceItemsXs' }}>
          <FlexItem>
            <KindBadge kind={c.kind} flavor={c.flavor} />
          </FlexItem>
          <FlexItem data-test="catalog-item-namespace">
            {t('Namespace: {{namespace}}', {
              namespace: c.namespace,
              interpolation: { escapeValue: false },
            })}
          </FlexItem>
          {entry.os && (
            <FlexItem data-test="catalog-item-os">
              {t('OS / preference: {{os}}', {
                os: entry.os,
                interpolation: { escapeValue: false },
              })}
            </FlexItem>
          )}
          {c.defaultInstancetype && (
            <FlexItem data-test="catalog-item-instancetype">
              {t('Default instancetype: {{instancetype}}', {
                instancetype: kindNameText(c.defaultInstancetype),
                interpolation: { escapeValue: false },
              })}
            </FlexItem>
          )}
          <FlexItem>
            <SummaryText entry={entry} />
          </FlexItem>
          {c.description && (
            <FlexItem data-test="catalog-item-description">{shorten(c.description)}</FlexItem>
          )}
        </Flex>
      </CardBody>
      <CardFooter>
        <Flex spaceItems={{ default: 'spaceItemsSm' }}>
          <FlexItem>
            <ReadinessStatus readiness={c.readiness} />
          </FlexItem>
          <FlexItem>
            <ProblemCount entry={entry} />
          </FlexItem>
        </Flex>
      </CardFooter>
    </Card>
  );
});

/** One page of catalog items as cards; each card opens the details with a click, Enter or Space. */
export const CatalogCards: React.FC<CatalogViewProps> = ({ items, selected, onSelect }) => (
  <Gallery hasGutter minWidths={{ default: '260px' }} data-test="catalog-cards" role="list">
    {items.map((e) => (
      <div role="listitem" key={e.id}>
        <CatalogCard entry={e} isSelected={selected === e.id} onSelect={onSelect} />
      </div>
    ))}
  </Gallery>
);
