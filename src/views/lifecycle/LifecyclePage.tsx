import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentTitle, useActiveNamespace } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, PageSection } from '@patternfly/react-core';
import { TopologySideBar } from '@patternfly/react-topology';
import { PageHeader } from '../../components/PageHeading';
import { ViewSwitch } from '../../components/ViewSwitch';
import { lifecycleCounts, lifecycleMembers } from '../../lifecycle/counts';
import LifecycleGraph from './LifecycleGraph';
import LifecycleLegend from './LifecycleLegend';
import LifecycleSidePanel from './LifecycleSidePanel';
import LifecycleTable from './LifecycleTable';
import { ALL_NAMESPACES, useLifecycleObjects } from './useLifecycleObjects';
import './lifecycle.css';

type ViewMode = 'graph' | 'table';

/** The seed's lifecycle diagram, drawn from data and alive with the cluster's objects (issue 8). */
const LifecyclePage: React.FC = () => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const [namespace] = useActiveNamespace();
  const { objects, loaded, errors } = useLifecycleObjects(namespace);
  const members = React.useMemo(
    () => (loaded ? lifecycleMembers(objects) : undefined),
    [loaded, objects],
  );
  const counts = React.useMemo(() => members && lifecycleCounts(members), [members]);
  const [mode, setMode] = React.useState<ViewMode>('graph');
  const [selectedId, setSelectedId] = React.useState<string>();
  const scopePath = namespace === ALL_NAMESPACES ? '/k8s/all-namespaces' : `/k8s/ns/${namespace}`;

  const sideBar = selectedId ? (
    <TopologySideBar show resizable onClose={() => setSelectedId(undefined)}>
      <div style={{ padding: 'var(--pf-t--global--spacer--md)' }} data-test="lifecycle-panel">
        <LifecycleSidePanel
          selectedId={selectedId}
          members={members}
          objects={objects}
          scopePath={scopePath}
        />
      </div>
    </TopologySideBar>
  ) : undefined;

  return (
    <>
      <DocumentTitle>{t('Appliance lifecycle')}</DocumentTitle>
      <PageHeader title={t('Appliance lifecycle')}>
        <ViewSwitch
          idPrefix="lifecycle-view"
          views={[
            { value: 'graph', text: t('Graph') },
            { value: 'table', text: t('Table') },
          ]}
          value={mode}
          onChange={setMode}
        />
      </PageHeader>
      {errors.length > 0 && (
        <PageSection>
          <Alert
            isInline
            variant="warning"
            title={t('Some kinds could not be listed; their nodes count zero.')}
            data-test="lifecycle-load-errors"
          >
            {errors.map((e) => `${e.kind}: ${e.message}`).join('; ')}
          </Alert>
        </PageSection>
      )}
      {mode === 'graph' ? (
        <PageSection padding={{ default: 'noPadding' }} isFilled>
          <div className="kv-lifecycle-graph" data-test="lifecycle-graph">
            <LifecycleGraph
              counts={counts}
              selectedId={selectedId}
              onSelect={setSelectedId}
              sideBar={sideBar}
              legend={<LifecycleLegend />}
            />
          </div>
        </PageSection>
      ) : (
        <PageSection>
          <LifecycleTable counts={counts} />
        </PageSection>
      )}
    </>
  );
};

export default LifecyclePage;
