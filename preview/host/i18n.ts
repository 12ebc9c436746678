import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** Loads namespaces the way the console does: /locales/resource.json?lng=..&ns=.. */
const consoleLocaleBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const query = new URLSearchParams({ lng: language, ns: namespace });
    fetch(`/locales/resource.json?${query}`)
      .then((r) =>
        r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status} loading ${namespace}`)),
      )
      .then((data) => callback(null, data))
      .catch((err: Error) => callback(err, false));
  },
};

/** i18next configured like the console: `ns~key` references, keys are plain English sentences. */
export const initI18n = () =>
  i18n
    .use(consoleLocaleBackend)
    .use(initReactI18next)
    .init({
      lng: 'en',
      fallbackLng: 'en',
      ns: ['public'],
      defaultNS: 'public',
      nsSeparator: '~',
      keySeparator: false,
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
    });

/** Translates a console-extension label like `%plugin__name~Text%`; other strings pass through. */
export const translateLabel = (label: string): string => {
  const match = /^%(.+)%$/.exec(label);
  return match ? i18n.t(match[1]) : label;
};

export { i18n };
