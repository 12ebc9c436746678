import * as React from 'react';
import { Gallery } from '@patternfly/react-core';
// Deep import: the package has no sideEffects flag, so its barrel would bring every component.
import { CatalogTile } from '@patternfly/react-catalog-view-extension/dist/esm/components/CatalogTile/CatalogTile';
import '@patternfly/react-catalog-view-extension/dist/css/react-catalog-view-extension.css';
import { rawValues } from '../../components/i18n-values';
import { useCachedT } from '../../components/useCachedT';
import { KindBadge } from '../../components/KindBadge';
import { OsIcon } from '../../components/OsIcon';
import { ReadinessStatus } from '../../components/ReadinessStatus';
import type { CatalogEntry } from './entries';
import { afterNextPaint } from './idle';
import { ProblemCount, SummaryText } from './ItemFacts';
import { kindNameText } from './kind-name';
import './catalog.css';

export interface CatalogViewProps {
  items: readonly CatalogEntry[];
  selected?: string;
  onSelect: (id: string) => void;
}

/**
 * What a test sees on an item, a card's place in the grid or a table row alike (a hidden card on
 * its way out has none); `data-kind` is golden-image or appliance, `data-badge` the kind with the
 * appliance's flavor.
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

/** Memoized: a keystroke re-renders the page, but a tile only when its own entry changes. */
const CatalogCard = React.memo<{
  /** The tile's place (its React key): its DOM ids stay when another item comes into it. */
  slot: string;
  entry: CatalogEntry;
  isSelected: boolean;
  onSelect: (id: string) => void;
}>(function CatalogCard({ slot, entry, isSelected, onSelect }) {
  const t = useCachedT();
  const c = entry.classification;
  return (
    <CatalogTile
      id={`catalog-${slot}`}
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
  /** One key per grid place ever used, beyond the current items too (see useShownEntries). */
  keys: readonly string[];
  next: number;
}

/** The slot (index in the last render) of the tile holding the keyboard focus, if any. */
const focusedSlot = (gallery: HTMLElement | null | undefined): number | undefined => {
  const item = document.activeElement?.closest<HTMLElement>('[data-tile-slot]');
  if (!item || !gallery?.contains(item)) return undefined;
  return Number(item.dataset.tileSlot);
};

/**
 * React keys for the grid's places, the current items' first: a key stays with its place, so when
 * a keystroke brings up other items React updates each tile's text in place instead of moving or
 * remounting tiles (a moved element has its whole style recomputed, a new one its style and
 * layout). The one exception is the tile with the keyboard focus: its key follows its item, so
 * the focus stays on what the user was on. Places beyond the items keep their keys, so a tile
 * hidden for a moment (useShownEntries) is the same tile when a later keystroke needs it again.
 */
const useTileKeys = (
  items: readonly CatalogEntry[],
  firstTile: React.RefObject<HTMLElement | null>,
): string[] => {
  const last = React.useRef<Slots>({ ids: [], keys: [], next: 0 });
  return React.useMemo(() => {
    const previous = last.current;
    const ids = items.map((e) => e.id);
    let next = previous.next;
    const length = Math.max(ids.length, previous.keys.length);
    const keys = Array.from({ length }, (_k, i) => previous.keys[i] ?? `tile-${next++}`);
    const from = focusedSlot(firstTile.current?.parentElement);
    const focusedId = from === undefined ? undefined : previous.ids[from];
    const to = focusedId === undefined ? -1 : ids.indexOf(focusedId);
    if (from !== undefined && to >= 0 && to !== from) {
      const key = previous.keys[from];
      const at = keys.indexOf(key);
      [keys[at], keys[to]] = [keys[to], keys[at]];
    }
    // Idempotent for the same items, so rendering twice (strict mode) gives the same keys.
    last.current = { ids, keys, next };
    return keys;
  }, [items, firstTile]);
};

/**
 * What each tile shows now (by key). The screenful at the top shows the current items at once;
 * a tile below it that was already there keeps showing what it showed, and an empty place stays
 * a placeholder, until an idle task brings the rest of the page up to date. A tile whose place is
 * beyond the current items (fewer matches) is hidden until then rather than unmounted, which
 * costs the keystroke more than updating tiles. A keystroke then paints after a screenful of
 * changed tiles, not the whole page. Nothing rendered is ever dropped before the page settles, so
 * focus and scroll position survive, and the tab order is complete once it has.
 */
const useShownEntries = (
  items: readonly CatalogEntry[],
  keys: readonly string[],
  firstTile: React.RefObject<HTMLElement | null>,
): { shown: Map<string, CatalogEntry>; hidden: Set<string>; placeholderHeight?: number } => {
  const screenful = React.useRef<Screenful | undefined>(undefined);
  const [done, setDone] = React.useState<readonly CatalogEntry[]>();
  const committed = React.useRef(new Map<string, CatalogEntry>());
  const shown = new Map<string, CatalogEntry>();
  const hidden = new Set<string>();
  const eager = screenful.current?.tiles ?? FIRST_PASS;
  const settled = done === items;
  let behind = 0;
  keys.forEach((key, i) => {
    const before = committed.current.get(key);
    if (i >= items.length) {
      if (before && !settled) {
        shown.set(key, before);
        hidden.add(key);
        behind += 1;
      }
      return;
    }
    if (settled || i < eager) shown.set(key, items[i]);
    else if (before) shown.set(key, before);
    if (shown.get(key) !== items[i]) behind += 1;
  });
  React.useEffect(() => {
    committed.current = shown;
  });
  React.useEffect(
    () =>
      afterNextPaint(() => {
        if (firstTile.current) screenful.current = measureScreenful(firstTile.current);
        if (behind > 0) setDone(items);
      }),
    [items, behind, firstTile],
  );
  return { shown, hidden, placeholderHeight: screenful.current?.tileHeight };
};

/** One page of catalog items as tiles; each tile opens the details with a click, Enter or Space. */
export const CatalogCards = React.memo<CatalogViewProps>(function CatalogCards({
  items,
  selected,
  onSelect,
}) {
  // The gallery takes no ref; its first item leads to it.
  const firstTile = React.useRef<HTMLDivElement>(null);
  const keys = useTileKeys(items, firstTile);
  const { shown, hidden, placeholderHeight } = useShownEntries(items, keys, firstTile);
  return (
    <Gallery
      hasGutter
      minWidths={{ default: '260px' }}
      className="kv-catalog-tiles"
      data-test="catalog-cards"
      role="list"
    >
      {keys.map((key, i) => {
        const e = shown.get(key);
        if (hidden.has(key) && e) {
          return (
            <div role="listitem" key={key} hidden data-tile-slot={i}>
              <CatalogCard
                slot={key}
                entry={e}
                isSelected={selected === e.id}
                onSelect={onSelect}
              />
            </div>
          );
        }
        if (i >= items.length) return null;
        return e ? (
          <div
            role="listitem"
            key={key}
            ref={i === 0 ? firstTile : undefined}
            data-tile-slot={i}
            {...itemDataAttributes(e)}
          >
            <CatalogCard slot={key} entry={e} isSelected={selected === e.id} onSelect={onSelect} />
          </div>
        ) : (
          <div
            role="listitem"
            key={key}
            className="kv-catalog-tile-placeholder"
            style={{ minHeight: placeholderHeight }}
          />
        );
      })}
    </Gallery>
  );
});
