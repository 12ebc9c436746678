import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  CodeBlock,
  CodeBlockCode,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  Spinner,
} from '@patternfly/react-core';
import { ErrorAlert } from '../../components/ErrorAlert';

export const CatalogLoading: React.FC = () => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  return (
    <EmptyState
      titleText={t('Loading golden images and appliances')}
      headingLevel="h2"
      icon={Spinner}
      data-test="catalog-loading"
    />
  );
};

export const CatalogError: React.FC<{ message: string }> = ({ message }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  return (
    <ErrorAlert
      title={t('Could not load DataSources')}
      message={message}
      data-test="catalog-error"
    />
  );
};

/** A golden image is a labelled DataSource; showing the label is the shortest how-to. */
const EXAMPLE = `kubectl label datasource <name> \\
  instancetype.kubevirt.io/default-preference=<preference> \\
  instancetype.kubevirt.io/default-instancetype=<instancetype>`;

export const CatalogEmpty: React.FC = () => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  return (
    <EmptyState
      titleText={t('No golden images or appliances here')}
      headingLevel="h2"
      data-test="catalog-empty"
    >
      <EmptyStateBody>
        <p>
          {t(
            'A golden image is a DataSource with a default preference label; an appliance is a DataSource whose appliance.kubevirt.io/vm-spec annotation holds a VirtualMachine boilerplate.',
          )}
        </p>
        <p>{t('To make a golden image from an existing DataSource, label it:')}</p>
        <CodeBlock>
          <CodeBlockCode>{EXAMPLE}</CodeBlockCode>
        </CodeBlock>
      </EmptyStateBody>
    </EmptyState>
  );
};

export const CatalogNoMatch: React.FC<{ onClear: () => void }> = ({ onClear }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  return (
    <EmptyState
      titleText={t('No items match the search and filters')}
      headingLevel="h2"
      data-test="catalog-no-match"
    >
      <EmptyStateBody>{t('Change the search or the filters, or clear them all.')}</EmptyStateBody>
      <EmptyStateFooter>
        <EmptyStateActions>
          <Button variant="link" onClick={onClear} data-test="catalog-clear-filters">
            {t('Clear all filters')}
          </Button>
        </EmptyStateActions>
      </EmptyStateFooter>
    </EmptyState>
  );
};
