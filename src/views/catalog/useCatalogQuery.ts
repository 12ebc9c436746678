import * as React from 'react';
import { useSearchParams } from 'react-router';
import { parseQuery, writeQuery, type CatalogQuery } from './query';

/**
 * The catalog query, kept in React state and mirrored into the URL. The router applies URL
 * changes in a transition, so a checkbox bound to the URL alone would flip back for a moment
 * after a click; state updates at once, and the URL follows. A URL changed from outside (Back,
 * a pasted link) is read back into state.
 */
export const useCatalogQuery = (): [
  CatalogQuery,
  (patch: Partial<CatalogQuery>, replace?: boolean) => void,
] => {
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = React.useState(() => parseQuery(params));
  // URLs we asked for that the router has not rendered yet; any other URL came from outside.
  const pending = React.useRef<string[]>([]);
  const seen = React.useRef(params.toString());
  const latest = React.useRef({ query, params });
  latest.current = { query, params };

  const current = params.toString();
  React.useEffect(() => {
    if (current === seen.current) return;
    seen.current = current;
    const mine = pending.current.indexOf(current);
    if (mine >= 0) {
      pending.current.splice(0, mine + 1);
      return;
    }
    pending.current = [];
    setQuery(parseQuery(new URLSearchParams(current)));
  }, [current]);

  const update = React.useCallback(
    (patch: Partial<CatalogQuery>, replace = false) => {
      const next = { ...latest.current.query, ...patch };
      latest.current.query = next;
      const nextParams = writeQuery(latest.current.params, next);
      if (nextParams.toString() !== latest.current.params.toString()) {
        pending.current.push(nextParams.toString());
      }
      setQuery(next);
      setParams(nextParams, { replace });
    },
    [setParams],
  );
  return [query, update];
};
