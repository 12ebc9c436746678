import { sdkInternalModule, sdkModule } from '../sdk/module';

/**
 * webpack provides a shared module only when the host's own code references it; these references
 * (never called) make the host provide the console-shared modules it does not use itself.
 */
export const providedOnlyForPlugins = [
  () => import('@patternfly/react-topology'),
  () => import('react-redux'),
  () => import('redux'),
  () => import('redux-thunk'),
];

type ShareEntry = {
  get: () => Promise<() => unknown>;
  from: string;
  eager: boolean;
  loaded: number;
};

const provide = (
  scope: Record<string, unknown>,
  name: string,
  version: string,
  module: unknown,
) => {
  const entry: ShareEntry = {
    get: () => Promise.resolve(() => module),
    from: 'preview-host',
    eager: true,
    loaded: 1,
  };
  scope[name] = { [version]: entry };
};

/**
 * The webpack share scope handed to the plugin's container, as the console builds it: react,
 * react-router, react-i18next, redux... from this host's own webpack sharing (one instance for host
 * and plugin), plus the console SDK, which here is the preview's stand-in.
 */
export const createShareScope = async (): Promise<Record<string, unknown>> => {
  await __webpack_init_sharing__('default');
  const scope = __webpack_share_scopes__.default;
  provide(scope, '@openshift-console/dynamic-plugin-sdk', '4.22.0', sdkModule);
  provide(scope, '@openshift-console/dynamic-plugin-sdk-internal', '4.22.0', sdkInternalModule);
  // Read by the browser tests to check that every console-shared module is there.
  (window as unknown as { __PREVIEW_SHARED_MODULES__: string[] }).__PREVIEW_SHARED_MODULES__ =
    Object.keys(scope);
  return scope;
};
