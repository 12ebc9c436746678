import * as React from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import {
  Alert,
  Bullseye,
  Page,
  PageSection,
  PageSidebar,
  PageSidebarBody,
  Spinner,
  Title,
} from '@patternfly/react-core';
import {
  PluginStoreProvider,
  useExtensions,
  usePluginInfo,
  type PluginStore,
} from '@openshift/dynamic-plugin-sdk';
import type { PreviewConfig } from './config';
import { HostMasthead } from './Masthead';
import { hrefPath, HostNav, useNavHrefs } from './Nav';
import { ALL_NAMESPACES_KEY } from '../sdk/session';
import { isRouteExtension, PluginRoute, routePaths } from './PluginRoute';
import { ResourcePage } from './ResourcePage';
import { ImportYAMLPage } from './ImportYAMLPage';
import { NamespaceSync } from './NamespaceSync';
import { AddPage } from './dev-catalog/AddPage';
import { DevCatalogPage } from './dev-catalog/DevCatalogPage';

type AppProps = { store: PluginStore; config: PreviewConfig; manifestError?: string };

const PluginStatus: React.FC<{ manifestError?: string }> = ({ manifestError }) => {
  const failed = usePluginInfo().filter((p) => p.status === 'failed');
  if (!manifestError && failed.length === 0) return null;
  return (
    <PageSection>
      {manifestError && (
        <Alert
          variant="danger"
          isInline
          title="The plugin manifest could not be loaded"
          data-test="preview-plugin-error"
        >
          {manifestError}. Run npm run build:plugin and reload.
        </Alert>
      )}
      {failed.map((p) => (
        <Alert
          key={p.manifest.name}
          variant="danger"
          isInline
          title={`Plugin ${p.manifest.name} failed to load`}
          data-test="preview-plugin-error"
        >
          {p.status === 'failed' ? p.errorMessage : ''}
        </Alert>
      ))}
    </PageSection>
  );
};

const Loading: React.FC<{ what: string }> = ({ what }) => (
  <Bullseye>
    <Spinner aria-label={what} data-test="preview-loading" />
  </Bullseye>
);

const NotFound: React.FC = () => (
  <PageSection data-test="preview-not-found">
    <Title headingLevel="h1">404: Page not found</Title>
    <p>No route of the plugin or the preview host matches this address.</p>
  </PageSection>
);

const HostRoutes: React.FC = () => {
  const routes = useExtensions(isRouteExtension);
  const pending = usePluginInfo().some((p) => p.status === 'pending');
  const first = useNavHrefs()[0];
  const home = first ? hrefPath(first, ALL_NAMESPACES_KEY) : undefined;
  return (
    <React.Suspense fallback={<Loading what="Loading translations" />}>
      <Routes>
        {routes.flatMap((ext) =>
          routePaths(ext).map((path) => (
            <Route
              key={`${ext.uid}:${path}`}
              path={path}
              element={<PluginRoute key={ext.uid} extension={ext} />}
            />
          )),
        )}
        <Route path="/add/ns/:ns" element={<AddPage />} />
        <Route path="/add/all-namespaces" element={<AddPage />} />
        <Route path="/catalog/ns/:ns" element={<DevCatalogPage />} />
        <Route path="/catalog/all-namespaces" element={<DevCatalogPage />} />
        <Route path="/k8s/ns/:ns/import" element={<ImportYAMLPage />} />
        <Route path="/k8s/all-namespaces/import" element={<ImportYAMLPage />} />
        <Route path="/k8s/ns/:ns/:reference/:name" element={<ResourcePage />} />
        <Route path="/k8s/cluster/:reference/:name" element={<ResourcePage />} />
        <Route
          path="/"
          element={home ? <Navigate to={home} replace /> : <Loading what="Loading the plugin" />}
        />
        <Route path="*" element={pending ? <Loading what="Loading the plugin" /> : <NotFound />} />
      </Routes>
    </React.Suspense>
  );
};

export const App: React.FC<AppProps> = ({ store, config, manifestError }) => (
  <PluginStoreProvider store={store}>
    <BrowserRouter>
      <NamespaceSync />
      <Page
        masthead={<HostMasthead config={config} />}
        sidebar={
          <PageSidebar>
            <PageSidebarBody>
              <React.Suspense fallback={<Loading what="Loading the navigation" />}>
                <HostNav />
              </React.Suspense>
            </PageSidebarBody>
          </PageSidebar>
        }
      >
        <PluginStatus manifestError={manifestError} />
        <HostRoutes />
      </Page>
    </BrowserRouter>
  </PluginStoreProvider>
);
