import * as React from 'react';
import {
  applyCodeRefSymbol,
  type Extension,
  type LocalPluginManifest,
} from '@openshift/dynamic-plugin-sdk';
import { sdkModule } from '../sdk/module';
import { CodeEditor } from '../sdk/code-editor';

// Only with test hooks: routes that exercise the host's failure paths and the SDK stand-in.

/** Routes added to the real plugin's manifest whose `$codeRef`s cannot resolve (typo'd module or export). */
export const brokenRouteExtensions: Extension[] = [
  {
    type: 'console.page/route',
    properties: {
      path: '/preview-test/missing-module',
      exact: true,
      component: { $codeRef: 'NoSuchModule' },
    },
  },
  {
    type: 'console.page/route',
    properties: {
      path: '/preview-test/missing-export',
      exact: true,
      component: { $codeRef: 'CatalogPage.noSuchExport' },
    },
  },
];

const ThrowingPage: React.FC = () => {
  throw new Error('This test page throws while rendering');
};

const NotProvidedPage: React.FC = () => {
  // A real SDK export the stand-in does not implement: it must fail loudly, not return undefined.
  const useUserSettings = (sdkModule as Record<string, () => unknown>).useUserSettings;
  useUserSettings();
  return null;
};

const CodeEditorPage: React.FC = () => {
  const [value, setValue] = React.useState(
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: example\n',
  );
  return (
    <div style={{ padding: 16 }}>
      <CodeEditor value={value} language="yaml" onChange={(v: string) => setValue(v)} />
      <pre data-test="code-editor-value">{value}</pre>
    </div>
  );
};

const route = (path: string, component: React.ComponentType): Extension => ({
  type: 'console.page/route',
  properties: {
    path,
    exact: true,
    component: applyCodeRefSymbol(() => Promise.resolve(component)),
  },
});

export const testPluginManifest: LocalPluginManifest = {
  name: 'preview-test-plugin',
  version: '0.0.0',
  registrationMethod: 'local',
  extensions: [
    route('/preview-test/throwing-page', ThrowingPage),
    route('/preview-test/not-provided', NotProvidedPage),
    route('/preview-test/code-editor', CodeEditorPage),
  ],
};
