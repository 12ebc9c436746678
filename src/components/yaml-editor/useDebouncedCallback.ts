import * as React from 'react';

/**
 * Calls the latest `callback` once `delay` ms after the last call; pending calls are dropped on
 * unmount, so a closed page never validates.
 */
export const useDebouncedCallback = <A extends unknown[]>(
  callback: ((...args: A) => void) | undefined,
  delay: number,
): ((...args: A) => void) => {
  const latest = React.useRef(callback);
  const timer = React.useRef<ReturnType<typeof setTimeout>>(undefined);
  React.useEffect(() => {
    latest.current = callback;
  }, [callback]);
  React.useEffect(() => () => clearTimeout(timer.current), []);
  return React.useCallback(
    (...args: A) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => latest.current?.(...args), delay);
    },
    [delay],
  );
};
