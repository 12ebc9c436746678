import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentTitle, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { PageSection, Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { lifecycleEdges, lifecycleNodes, nodeById } from '../../lifecycle/graph';

/** The lifecycle graph as tables (the accessible view); the drawn diagram builds on the same data. */
const LifecyclePage: React.FC = () => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const nodeLabel = (id: (typeof lifecycleNodes)[number]['id']) => {
    const node = nodeById(id);
    return node.sublabel ? `${t(node.label)} (${t(node.sublabel)})` : t(node.label);
  };
  return (
    <>
      <DocumentTitle>{t('Appliance lifecycle')}</DocumentTitle>
      <ListPageHeader title={t('Appliance lifecycle')} />
      <PageSection>
        <Title headingLevel="h2">{t('Stages')}</Title>
        <Table aria-label={t('Stages')} variant="compact" data-test="lifecycle-node-table">
          <Thead>
            <Tr>
              <Th>{t('Stage')}</Th>
              <Th>{t('Group')}</Th>
              <Th>{t('New in this design')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {lifecycleNodes.map((node) => (
              <Tr key={node.id} data-test="lifecycle-table-node" data-id={node.id}>
                <Td dataLabel={t('Stage')}>{nodeLabel(node.id)}</Td>
                <Td dataLabel={t('Group')}>{node.group ? t(node.group === 'mtv' ? 'MTV' : 'cluster') : '-'}</Td>
                <Td dataLabel={t('New in this design')}>{node.highlighted ? t('Yes') : t('No')}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </PageSection>
      <PageSection>
        <Title headingLevel="h2">{t('Transitions')}</Title>
        <Table aria-label={t('Transitions')} variant="compact" data-test="lifecycle-edge-table">
          <Thead>
            <Tr>
              <Th>{t('From')}</Th>
              <Th>{t('Transition')}</Th>
              <Th>{t('To')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {lifecycleEdges.map((e) => (
              <Tr key={e.index} data-test="lifecycle-table-edge" data-source={e.source} data-target={e.target}>
                <Td dataLabel={t('From')}>{nodeLabel(e.source)}</Td>
                <Td dataLabel={t('Transition')}>
                  {e.label ? t(e.label) : t('import')}
                  {e.bidirectional ? ` (${t('both directions')})` : ''}
                </Td>
                <Td dataLabel={t('To')}>{nodeLabel(e.target)}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      </PageSection>
    </>
  );
};

export default LifecyclePage;
