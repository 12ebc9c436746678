import * as React from 'react';
import { afterNextPaint } from './idle';

/**
 * `value`, or while `defer` holds, `value` as it was when the browser was last idle: a deferred
 * change shows once the frames already due (a keystroke's results) have painted, and a run of
 * changes (typing) costs one render at the end, not one per change. React's own deferral
 * (useDeferredValue) renders right after the urgent update, in the tasks between that update and
 * its paint's follow-up, so the page would still pay for it before the next key. A change that
 * is not deferred (new data, a filter clicked) shows at once.
 */
export const useIdleValue = <T>(value: T, defer: boolean): T => {
  const [idle, setIdle] = React.useState(value);
  const shown = defer ? idle : value;
  React.useEffect(() => {
    if (Object.is(idle, value)) return undefined;
    return afterNextPaint(() => setIdle(() => value));
  }, [value, idle]);
  return shown;
};
