import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Content } from '@patternfly/react-core';
import type { KubeObject } from '../../appliance/types';
import { buildClone, buildRestore, buildSnapshot, suggestName } from '../../lifecycle/actions';
import { isSealed, type LifecycleObjects } from '../../lifecycle/counts';
import type { TransitionAction } from '../../lifecycle/transitions';
import CreateObjectForm from './CreateObjectForm';
import EnrichForm from './EnrichForm';
import { CloneModel, RestoreModel, SnapshotModel } from '../../k8s/models';

/**
 * Pages of other issues the instantiate and upload & download edges lead to.
 * One switch: set a path once its route exists, and the edge offers the link.
 * `namespaced`: the route exists only under /k8s/ns/<ns>.
 */
export const LINKED_PAGES: Readonly<
  Partial<Record<TransitionAction, { path: string; namespaced?: boolean }>>
> = {
  instantiate: { path: 'appliance-catalog' },
  // Downloads start from an appliance in the catalog; the import page takes a bundle in.
  'upload-download': { path: 'appliance-import', namespaced: true },
};

const randomBytes = (n: number): Uint8Array => crypto.getRandomValues(new Uint8Array(n));
const suffix = (): string =>
  [...randomBytes(3)].map((b) => b.toString(36).padStart(2, '0').slice(-2)).join('');
const nameOf = (o: KubeObject): string => o.metadata?.name ?? '';

interface Props {
  action: TransitionAction;
  objects: LifecycleObjects;
  /** The console path prefix of the current scope, e.g. `/k8s/ns/demo`. */
  scopePath: string;
}

/** The form behind an edge, where the edge has an action (issue 8). */
const EdgeActions: React.FC<Props> = ({ action, objects, scopePath }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  // A fresh suffix per opening of the panel keeps suggested names from colliding.
  const tag = React.useMemo(suffix, []);
  switch (action) {
    case 'snapshot':
      return (
        <CreateObjectForm
          testId="lifecycle-snapshot"
          choices={objects.virtualMachines}
          choiceLabel={t('Virtual machine')}
          nameLabel={t('Snapshot name')}
          defaultName={(vm) => suggestName(nameOf(vm), `snapshot-${tag}`)}
          build={(vm, name) =>
            buildSnapshot({ name: nameOf(vm), namespace: vm.metadata?.namespace ?? '' }, name)
          }
          model={SnapshotModel}
          submitLabel={t('Take snapshot')}
          done={(name) => t('Snapshot {{name}} created.', { name })}
        />
      );
    case 'restore':
      return (
        <CreateObjectForm
          testId="lifecycle-restore"
          choices={objects.snapshots}
          choiceLabel={t('Snapshot')}
          nameLabel={t('Restore name')}
          defaultName={(s) => suggestName(nameOf(s), `restore-${tag}`)}
          build={buildRestore}
          model={RestoreModel}
          submitLabel={t('Restore')}
          done={(name) => t('Restore {{name}} created.', { name })}
        />
      );
    case 'clone-vm':
    case 'clone-snapshot': {
      const kind = action === 'clone-vm' ? 'VirtualMachine' : 'VirtualMachineSnapshot';
      return (
        <CreateObjectForm
          testId="lifecycle-clone"
          choices={action === 'clone-vm' ? objects.virtualMachines : objects.snapshots}
          choiceLabel={action === 'clone-vm' ? t('Virtual machine') : t('Snapshot')}
          nameLabel={t('New VM name')}
          defaultName={(o) => suggestName(nameOf(o), `clone-${tag}`)}
          build={(o, name) => buildClone({ kind, object: o }, name, randomBytes)}
          model={CloneModel}
          submitLabel={t('Clone with new MAC addresses and serial')}
          done={(name) => t('Clone into {{name}} started.', { name })}
        />
      );
    }
    case 'enrich':
      return <EnrichForm sealedDataSources={objects.dataSources.filter(isSealed)} />;
    case 'instantiate':
    case 'upload-download': {
      const page = LINKED_PAGES[action];
      if (!page) return null;
      if (page.namespaced && !scopePath.startsWith('/k8s/ns/')) {
        return (
          <Content component="p" data-test={`lifecycle-${action}-choose-namespace`}>
            {t('Choose a namespace to import a bundle into it.')}
          </Content>
        );
      }
      return (
        <Link
          to={`${scopePath}/${page.path}`}
          className="pf-v6-c-button pf-m-secondary"
          data-test={`lifecycle-${action}-link`}
        >
          {action === 'instantiate' ? t('Open the catalog') : t('Import a bundle')}
        </Link>
      );
    }
    default:
      return null;
  }
};

export default EdgeActions;
