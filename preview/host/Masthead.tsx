import * as React from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import {
  FormSelect,
  FormSelectOption,
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadMain,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { useK8sWatchResource, useSession } from '../sdk/hooks';
import { ALL_NAMESPACES_KEY, PREVIEW_USERS, session, type PreviewUser } from '../sdk/session';
import type { PreviewConfig } from './config';
import { pathInNamespace } from './NamespaceSync';
import { ThemeToggle } from './ThemeToggle';

const USER_LABELS: Record<PreviewUser, string> = {
  admin: 'admin (cluster admin)',
  developer: 'developer (edit in demo)',
  viewer: 'viewer (read only)',
};

const NamespaceSelector: React.FC = () => {
  useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const active = session.getNamespace();
  const [namespaces, loaded, error] = useK8sWatchResource<K8sResourceCommon[]>({
    groupVersionKind: { version: 'v1', kind: 'Namespace' },
    isList: true,
  });
  const names = new Set((loaded && !error ? namespaces : []).map((n) => n.metadata?.name ?? ''));
  // A user who may not list namespaces still sees the one they are in.
  if (active !== ALL_NAMESPACES_KEY) names.add(active);
  const onChange = (_e: unknown, value: string) => {
    session.setNamespace(value);
    const next = pathInNamespace(pathname, value);
    if (next) navigate(next);
  };
  return (
    <FormSelect
      value={active}
      onChange={onChange}
      aria-label="Namespace"
      data-test="namespace-selector"
      data-loaded={loaded ? 'true' : 'false'}
      data-error={error ? String((error as { code?: number }).code ?? 'error') : undefined}
    >
      <FormSelectOption value={ALL_NAMESPACES_KEY} label="All namespaces" />
      {[...names]
        .filter(Boolean)
        .sort()
        .map((n) => (
          <FormSelectOption key={n} value={n} label={n} data-test="namespace-option" />
        ))}
    </FormSelect>
  );
};

const UserSelector: React.FC = () => {
  useSession();
  return (
    <FormSelect
      value={session.getUser()}
      onChange={(_e, value) => session.setUser(value as PreviewUser)}
      aria-label="User"
      data-test="user-selector"
    >
      {PREVIEW_USERS.map((u) => (
        <FormSelectOption key={u} value={u} label={USER_LABELS[u]} />
      ))}
    </FormSelect>
  );
};

export const HostMasthead: React.FC<{ config: PreviewConfig }> = ({ config }) => {
  useSession();
  const importPath =
    session.getNamespace() === ALL_NAMESPACES_KEY
      ? '/k8s/all-namespaces/import'
      : `/k8s/ns/${encodeURIComponent(session.getNamespace())}/import`;
  return (
    <Masthead data-test="preview-masthead">
      <MastheadMain>
        <MastheadBrand data-test="preview-brand">
          KubeVirt Appliances preview{config.api === 'proxy' ? ' (real cluster)' : ' (demo API)'}
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <Toolbar isFullHeight>
          <ToolbarContent>
            <ToolbarItem>
              <NamespaceSelector />
            </ToolbarItem>
            <ToolbarItem>
              <UserSelector />
            </ToolbarItem>
            <ToolbarItem>
              <ThemeToggle />
            </ToolbarItem>
            <ToolbarItem>
              <Link to={importPath} data-test="masthead-import-yaml">
                Import YAML
              </Link>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
      </MastheadContent>
    </Masthead>
  );
};
