import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Icon, Spinner } from '@patternfly/react-core';
import { CheckCircleIcon, InfoCircleIcon } from '@patternfly/react-icons';
import { useVmSchema } from '../k8s/useVmSchema';

/**
 * Which VirtualMachine schema the findings come from: the cluster's (with its KubeVirt version
 * when known) or the bundled one (with why the cluster's is not used, as a tooltip).
 */
export const SchemaSource: React.FC = () => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const schema = useVmSchema();
  const noEscape = { interpolation: { escapeValue: false } };
  if (schema.source === 'cluster') {
    return (
      <div data-test="schema-source" data-source="cluster">
        <Icon status="success" isInline>
          <CheckCircleIcon />
        </Icon>{' '}
        {schema.kubevirtVersion
          ? t("Validated with the cluster's schema (KubeVirt {{version}})", {
              version: schema.kubevirtVersion,
              ...noEscape,
            })
          : t("Validated with the cluster's schema")}
      </div>
    );
  }
  return (
    <div
      data-test="schema-source"
      data-source="bundled"
      data-loading={schema.loading ? 'true' : 'false'}
      title={
        schema.reason
          ? t("The cluster's schema could not be used: {{reason}}", {
              reason: schema.reason,
              ...noEscape,
            })
          : undefined
      }
    >
      <Icon status="info" isInline>
        {schema.loading ? <Spinner size="sm" aria-hidden /> : <InfoCircleIcon />}
      </Icon>{' '}
      {t('Validated with the bundled schema (KubeVirt {{version}})', {
        version: schema.kubevirtVersion,
        ...noEscape,
      })}
      {schema.loading && ` ${t("(reading the cluster's schema...)")}`}
    </div>
  );
};
