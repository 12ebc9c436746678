import type { useResolvedExtensions as SdkUseResolvedExtensions } from '@openshift-console/dynamic-plugin-sdk';
import {
  type Extension,
  useResolvedExtensions as useCoreResolvedExtensions,
} from '@openshift/dynamic-plugin-sdk';
import * as React from 'react';

/** Like the console: an extension is included when any of the type guards accepts it. */
export const useResolvedExtensions: typeof SdkUseResolvedExtensions = (...typeGuards) => {
  // The guards are usually module-level functions; keep the predicate stable for the core hook.
  const guards = React.useRef(typeGuards);
  guards.current = typeGuards;
  const predicate = React.useCallback(
    (e: Extension): e is Extension => guards.current.some((g) => g(e as never)),
    [],
  );
  return useCoreResolvedExtensions(predicate) as never;
};
