import * as React from 'react';
import { Alert } from '@patternfly/react-core';

export interface ErrorAlertProps {
  /** What failed, translated. */
  title: string;
  /** Why: the server's message, or a translated explanation. */
  message: React.ReactNode;
  'data-test'?: string;
}

/** An inline danger alert: what failed as its title, the server's message as its body. */
export const ErrorAlert: React.FC<ErrorAlertProps> = ({
  title,
  message,
  'data-test': dataTest,
}) => (
  <Alert variant="danger" isInline title={title} data-test={dataTest}>
    {message}
  </Alert>
);
