import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Title } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import type { LifecycleCounts } from '../../lifecycle/counts';
import {
  lifecycleEdges,
  lifecycleGroups,
  lifecycleNodes,
  nodeById,
  type LifecycleNodeId,
} from '../../lifecycle/graph';

/** The same graph as tables, for screen readers and for reading it as a list. */
const LifecycleTable: React.FC<{ counts?: LifecycleCounts }> = ({ counts }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const nodeLabel = (id: LifecycleNodeId) => {
    const node = nodeById(id);
    return node.sublabel ? `${t(node.label)} (${t(node.sublabel)})` : t(node.label);
  };
  const groupLabel = (id?: string) => {
    const group = lifecycleGroups.find((g) => g.id === id);
    return group ? t(group.label) : '-';
  };
  const countText = (id: LifecycleNodeId) => {
    const count = counts?.[id];
    return count === null ? t('not in the cluster') : count === undefined ? '…' : String(count);
  };
  return (
    <div data-test="lifecycle-table">
      <Title headingLevel="h2">{t('Stages')}</Title>
      <Table aria-label={t('Stages')} variant="compact" data-test="lifecycle-node-table">
        <Thead>
          <Tr>
            <Th>{t('Stage')}</Th>
            <Th>{t('Group')}</Th>
            <Th>{t('Objects')}</Th>
            <Th>{t('New in this design')}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {lifecycleNodes.map((node) => {
            const count = counts?.[node.id];
            return (
              <Tr
                key={node.id}
                data-test="lifecycle-table-node"
                data-id={node.id}
                data-count={count === null ? 'none' : count === undefined ? '' : String(count)}
                data-highlighted={String(node.highlighted)}
              >
                <Td dataLabel={t('Stage')}>{nodeLabel(node.id)}</Td>
                <Td dataLabel={t('Group')}>{groupLabel(node.group)}</Td>
                <Td dataLabel={t('Objects')}>{countText(node.id)}</Td>
                <Td dataLabel={t('New in this design')}>{node.highlighted ? t('Yes') : t('No')}</Td>
              </Tr>
            );
          })}
        </Tbody>
      </Table>
      <Title headingLevel="h2" style={{ marginTop: 'var(--pf-t--global--spacer--lg)' }}>
        {t('Transitions')}
      </Title>
      <Table aria-label={t('Transitions')} variant="compact" data-test="lifecycle-edge-table">
        <Thead>
          <Tr>
            <Th>{t('From')}</Th>
            <Th>{t('Transition')}</Th>
            <Th>{t('To')}</Th>
            <Th>{t('New in this design')}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {lifecycleEdges.map((e) => (
            <Tr
              key={e.index}
              data-test="lifecycle-table-edge"
              data-source={e.source}
              data-target={e.target}
              data-label={e.label}
              data-highlighted={String(e.highlighted)}
            >
              <Td dataLabel={t('From')}>{nodeLabel(e.source)}</Td>
              <Td dataLabel={t('Transition')}>
                {e.label ? t(e.label) : t('import')}
                {e.bidirectional ? ` (${t('both directions')})` : ''}
                {e.dotted ? ` (${t('dotted: imported by CDI')})` : ''}
              </Td>
              <Td dataLabel={t('To')}>{nodeLabel(e.target)}</Td>
              <Td dataLabel={t('New in this design')}>{e.highlighted ? t('Yes') : t('No')}</Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    </div>
  );
};

export default LifecycleTable;
