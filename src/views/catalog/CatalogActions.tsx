import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import {
  ActionList,
  ActionListItem,
  Button,
  HelperText,
  HelperTextItem,
} from '@patternfly/react-core';
import type { Classification } from '../../appliance/types';
import { createVirtualMachineHref, downloadBundleHref, editBoilerplateHref } from './action-routes';

export interface CatalogActionsProps {
  classification: Classification;
  /** Where a new VirtualMachine goes: the active namespace, else the item's. */
  targetNamespace: string;
}

/** A react-router link that PatternFly's Button can render as, navigating inside the console. */
const RouterLink = React.forwardRef<
  HTMLAnchorElement,
  React.AnchorHTMLAttributes<HTMLAnchorElement>
>(({ href = '', ...rest }, ref) => <Link ref={ref} to={href} {...rest} />);
RouterLink.displayName = 'RouterLink';

const ActionLink: React.FC<{
  to: string;
  allowed: boolean;
  checking: boolean;
  reason: string;
  dataTest: string;
  children: React.ReactNode;
}> = ({ to, allowed, checking, reason, dataTest, children }) => {
  const reasonId = `${dataTest}-reason`;
  if (allowed) {
    return (
      <Button component={RouterLink} href={to} variant="secondary" data-test={dataTest}>
        {children}
      </Button>
    );
  }
  return (
    <>
      <Button
        variant="secondary"
        isAriaDisabled
        aria-describedby={reasonId}
        data-test={dataTest}
        isLoading={checking}
      >
        {children}
      </Button>
      {!checking && (
        <HelperText id={reasonId}>
          <HelperTextItem data-test={`${dataTest}-disabled-reason`}>{reason}</HelperTextItem>
        </HelperText>
      )}
    </>
  );
};

/**
 * Actions on a catalog item. An action the user may not take is disabled and says why (from an
 * access review).
 */
export const CatalogActions: React.FC<CatalogActionsProps> = ({
  classification: c,
  targetNamespace,
}) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const [canCreate, checkingCreate] = useAccessReview({
    group: 'kubevirt.io',
    resource: 'virtualmachines',
    verb: 'create',
    namespace: targetNamespace,
  });
  const [canEdit, checkingEdit] = useAccessReview({
    group: 'cdi.kubevirt.io',
    resource: 'datasources',
    verb: 'update',
    namespace: c.namespace,
    name: c.name,
  });
  const source = { namespace: c.namespace, name: c.name };
  const items: React.ReactNode[] = [
    <ActionLink
      key="create"
      to={createVirtualMachineHref(source, targetNamespace)}
      allowed={canCreate}
      checking={checkingCreate}
      reason={t('You may not create VirtualMachines in namespace {{namespace}}.', {
        namespace: targetNamespace,
        interpolation: { escapeValue: false },
      })}
      dataTest="catalog-action-create"
    >
      {t('Create VirtualMachine')}
    </ActionLink>,
  ];
  if (c.kind === 'appliance') {
    items.push(
      <ActionLink
        key="edit"
        to={editBoilerplateHref(source)}
        allowed={canEdit}
        checking={checkingEdit}
        reason={t('You may not update DataSources in namespace {{namespace}}.', {
          namespace: c.namespace,
          interpolation: { escapeValue: false },
        })}
        dataTest="catalog-action-edit"
      >
        {t('Edit boilerplate')}
      </ActionLink>,
      // Reading the DataSource is all a download needs, and the user can already see it.
      <ActionLink
        key="download"
        to={downloadBundleHref(source)}
        allowed
        checking={false}
        reason=""
        dataTest="catalog-action-download"
      >
        {t('Download bundle')}
      </ActionLink>,
    );
  }
  return (
    <ActionList data-test="catalog-actions">
      {items.map((item, i) => (
        <ActionListItem key={i}>{item}</ActionListItem>
      ))}
    </ActionList>
  );
};
