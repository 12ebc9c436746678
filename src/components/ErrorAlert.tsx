import * as React from 'react';
import { Alert } from '@patternfly/react-core';

export interface ErrorAlertProps {
  /** What failed, translated. */
  title: string;
  /** Why: the server's message, or a translated explanation. */
  message: React.ReactNode;
  /**
   * Given, the alert is an error summary that takes focus when it appears and again whenever this
   * value changes (pass the failed attempt's result: each new failure is announced).
   */
  focusOn?: unknown;
  'data-test'?: string;
}

/** An inline danger alert: what failed as its title, the server's message as its body. */
export const ErrorAlert: React.FC<ErrorAlertProps> = ({
  title,
  message,
  focusOn,
  'data-test': dataTest,
}) => {
  const id = React.useId();
  const focusable = focusOn !== undefined;
  React.useEffect(() => {
    if (focusable) document.getElementById(id)?.focus();
  }, [focusable, focusOn, id]);
  return (
    <Alert
      variant="danger"
      isInline
      title={title}
      id={id}
      tabIndex={focusable ? -1 : undefined}
      data-test={dataTest}
    >
      {message}
    </Alert>
  );
};
