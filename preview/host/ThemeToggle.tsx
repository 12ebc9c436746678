import * as React from 'react';
import { Switch } from '@patternfly/react-core';

const DARK = 'pf-v6-theme-dark';
const KEY = 'preview-theme';

/** The theme the page starts with: `?theme=dark|light`, else the last choice, else light. */
const initialDark = (): boolean => {
  const fromUrl = new URLSearchParams(window.location.search).get('theme');
  if (fromUrl === 'dark' || fromUrl === 'light') return fromUrl === 'dark';
  try {
    return window.localStorage.getItem(KEY) === 'dark';
  } catch {
    return false;
  }
};

/** Dark theme as the console sets it: PatternFly's `pf-v6-theme-dark` class on <html>. */
export const ThemeToggle: React.FC = () => {
  const [dark, setDark] = React.useState(initialDark);
  React.useEffect(() => {
    document.documentElement.classList.toggle(DARK, dark);
    try {
      window.localStorage.setItem(KEY, dark ? 'dark' : 'light');
    } catch {
      // Storage may be disabled; the theme then lasts for this page only.
    }
  }, [dark]);
  return (
    <Switch
      id="preview-theme-toggle"
      label="Dark theme"
      isChecked={dark}
      onChange={(_e, checked) => setDark(checked)}
      data-test="theme-toggle"
    />
  );
};
