import * as React from 'react';
import { Alert, Bullseye, PageSection, Spinner } from '@patternfly/react-core';
import type { CodeRef, Extension, LoadedExtension } from '@openshift/dynamic-plugin-sdk';

type RouteProps = { path: string | string[]; exact?: boolean; component: CodeRef<unknown> };
export type RouteExtension = Extension<'console.page/route', RouteProps>;

export const isRouteExtension = (e: Extension): e is RouteExtension =>
  e.type === 'console.page/route';

/** react-router 7 matches whole paths; a non-exact console route also matches everything below it. */
export const routePaths = (ext: RouteExtension): string[] =>
  [ext.properties.path].flat().map((p) => (ext.properties.exact ? p : `${p.replace(/\/$/, '')}/*`));

/** The message and its causes: the SDK wraps the real failure (a missing chunk, an exception) in `cause`. */
export const describeError = (error: unknown): string => {
  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth += 1) {
    lines.push(current instanceof Error ? current.message : String(current));
    current = current instanceof Error ? (current as Error & { cause?: unknown }).cause : undefined;
  }
  return lines.join('\ncaused by: ');
};

const RouteError: React.FC<{
  ext: LoadedExtension<RouteExtension>;
  title: string;
  error: unknown;
}> = ({ ext, title, error }) => (
  <PageSection>
    <Alert variant="danger" isInline title={title} data-test="preview-route-error">
      <p>
        Plugin {ext.pluginName}, route {[ext.properties.path].flat().join(', ')}
      </p>
      <pre style={{ whiteSpace: 'pre-wrap' }}>{describeError(error)}</pre>
    </Alert>
  </PageSection>
);

type BoundaryProps = { ext: LoadedExtension<RouteExtension>; children: React.ReactNode };

class RouteErrorBoundary extends React.Component<BoundaryProps, { error?: unknown }> {
  state: { error?: unknown } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  render() {
    if (this.state.error !== undefined) {
      return <RouteError ext={this.props.ext} title="This page crashed" error={this.state.error} />;
    }
    return this.props.children;
  }
}

/** Resolves the route's `$codeRef` and renders it; a bad reference or a crash is shown, never blank. */
export const PluginRoute: React.FC<{ extension: LoadedExtension<RouteExtension> }> = ({
  extension,
}) => {
  const [state, setState] = React.useState<{ Component?: React.ComponentType; error?: unknown }>(
    {},
  );
  React.useEffect(() => {
    let live = true;
    Promise.resolve()
      .then(() => extension.properties.component())
      .then((value) => {
        if (!live) return;
        if (
          typeof value === 'function' ||
          (typeof value === 'object' && value !== null && '$$typeof' in value)
        ) {
          setState({ Component: value as React.ComponentType });
        } else {
          setState({
            error: new Error(
              `The code reference resolved to ${String(value)}, not a React component`,
            ),
          });
        }
      })
      .catch((error: unknown) => live && setState({ error }));
    return () => {
      live = false;
    };
  }, [extension]);
  if (state.error !== undefined) {
    return (
      <RouteError
        ext={extension}
        title="The page's code reference could not be resolved"
        error={state.error}
      />
    );
  }
  if (!state.Component) {
    return (
      <Bullseye>
        <Spinner aria-label="Loading the page" data-test="preview-loading" />
      </Bullseye>
    );
  }
  const { Component } = state;
  return (
    <RouteErrorBoundary ext={extension}>
      <Component />
    </RouteErrorBoundary>
  );
};
