import * as React from 'react';
import { classifyDataSource } from '../../appliance/classify';
import type { KubeObject } from '../../appliance/types';
import { createEntryCache, type CatalogEntry } from './entries';

/** A busy watch re-delivers the list many times a second; the catalog takes at most this rate. */
const COMMIT_EVERY_MS = 250;
/** Work per slice while appliances are parsed in the background: well inside a frame. */
const SLICE_MS = 8;
/** While parsing runs long, show what is done at this interval. */
const PROGRESS_EVERY_MS = 1000;

/** The latest value, passed on at once when calm and at most every `ms` when it changes fast. */
const useCoalesced = <T>(value: T, ms: number): T => {
  const [current, setCurrent] = React.useState(value);
  const last = React.useRef(0);
  React.useEffect(() => {
    if (current === value) return undefined;
    const wait = last.current + ms - performance.now();
    if (wait <= 0) {
      last.current = performance.now();
      setCurrent(value);
      return undefined;
    }
    const timer = setTimeout(() => {
      last.current = performance.now();
      setCurrent(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, current, ms]);
  return current;
};

/**
 * Catalog entries for the DataSources, each classified once per object version. Appliances are
 * listed at once from their metadata and their boilerplates parsed afterwards in short slices;
 * `pending` counts those still waiting.
 */
export const useCatalogEntries = (
  dataSources: KubeObject[],
): { entries: CatalogEntry[]; pending: number } => {
  const data = useCoalesced(dataSources, COMMIT_EVERY_MS);
  const [cache] = React.useState(() => createEntryCache(classifyDataSource, { defer: true }));
  const [round, setRound] = React.useState(0);
  // `round` re-reads the cache after a batch of appliances was parsed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const entries = React.useMemo(() => cache(data), [cache, data, round]);
  const pending = cache.pendingCount();
  React.useEffect(() => {
    if (pending === 0) return undefined;
    let timer: ReturnType<typeof setTimeout>;
    const started = performance.now();
    const step = () => {
      const end = performance.now() + SLICE_MS;
      cache.refine(() => performance.now() >= end);
      if (cache.pendingCount() === 0 || performance.now() - started >= PROGRESS_EVERY_MS) {
        setRound((r) => r + 1);
      } else {
        timer = setTimeout(step, 0);
      }
    };
    timer = setTimeout(step, 0);
    return () => clearTimeout(timer);
  }, [cache, entries, pending]);
  return { entries, pending };
};
