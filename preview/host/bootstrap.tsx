import '@patternfly/react-core/dist/styles/base.css';
import { createRoot } from 'react-dom/client';
import { PluginStore, type PluginManifest } from '@openshift/dynamic-plugin-sdk';
import { App } from './App';
import { readConfig } from './config';
import { initI18n } from './i18n';
import { createShareScope } from './share-scope';
import { brokenRouteExtensions, testPluginManifest } from './test-extensions';

// Component, layout and utility styles of PatternFly (what the console's page carries).
const styles = require.context(
  '@patternfly/react-styles/css',
  true,
  /^\.\/(components|layouts|utilities)\/.*\.css$/,
);
styles.keys().forEach((key) => styles(key));

const start = async () => {
  const config = readConfig();
  const [sharedScope] = await Promise.all([createShareScope(), initI18n()]);
  const store = new PluginStore({
    loaderOptions: {
      sharedScope,
      // The console resolves plugins' dependency on its API version the same way.
      customDependencyResolutions: { '@console/pluginAPI': '4.22.0' },
      transformPluginManifest: <T extends PluginManifest>(manifest: T): T =>
        config.testHooks && manifest.name === config.pluginName
          ? { ...manifest, extensions: [...manifest.extensions, ...brokenRouteExtensions] }
          : manifest,
    },
  });
  const root = createRoot(document.getElementById('root') as HTMLElement);
  root.render(<App store={store} config={config} />);
  // Failures are recorded in the store's plugin info and shown by the host, so never reject here.
  await store.loadPlugin(config.pluginManifestURL).catch((err: Error) => {
    root.render(<App store={store} config={config} manifestError={err.message} />);
  });
  if (config.testHooks) await store.loadPlugin(testPluginManifest);
};

start().catch((err: Error) => {
  document.body.textContent = `The preview host failed to start: ${err.message}`;
});
