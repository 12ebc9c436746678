import * as React from 'react';
import { Icon, Spinner } from '@patternfly/react-core';
import {
  BanIcon,
  CheckCircleIcon,
  ExclamationCircleIcon,
  ExclamationTriangleIcon,
} from '@patternfly/react-icons';
import type { CheckState } from '../appliance/preflight';

/** The icon of a pre-flight check's state; the state's name is said next to it in text. */
export const CheckStateIcon: React.FC<{ state: CheckState }> = ({ state }) => {
  if (state === 'running') return <Spinner size="sm" aria-hidden />;
  const [status, icon] =
    state === 'pass'
      ? (['success', <CheckCircleIcon key="i" />] as const)
      : state === 'warning'
        ? (['warning', <ExclamationTriangleIcon key="i" />] as const)
        : state === 'error'
          ? (['danger', <ExclamationCircleIcon key="i" />] as const)
          : (['custom', <BanIcon key="i" />] as const);
  return (
    <Icon status={status} isInline>
      {icon}
    </Icon>
  );
};
