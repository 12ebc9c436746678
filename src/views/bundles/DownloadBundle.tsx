import * as React from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button } from '@patternfly/react-core';
import { DownloadIcon } from '@patternfly/react-icons';
import { exportBundle } from '../../appliance/bundle-export';
import type { KubeObject } from '../../appliance/types';
import { serverMessage } from '../../k8s/apply/errors';
import { listCompanions } from '../../k8s/companions';
import { sdkClient } from '../../k8s/sdk-client';
import { saveTextFile } from './download';

export interface DownloadBundleProps {
  dataSource: KubeObject;
  /** Start the download at once (the `?download=bundle` link). */
  auto?: boolean;
}

/** "Download bundle": the DataSource and its companion PVCs as `<name>.appliance.yaml`. */
export const DownloadBundle: React.FC<DownloadBundleProps> = ({ dataSource, auto }) => {
  const { t } = useTranslation('plugin__kubevirt-appliance-plugin');
  const [busy, setBusy] = React.useState(false);
  const [partial, setPartial] = React.useState(false);
  const [error, setError] = React.useState<string>();
  const started = React.useRef(false);
  const download = React.useCallback(async () => {
    setBusy(true);
    setError(undefined);
    try {
      const companions = await listCompanions(sdkClient, dataSource);
      setPartial(companions.forbidden);
      const bundle = exportBundle(dataSource, companions.pvcs);
      saveTextFile(bundle.fileName, bundle.text);
    } catch (e) {
      setError(serverMessage(e));
    } finally {
      setBusy(false);
    }
  }, [dataSource]);
  React.useEffect(() => {
    if (auto && !started.current) {
      started.current = true;
      void download();
    }
  }, [auto, download]);
  return (
    <>
      <Button
        variant="secondary"
        icon={<DownloadIcon />}
        onClick={() => void download()}
        isLoading={busy}
        isDisabled={busy}
        data-test="download-bundle"
      >
        {t('Download bundle')}
      </Button>
      {partial && (
        <Alert
          isInline
          isPlain
          variant="warning"
          title={t(
            'You may not list PersistentVolumeClaims here: the bundle holds only the DataSource.',
          )}
          data-test="download-bundle-partial"
        />
      )}
      {error && (
        <Alert
          isInline
          isPlain
          variant="danger"
          title={t('The bundle could not be made.')}
          data-test="download-bundle-error"
        >
          {error}
        </Alert>
      )}
    </>
  );
};
