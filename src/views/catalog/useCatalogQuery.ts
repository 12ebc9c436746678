import * as React from 'react';
import { useSearchParams } from 'react-router';
import { parseQuery, writeQuery, type CatalogQuery } from './query';

/**
 * The catalog query, kept in React state and mirrored into the URL. The router applies URL
 * changes in a transition, so a checkbox bound to the URL alone would flip back for a moment
 * after a click; state updates at once, and the URL follows. A URL changed from outside (Back,
 * a pasted link) is read back into state. Replacing updates (the search box) reach the URL after
 * a short pause; the others at once, together with any search still waiting.
 */
/** How long typing must pause before the search lands in the URL. */
const URL_DELAY_MS = 250;

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

  // Typing rewrites the URL once the typist pauses: a router navigation per keystroke would
  // render the page twice for every key.
  const urlTimer = React.useRef<ReturnType<typeof setTimeout>>(undefined);
  React.useEffect(() => () => clearTimeout(urlTimer.current), []);
  const writeUrl = React.useCallback(
    (replace: boolean) => {
      const nextParams = writeQuery(latest.current.params, latest.current.query);
      if (nextParams.toString() === latest.current.params.toString()) return;
      pending.current.push(nextParams.toString());
      setParams(nextParams, { replace });
    },
    [setParams],
  );

  const update = React.useCallback(
    (patch: Partial<CatalogQuery>, replace = false) => {
      latest.current.query = { ...latest.current.query, ...patch };
      setQuery(latest.current.query);
      clearTimeout(urlTimer.current);
      if (replace) urlTimer.current = setTimeout(() => writeUrl(true), URL_DELAY_MS);
      else writeUrl(false);
    },
    [writeUrl],
  );
  return [query, update];
};
