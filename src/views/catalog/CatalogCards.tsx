import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Gallery } from '@patternfly/react-core';
// Deep import: the package has no sideEffects flag, so its barrel would bring every component.
import { CatalogTile } from '@patternfly/react-catalog-view-extension/dist/esm/components/CatalogTile/CatalogTile';
import '@patternfly/react-catalog-view-extension/dist/css/react-catalog-view-extension.css';
import { rawValues } from '../../components/i18n-values';
import { KindBadge } from '../../components/KindBadge';
import { OsIcon } from '../../components/OsIcon';
import { ReadinessStatus } from '../../components/ReadinessStatus';
import type { CatalogEntry } from './entries';
import { whenIdle } from './idle';
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
  'data-namespace': e.namespace,
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
            {t('Namespace: {{namespace}}', rawValues({ namespace: c.namespace }))}
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
            {t('OS / preference: {{os}}', rawValues({ os: entry.os }))}
          </div>
        )}
        {c.defaultInstancetype && (
          <div data-test="catalog-item-instancetype">
            {t(
              'Default instancetype: {{instancetype}}',
              rawValues({ instancetype: kindNameText(c.defaultInstancetype) }),
            )}
          </div>
        )}
        <SummaryText entry={entry} />
      </div>
    </CatalogTile>
  );
});

/** Tiles a new page renders at once when no screenful was measured yet (a first visit). */
const FIRST_PASS = 8;

interface Screenful {
  tiles: number;
  tileHeight: number;
}

/**
 * How many tiles fill the screen below the gallery's top, measured after paint (when layout is
 * clean and reading it costs nothing).
 */
const measureScreenful = (first: HTMLElement): Screenful | undefined => {
  const gallery = first.parentElement;
  if (!gallery || first.offsetHeight === 0) return undefined;
  const gap = parseFloat(getComputedStyle(gallery).rowGap) || 0;
  const columns = Math.max(1, Math.round((gallery.clientWidth + gap) / (first.offsetWidth + gap)));
  const top = Math.max(0, gallery.getBoundingClientRect().top);
  const rows = Math.ceil((window.innerHeight - top) / (first.offsetHeight + gap));
  return { tiles: Math.max(1, rows) * columns, tileHeight: first.offsetHeight };
};

interface Slots {
  ids: readonly string[];
  keys: ReadonlyMap<string, string>;
  next: number;
}

/**
 * React keys for the tiles, one per item: an item that stays keeps its key, and an item that comes
 * in takes the key of one that left, so React updates that tile in place rather than unmounting
 * one and mounting another. A keystroke that brings up other items then costs what changed in
 * each tile, not whole tiles' styles and layout.
 */
const useTileKeys = (items: readonly CatalogEntry[]): string[] => {
  const last = React.useRef<Slots>({ ids: [], keys: new Map(), next: 0 });
  return React.useMemo(() => {
    const previous = last.current;
    const ids = items.map((e) => e.id);
    const staying = new Set(ids);
    const keys = new Map<string, string>();
    for (const id of ids) {
      const key = previous.keys.get(id);
      if (key !== undefined && !keys.has(id)) keys.set(id, key);
    }
    // The keys of the items that left, in their old order, for the items that came.
    const free = previous.ids.flatMap((id) => {
      const key = previous.keys.get(id);
      return staying.has(id) || key === undefined ? [] : [key];
    });
    let next = previous.next;
    for (const id of ids) if (!keys.has(id)) keys.set(id, free.shift() ?? `tile-${next++}`);
    // Idempotent for the same items, so rendering twice (strict mode) gives the same keys.
    last.current = { ids, keys, next };
    return ids.map((id) => keys.get(id) as string);
  }, [items]);
};

/**
 * Which tiles to render now (by key): those already rendered, updated in place, and whatever
 * fills the screen. The rest of the page follows in an idle task, so a keystroke that brings up a
 * new page of tiles paints after a screenful of them, not all of them. Nothing rendered is ever
 * dropped, so focus and scroll position survive, and the tab order is complete once the page has
 * settled.
 */
const useRenderedKeys = (
  items: readonly CatalogEntry[],
  keys: readonly string[],
  firstTile: React.RefObject<HTMLElement | null>,
): { rendered: Set<string>; placeholderHeight?: number } => {
  const screenful = React.useRef<Screenful | undefined>(undefined);
  const [done, setDone] = React.useState<readonly CatalogEntry[]>();
  const mounted = React.useRef(new Set<string>());
  const rendered = new Set<string>();
  const eager = screenful.current?.tiles ?? FIRST_PASS;
  keys.forEach((key, i) => {
    if (done === items || i < eager || mounted.current.has(key)) rendered.add(key);
  });
  React.useEffect(() => {
    mounted.current = rendered;
  });
  const complete = rendered.size === items.length;
  React.useEffect(
    () =>
      whenIdle(() => {
        if (firstTile.current) screenful.current = measureScreenful(firstTile.current);
        if (!complete) setDone(items);
      }),
    [items, complete, firstTile],
  );
  return { rendered, placeholderHeight: screenful.current?.tileHeight };
};

/** One page of catalog items as tiles; each tile opens the details with a click, Enter or Space. */
export const CatalogCards: React.FC<CatalogViewProps> = ({ items, selected, onSelect }) => {
  // The gallery takes no ref; its first item leads to it.
  const firstTile = React.useRef<HTMLDivElement>(null);
  const keys = useTileKeys(items);
  const { rendered, placeholderHeight } = useRenderedKeys(items, keys, firstTile);
  return (
    <Gallery
      hasGutter
      minWidths={{ default: '260px' }}
      className="kv-catalog-tiles"
      data-test="catalog-cards"
      role="list"
    >
      {items.map((e, i) =>
        rendered.has(keys[i]) ? (
          <div role="listitem" key={keys[i]} ref={i === 0 ? firstTile : undefined}>
            <CatalogCard entry={e} isSelected={selected === e.id} onSelect={onSelect} />
          </div>
        ) : (
          <div
            role="listitem"
            key={keys[i]}
            className="kv-catalog-tile-placeholder"
            style={{ minHeight: placeholderHeight }}
          />
        ),
      )}
    </Gallery>
  );
};
