import * as implemented from './index';

/** Names webpack, React and promise checks probe on any module object; they must not throw. */
const PROBES = new Set([
  '__esModule',
  'default',
  'then',
  'toJSON',
  '$$typeof',
  'constructor',
  'prototype',
]);

const notProvided = (moduleName: string, name: string) => {
  const fail = () => {
    throw new Error(
      `${name} is not provided by the preview (${moduleName}); add it to preview/sdk/ if the plugin needs it`,
    );
  };
  // Callable (hooks, functions, components) and constructible, failing whichever way it is used.
  return new Proxy(fail, { construct: fail });
};

/**
 * A module object for the share scope: the implemented exports, and for every other name a
 * function that throws "X is not provided by the preview" when the plugin calls or renders it.
 */
export const createModule = (moduleName: string, exports: Record<string, unknown>) => {
  const stubs = new Map<string, unknown>();
  return new Proxy(exports, {
    get(target, prop) {
      if (prop in target) return target[prop as string];
      if (typeof prop !== 'string') return undefined;
      if (prop === '__esModule') return true;
      if (PROBES.has(prop)) return undefined;
      if (!stubs.has(prop)) stubs.set(prop, notProvided(moduleName, prop));
      return stubs.get(prop);
    },
    has: (target, prop) => typeof prop === 'string' || prop in target,
  });
};

export const sdkModule = createModule('@openshift-console/dynamic-plugin-sdk', { ...implemented });

/** The console's internal API is not something this plugin should use at all. */
export const sdkInternalModule = createModule('@openshift-console/dynamic-plugin-sdk-internal', {});
