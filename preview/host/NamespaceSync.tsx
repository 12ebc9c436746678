import * as React from 'react';
import { useLocation } from 'react-router';
import { ALL_NAMESPACES_KEY, session } from '../sdk/session';

/** Like the console, the URL decides the active namespace (/k8s/ns/<ns>/..., /k8s/all-namespaces/...). */
export const NamespaceSync: React.FC = () => {
  const { pathname } = useLocation();
  React.useEffect(() => {
    const ns = /^\/k8s\/ns\/([^/]+)/.exec(pathname)?.[1];
    if (ns) session.setNamespace(decodeURIComponent(ns));
    else if (pathname.startsWith('/k8s/all-namespaces')) session.setNamespace(ALL_NAMESPACES_KEY);
  }, [pathname]);
  return null;
};

/** The same page in another namespace, or undefined when the page is not namespace-scoped. */
export const pathInNamespace = (pathname: string, namespace: string): string | undefined => {
  const match = /^\/k8s\/(?:ns\/[^/]+|all-namespaces)(\/.*)?$/.exec(pathname);
  if (!match) return undefined;
  const rest = match[1] ?? '';
  // An object's page has no equivalent in another namespace.
  if (rest.split('/').filter(Boolean).length > 1) return undefined;
  return namespace === ALL_NAMESPACES_KEY
    ? `/k8s/all-namespaces${rest}`
    : `/k8s/ns/${encodeURIComponent(namespace)}${rest}`;
};
