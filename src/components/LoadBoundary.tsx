import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Spinner } from '@patternfly/react-core';
import { ErrorAlert } from './ErrorAlert';
import { rawValues } from './i18n-values';

interface CatchProps {
  failed: (error: unknown) => React.ReactNode;
  children: React.ReactNode;
}

/** Only a class can catch a render error; the message is rendered by the caller, translated. */
class CatchLoadError extends React.Component<CatchProps, { error?: unknown; caught: boolean }> {
  state: { error?: unknown; caught: boolean } = { caught: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, caught: true };
  }

  render() {
    return this.state.caught ? this.props.failed(this.state.error) : this.props.children;
  }
}

/**
 * Shows a part of a page that is loaded on demand (React.lazy): a spinner while its code comes,
 * and an inline error instead of a blank page when it cannot come (a plugin upgraded under an
 * open console, a dropped connection).
 */
export const LoadBoundary: React.FC<{
  /** What is loading, for assistive technology. */
  label: string;
  children: React.ReactNode;
  'data-test'?: string;
}> = ({ label, children, 'data-test': dataTest }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const failed = (error: unknown) => (
    <ErrorAlert
      title={t('Could not load this part of the page')}
      message={t(
        '{{error}} Reload the page to try again.',
        rawValues({ error: error instanceof Error ? error.message : String(error) }),
      )}
      data-test={dataTest && `${dataTest}-error`}
    />
  );
  return (
    <CatchLoadError failed={failed}>
      <React.Suspense fallback={<Spinner size="lg" aria-label={label} data-test={dataTest} />}>
        {children}
      </React.Suspense>
    </CatchLoadError>
  );
};
