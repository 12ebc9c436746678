import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Title } from '@patternfly/react-core';
import { Td, Tr } from '@patternfly/react-table';
import { CompactTable } from '../../components/CompactTable';
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
      <CompactTable
        aria-label={t('Stages')}
        data-test="lifecycle-node-table"
        columns={[t('Stage'), t('Group'), t('Objects'), t('New in this design')]}
      >
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
      </CompactTable>
      <Title headingLevel="h2" style={{ marginTop: 'var(--pf-t--global--spacer--lg)' }}>
        {t('Transitions')}
      </Title>
      <CompactTable
        aria-label={t('Transitions')}
        data-test="lifecycle-edge-table"
        columns={[t('From'), t('Transition'), t('To'), t('New in this design')]}
      >
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
      </CompactTable>
    </div>
  );
};

export default LifecycleTable;
