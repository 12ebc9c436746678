import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { ResourceLink } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  LabelGroup,
  List,
  ListItem,
  Spinner,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
import { FindingsList } from '../../components/FindingsList';
import { KindBadge } from '../../components/KindBadge';
import { ReadinessStatus } from '../../components/ReadinessStatus';
import { DataSourceGVK, PersistentVolumeClaimGVK, VolumeSnapshotGVK } from '../../k8s/models';
import { errorMessage } from '../../k8s/scope';
import { useCompanions } from '../../k8s/useCompanions';
import { CatalogActions } from './CatalogActions';
import { checkEntry } from './check';
import type { CatalogEntry } from './entries';
import { SummaryText } from './ItemFacts';
import { kindNameText } from './kind-name';
import { ParametersList } from './ParametersList';
import { FitSummary } from './FitSummary';

const SOURCE_GVK = {
  pvc: PersistentVolumeClaimGVK,
  snapshot: VolumeSnapshotGVK,
  dataSource: DataSourceGVK,
};

const Fact: React.FC<{ term: string; dataTest: string; children: React.ReactNode }> = ({
  term,
  dataTest,
  children,
}) => (
  <DescriptionListGroup>
    <DescriptionListTerm>{term}</DescriptionListTerm>
    <DescriptionListDescription data-test={dataTest}>{children}</DescriptionListDescription>
  </DescriptionListGroup>
);

const Companions: React.FC<{ entry: CatalogEntry }> = ({ entry }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const c = entry.classification;
  const { pvcs, loaded, forbidden, error } = useCompanions(c.namespace, c.name, c.uid);
  if (forbidden) {
    return <p>{t('You may not list PersistentVolumeClaims in this namespace.')}</p>;
  }
  if (error) return <Alert variant="warning" isInline isPlain title={errorMessage(error)} />;
  if (!loaded) return <Spinner size="md" aria-label={t('Loading companion resources')} />;
  if (pvcs.length === 0) return <p data-test="catalog-companions-empty">{t('None')}</p>;
  return (
    <List isPlain data-test="catalog-companions">
      {pvcs.map((p) => (
        <ListItem key={p.metadata?.uid ?? p.metadata?.name}>
          <ResourceLink
            groupVersionKind={PersistentVolumeClaimGVK}
            name={p.metadata?.name}
            namespace={c.namespace}
            dataTest="catalog-companion"
          />
        </ListItem>
      ))}
    </List>
  );
};

export interface CatalogDetailsProps {
  entry: CatalogEntry;
  targetNamespace: string;
}

/** Everything about one catalog item: facts, labels, source, boilerplate findings, companions, actions. */
export const CatalogDetails: React.FC<CatalogDetailsProps> = ({ entry, targetNamespace }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const c = entry.classification;
  const labels = Object.entries(entry.dataSource.metadata?.labels ?? {});
  const appliance = c.kind === 'appliance';
  return (
    <Stack hasGutter data-test="catalog-details" data-name={c.name} data-namespace={c.namespace}>
      <StackItem>
        <KindBadge kind={c.kind} flavor={c.flavor} /> <ReadinessStatus readiness={c.readiness} />
        {!c.readiness.ready && c.readiness.message && (
          <p data-test="catalog-details-readiness-message">{c.readiness.message}</p>
        )}
      </StackItem>
      {c.description && (
        <StackItem data-test="catalog-details-description">{c.description}</StackItem>
      )}
      <StackItem>
        <CatalogActions classification={c} targetNamespace={targetNamespace} />
      </StackItem>
      {c.kind !== 'other' && (
        <StackItem>
          <FitSummary dataSource={entry.dataSource} namespace={targetNamespace} />
        </StackItem>
      )}
      <StackItem>
        <DescriptionList isCompact isHorizontal>
          <Fact term={t('Name')} dataTest="catalog-details-name">
            <ResourceLink groupVersionKind={DataSourceGVK} name={c.name} namespace={c.namespace} />
          </Fact>
          <Fact term={t('Namespace')} dataTest="catalog-details-namespace">
            {c.namespace}
          </Fact>
          <Fact term={t('OS / preference')} dataTest="catalog-details-preference">
            {kindNameText(c.defaultPreference ?? c.boilerplatePreference) || entry.os || '-'}
          </Fact>
          <Fact term={t('Default instancetype')} dataTest="catalog-details-instancetype">
            {kindNameText(c.defaultInstancetype) || '-'}
          </Fact>
          {appliance && c.boilerplateInstancetype && (
            <Fact term={t('Boilerplate instancetype')} dataTest="catalog-details-bp-instancetype">
              {kindNameText(c.boilerplateInstancetype)}
            </Fact>
          )}
          <Fact term={t('Source')} dataTest="catalog-details-source">
            {c.source ? (
              <>
                {
                  { pvc: t('PVC'), snapshot: t('Snapshot'), dataSource: t('DataSource') }[
                    c.source.kind
                  ]
                }{' '}
                <ResourceLink
                  groupVersionKind={SOURCE_GVK[c.source.kind]}
                  name={c.source.name}
                  namespace={c.source.namespace ?? c.namespace}
                  dataTest="catalog-details-source-link"
                  inline
                />
              </>
            ) : (
              t('No source')
            )}
          </Fact>
          {appliance && (
            <Fact term={t('Boilerplate')} dataTest="catalog-details-summary">
              <SummaryText entry={entry} />
            </Fact>
          )}
        </DescriptionList>
      </StackItem>
      <StackItem>
        <Title headingLevel="h3" size="md">
          {t('Labels')}
        </Title>
        {labels.length === 0 ? (
          <p>{t('No labels')}</p>
        ) : (
          <LabelGroup numLabels={20} data-test="catalog-details-labels">
            {labels.map(([k, v]) => (
              <Label key={k} isCompact>{`${k}=${v}`}</Label>
            ))}
          </LabelGroup>
        )}
      </StackItem>
      {appliance && (
        <StackItem>
          <ParametersList dataSource={entry.dataSource} />
        </StackItem>
      )}
      {appliance && (
        <StackItem>
          <Title headingLevel="h3" size="md">
            {t('Boilerplate findings')}
          </Title>
          <FindingsList
            findings={checkEntry(entry).findings}
            data-test="catalog-details-findings"
          />
        </StackItem>
      )}
      <StackItem>
        <Title headingLevel="h3" size="md">
          {t('Companion resources')}
        </Title>
        <Companions entry={entry} />
      </StackItem>
    </Stack>
  );
};
