import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  DocumentTitle,
  ListPageHeader,
  useK8sWatchResource,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  EmptyState,
  EmptyStateBody,
  List,
  ListItem,
  PageSection,
  Spinner,
} from '@patternfly/react-core';
import { DataSourceGVK } from '../../k8s/models';

/** Lists the DataSources in scope; the full catalog (cards, filters, wizard entry) builds on this. */
const CatalogPage: React.FC = () => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const { ns } = useParams<{ ns?: string }>();
  const [dataSources, loaded, error] = useK8sWatchResource<K8sResourceCommon[]>({
    groupVersionKind: DataSourceGVK,
    isList: true,
    namespace: ns,
  });

  let body: React.ReactNode;
  if (error) {
    body = (
      <Alert variant="danger" isInline title={t('Could not load DataSources')} data-test="catalog-error">
        {String((error as Error)?.message ?? error)}
      </Alert>
    );
  } else if (!loaded) {
    body = <Spinner aria-label={t('Loading DataSources')} />;
  } else if (dataSources.length === 0) {
    body = (
      <EmptyState titleText={t('No DataSources here')} headingLevel="h2">
        <EmptyStateBody>{t('No DataSources were found in this scope.')}</EmptyStateBody>
      </EmptyState>
    );
  } else {
    body = (
      <List isPlain data-test="catalog-list">
        {dataSources.map((ds) => (
          <ListItem key={ds.metadata?.uid ?? `${ds.metadata?.namespace}/${ds.metadata?.name}`}>
            <span data-test="catalog-datasource" data-name={ds.metadata?.name} data-namespace={ds.metadata?.namespace}>
              {ds.metadata?.namespace}/{ds.metadata?.name}
            </span>
          </ListItem>
        ))}
      </List>
    );
  }

  return (
    <>
      <DocumentTitle>{t('Appliance catalog')}</DocumentTitle>
      <ListPageHeader title={t('Appliance catalog')} />
      <PageSection>{body}</PageSection>
    </>
  );
};

export default CatalogPage;
