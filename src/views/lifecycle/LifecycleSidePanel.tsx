import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  Content,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  List,
  ListItem,
  Title,
} from '@patternfly/react-core';
import type { LifecycleMembers, LifecycleObjects } from '../../lifecycle/counts';
import { lifecycleEdges, nodeById, type LifecycleNodeId } from '../../lifecycle/graph';
import { resourceUrl } from '../../lifecycle/links';
import { transitionFor } from '../../lifecycle/transitions';
import EdgeActions from './EdgeActions';
import { edgeId } from './model';

interface Props {
  selectedId: string;
  members?: LifecycleMembers;
  objects: LifecycleObjects;
  scopePath: string;
}

const NodeDetails: React.FC<{ id: LifecycleNodeId; members?: LifecycleMembers }> = ({
  id,
  members,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const node = nodeById(id);
  const refs = members?.[id];
  return (
    <div data-test="lifecycle-panel-node" data-id={id}>
      <Title headingLevel="h2">
        {t(node.label)}
        {node.sublabel ? ` (${t(node.sublabel)})` : ''}
      </Title>
      {refs === null ? (
        <Content component="p">
          {t(
            'Nothing in a cluster stands for this stage: it lives outside, and the Migration Toolkit for Virtualization imports it as a VM.',
          )}
        </Content>
      ) : refs === undefined ? (
        <Content component="p">{t('Loading…')}</Content>
      ) : refs.length === 0 ? (
        <Content component="p">{t('No objects in this scope.')}</Content>
      ) : (
        <List isPlain aria-label={t('Objects')}>
          {refs.map((ref) => (
            <ListItem key={`${ref.kind}/${ref.namespace}/${ref.name}`}>
              <Link to={resourceUrl(ref)} data-test="lifecycle-panel-object">
                {ref.name}
              </Link>{' '}
              <small>
                {ref.kind} · {ref.namespace}
              </small>
            </ListItem>
          ))}
        </List>
      )}
    </div>
  );
};

/** What the selected node stands for, or what the selected edge does and offers. */
const LifecycleSidePanel: React.FC<Props> = ({ selectedId, members, objects, scopePath }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const edge = lifecycleEdges.find((e) => edgeId(e) === selectedId);
  if (!edge) {
    return <NodeDetails id={selectedId as LifecycleNodeId} members={members} />;
  }
  const transition = transitionFor(edge);
  const from = t(nodeById(edge.source).label);
  const to = t(nodeById(edge.target).label);
  return (
    <div data-test="lifecycle-panel-edge" data-source={edge.source} data-target={edge.target}>
      <Title headingLevel="h2">
        {edge.label ? t(edge.label) : t('import')}
        {': '}
        {from} {edge.bidirectional ? '↔' : '→'} {to}
      </Title>
      <DescriptionList>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('What it does')}</DescriptionListTerm>
          <DescriptionListDescription>{t(transition.explanation)}</DescriptionListDescription>
        </DescriptionListGroup>
        <DescriptionListGroup>
          <DescriptionListTerm>{t('API')}</DescriptionListTerm>
          <DescriptionListDescription data-test="lifecycle-panel-api">
            {transition.api ?? t('None: this step happens outside KubeVirt.')}
          </DescriptionListDescription>
        </DescriptionListGroup>
      </DescriptionList>
      {transition.action && (
        <div style={{ marginTop: 'var(--pf-t--global--spacer--md)' }}>
          <EdgeActions
            key={selectedId}
            action={transition.action}
            objects={objects}
            scopePath={scopePath}
          />
        </div>
      )}
    </div>
  );
};

export default LifecycleSidePanel;
