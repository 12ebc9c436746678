import * as React from 'react';
import { I18nContext, getI18n } from 'react-i18next';
import type { i18n as I18n, TFunction } from 'i18next';

type Translate = (key: string, values?: Record<string, unknown>) => string;

const NS = 'plugin__kubevirt-appliance-plugin';

/** Beyond this many texts the cache starts over, so unusual data cannot grow it without bound. */
const LIMIT = 2000;

/** What every component using the plugin's texts shares, per i18next instance. */
interface Shared {
  t: TFunction;
  texts: Map<string, string>;
  /** Bumped when the language or its resources change: components render again with new texts. */
  version: number;
  subscribe: (listener: () => void) => () => void;
}

const shared = new WeakMap<I18n, Shared>();

/** Without an i18next instance (none was set up), keys show as they are, as react-i18next does. */
const UNTRANSLATED: Shared = {
  t: ((key: string) => key) as unknown as TFunction,
  texts: new Map(),
  version: 0,
  subscribe: () => () => undefined,
};

const sharedOf = (i18n: I18n): Shared => {
  const known = shared.get(i18n);
  if (known) return known;
  const listeners = new Set<() => void>();
  const s: Shared = {
    t: i18n.getFixedT(null, NS),
    texts: new Map(),
    version: 0,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  // A language's bundle arriving after the first render (the console loads them on demand)
  // must not leave the fallback texts cached.
  const changed = () => {
    s.t = i18n.getFixedT(null, NS);
    s.texts.clear();
    s.version += 1;
    listeners.forEach((l) => l());
  };
  i18n.on('languageChanged', changed);
  i18n.on('loaded', changed);
  i18n.store?.on('added', changed);
  i18n.store?.on('removed', changed);
  shared.set(i18n, s);
  return s;
};

/**
 * The plugin's `t`, remembering what it returned for a key and its values, shared by every
 * component. A page of tiles or a diagram's nodes ask for the same few texts (a namespace, an OS,
 * "Ready") again and again, and i18next's lookup and interpolation is the costliest part of
 * rendering them; react-i18next's `useTranslation` also copies the i18next instance for each
 * component that mounts. One subscription per component follows the language instead. The page
 * around these components uses `useTranslation`, which loads the namespace (and suspends until
 * it is there).
 */
export const useCachedT = (): Translate => {
  const i18n = React.useContext(I18nContext)?.i18n ?? getI18n();
  const s = i18n ? sharedOf(i18n) : UNTRANSLATED;
  const version = React.useSyncExternalStore(s.subscribe, () => s.version);
  return React.useMemo<Translate>(() => {
    // `version` makes a new function when the texts change, so memoized components render again.
    void version;
    return (key, values) => {
      const id = values === undefined ? key : `${key}\u0000${JSON.stringify(values)}`;
      let text = s.texts.get(id);
      if (text === undefined) {
        if (s.texts.size >= LIMIT) s.texts.clear();
        text = String(values === undefined ? s.t(key) : s.t(key, values));
        s.texts.set(id, text);
      }
      return text;
    };
  }, [s, version]);
};
