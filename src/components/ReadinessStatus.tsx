import * as React from 'react';
import { Icon } from '@patternfly/react-core';
import { CheckCircleIcon, ExclamationTriangleIcon } from '@patternfly/react-icons';
import type { Readiness } from '../appliance/types';
import { rawValues } from './i18n-values';
import { useCachedT } from './useCachedT';

/** "Ready", or "Not ready" with the Ready condition's reason; the reason is cluster text. */
export const ReadinessStatus: React.FC<{ readiness: Readiness }> = ({ readiness }) => {
  const t = useCachedT();
  if (readiness.ready) {
    return (
      <span data-test="readiness" data-ready="true">
        <Icon status="success" isInline>
          <CheckCircleIcon />
        </Icon>{' '}
        {t('Ready')}
      </span>
    );
  }
  return (
    <span data-test="readiness" data-ready="false" title={readiness.message}>
      <Icon status="warning" isInline>
        <ExclamationTriangleIcon />
      </Icon>{' '}
      {t('Not ready: {{reason}}', rawValues({ reason: readiness.reason }))}
    </span>
  );
};
