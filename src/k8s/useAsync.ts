import * as React from 'react';

export type AsyncValue<T> =
  | { status: 'idle' }
  /** `previous`: the value loaded for the key before, while the new key loads. */
  | { status: 'loading'; previous?: T }
  | { status: 'done'; value: T }
  | { status: 'failed'; error: unknown };

const IDLE = { status: 'idle' } as const;

/**
 * The value `load` resolves to for `key`: loaded again whenever the key changes (the key stands
 * for everything `load` reads), never for a key that is no longer current, and not at all while the
 * key is undefined. `delayMs` waits that long first (a debounce for values typed by the user).
 */
export const useAsync = <T>(
  key: string | undefined,
  load: () => Promise<T>,
  delayMs = 0,
): AsyncValue<T> => {
  const [state, setState] = React.useState<{ key: string; value: AsyncValue<T> }>();
  // The latest `load`, so the effect below runs per key, not per render's new closure.
  const latest = React.useRef(load);
  React.useEffect(() => {
    latest.current = load;
  });
  React.useEffect(() => {
    if (key === undefined) return undefined;
    let live = true;
    const run = () =>
      latest.current().then(
        (value) => live && setState({ key, value: { status: 'done', value } }),
        (error: unknown) => live && setState({ key, value: { status: 'failed', error } }),
      );
    const timer = setTimeout(run, delayMs);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, delayMs]);
  if (key === undefined) return IDLE;
  if (state?.key === key) return state.value;
  return {
    status: 'loading',
    previous: state?.value.status === 'done' ? state.value.value : undefined,
  };
};
