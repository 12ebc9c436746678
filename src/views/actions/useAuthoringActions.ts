import * as React from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { classifyDataSource } from '../../appliance/classify';
import type { KubeObject } from '../../appliance/types';
import { downloadBundleHref, editBoilerplateHref } from '../catalog/action-routes';
import { newApplianceHref } from '../new-appliance/routes';

/**
 * Authoring actions on a DataSource (console.action/resource-provider): edit the boilerplate and
 * download the bundle. Shown for appliances; for other DataSources disabled with the reason. The
 * console disables them from the access review when the user may not patch or read it.
 */
export const useDataSourceAuthoringActions = (
  resource: K8sResourceCommon,
): [Action[], boolean, unknown] => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const actions = React.useMemo(() => {
    const ds = resource as KubeObject;
    const namespace = ds?.metadata?.namespace;
    const name = ds?.metadata?.name;
    if (!namespace || !name) return [];
    const isAppliance = classifyDataSource(ds).kind === 'appliance';
    const notAppliance = t('Not an appliance: this DataSource has no boilerplate annotation.');
    const ref = { namespace, name };
    const edit: Action = {
      id: 'appliance-edit-boilerplate',
      label: t('Edit appliance boilerplate'),
      cta: { href: editBoilerplateHref(ref) },
      accessReview: {
        group: 'cdi.kubevirt.io',
        resource: 'datasources',
        verb: 'patch',
        namespace,
        name,
      },
    };
    const download: Action = {
      id: 'appliance-download-bundle',
      label: t('Download appliance bundle'),
      description: t('The DataSource and its companion objects as one YAML file'),
      cta: { href: downloadBundleHref(ref) },
      accessReview: {
        group: 'cdi.kubevirt.io',
        resource: 'datasources',
        verb: 'get',
        namespace,
        name,
      },
    };
    if (!isAppliance) {
      edit.disabled = true;
      edit.disabledTooltip = notAppliance;
      download.disabled = true;
      download.disabledTooltip = notAppliance;
    }
    return [edit, download];
  }, [resource, t]);
  return [actions, true, undefined];
};

/** "Save as appliance" on a VirtualMachine (console.action/resource-provider). */
export const useVirtualMachineAuthoringActions = (
  resource: K8sResourceCommon,
): [Action[], boolean, unknown] => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const actions = React.useMemo(() => {
    const namespace = resource?.metadata?.namespace;
    const name = resource?.metadata?.name;
    if (!namespace || !name) return [];
    const action: Action = {
      id: 'appliance-save-vm',
      label: t('Save as appliance'),
      description: t('A new appliance DataSource with this VM as its boilerplate'),
      cta: { href: newApplianceHref(namespace, name) },
      accessReview: {
        group: 'cdi.kubevirt.io',
        resource: 'datasources',
        verb: 'create',
        namespace,
      },
    };
    if (resource.metadata?.deletionTimestamp) {
      action.disabled = true;
      action.disabledTooltip = t('The VirtualMachine is being deleted.');
    }
    return [action];
  }, [resource, t]);
  return [actions, true, undefined];
};
