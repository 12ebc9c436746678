import * as React from 'react';
import { classifyDataSource } from '../../appliance/classify';
import type { KubeObject } from '../../appliance/types';
import { createEntryCache, type CatalogEntry, type EntryChanges } from './entries';
import { whenIdle } from './idle';

/** A busy watch re-delivers the list many times a second; the catalog takes at most this rate. */
const COMMIT_EVERY_MS = 250;
/** Most work per slice while appliances are parsed in the background: well inside a frame. */
const SLICE_MS = 8;
/** While parsing runs long, show what is done at this interval. */
const PROGRESS_EVERY_MS = 1000;

/**
 * The latest value, passed on at once when calm and at most every `ms` when it changes fast. The
 * calm case is settled during render, so the data arriving costs one commit, not two.
 */
const useCoalesced = <T>(value: T, ms: number): T => {
  const [state, setState] = React.useState({ value, at: -Infinity });
  let current = state.value;
  if (value !== current && performance.now() - state.at >= ms) {
    current = value;
    setState({ value, at: performance.now() });
  }
  React.useEffect(() => {
    if (current === value) return undefined;
    const timer = setTimeout(
      () => setState({ value, at: performance.now() }),
      state.at + ms - performance.now(),
    );
    return () => clearTimeout(timer);
  }, [value, current, state.at, ms]);
  return current;
};

/**
 * Catalog entries for the DataSources, each read once per object version. Every item is listed at
 * once from its metadata; in short idle slices afterwards, search texts are built and appliances'
 * boilerplates parsed. `pending` counts the appliances still waiting.
 */
export const useCatalogEntries = (
  dataSources: KubeObject[],
): { entries: CatalogEntry[]; changes: EntryChanges; pending: number } => {
  const data = useCoalesced(dataSources, COMMIT_EVERY_MS);
  const [cache] = React.useState(() => createEntryCache(classifyDataSource, { defer: true }));
  const [round, setRound] = React.useState(0);
  // `round` re-reads the cache after a batch of appliances was parsed.
  const { entries, changes } = React.useMemo(() => {
    const next = cache(data);
    return { entries: next, changes: cache.changes() };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cache, data, round]);
  const pending = cache.pendingCount();
  React.useEffect(() => {
    let cancel: () => void;
    const started = performance.now();
    const step = (budgetMs: number) => {
      const end = performance.now() + Math.min(budgetMs, SLICE_MS);
      const stop = () => performance.now() >= end;
      // Search texts first: each is quick, and a keystroke may come at any moment.
      const warm = cache.warm(stop);
      if (warm && cache.pendingCount() > 0) cache.refine(stop);
      const parsed =
        pending > 0 &&
        (cache.pendingCount() === 0 || performance.now() - started >= PROGRESS_EVERY_MS);
      if (parsed) setRound((r) => r + 1);
      else if (!warm || cache.pendingCount() > 0) cancel = whenIdle(step);
    };
    cancel = whenIdle(step);
    return () => cancel();
  }, [cache, entries, pending]);
  return { entries, changes, pending };
};
