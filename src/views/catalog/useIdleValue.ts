import * as React from 'react';
import { whenIdle } from './idle';

/**
 * `value` as it was when the browser was last idle: a change shows once the frames already due
 * (a keystroke's results) have painted, and a run of changes (typing) costs one render at the
 * end, not one per change. React's own deferral (useDeferredValue) renders right after the urgent
 * update, in the tasks between that update and its paint's follow-up, so the page would still
 * pay for it before the next key.
 */
export const useIdleValue = <T>(value: T): T => {
  const [shown, setShown] = React.useState(value);
  React.useEffect(() => {
    if (Object.is(shown, value)) return undefined;
    return whenIdle(() => setShown(() => value));
  }, [value, shown]);
  return shown;
};
