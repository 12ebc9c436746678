import * as React from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Beyond this many texts the cache starts over, so unusual data cannot grow it without bound. */
const LIMIT = 2000;

interface Texts {
  language: string;
  texts: Map<string, string>;
}

const stores = new WeakMap<I18n, Texts>();

/** The texts known for `i18n`'s current language, forgotten whenever its resources change. */
const textsOf = (i18n: I18n): Map<string, string> => {
  let store = stores.get(i18n);
  if (!store) {
    const created: Texts = { language: i18n.language, texts: new Map() };
    const forget = () => created.texts.clear();
    // A language's bundle arriving after the first render (the console loads them on demand)
    // must not leave the fallback texts cached.
    i18n.on('languageChanged', forget);
    i18n.on('loaded', forget);
    i18n.store?.on('added', forget);
    i18n.store?.on('removed', forget);
    stores.set(i18n, created);
    store = created;
  }
  if (store.language !== i18n.language) {
    store.language = i18n.language;
    store.texts.clear();
  }
  return store.texts;
};

/**
 * The plugin's `t`, remembering what it returned for a key and its values, shared by every
 * component. A page of tiles asks for the same few texts (a namespace, an OS, "Ready") again on
 * every keystroke that changes them, and i18next's lookup and interpolation is the costliest part
 * of rendering a tile. What is remembered is forgotten when the language or its resources change.
 */
export const useCachedT = (): Translate => {
  const { t, i18n } = useTranslation('plugin__kubevirt-appliance-plugin');
  return React.useCallback<Translate>(
    (key, values) => {
      const texts = textsOf(i18n);
      const id = values === undefined ? key : `${key}\u0000${JSON.stringify(values)}`;
      let text = texts.get(id);
      if (text === undefined) {
        if (texts.size >= LIMIT) texts.clear();
        text = String(values === undefined ? t(key) : t(key, values));
        texts.set(id, text);
      }
      return text;
    },
    [t, i18n],
  );
};
