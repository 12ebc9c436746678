import * as React from 'react';
import { Link } from 'react-router';
import { PageSection, Title } from '@patternfly/react-core';
import type {
  DocumentTitle as SdkDocumentTitle,
  ListPageBody as SdkListPageBody,
  ListPageHeader as SdkListPageHeader,
  ResourceLink as SdkResourceLink,
  K8sGroupVersionKind,
} from '@openshift-console/dynamic-plugin-sdk';
import { parseReference, referenceFor } from './models';

export const DocumentTitle: typeof SdkDocumentTitle = ({ children }) => {
  React.useEffect(() => {
    const previous = document.title;
    document.title = `${children} · KubeVirt Appliances preview`;
    return () => {
      document.title = previous;
    };
  }, [children]);
  return null;
};

export const ListPageHeader: typeof SdkListPageHeader = ({
  title,
  badge,
  children,
  helpAlert,
  helpText,
}) => (
  <PageSection data-test="list-page-header">
    {title && (
      <Title headingLevel="h1" data-test="page-heading">
        {title} {badge}
      </Title>
    )}
    {helpText && <p>{helpText}</p>}
    {children}
    {helpAlert}
  </PageSection>
);

export const ListPageBody: typeof SdkListPageBody = ({ children }) => (
  <PageSection data-test="list-page-body">{children}</PageSection>
);

/** Core kinds use their plural in console URLs (`secrets`), everything else `group~version~Kind`. */
export const resourceURLSegment = (gvk: K8sGroupVersionKind): string =>
  gvk.group ? referenceFor(gvk) : `${gvk.kind.toLowerCase()}s`;

/** The console's resource page path for an object. */
export const resourcePath = (gvk: K8sGroupVersionKind, name: string, namespace?: string): string =>
  namespace
    ? `/k8s/ns/${encodeURIComponent(namespace)}/${resourceURLSegment(gvk)}/${encodeURIComponent(name)}`
    : `/k8s/cluster/${resourceURLSegment(gvk)}/${encodeURIComponent(name)}`;

export const ResourceLink: typeof SdkResourceLink = (props) => {
  const {
    groupVersionKind,
    kind,
    name,
    namespace,
    displayName,
    linkTo = true,
    dataTest,
    className,
    title,
    onClick,
    children,
    nameSuffix,
  } = props;
  const gvk = groupVersionKind ?? (kind ? parseReference(kind) : undefined);
  const label = displayName || name;
  const content = (
    <>
      {label}
      {nameSuffix}
    </>
  );
  return (
    <span className={className} data-test-id={name} data-test={dataTest ?? 'resource-link'}>
      {linkTo && gvk && name ? (
        <Link to={resourcePath(gvk, name, namespace)} title={title} onClick={onClick}>
          {content}
        </Link>
      ) : (
        <span title={title}>{content}</span>
      )}
      {children}
    </span>
  );
};
