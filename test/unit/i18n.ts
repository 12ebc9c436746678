import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

/**
 * i18next as the component tests want it: English, no translations loaded (keys are the English
 * text), and no HTML escaping (React escapes).
 */
export const initTestI18n = () =>
  i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: {} },
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
