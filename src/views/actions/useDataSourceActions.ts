import * as React from 'react';
import { useTranslation } from 'react-i18next';
import {
  useActiveNamespace,
  type Action,
  type K8sResourceCommon,
} from '@openshift-console/dynamic-plugin-sdk';
import { classifyDataSource } from '../../appliance/classify';
import type { KubeObject } from '../../appliance/types';
import { createVirtualMachineHref } from '../catalog/action-routes';

/** The console's key for "all namespaces" in useActiveNamespace. */
const ALL_NAMESPACES = '#ALL_NS#';

/**
 * Actions on a DataSource (console.action/resource-provider). "Create VirtualMachine" opens the
 * wizard for golden images and appliances, into the active namespace (else the DataSource's; the
 * wizard lets the user pick another); the console disables it from the access review.
 * Other DataSource actions (issue 7) are added to the same list.
 */
export const useDataSourceActions = (resource: K8sResourceCommon): [Action[], boolean, unknown] => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const [active] = useActiveNamespace();
  const actions = React.useMemo(() => {
    const ds = resource as KubeObject;
    const namespace = ds?.metadata?.namespace;
    const name = ds?.metadata?.name;
    if (!namespace || !name) return [];
    // Golden images live in a shared namespace where users rarely may create VMs.
    const target = active && active !== ALL_NAMESPACES ? active : namespace;
    const out: Action[] = [];
    if (classifyDataSource(ds).kind !== 'other')
      out.push({
        id: 'appliance-create-vm',
        label: t('Create VirtualMachine'),
        description: t('From this golden image or appliance, with review before creation'),
        cta: { href: createVirtualMachineHref({ namespace, name }, target) },
        accessReview: {
          group: 'kubevirt.io',
          resource: 'virtualmachines',
          verb: 'create',
          namespace: target,
        },
      });
    return out;
  }, [resource, active, t]);
  return [actions, true, undefined];
};
