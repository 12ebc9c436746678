import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, ClipboardCopy, List, ListItem, Title } from '@patternfly/react-core';
import type { KubeObject } from '../../appliance/types';
import { resourceUrl, VirtualMachineGVK } from '../../k8s/models';

export interface CreateResultProps {
  created: KubeObject[];
  vm: KubeObject;
  /** A generated password: shown here once, never stored. */
  password?: string;
}

/** After a successful create: a link to the VM, what was made, and the password once. */
export const CreateResult: React.FC<CreateResultProps> = ({ created, vm, password }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const ns = vm.metadata?.namespace ?? '';
  const name = vm.metadata?.name ?? '';
  return (
    <div data-test="create-success">
      <Alert
        variant="success"
        isInline
        title={t('VirtualMachine {{name}} was created in {{namespace}}.', { name, namespace: ns })}
      >
        <Link to={resourceUrl(VirtualMachineGVK, ns, name)} data-test="created-vm-link">
          {t('Open VirtualMachine {{name}}', { name })}
        </Link>
      </Alert>
      <Title headingLevel="h3" style={{ marginTop: 'var(--pf-t--global--spacer--md)' }}>
        {t('Created objects')}
      </Title>
      <List data-test="created-objects">
        {created.map((o) => (
          <ListItem key={`${o.kind}/${o.metadata?.name}`} data-test="created-object">
            {o.kind} {o.metadata?.name}
            {o.kind === 'Secret' ? ` (${t('owned by the VirtualMachine')})` : ''}
          </ListItem>
        ))}
      </List>
      {password && (
        <Alert
          variant="warning"
          isInline
          title={t('The generated password is shown only now')}
          data-test="created-password"
          style={{ marginTop: 'var(--pf-t--global--spacer--md)' }}
        >
          <p>{t('User cloud-user; copy the password now, it is kept only in a Secret.')}</p>
          <ClipboardCopy
            isReadOnly
            hoverTip={t('Copy')}
            clickTip={t('Copied')}
            data-test="created-password-value"
          >
            {password}
          </ClipboardCopy>
        </Alert>
      )}
    </div>
  );
};
